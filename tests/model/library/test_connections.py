"""The kept read connections: the same answers as a fresh connection's, every commit seen, a
replaced index never read, nothing left open or shared between threads."""

from __future__ import annotations

import shutil
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.model.document.parser import parse_file
from reader.model.library.connections import ReadConnections, connection
from reader.model.library.index import LibraryIndex
from reader.model.library.listing import ListQuery
from reader.model.library.queries import folder_counts, library_facets, listed, search_page
from reader.model.library.search import QueryError
from reader.model.library.state import ReadingState, document_key
from reader.model.library.views import start_of_today, view_counts
from tests.conftest import FIXTURES, fixture_posts
from tests.open_files import open_files

POSTS = FIXTURES / "corpus"
#: Characters and words of the fixture posts' titles and texts, and some that match nothing.
PIECES = ["川普", "政府", "美国", "美國", "中国", "的", "新冠", "疫苗", "香港", "the", "Xi",
          "火", "zzzq", " ", '"', "-", "OR", "*", "人", "选举", "選舉", "台湾", "臺灣",
          "经济"]  # fmt: skip


def index_folder(db_path: Path, folder: Path) -> None:
    index = LibraryIndex(db_path)
    try:
        index.update([folder], workers=1)
    finally:
        index.close()


@pytest.fixture(scope="module")
def indexed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An index of the fixture posts (tests that only read share it)."""
    db_path = tmp_path_factory.mktemp("kept") / "library.sqlite3"
    index_folder(db_path, POSTS)
    return db_path


@pytest.fixture
def reads(indexed: Path) -> Iterator[ReadConnections]:
    kept = ReadConnections(indexed)
    yield kept
    kept.close()


def roots() -> tuple[str, ...]:
    return (str(POSTS.absolute()),)


def page_or_error(source: Path | ReadConnections, query: str, offset: int) -> object:
    try:
        return search_page(source, query, roots(), offset, 5)
    except QueryError as exc:
        return ("QueryError", str(exc))


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=4), st.sampled_from([0, 5]))
def test_a_kept_connection_answers_as_a_fresh_one(
    reads: ReadConnections, indexed: Path, pieces: list[str], offset: int
) -> None:
    query = "".join(pieces)
    assert page_or_error(reads, query, offset) == page_or_error(indexed, query, offset)
    assert reads.opened == 1  # the same connection every time


@pytest.mark.parametrize("read", [None, False, True])
def test_the_lists_and_counts_are_a_fresh_connections(
    tmp_path: Path, indexed: Path, read: bool | None
) -> None:
    state = ReadingState(tmp_path / "state.sqlite3")
    first = fixture_posts()[0]
    state.set_read([document_key(first, parse_file(first).source_url)])
    reads = ReadConnections(indexed, state.path)
    try:
        query = ListQuery(roots=roots(), read=read)
        kept_ids, kept_total = listed(reads, query)
        fresh_ids, fresh_total = listed(indexed, query, state.path)
        assert (kept_ids.tolist(), kept_total) == (fresh_ids.tolist(), fresh_total)
        if read:
            assert len(kept_ids.tolist()) == 1  # the one marked read, through the kept one
        assert library_facets(reads, roots()) == library_facets(indexed, roots())
        assert folder_counts(reads, roots()) == folder_counts(indexed, roots())
        today = start_of_today()
        assert view_counts(reads, None, roots(), today, ()) == view_counts(
            indexed, state.path, roots(), today, ()
        )
        assert reads.opened == 1
    finally:
        reads.close()
        state.close()


def test_one_connection_is_kept_and_reused(reads: ReadConnections) -> None:
    for _ in range(5):
        page = search_page(reads, "川普政府", roots(), 0, 5)
        assert page.hits
    assert (reads.opened, reads.kept) == (1, 1)


def test_a_commit_by_another_connection_is_seen_by_the_next_search(tmp_path: Path) -> None:
    library = tmp_path / "lib"
    library.mkdir()
    (library / "a.md").write_text("---\ntitle: 第一篇\n---\n\n開頭的文字\n", encoding="utf-8")
    db_path = tmp_path / "library.sqlite3"
    index_folder(db_path, library)
    state = ReadingState(tmp_path / "state.sqlite3")
    reads = ReadConnections(db_path, state.path)
    try:
        assert search_page(reads, "停火協議", None, 0, 10).total == 0
        everything = ListQuery(roots=(str(library),))
        assert len(listed(reads, everything)[0]) == 1
        (library / "b.md").write_text(
            "---\ntitle: 第二篇\n---\n\n雙方簽下停火協議\n", encoding="utf-8"
        )
        index_folder(db_path, library)  # another connection commits
        page = search_page(reads, "停火协议", None, 0, 10)
        assert [h.title for h in page.hits] == ["第二篇"] and page.total == 1
        # Read marks stored through the state's own connection are seen by the next list.
        ids, total = listed(reads, everything)
        assert (len(ids), total) == (2, 2)
        state.set_read([f"path:{(library / 'b.md').absolute()}"])
        unread = ListQuery(roots=(str(library),), read=False)
        assert len(listed(reads, unread)[0]) == 1
        assert reads.opened == 1
    finally:
        reads.close()
        state.close()


def test_a_cursor_left_unfinished_holds_no_snapshot_and_no_checkpoint(tmp_path: Path) -> None:
    library = tmp_path / "lib"
    shutil.copytree(POSTS, library)
    db_path = tmp_path / "library.sqlite3"
    index_folder(db_path, library)
    reads = ReadConnections(db_path)
    try:
        with reads.borrow() as index:
            left = index.execute("SELECT id FROM documents")
            assert left.fetchone() is not None  # and the rest never read, the cursor kept
        writer = sqlite3.connect(db_path, isolation_level=None)
        try:
            writer.execute("UPDATE documents SET title = 'changed' WHERE id = 1")
            busy, _, _ = writer.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            assert busy == 0
        finally:
            writer.close()
        with reads.borrow() as index:
            assert index.execute("SELECT title FROM documents WHERE id = 1").fetchone() == (
                "changed",
            )
        assert reads.opened == 1
        assert left is not None
    finally:
        reads.close()


def test_an_error_in_a_search_leaves_the_connection_clean(reads: ReadConnections) -> None:
    with pytest.raises(QueryError):
        search_page(reads, '"', roots(), 0, 5)
    assert search_page(reads, "川普政府", roots(), 0, 5).hits
    with pytest.raises(sqlite3.OperationalError), reads.borrow() as index:
        index.execute("SELECT nothing FROM nowhere")
    assert reads.kept == 0  # an SQLite error: that connection is not kept
    assert search_page(reads, "川普政府", roots(), 0, 5).hits


@pytest.mark.parametrize("how", ["deleted", "moved aside", "rebuilt at the path"])
def test_a_replaced_index_is_opened_again_not_read_stale(tmp_path: Path, how: str) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    shutil.copytree(POSTS, first)
    second.mkdir()
    (second / "only.md").write_text("---\ntitle: 唯一\n---\n\n川普政府的新文\n", encoding="utf-8")
    db_path = tmp_path / "index" / "library.sqlite3"
    db_path.parent.mkdir()
    index_folder(db_path, first)
    reads = ReadConnections(db_path)
    try:
        before = search_page(reads, "川普政府", None, 0, 50)
        assert before.hits and all(h.path.is_relative_to(first) for h in before.hits)
        if how == "deleted":
            for path in db_path.parent.glob("library.sqlite3*"):
                path.unlink()
        else:
            aside = db_path.with_name("library.sqlite3.damaged")
            db_path.rename(aside)
            for suffix in ("-wal", "-shm"):
                side = db_path.with_name(db_path.name + suffix)
                if side.exists():
                    side.rename(aside.with_name(aside.name + suffix))
            if how == "rebuilt at the path":
                index_folder(db_path, second)
        after = search_page(reads, "川普政府", None, 0, 50)
        assert after == search_page(db_path, "川普政府", None, 0, 50)  # a fresh connection's
        assert reads.opened == 2
        if how == "rebuilt at the path":
            assert [h.title for h in after.hits] == ["唯一"]
        else:
            assert after.hits == [] and db_path.is_file()  # made anew, as a fresh one does
        # The old file is no longer held open (only the new one, by the kept connection).
        held = open_files(tmp_path)
        assert held and all(Path(p).name.startswith("library.sqlite3") for p in held)
        assert not [p for p in held if "damaged" in p or p.endswith("(deleted)")]
    finally:
        reads.close()
    assert open_files(tmp_path) == []


def test_an_index_made_again_in_place_is_opened_again(tmp_path: Path) -> None:
    db_path = tmp_path / "library.sqlite3"
    index_folder(db_path, POSTS)
    reads = ReadConnections(db_path)
    try:
        assert search_page(reads, "川普政府", None, 0, 5).hits
        # Another version of the reader rewrote it in place (another format, its own table).
        other = sqlite3.connect(db_path, isolation_level=None)
        try:
            other.execute("UPDATE meta SET value = '99' WHERE key = 'schema'")
            other.execute("CREATE TABLE newer_format (x)")
        finally:
            other.close()
        after = search_page(reads, "川普政府", None, 0, 5)
        assert reads.opened == 2  # opened anew: LibraryIndex checked the format again
        assert after == search_page(db_path, "川普政府", None, 0, 5)
        assert after.hits == []  # this version's index is rebuilt from nothing
    finally:
        reads.close()


def test_close_closes_every_kept_connection_and_later_ones_are_not_kept(
    indexed: Path, tmp_path: Path
) -> None:
    copy = tmp_path / "library.sqlite3"
    shutil.copy(indexed, copy)
    reads = ReadConnections(copy, keep=2)
    started = threading.Barrier(3)
    release = threading.Event()

    def hold() -> None:
        with reads.borrow():
            started.wait()
            release.wait()

    threads = [threading.Thread(target=hold) for _ in range(2)]
    for thread in threads:
        thread.start()
    started.wait()
    release.set()
    for thread in threads:
        thread.join()
    assert (reads.opened, reads.kept) == (2, 2)
    assert open_files(copy)
    reads.close()
    assert reads.kept == 0 and open_files(copy) == []
    assert search_page(reads, "川普政府", roots(), 0, 5).hits  # its own, closed after
    assert reads.kept == 0 and open_files(copy) == []


def test_a_connection_is_lent_to_one_thread_at_a_time(reads: ReadConnections) -> None:
    holding: set[int] = set()
    lock = threading.Lock()
    clashes: list[int] = []
    errors: list[BaseException] = []
    start = threading.Barrier(4)

    def work() -> None:
        start.wait()
        try:
            for _ in range(15):
                with reads.borrow() as index:
                    with lock:
                        if id(index) in holding:
                            clashes.append(id(index))
                        holding.add(id(index))
                    assert search_page_on(index)
                    with lock:
                        holding.discard(id(index))
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == [] and clashes == []
    assert reads.kept <= 2


def search_page_on(index: LibraryIndex) -> bool:
    from reader.model.library.search import search

    return bool(search(index, "川普政府", limit=3))


def test_a_state_database_made_later_is_attached(tmp_path: Path, indexed: Path) -> None:
    state_path = tmp_path / "state.sqlite3"
    reads = ReadConnections(indexed, state_path)
    try:
        unread = ListQuery(roots=roots(), read=False)
        every = len(listed(reads, unread)[0])
        state = ReadingState(state_path)  # the first mark makes the file
        try:
            first = fixture_posts()[0]
            state.set_read([document_key(first, parse_file(first).source_url)])
            assert len(listed(reads, unread)[0]) == every - 1
        finally:
            state.close()
    finally:
        reads.close()


def test_kept_connections_take_their_own_state_only(reads: ReadConnections, tmp_path: Path) -> None:
    with pytest.raises(ValueError), connection(reads, tmp_path / "other.sqlite3"):
        pass
