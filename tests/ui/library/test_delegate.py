"""The list's row delegate: titles on two lines that never run into the date line."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QStyleOptionViewItem

from reader.ui.library.delegate import DocumentDelegate


def test_long_title_is_two_lines_with_the_rest_elided(qapp: object) -> None:
    font = QFont()
    title = (
        "美國國務院宣布亞美尼亞和亞塞拜然兩國再度同意遵守人道停火且明起生效但外界對能否持久存疑" * 2
    )
    lines = DocumentDelegate._title_lines(title, font, 200)
    assert len(lines) == 2
    assert title.startswith(lines[0])
    assert lines[1].endswith("…")


def test_short_title_is_one_line(qapp: object) -> None:
    assert DocumentDelegate._title_lines("停火", QFont(), 200) == ["停火"]


def test_row_has_room_for_two_title_lines_and_the_date(qapp: object) -> None:
    option = QStyleOptionViewItem()
    option.font = QFont()  # type: ignore[attr-defined]
    delegate = DocumentDelegate()
    bold = QFont(option.font)  # type: ignore[attr-defined]
    bold.setBold(True)
    needed = 2 * DocumentDelegate._line_height(bold) + DocumentDelegate._line_height(QFont())
    assert delegate.sizeHint(option, QModelIndex()).height() >= needed
