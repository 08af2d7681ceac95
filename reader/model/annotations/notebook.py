"""Every annotation in one place: the query behind the annotation browser (the "notebook").

A :class:`Notebook` reads the annotation database (``annotations.sqlite3``, opened read-only:
nothing here ever writes the user's annotations) with the library index attached beside it,
also read-only, for what only the index knows of a document: its source and date. A document
the index does not know (its folder was removed from the library, or the index is being
rebuilt) is still listed, by the title and path the annotation store recorded.

Searching is in either script: the quote, the note and the tags are folded by
:func:`reader.model.script.fold.fold` inside SQLite (a function registered on the connection),
and so is every term of the query, with the regional phrasing of the query as alternatives
(:func:`reader.model.script.fold.query_variants`): 台湾 finds 臺灣 and 台灣, 软件 finds 軟體.

:meth:`Notebook.ids` gives the ordered ids of what a :class:`NotebookQuery` shows (cheap: one
short row per annotation); :meth:`Notebook.entries` reads the rows a list view needs, by id, a
page at a time.
"""

from __future__ import annotations

import enum
import functools
import sqlite3
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from reader.model.annotations.annotation import (
    Annotation,
    Colour,
    DocumentRecord,
    format_time,
    parse_time,
)
from reader.model.annotations.schema import (
    ANNOTATION_COLUMNS,
    DOCUMENT_COLUMNS,
    TAG_SEP,
    annotation_from_row,
    record_from_row,
)
from reader.model.script.fold import fold, query_variants
from reader.model.storage import open_read_only

#: The order colours are sorted in (as the colour menus list them).
COLOUR_ORDER = tuple(Colour)


class NotebookSort(enum.StrEnum):
    """How the notebook is ordered."""

    NEWEST = "newest"  # newest annotation first
    OLDEST = "oldest"
    DOCUMENT = "document"  # by document title, then reading order
    COLOUR = "colour"  # by colour, then newest first


@dataclass(frozen=True, slots=True)
class NotebookQuery:
    """What the notebook shows: a search and filters (all optional), and the order."""

    text: str = ""
    colours: frozenset[Colour] = frozenset()  # empty: every colour
    document_id: int | None = None
    source: str | None = None
    since: datetime | None = None  # annotations made at or after this moment
    until: datetime | None = None  # … and before this one
    sort: NotebookSort = NotebookSort.NEWEST


@dataclass(frozen=True, slots=True)
class NotebookEntry:
    """One row of the notebook: an annotation with what is known of its document."""

    id: str
    document_id: int
    colour: Colour
    quote: str
    note: str
    created: datetime
    start: int
    end: int
    path: str
    title: str
    source: str  # from the library index ('' when the index does not know the document)
    date: datetime | None  # the document's date, from the index


_ORDER = {
    NotebookSort.NEWEST: "a.created DESC, a.id",
    NotebookSort.OLDEST: "a.created, a.id",
    NotebookSort.DOCUMENT: 'd.title COLLATE NOCASE, d.id, a.start, a."end", a.created',
    NotebookSort.COLOUR: "colour_rank(a.colour), a.created DESC, a.id",
}

_FROM = (
    " FROM annotations a JOIN documents d ON d.id = a.document_id"
    " LEFT JOIN {lib} l ON l.path = d.path"
    " WHERE a.deleted IS NULL"
)


def _colour_rank(value: str) -> int:
    try:
        return COLOUR_ORDER.index(Colour(value))
    except ValueError:
        return 0  # an unknown colour reads as yellow


_VARIANT_SEP = "\x1e"
_TERM_SEP = "\x1f"


@functools.lru_cache(maxsize=16)
def _variants(spec: str) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(v.split(_TERM_SEP)) for v in spec.split(_VARIANT_SEP))


class _Matcher:
    """The SQL function ``notebook_match(exact, note, tags, spec)``: whether the folded quote,
    note and tags hold every term of one of the query's variants (``spec``: variants joined
    by U+001E, terms by U+001F). Folded texts are kept: a search as you type folds each
    annotation once, not once per keystroke."""

    def __init__(self) -> None:
        self._folded: dict[str, str] = {}

    def __call__(self, exact: str, note: str, tags: str, spec: str) -> bool:
        raw = f"{exact}\n{note}\n{tags}"
        hay = self._folded.get(raw)
        if hay is None:
            if len(self._folded) > 200_000:
                self._folded.clear()
            hay = self._folded[raw] = fold(raw.replace(TAG_SEP, "\n"))
        return any(all(t in hay for t in terms) for terms in _variants(spec))


# What the queries join when there is no usable library index: no rows.
_NO_LIBRARY = "(SELECT NULL AS path, '' AS source, NULL AS date WHERE 0)"


class Notebook:
    """A read-only view of every annotation of a data folder, with the library's metadata.

    Thread-safe (one connection behind a lock): the ids can be computed on a worker while the
    UI thread reads rows.
    """

    def __init__(self, annotations: Path, library: Path | None = None) -> None:
        self._lock = threading.Lock()
        # Read only, in a read-only data folder too (see storage.open_read_only).
        self._db = open_read_only(annotations, check_same_thread=False)
        self._db.create_function("notebook_match", 4, _Matcher(), deterministic=True)
        self._db.create_function("colour_rank", 1, _colour_rank, deterministic=True)
        self._lib = _NO_LIBRARY
        if library is not None and library.exists():
            try:
                self._db.execute(
                    "ATTACH DATABASE ? AS lib", (library.absolute().as_uri() + "?mode=ro",)
                )
                self._db.execute("SELECT path, source, date FROM lib.documents LIMIT 1")
                self._lib = "lib.documents"
            except sqlite3.Error:
                # No usable index (damaged, or another format): titles and paths still come
                # from the annotation store.
                self._lib = _NO_LIBRARY

    def close(self) -> None:
        """Close the connection."""
        with self._lock:
            self._db.close()

    def __enter__(self) -> Notebook:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ----- the list -----
    def _where(self, query: NotebookQuery) -> tuple[str, list[object]]:
        clauses: list[str] = []
        params: list[object] = []
        if query.colours and set(query.colours) != set(Colour):
            marks = ",".join("?" * len(query.colours))
            clauses.append(f"a.colour IN ({marks})")
            params.extend(sorted(c.value for c in query.colours))
        if query.document_id is not None:
            clauses.append("a.document_id = ?")
            params.append(query.document_id)
        if query.source is not None:
            # Matched per annotated document (a few thousand), not per annotation.
            clauses.append(
                "a.document_id IN (SELECT d2.id FROM documents d2"
                f" LEFT JOIN {self._lib} l2 ON l2.path = d2.path"
                " WHERE coalesce(l2.source, '') = ?)"
            )
            params.append(query.source)
        if query.since is not None:
            clauses.append("a.created >= ?")
            params.append(format_time(query.since))
        if query.until is not None:
            clauses.append("a.created < ?")
            params.append(format_time(query.until))
        variants = query_variants(query.text) if query.text.strip() else []
        if variants:
            # Last: the cheaper conditions above leave it fewer rows to fold.
            clauses.append("notebook_match(a.exact, a.note, a.tags, ?)")
            params.append(_VARIANT_SEP.join(_TERM_SEP.join(terms) for terms in variants))
        return "".join(f" AND {c}" for c in clauses), params

    def ids(self, query: NotebookQuery) -> list[str]:
        """The ids of the annotations ``query`` shows, in its order."""
        where, params = self._where(query)
        sql = f"SELECT a.id{_FROM.format(lib=self._lib)}{where} ORDER BY {_ORDER[query.sort]}"
        with self._lock:
            return [r[0] for r in self._db.execute(sql, params)]

    def total(self) -> int:
        """How many live annotations there are."""
        with self._lock:
            row = self._db.execute("SELECT count(*) FROM annotations WHERE deleted IS NULL")
            return int(row.fetchone()[0])

    def entries(self, ids: Sequence[str]) -> dict[str, NotebookEntry]:
        """The rows of these annotations (ids that are gone are missing from the result)."""
        found: dict[str, NotebookEntry] = {}
        columns = (
            'a.id, a.document_id, a.colour, a.exact, a.note, a.created, a.start, a."end",'
            " d.path, d.title, coalesce(l.source, ''), l.date"
        )
        for first in range(0, len(ids), 500):
            chunk = list(ids[first : first + 500])
            marks = ",".join("?" * len(chunk))
            sql = f"SELECT {columns}{_FROM.format(lib=self._lib)} AND a.id IN ({marks})"
            with self._lock:
                rows = self._db.execute(sql, chunk).fetchall()
            for row in rows:
                colour = Colour(row[2]) if row[2] in Colour.__members__.values() else Colour.YELLOW
                found[row[0]] = NotebookEntry(
                    id=row[0],
                    document_id=int(row[1]),
                    colour=colour,
                    quote=row[3],
                    note=row[4],
                    created=parse_time(row[5]),
                    start=int(row[6]),
                    end=int(row[7]),
                    path=str(row[8] or ""),
                    title=str(row[9] or ""),
                    source=str(row[10] or ""),
                    date=_timestamp(row[11]),
                )
        return found

    # ----- what the filters offer -----
    def documents(self) -> list[tuple[int, str, int]]:
        """Every annotated document: (id, title, number of live annotations), by title."""
        with self._lock:
            rows = self._db.execute(
                "SELECT d.id, d.title, count(*) FROM annotations a JOIN documents d"
                " ON d.id = a.document_id WHERE a.deleted IS NULL"
                " GROUP BY d.id ORDER BY d.title COLLATE NOCASE, d.id"
            ).fetchall()
        return [(int(i), str(t or ""), int(n)) for i, t, n in rows]

    def sources(self) -> list[tuple[str, int]]:
        """The sources of annotated documents (as the index knows them) with their number of
        annotations, most annotated first; '' stands for documents without a known source."""
        sql = (
            "SELECT coalesce(l.source, ''), sum(c.n) FROM (SELECT document_id, count(*) AS n"
            " FROM annotations WHERE deleted IS NULL GROUP BY document_id) c"
            f" JOIN documents d ON d.id = c.document_id LEFT JOIN {self._lib} l"
            " ON l.path = d.path GROUP BY 1 ORDER BY 2 DESC, 1"
        )
        with self._lock:
            rows = self._db.execute(sql).fetchall()
        return [(str(s), int(n)) for s, n in rows]

    # ----- export -----
    def export_entries(self, ids: Iterable[str]) -> list[tuple[DocumentRecord, list[Annotation]]]:
        """The chosen annotations grouped by document, for the export functions of
        :mod:`reader.model.annotations.transfer` (documents by title, annotations in reading
        order)."""
        wanted = list(dict.fromkeys(ids))
        annotations: list[Annotation] = []
        for first in range(0, len(wanted), 500):
            chunk = wanted[first : first + 500]
            marks = ",".join("?" * len(chunk))
            with self._lock:
                rows = self._db.execute(
                    f"SELECT {ANNOTATION_COLUMNS} FROM annotations"
                    f" WHERE deleted IS NULL AND id IN ({marks})",
                    chunk,
                ).fetchall()
            annotations.extend(annotation_from_row(r) for r in rows)
        doc_ids = sorted({a.document_id for a in annotations})
        records: dict[int, DocumentRecord] = {}
        for first in range(0, len(doc_ids), 500):
            chunk_ids = doc_ids[first : first + 500]
            marks = ",".join("?" * len(chunk_ids))
            with self._lock:
                rows = self._db.execute(
                    f"SELECT {DOCUMENT_COLUMNS} FROM documents WHERE id IN ({marks})", chunk_ids
                ).fetchall()
            records.update((int(r[0]), record_from_row(r)) for r in rows)
        grouped: dict[int, list[Annotation]] = {}
        for ann in annotations:
            grouped.setdefault(ann.document_id, []).append(ann)
        result = []
        for doc_id, anns in grouped.items():
            anns.sort(key=lambda a: (a.position.start, a.position.end, a.created))
            result.append((records[doc_id], anns))
        result.sort(key=lambda e: (e[0].title.casefold(), e[0].id))
        return result


def _timestamp(value: object) -> datetime | None:
    if not isinstance(value, int | float):
        return None
    try:
        return datetime.fromtimestamp(value, UTC)
    except (OverflowError, OSError, ValueError):
        return None
