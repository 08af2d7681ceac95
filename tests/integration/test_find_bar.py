"""Find in article (Ctrl+F) in the real window: across scripts, in every display mode."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from reader.model.script.modes import DisplayMode
from reader.ui.article.find_bar import LAYER, FindBar
from reader.ui.main_window import MainWindow
from tests.integration.script_library import (
    FIND_POST,
    SIMPLIFIED_POST,
    TRADITIONAL_SAMPLE,
    choose_mode,
    make_library,
    open_window,
    show_document,
)


@pytest.fixture
def window(qtbot: QtBot, data_dir: Path, tmp_path: Path) -> MainWindow:
    win = open_window(qtbot, data_dir, make_library(tmp_path / "library"))
    yield win
    win.close()


def find(qtbot: QtBot, window: MainWindow, query: str) -> FindBar:
    """Ctrl+F in the article, then type ``query`` into the bar."""
    bar = window.find_bar
    qtbot.keyClick(window.article, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert bar.isVisible() and bar.field.hasFocus()
    bar.field.clear()
    type_text(bar.field, query)
    assert bar.field.text() == query
    return bar


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` key by key, as an input method delivers it (QTest.keyClicks aborts on
    characters outside Latin-1)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
            QApplication.sendEvent(widget, event)


def highlighted(window: MainWindow) -> list[str]:
    """The displayed text under every find highlight, in order."""
    selections = window.article.layer(LAYER)
    texts = [s.cursor.selectedText() for s in selections]  # type: ignore[attr-defined]
    # The current hit is drawn last: put it back in its place.
    starts = [s.cursor.selectionStart() for s in selections]  # type: ignore[attr-defined]
    return [t for _, t in sorted(zip(starts, texts, strict=True))]


@pytest.mark.parametrize(
    ("mode", "shown"),
    [
        (DisplayMode.ORIGINAL, "亞美尼亞"),
        (DisplayMode.SIMPLIFIED, "亚美尼亚"),
        (DisplayMode.TAIWAN, "亞美尼亞"),
        (DisplayMode.MAINLAND, "亚美尼亚"),
    ],
)
def test_a_simplified_query_finds_traditional_text_in_every_mode(
    qtbot: QtBot, window: MainWindow, mode: DisplayMode, shown: str
) -> None:
    show_document(qtbot, window, window_path(window, TRADITIONAL_SAMPLE))
    if mode is not DisplayMode.ORIGINAL:
        choose_mode(qtbot, window, mode)
    doc = window.current_document
    assert doc is not None
    expected = doc.text.count("亞美尼亞")
    bar = find(qtbot, window, "亚美尼亚")
    assert len(bar.hits) == expected > 10
    assert highlighted(window) == [shown] * expected
    assert all(doc.text[s:e] == "亞美尼亞" for s, e in bar.hits)
    assert bar.count_label.text() == f"{bar.current + 1} of {expected}"
    # The reverse: a Traditional query finds the same text.
    bar.field.setText("亞美尼亞")
    assert highlighted(window) == [shown] * expected


def window_path(window: MainWindow, fixture: Path) -> Path:
    """Where the copy of ``fixture`` lives in the window's library."""
    return window.library.roots[0] / fixture.name


def test_next_previous_count_and_no_matches(qtbot: QtBot, window: MainWindow) -> None:
    show_document(qtbot, window, window_path(window, TRADITIONAL_SAMPLE))
    bar = find(qtbot, window, "亚美尼亚")
    total = len(bar.hits)
    assert bar.current == 0 and bar.count_label.text() == f"1 of {total}"
    qtbot.keyClick(bar.field, Qt.Key.Key_Return)
    assert bar.count_label.text() == f"2 of {total}"
    qtbot.keyClick(bar.field, Qt.Key.Key_F3)
    assert bar.count_label.text() == f"3 of {total}"
    qtbot.keyClick(bar.field, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(bar.field, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert bar.count_label.text() == f"1 of {total}"
    # Backwards from the first wraps to the last, which is scrolled into view.
    qtbot.keyClick(bar.field, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert bar.count_label.text() == f"{total} of {total}"
    current = window.article.layer(LAYER)[-1].cursor  # type: ignore[attr-defined]
    assert current.selectedText() == "亞美尼亞"
    assert current.selectionStart() == window.article.pane_map.qt_range(*bar.hits[-1])[0]
    rect = window.article.cursorRect(current)
    assert window.article.verticalScrollBar().value() > 0
    assert rect.top() >= 0 and rect.bottom() <= window.article.viewport().height()
    # F3 from the article itself goes on too.
    window.article.setFocus()
    qtbot.keyClick(window.article, Qt.Key.Key_F3)
    assert bar.count_label.text() == f"1 of {total}"

    bar.field.setText("不存在的詞語")
    assert bar.count_label.text() == "no matches"
    assert bar.hits == [] and window.article.layer(LAYER) == []
    assert "background" in bar.field.styleSheet()
    bar.field.setText("亞美")
    assert bar.field.styleSheet() == ""
    qtbot.keyClick(bar.field, Qt.Key.Key_Escape)
    assert not bar.isVisible()
    assert window.article.layer(LAYER) == []
    assert window.article.hasFocus()


def test_displayed_phrasing_is_found(qtbot: QtBot, window: MainWindow) -> None:
    show_document(qtbot, window, window_path(window, FIND_POST))
    choose_mode(qtbot, window, DisplayMode.MAINLAND)
    bar = find(qtbot, window, "互联网")
    assert highlighted(window) == ["互联网"]
    doc = window.current_document
    assert doc is not None
    assert [doc.text[s:e] for s, e in bar.hits] == ["網際網路"]
    # In Original the same query finds nothing: 網際網路 is not 互联网 character by character.
    choose_mode(qtbot, window, DisplayMode.ORIGINAL)
    assert bar.count_label.text() == "no matches"
    # Non-BMP text before and inside the match: UTF-16 positions are right.
    bar.field.setText("😀 亚美尼亚与阿塞拜疆")
    assert bar.count_label.text() == "no matches"  # Original shows 亞塞拜然, not 阿塞拜疆
    choose_mode(qtbot, window, DisplayMode.MAINLAND)
    assert highlighted(window) == ["😀 亚美尼亚与阿塞拜疆"]
    bar.field.setText("𫫇字😀")
    assert highlighted(window) == ["𫫇字😀"]


def test_hits_follow_a_script_toggle_and_another_document(qtbot: QtBot, window: MainWindow) -> None:
    show_document(qtbot, window, window_path(window, FIND_POST))
    bar = find(qtbot, window, "亚美尼亚")
    qtbot.keyClick(bar.field, Qt.Key.Key_Return)
    kept = bar.hits[bar.current]
    assert highlighted(window) == ["亞美尼亞", "亞美尼亞"]
    for mode, shown in (
        (DisplayMode.SIMPLIFIED, "亚美尼亚"),
        (DisplayMode.TAIWAN, "亞美尼亞"),
        (DisplayMode.MAINLAND, "亚美尼亚"),
        (DisplayMode.ORIGINAL, "亞美尼亞"),
    ):
        choose_mode(qtbot, window, mode)
        assert highlighted(window) == [shown, shown], mode
        assert bar.hits[bar.current] == kept
        assert bar.count_label.text() == "2 of 2"
    # Another document: searched anew.
    show_document(qtbot, window, window_path(window, SIMPLIFIED_POST))
    assert bar.count_label.text() == "no matches"
    bar.field.setText("軟體")  # Traditional (Taiwan) wording of a Simplified post
    assert highlighted(window) == []  # 软件 is not 軟體 character by character
    choose_mode(qtbot, window, DisplayMode.TAIWAN)
    assert highlighted(window) == ["軟體"]


def test_thousands_of_hits_are_drawn_near_the_view(
    qtbot: QtBot, data_dir: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    paragraphs = "\n".join(f"<p>第{i}段：亞美尼亞與亞塞拜然。</p>" for i in range(1500))
    (folder / "2021-03-03-many.md").write_text(
        f"---\ntitle: 很多\n---\n{paragraphs}\n", encoding="utf-8"
    )
    window = open_window(qtbot, data_dir, folder)
    bar = find(qtbot, window, "亚美尼亚")
    assert bar.count_label.text() == "1 of 1500"
    drawn = window.article.layer(LAYER)
    assert 0 < len(drawn) < 300
    qtbot.keyClick(bar.field, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert bar.count_label.text() == "1500 of 1500"
    view = window.article
    current = view.layer(LAYER)[-1].cursor  # type: ignore[attr-defined]
    assert current.selectionStart() == view.pane_map.qt_range(*bar.hits[-1])[0]
    rect = view.cursorRect(current)
    assert rect.top() >= 0 and rect.bottom() <= view.viewport().height()
    # Scrolling back to the top draws the hits there.
    view.verticalScrollBar().setValue(0)
    first_qt = view.pane_map.qt_range(*bar.hits[0])[0]
    qtbot.waitUntil(
        lambda: any(
            s.cursor.selectionStart() == first_qt  # type: ignore[attr-defined]
            for s in view.layer(LAYER)
        ),
        timeout=3000,
    )
    assert all(s.cursor.selectedText() == "亞美尼亞" for s in view.layer(LAYER))  # type: ignore[attr-defined]
    window.close()
