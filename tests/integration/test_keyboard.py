"""The article with the keyboard only: caret browsing (F7) to select and highlight a phrase,
Tab between the panes, Ctrl+Home / Ctrl+End."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reader.ui.annotations import dialogs as annotation_dialogs
from reader.ui.main_window import MainWindow
from tests.integration.long_library import LONG_NAME, make_long_library, paragraph
from tests.integration.script_library import open_window, show_document

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
NONE = Qt.KeyboardModifier.NoModifier


@pytest.fixture
def window(qtbot: QtBot, data_dir: Path, tmp_path: Path) -> Iterator[MainWindow]:
    library = make_long_library(tmp_path / "library")
    win = open_window(qtbot, data_dir, library)
    win.resize(1200, 800)
    show_document(qtbot, win, library / LONG_NAME)
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win, timeout=5000)
    yield win
    win.close()


def press(qtbot: QtBot, key: Qt.Key, modifiers: Qt.KeyboardModifier = NONE, times: int = 1) -> None:
    """Keys as the user types them: to whatever has the focus."""
    for _ in range(times):
        widget = QApplication.focusWidget()
        assert widget is not None
        qtbot.keyClick(widget, key, modifiers)


def selected_text(window: MainWindow) -> str:
    return window.article.textCursor().selectedText()


def test_caret_browsing_selects_and_highlights_a_phrase(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.list_view.setFocus()
    press(qtbot, Qt.Key.Key_Tab)
    assert window.article.hasFocus()
    press(qtbot, Qt.Key.Key_F7)
    assert window.caret.enabled and window.caret.action.isChecked()
    assert window.article.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByKeyboard
    press(qtbot, Qt.Key.Key_Home, CTRL)  # the caret at the top
    assert window.article.textCursor().position() == 0
    # Down to the second paragraph, to its start, then right past "第2段。" and select 4.
    doc = window.current_document
    assert doc is not None
    while not window.article.textCursor().block().text().startswith("第2段"):
        press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Home)
    press(qtbot, Qt.Key.Key_Right, times=4)
    press(qtbot, Qt.Key.Key_Right, SHIFT, times=4)
    assert selected_text(window) == "亞美尼亞"
    press(qtbot, Qt.Key.Key_H, CTRL | SHIFT)
    store = window.annotations.store
    assert store is not None
    [highlight] = store.anchored(doc)
    start = doc.text.index(paragraph(2)) + 4
    assert (highlight.anchor.start, highlight.anchor.end) == (start, start + 4)
    assert not window.annotations.toolbar.isVisible()
    # Shift+Ctrl+Right selects by words; Ctrl+Shift+M notes the selection.
    press(qtbot, Qt.Key.Key_Right, CTRL | SHIFT)
    chosen = selected_text(window)
    assert chosen and chosen in paragraph(2)
    asked: list[str] = []

    def fake_ask(parent: object, quote: str, note: str = "") -> str:
        asked.append(quote)
        return "a note typed with the keyboard"

    monkeypatch.setattr(annotation_dialogs, "ask_note", fake_ask)
    press(qtbot, Qt.Key.Key_M, CTRL | SHIFT)
    assert asked == [chosen]
    notes = [a.annotation.note for a in store.anchored(doc)]
    assert "a note typed with the keyboard" in notes
    press(qtbot, Qt.Key.Key_F7)
    assert not window.caret.enabled


def test_caret_starts_where_the_reader_is_not_at_the_top(qtbot: QtBot, window: MainWindow) -> None:
    bar = window.article.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    value = bar.value()
    window.article.setFocus()
    press(qtbot, Qt.Key.Key_F7)
    press(qtbot, Qt.Key.Key_Right, SHIFT)
    assert abs(bar.value() - value) < window.article.viewport().height() // 2
    assert window.article.textCursor().position() > 1000


def test_tab_moves_between_panes_without_scrolling(qtbot: QtBot, window: MainWindow) -> None:
    bar = window.article.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    value = bar.value()
    window.list_view.setFocus()
    press(qtbot, Qt.Key.Key_Tab)
    assert window.article.hasFocus() and bar.value() == value
    press(qtbot, Qt.Key.Key_Tab)
    # (No annotations yet: the panel's colour filter, as its list is not shown.)
    assert window.annotations.panel.isAncestorOf(QApplication.focusWidget())
    press(qtbot, Qt.Key.Key_Tab)
    assert window.list_view.hasFocus()
    press(qtbot, Qt.Key.Key_Backtab)
    assert window.annotations.panel.isAncestorOf(QApplication.focusWidget())
    press(qtbot, Qt.Key.Key_Tab, SHIFT)
    assert window.article.hasFocus() and bar.value() == value
    # With the panel hidden, Tab goes from the article back to the list.
    window.annotations.panel_action.trigger()
    press(qtbot, Qt.Key.Key_Tab)
    assert window.list_view.hasFocus()


def test_ctrl_home_and_ctrl_end(qtbot: QtBot, window: MainWindow) -> None:
    bar = window.article.verticalScrollBar()
    window.article.setFocus()
    press(qtbot, Qt.Key.Key_End, CTRL)
    assert bar.value() == bar.maximum() > 0
    press(qtbot, Qt.Key.Key_Home, CTRL)
    assert bar.value() == 0
    window.history.top_action.trigger()
    assert bar.value() == 0
    window.history.end_action.trigger()
    assert bar.value() == bar.maximum()
