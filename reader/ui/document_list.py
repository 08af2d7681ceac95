"""The document list: a Qt model of document summaries and a two-line delegate to draw them."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette, QTextLayout
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem
from typing_extensions import override

from reader.model.document import DocumentSummary, Script
from reader.model.render import format_date

PathRole = Qt.ItemDataRole.UserRole + 1
DateRole = Qt.ItemDataRole.UserRole + 2
SourceRole = Qt.ItemDataRole.UserRole + 3
ErrorRole = Qt.ItemDataRole.UserRole + 4
SortDateRole = Qt.ItemDataRole.UserRole + 5
ReadRole = Qt.ItemDataRole.UserRole + 6  # True once read; unread rows are drawn bold

Index = QModelIndex | QPersistentModelIndex
TitleConverter = Callable[[str, Script], str]


def _same(text: str, script: Script) -> str:
    return text


class DocumentListModel(QAbstractListModel):
    """Summaries of the library's documents, with titles shown in the current display script."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[DocumentSummary] = []
        self._by_path: dict[Path, int] = {}
        self._convert: TitleConverter = _same
        self._titles: dict[int, str] = {}

    @override
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    @override
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display_title(index.row())
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.error or str(row.path)
        if role == PathRole:
            return str(row.path)
        if role == DateRole:
            return format_date(row.date)
        if role == SortDateRole:
            return row.date.timestamp() if row.date else float("-inf")
        if role == SourceRole:
            return self._convert(row.source, row.script) if row.source else ""
        if role == ErrorRole:
            return row.error
        return None

    def display_title(self, row: int) -> str:
        """The title of a row in the current display script (converted once, then kept)."""
        title = self._titles.get(row)
        if title is None:
            summary = self._rows[row]
            title = self._convert(summary.title, summary.script)
            self._titles[row] = title
        return title

    def set_converter(self, convert: TitleConverter) -> None:
        """Show titles through ``convert`` (the current display script)."""
        self._convert = convert
        self._titles.clear()
        if self._rows:
            self.dataChanged.emit(self.index(0), self.index(len(self._rows) - 1))

    def set_documents(self, summaries: Iterable[DocumentSummary]) -> None:
        """Replace the list."""
        self.beginResetModel()
        self._rows = list(summaries)
        self._by_path = {s.path: i for i, s in enumerate(self._rows)}
        self._titles.clear()
        self.endResetModel()

    def add_documents(self, summaries: list[DocumentSummary]) -> None:
        """Append new documents, or update ones already listed."""
        new: list[DocumentSummary] = []
        for summary in summaries:
            row = self._by_path.get(summary.path)
            if row is None:
                new.append(summary)
            else:
                self._rows[row] = summary
                self._titles.pop(row, None)
                self.dataChanged.emit(self.index(row), self.index(row))
        if new:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(new) - 1)
            for offset, summary in enumerate(new):
                self._by_path[summary.path] = first + offset
            self._rows.extend(new)
            self.endInsertRows()

    def summary(self, row: int) -> DocumentSummary:
        """The summary at a source row."""
        return self._rows[row]

    def row_of(self, path: Path) -> int | None:
        """The source row of a path, if listed."""
        return self._by_path.get(path)


class DocumentSortModel(QSortFilterProxyModel):
    """Newest first; undated documents last, by title."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SortDateRole)
        self.setDynamicSortFilter(True)
        self.sort(0, Qt.SortOrder.DescendingOrder)

    @override
    def lessThan(self, left: Index, right: Index) -> bool:
        a = left.data(SortDateRole)
        b = right.data(SortDateRole)
        if a != b:
            return bool(a < b)
        # Same date: alphabetical by title, A before B in the descending view.
        return bool(str(left.data()) > str(right.data()))


class DocumentDelegate(QStyledItemDelegate):
    """Draws a row as the title (up to two lines) over a muted 'date · source' line."""

    PADDING = 8

    @staticmethod
    def _line_height(font: QFont) -> int:
        """The height of a line of mixed Chinese and Latin text (fallback fonts included)."""
        layout = QTextLayout("中文 Ag", font)
        layout.beginLayout()
        line = layout.createLine()
        layout.endLayout()
        return max(QFontMetrics(font).height(), round(line.height()) if line.isValid() else 0)

    @staticmethod
    def _title_lines(title: str, font: QFont, width: int) -> list[str]:
        """The title broken into at most two lines, the second elided if more remains."""
        layout = QTextLayout(title, font)
        layout.beginLayout()
        lines: list[str] = []
        while len(lines) < 2:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            start = line.textStart()
            if len(lines) == 1:
                rest = title[start:]
                lines.append(
                    QFontMetrics(font).elidedText(rest, Qt.TextElideMode.ElideRight, width)
                )
            else:
                lines.append(title[start : start + line.textLength()])
        layout.endLayout()
        return lines

    @override
    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        font: QFont = option.font  # type: ignore[attr-defined]
        bold = QFont(font)
        bold.setBold(True)
        height = self._line_height(bold) * 2 + self._line_height(font) + 4
        return QSize(200, height + self.PADDING * 2)

    @override
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        painter.save()
        style = option.widget.style() if option.widget else None  # type: ignore[attr-defined]
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""  # type: ignore[attr-defined]
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, option.widget)  # type: ignore[attr-defined]
        rect: QRect = option.rect.adjusted(self.PADDING, self.PADDING, -self.PADDING, -self.PADDING)  # type: ignore[attr-defined]
        selected = bool(option.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        palette: QPalette = option.palette  # type: ignore[attr-defined]
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        font: QFont = option.font  # type: ignore[attr-defined]
        fm = QFontMetrics(font)
        error = index.data(ErrorRole)
        title_font = QFont(font)
        title_font.setBold(not error and not index.data(ReadRole))
        painter.setFont(title_font)
        painter.setPen(palette.color(text_role))
        title_line = self._line_height(title_font)
        title = str(index.data() or "")
        top = rect.top()
        for text in self._title_lines(title, title_font, rect.width()):
            painter.drawText(
                QRect(rect.left(), top, rect.width(), title_line),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                text,
            )
            top += title_line
        meta_line = self._line_height(font)
        meta_rect = QRect(rect.left(), rect.top() + title_line * 2 + 4, rect.width(), meta_line)
        meta_color = palette.color(text_role)
        meta_color.setAlpha(150)
        painter.setFont(font)
        painter.setPen(meta_color)
        if error:
            meta = f"⚠ {error}"
        else:
            meta = " · ".join(p for p in (index.data(DateRole), index.data(SourceRole)) if p)
        painter.drawText(
            meta_rect,
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            fm.elidedText(meta, Qt.TextElideMode.ElideRight, meta_rect.width()),
        )
        painter.restore()
