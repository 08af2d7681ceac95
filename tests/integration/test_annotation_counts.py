"""A new highlight redraws the one row of its document in the list, not the whole list."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from reader.ui.library.roles import Role
from tests.integration.script_library import make_library, open_window


def test_a_highlight_repaints_only_its_documents_row(
    qtbot: QtBot, data_dir: Path, tmp_path: Path
) -> None:
    window = open_window(qtbot, data_dir, make_library(tmp_path / "lib"))
    doc = window.current_document
    pane = window.article.pane_map
    assert doc is not None and pane is not None and window.model.rowCount() == 3
    qt = pane.qt_range(0, 2)
    assert qt is not None
    cursor = QTextCursor(window.article.document())
    cursor.setPosition(qt[0])
    cursor.setPosition(qt[1], QTextCursor.MoveMode.KeepAnchor)
    window.article.setTextCursor(cursor)
    rows: list[tuple[int, int]] = []

    def changed(top: QModelIndex, bottom: QModelIndex, roles: list[int]) -> None:
        rows.append((top.row(), bottom.row()))

    window.model.dataChanged.connect(changed)
    assert window.annotations.highlight() is not None
    row = window.model.row_of_id(window.library.current_id() or -1)
    assert rows == [(row, row)]
    assert window.model.index(row).data(Role.ANNOTATION_COUNT) == 1
    window.close()
