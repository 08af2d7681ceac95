"""Tests of the library pane's background queries: list ids, facets, read marks, date bounds."""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlparse

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.model.document.parser import parse_file
from reader.model.library.index import LibraryIndex
from reader.model.library.listing import ListedIds, ListQuery
from reader.model.library.queries import (
    library_facets,
    list_ids,
    listed,
    mark_listed,
    parse_day,
    run_search,
)
from reader.model.library.state import ReadingState
from tests.conftest import FIXTURES, fixture_posts

POSTS = FIXTURES / "corpus"


@pytest.fixture(scope="module")
def indexed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The database of an index of the fixture posts (read-only tests share it)."""
    db_path = tmp_path_factory.mktemp("queries") / "library.sqlite3"
    index = LibraryIndex(db_path)
    try:
        index.update([POSTS], workers=1)
    finally:
        index.close()
    yield db_path


@pytest.fixture
def writable(tmp_path: Path, indexed: Path) -> Path:
    """A copy of the fixture index that a test may change."""
    copy = tmp_path / "library.sqlite3"
    source = sqlite3.connect(indexed)
    try:
        source.execute("VACUUM INTO ?", (str(copy),))
    finally:
        source.close()
    return copy


def roots() -> tuple[str, ...]:
    return (str(POSTS.absolute()),)


def documents() -> int:
    return sum(1 for p in POSTS.rglob("*") if p.is_file())


def dates(db_path: Path, ids: list[int]) -> list[datetime | None]:
    index = LibraryIndex(db_path)
    try:
        rows = index.summaries(ids)
    finally:
        index.close()
    return [rows[i].date for i in ids]


# ----- parse_day -----
@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("2021", datetime(2021, 1, 1), datetime(2021, 12, 31, 23, 59, 59)),
        ("2021-02", datetime(2021, 2, 1), datetime(2021, 2, 28, 23, 59, 59)),
        ("2021-02-03", datetime(2021, 2, 3), datetime(2021, 2, 3, 23, 59, 59)),
        ("2020-02", datetime(2020, 2, 1), datetime(2020, 2, 29, 23, 59, 59)),  # a leap year
        ("2021-04", datetime(2021, 4, 1), datetime(2021, 4, 30, 23, 59, 59)),
        ("2021-12", datetime(2021, 12, 1), datetime(2021, 12, 31, 23, 59, 59)),
        ("  2021-01-31 ", datetime(2021, 1, 31), datetime(2021, 1, 31, 23, 59, 59)),
    ],
)
def test_parse_day_gives_the_first_and_last_second_in_utc(
    text: str, start: datetime, end: datetime
) -> None:
    assert parse_day(text, end=False) == start.replace(tzinfo=UTC)
    assert parse_day(text, end=True) == end.replace(tzinfo=UTC)


@pytest.mark.parametrize("text", ["", "   "])
def test_parse_day_of_nothing_is_no_bound(text: str) -> None:
    assert parse_day(text, end=False) is None
    assert parse_day(text, end=True) is None


@pytest.mark.parametrize("text", ["abc", "21-02", "February 2021"])
def test_parse_day_rejects_what_is_not_a_date(text: str) -> None:
    with pytest.raises(ValueError):
        parse_day(text, end=False)
    with pytest.raises(ValueError):
        parse_day(text, end=True)


# ----- list ids -----
def test_list_ids_are_the_listed_documents_newest_first_with_the_total(indexed: Path) -> None:
    ids, total = list_ids(indexed, ListQuery(roots=roots()))
    assert len(ids) == total == documents()
    known = [d for d in dates(indexed, ids) if d is not None]
    assert known == sorted(known, reverse=True)


def test_list_ids_total_is_the_library_not_the_filtered_list(indexed: Path) -> None:
    query = ListQuery(
        roots=roots(),
        date_from=parse_day("2021", end=False),
        date_to=parse_day("2021", end=True),
    )
    ids, total = list_ids(indexed, query)
    expected = sum(1 for p in fixture_posts() if (d := parse_file(p).date) and d.year == 2021)
    assert len(ids) == expected > 0
    assert total == documents()
    assert all(d is not None and d.year == 2021 for d in dates(indexed, ids))


def test_list_ids_of_another_folder_are_empty(indexed: Path, tmp_path: Path) -> None:
    assert list_ids(indexed, ListQuery(roots=(str(tmp_path),))) == ([], 0)


@pytest.mark.parametrize(
    "query",
    [
        ListQuery(roots=roots()),
        ListQuery(roots=roots(), descending=False),
        ListQuery(roots=roots(), sort="title"),
        ListQuery(roots=roots(), sort="source", descending=False),
        ListQuery(roots=roots(), date_from=datetime(2021, 1, 1, tzinfo=UTC)),
        ListQuery(roots=(), sort="title"),
    ],
)
def test_listed_ids_are_the_list_ids(indexed: Path, query: ListQuery) -> None:
    ids, total = list_ids(indexed, query)
    shown, shown_total = listed(indexed, query)
    assert shown.tolist() == ids and shown_total == total
    assert [shown.row_of(i) for i in ids] == list(range(len(ids)))
    assert shown.row_of(max(ids, default=0) + 1) is None and shown.row_of(-1) is None


@given(
    st.lists(st.integers(-(2**62), 2**62), unique=True),
    st.integers(-(2**62), 2**62),
    st.integers(-1, 30),
)
def test_listed_ids_find_the_row_of_every_id_and_no_other(
    ids: list[int], other: int, after: int
) -> None:
    shown = ListedIds(ids)
    assert len(shown) == len(ids) and shown.tolist() == ids
    assert all(shown.row_of(i) == row and shown[row] == i for row, i in enumerate(ids))
    assert shown.row_of(other) == (ids.index(other) if other in ids else None)
    assert shown.row_of(2**70) is None
    assert shown.page(1, 3) == ids[1:3]
    wanted = set(ids[::3]) | {other}
    rows = [r for r, i in enumerate(ids) if i in wanted]
    later = [r for r in rows if r > after]
    assert shown.first_row_of(wanted, after) == (later[0] if later else rows[0] if rows else None)


# ----- facets -----
def test_facets_are_sources_and_tags_most_frequent_first(indexed: Path) -> None:
    sources, tags = library_facets(indexed, roots())
    docs = [parse_file(p) for p in fixture_posts()]
    source_counts = Counter(
        d.author or urlparse(d.source_url).hostname or "" for d in docs if d.error is None
    )
    tag_counts = Counter(t for d in docs for t in set(d.tags))
    assert sources == sorted(source_counts.items(), key=lambda i: (-i[1], i[0]))
    assert tags == sorted(tag_counts.items(), key=lambda i: (-i[1], i[0]))
    assert sources[0][0] == tags[0][0] == "iYouPort"


def test_facets_of_another_folder_are_empty(indexed: Path, tmp_path: Path) -> None:
    assert library_facets(indexed, (str(tmp_path),)) == ([], [])


# ----- read marks -----
def test_mark_listed_marks_what_the_query_shows(tmp_path: Path, writable: Path) -> None:
    state = ReadingState(tmp_path / "state.sqlite3")
    try:
        ids, _ = list_ids(writable, ListQuery(roots=roots()), state.path)
        newest = dates(writable, ids[:1])[0]
        assert newest is not None
        older = ListQuery(
            roots=roots(), date_to=datetime.fromtimestamp(newest.timestamp() - 1, UTC)
        )
        keys = mark_listed(writable, state, older)
        assert keys and len(keys) < len(ids)
        read, total = list_ids(writable, ListQuery(roots=roots(), read=True), state.path)
        unread, _ = list_ids(writable, ListQuery(roots=roots(), read=False), state.path)
        assert len(read) == len(keys) and total == documents()
        assert ids[0] in unread and sorted(read + unread) == sorted(ids)
    finally:
        state.close()


# ----- search -----
def test_run_search_finds_across_scripts_within_the_roots(indexed: Path, tmp_path: Path) -> None:
    hits = run_search(indexed, "川普政府", roots(), 5)  # simplified; the post is traditional
    assert hits and all(POSTS.absolute() in h.path.parents for h in hits)
    assert run_search(indexed, "川普政府", (str(tmp_path),), 5) == []
