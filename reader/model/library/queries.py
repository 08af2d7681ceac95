"""The queries the library pane runs in the background, each on its own connection.

A :class:`~reader.model.library.index.LibraryIndex` must stay on the thread that opened it, so
every query here opens (cheap) and closes its own: the list ids, the filter menus' facets, a
read mark (the indexer may hold the write lock) and a search. :func:`parse_day` reads the date
filter's bounds.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from reader.model.library.index import LibraryIndex
from reader.model.library.listing import ListQuery
from reader.model.library.search import SearchHit, search


def list_ids(db_path: Path, query: ListQuery) -> tuple[list[int], int]:
    """The ids the list shows and the library's total (run in the background: it opens its
    own connection)."""
    index = LibraryIndex(db_path)
    try:
        return index.list_ids(query), index.total(query.roots)
    finally:
        index.close()


def library_facets(db_path: Path, roots: tuple[str, ...]) -> tuple[list[str], list[str]]:
    """Sources and tags for the filter menus (background)."""
    index = LibraryIndex(db_path)
    try:
        return [s for s, _ in index.sources(roots)[:300]], [t for t, _ in index.tags(roots)[:300]]
    finally:
        index.close()


def mark_read(db_path: Path, id_: int) -> int:
    """Store a document as read (background: the indexer may hold the write lock)."""
    index = LibraryIndex(db_path)
    try:
        index.set_read(id_, True)
    finally:
        index.close()
    return id_


def parse_day(text: str, end: bool) -> datetime | None:
    """The first (or with ``end``, the last) second of a day, month or year written as
    ``2021-02-03``, ``2021-02`` or ``2021`` (UTC); None for an empty text.

    Raises:
        ValueError: ``text`` is none of these.
    """
    text = text.strip()
    if not text:
        return None
    for fmt, length in (("%Y-%m-%d", 10), ("%Y-%m", 7), ("%Y", 4)):
        try:
            day = datetime.strptime(text[:length], fmt).replace(tzinfo=UTC)
        except ValueError:
            continue
        if end:
            if fmt == "%Y":
                day = day.replace(month=12, day=31)
            elif fmt == "%Y-%m":
                next_month = day.replace(day=28).toordinal() + 4
                day = datetime.fromordinal(next_month).replace(tzinfo=UTC, day=1)
                day = datetime.fromordinal(day.toordinal() - 1).replace(tzinfo=UTC)
            day = day.replace(hour=23, minute=59, second=59)
        return day
    raise ValueError(text)


def run_search(
    db_path: Path, query: str, roots: tuple[str, ...] | None, limit: int
) -> list[SearchHit]:
    """Search in the background (its own connection)."""
    index = LibraryIndex(db_path)
    try:
        return search(index, query, limit=limit, roots=roots)
    finally:
        index.close()
