"""Copy with citation from the Edit menu and the article's context menu."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication, QTextCursor
from pytestqt.qtbot import QtBot

from reader.model.script.modes import DisplayMode
from reader.ui.main_window import MainWindow
from tests.conftest import SAMPLES

CNA = SAMPLES / "001_9d316e97139cf3b5.txt"
URL = "https://www.cna.com.tw/news/firstnews/202010260100.aspx"
PASSAGE = "兩國再度同意遵守「人道停火」且明起生效"

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def _open(qtbot: QtBot, data_dir: Path) -> MainWindow:
    window = MainWindow(data_dir, [CNA])
    qtbot.addWidget(window)
    window.resize(1200, 700)
    window.show()
    qtbot.waitSignals([window.library_loaded, window.article_shown], timeout=10000).wait()
    return window


def _select(window: MainWindow, passage: str) -> None:
    doc = window.current_document
    pane = window.article.pane_map
    assert doc is not None and pane is not None
    start = doc.text.index(passage)
    qt = pane.qt_range(start, start + len(passage))
    assert qt is not None
    cursor = QTextCursor(window.article.document())
    cursor.setPosition(qt[0])
    cursor.setPosition(qt[1], QTextCursor.MoveMode.KeepAnchor)
    window.article.setTextCursor(cursor)


def _edit_entry(window: MainWindow, text: str) -> None:
    edit = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Edit")
    action = next(a for a in edit.actions() if a.text() == text)
    assert action.isEnabled()
    action.trigger()


def test_edit_menu_copies_plain_markdown_and_quotation(qtbot: QtBot, data_dir: Path) -> None:
    window = _open(qtbot, data_dir)
    clipboard = QGuiApplication.clipboard()
    assert not window.copy_actions.markdown_action.isEnabled()  # nothing selected yet
    _select(window, PASSAGE)
    _edit_entry(window, "Copy as &Plain Text")
    assert clipboard.text() == PASSAGE
    assert not clipboard.mimeData().hasHtml()
    _edit_entry(window, "Copy as &Markdown with Source")
    assert clipboard.text() == (
        f"> {PASSAGE}\n\n— [亞塞拜然亞美尼亞再次同意停火 能否奏效待觀察](<{URL}>), 2020-10-26\n"
    )
    _edit_entry(window, "Copy as &Quotation")  # a Traditional post shown as written
    assert clipboard.text() == (
        "「兩國再度同意遵守『人道停火』且明起生效」——"
        "《亞塞拜然亞美尼亞再次同意停火 能否奏效待觀察》，"
        f"2020年10月26日，{URL}"
    )

    # Shown in Simplified: the passage, the title and the punctuation follow the display.
    with qtbot.waitSignals([window.mode_applied, window.article_shown], timeout=10000):
        window.toggle.variant_actions[DisplayMode.MAINLAND].trigger()
    _select(window, PASSAGE)  # the selection is kept; selecting again makes sure of it
    qtbot.keyClick(
        window.article,
        Qt.Key.Key_C,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert clipboard.text() == "两国再度同意遵守「人道停火」且明起生效"  # as shown
    _edit_entry(window, "Copy as &Quotation")
    assert clipboard.text().startswith(
        "“两国再度同意遵守‘人道停火’且明起生效”——《阿塞拜疆亚美尼亚再次同意停火"
    )
    window.close()


def test_context_menu_offers_the_copies_after_copy(qtbot: QtBot, data_dir: Path) -> None:
    window = _open(qtbot, data_dir)
    _select(window, PASSAGE)
    menu = window.annotations.context_menu(QPoint(10, 10))
    names = [a.objectName() for a in menu.actions()]
    at = names.index("edit-copy")
    assert names[at + 1 : at + 4] == ["copyPlainAction", "copyMarkdownAction", "copyQuoteAction"]
    next(a for a in menu.actions() if a.objectName() == "copyMarkdownAction").trigger()
    assert QGuiApplication.clipboard().text().startswith(f"> {PASSAGE}\n\n— [")
    menu.deleteLater()
    window.close()
