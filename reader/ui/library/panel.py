"""The library pane: folders, the background indexer, the lazily paged list and its filters.

:class:`LibraryPanel` composes the :class:`FilterBar` (with the shown/total count), the list
view (over :class:`LibraryListModel`) and an :class:`IndexStatus` for the window's status bar.
It owns the :class:`LibraryIndexer` and a :class:`FolderWatcher` (whose ``changed`` starts an
index update), the user's read marks and stars (:class:`ReadingState`, changed through
:class:`LibraryMarks`), the smart views' counts and a :class:`LibrarySearch`, and asks the
window's :class:`TaskOwner` to run the list ids, facets, counts and searches
(:mod:`reader.model.library.queries`) in the background, so the UI thread only ever reads small
pages of rows. Its :class:`ListSelection` keeps the selected row and the scroll place;
:meth:`LibraryPanel.follow` keeps the list on the document the article shows.
A read-only panel (another window owns the data folder) never indexes.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QIdentityProxyModel, QSettings, QTimer, Signal, Slot
from PySide6.QtWidgets import QListView, QVBoxLayout, QWidget

from reader.model.annotations.changes import AnnotationChange
from reader.model.library.connections import ReadConnections
from reader.model.library.index import LibraryIndex
from reader.model.library.listing import IndexedSummary, ListedIds, ListQuery
from reader.model.library.queries import (
    adopt_index_read_marks,
    library_facets,
    listed,
    store_read,
)
from reader.model.library.state import ReadingState
from reader.model.library.views import SmartView, apply_view, start_of_today, view_counts
from reader.model.paths import DataFiles
from reader.model.script.convert import converter_function
from reader.model.script.modes import DisplayMode, Script
from reader.model.script.options import DEFAULT_OPTIONS, ScriptOptions
from reader.ui.library.delegate import DocumentDelegate
from reader.ui.library.filter_bar import FilterBar
from reader.ui.library.first_article import FirstArticleHold
from reader.ui.library.index_status import IndexStatus
from reader.ui.library.indexer import LibraryIndexer
from reader.ui.library.library_search import LibrarySearch
from reader.ui.library.list_model import LibraryListModel
from reader.ui.library.marks import LibraryMarks
from reader.ui.library.selection import ListSelection
from reader.ui.library.watcher import FolderWatcher
from reader.ui.tasks import TaskOwner, describe
from reader.ui.viewports import item_view_viewport

TYPE_CHECKING = False  # typing's, without importing typing at start-up (mypy reads it so)
if TYPE_CHECKING:  # an update's progress module, imported once an update runs
    from reader.model.library.index import UpdateStats

REFRESH_MS = 1500  # at most one list refresh this often while indexing
PANEL_CACHE_KIB = 2048  # the panel's own connection to the index keeps this much of it


class LibraryPanel(QWidget):
    """The library list with its filters, fed from the index; see the module docstring."""

    list_updated = Signal(int, int)  # shown, total
    indexing_finished = Signal(object)  # UpdateStats
    #: Once per :meth:`open_roots`: the list shows the whole library, freshly indexed.
    library_ready = Signal(int)
    roots_changed = Signal()

    def __init__(
        self,
        db_path: Path,
        tasks: TaskOwner,
        parent: QWidget | None = None,
        state_path: Path | None = None,
        settings: QSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self.db_path = db_path
        self._tasks = self.tasks = tasks
        self._closed = False
        # Read marks being stored, and whether a list was asked for meanwhile (it may not know
        # them: Unread would list the open article), so it is asked for again once they are.
        self._reads_pending = 0
        self._list_before_read = False
        #: Why read marks and stars cannot be kept (they then last for this session only).
        self.state_error: str | None = None
        state_path = state_path or db_path.with_name(DataFiles.STATE)
        try:
            self.state = ReadingState(state_path)
        except (sqlite3.Error, OSError) as exc:
            self.state_error = self.tr(
                "Read marks and stars cannot be saved ({path}: {error}); they last for this"
                " session only."
            ).format(path=state_path, error=exc)
            self.state = ReadingState(Path(":memory:"))
        self._index = LibraryIndex(db_path, self.state.path)
        # Pages of list rows and single lookups: scrolling a long list would otherwise fill the
        # index's 32 MB page cache with every row of the list, for the window's lifetime.
        self._index.limit_cache(PANEL_CACHE_KIB)
        # The background queries' connections (list ids, counts, facets, searches), kept open
        # between them (as many as the task owner has workers); closed by its shutdown, once
        # its workers have ended.
        self.reads = ReadConnections(db_path, self.state.path, keep=tasks.threads)
        tasks.close_on_shutdown(self.reads.close)
        if self.state.created:
            # Read marks used to live in the index: keep the ones it has (once).
            state = self.state
            tasks.submit(lambda: adopt_index_read_marks(db_path, state), self._on_marks_adopted)
        self.read_only = False
        self.partial = False
        self._roots: list[Path] = []
        self._query = ListQuery(roots=())
        self._restore_id: int | None = None  # the document to keep selected, the list changing
        self._last_refresh = 0.0
        self._shown = self._total = 0
        self._index_after_list = False
        self._ready = "done"  # "waiting" for indexing, "after-refresh", then "done"

        self.model = LibraryListModel(self._index, self)
        self.proxy = QIdentityProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.list_view = QListView(self)
        item_view_viewport(self.list_view)  # not Qt's: see reader.ui.viewports
        self.list_view.setObjectName("documentList")
        self.list_view.setModel(self.proxy)
        self.list_view.setItemDelegate(DocumentDelegate(self.list_view))
        self.list_view.setUniformItemSizes(True)
        self.list_view.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        # Laying out 64,000 rows at once stalls the UI for ~100 ms (every row asks the Python
        # model for its row count); batched layout spreads that over the event loop.
        self.list_view.setLayoutMode(QListView.LayoutMode.Batched)
        self.list_view.setBatchSize(2000)
        self.selection = ListSelection(self.list_view, self.proxy, self.model, self)
        self.current_id = self.selection.current_id
        self.select_id = self.selection.select_id

        self.filters = FilterBar(self, settings)
        self.filters.changed.connect(self._on_filter_changed)
        self.views = self.filters.views
        self.sort_box = self.filters.sort_box
        self.source_box = self.filters.source_box
        self.tag_box = self.filters.tag_box
        self.date_from = self.filters.date_from
        self.date_to = self.filters.date_to
        self.count_label = self.filters.count_label
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.filters)
        layout.addWidget(self.list_view, 1)

        self.status = IndexStatus(self)
        self.indexer = LibraryIndexer(db_path, tasks, self)
        self.indexer.progress.connect(self._on_indexer_progress)
        self.indexer.finished.connect(self._on_indexer_finished)
        self.indexer.failed.connect(self._on_indexer_failed)
        # While the first article is laid out, the smart views' counts wait (a read mark stored
        # meanwhile asks for them again when it is done: that waits too).
        self._first_article = FirstArticleHold(self)
        self._first_article.ended.connect(self._on_first_article_hold_ended)
        self._counts_waiting = False
        self.status.cancel_requested.connect(self._on_status_cancel_requested)
        self.status.resume_requested.connect(self._on_status_resume_requested)
        self.marks = LibraryMarks(
            self.state, self.reads, self.list_view, self.model, tasks, self._current_query, self
        )
        self.marks.changed.connect(self._on_marks_changed)
        # Searching (the window connects these): pages of results, in the background.
        self.searcher = LibrarySearch(self.reads, tasks, self._root_keys, self)
        self.search = self.searcher.search
        self.search_more = self.searcher.more
        self.cancel_search = self.searcher.cancel
        self.search_done = self.searcher.done  # a SearchPage
        self.search_failed = self.searcher.failed
        self._user_cancelled = False
        self.watcher = FolderWatcher(self)
        self.watcher.changed.connect(self._on_watcher_changed)
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.timeout.connect(self.refresh_list)

    # ----- folders -----
    @property
    def roots(self) -> list[Path]:
        """The library folders."""
        return list(self._roots)

    def open_roots(self, roots: Sequence[Path]) -> None:
        """Show the library of ``roots``: what is indexed at once, then index in the background."""
        self._roots = [Path(r).absolute() for r in roots]
        self.roots_changed.emit()
        self._query = self._build_query()
        # The indexer starts once what is already indexed is listed: its scan (a stat of every
        # file) would otherwise compete with the first list query for the GIL and the disk.
        self._index_after_list = True
        self._user_cancelled = False
        self._ready = "waiting"
        self.refresh_list()
        if not self.read_only:
            self.watcher.start_rescans()

    def hold(self, update: bool = True) -> None:
        """Hold what would run beside the window's first article until :meth:`release`: the
        smart views' counts, and the update (:meth:`LibraryIndexer.hold`) unless ``update`` is
        False."""
        if update:
            self.indexer.hold()
        self._first_article.hold()

    @Slot()
    def release(self) -> None:
        """End :meth:`hold` (what waited runs once the shown article is painted)."""
        self.indexer.release()
        self._first_article.release()

    def rescan(self) -> None:
        """Index the library folders again now (new, changed and deleted files)."""
        if not self.read_only:
            self._user_cancelled = False
            self.indexer.start(self._roots)

    def shutdown(self) -> None:
        """Stop indexing and close the database (on close)."""
        self._closed = True
        self.watcher.stop()
        self.indexer.cancel()
        self.reads.close()
        self._index.close()
        self.state.close()

    # ----- the list -----
    def _build_query(self) -> ListQuery:
        query = self.filters.query(tuple(str(r) for r in self._roots))
        return apply_view(query, self.views.view, start_of_today(), self.model.annotated_paths())

    def _root_keys(self) -> tuple[str, ...]:
        return tuple(str(r) for r in self._roots)

    def _current_query(self) -> ListQuery:
        return self._query

    def refresh_list(self) -> None:
        """Ask for the list ids again (in the background), and the smart views' counts."""
        query, reads = self._query, self.reads
        self._last_refresh = time.monotonic()
        self._list_before_read = self._list_before_read or self._reads_pending > 0
        self.refresh_view_counts()
        self._tasks.submit(
            lambda: (query, *listed(reads, query)),
            self._on_list_ids_done,
            self._on_list_ids_failed,
            key="library-list",
        )

    def _refresh_facets(self) -> None:
        roots = tuple(str(r) for r in self._roots)
        reads = self.reads
        self._tasks.submit(
            lambda: library_facets(reads, roots), self._on_facets_done, key="library-facets"
        )

    def refresh_view_counts(self) -> None:
        """Count the documents of each smart view again (in the background)."""
        if self._index_after_list:
            # A library's first list comes first: the counts (a pass over every row, three
            # times the list query's time at 63,000 posts) are asked for once it is in.
            return
        if self._first_article.held:
            self._counts_waiting = True
            return
        roots = tuple(str(r) for r in self._roots)
        reads = self.reads
        today, annotated = start_of_today(), self.model.annotated_paths()
        self._tasks.submit(
            lambda: view_counts(reads, None, roots, today, annotated),
            self.views.show_counts,
            key="library-view-counts",
        )

    def select_path(self, path: Path | None) -> bool:
        """Select a document by path (or the first one); False if nothing was selected."""
        summary = self._index.summary_of(path) if path else None
        if summary is not None and self.selection.select_id(summary.id):
            return True
        return self.selection.select_first()

    @Slot(str)
    def follow_path(self, path: str) -> None:
        """:meth:`follow` the document shown at ``path``."""
        if not self._closed:  # a document shown while the window closes (Qt's quit())
            self.follow(Path(path))

    def follow(self, path: Path) -> None:
        """Make the list agree with the article pane: select the shown document, or select
        nothing when it is not in the list (J/K then start from the top)."""
        summary = self._index.summary_of(path)
        if self.selection.show_id(summary.id if summary is not None else None):
            self.marks.refresh_actions()

    def summary_of(self, path: Path) -> IndexedSummary | None:
        """The indexed summary of the document at ``path``."""
        return self._index.summary_of(path)

    def set_mode(self, mode: DisplayMode, options: ScriptOptions = DEFAULT_OPTIONS) -> None:
        """Show titles (and the source filter's names) in display ``mode`` with ``options``
        (vocabulary, 台/臺, personal rules)."""
        self.model.set_converter(
            lambda text, script: converter_function(mode, script, options=options)(text)
        )
        self.filters.set_converter(converter_function(mode, Script.MIXED, options=options))

    @Slot(object)
    def annotations_changed(self, change: AnnotationChange) -> None:
        """Show the new annotation counts of the documents that changed."""
        before = self.model.annotated_paths()
        self.model.set_annotation_counts(change.counts, change.complete)
        if self.model.annotated_paths() != before:
            if self.views.view is SmartView.HIGHLIGHTS:
                self._on_filter_changed()
            else:
                self.refresh_view_counts()

    @Slot(str)
    def mark_read(self, path: str) -> None:
        """Store the document at ``path`` as read, if it is listed and unread."""
        if self._closed:
            return
        summary = self._index.summary_of(Path(path))
        if summary is not None and not summary.read:
            # In the background: each change is synced to disk before it returns.
            state, key, id_ = self.state, summary.key, summary.id
            self._reads_pending += 1
            self._tasks.submit(
                lambda: store_read(state, key, id_),
                self._on_mark_read_done,
                self._on_mark_read_failed,
            )

    # ----- slots -----
    @Slot(object)
    def _on_list_ids_done(self, result: tuple[ListQuery, ListedIds, int]) -> None:
        query, ids, total = result
        if query != self._query:
            return
        # The user's place is kept (unless they are at the very top, where new posts appear).
        place = self.selection.keep_place(self._restore_id)
        self.model.set_ids(ids)
        self._shown, self._total = len(ids), total
        self.filters.show_count(self._shown, self._total)
        self.selection.restore_place(place)
        self._restore_id = None
        self.list_updated.emit(len(ids), total)
        if self._ready == "after-refresh":
            self._ready = "done"
            self.library_ready.emit(len(ids))
        if self._index_after_list:
            self._index_after_list = False
            self.refresh_view_counts()
            if self.read_only:
                self._refresh_facets()
            else:
                self.indexer.start(self._roots)

    @Slot(object)
    def _on_list_ids_failed(self, error: BaseException) -> None:
        if self._index_after_list:
            self._index_after_list = False
            self.refresh_view_counts()
            if not self.read_only:
                self.indexer.start(self._roots)
        self.status.setVisible(True)
        self.status.label.setText(
            self.tr("The library list could not be read: {error}").format(error=describe(error))
        )

    @Slot(object)
    def _on_facets_done(self, result: tuple[list[tuple[str, int]], list[tuple[str, int]]]) -> None:
        sources, tags = result
        self.filters.set_facets(sources, tags)

    @Slot(object)
    def _on_marks_adopted(self, count: int) -> None:
        if count:
            self.model.refresh_marks(None)
            self.refresh_view_counts()

    @Slot()
    def _on_first_article_hold_ended(self) -> None:
        if self._closed:
            return
        if self._counts_waiting:
            self._counts_waiting = False
            self.refresh_view_counts()

    @Slot(object)
    def _on_mark_read_done(self, id_: int) -> None:
        self.model.refresh_marks([id_])
        self.marks.refresh_actions()
        if not self._read_stored():
            self.refresh_view_counts()

    @Slot(object)
    def _on_mark_read_failed(self, error: BaseException) -> None:
        self._read_stored()
        self._tasks.failed.emit(error)  # told as any task's failure is

    def _read_stored(self) -> bool:
        """Count a read mark's storing as over; when a list asked for meanwhile is now
        known to miss none, ask for it again (and the counts): whether it did."""
        self._reads_pending -= 1
        if self._reads_pending > 0 or not self._list_before_read or self._closed:
            return False
        self._list_before_read = False
        self.refresh_list()
        return True

    @Slot()
    def _on_marks_changed(self) -> None:
        self.refresh_view_counts()

    @Slot()
    def _on_filter_changed(self) -> None:
        query = self._build_query()
        if query != self._query:
            self._query = query
            self._restore_id = self.current_id()
            self.refresh_list()

    @Slot(int, int, float)
    def _on_indexer_progress(self, done: int, total: int, rate: float) -> None:
        self.status.show_progress(done, total, rate)
        if done and not self._refresh_timer.isActive():
            # A big list is refreshed less often: each refresh lays out every row again.
            every = REFRESH_MS if self._shown < 10_000 else 4 * REFRESH_MS
            wait = every - (time.monotonic() - self._last_refresh) * 1000
            self._refresh_timer.start(max(0, int(wait)))

    @Slot(object)
    def _on_indexer_finished(self, stats: UpdateStats) -> None:
        self.partial = stats.cancelled
        if stats.cancelled:
            self.status.show_partial()
        else:
            self.status.setVisible(False)
        self._refresh_timer.stop()
        refresh = bool(stats.parsed or stats.deleted or not self._total)
        if refresh:
            self.refresh_list()
        if self._ready == "waiting":
            self._ready = "after-refresh" if refresh else "done"
            if not refresh:
                self.library_ready.emit(self._shown)
        self._refresh_facets()
        self.watcher.watch(stats.folders)
        self.indexing_finished.emit(stats)

    @Slot(str)
    def _on_indexer_failed(self, message: str) -> None:
        self.status.setVisible(True)
        self.status.label.setText(self.tr("Indexing failed: {error}").format(error=message))

    @Slot()
    def _on_status_cancel_requested(self) -> None:
        # Cancelled by the user: no automatic rescans until the library is opened again.
        self._user_cancelled = True
        self.indexer.cancel()

    @Slot()
    def _on_status_resume_requested(self) -> None:
        self.rescan()

    @Slot()
    def _on_watcher_changed(self) -> None:
        if (
            self._roots
            and not self.indexer.running
            and not self._user_cancelled
            and not self.read_only
        ):
            self.indexer.start(self._roots)
