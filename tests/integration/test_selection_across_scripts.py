"""A reader's selection stays on the same original text through every display mode, while the
list, the pane and the window title all change script together."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from reader.model.script.mapped import display_text
from reader.model.script.modes import DisplayMode
from reader.ui.library.roles import Role
from reader.ui.main_window import APP_TITLE, MainWindow
from tests.integration.script_library import (
    FIND_POST,
    choose_mode,
    make_library,
    open_window,
    show_document,
)

MODES = (
    DisplayMode.TRADITIONAL,
    DisplayMode.TAIWAN,
    DisplayMode.HONGKONG,
    DisplayMode.SIMPLIFIED,
    DisplayMode.MAINLAND,
    DisplayMode.ORIGINAL,
)


def point_before(window: MainWindow, qt_pos: int) -> QPoint:
    """A viewport point just right of the caret at ``qt_pos`` (the left of that character)."""
    cursor = QTextCursor(window.article.document())
    cursor.setPosition(qt_pos)
    rect = window.article.cursorRect(cursor)
    return QPoint(rect.left() + 1, rect.center().y())


def drag_select(qtbot: QtBot, window: MainWindow, start: int, end: int) -> None:
    """Drag the mouse over the pane from original ``start`` to ``end`` (either way)."""
    pane = window.article.pane_map
    assert pane is not None
    qt = pane.qt_range(min(start, end), max(start, end))
    assert qt is not None
    viewport = window.article.viewport()
    begin, finish = point_before(window, qt[0]), point_before(window, qt[1])
    if start > end:
        begin, finish = finish, begin
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=begin)
    qtbot.mouseMove(viewport, pos=QPoint(begin.x() + 5, begin.y()))
    qtbot.mouseMove(viewport, pos=finish)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=finish)


def list_title(window: MainWindow, path: Path) -> str:
    model = window.list_view.model()
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        if Path(str(index.data(Role.PATH))).resolve() == path.resolve():
            return str(index.data())
    raise AssertionError(path)


def test_selection_list_pane_and_title_follow_every_mode(
    qtbot: QtBot, data_dir: Path, tmp_path: Path
) -> None:
    library = make_library(tmp_path / "library")
    window = open_window(qtbot, data_dir, library)
    path = library / FIND_POST.name
    show_document(qtbot, window, path)
    doc = window.current_document
    assert doc is not None
    start = doc.text.index("網際網路")
    end = doc.text.index("亞塞拜然") + len("亞塞拜然")
    drag_select(qtbot, window, start, end)
    cursor = window.article.textCursor()
    assert cursor.hasSelection()
    pane = window.article.pane_map
    assert pane is not None
    selected = pane.original_range(cursor.selectionStart(), cursor.selectionEnd())
    assert selected == (start, end)
    assert cursor.selectedText() == doc.text[start:end]

    for mode in MODES:
        choose_mode(qtbot, window, mode)
        shown_title = display_text(doc.title, mode, doc.script).display
        body = display_text(doc.text, mode, doc.script)
        assert list_title(window, path) == shown_title, mode
        assert window.windowTitle() == f"{shown_title} — {APP_TITLE}"
        assert window.article.toPlainText().startswith(shown_title)
        assert body.display.split("\n")[0] in window.article.toPlainText()
        cursor = window.article.textCursor()
        pane = window.article.pane_map
        assert pane is not None and cursor.hasSelection(), mode
        assert pane.original_range(cursor.selectionStart(), cursor.selectionEnd()) == selected
        d_start, d_end = body.display_range(*selected)
        assert cursor.selectedText() == body.display[d_start:d_end], mode
        assert window.article.extraSelections() == []  # a selection, not a highlight
    assert window.article.textCursor().selectedText() == doc.text[start:end]
    window.close()


def test_a_backwards_selection_keeps_its_direction(
    qtbot: QtBot, data_dir: Path, tmp_path: Path
) -> None:
    library = make_library(tmp_path / "library")
    window = open_window(qtbot, data_dir, library)
    show_document(qtbot, window, library / FIND_POST.name)
    doc = window.current_document
    assert doc is not None
    start = doc.text.index("😀")
    end = doc.text.index("網際網路") + len("網際網路")
    drag_select(qtbot, window, end, start)  # right to left, from after 網際網路 to before 😀
    cursor = window.article.textCursor()
    assert cursor.selectedText() == "😀在網際網路"
    assert cursor.anchor() > cursor.position()
    choose_mode(qtbot, window, DisplayMode.MAINLAND)
    cursor = window.article.textCursor()
    assert cursor.selectedText() == "😀在互联网"
    assert cursor.anchor() > cursor.position()
    window.close()
