"""View → Contents jumps to a heading; the status bar shows the percentage read and time left."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from reader.model.script.modes import DisplayMode
from reader.ui.main_window import MainWindow
from tests.conftest import FIXTURES, SAMPLES

GUIDE = FIXTURES / "tools" / "guide.md"

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def _open(qtbot: QtBot, data_dir: Path, path: Path) -> MainWindow:
    window = MainWindow(data_dir, [path])
    qtbot.addWidget(window)
    window.resize(900, 500)
    window.show()
    qtbot.waitSignals([window.library_loaded, window.article_shown], timeout=10000).wait()
    return window


def _contents(window: MainWindow) -> list[str]:
    view_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    menu = next(a.menu() for a in view_menu.actions() if a.text() == "&Contents")
    menu.aboutToShow.emit()  # what opening the menu does
    return [a.text() for a in menu.actions()]


def test_contents_lists_headings_in_the_display_script_and_jumps(
    qtbot: QtBot, data_dir: Path
) -> None:
    window = _open(qtbot, data_dir, GUIDE)
    assert _contents(window) == [
        "第一部分：软件",
        "第二部分：网络",
        "\u2003小节：密码",
        "第三部分：总结",
    ]
    with qtbot.waitSignals([window.mode_applied, window.article_shown], timeout=10000):
        window.toggle.variant_actions[DisplayMode.TAIWAN].trigger()
    assert _contents(window)[0] == "第一部分：軟體"
    doc = window.current_document
    assert doc is not None
    menu = window.contents.menu
    target = doc.text.index("第三部分")
    next(a for a in menu.actions() if a.text().startswith("第三部分")).trigger()
    top = window.article.current_position().offset
    assert abs(top - target) <= 2  # the heading is at the top of the view
    assert window.article.hasFocus() or not window.isActiveWindow()
    window.close()


def test_progress_in_the_status_bar(qtbot: QtBot, data_dir: Path) -> None:
    window = _open(qtbot, data_dir, GUIDE)
    label = window.progress
    assert label.isVisible()
    # The label says it on the turn of the event loop after the article is shown.
    qtbot.waitUntil(lambda: label.text().startswith("0% · "))
    assert label.text().endswith(" min left")
    minutes = int(label.text().split(" · ")[1].split()[0])
    # 1,074 Chinese characters and 168 English words: 3.6 + 0.7 minutes, rounded up.
    assert minutes == 5
    bar = window.article.verticalScrollBar()
    window.article.setFocus()
    # A page or two down, not to the end (the panes the window keeps change how many pages
    # the article has).
    while bar.value() < bar.maximum() // 3:
        qtbot.keyClick(window.article, Qt.Key.Key_PageDown)
    assert 0 < bar.value() < bar.maximum()
    # The label follows the scroll bar once per turn of the event loop.
    qtbot.waitUntil(lambda: not label.text().startswith("0% "))
    middle = label.text()
    percent = int(middle.split("%")[0])
    assert 0 < percent < 100
    assert int(middle.split(" · ")[1].split()[0]) < minutes
    bar.setValue(bar.maximum())
    qtbot.waitUntil(lambda: label.text() == "100% · finished")
    window.close()


def test_an_article_without_headings(qtbot: QtBot, data_dir: Path) -> None:
    window = _open(qtbot, data_dir, SAMPLES / "000_d043fc81a1e0b39c.txt")
    assert _contents(window) == ["No headings in this article"]
    assert not window.contents.menu.actions()[0].isEnabled()
    window.close()
