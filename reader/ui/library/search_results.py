"""Library search results: their list model and a delegate drawing highlighted snippets.

Snippets come from the index as offsets into the original clean text; they are converted to
the current display script piece by piece (before / match / after), so the highlight stays on
the matched words in any script.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QRect, QSize, Qt, QUrl
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFontMetrics,
    QImage,
    QPainter,
    QPalette,
    QTextDocument,
)
from PySide6.QtWidgets import QAbstractItemView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from reader.ui.dates import format_date
from reader.ui.library.roles import DisplayConverter, Index, Role
from reader.ui.noop import override
from reader.ui.plain import plain_tip

TYPE_CHECKING = False  # typing's, without importing typing at start-up (mypy reads it so)
if TYPE_CHECKING:  # the search module is imported by the first search
    from reader.model.library.search import SearchHit


def highlighted_html(
    text: str, base: int, spans: tuple[tuple[int, int], ...], convert: Callable[[str], str]
) -> str:
    """``text`` (starting at original offset ``base``) as HTML with ``spans`` in <b><u>."""
    parts: list[str] = []
    pos = 0
    for start, end in spans:
        a, b = start - base, end - base
        if a < pos or b > len(text):
            continue
        parts.append(html.escape(convert(text[pos:a])))
        parts.append(
            f"<b style='background:#ffe08a;color:#000'>{html.escape(convert(text[a:b]))}</b>"
        )
        pos = b
    parts.append(html.escape(convert(text[pos:])))
    return "".join(parts).replace("\n", " ")


class SearchResultsModel(QAbstractListModel):
    """Search hits, titles and snippets shown in the current display script.

    Results come a page at a time: while fewer are loaded than ``total`` match, the view's
    scrolling to the end asks for more (``canFetchMore`` / ``fetchMore``), which calls
    ``more_wanted(offset)`` once until the next page is added.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._hits: list[SearchHit] = []
        self._convert: DisplayConverter = lambda text, script: text
        self.total = 0
        self._asked = False
        self.more_wanted: Callable[[int], object] | None = None

    @override
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._hits)

    @override
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        hit = self._hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._convert(hit.title, hit.script)
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tip(str(hit.path))
        if role == Role.HIT:
            return hit
        if role == Role.SNIPPET_HTML:

            def conv(text: str) -> str:
                return self._convert(text, hit.script)

            title = highlighted_html(hit.title, 0, hit.title_highlights, conv)
            snippet = highlighted_html(hit.snippet_text, hit.snippet[0], hit.highlights, conv)
            meta = " · ".join(p for p in (format_date(hit.date), conv(hit.source)) if p)
            return (
                f"<div style='font-weight:600'>{title}</div>"
                f"<div style='font-size:small'>{html.escape(meta)}</div>"
                f"<div>{snippet}</div>"
            )
        return None

    def set_hits(self, hits: list[SearchHit], total: int | None = None) -> None:
        """Show these results (the first page of ``total``)."""
        self.beginResetModel()
        self._hits = list(hits)
        self.total = len(hits) if total is None else total
        self._asked = False
        self.endResetModel()

    def add_hits(self, offset: int, hits: list[SearchHit]) -> None:
        """Add the page of results that starts at ``offset`` (a page that does not follow
        the loaded ones is dropped)."""
        self._asked = False
        if offset != len(self._hits):
            return
        known = {h.id for h in self._hits}
        fresh = [h for h in hits if h.id not in known]
        if not fresh:
            self.total = len(self._hits)  # the library changed under the search: no more
            return
        first = len(self._hits)
        self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
        self._hits.extend(fresh)
        self.endInsertRows()

    @override
    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008 - Qt's signature
        return not parent.isValid() and len(self._hits) < self.total and not self._asked

    @override
    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008 - Qt's signature
        if self.canFetchMore(parent) and self.more_wanted is not None:
            self._asked = True
            self.more_wanted(len(self._hits))

    def hit(self, row: int) -> SearchHit:
        """The hit at ``row``."""
        return self._hits[row]

    def set_converter(self, convert: DisplayConverter) -> None:
        """Show text through ``convert`` (the current display script)."""
        self._convert = convert
        if self._hits:
            self.dataChanged.emit(self.index(0), self.index(len(self._hits) - 1))


class _SnippetDocument(QTextDocument):
    """A text document that loads no resource: the snippet is escaped text and our own
    markup, and a parentless QTextDocument would otherwise open any ``<img src>`` itself."""

    @override
    def loadResource(self, type: int, name: QUrl | str) -> Any:  # noqa: A002 - Qt's own name (an override)
        if type == QTextDocument.ResourceType.ImageResource.value:
            image = QImage(1, 1, QImage.Format.Format_ARGB32)
            image.fill(0)
            return image
        return ""


class SnippetDelegate(QStyledItemDelegate):
    """Draws a hit as rich text: title, date · source, and the snippet with the match marked."""

    PADDING = 6

    @override
    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        # As tall as the hit's text laid out at the list's width: nothing is clipped.
        widget = option.widget  # type: ignore[attr-defined]
        width = widget.viewport().width() if isinstance(widget, QAbstractItemView) else 300
        doc = self._document(option, index, max(width - self.PADDING * 2, 80))
        fm = QFontMetrics(option.font)  # type: ignore[attr-defined]
        height = max(int(doc.size().height()) + 1, fm.height() * 3)
        return QSize(200, height + self.PADDING * 2)

    def _document(self, option: QStyleOptionViewItem, index: Index, width: int) -> QTextDocument:
        """The hit laid out at ``width`` (one document, reused: sizes and paints are on the
        UI thread, one at a time)."""
        doc = self.findChild(_SnippetDocument)
        if doc is None:
            doc = _SnippetDocument(self)
            doc.setDocumentMargin(0)
        doc.setDefaultFont(option.font)  # type: ignore[attr-defined]
        doc.setHtml(str(index.data(Role.SNIPPET_HTML) or ""))
        doc.setTextWidth(width)
        return doc

    @override
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        painter.save()
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""  # type: ignore[attr-defined]
        widget = option.widget  # type: ignore[attr-defined]
        style = widget.style() if widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect: QRect = option.rect.adjusted(  # type: ignore[attr-defined]
            self.PADDING, self.PADDING, -self.PADDING, -self.PADDING
        )
        doc = self._document(option, index, rect.width())
        painter.translate(rect.topLeft())
        painter.setClipRect(QRect(0, 0, rect.width(), rect.height()))
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        palette: QPalette = option.palette  # type: ignore[attr-defined]
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, palette.color(role))
        doc.documentLayout().draw(painter, context)
        painter.restore()
