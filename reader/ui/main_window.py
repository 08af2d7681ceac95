"""The main window: builds the panes and connects them (the toolbar and the menus are put
together by :mod:`reader.ui.window.menus`).

It composes and does not compute. What the article pane shows is owned by the
:class:`~reader.ui.article.session.ArticleSession`; background work by the
:class:`~reader.ui.tasks.TaskOwner`; the library (folders, index, list, search) by the
:class:`~reader.ui.library.panel.LibraryPanel`; highlights and notes by the
:class:`~reader.ui.annotations.controller.AnnotationController`; the panes' room, focus mode and
back/forward by :mod:`reader.ui.window` (``PaneLayout``, ``FocusMode``, ``NavigationHistory``);
caret browsing by :class:`~reader.ui.article.caret.CaretBrowsing`. What is left here: choosing
the folders to open at start-up (command line, remembered, or the samples), the window title,
restoring and saving the window's own geometry, and drag and drop of folders.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QItemSelection, Qt, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from reader.model.article.display import DocumentDisplay
from reader.model.article.positions import ReadingPositions
from reader.model.document.cache import DocumentCache
from reader.model.document.document import Document
from reader.model.library.folders import sample_library
from reader.model.library.index import LibraryIndex
from reader.model.library.queries import SearchPage
from reader.model.paths import DataFiles
from reader.model.script.modes import DisplayMode
from reader.model.script.rule_file import RuleFile
from reader.model.storage import usable_database
from reader.ui.annotations.controller import AnnotationController, open_store
from reader.ui.article.caret import CaretBrowsing
from reader.ui.article.contents import ContentsMenu, ProgressLabel
from reader.ui.article.copying import CopyActions
from reader.ui.article.find_bar import FindBar
from reader.ui.article.original_tips import OriginalFormTips
from reader.ui.article.printing import PrintActions
from reader.ui.article.reading_prefs import ReadingPrefs
from reader.ui.article.reading_settings import ReadingSettings
from reader.ui.article.session import ArticleSession
from reader.ui.article.view import ArticleView
from reader.ui.dates import format_date
from reader.ui.deferred import Deferred
from reader.ui.folder_lock import claim_data_folder
from reader.ui.fonts import missing_font_notice
from reader.ui.language import Language, chosen_language
from reader.ui.library.panel import LibraryPanel
from reader.ui.library.roles import Role
from reader.ui.library.search_panel import SearchPanel
from reader.ui.noop import override
from reader.ui.notices import storage_notices
from reader.ui.plain import plain_labels
from reader.ui.problems import shown_title
from reader.ui.script.options import ScriptOptionsControl
from reader.ui.script.toggle import ScriptToggle
from reader.ui.settings import (
    Key,
    open_settings,
    read_choice,
    read_paths,
    read_text,
    write,
)
from reader.ui.tasks import TaskOwner, describe
from reader.ui.window.geometry import restore_geometry
from reader.ui.window.history import NavigationHistory
from reader.ui.window.menus import WindowMenus
from reader.ui.window.panes import PaneLayout

if TYPE_CHECKING:
    from reader.model.library.search import SearchHit
    from reader.ui.annotations.notebook import NotebookWindow
    from reader.ui.library.folders_dialog import FoldersDialog

APP_TITLE = "Tongwen Reader"  # the English title; the window shows it translated


class MainWindow(QMainWindow):
    """Tongwen Reader's window."""

    library_loaded = Signal(int)
    article_shown = Signal(str)
    mode_applied = Signal(str)

    def __init__(
        self,
        data_dir: Path,
        paths: Sequence[Path] = (),
        parent: QWidget | None = None,
        language: Language | None = None,
    ) -> None:
        super().__init__(parent)
        # Taken on a thread while the window is built (its file is synced to disk).
        self._instance = claim_data_folder(data_dir, self)
        files = DataFiles(data_dir)
        self._data_dir = data_dir
        self._settings = open_settings(data_dir)
        self._language = language or chosen_language(self._settings)
        # Derived databases repair themselves (moved aside and rebuilt, or kept in a temporary
        # folder); what happened is said in the notice bar.
        cache = usable_database(files.cache, DocumentCache.check)
        positions = usable_database(files.positions, ReadingPositions.check)
        library = usable_database(files.library, LibraryIndex.check)
        self._cache = DocumentCache(cache.path)
        self._positions = ReadingPositions(positions.path)
        self._tasks = TaskOwner(self)
        self._tasks.failed.connect(self._on_tasks_failed)
        self._first_path: str | None = read_text(self._settings, Key.DOCUMENT) or None
        self._listed = False
        # Folders on the command line join the library (remembered); a file is only opened.
        folders = [p for p in paths if p.is_dir()]
        documents = [p for p in paths if not p.is_dir()]
        self._opened_file: Path | None = documents[0] if documents else None

        # The article pane and what it shows.
        self.article = ArticleView(self)
        self.article.setObjectName("articleView")
        self.article.set_position_store(self._positions)
        self.session = ArticleSession(self.article, self._cache, self._tasks, format_date, self)
        self.session.shown.connect(self._on_session_shown)
        self.session.shown.connect(self.article_shown)
        self.session.mode_applied.connect(self._on_session_mode_applied)
        self.reading_prefs = ReadingPrefs(self._settings, self)
        self.reading_prefs.attach(self.article)
        self.reading_settings = ReadingSettings(self.reading_prefs, self)
        self.find_bar = FindBar(self.article)
        self.session.shown.connect(self.find_bar.refresh)
        self.original_tips = OriginalFormTips(self.article)
        self.copy_actions = CopyActions(self.article, self.session)
        self.print_actions = PrintActions(self.article, self.session, self)
        self.contents = ContentsMenu(self.article, self.session, self)
        self.progress = ProgressLabel(self.article, self.session, self)
        self.reading_prefs.attach(self.print_actions)
        self.caret = CaretBrowsing(self.article, self._settings, self)
        self.history = NavigationHistory(self, self.article, self.session)

        # The library: an SQLite index filled in the background; the list pages rows from it.
        self.library = LibraryPanel(
            library.path, self._tasks, self, state_path=files.state, settings=self._settings
        )
        self.library.marks.watch_article(self.article)
        self.library.marks.message.connect(self._on_annotations_message)
        self.session.shown.connect(self.library.follow_path)
        self.library.list_updated.connect(self._on_library_list_updated)
        self.library.library_ready.connect(self.library_loaded)
        self.session.shown.connect(self.library.mark_read)
        self.model = self.library.model
        self.sorted_model = self.library.proxy
        self.list_view = self.library.list_view
        self.list_view.selectionModel().selectionChanged.connect(self._on_list_selection_changed)
        self.search_panel = SearchPanel(self)
        self.search_panel.query_submitted.connect(self.library.search)
        self.search_panel.more_wanted.connect(self.library.search_more)
        self.search_panel.searching.connect(self.library.cancel_search)
        self.search_panel.searching.connect(self._on_search_panel_searching)
        self.search_panel.hit_chosen.connect(self._on_search_panel_hit_chosen)
        self.search_panel.closed.connect(self._on_search_panel_closed)
        self.library.search_done.connect(self._on_library_search_done)
        self.library.search_failed.connect(self.search_panel.show_error)
        self.left_stack = QStackedWidget(self)
        self.left_stack.addWidget(self.library)
        self.left_stack.addWidget(self.search_panel)

        # Highlights and notes.
        store, error = open_store(data_dir)
        self.annotations = AnnotationController(
            self.article, self.session, store, self._settings, self, error=error
        )
        self.annotations.message.connect(self._on_annotations_message)
        self.annotations.changed.connect(self.library.annotations_changed)
        # Restyling the pane (theme, text size) drops its layers: being styled by the same
        # preferences, after the pane, puts the highlights back at once.
        self.reading_prefs.attach(self.annotations)
        # Every annotation in one place (View → All Annotations…), made when first wanted.
        translate = QCoreApplication.translate
        self.notebook_action = QAction(translate("NotebookWindow", "All &Annotations…"), self)
        self.notebook_action.setShortcut(QKeySequence("Ctrl+Shift+A"))
        self.notebook_action.setEnabled(store is not None)
        self.notebook_action.triggered.connect(self._on_notebook_action_triggered)
        self.addAction(self.notebook_action)
        self._notebook = Deferred(lambda: self._build_notebook(files.annotations, library.path))
        # Regional vocabulary, 台/臺 and the personal rules (kept in the data folder).
        self.script_options = ScriptOptionsControl(
            self._settings,
            RuleFile(files.rules),
            self,
            selection=self.annotations.selection_range,
            display=lambda: self.session.display,
        )
        self.session.set_options(self.script_options.options)
        self.script_options.options_changed.connect(self.session.set_options)
        self.session.mode_applied.connect(self.script_options.set_mode)
        self.article.selectionChanged.connect(self.script_options.selection_changed)
        self.annotations.menu_extensions.append(self.script_options.extend_context_menu)

        self.library.read_only = not self._instance.owned  # (waits for the lock, if need be)
        self._build_layout(
            [
                *storage_notices(
                    {
                        cache: self.tr("the parse cache"),
                        positions: self.tr("the reading positions"),
                        library: self.tr("the library index"),
                    },
                ),
                *([error] if error else []),
                *([self.library.state_error] if self.library.state_error else []),
                *([self._instance.notice] if self._instance.notice else []),
                *([self.script_options.notice] if self.script_options.notice else []),
                *([notice] if (notice := missing_font_notice()) else []),
            ]
        )
        self.toggle = ScriptToggle(self, self._settings)
        self.toggle.set_mode(read_choice(self._settings, Key.SCRIPT, DisplayMode.ORIGINAL))
        self.toggle.mode_changed.connect(self._on_toggle_mode_changed)
        self._build_toolbar_and_menus()
        self._restore_geometry()
        self.setWindowTitle(self.tr("Tongwen Reader"))
        self.setAcceptDrops(True)
        plain_labels(self)

        self.session.set_mode(self.toggle.mode)
        # The library's update starts once the first article is shown (or the list is empty);
        # its smart views' counts are asked for once that article is painted.
        self.library.hold()
        self.session.shown.connect(self.library.release)
        if folders:
            self.add_paths(folders)
        else:
            self.library.open_roots(
                read_paths(self._settings, Key.LIBRARY_PATHS) or [sample_library()]
            )
        if self._opened_file is not None:
            self.session.open(self._opened_file)

    # ----- building -----
    def _build_layout(self, notices: list[str]) -> None:
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(4, 4, 0, 0)
        left_layout.setSpacing(2)
        left_layout.addWidget(self.search_panel.box)
        left_layout.addWidget(self.left_stack, 1)
        self.statusBar().addPermanentWidget(self.progress)
        self.statusBar().addPermanentWidget(self.library.status)
        # The find bar sits under the article (Ctrl+F).
        self.article_pane = QWidget(self)
        pane_layout = QVBoxLayout(self.article_pane)
        pane_layout.setContentsMargins(0, 0, 0, 0)
        pane_layout.setSpacing(0)
        pane_layout.addWidget(self.article, 1)
        pane_layout.addWidget(self.find_bar)
        # The article keeps a readable width: the side panes shrink, then collapse.
        self.panes = PaneLayout(
            self,
            left,
            self.article,
            self.article_pane,
            self.annotations.panel_slot,  # the panel is made when it is first shown or wanted
            self.annotations.panel_action,
            self._settings,
            make_panel=lambda: self.annotations.panel,
        )
        self.annotations.panel_made.connect(self._on_annotations_panel_made)
        self.splitter = self.panes.splitter
        self.notice = QLabel(self)
        self.notice.setObjectName("fontNotice")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("background:#fff3cd;color:#664d03;padding:6px 10px;")
        self.notice.setTextFormat(Qt.TextFormat.PlainText)  # paths and SQLite's own words
        self.notice.setText("\n".join(notices))
        self.notice.setVisible(bool(notices))
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.notice)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)

    def _build_toolbar_and_menus(self) -> None:
        menus = WindowMenus(self, self, self._settings, self._language, self._data_dir)
        self.toolbar = menus.toolbar
        self.focus_mode = menus.focus_mode
        self.language_menu = menus.language_menu
        self.help_menu = menus.help_menu
        self.folders_action = menus.folders_action
        menus.open_action.triggered.connect(self._on_open_folder_triggered)
        menus.search_action.triggered.connect(self._on_search_action_triggered)
        menus.quit_action.triggered.connect(self.close)
        self.folders_action.triggered.connect(self._on_folders_action_triggered)
        self._folders = Deferred(self._build_folders)
        self.history.watch_mouse()
        self.panes.watch_tab()
        self.caret.message.connect(self._on_annotations_message)

    def _build_notebook(self, annotations: Path, library: Path) -> NotebookWindow:
        from reader.ui.annotations.notebook import NotebookWindow

        notebook = NotebookWindow(
            annotations, library, self.session, self._tasks, self, action=self.notebook_action
        )
        notebook.set_mode(self.session.mode)
        self.annotations.changed.connect(notebook.annotations_changed)
        return notebook

    def _build_folders(self) -> FoldersDialog:
        from reader.ui.library.folders_dialog import FoldersDialog

        return FoldersDialog(
            self.library, self.add_paths, self.open_paths, self, action=self.folders_action
        )

    def _restore_geometry(self) -> None:
        restore_geometry(self, self._settings)
        self.panes.restore()

    # ----- parts made on first use -----
    @property
    def notebook(self) -> NotebookWindow:
        """The All Annotations window (made now if it was not yet)."""
        return self._notebook.get()

    @property
    def folders(self) -> FoldersDialog:
        """The Folders dialog (made now if it was not yet)."""
        return self._folders.get()

    # ----- state (read through to the session) -----
    @property
    def mode(self) -> DisplayMode:
        """The display mode currently applied to what is shown."""
        return self.session.mode

    @property
    def current_display(self) -> DocumentDisplay | None:
        """The current document as shown: title and text in the display script, with maps."""
        return self.session.display

    @property
    def current_document(self) -> Document | None:
        """The document in the article pane."""
        return self.session.document

    def open_paths(self, paths: Sequence[Path]) -> None:
        """Show the documents under ``paths`` as the library (and remember them)."""
        write(self._settings, Key.LIBRARY_PATHS, [str(p) for p in paths])
        self._first_path = str(self.session.path) if self.session.path else None
        self._listed = False
        self.library.open_roots(paths or [sample_library()])

    def add_paths(self, paths: Sequence[Path]) -> None:
        """Add folders to the library (replacing the bundled samples)."""
        known = self.library.roots or read_paths(self._settings, Key.LIBRARY_PATHS)
        current = [p for p in known if p != sample_library()]
        self.open_paths(current + [p for p in paths if p not in current])

    @Slot(list)
    def open_handed_over(self, paths: list[Path]) -> None:
        """What a second launch on this data folder was given: folders join the library, the
        first file is shown; the window comes to the front."""
        folders = [p for p in paths if p.is_dir()]
        files = [p for p in paths if p.is_file()]
        if folders:
            self.add_paths(folders)
        if files:
            self.session.open(files[0])
        if self.isMinimized():
            self.showNormal()
        self.raise_()
        self.activateWindow()

    # ----- slots -----
    @Slot(str)
    def _on_session_shown(self, path: str) -> None:
        display = self.session.display
        title = shown_title(display.title.display) if display is not None else ""
        self.setWindowTitle(f"{title} — {self.tr('Tongwen Reader')}")
        write(self._settings, Key.DOCUMENT, path)

    @Slot(str)
    def _on_session_mode_applied(self, value: str) -> None:
        mode, options = DisplayMode(value), self.session.options
        self.library.set_mode(mode, options)
        self.search_panel.set_mode(mode, options)
        if (notebook := self._notebook.built) is not None:
            notebook.set_mode(mode)
        self.mode_applied.emit(value)

    @Slot(object)
    def _on_annotations_panel_made(self, panel: QWidget) -> None:
        self.panes.adopt_panel(panel)
        self.history.watch_mouse(panel)

    @Slot(object)
    def _on_tasks_failed(self, error: BaseException) -> None:
        self.statusBar().showMessage(
            self.tr("Something went wrong: {error}").format(error=describe(error)), 10000
        )

    @Slot(str)
    def _on_annotations_message(self, message: str) -> None:
        self.statusBar().showMessage(message, 8000)

    @Slot(QItemSelection, QItemSelection)
    def _on_list_selection_changed(
        self, selected: QItemSelection, deselected: QItemSelection
    ) -> None:
        index = self.list_view.currentIndex()
        if index.isValid() and Path(str(index.data(Role.PATH))) != self.session.path:
            self.session.open(Path(str(index.data(Role.PATH))))

    @Slot(str)
    def _on_toggle_mode_changed(self, value: str) -> None:
        write(self._settings, Key.SCRIPT, value)
        self.session.set_mode(DisplayMode(value))

    @Slot()
    def _on_open_folder_triggered(self) -> None:
        last = Path(read_text(self._settings, Key.LAST_FOLDER) or Path.home())
        start = last if last.is_dir() else Path.home()
        from PySide6.QtWidgets import QFileDialog  # its class is not needed at start-up

        folder = QFileDialog.getExistingDirectory(self, self.tr("Open Folder"), str(start))
        if folder:
            write(self._settings, Key.LAST_FOLDER, folder)
            self.add_paths([Path(folder)])

    @Slot()
    def _on_notebook_action_triggered(self) -> None:
        self.notebook.open_window()

    @Slot()
    def _on_folders_action_triggered(self) -> None:
        self.folders.show_folders()

    @Slot()
    def _on_search_action_triggered(self) -> None:
        self.search_panel.box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_panel.box.selectAll()

    @Slot(int, int)
    def _on_library_list_updated(self, shown: int, total: int) -> None:
        if not shown and not self._listed:
            self.library.indexer.release()  # no article to wait for: index now
        if shown and not self._listed:
            # The first fill of the list: the document read last time, else the first (what
            # runs beside its render waits again, should the list have been empty at first).
            self._listed = True
            if self.session.document is None:
                self.library.hold(update=False)
            if self._opened_file is not None:
                self.library.follow(self._opened_file)  # a file given alone stays shown
                self._opened_file = None
            else:
                self.library.select_path(Path(self._first_path) if self._first_path else None)
            self.annotations.announce_counts()
        self.session.reload_if_changed()

    @Slot(object)
    def _on_library_search_done(self, page: SearchPage) -> None:
        self.left_stack.setCurrentWidget(self.search_panel)
        self.search_panel.show_page(page)

    @Slot()
    def _on_search_panel_searching(self) -> None:
        self.left_stack.setCurrentWidget(self.search_panel)

    @Slot()
    def _on_search_panel_closed(self) -> None:
        self.left_stack.setCurrentWidget(self.library)

    @Slot(object)
    def _on_search_panel_hit_chosen(self, hit: SearchHit) -> None:
        # A title hit opens at the top, where the title is; a body hit at its match.
        title_hit = bool(hit.title_highlights) or hit.match is None
        self.session.open(hit.path, reveal=None if title_hit else hit.match, top=title_hit)

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
        write(self._settings, Key.GEOMETRY, self.saveGeometry())
        self.panes.save()
        self._settings.sync()
        self._instance.release()
        self._tasks.shutdown()
        if (notebook := self._notebook.built) is not None:
            notebook.close_notebook()
        self.library.shutdown()
        self._cache.close()
        super().closeEvent(event)
