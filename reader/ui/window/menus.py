"""The window's toolbar and menu bar: File, Edit, View, Library, Go and Help.

Each part of the window makes its own actions (``add_to_menu`` and the like); this module only
puts them in order, makes the few that belong to the window itself (Open Folder, Search
Library, Quit, Library ▸ Folders…) and hands those to the window to connect. Every action with
a shortcut is also added to the window (``FocusMode.keep_shortcuts``), so the shortcuts work as
soon as the window shows, and while focus mode hides the menu bar. The strings keep the window's
translation context ("MainWindow").
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QObject, QSettings
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QToolBar

from reader.ui.help import HelpMenu
from reader.ui.language import Language, LanguageMenu
from reader.ui.window.focus import FocusMode

if TYPE_CHECKING:
    from reader.ui.annotations.controller import AnnotationController
    from reader.ui.article.caret import CaretBrowsing
    from reader.ui.article.contents import ContentsMenu
    from reader.ui.article.copying import CopyActions
    from reader.ui.article.find_bar import FindBar
    from reader.ui.article.printing import PrintActions
    from reader.ui.article.reading_prefs import ReadingPrefs
    from reader.ui.article.reading_settings import ReadingSettings
    from reader.ui.library.panel import LibraryPanel
    from reader.ui.script.options import ScriptOptionsControl
    from reader.ui.script.toggle import ScriptToggle
    from reader.ui.window.history import NavigationHistory
    from reader.ui.window.panes import PaneLayout


class WindowParts(Protocol):
    """What the menus are filled from: the window's parts (the window has them all)."""

    toggle: ScriptToggle
    script_options: ScriptOptionsControl
    panes: PaneLayout
    print_actions: PrintActions
    annotations: AnnotationController
    copy_actions: CopyActions
    find_bar: FindBar
    reading_prefs: ReadingPrefs
    reading_settings: ReadingSettings
    contents: ContentsMenu
    notebook_action: QAction
    caret: CaretBrowsing
    library: LibraryPanel
    history: NavigationHistory


class WindowMenus(QObject):
    """Builds ``window``'s toolbar and menus from ``parts``; see the module documentation."""

    def __init__(
        self,
        window: QMainWindow,
        parts: WindowParts,
        settings: QSettings,
        language: Language,
        data_dir: Path,
    ) -> None:
        super().__init__(window)
        translate = QCoreApplication.translate
        toolbar = QToolBar(translate("MainWindow", "Display"), window)
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.addWidget(QLabel(translate("MainWindow", " Script: "), toolbar))
        parts.toggle.add_to_toolbar(toolbar)
        parts.script_options.add_to_toolbar(toolbar)
        window.addToolBar(toolbar)
        self.toolbar = toolbar
        bars = [toolbar, window.menuBar(), window.statusBar()]
        self.focus_mode = FocusMode(window, parts.panes, bars)

        file_menu = window.menuBar().addMenu(translate("MainWindow", "&File"))
        self.open_action = QAction(translate("MainWindow", "&Open Folder…"), window)
        self.open_action.setShortcut(QKeySequence("Ctrl+O"))
        file_menu.addAction(self.open_action)
        self.search_action = QAction(translate("MainWindow", "&Search Library…"), window)
        self.search_action.setShortcut(QKeySequence("Ctrl+K"))
        file_menu.addAction(self.search_action)
        file_menu.addSeparator()
        file_menu.addAction(parts.print_actions.print_action)
        file_menu.addAction(parts.print_actions.pdf_action)
        file_menu.addSeparator()
        parts.annotations.add_to_file_menu(file_menu)
        file_menu.addSeparator()
        self.quit_action = QAction(translate("MainWindow", "&Quit"), window)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        file_menu.addAction(self.quit_action)

        edit_menu = window.menuBar().addMenu(translate("MainWindow", "&Edit"))
        parts.annotations.add_to_edit_menu(edit_menu)
        parts.script_options.add_to_edit_menu(edit_menu)
        edit_menu.addSeparator()
        parts.copy_actions.add_to_menu(edit_menu)
        edit_menu.addSeparator()
        find = parts.find_bar
        for action in (find.find_action, find.next_action, find.previous_action):
            edit_menu.addAction(action)
            window.addAction(action)

        view_menu = window.menuBar().addMenu(translate("MainWindow", "&View"))
        parts.toggle.add_to_menu(view_menu)
        parts.script_options.add_to_view_menu(view_menu)
        parts.reading_prefs.add_to_menu(view_menu)
        view_menu.addAction(parts.reading_settings.action)
        view_menu.addMenu(parts.contents.menu)
        view_menu.addSeparator()
        view_menu.addAction(parts.panes.list_action)
        parts.annotations.add_to_view_menu(view_menu)
        view_menu.addAction(parts.notebook_action)
        view_menu.addAction(parts.caret.action)
        self.focus_mode.add_to_menu(view_menu)
        view_menu.addSeparator()
        self.language_menu = LanguageMenu(settings, language, window)
        view_menu.addMenu(self.language_menu.menu)

        library_menu = window.menuBar().addMenu(translate("MainWindow", "&Library"))
        # Library → Folders…: the window makes the dialog when first opened.
        self.folders_action = QAction(translate("FoldersDialog", "&Folders…"), window)
        library_menu.addAction(self.folders_action)
        library_menu.addSeparator()
        parts.library.marks.add_to_menu(library_menu)
        window.addAction(parts.toggle.cycle_action)

        go_menu = window.menuBar().addMenu(translate("MainWindow", "&Go"))
        parts.history.add_to_menu(go_menu)
        self.help_menu = HelpMenu(window, data_dir, language)
        window.menuBar().addMenu(self.help_menu.menu)
        self.focus_mode.keep_shortcuts(
            [file_menu, edit_menu, view_menu, library_menu, go_menu, self.help_menu.menu]
        )
