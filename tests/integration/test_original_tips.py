"""Hovering a converted word shows what the source said there."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint
from PySide6.QtGui import QHelpEvent, QTextCursor, QTextDocument
from PySide6.QtWidgets import QApplication, QToolTip
from pytestqt.qtbot import QtBot

from reader.model.script.modes import DisplayMode
from reader.ui.main_window import MainWindow
from reader.ui.plain import TIP_PREFIX
from tests.integration.script_library import (
    FIND_POST,
    SIMPLIFIED_POST,
    choose_mode,
    make_library,
    open_window,
    show_document,
)

# The offscreen platform says this whenever a tooltip window is raised.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise")


@pytest.fixture
def window(qtbot: QtBot, data_dir: Path, tmp_path: Path) -> MainWindow:
    win = open_window(qtbot, data_dir, make_library(tmp_path / "library"))
    yield win
    win.close()


def hover(
    qtbot: QtBot, window: MainWindow, original: str, occurrence: int = 0, at: int = 0
) -> str | None:
    """Send a tooltip event over the ``at``-th shown character of the ``occurrence``-th copy
    of the original text ``original``; the tooltip's text, or None when none is shown."""
    QToolTip.hideText()
    qtbot.waitUntil(lambda: not QToolTip.isVisible(), timeout=3000)
    view = window.article
    doc = window.current_document
    assert doc is not None and view.pane_map is not None
    start = -1
    for _ in range(occurrence + 1):
        start = doc.text.index(original, start + 1)
    qt = view.pane_map.qt_range(start, start + len(original))
    assert qt is not None
    cursor = QTextCursor(view.document())
    cursor.setPosition(qt[0] + at)
    left = view.cursorRect(cursor)
    cursor.movePosition(QTextCursor.MoveOperation.NextCharacter)
    right = view.cursorRect(cursor)
    point = QPoint((left.center().x() + right.center().x()) // 2, left.center().y())
    event = QHelpEvent(QEvent.Type.ToolTip, point, view.viewport().mapToGlobal(point))
    QApplication.sendEvent(view.viewport(), event)
    if not QToolTip.isVisible():
        return None
    tip = QToolTip.text()
    assert tip.startswith(TIP_PREFIX)  # shown as written, never as guessed rich text
    shown = QTextDocument()
    shown.setHtml(tip)
    return shown.toPlainText()


def test_converted_words_show_their_original_form(qtbot: QtBot, window: MainWindow) -> None:
    show_document(qtbot, window, window.library.roots[0] / FIND_POST.name)
    assert hover(qtbot, window, "網際網路") is None  # Original mode: nothing converted
    choose_mode(qtbot, window, DisplayMode.MAINLAND)
    assert hover(qtbot, window, "網際網路") == "原文：網際網路"
    assert (
        hover(qtbot, window, "網際網路", at=2) == "原文：網際網路"
    )  # the whole phrase, anywhere in it
    # After 𫫇 and 😀 (two UTF-16 units each) positions still land on the right word.
    assert hover(qtbot, window, "亞塞拜然", occurrence=1) == "原文：亞塞拜然"
    assert hover(qtbot, window, "見") == "原文：見"  # a single converted character
    assert hover(qtbot, window, "Hello") is None  # unchanged text
    assert hover(qtbot, window, "😀") is None
    choose_mode(qtbot, window, DisplayMode.SIMPLIFIED)
    assert hover(qtbot, window, "網際網路", at=1) == "原文：際"  # character by character in 简
    choose_mode(qtbot, window, DisplayMode.TAIWAN)
    assert (
        hover(qtbot, window, "網際網路") is None
    )  # a Traditional post shown in Taiwan form: as is


def test_a_simplified_post_shows_its_simplified_source(qtbot: QtBot, window: MainWindow) -> None:
    show_document(qtbot, window, window.library.roots[0] / SIMPLIFIED_POST.name)
    choose_mode(qtbot, window, DisplayMode.TAIWAN)
    assert "軟體" in window.article.toPlainText()
    assert hover(qtbot, window, "软件") == "原文：软件"
    assert hover(qtbot, window, "软件", at=1) == "原文：软件"
    choose_mode(qtbot, window, DisplayMode.ORIGINAL)
    assert hover(qtbot, window, "软件") is None
