"""The window at any size: the article keeps a readable width and the reader's place; side
panes shrink, collapse and say how to come back; the first window fits its screen (also at
twice the scale)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics, QTextCursor
from pytestqt.qtbot import QtBot

from reader.ui.article.view import READABLE_EM, ArticleView
from reader.ui.main_window import MainWindow
from tests.conftest import ROOT
from tests.integration.long_library import LONG_NAME, make_long_library
from tests.integration.script_library import open_window, show_document

SIZES = [(640, 480), (800, 600), (1024, 768), (1366, 768), (1920, 1080), (2560, 1440)]


@pytest.fixture
def library(tmp_path: Path) -> Path:
    return make_long_library(tmp_path / "library")


@pytest.fixture
def window(qtbot: QtBot, data_dir: Path, library: Path) -> Iterator[MainWindow]:
    win = open_window(qtbot, data_dir, library)
    show_document(qtbot, win, library / LONG_NAME)
    yield win
    win.close()


def settle(qtbot: QtBot) -> None:
    qtbot.wait(30)  # the event loop runs: layouts and the deferred fits happen


def scroll_to_middle(view: ArticleView) -> int:
    """Scroll as the reader does (the scroll bar) to the middle; the original offset at the top."""
    bar = view.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    offset = view.current_position().offset
    assert offset > 1000
    return offset


def line_of(view: ArticleView, offset: int) -> int:
    """How far (pixels) from the top of the pane the original offset's line is."""
    assert view.pane_map is not None
    qt = view.pane_map.qt_position(view.pane_map.text.to_display(offset))
    assert qt is not None
    cursor = QTextCursor(view.document())
    cursor.setPosition(qt)
    return view.cursorRect(cursor).top()


def assert_kept(view: ArticleView, offset: int) -> None:
    top = line_of(view, offset)
    # Within two lines of the text (a jump would be screens away).
    height = QFontMetrics(view.document().defaultFont()).lineSpacing() * 2 * 1.6
    assert -height <= top <= height, f"the reader's line is {top}px from the top"


def test_readable_width_and_kept_place_at_every_size(qtbot: QtBot, window: MainWindow) -> None:
    offset = scroll_to_middle(window.article)
    for width, height in SIZES + SIZES[::-1]:
        window.resize(width, height)
        settle(qtbot)
        assert window.width() == width
        chars = window.article.characters_per_line()
        assert chars >= READABLE_EM, (width, chars)
        assert_kept(window.article, offset)
        hidden = window.panes.hidden_for_room
        assert window.panes.hint.isVisible() == bool(hidden)
        if width <= 640:
            assert hidden  # no room for everything: something went, and the hint says so
            assert "Ctrl+Shift+P" in window.panes.hint.text()
        if width >= 1366:
            assert not hidden and window.library.isVisible()
            assert window.annotations.panel.isVisible()


def test_side_panes_come_back_when_there_is_room(qtbot: QtBot, window: MainWindow) -> None:
    window.resize(560, 480)
    settle(qtbot)
    assert not window.library.isVisible() and not window.annotations.panel.isVisible()
    assert "Ctrl+Shift+L" in window.panes.hint.text()
    assert not window.panes.list_action.isChecked()
    window.resize(1400, 800)
    settle(qtbot)
    assert window.library.isVisible() and window.annotations.panel.isVisible()
    assert window.panes.list_action.isChecked() and window.annotations.panel_action.isChecked()
    assert not window.panes.hint.isVisible()


def test_showing_a_hidden_pane_in_a_small_window_hides_the_other(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.resize(640, 480)
    settle(qtbot)
    assert window.library.isVisible() and not window.annotations.panel.isVisible()
    qtbot.keyClick(
        window.article,
        Qt.Key.Key_P,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    settle(qtbot)
    assert window.annotations.panel.isVisible() and not window.library.isVisible()
    assert window.article.characters_per_line() >= READABLE_EM


def test_the_list_narrows_below_400_pixels(qtbot: QtBot, window: MainWindow) -> None:
    window.resize(1400, 800)
    settle(qtbot)
    sizes = window.splitter.sizes()
    window.splitter.setSizes([220, sizes[1] + sizes[0] - 220, sizes[2]])
    window.splitter.splitterMoved.emit(220, 1)
    settle(qtbot)
    assert window.splitter.sizes()[0] == 220
    assert window.library.filters.width() <= 220


def test_place_kept_through_zoom_and_panes(qtbot: QtBot, window: MainWindow) -> None:
    window.resize(1200, 800)
    settle(qtbot)
    offset = scroll_to_middle(window.article)
    ctrl = Qt.KeyboardModifier.ControlModifier
    for key in (Qt.Key.Key_Equal, Qt.Key.Key_Equal, Qt.Key.Key_Minus, Qt.Key.Key_0):
        qtbot.keyClick(window.article, key, ctrl)
        settle(qtbot)
        assert_kept(window.article, offset)
    for action in (window.panes.list_action, window.annotations.panel_action) * 2:
        action.trigger()
        settle(qtbot)
        assert_kept(window.article, offset)
    window.focus_mode.set_focus(True)
    settle(qtbot)
    assert_kept(window.article, offset)


def test_first_window_fits_a_scaled_screen(tmp_path: Path, library: Path) -> None:
    # A 1600×1000 screen at QT_SCALE_FACTOR=2, as the offscreen platform can be told to be.
    config = tmp_path / "screen.json"
    config.write_text(
        json.dumps({"screens": [{"name": "s", "x": 0, "y": 0, "width": 1600, "height": 1000}]})
    )
    env = dict(os.environ, QT_SCALE_FACTOR="2", QT_QPA_PLATFORM=f"offscreen:configfile={config}")
    # The probe is a module of the tests: found through PYTHONPATH, as the reader's own start-up
    # (PYTHONSAFEPATH, for every child) keeps the working folder off sys.path.
    env["PYTHONPATH"] = str(ROOT)
    data = tmp_path / "scaled-data"
    data.mkdir()
    out = subprocess.run(
        [sys.executable, "-m", "tests.integration.long_library", str(data), str(library)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert out.returncode == 0, out.stderr[-3000:]
    seen = json.loads(out.stdout.strip().splitlines()[-1])
    assert seen["ratio"] == 2 and seen["screen"] == [800, 500]
    x, y, w, h = seen["window"]
    assert x >= 0 and y >= 0 and x + w <= 800 and y + h <= 500
    assert seen["characters"] >= READABLE_EM
