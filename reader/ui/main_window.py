"""The main window: composes the document list, the article pane and the toolbar, and wires them.

It does not compute: documents come from the model layer through the background task owner.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QByteArray, QItemSelection, QModelIndex, QSettings, Qt, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from reader.model.article.display_cache import ConversionCache, document_key
from reader.model.article.positions import ReadingPositions
from reader.model.article.render import document_html, header_block_count
from reader.model.document.cache import DocumentCache
from reader.model.document.document import Document
from reader.model.library.folders import sample_library
from reader.model.library.search import SearchHit
from reader.model.script.convert import (
    DisplayMode,
    convert,
    converter,
    converters_ready,
    mode_configs,
)
from reader.model.script.mapped import DocumentDisplay, document_display
from reader.ui.annotations.controller import AnnotationController
from reader.ui.article.find_bar import FindBar
from reader.ui.article.original_tips import OriginalFormTips
from reader.ui.article.reading_prefs import ReadingPrefs, locale_date
from reader.ui.article.view import ArticleView
from reader.ui.fonts import missing_font_notice
from reader.ui.library.delegate import PathRole
from reader.ui.library.panel import LibraryPanel, reveal_match
from reader.ui.library.search_panel import SearchPanel
from reader.ui.script.toggle import ScriptToggle
from reader.ui.tasks import TaskRunner

APP_TITLE = "Tongwen Reader"


def prepare_mode(mode: DisplayMode) -> DisplayMode:
    """Build the converters ``mode`` needs for any source script (slow the first time)."""
    for config in mode_configs(mode):
        converter(config)
    return mode


def _render_html(doc: Document, convert: Callable[[str], str]) -> str:
    return document_html(doc, convert, locale_date)


def render_article(
    cache: DocumentCache,
    path: Path,
    mode: DisplayMode,
    displays: ConversionCache[DocumentDisplay] | None = None,
) -> tuple[Document, DocumentDisplay]:
    """The document at ``path``, its HTML and its title in display ``mode``.

    Conversions are kept in ``displays`` per (document, mode), so a repeat toggle only sets
    the pane.
    """
    doc = cache.get(path)

    def make() -> DocumentDisplay:
        return document_display(doc, mode, _render_html)

    shown = make() if displays is None else displays.get_or_create((document_key(doc), mode), make)
    return doc, shown


def _file_stamp(path: Path) -> tuple[int, int] | None:
    """(size, mtime) of a file, to notice that it changed; None if it is gone."""
    try:
        stat = path.stat()
    except OSError:
        return None
    return stat.st_size, stat.st_mtime_ns


class MainWindow(QMainWindow):
    """Tongwen Reader's window."""

    library_loaded = Signal(int)
    article_shown = Signal(str)
    mode_applied = Signal(str)

    def __init__(
        self, data_dir: Path, paths: Sequence[Path] = (), parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._data_dir = data_dir
        self._settings = QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat)
        self._cache = DocumentCache(data_dir / "cache.sqlite3")
        self._tasks = TaskRunner(self)
        self._displays: ConversionCache[DocumentDisplay] = ConversionCache(capacity=32)
        self._tasks.finished.connect(self._on_tasks_finished)
        self._tasks.failed.connect(self._on_tasks_failed)
        self._current: Document | None = None
        self._current_title = ""
        self._current_display: DocumentDisplay | None = None
        self._current_stamp: tuple[int, int] | None = None
        self._pending_path: str | None = (
            str(self._settings.value("view/document", "") or "") or None
        )
        self._applied_mode = DisplayMode.ORIGINAL

        # The library: an SQLite index filled in the background; the list pages rows from it.
        self.library = LibraryPanel(data_dir / "library.sqlite3", self._tasks, self)
        self.library.list_updated.connect(self._on_library_list_updated)
        self.library.library_ready.connect(self.library_loaded)
        self.model = self.library.model
        self.sorted_model = self.library.proxy
        self.list_view = self.library.list_view
        self.list_view.selectionModel().selectionChanged.connect(self._on_list_selection_changed)
        self.search_panel = SearchPanel(self)
        self.search_panel.query_submitted.connect(self.library.search)
        self.search_panel.hit_chosen.connect(self._on_search_panel_hit_chosen)
        self.search_panel.closed.connect(self._on_search_panel_closed)
        self.library.search_done.connect(self._on_library_search_done)
        self.library.search_failed.connect(self.search_panel.show_error)
        self._pending_hit: SearchHit | None = None
        self._list_filled = False
        self.left_stack = QStackedWidget(self)
        self.left_stack.addWidget(self.library)
        self.left_stack.addWidget(self.search_panel)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(4, 4, 0, 0)
        left_layout.setSpacing(2)
        left_layout.addWidget(self.search_panel.box)
        left_layout.addWidget(self.left_stack, 1)
        self.statusBar().addPermanentWidget(self.library.status)
        self.setAcceptDrops(True)
        self.article = ArticleView(self)
        self.article.setObjectName("articleView")
        self.reading_prefs = ReadingPrefs(self._settings, self)
        self.reading_prefs.attach(self.article)
        self._positions = ReadingPositions(data_dir / "positions.sqlite3")
        self.article.set_position_store(self._positions)
        self.annotations = AnnotationController(self, data_dir, self._settings)
        self.annotations.annotations_changed.connect(self._on_annotations_changed)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        # The find bar sits under the article (Ctrl+F); the tooltips show the original form.
        self.find_bar = FindBar(self.article)
        self.original_tips = OriginalFormTips(self.article)
        self.article_pane = QWidget(self)
        pane_layout = QVBoxLayout(self.article_pane)
        pane_layout.setContentsMargins(0, 0, 0, 0)
        pane_layout.setSpacing(0)
        pane_layout.addWidget(self.article, 1)
        pane_layout.addWidget(self.find_bar)
        self.article_shown.connect(self.find_bar.refresh)
        self.splitter.addWidget(self.article_pane)
        self.splitter.addWidget(self.annotations.panel)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([300, 620, 280])  # list, article, annotation panel
        self.notice = QLabel(self)
        self.notice.setObjectName("fontNotice")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("background:#fff3cd;color:#664d03;padding:6px 10px;")
        font_notice = missing_font_notice()
        self.notice.setText(font_notice or "")
        self.notice.setVisible(font_notice is not None)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.notice)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)

        self.toggle = ScriptToggle(self, self._settings)
        remembered = str(self._settings.value("view/script", DisplayMode.ORIGINAL.value))
        known = {m.value for m in DisplayMode}
        self.toggle.set_mode(
            DisplayMode(remembered) if remembered in known else DisplayMode.ORIGINAL
        )
        self.toggle.mode_changed.connect(self._on_toggle_mode_changed)
        self._build_toolbar_and_menus()
        self._restore_geometry()
        self.setWindowTitle(APP_TITLE)

        self._library_paths = list(paths) or self._remembered_paths() or [sample_library()]
        self._start_mode(self.toggle.mode)
        self.library.open_roots(self._library_paths)

    # ----- building -----
    def _build_toolbar_and_menus(self) -> None:
        toolbar = QToolBar("Display", self)
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.addWidget(QLabel(" Script: ", toolbar))
        self.toggle.add_to_toolbar(toolbar)
        self.addToolBar(toolbar)
        self.toolbar = toolbar

        file_menu = self.menuBar().addMenu("&File")
        open_action = QAction("&Open Folder…", self)
        open_action.setShortcut(QKeySequence("Ctrl+O"))
        open_action.triggered.connect(self._on_open_folder_triggered)
        file_menu.addAction(open_action)
        search_action = QAction("&Search Library…", self)
        search_action.setShortcut(QKeySequence("Ctrl+K"))
        search_action.triggered.connect(self._on_search_action_triggered)
        file_menu.addAction(search_action)
        file_menu.addSeparator()
        self.annotations.add_to_file_menu(file_menu)
        file_menu.addSeparator()
        quit_action = QAction("&Quit", self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        edit_menu = self.menuBar().addMenu("&Edit")
        self.annotations.add_to_edit_menu(edit_menu)
        edit_menu.addSeparator()
        for action in (
            self.find_bar.find_action,
            self.find_bar.next_action,
            self.find_bar.previous_action,
        ):
            edit_menu.addAction(action)
            self.addAction(action)
        view_menu = self.menuBar().addMenu("&View")
        for action in self.toggle.actions.values():
            view_menu.addAction(action)
        view_menu.addMenu(self.toggle.traditional_menu)
        view_menu.addMenu(self.toggle.simplified_menu)
        view_menu.addAction(self.toggle.cycle_action)
        self.reading_prefs.add_to_menu(view_menu)
        view_menu.addSeparator()
        self.annotations.add_to_view_menu(view_menu)
        self.addAction(self.toggle.cycle_action)

    def _remembered_paths(self) -> list[Path]:
        value = self._settings.value("library/paths", [])
        items = (
            [value]
            if isinstance(value, str)
            else list(value or [])
            if isinstance(value, list)
            else []
        )
        return [Path(p) for p in items if p and Path(p).exists()]

    def _restore_geometry(self) -> None:
        geometry = self._settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1200, 800)
        splitter = self._settings.value("window/splitter")
        if isinstance(splitter, QByteArray) and not splitter.isEmpty():
            self.splitter.restoreState(splitter)

    # ----- state -----
    @property
    def mode(self) -> DisplayMode:
        """The display mode currently applied to what is shown."""
        return self._applied_mode

    @property
    def current_display(self) -> DocumentDisplay | None:
        """The current document as shown: title and text in the display script, with maps."""
        return self._current_display

    @property
    def current_document(self) -> Document | None:
        """The document in the article pane."""
        return self._current

    def open_paths(self, paths: Sequence[Path]) -> None:
        """Show the documents under ``paths`` as the library (and remember them)."""
        self._library_paths = list(paths)
        self._settings.setValue("library/paths", [str(p) for p in paths])
        self._pending_path = None
        self._list_filled = False
        self.library.open_roots(self._library_paths)

    def add_paths(self, paths: Sequence[Path]) -> None:
        """Add folders to the library (replacing the bundled samples)."""
        current = [p for p in self._library_paths if p != sample_library()]
        self.open_paths(current + [p for p in paths if p not in current])

    def _start_mode(self, mode: DisplayMode) -> None:
        if converters_ready(mode):
            self._tasks.supersede("mode")
            self._apply_mode(mode)
            return
        self._tasks.submit("mode", lambda: prepare_mode(mode))

    def _show_selected(self) -> None:
        index = self.list_view.currentIndex()
        if not index.isValid():
            return
        path = Path(str(index.data(PathRole)))
        mode = self._applied_mode
        self._request_article(path, mode)

    def _update_title(self) -> None:
        if self._current is None:
            self.setWindowTitle(APP_TITLE)
        else:
            self.setWindowTitle(f"{self._current_title} — {APP_TITLE}")

    def _select_path(self, path: str | None) -> None:
        row = self.model.row_of(Path(path)) if path else None
        if row is not None:
            index = self.sorted_model.mapFromSource(self.model.index(row))
        else:
            index = self.sorted_model.index(0, 0)
        if index.isValid():
            self.list_view.setCurrentIndex(index)
            self.list_view.scrollTo(index)

    # ----- slots -----
    @Slot(str, int, object)
    def _on_tasks_finished(self, kind: str, generation: int, result: object) -> None:
        if kind == "mode":
            assert isinstance(result, DisplayMode)
            self._apply_mode(result)
        elif kind == "article":
            doc, shown = result if isinstance(result, tuple) else (None, None)
            assert isinstance(doc, Document) and isinstance(shown, DocumentDisplay)
            self._show_article(doc, shown)

    def _request_article(self, path: Path, mode: DisplayMode) -> None:
        """Show the document at ``path`` in ``mode``: at once when it is already parsed and
        converted (a repeat toggle, going back to a document), else from the background."""
        doc = self._cache.peek(path)
        shown = self._displays.get((document_key(doc), mode)) if doc is not None else None
        if doc is not None and shown is not None:
            self._tasks.supersede("article")
            self._show_article(doc, shown)
            return
        self._tasks.submit(
            "article", lambda: render_article(self._cache, path, mode, self._displays)
        )

    def _apply_mode(self, mode: DisplayMode) -> None:
        self._applied_mode = mode
        self.model.set_converter(lambda text, script: convert(text, mode, script))
        self.search_panel.model.set_converter(lambda text, script: convert(text, mode, script))
        self._show_selected()
        self.mode_applied.emit(mode.value)

    def _show_article(self, doc: Document, shown: DocumentDisplay) -> None:
        self._current = doc
        self._current_stamp = _file_stamp(doc.path)
        self._current_display = shown
        self._current_title = shown.title.display
        self.article.show_html(
            shown.html,
            doc.path.parent,
            key=str(doc.path),
            text=shown.text,
            header_blocks=header_block_count(doc),
        )
        self._update_title()
        self._settings.setValue("view/document", str(doc.path))
        self._after_article_shown(doc)
        self.article_shown.emit(str(doc.path))

    @Slot(str, int, str)
    def _on_tasks_failed(self, kind: str, generation: int, detail: str) -> None:
        self.statusBar().showMessage(f"Something went wrong ({kind}): {detail}", 10000)

    @Slot(QItemSelection, QItemSelection)
    def _on_list_selection_changed(
        self, selected: QItemSelection, deselected: QItemSelection
    ) -> None:
        self._show_selected()

    @Slot(str)
    def _on_toggle_mode_changed(self, value: str) -> None:
        mode = DisplayMode(value)
        self._settings.setValue("view/script", mode.value)
        self._start_mode(mode)

    @Slot()
    def _on_open_folder_triggered(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "Open Folder")
        if folder:
            self.add_paths([Path(folder)])

    @Slot()
    def _on_search_action_triggered(self) -> None:
        self.search_panel.box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_panel.box.selectAll()

    @Slot(int, int)
    def _on_library_list_updated(self, shown: int, total: int) -> None:
        if not self._list_filled and shown:
            self._list_filled = True
            self._select_path(self._pending_path)
            self._on_annotations_changed()
        self._reload_if_changed()

    @Slot(str)
    def _on_annotations_changed(self, path: str = "") -> None:
        store = self.annotations.store
        if store is not None:
            self.model.set_annotation_counts(store.counts_by_path())

    def _reload_if_changed(self) -> None:
        """Show the current document again if its file changed on disk since it was shown."""
        doc = self._current
        if doc is None or _file_stamp(doc.path) == self._current_stamp:
            return
        path, mode = doc.path, self._applied_mode
        self._current_stamp = _file_stamp(path)
        self._request_article(path, mode)

    @Slot(str, list)
    def _on_library_search_done(self, query: str, hits: list[SearchHit]) -> None:
        self.left_stack.setCurrentWidget(self.search_panel)
        self.search_panel.show_results(query, hits)

    @Slot()
    def _on_search_panel_closed(self) -> None:
        self.left_stack.setCurrentWidget(self.library)

    @Slot(object)
    def _on_search_panel_hit_chosen(self, hit: SearchHit) -> None:
        self._pending_hit = hit
        mode = self._applied_mode
        self._request_article(hit.path, mode)

    def _after_article_shown(self, doc: Document) -> None:
        """Mark the document read; scroll to a search match that was asked for."""
        summary = self.library.summary_of(doc.path)
        if summary is not None and not summary.read:
            self.library.mark_current_read(summary.id)
        hit, self._pending_hit = self._pending_hit, None
        if hit is not None and hit.path == doc.path:
            reveal_match(self.article, hit)

    @override
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    @override
    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        paths = [p for p in paths if p.exists()]
        if paths:
            event.acceptProposedAction()
            self.add_paths(paths)

    @override
    def closeEvent(self, event: QCloseEvent) -> None:
        self.article.save_position()
        self.article.set_position_store(None)
        self._positions.close()
        self.annotations.close()
        self._settings.setValue("window/geometry", self.saveGeometry())
        self._settings.setValue("window/splitter", self.splitter.saveState())
        self._settings.sync()
        self.library.shutdown()
        self._tasks.shutdown()
        self._cache.close()
        super().closeEvent(event)

    def selected_index(self) -> QModelIndex:
        """The list's current index (in the sorted model)."""
        return self.list_view.currentIndex()
