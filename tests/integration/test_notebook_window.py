"""The annotation browser in the real window: View → All Annotations…, live, opening entries."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reader.model.script.modes import DisplayMode
from reader.ui.main_window import MainWindow
from tests.integration.test_annotations import CTRL_SHIFT, _press, _select

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")

POSTS = {
    "a.md": "---\ntitle: 臺灣的軟體\ndate: 2021-01-01\n---\n\n臺灣的軟體產業很發達，晶片也是。\n",
    "b.md": "---\ntitle: 第二篇\ndate: 2021-01-02\n---\n\n另一篇文章講的是天氣與交通。\n",
}


def _window(qtbot: QtBot, data_dir: Path, tmp_path: Path) -> MainWindow:
    folder = tmp_path / "lib"
    folder.mkdir()
    for name, text in POSTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    window = MainWindow(data_dir, [folder])
    qtbot.addWidget(window)
    window.resize(1200, 700)
    window.show()
    qtbot.waitSignals([window.library_loaded, window.article_shown], timeout=20000).wait()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
    return window


def test_the_browser_follows_new_highlights_and_opens_them(
    qtbot: QtBot, data_dir: Path, tmp_path: Path
) -> None:
    window = _window(qtbot, data_dir, tmp_path)
    notebook = window.notebook
    with qtbot.waitSignal(notebook.listed, timeout=10000):
        qtbot.keyClick(window.article, Qt.Key.Key_A, CTRL_SHIFT)  # View → All Annotations…
    assert notebook.isVisible() and notebook.model.rowCount() == 0
    assert notebook.count.text() == "0 annotations shown · 0 in all"
    # A highlight made in the article appears in the open browser.
    shown = window.current_document
    assert shown is not None
    quote = "晶片" if "晶片" in shown.text else "天氣"
    window.activateWindow()  # back to the article, as a click on it would
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
    _select(window, quote)
    with qtbot.waitSignal(notebook.listed, timeout=10000):
        _press(qtbot, window, "H", CTRL_SHIFT)
    assert notebook.model.rowCount() == 1
    assert str(notebook.model.index(0).data()).startswith(f"“{quote}”")
    # The display script follows the window's.
    window.toggle.set_mode(DisplayMode.SIMPLIFIED)
    window.toggle.mode_changed.emit(DisplayMode.SIMPLIFIED.value)
    qtbot.waitUntil(lambda: window.mode is DisplayMode.SIMPLIFIED, timeout=20000)
    simplified = {"晶片": "晶片", "天氣": "天气"}[quote]
    assert str(notebook.model.index(0).data()).startswith(f"“{simplified}”")
    # Opening the entry from the browser, with another document shown, shows its article
    # with the highlight selected.
    other = next(r for r in range(window.list_view.model().rowCount())
                 if window.list_view.model().index(r, 0).data(Qt.ItemDataRole.DisplayRole)
                 != window.list_view.currentIndex().data(Qt.ItemDataRole.DisplayRole))  # fmt: skip
    with qtbot.waitSignal(window.article_shown, timeout=20000):
        window.list_view.setCurrentIndex(window.list_view.model().index(other, 0))
    notebook.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is notebook, timeout=5000)
    notebook.list.setFocus()
    notebook.list.setCurrentIndex(notebook.model.index(0))
    with qtbot.waitSignal(window.article_shown, timeout=20000) as opened:
        qtbot.keyClick(notebook.list, Qt.Key.Key_Return)
    assert opened.args == [str(shown.path)]
    assert window.article.textCursor().selectedText() == simplified
    window.close()
