"""The library list model: rows paged lazily from the SQLite index, never every body.

The model holds only the ordered document ids of the current list, as a
:class:`~reader.model.library.listing.ListedIds` (8 bytes a row: 2 MB for 256,000 documents);
a row's summary and its title as shown are read from the index in pages of :data:`PAGE` rows
the first time the view asks for them, and kept in a bounded cache of :data:`CACHE_PAGES`
pages. The ids are read off the UI thread (see :func:`reader.model.library.queries.list_ids`)
and handed in with :meth:`LibraryListModel.set_ids`.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
from PySide6.QtGui import QFont

from reader.model.library.index import LibraryIndex
from reader.model.library.listing import IndexedSummary, ListedIds
from reader.model.script.modes import Script
from reader.ui.dates import format_date
from reader.ui.library.roles import DisplayConverter, Index, Role
from reader.ui.noop import override
from reader.ui.plain import plain_tip
from reader.ui.problems import describe_stored, shown_title

# A jump through a long list (dragging the scroll bar) reads a page for the few rows in sight:
# 64 rows take a quarter of the time 200 did, and scrolling on reads a page every 64 rows.
PAGE = 64
CACHE_PAGES = 64


def _same(text: str, script: Script) -> str:
    return text


class _Page:
    """A page of list rows, with their titles and dates as shown once drawn (each row is
    drawn again on every scroll step while in sight)."""

    __slots__ = ("dates", "rows", "titles")

    def __init__(self, rows: list[IndexedSummary | None]) -> None:
        self.rows = rows
        self.titles: list[str | None] = [None] * len(rows)
        self.dates: list[str | None] = [None] * len(rows)


class LibraryListModel(QAbstractListModel):
    """The documents of the library, in the order and with the filters of a :class:`ListQuery`."""

    def __init__(self, index: LibraryIndex, parent: Any = None) -> None:
        super().__init__(parent)
        self._index = index
        self._ids = ListedIds()
        self._pages: OrderedDict[int, _Page] = OrderedDict()
        self._convert: DisplayConverter = _same
        self._unread_font = QFont()
        self._unread_font.setBold(True)
        self._annotation_counts: dict[str, int] = {}

    # ----- Qt -----
    @override
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._ids)

    @override
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        page, offset = self._page(index.row())
        row = page.rows[offset] if offset < len(page.rows) else None
        if row is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            title = page.titles[offset]
            if title is None:
                title = (
                    shown_title(self._convert(row.title, row.script))
                    if not row.error
                    else row.title
                )
                page.titles[offset] = title
            return title
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tip(describe_stored(row.error) or str(row.path))
        if role == Qt.ItemDataRole.FontRole:
            return None if row.read else self._unread_font
        if role == Role.PATH:
            return str(row.path)
        if role == Role.ID:
            return row.id
        if role == Role.READ:
            return row.read
        if role == Role.STARRED:
            return row.starred
        if role == Role.KEY:
            return row.key
        if role == Role.DATE:
            date = page.dates[offset]
            if date is None:
                date = page.dates[offset] = format_date(row.date)
            return date
        if role == Role.SORT_DATE:
            return row.date.timestamp() if row.date else float("-inf")
        if role == Role.SOURCE:
            return self._convert(row.source, row.script) if row.source else ""
        if role == Role.ERROR:
            return describe_stored(row.error)
        if role == Role.ANNOTATION_COUNT:
            return self._annotation_counts.get(str(row.path), 0)
        return None

    def set_annotation_counts(self, counts: Mapping[str, int], complete: bool = True) -> None:
        """How many annotations documents (by path) have, shown in their rows.

        ``complete``: ``counts`` covers every annotated document (all rows are redrawn);
        otherwise only the rows of the documents in ``counts`` are.
        """
        if complete:
            if counts == self._annotation_counts:
                return
            self._annotation_counts = dict(counts)
            if self._ids:
                self.dataChanged.emit(
                    self.index(0), self.index(len(self._ids) - 1), [Role.ANNOTATION_COUNT]
                )
            return
        for path, count in counts.items():
            if self._annotation_counts.get(path, 0) == count:
                continue
            if count:
                self._annotation_counts[path] = count
            else:
                self._annotation_counts.pop(path, None)
            row = self._row_of_path(path)
            if row is not None:
                index = self.index(row)
                self.dataChanged.emit(index, index, [Role.ANNOTATION_COUNT])

    # ----- rows -----
    def summary(self, row: int) -> IndexedSummary | None:
        """The summary at ``row`` (read from the index with its page on first use)."""
        page, offset = self._page(row)
        return page.rows[offset] if offset < len(page.rows) else None

    def _page(self, row: int) -> tuple[_Page, int]:
        """The cached page holding ``row`` (read on first use), and the row's place in it."""
        page_no, offset = divmod(row, PAGE)
        page = self._pages.get(page_no)
        if page is None:
            ids = self._ids.page(page_no * PAGE, (page_no + 1) * PAGE)
            found = self._index.summaries(ids)
            page = _Page([found.get(i) for i in ids])
            self._pages[page_no] = page
            while len(self._pages) > CACHE_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page_no)
        return page, offset

    def row_of_id(self, id_: int) -> int | None:
        """The row of a document id, if listed."""
        return self._ids.row_of(id_)

    def first_row_of(self, ids: list[int], after: int = -1) -> int | None:
        """The first row after ``after`` listing one of ``ids`` (from the top again after
        the last one); None if none is listed."""
        return self._ids.first_row_of(ids, after)

    def _row_of_path(self, path: str) -> int | None:
        """The row of the document at ``path``, if listed (one lookup in the index's path key)."""
        summary = self._index.summary_of(Path(path))
        return self.row_of_id(summary.id) if summary else None

    def set_ids(self, ids: ListedIds | list[int]) -> None:
        """Show these documents, in this order."""
        self.beginResetModel()
        self._ids = ids if isinstance(ids, ListedIds) else ListedIds(ids)
        self._pages.clear()
        self.endResetModel()

    def refresh_marks(self, ids: list[int] | None = None) -> None:
        """Show read marks and stars again after they changed (``ids``; None: every row)."""
        if not self._ids:
            return
        if ids is None:
            self._pages.clear()
            self.dataChanged.emit(self.index(0), self.index(len(self._ids) - 1))
            return
        for id_ in ids:
            row = self.row_of_id(id_)
            if row is None:
                continue
            self._pages.pop(row // PAGE, None)
            self.dataChanged.emit(self.index(row), self.index(row))

    def annotated_paths(self) -> tuple[str, ...]:
        """The paths of the documents known to have annotations."""
        return tuple(sorted(p for p, n in self._annotation_counts.items() if n))

    def set_converter(self, convert: DisplayConverter) -> None:
        """Show titles through ``convert`` (the current display script)."""
        self._convert = convert
        for page in self._pages.values():
            page.titles = [None] * len(page.rows)
        if self._ids:
            self.dataChanged.emit(self.index(0), self.index(len(self._ids) - 1))
