"""The Help menu in the real window: shortcuts from the window's own actions, guide, About."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox, QTableWidget, QTextBrowser
from pytestqt.qtbot import QtBot

from reader import __version__
from reader.ui.help import GUIDE_SECTIONS, README, guide_markdown
from reader.ui.main_window import MainWindow
from tests.conftest import ROOT
from tests.ui.translated import translated

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.fixture
def window(qtbot: QtBot, data_dir: Path) -> Iterator[MainWindow]:
    win = MainWindow(data_dir)
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.article_shown, timeout=20000):
        win.show()
    yield win
    win.close()


def _help_menu(win: MainWindow) -> QMenu:
    menus = [a.menu() for a in win.menuBar().actions()]
    found = [m for m in menus if isinstance(m, QMenu) and m.title() == "&Help"]
    assert len(found) == 1
    return found[0]


def _trigger(win: MainWindow, text: str) -> None:
    actions = [a for a in _help_menu(win).actions() if a.text() == text]
    assert len(actions) == 1
    actions[0].trigger()


def _table(win: MainWindow) -> list[tuple[str, str, str]]:
    dialog = win.help_menu.dialog
    assert dialog is not None and dialog.isVisible()
    table = dialog.findChild(QTableWidget, "shortcutTable")
    assert isinstance(table, QTableWidget)
    return [
        tuple(table.item(r, c).text() for c in range(3))  # type: ignore[misc]
        for r in range(table.rowCount())
    ]


def test_the_shortcut_list_holds_every_action_with_a_key(window: MainWindow) -> None:
    _trigger(window, "&Keyboard Shortcuts…")
    rows = _table(window)
    native = QKeySequence.SequenceFormat.NativeText
    assert ("File", "Open Folder", QKeySequence("Ctrl+O").toString(native)) in rows
    assert ("Edit", "Highlight", QKeySequence("Ctrl+Shift+H").toString(native)) in rows
    assert ("View", "All Annotations", QKeySequence("Ctrl+Shift+A").toString(native)) in rows
    assert ("Help", "Keyboard Shortcuts", QKeySequence("Ctrl+/").toString(native)) in rows
    # Every action of the window that has a key is listed, once: the list is built from them.
    keyed = {
        a.shortcut().toString(native)
        for a in window.findChildren(QAction)
        if not a.shortcut().isEmpty() and (a.associatedObjects())
    }
    assert keyed <= {keys.split(", ")[0] for _, _, keys in rows}
    assert len(rows) == len({(m, c) for m, c, _ in rows})


def test_a_new_action_appears_without_touching_the_help(window: MainWindow) -> None:
    action = QAction("Brand New Thing", window)
    action.setShortcut(QKeySequence("Ctrl+Alt+J"))
    window.addAction(action)
    _trigger(window, "&Keyboard Shortcuts…")
    native = QKeySequence.SequenceFormat.NativeText
    assert ("", "Brand New Thing", QKeySequence("Ctrl+Alt+J").toString(native)) in _table(window)


def test_the_user_guide_shows_the_readme_user_sections(window: MainWindow) -> None:
    _trigger(window, "&User Guide…")
    dialog = window.help_menu.dialog
    assert dialog is not None
    browser = dialog.findChild(QTextBrowser, "userGuide")
    assert isinstance(browser, QTextBrowser)
    text = browser.toPlainText()
    assert "Start it" in text and "Where data lives" in text
    assert "Run the tests" not in text and "Development" not in text
    assert not browser.openLinks()
    assert browser.verticalScrollBar().value() == 0  # it opens at the top


@pytest.mark.parametrize(
    ("language", "menu", "heading", "sentence"),
    [
        ("zh_TW", "使用說明(&U)…", "啟動", "文件一律視為不可信任的內容"),
        ("zh_CN", "用户指南(&U)…", "启动", "文档一律被视为不可信的内容"),
    ],
)
def test_the_user_guide_is_in_the_interface_language(
    qtbot: QtBot, data_dir: Path, language: str, menu: str, heading: str, sentence: str
) -> None:
    with translated(language) as chosen:
        win = MainWindow(data_dir, language=chosen)
        qtbot.addWidget(win)
        with qtbot.waitSignal(win.article_shown, timeout=20000):
            win.show()
        action = win.help_menu.guide_action
        assert action.text() == menu
        action.trigger()
        dialog = win.help_menu.dialog
        assert dialog is not None and dialog.isVisible()
        assert dialog.windowTitle() == menu.replace("(&U)…", "")
        browser = dialog.findChild(QTextBrowser, "userGuide")
        assert isinstance(browser, QTextBrowser)
        first = browser.document().begin()
        assert first.blockFormat().headingLevel() == 2 and first.text() == heading
        text = browser.toPlainText()
        assert sentence in text
        assert "Start it" not in text and "**" not in text and "docs/" not in text
        assert browser.verticalScrollBar().value() == 0
        # Every menu path the guide names (in bold: 檢視 → 閱讀設定…) is one of the window's.
        guide = (ROOT / "docs" / f"guide.{language}.md").read_text(encoding="utf-8")
        named = {
            tuple(part.strip() for part in span.split("→"))
            for span in re.findall(r"\*\*(.+?)\*\*", guide)
            if "→" in span
        }
        assert len(named) > 10
        assert named <= _menu_paths(win)
        win.close()


def _menu_paths(win: MainWindow) -> set[tuple[str, ...]]:
    """Every menu, submenu and command of the menu bar as its path of texts as shown."""
    paths: set[tuple[str, ...]] = set()

    def walk(menu: QMenu, path: tuple[str, ...]) -> None:
        paths.add(path)
        for action in menu.actions():
            here = (*path, re.sub(r"\(&.\)|&(?=.)", "", action.text()))
            sub = action.menu()
            if isinstance(sub, QMenu):
                walk(sub, here)
            elif not action.isSeparator():
                paths.add(here)

    for top in win.menuBar().actions():
        menu = top.menu()
        if isinstance(menu, QMenu):
            walk(menu, (re.sub(r"\(&.\)|&(?=.)", "", top.text()),))
    return paths


def test_the_guide_drops_pictures_and_html() -> None:
    readme = "\n".join(
        [
            "# Title",
            "## Using it",
            "![a picture](docs/x.png)",
            '<img src="/etc/passwd"> **bold**',
            "## Development",
            "secret",
        ]
    )
    text = guide_markdown(readme)
    assert "docs/x.png" not in text and "secret" not in text and "**bold**" in text
    assert set(GUIDE_SECTIONS) <= {
        line[3:] for line in README.read_text(encoding="utf-8").splitlines() if line[:3] == "## "
    }


def test_html_in_the_guide_is_shown_as_text(window: MainWindow, monkeypatch: pytest.MonkeyPatch,
                                            tmp_path: Path) -> None:  # fmt: skip
    readme = tmp_path / "README.md"
    readme.write_text('## Using it\n\n<img src="/dev/stdin"><b>not bold</b>\n', encoding="utf-8")
    monkeypatch.setattr("reader.ui.help.README", readme)
    _trigger(window, "&User Guide…")
    dialog = window.help_menu.dialog
    assert dialog is not None
    browser = dialog.findChild(QTextBrowser, "userGuide")
    assert isinstance(browser, QTextBrowser)
    assert "<b>not bold</b>" in browser.toPlainText()


def test_about_says_versions_licences_and_the_data_folder(
    window: MainWindow, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "show", lambda box: shown.append(box))
    _trigger(window, "&About Tongwen Reader…")
    assert len(shown) == 1
    text = shown[0].text()
    for part in (__version__, "PySide6", "OpenCC", "Qt ", "MIT", "LGPL", str(data_dir)):
        assert part in text
    shown[0].close()
