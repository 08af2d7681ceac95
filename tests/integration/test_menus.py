"""The window's menus and shortcuts: every menu lists the same entries, in the same order, with
the same shortcuts, as before the menus moved to ``reader.ui.window.menus``; and a shortcut works
as soon as the window shows, before anything else is waited for."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from reader.ui.main_window import MainWindow
from tests.integration.script_library import make_library, open_window

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier

Entry = str | tuple[str, "list[Entry] | str"]

# Each entry: its text, [its shortcuts] and ☐ when it can be ticked; a submenu as (title,
# entries); "----" a separator. Contents lists the article's headings (its own tests).
EXPECTED: list[tuple[str, list[Entry]]] = [
    (
        "&File",
        [
            "&Open Folder… [Ctrl+O]",
            "&Search Library… [Ctrl+K]",
            "----",
            "&Print… [Ctrl+P]",
            "Save as P&DF…",
            "----",
            "&Export Annotations…",
            "&Import Annotations…",
            "----",
            "&Quit",
        ],
    ),
    (
        "&Edit",
        [
            "&Undo [Ctrl+Z]",
            "&Redo [Ctrl+Y Alt+Shift+Backspace Ctrl+Shift+Z Redo]",
            "----",
            "&Highlight [Ctrl+Shift+H]",
            ("Highlight &In", ["Yellow", "Green", "Blue", "Pink", "Purple"]),
            "Add &Note… [Ctrl+Shift+M]",
            "Always &Show This As…",
            "Never &Convert This",
            "----",
            "Copy as &Plain Text [Ctrl+Shift+C]",
            "Copy as &Markdown with Source",
            "Copy as &Quotation",
            "----",
            "&Find in Article… [Ctrl+F]",
            "Find &Next [F3]",
            "Find &Previous [Shift+F3]",
        ],
    ),
    (
        "&View",
        [
            "Original ☐",
            "繁 ☐",
            "简 ☐",
            (
                "&Traditional Form",
                ["&Standard Traditional (OpenCC) ☐", "&Taiwan (软件 → 軟體) ☐", "&Hong Kong ☐"],
            ),
            (
                "&Simplified Form",
                ["&Standard Simplified (OpenCC) ☐", "&Mainland Phrasing (網際網路 → 互联网) ☐"],
            ),
            "Cycle Display Script [Ctrl+Shift+T]",
            "Regional &Vocabulary ☐",
            (
                "台/臺 in the Ta&iwan Form",
                ["As Taiwan's &Writers Do ☐", "Always 台 ☐", "Always 臺 ☐"],
            ),
            "Conversion &Rules…",
            "----",
            "&Larger Text [Ctrl+= Ctrl++]",
            "&Smaller Text [Ctrl+-]",
            "&Actual Size [Ctrl+0]",
            "----",
            "Theme: Follow &System ☐",
            "Theme: L&ight ☐",
            "Theme: Se&pia ☐",
            "Theme: &Dark ☐",
            "&Reading Settings…",
            ("&Contents", "…"),
            "----",
            "Library &List [Ctrl+Shift+L F9] ☐",
            "&Annotations Panel [Ctrl+Shift+P] ☐",
            "All &Annotations… [Ctrl+Shift+A]",
            "&Caret Browsing [F7] ☐",
            "&Full Screen [F11] ☐",
            "F&ocus Mode [Ctrl+Shift+F] ☐",
            "----",
            ("&Language", ["繁體中文 ☐", "简体中文 ☐", "English ☐"]),
        ],
    ),
    (
        "&Library",
        [
            "&Folders…",
            "----",
            "&Next Unread [N]",
            "Mark as &Unread [U]",
            "&Star [S]",
            "----",
            "Mark &All Listed as Read",
            "Mark &Older as Read…",
        ],
    ),
    (
        "&Go",
        [
            "&Back [Alt+Left Backspace Back]",
            "&Forward [Alt+Right Shift+Backspace Forward]",
            "----",
            "&Top of Article [Ctrl+Home]",
            "&End of Article [Ctrl+End]",
        ],
    ),
    (
        "&Help",
        ["&Keyboard Shortcuts… [Ctrl+/]", "&User Guide… [F1]", "----", "&About Tongwen Reader…"],
    ),
]


def entries(menu: QMenu) -> list[Entry]:
    """What ``menu`` shows, as in EXPECTED."""
    shown: list[Entry] = []
    for action in menu.actions():
        sub = action.menu()
        if action.isSeparator():
            shown.append("----")
        elif isinstance(sub, QMenu):
            shown.append((sub.title(), "…" if sub.title() == "&Contents" else entries(sub)))
        else:
            keys = " ".join(k.toString() for k in action.shortcuts())
            ticked = " ☐" if action.isCheckable() else ""
            shown.append(action.text() + (f" [{keys}]" if keys else "") + ticked)
    return shown


def menu_actions(menu: QMenu) -> list[QAction]:
    found: list[QAction] = []
    for action in menu.actions():
        sub = action.menu()
        found += menu_actions(sub) if isinstance(sub, QMenu) else [action]
    return found


def test_every_menu_shows_the_same_entries(qtbot: QtBot, data_dir: Path, tmp_path: Path) -> None:
    window = open_window(qtbot, data_dir, make_library(tmp_path / "library"))
    # The shown article is marked read a moment after it shows (then the entry says Unread).
    read_mark = window.library.marks.toggle_read_action
    qtbot.waitUntil(lambda: read_mark.text() == "Mark as &Unread", timeout=5000)
    bar = window.menuBar()
    assert [(a.text(), entries(a.menu())) for a in bar.actions()] == EXPECTED
    # Every entry with a shortcut is the window's too: it works while the menu bar is hidden.
    for action in bar.actions():
        for entry in menu_actions(action.menu()):
            if not entry.shortcut().isEmpty():
                assert entry in window.actions(), entry.text()
    assert [a.text() for a in window.toolbar.actions() if a.text()] == [
        "Original",
        "Regional &Vocabulary",
    ]
    window.close()


def test_a_shortcut_works_as_soon_as_the_window_shows(
    qtbot: QtBot, data_dir: Path, tmp_path: Path
) -> None:
    window = MainWindow(data_dir, [make_library(tmp_path / "library")])
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
    target = QApplication.focusWidget() or window
    qtbot.keyClick(target, Qt.Key.Key_K, CTRL)  # File ▸ Search Library…
    assert window.search_panel.box.hasFocus()
    assert window.panes.list_action.isChecked()
    qtbot.keyClick(window.search_panel.box, Qt.Key.Key_L, CTRL | SHIFT)  # View ▸ Library List
    assert not window.panes.list_action.isChecked()
    with qtbot.waitSignal(window.article_shown, timeout=20000):
        pass
    window.close()
