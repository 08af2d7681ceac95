"""Read marks and stars in the library: the actions, the list's context menu, next unread.

:class:`LibraryMarks` owns the :class:`~reader.model.library.state.ReadingState` (the user's
``state.sqlite3``) and the actions that change it: mark read / unread, mark every listed
document read, mark those older than a day read, next unread (N, and Space at the end of an
article) and the star (S). Single-letter shortcuts work only where no text is typed (the list
and the article pane). Bulk changes and the search for the next unread document run in the
background through the window's :class:`~reader.ui.tasks.TaskOwner`; ``changed`` follows every
change so the list and the smart views' counts are shown again.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QListView,
    QMenu,
)

from reader.model.library.connections import IndexSource
from reader.model.library.listing import ListQuery
from reader.model.library.queries import list_ids, mark_listed
from reader.model.library.state import ReadingState
from reader.ui.library.list_model import LibraryListModel
from reader.ui.library.roles import Role
from reader.ui.noop import override
from reader.ui.tasks import TaskOwner

TYPE_CHECKING = False  # typing's, without importing typing at start-up (mypy reads it so)
if TYPE_CHECKING:  # the dialog's module is imported when it is first opened
    from reader.ui.library.older_dialog import OlderThanDialog


class LibraryMarks(QObject):
    """The read-mark and star actions of the library list; see the module."""

    changed = Signal()
    message = Signal(str)
    #: The next unread document was chosen: (document id).
    next_unread_found = Signal(int)

    def __init__(
        self,
        state: ReadingState,
        source: IndexSource,
        list_view: QListView,
        model: LibraryListModel,
        tasks: TaskOwner,
        query: Callable[[], ListQuery],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.state = state
        self._source = source  # the index's path or the panel's kept connections
        self._view = list_view
        self._model = model
        self._tasks = tasks
        self._query = query
        self._dialog: OlderThanDialog | None = None  # made when first asked for
        self._target: QPersistentModelIndex | None = None  # the row right-clicked

        def action(text: str, slot: Callable[[], None], keys: str = "") -> QAction:
            made = QAction(text, list_view)
            if keys:
                made.setShortcut(QKeySequence(keys))
                # A plain letter must not fire while typing in the search box or a filter.
                made.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
                list_view.addAction(made)
            made.triggered.connect(slot)
            return made

        self.toggle_read_action = action(self.tr("Mark as &Unread"), self._on_toggle_read, "U")
        self.star_action = action(self.tr("&Star"), self._on_star, "S")
        self.next_unread_action = action(self.tr("&Next Unread"), self.next_unread, "N")
        self.all_read_action = action(self.tr("Mark &All Listed as Read"), self._on_all_read)
        self.older_action = action(self.tr("Mark &Older as Read…"), self._on_older)
        list_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        list_view.customContextMenuRequested.connect(self._on_view_context_menu_requested)
        list_view.selectionModel().currentChanged.connect(self.refresh_actions)

    # ----- wiring -----
    def add_to_menu(self, menu: QMenu) -> None:
        """Put the actions in a menu (the window's Library menu, the context menu)."""
        menu.addAction(self.next_unread_action)
        menu.addAction(self.toggle_read_action)
        menu.addAction(self.star_action)
        menu.addSeparator()
        menu.addAction(self.all_read_action)
        menu.addAction(self.older_action)

    def watch_article(self, pane: QAbstractScrollArea) -> None:
        """Space at the end of the article in ``pane`` goes to the next unread document, and
        N and S work there too."""
        pane.installEventFilter(self)
        for made in (self.next_unread_action, self.star_action):
            pane.addAction(made)

    # ----- changes -----
    def mark_read(self, key: str, read: bool = True) -> None:
        """Store one document as read (or unread) and show it."""
        self.state.set_read([key], read)
        self._after_change()

    def next_unread(self) -> None:
        """Choose the first unread document after the current one in the list (background)."""
        query = replace(self._query(), read=False)
        source, state = self._source, self.state.path
        self._tasks.submit(
            lambda: (query, list_ids(source, query, state)[0]),
            self._on_unread_ids_done,
            key="library-next-unread",
        )

    def mark_listed_read(self, before: datetime | None = None) -> None:
        """Mark every listed document read (only those dated before ``before``, if given)."""
        query = self._query()
        if before is not None:
            bound = before.astimezone(UTC).replace(microsecond=0)
            limit = datetime.fromtimestamp(bound.timestamp() - 1, UTC)
            end = min(query.date_to, limit) if query.date_to else limit
            query = replace(query, date_to=end)
        source, state = self._source, self.state
        self._tasks.submit(lambda: mark_listed(source, state, query), self._on_bulk_done)

    def _subject(self) -> QModelIndex | QPersistentModelIndex:
        """The row the actions act on: the one right-clicked while its menu is up, else the
        current one."""
        if self._target is not None and self._target.isValid():
            return self._target
        return self._view.currentIndex()

    def _current_key(self) -> tuple[str, bool, bool] | None:
        index = self._subject()
        if not index.isValid() or not index.data(Role.KEY):
            return None
        return (
            str(index.data(Role.KEY)),
            bool(index.data(Role.READ)),
            bool(index.data(Role.STARRED)),
        )

    def _after_change(self, ids: list[int] | None = None) -> None:
        rows = (self._subject(), self._view.currentIndex())
        values = [i.data(Role.ID) for i in rows if i.isValid()]
        shown = [int(v) for v in values if v is not None]
        self._model.refresh_marks(ids + shown if ids is not None else None)
        self.refresh_actions()
        self.changed.emit()

    # ----- slots -----
    @Slot()
    def _on_toggle_read(self) -> None:
        found = self._current_key()
        if found is not None:
            key, read, _starred = found
            self.state.set_read([key], not read)
            self._after_change([])

    @Slot()
    def _on_star(self) -> None:
        found = self._current_key()
        if found is not None:
            key, _read, starred = found
            self.state.set_starred([key], not starred)
            self._after_change([])

    @Slot()
    def _on_all_read(self) -> None:
        self.mark_listed_read()

    @Slot()
    def _on_older(self) -> None:
        from reader.ui.library.older_dialog import OlderThanDialog  # a dialog: not at start-up

        self._dialog = OlderThanDialog(self._view.window())
        self._dialog.accepted.connect(self._on_dialog_accepted)
        self._dialog.open()

    @Slot()
    def _on_dialog_accepted(self) -> None:
        if self._dialog is not None:
            self.mark_listed_read(self._dialog.day())

    @Slot(object)
    def _on_bulk_done(self, keys: list[str]) -> None:
        self.message.emit(self.tr("Marked %n document(s) as read", "", len(keys)))
        self._after_change(None)

    @Slot(object)
    def _on_unread_ids_done(self, result: tuple[ListQuery, list[int]]) -> None:
        _query, ids = result
        here = self._view.currentIndex().row() if self._view.currentIndex().isValid() else -1
        row = self._model.first_row_of(ids, here)  # from the top again after the last one
        if row is None:
            self.message.emit(self.tr("No unread documents in the list"))
            return
        self._view.setCurrentIndex(self._view.model().index(row, 0))
        self._view.scrollTo(self._view.currentIndex())

    @Slot()
    def refresh_actions(self) -> None:
        """Name and enable the actions for the current document (read or not, starred or not)."""
        found = self._current_key()
        read = found[1] if found else False
        starred = found[2] if found else False
        self.toggle_read_action.setText(
            self.tr("Mark as &Unread") if read else self.tr("Mark as &Read")
        )
        self.star_action.setText(self.tr("Remove &Star") if starred else self.tr("&Star"))
        for made in (self.toggle_read_action, self.star_action):
            made.setEnabled(found is not None)

    @Slot(QPoint)
    def _on_view_context_menu_requested(self, pos: QPoint) -> None:
        index = self._view.indexAt(pos)
        self._target = QPersistentModelIndex(index) if index.isValid() else None
        menu = self.context_menu()
        # The chosen action runs before a zero timer fires: it still acts on the clicked row.
        menu.aboutToHide.connect(self._on_menu_about_to_hide)
        menu.popup(self._view.viewport().mapToGlobal(pos))

    @Slot()
    def _on_menu_about_to_hide(self) -> None:
        QTimer.singleShot(0, self._on_target_done)

    @Slot()
    def _on_target_done(self) -> None:
        self._target = None
        self.refresh_actions()

    def context_menu(self) -> QMenu:
        """The list's context menu (parented to the list; one at a time), for the row
        right-clicked if any, else the current one."""
        old = self._view.findChild(QMenu, "libraryContextMenu")
        if old is not None:
            old.deleteLater()
        menu = QMenu(self._view)
        menu.setObjectName("libraryContextMenu")
        self.refresh_actions()
        self.add_to_menu(menu)
        return menu

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(watched, QAbstractScrollArea):
            assert isinstance(event, QKeyEvent)
            bar = watched.verticalScrollBar()
            if (
                event.key() == Qt.Key.Key_Space
                and event.modifiers() == Qt.KeyboardModifier.NoModifier
                and bar.value() >= bar.maximum()
            ):
                self.next_unread()
                return True
        return super().eventFilter(watched, event)
