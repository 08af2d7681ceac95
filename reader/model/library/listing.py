"""The document list's side of the index: which documents it shows, and what of each.

A :class:`ListQuery` becomes the SQL condition and ordering of the list; :class:`ListedIds`
holds the ids it shows, compactly; an :class:`IndexedSummary` is one row of ``documents``
(never the body), read with :data:`SUMMARY_COLUMNS` and :func:`summary_from_row`.
"""

from __future__ import annotations

import json
import sqlite3
from array import array
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from reader.model.library.path_keys import key_path, path_hash, path_key
from reader.model.library.state import SCHEMA
from reader.model.script.modes import Script

TAG_SEP = "\x1f"


@dataclass(frozen=True, slots=True)
class IndexedSummary:
    """A list row: what the document list shows of an indexed document (no body)."""

    id: int
    path: Path
    title: str
    date: datetime | None
    source: str
    script: Script
    error: str | None
    read: bool
    tags: tuple[str, ...] = ()
    starred: bool = False
    key: str = ""  # where its read mark and star are stored (state.document_key)


SORT_KEYS = ("date", "title", "source")


@dataclass(frozen=True, slots=True)
class ListQuery:
    """Which documents the list shows, in which order.

    ``roots`` limits the list to documents under those library folders (None: all). Dates are
    inclusive bounds; ``read`` None shows read and unread documents.
    """

    roots: tuple[str, ...] | None = None
    sort: str = "date"
    descending: bool = True
    source: str | None = None
    tag: str | None = None
    date_from: datetime | None = None
    date_to: datetime | None = None
    read: bool | None = None
    starred: bool | None = None
    paths: tuple[str, ...] | None = None

    def where(self) -> tuple[str, list[object]]:
        """The SQL condition and its parameters."""
        clauses: list[str] = []
        params: list[object] = []
        if self.roots is not None:
            clauses.append(f"root IN ({','.join('?' * len(self.roots))})" if self.roots else "0")
            params.extend(self.roots)
        if self.source is not None:
            clauses.append("source = ?")
            params.append(self.source)
        if self.tag is not None:
            clauses.append("id IN (SELECT doc_id FROM doc_tags WHERE tag = ?)")
            params.append(self.tag)
        if self.date_from is not None:
            clauses.append("date >= ?")
            params.append(self.date_from.timestamp())
        if self.date_to is not None:
            clauses.append("date <= ?")
            params.append(self.date_to.timestamp())
        if self.read is not None:
            clauses.append(f"{'' if self.read else 'NOT '}{_MARKED.format(column='read')}")
        if self.starred is not None:
            clauses.append(f"{'' if self.starred else 'NOT '}{_MARKED.format(column='starred')}")
        if self.paths is not None:
            clauses.append(
                "path_hash IN (SELECT value FROM json_each(?))"
                " AND path IN (SELECT value FROM json_each(?))"
            )
            params.append(json.dumps([path_hash(path_key(p)) for p in self.paths]))
            params.append(json.dumps(list(self.paths), ensure_ascii=False))
        return (" AND ".join(clauses) or "1"), params

    def order_by(self) -> str:
        """The SQL ordering (undated documents always last).

        Each ordering is one an index of ``documents`` (root, key, rowid) can produce for one
        library folder without sorting: the list of 64,000 ids comes in tens of milliseconds.
        """
        direction = "DESC" if self.descending else "ASC"
        if self.sort == "title":
            return f"title COLLATE NOCASE {direction}, id {direction}"
        if self.sort == "source":
            return f"source = '', source {direction}, date DESC, id DESC"
        if self.descending:
            return "date DESC, id DESC"  # NULL sorts lowest: undated documents come last
        return "date ASC NULLS LAST, id ASC"


# A filter over the whole list reads the marks once (SQLite makes the subquery a table)…
_MARKED = f"doc_key IN (SELECT key FROM {SCHEMA}.marks WHERE {{column}})"
# …a page of list rows looks each one up by key: building that table for every page of 200
# rows would read every mark (64,000 after "mark all read") on the UI thread.
_ROW_MARK = (
    f"EXISTS (SELECT 1 FROM {SCHEMA}.marks m WHERE m.key = documents.doc_key AND m.{{column}})"
)

SUMMARY_COLUMNS = (
    "id, path, title, date, source, script, error, "
    + _ROW_MARK.format(column="read")
    + ", tags, "
    + _ROW_MARK.format(column="starred")
    + ", doc_key"
)


def summary_from_row(row: sqlite3.Row | tuple[object, ...]) -> IndexedSummary:
    """The list row of a ``documents`` row read with :data:`SUMMARY_COLUMNS`."""
    id_, path, title, date, source, script, error, read, tags, starred, key = row
    return IndexedSummary(
        id=int(id_),  # type: ignore[call-overload,arg-type]
        path=key_path(path),  # type: ignore[arg-type]
        title=str(title),
        date=datetime.fromtimestamp(float(date), UTC) if date is not None else None,  # type: ignore[arg-type]
        source=str(source),
        script=Script(str(script)) if script in Script._value2member_map_ else Script.NON_CHINESE,
        error=str(error) if error is not None else None,
        read=bool(read),
        tags=tuple(str(tags).split(TAG_SEP)) if tags else (),
        starred=bool(starred),
        key=str(key),
    )


class ListedIds:
    """The ids a list shows, in its order: one array of 8-byte ints.

    A Python list of ids and a dict from id to row took about 110 bytes a row (an int object
    for each id and row, the dict's table): 28 MB for 256,000 posts. The row of an id is found
    by a scan of the array in C (a few milliseconds at 256,000 rows): the window asks it for
    one document at a time (the one shown, the one to keep selected). An index from id to row
    would cost a sort on the way in: in SQLite it doubled the time until the list shows, in
    Python it holds the interpreter lock, and so the UI thread, for a tenth of a second.
    """

    __slots__ = ("_ids",)

    def __init__(self, ids: Iterable[int] = ()) -> None:
        self._ids = array("q", ids)

    @classmethod
    def read(cls, db: sqlite3.Connection, query: ListQuery) -> ListedIds:
        """The ids ``query`` shows (no text is read)."""
        where, params = query.where()
        sql = f"SELECT id FROM documents WHERE {where} ORDER BY {query.order_by()}"
        return cls(r[0] for r in db.execute(sql, params))

    def __len__(self) -> int:
        return len(self._ids)

    def __getitem__(self, row: int) -> int:
        return self._ids[row]

    def __eq__(self, other: object) -> bool:
        return isinstance(other, ListedIds) and self._ids == other._ids

    __hash__ = None  # type: ignore[assignment]

    def page(self, start: int, stop: int) -> list[int]:
        """The ids of rows ``start`` to ``stop`` (exclusive)."""
        return self._ids[start:stop].tolist()

    def tolist(self) -> list[int]:
        """Every id, in order."""
        return self._ids.tolist()

    def row_of(self, id_: int) -> int | None:
        """The row of ``id_``, if listed."""
        try:
            return self._ids.index(id_)
        except (ValueError, OverflowError):  # not listed, or no 8-byte int at all
            return None

    def first_row_of(self, ids: Iterable[int], after: int = -1) -> int | None:
        """The first row after ``after`` showing one of ``ids``, else the first row that
        does (from the top again); None if none does."""
        wanted = set(ids)
        if not wanted:
            return None
        rows = self._ids
        for row in range(after + 1, len(rows)):
            if rows[row] in wanted:
                return row
        for row in range(0, min(after + 1, len(rows))):
            if rows[row] in wanted:
                return row
        return None
