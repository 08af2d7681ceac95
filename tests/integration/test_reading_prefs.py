"""Reading preferences in the main window: View-menu entries and what is
remembered across a restart (text size, theme, reading position)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from reader.ui.article.reading_prefs import Theme, style_sheet
from reader.ui.main_window import MainWindow
from tests.conftest import SAMPLES

CNA = SAMPLES / "001_9d316e97139cf3b5.txt"


def _open(qtbot: QtBot, data_dir: Path, paths: list[Path]) -> MainWindow:
    window = MainWindow(data_dir, paths)
    qtbot.addWidget(window)
    window.resize(1000, 600)
    window.show()
    with qtbot.waitSignal(window.article_shown, timeout=10000):
        pass
    return window


def test_themes_differ() -> None:
    sheets = {style_sheet(t, 12) for t in (Theme.LIGHT, Theme.SEPIA, Theme.DARK)}
    assert len(sheets) == 3


# The offscreen platform warns that it cannot propagate a main window's size hints.
@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_view_menu_and_memory_across_restarts(qtbot: QtBot, data_dir: Path) -> None:
    window = _open(qtbot, data_dir, [CNA])
    view_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    texts = [a.text() for a in view_menu.actions()]
    assert "&Larger Text" in texts and "Theme: &Dark" in texts
    assert window.reading_prefs.bigger_action.shortcuts()[0].toString() == "Ctrl+="
    header = window.article.toPlainText().split("\n")[1]
    assert header.startswith("2020-10-26 ")  # the day unambiguous, whatever the locale

    window.reading_prefs.bigger_action.trigger()
    window.reading_prefs.set_theme(Theme.DARK)
    bar = window.article.verticalScrollBar()
    assert bar.maximum() > 200
    bar.setValue(bar.maximum() // 2)
    place = window.article.current_position()
    window.close()

    again = _open(qtbot, data_dir, [CNA])
    assert again.reading_prefs.point_size == 13
    assert again.reading_prefs.theme is Theme.DARK
    assert abs(again.article.current_position().offset - place.offset) < 200
    again.reading_prefs.set_theme(Theme.SYSTEM)  # gives the application its own palette back
    again.close()
