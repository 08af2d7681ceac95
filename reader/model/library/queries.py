"""The queries the library pane runs in the background, each on a connection of its own.

A query's connection comes from its *source* (:data:`~reader.model.library.connections.
IndexSource`): the index's path, opened and closed for it, or the window's kept read
connections (:class:`~reader.model.library.connections.ReadConnections`), one lent to it for
its length: the list ids, the filter menus' facets, marking a whole list read, the folders'
counts and the search pages. Forgetting folders writes, and opens its own. :func:`parse_day`
reads the date filter's bounds.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from reader.model.library.connections import IndexSource, connection
from reader.model.library.index import LibraryIndex
from reader.model.library.listing import ListedIds, ListQuery
from reader.model.library.state import ReadingState

TYPE_CHECKING = False  # typing's, without importing typing at start-up (mypy reads it so)
if TYPE_CHECKING:  # search itself is imported by the first search (not at start-up)
    from reader.model.library.search import SearchHit


def list_ids(
    source: IndexSource, query: ListQuery, state_path: Path | None = None
) -> tuple[list[int], int]:
    """The ids the list shows and the library's total (run in the background; ``state_path``,
    the read marks and stars to filter by)."""
    ids, total = listed(source, query, state_path)
    return ids.tolist(), total


def listed(
    source: IndexSource, query: ListQuery, state_path: Path | None = None
) -> tuple[ListedIds, int]:
    """:func:`list_ids` as the window keeps them (:class:`ListedIds`: one array)."""
    with connection(source, state_path) as index:
        return index.listed_ids(query), index.total(query.roots)


def library_facets(
    source: IndexSource, roots: tuple[str, ...]
) -> tuple[list[tuple[str, int]], list[tuple[str, int]]]:
    """Sources and tags for the filter menus, each with its number of documents (background)."""
    with connection(source) as index:
        return index.sources(roots)[:1000], index.tags(roots)[:1000]


def mark_listed(
    source: IndexSource, state: ReadingState, query: ListQuery, read: bool = True
) -> list[str]:
    """Mark every document ``query`` shows read (or unread); the keys marked (background)."""
    with connection(source, state.path) as index:
        keys = index.keys(query)
    state.set_read(keys, read)
    return keys


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
    source: IndexSource, query: str, roots: tuple[str, ...] | None, limit: int
) -> list[SearchHit]:
    """Search in the background."""
    from reader.model.library.search import search

    with connection(source) as index:
        return search(index, query, limit=limit, roots=roots)


@dataclass(frozen=True, slots=True)
class SearchPage:
    """A page of search results: ``hits`` from ``offset`` on; ``total``, how many documents
    match in all (counted with the first page, None on later ones)."""

    query: str
    offset: int
    hits: list[SearchHit]
    total: int | None
    #: Whether ``total`` is exact (else an upper bound: a long phrase of common words).
    exact: bool = True


def search_page(
    source: IndexSource, query: str, roots: tuple[str, ...] | None, offset: int, limit: int
) -> SearchPage:
    """A page of results, with the count on the first page (background; the hits and the
    count read one state of the index)."""
    from reader.model.library.search import count_at_most, search

    with connection(source) as index:
        hits = search(index, query, limit=limit, offset=offset, roots=roots)
        if offset:
            return SearchPage(query, offset, hits, None)
        if len(hits) < limit:  # every match is in this page
            return SearchPage(query, offset, hits, len(hits))
        total, exact = count_at_most(index, query, roots)
        return SearchPage(query, offset, hits, total, exact)


def store_read(state: ReadingState, key: str, id_: int) -> int:
    """Store a document as read (background: synced to disk before it returns); its id."""
    state.set_read([key])
    return id_


def adopt_index_read_marks(db_path: Path, state: ReadingState) -> int:
    """Copy the read flags an older version kept in the index into the new state database
    (once, when it is made); how many (background)."""
    index = LibraryIndex(db_path)
    try:
        keys = [str(r[0]) for r in index.execute("SELECT doc_key FROM documents WHERE read = 1")]
    finally:
        index.close()
    state.set_read(keys)
    return len(keys)


def folder_counts(source: IndexSource, roots: tuple[str, ...]) -> dict[str, int]:
    """How many documents of each library folder are indexed (background)."""
    with connection(source) as index:
        return {root: index.total((root,)) for root in roots}


def forget_folders(db_path: Path, keep: tuple[Path, ...]) -> int:
    """Drop from the index the documents of folders no longer in the library (background);
    how many. Annotations, read marks and stars are the user's and are kept."""
    index = LibraryIndex(db_path)
    try:
        return index.forget_roots_except(keep)
    finally:
        index.close()
