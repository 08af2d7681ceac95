"""The small toolbar that floats near a selection in the article: five colours and Note…

:class:`SelectionToolbar` is the widget; it shows itself shortly after the reader stops
selecting (not while the mouse drags), follows the selection when the pane scrolls and hides
when the selection goes.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QEvent, QObject, QRect, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QFrame, QHBoxLayout, QTextBrowser, QToolButton

from reader.model.annotations.annotation import Colour
from reader.ui.annotations.colours import LOOKS, colour_name, swatch_icon
from reader.ui.noop import override

SHOW_DELAY_MS = 150


class SelectionToolbar(QFrame):
    """Five colour buttons and a note button, shown just above the selection of ``view``.

    ``can_highlight()`` says whether the current selection can be highlighted; with
    ``enabled`` False (no annotation store) the toolbar never shows.
    """

    colour_chosen = Signal(str)
    note_requested = Signal()

    def __init__(
        self, view: QTextBrowser, can_highlight: Callable[[], bool], enabled: bool = True
    ) -> None:
        super().__init__(view)
        self.enabled = enabled
        self._view = view
        self._can_highlight = can_highlight
        self._dragging = False
        self.setObjectName("selectionToolbar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setCursor(Qt.CursorShape.ArrowCursor)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 3, 4, 3)
        layout.setSpacing(2)
        self.buttons: dict[Colour, QToolButton] = {}
        for colour in LOOKS:
            name = self.tr("Highlight in {colour}").format(colour=colour_name(colour).lower())
            button = QToolButton(self)
            button.setObjectName(f"highlight_{colour.value}")
            button.setIcon(swatch_icon(colour, 16))
            button.setToolTip(name)
            button.setAccessibleName(name)
            button.setAutoRaise(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keep the selection in the pane
            button.clicked.connect(partial(self.colour_chosen.emit, colour.value))
            layout.addWidget(button)
            self.buttons[colour] = button
        self.note_button = QToolButton(self)
        self.note_button.setObjectName("highlight_note")
        self.note_button.setText(self.tr("Note…"))
        self.note_button.setToolTip(self.tr("Highlight and add a note (Ctrl+Shift+M)"))
        self.note_button.setAutoRaise(True)
        self.note_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.note_button.clicked.connect(self.note_requested)
        layout.addWidget(self.note_button)
        self.hide()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SHOW_DELAY_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        view.selectionChanged.connect(self._on_view_selection_changed)
        view.verticalScrollBar().valueChanged.connect(self._on_view_scrolled)
        # Kept: while the view is destroyed its viewport still sends events here.
        self._viewport = view.viewport()
        self._viewport.installEventFilter(self)

    def show_near(self, selection: QRect) -> None:
        """Show just above ``selection`` (parent coordinates), or below it if no room."""
        self.adjustSize()
        parent = self.parentWidget()
        assert parent is not None
        size = self.sizeHint()
        x = max(4, min(selection.left(), parent.width() - size.width() - 4))
        y = selection.top() - size.height() - 6
        if y < 4:
            y = selection.bottom() + 8
        y = max(4, min(y, parent.height() - size.height() - 4))
        self.move(x, y)
        self.show()
        self.raise_()

    def dismiss(self) -> None:
        """Hide now and forget a pending show."""
        self._timer.stop()
        self.hide()

    @Slot()
    def _on_timer_timeout(self) -> None:
        cursor = self._view.textCursor()
        if self._dragging or not self._can_highlight():
            self.hide()
            return
        start = QTextCursor(cursor)
        start.setPosition(cursor.selectionStart())
        end = QTextCursor(cursor)
        end.setPosition(cursor.selectionEnd())
        area = self._view.cursorRect(start).united(self._view.cursorRect(end))
        area.translate(self._view.viewport().geometry().topLeft())
        self.show_near(area)

    @Slot()
    def _on_view_selection_changed(self) -> None:
        if not self._view.textCursor().hasSelection() or not self.enabled:
            self.dismiss()
        elif not self._dragging:
            self._timer.start()

    @Slot(int)
    def _on_view_scrolled(self, value: int) -> None:
        if self.isVisible():
            self._on_timer_timeout()

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._viewport:
            kind = event.type()
            if kind == QEvent.Type.MouseButtonPress:
                self._dragging = True
                self.hide()
            elif kind == QEvent.Type.MouseButtonRelease:
                self._dragging = False
                if self._view.textCursor().hasSelection():
                    self._timer.start()
        return super().eventFilter(watched, event)
