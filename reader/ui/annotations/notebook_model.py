"""The annotation browser's list model: rows paged lazily from the notebook query.

Like the document list, the model holds only the ordered annotation ids of what is shown; a
row (quote, note, document, date) is read from the :class:`Notebook` in pages of :data:`PAGE`
the first time the view asks for it and kept in a bounded cache, and converted into the
display script then. Quotes and titles follow the display script; notes stay as written.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from reader.model.annotations.notebook import Notebook, NotebookEntry
from reader.model.script.convert import converter_function
from reader.model.script.detect import detect_script
from reader.model.script.modes import DisplayMode
from reader.ui.annotations.colours import colour_name, swatch_icon
from reader.ui.dates import format_date, format_moment
from reader.ui.noop import override
from reader.ui.plain import plain_tip

PAGE = 200
CACHE_PAGES = 20
QUOTE_CHARS = 160  # a long quote is shortened in the list (the article shows all of it)
# The annotation id of a row.
ID_ROLE = int(Qt.ItemDataRole.UserRole) + 1

Index = QModelIndex | QPersistentModelIndex


class NotebookModel(QAbstractListModel):
    """Annotations in the order of a :class:`NotebookQuery`, one row each."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._notebook: Notebook | None = None
        self._ids: list[str] = []
        self._pages: OrderedDict[int, list[NotebookEntry | None]] = OrderedDict()
        self._texts: dict[str, str] = {}
        self._mode = DisplayMode.ORIGINAL

    def set_notebook(self, notebook: Notebook | None) -> None:
        """Read rows from ``notebook`` (None: show nothing)."""
        self._notebook = notebook
        self.set_ids([])

    # ----- Qt -----
    @override
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._ids)

    @override
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        entry = self.entry(index.row())
        if entry is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(entry)
        if role == Qt.ItemDataRole.DecorationRole:
            return swatch_icon(entry.colour)
        if role == Qt.ItemDataRole.ToolTipRole:
            # The whole quote and note, as written, and where the file is.
            return plain_tip("\n\n".join(p for p in (entry.quote, entry.note, entry.path) if p))
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return colour_name(entry.colour)
        if role == ID_ROLE:
            return entry.id
        return None

    def _text(self, entry: NotebookEntry) -> str:
        text = self._texts.get(entry.id)
        if text is None:
            convert = converter_function(self._mode, detect_script(entry.title + entry.quote))
            quote = " ".join(convert(entry.quote).split())
            if len(quote) > QUOTE_CHARS:
                quote = quote[: QUOTE_CHARS - 1] + "…"
            # Always three lines (the list's rows are all one height): the quote; the
            # document, its source and date; the note (if any) and when it was made.
            where = [convert(entry.title) or entry.path.rsplit("/", 1)[-1]]
            if entry.source:
                where.append(convert(entry.source))
            if entry.date is not None:
                where.append(format_date(entry.date))
            noted = self.tr("noted {moment}").format(moment=format_moment(entry.created))
            note = " ".join(entry.note.split())
            if len(note) > QUOTE_CHARS:
                note = note[: QUOTE_CHARS - 1] + "…"
            lines = [f"“{quote}”", " · ".join(where), f"✎ {note} · {noted}" if note else noted]
            text = "\n".join(lines)
            self._texts[entry.id] = text
        return text

    # ----- rows -----
    def entry(self, row: int) -> NotebookEntry | None:
        """The entry at ``row`` (read with its page on first use)."""
        if self._notebook is None:
            return None
        page_no, offset = divmod(row, PAGE)
        page = self._pages.get(page_no)
        if page is None:
            ids = self._ids[page_no * PAGE : (page_no + 1) * PAGE]
            found = self._notebook.entries(ids)
            page = [found.get(i) for i in ids]
            self._pages[page_no] = page
            while len(self._pages) > CACHE_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page_no)
        return page[offset] if offset < len(page) else None

    def ids(self) -> list[str]:
        """The ids shown, in order."""
        return list(self._ids)

    def set_ids(self, ids: list[str]) -> None:
        """Show these annotations, in this order."""
        self.beginResetModel()
        self._ids = ids
        self._pages.clear()
        self._texts.clear()
        self.endResetModel()

    def set_mode(self, mode: DisplayMode) -> None:
        """Show quotes and titles in ``mode``."""
        if mode == self._mode:
            return
        self._mode = mode
        self._texts.clear()
        if self._ids:
            self.dataChanged.emit(self.index(0), self.index(len(self._ids) - 1))
