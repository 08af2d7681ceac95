"""The delegate that draws a row of the document list (title over date · source).

The list model itself is :class:`reader.ui.library.list_model.LibraryListModel` (paged from
the index); the roles it answers are :class:`reader.ui.library.roles.Role`.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette, QTextLayout
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from reader.ui.library.roles import Index, Role
from reader.ui.noop import override


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
        error = index.data(Role.ERROR)
        title_font = QFont(font)
        title_font.setBold(not error and not index.data(Role.READ))
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
            meta = " · ".join(p for p in (index.data(Role.DATE), index.data(Role.SOURCE)) if p)
            count = index.data(Role.ANNOTATION_COUNT)
            if count:
                meta = f"✎ {count} · {meta}" if meta else f"✎ {count}"
            if index.data(Role.STARRED):
                meta = f"★ {meta}" if meta else "★"
        painter.drawText(
            meta_rect,
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            fm.elidedText(meta, Qt.TextElideMode.ElideRight, meta_rect.width()),
        )
        painter.restore()
