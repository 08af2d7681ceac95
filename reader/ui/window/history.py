"""Back and forward between articles and jumps: Alt+Left / Alt+Right, the mouse's back and
forward buttons, and the Go menu.

:class:`NavigationHistory` keeps a :class:`~reader.model.article.history.History`: a new step
when another document is shown (from the list, a search hit, a link in the history itself
aside) and when the article pane jumps inside a document (``ArticleView.jumped``: a search
hit, an annotation, the top or the end). Every step's place is written down when the reader
leaves it, and restored when the reader comes back to it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence, QMouseEvent
from PySide6.QtWidgets import QAbstractScrollArea, QMainWindow, QMenu, QWidget

from reader.model.article.history import History, Step
from reader.model.article.positions import ReadingPosition
from reader.ui.article.session import ArticleSession
from reader.ui.article.view import ArticleView
from reader.ui.noop import override


class NavigationHistory(QObject):
    """The window's back/forward history; see the module documentation."""

    def __init__(self, window: QMainWindow, view: ArticleView, session: ArticleSession) -> None:
        super().__init__(window)
        self._window = window
        self._view = view
        self._session = session
        self.history = History()
        self._pending: Step | None = None
        self._popups: set[QObject] = set()  # not shown yet: their lists are unwatched
        self.back_action = QAction(self.tr("&Back"), self)
        self.back_action.setShortcuts(_keys("Alt+Left", QKeySequence.StandardKey.Back))
        self.back_action.triggered.connect(self.back)
        self.forward_action = QAction(self.tr("&Forward"), self)
        self.forward_action.setShortcuts(_keys("Alt+Right", QKeySequence.StandardKey.Forward))
        self.forward_action.triggered.connect(self.forward)
        self.top_action = QAction(self.tr("&Top of Article"), self)
        self.top_action.setShortcut(QKeySequence("Ctrl+Home"))
        self.end_action = QAction(self.tr("&End of Article"), self)
        self.end_action.setShortcut(QKeySequence("Ctrl+End"))
        # Ctrl+Home / Ctrl+End belong to the article pane (the list has its own): shown in the
        # menu, handled by the pane's keys; the menu entries act on it from anywhere.
        for action in (self.top_action, self.end_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.top_action.triggered.connect(view.go_to_start)
        self.end_action.triggered.connect(view.go_to_end)
        for action in (self.back_action, self.forward_action):
            window.addAction(action)
        view.leaving.connect(self._on_view_leaving)
        view.jumped.connect(self._on_view_jumped)
        session.shown.connect(self._on_session_shown)
        self._update()

    def add_to_menu(self, menu: QMenu) -> None:
        """Back, Forward, Top and End in a (Go) menu."""
        for action in (self.back_action, self.forward_action):
            menu.addAction(action)
        menu.addSeparator()
        for action in (self.top_action, self.end_action):
            menu.addAction(action)

    def watch_mouse(self, part: QWidget | None = None) -> None:
        """Take the mouse's back and forward buttons in every scrolling pane of the window
        (call once the window's panes exist; again with a ``part`` put in the window later)."""
        root = part or self._window
        if part is None:
            self._window.installEventFilter(self)
        # A popup's lists (a combo box's, the date filter's calendar) are watched from when
        # the popup first shows: the first viewport made by Qt that Python is handed costs
        # ~10 ms (see reader.ui.viewports), a cost for when it is used; and a menu may be
        # given its list only then (the calendar is made when its menu first drops down).
        popups: set[QWidget] = set(root.findChildren(QMenu))
        for area in root.findChildren(QAbstractScrollArea):
            if (popup := area.window()) is self._window:
                area.viewport().installEventFilter(self)
            else:
                popups.add(popup)
        for popup in popups - self._popups:
            self._popups.add(popup)
            popup.installEventFilter(self)

    # ----- going -----
    @Slot()
    def back(self) -> None:
        """Go to the step before."""
        self._leave_here()
        self._go(self.history.back())

    @Slot()
    def forward(self) -> None:
        """Go to the step after."""
        self._leave_here()
        self._go(self.history.forward())

    def _leave_here(self) -> None:
        key = self._view.document_key
        if key is not None:
            self.history.leave(key, self._view.current_position())

    def _go(self, step: Step | None) -> None:
        self._update()
        if step is None:
            return
        if step.key == self._view.document_key:
            if step.position is not None:
                self._view.restore_position(step.position)
            return
        self._pending = step
        self._session.open(Path(step.key))

    def _update(self) -> None:
        self.back_action.setEnabled(self.history.can_go_back())
        self.forward_action.setEnabled(self.history.can_go_forward())

    # ----- slots -----
    @Slot(str, object)
    def _on_view_leaving(self, key: str, position: ReadingPosition) -> None:
        self.history.leave(key, position)

    @Slot(str, object)
    def _on_view_jumped(self, key: str, position: ReadingPosition) -> None:
        self.history.leave(key, position)
        self.history.visit(key)
        self._update()

    @Slot(str)
    def _on_session_shown(self, path: str) -> None:
        pending, self._pending = self._pending, None
        if pending is not None and pending.key == path:
            if pending.position is not None:
                self._view.restore_position(pending.position)
            return
        current = self.history.current
        if current is None or current.key != path:
            self.history.visit(path)
            self._update()

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and watched in self._popups:
            watched.removeEventFilter(self)
            self._popups.discard(watched)
            for area in watched.findChildren(QAbstractScrollArea):
                area.viewport().installEventFilter(self)
        if event.type() == QEvent.Type.MouseButtonPress and isinstance(event, QMouseEvent):
            if event.button() == Qt.MouseButton.BackButton:
                self.back()
                return True
            if event.button() == Qt.MouseButton.ForwardButton:
                self.forward()
                return True
        return super().eventFilter(watched, event)


def _keys(first: str, standard: QKeySequence.StandardKey) -> list[QKeySequence]:
    """``first`` and the platform's own keys for the same thing, each once (a key given twice
    to one action is an "ambiguous shortcut" and does nothing)."""
    keys = [QKeySequence(first)]
    keys += [k for k in QKeySequence.keyBindings(standard) if k not in keys]
    return keys
