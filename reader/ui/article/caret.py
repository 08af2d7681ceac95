"""Caret browsing (F7, as in Firefox and Foliate): a visible text cursor in the article that
the arrow keys move; Shift+arrows and Shift+Ctrl+arrows select, so that a phrase can be
highlighted (Ctrl+Shift+H) or noted (Ctrl+Shift+M) without a mouse.

Turned on, the caret starts at the top of what the pane shows (never at the start of the
article, which would scroll there), and so does it whenever a key moves it while it is out of
sight. The choice is remembered.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QSettings, Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence

from reader.ui.article.view import ArticleView
from reader.ui.noop import override
from reader.ui.settings import Key, read_bool, write

_BROWSING = (
    Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.LinksAccessibleByMouse
)
_MOVES = {
    Qt.Key.Key_Left,
    Qt.Key.Key_Right,
    Qt.Key.Key_Up,
    Qt.Key.Key_Down,
    Qt.Key.Key_Home,
    Qt.Key.Key_End,
    Qt.Key.Key_PageUp,
    Qt.Key.Key_PageDown,
}


class CaretBrowsing(QObject):
    """The article pane's caret mode and its View-menu action (F7)."""

    message = Signal(str)

    def __init__(self, view: ArticleView, settings: QSettings, parent: QObject | None = None):
        super().__init__(parent)
        self._view = view
        self._settings = settings
        self.action = QAction(self.tr("&Caret Browsing"), self)
        self.action.setCheckable(True)
        self.action.setShortcut(QKeySequence("F7"))
        self.action.setToolTip(
            self.tr("Move a cursor through the article with the arrow keys; Shift selects")
        )
        on = read_bool(settings, Key.CARET_BROWSING, False)
        self.action.setChecked(on)
        self._apply(on)
        self.action.toggled.connect(self._on_action_toggled)
        view.installEventFilter(self)

    @property
    def enabled(self) -> bool:
        """Whether caret browsing is on."""
        return self.action.isChecked()

    def _apply(self, on: bool) -> None:
        flags = _BROWSING | Qt.TextInteractionFlag.TextSelectableByKeyboard if on else _BROWSING
        self._view.setTextInteractionFlags(flags)

    def place_in_sight(self) -> None:
        """Put the caret at the start of the first line in sight, unless it is in sight."""
        view = self._view
        cursor = view.textCursor()
        rect = view.cursorRect(cursor)
        if view.viewport().rect().intersects(rect) and rect.top() >= 0:
            return
        top = view.cursorForPosition(QPoint(0, 0))
        if view.cursorRect(top).top() < 0:  # a line cut at the top: the next one
            top = view.cursorForPosition(QPoint(0, view.cursorRect(top).bottom() + 1))
        bar = view.verticalScrollBar()
        value = bar.value()
        view.setTextCursor(top)
        bar.setValue(value)

    @Slot(bool)
    def _on_action_toggled(self, on: bool) -> None:
        write(self._settings, Key.CARET_BROWSING, on)
        self._apply(on)
        if on:
            self.place_in_sight()
            self._view.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.message.emit(
                self.tr("Caret browsing on: arrows move, Shift+arrows select (F7 turns it off)")
            )
        else:
            self.message.emit(self.tr("Caret browsing off"))

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._view and self.enabled:
            kind = event.type()
            if kind == QEvent.Type.FocusIn or (
                kind == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and event.key() in _MOVES
                and not self._view.textCursor().hasSelection()
            ):
                self.place_in_sight()
        return super().eventFilter(watched, event)
