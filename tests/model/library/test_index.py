"""Tests of the library index: scanning, incremental updates, the list queries."""

from __future__ import annotations

import concurrent.futures
import os
import sqlite3
import time
from collections.abc import Iterator
from concurrent.futures.process import BrokenProcessPool
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from reader.model.document.problems import Problem
from reader.model.library import index as index_module
from reader.model.library import records as records_module
from reader.model.library import writer as writer_module
from reader.model.library.index import LibraryIndex
from reader.model.library.listing import ListQuery
from reader.model.library.scan import scan
from reader.model.library.state import ReadingState, document_key


def post(title: str, body: str, date: str = "2021-01-10T10:00:00Z", **meta: str) -> str:
    extra = "".join(f"{k}: {v}\n" for k, v in meta.items())
    return f'---\ntitle: "{title}"\ndate: {date}\n{extra}---\n\n{body}\n'


ODD_NAMES = [
    "with space.md",
    "no\u00a0break\u00a0space.md",
    'colon: question? quote" pipe|.md',
    "line\nbreak.md",
    ("長" * 76) + ".md",  # 228 UTF-8 bytes + 3
]


@pytest.fixture
def state(tmp_path: Path) -> Iterator[ReadingState]:
    store = ReadingState(tmp_path / "data" / "state.sqlite3")
    yield store
    store.close()


@pytest.fixture
def lib(tmp_path: Path, state: ReadingState) -> LibraryIndex:
    index = LibraryIndex(tmp_path / "data" / "library.sqlite3", state.path)
    yield index  # type: ignore[misc]
    index.close()


def test_scan_finds_odd_names_and_skips_other_files(tmp_path: Path) -> None:
    root = tmp_path / "lib"
    (root / "sub" / "deeper").mkdir(parents=True)
    for i, name in enumerate(ODD_NAMES):
        (root / "sub" / name).write_text(post(f"odd {i}", "正文"), encoding="utf-8")
    (root / "sub" / "deeper" / "page.HTML").write_text("<h1>標題</h1><p>內容</p>")
    (root / "notes.txt").write_text("純文字摘錄\n\n第二段")
    (root / "image.png").write_bytes(b"\x89PNG")
    (root / ".hidden.md").write_text(post("hidden", "x"))
    assert len((root / "sub" / ODD_NAMES[-1]).name.encode()) > 230
    found = scan([root])
    names = sorted(f.path.name for f in found.files)
    assert names == sorted([*ODD_NAMES, "page.HTML", "notes.txt"])
    assert found.problems == []


def test_odd_names_are_indexed_and_listed(tmp_path: Path, lib: LibraryIndex) -> None:
    root = tmp_path / "lib"
    root.mkdir()
    for i, name in enumerate(ODD_NAMES):
        (root / name).write_text(post(f"odd {i}", f"正文{i}"), encoding="utf-8")
    stats = lib.update([root], workers=1)
    assert (stats.parsed, stats.errors) == (len(ODD_NAMES), 0)
    rows = lib.summaries(lib.list_ids(ListQuery()))
    assert sorted(r.path.name for r in rows.values()) == sorted(ODD_NAMES)
    summary = lib.summary_of(root / "line\nbreak.md")
    assert summary is not None and summary.title == "odd 3"


def test_unreadable_files_are_listed_with_their_reason(tmp_path: Path, lib: LibraryIndex) -> None:
    root = tmp_path / "lib"
    root.mkdir()
    (root / "empty.md").write_bytes(b"")
    (root / "good.md").write_text(post("好", "內容"))
    locked = root / "locked.md"
    locked.write_text(post("鎖", "內容"))
    locked.chmod(0)
    try:
        stats = lib.update([root], workers=1)
    finally:
        locked.chmod(0o644)
    rows = {r.path.name: r for r in lib.summaries(lib.list_ids(ListQuery())).values()}
    assert "empty" in Problem.decode(rows["empty.md"].error or "").english
    if os.geteuid() != 0:  # root reads any file
        assert "permission" in Problem.decode(rows["locked.md"].error or "").english
    assert rows["good.md"].error is None
    assert stats.errors >= 1


def test_incremental_update_parses_only_what_changed(
    tmp_path: Path, lib: LibraryIndex, state: ReadingState
) -> None:
    root = tmp_path / "lib"
    root.mkdir()
    for i in range(5):
        (root / f"{i}.md").write_text(post(f"文章{i}", f"內容{i}"))
    first = lib.update([root], workers=1)
    assert (first.parsed, first.unchanged) == (5, 0)
    same = lib.update([root], workers=1)
    assert (same.parsed, same.unchanged, same.deleted) == (0, 5, 0)
    summary = lib.summary_of(root / "1.md")
    assert summary is not None
    doc_id = summary.id
    state.set_read([summary.key])
    (root / "1.md").write_text(post("改過的標題", "新的內容 停火"))
    os.utime(root / "1.md", ns=(time.time_ns(), time.time_ns() + 10**9))
    (root / "2.md").unlink()
    (root / "new.md").write_text(post("新文章", "內容"))
    again = lib.update([root], workers=1)
    assert (again.parsed, again.unchanged, again.deleted) == (2, 3, 1)
    changed = lib.summary_of(root / "1.md")
    assert changed is not None and changed.title == "改過的標題"
    assert changed.id == doc_id and changed.read  # the read flag survives re-indexing
    assert lib.summary_of(root / "2.md") is None
    assert lib.total() == 5
    from reader.model.library.search import search

    assert [h.path.name for h in search(lib, "停火")] == ["1.md"]
    assert search(lib, "文章1") == []  # the old title is gone from the full-text index
    assert [h.path.name for h in search(lib, "改過")] == ["1.md"]


def test_parser_version_change_reindexes(
    tmp_path: Path, lib: LibraryIndex, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "lib"
    root.mkdir()
    (root / "a.md").write_text(post("甲", "乙"))
    lib.update([root], workers=1)
    monkeypatch.setattr(writer_module, "CONTENT_VERSION", writer_module.CONTENT_VERSION + 1000)
    assert lib.update([root], workers=1).parsed == 1


def test_process_pool_gives_the_same_index(
    tmp_path: Path, lib: LibraryIndex, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "lib"
    root.mkdir()
    for i in range(40):
        (root / f"{i:02}.md").write_text(post(f"標題{i}", f"內容 {i} 亞美尼亞"))
    monkeypatch.setattr(records_module, "_POOL_THRESHOLD", 1)
    seen: list[int] = []
    stats = lib.update([root], workers=2, batch=10, progress=lambda p: seen.append(p.done))
    assert stats.parsed == 40
    assert seen[0] == 0 and seen[-1] == 40 and seen == sorted(seen)
    assert len(seen) >= 5  # a commit every 10 documents (or sooner when parsing is slow)
    from reader.model.library.search import count

    assert count(lib, "亚美尼亚") == 40


def test_a_worker_killed_mid_update_loses_nothing(
    tmp_path: Path, lib: LibraryIndex, monkeypatch: pytest.MonkeyPatch
) -> None:
    import multiprocessing
    import signal

    root = tmp_path / "lib"
    root.mkdir()
    for i in range(200):
        (root / f"{i:03}.md").write_text(post(f"標題{i}", f"內容 {i} 亞美尼亞"))
    monkeypatch.setattr(records_module, "_POOL_THRESHOLD", 1)
    monkeypatch.setattr(records_module, "_TASK_SIZE", 4)
    killed: list[int] = []

    def kill_a_worker(p: object) -> None:
        workers = multiprocessing.active_children()
        if not killed and workers and getattr(p, "done", 0) > 0:
            killed.append(workers[0].pid or 0)
            os.kill(workers[0].pid or 0, signal.SIGKILL)

    stats = lib.update([root], workers=2, batch=8, progress=kill_a_worker)
    assert killed, "no worker was running to be killed"
    # Killed by someone else, not by a file: every file is parsed again and read.
    assert stats.parsed == 200 and stats.errors == 0
    from reader.model.library.search import count

    assert count(lib, "亚美尼亚") == 200


class _DyingPool(concurrent.futures.Executor):
    """A pool whose worker dies on any task holding the file named "kills-its-worker"."""

    def submit(self, fn: Any, /, *args: Any, **kwargs: Any) -> concurrent.futures.Future[Any]:
        future: concurrent.futures.Future[Any] = concurrent.futures.Future()
        if any("kills-its-worker" in item[0] for item in args[0]):
            future.set_exception(BrokenProcessPool("a worker died"))
        else:
            future.set_result(fn(*args, **kwargs))
        return future


def test_a_file_that_kills_its_worker_is_one_unreadable_entry(
    tmp_path: Path, lib: LibraryIndex, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "lib"
    root.mkdir()
    for i in range(30):
        (root / f"{i:02}.md").write_text(post(f"標題{i}", f"內容 {i}"))
    (root / "15-kills-its-worker.md").write_text(post("致命", "內容"))
    monkeypatch.setattr(records_module, "_POOL_THRESHOLD", 1)
    monkeypatch.setattr(records_module, "_TASK_SIZE", 4)
    monkeypatch.setattr(records_module, "_new_pool", lambda workers: _DyingPool())
    stats = lib.update([root], workers=2)
    assert (stats.parsed, stats.errors) == (31, 1)
    deadly = lib.summary_of(root / "15-kills-its-worker.md")
    assert deadly is not None and deadly.error == records_module.WORKER_DIED.encode()
    others = [lib.summary_of(root / f"{i:02}.md") for i in range(30)]
    assert all(s is not None and s.error is None for s in others)


def test_cancel_keeps_committed_batches(tmp_path: Path, lib: LibraryIndex) -> None:
    root = tmp_path / "lib"
    root.mkdir()
    for i in range(30):
        (root / f"{i:02}.md").write_text(post(f"標題{i}", "內容"))
    done: list[int] = []
    stats = lib.update(
        [root], workers=1, batch=10, progress=lambda p: done.append(p.done),
        cancelled=lambda: bool(done) and done[-1] >= 10,
    )  # fmt: skip
    assert stats.cancelled
    assert lib.total() == 10
    assert lib.update([root], workers=1).parsed == 20


def test_list_sort_and_filters(tmp_path: Path, lib: LibraryIndex, state: ReadingState) -> None:
    root = tmp_path / "lib"
    root.mkdir()
    (root / "a.md").write_text(
        post("Banana", "x", "2021-01-01T00:00:00Z", author="RFI", tags="[世界]")
    )
    (root / "b.md").write_text(
        post("apple", "x", "2022-06-01T00:00:00Z", author="CNA", tags="[台灣, 世界]")
    )
    (root / "c.md").write_text(post("Cherry", "x", "2020-03-01T00:00:00Z", author="RFI"))
    lib.update([root], workers=1)
    titles = lambda q: [lib.summaries([i])[i].title for i in lib.list_ids(q)]  # noqa: E731
    assert titles(ListQuery()) == ["apple", "Banana", "Cherry"]
    assert titles(ListQuery(sort="title", descending=False)) == ["apple", "Banana", "Cherry"]
    assert titles(ListQuery(sort="source", descending=False))[0] == "apple"
    assert titles(ListQuery(source="RFI")) == ["Banana", "Cherry"]
    assert titles(ListQuery(tag="世界")) == ["apple", "Banana"]
    start = datetime(2020, 12, 1, tzinfo=UTC)
    end = datetime(2021, 12, 31, tzinfo=UTC)
    assert titles(ListQuery(date_from=start, date_to=end)) == ["Banana"]
    banana = lib.list_ids(ListQuery(source="RFI"))[0]
    state.set_read([lib.summaries([banana])[banana].key])
    assert titles(ListQuery(read=False)) == ["apple", "Cherry"]
    assert titles(ListQuery(read=True)) == ["Banana"]
    state.set_starred([lib.summaries([banana])[banana].key])
    assert titles(ListQuery(starred=True)) == ["Banana"]
    assert titles(ListQuery(starred=False, read=False)) == ["apple", "Cherry"]
    assert titles(ListQuery(paths=(str(root / "c.md"), str(root / "gone.md")))) == ["Cherry"]
    assert lib.sources()[0] == ("RFI", 2)
    assert dict(lib.tags())["世界"] == 2
    assert titles(ListQuery(roots=(str(tmp_path / "elsewhere"),))) == []
    assert lib.total([str(root)]) == 3


def test_a_reader_opens_while_the_indexer_writes(tmp_path: Path, lib: LibraryIndex) -> None:
    root = tmp_path / "lib"
    root.mkdir()
    (root / "a.md").write_text(post("甲", "乙"))
    lib.update([root], workers=1)
    lib.execute("BEGIN IMMEDIATE")  # the indexer in the middle of a batch
    try:
        start = time.monotonic()
        reader = LibraryIndex(lib.db_path)
        assert reader.total() == 1
        reader.close()
        assert time.monotonic() - start < 2
    finally:
        lib.execute("ROLLBACK")


def test_a_file_name_that_is_not_utf8(tmp_path: Path, lib: LibraryIndex) -> None:
    root = tmp_path / "lib"
    root.mkdir()
    name = os.fsencode(root) + b"/bad\xff name.txt"
    with open(name, "wb") as handle:
        handle.write(b"")
    (root / "good.md").write_text(post("好", "內容"))
    stats = lib.update([root], workers=1)
    assert stats.parsed == 2
    rows = lib.summaries(lib.list_ids(ListQuery()))
    paths = {os.fsencode(r.path) for r in rows.values()}
    assert name in paths
    assert lib.update([root], workers=1).unchanged == 2


def _as_previous_format(db_path: Path) -> None:
    db = sqlite3.connect(db_path)
    db.execute("UPDATE meta SET value = '2' WHERE key = 'schema'")
    db.commit()
    db.close()


def test_an_index_of_the_previous_format_is_made_anew_with_its_keys(tmp_path: Path) -> None:
    root = tmp_path / "lib"
    root.mkdir()
    (root / "a.md").write_text(post("甲", "乙"))
    db_path = tmp_path / "old.sqlite3"
    index = LibraryIndex(db_path)
    index.update([root], workers=1)
    index.close()
    _as_previous_format(db_path)
    index = LibraryIndex(db_path)
    try:
        assert index.total() == 0
        assert index.update([root], workers=1).parsed == 1
        summary = index.summary_of(root / "a.md")
        assert summary is not None
        assert summary.key == document_key(root / "a.md", "") == f"path:{root / 'a.md'}"
    finally:
        index.close()


def test_an_index_of_the_previous_format_is_not_read_as_it_is(tmp_path: Path) -> None:
    root = tmp_path / "lib"
    root.mkdir()
    (root / "a.md").write_text(post("停火", "雙方同意停火。"))
    db_path = tmp_path / "old.sqlite3"
    index = LibraryIndex(db_path)
    index.update([root], workers=1)
    index.close()
    _as_previous_format(db_path)
    with pytest.raises(sqlite3.DatabaseError, match="another version"):
        LibraryIndex(db_path, read_only=True)


@pytest.mark.parametrize(
    ("name", "url", "stored"),
    [
        ("url.md", "https://example.com/a/b?c=1", False),
        ("plain.md", "", False),
        ("odd.md", "HTTPS://Example.com/a/#part", True),  # normalised: not the URL as it is
    ],
)
def test_a_documents_key_is_derived_or_stored_and_always_its_key(
    tmp_path: Path, name: str, url: str, stored: bool
) -> None:
    root = tmp_path / "lib"
    root.mkdir()
    meta = {"from": f'"{url}"'} if url else {}
    (root / name).write_text(post("題", "文", **meta))
    index = LibraryIndex(tmp_path / "library.sqlite3")
    try:
        index.update([root], workers=1)
        own_key, key = index.execute("SELECT own_key, doc_key FROM documents").fetchone()
        assert key == document_key(root / name, url)
        assert (own_key is not None) == stored
        assert [index.summary_of(root / name).key] == index.keys(ListQuery())  # type: ignore[union-attr]
    finally:
        index.close()


def test_paths_that_share_a_hash_are_told_apart(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(index_module, "path_hash", lambda key: 7)
    monkeypatch.setattr(writer_module, "path_hash", lambda key: 7)
    root = tmp_path / "lib"
    root.mkdir()
    for name in ("a.md", "b.md"):
        (root / name).write_text(post(name, "文"))
    index = LibraryIndex(tmp_path / "library.sqlite3")
    try:
        assert index.update([root], workers=1).parsed == 2
        (root / "b.md").write_text(post("b again", "文"))
        assert index.update([root], workers=1).parsed == 1
        titles = {index.summary_of(root / n).title for n in ("a.md", "b.md")}  # type: ignore[union-attr]
        assert titles == {"a.md", "b again"}
        assert index.total() == 2
    finally:
        index.close()


def test_an_index_of_the_first_format_is_made_anew(tmp_path: Path) -> None:
    root = tmp_path / "lib"
    root.mkdir()
    (root / "a.md").write_text(post("亞美尼亞", "停火協議"))
    db_path = tmp_path / "old.sqlite3"
    db = sqlite3.connect(db_path)
    db.executescript(
        "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);"
        "INSERT INTO meta VALUES ('schema', '1'), ('fold', '2');"
        "CREATE TABLE texts (id INTEGER PRIMARY KEY, text TEXT NOT NULL);"
        "INSERT INTO texts VALUES (1, 'plain old text');"
        "CREATE VIRTUAL TABLE fts USING fts5(title, body, content='');"
    )
    db.close()
    index = LibraryIndex(db_path)
    try:
        tables = {r[0] for r in index.execute("SELECT name FROM sqlite_master")}
        assert {"words", "titles", "texts"} <= tables and "fts" not in tables
        assert index.update([root], workers=1).parsed == 1
        from reader.model.library.search import search

        (hit,) = search(index, "亚美尼亚")
        assert index.text(hit.id) == "停火協議" and hit.title_highlights == ((0, 4),)
    finally:
        index.close()


def test_a_large_update_ends_with_the_index_merged_and_no_free_pages(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reader.model.library.search import count, search

    monkeypatch.setattr(writer_module, "OPTIMIZE_AFTER", 5)
    root = tmp_path / "lib"
    root.mkdir()
    for n in range(12):
        (root / f"{n}.md").write_text(post(f"第{n}篇", f"美國新聞 {n} 停火"))
    index = LibraryIndex(tmp_path / "library.sqlite3")
    try:
        index.update([root], workers=1)  # the first index: merged, no page left free
        assert index.execute("PRAGMA freelist_count").fetchone()[0] == 0
        assert index.execute("PRAGMA auto_vacuum").fetchone()[0] == 2  # incremental
        for n in range(6):
            (root / f"{n}.md").unlink()
        for n in range(12, 18):
            (root / f"{n}.md").write_text(post(f"第{n}篇", f"美國新聞 {n}"))
        stats = index.update([root], workers=1)  # merged, the freed pages given back
        assert (stats.parsed, stats.deleted) == (6, 6)
        assert index.execute("PRAGMA freelist_count").fetchone()[0] == 0
        for table in ("words_idx", "titles_idx"):  # one segment each
            assert index.execute(f"SELECT count(DISTINCT segid) FROM {table}").fetchone()[0] == 1
        assert count(index, "美国") == 12 and count(index, "停火") == 6
        assert len(search(index, "停火", limit=100)) == 6
    finally:
        index.close()


def test_a_first_index_merges_word_segments_lazily_and_leaves_the_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(writer_module, "OPTIMIZE_AFTER", 3)
    root = tmp_path / "lib"
    root.mkdir()
    for i in range(4):
        (root / f"{i}.md").write_text(post(f"題{i}", "停火"))
    index = LibraryIndex(tmp_path / "library.sqlite3")
    settings: list[int] = []
    real = writer_module.IndexWriter._automerge

    def spy(writer: writer_module.IndexWriter, segments: int) -> None:
        settings.append(segments)
        real(writer, segments)

    monkeypatch.setattr(writer_module.IndexWriter, "_automerge", spy)
    try:
        index.update([root], workers=1)
        assert settings == [writer_module.FIRST_INDEX_AUTOMERGE, writer_module.AUTOMERGE]
        kept = index.execute("SELECT v FROM words_config WHERE k = 'automerge'").fetchone()
        assert kept == (writer_module.AUTOMERGE,)
        (root / "4.md").write_text(post("題4", "停火"))
        (root / "5.md").write_text(post("題5", "停火"))
        (root / "6.md").write_text(post("題6", "停火"))
        index.update([root], workers=1)  # not a first index: merged as it goes
        assert len(settings) == 2
    finally:
        index.close()


def test_a_folder_inside_an_indexed_one_takes_its_documents_over_without_copies(
    tmp_path: Path,
) -> None:
    # Its first update finds none of its own documents, but the index is not empty: each path
    # is looked up, and the row under the outer folder becomes the inner folder's.
    from reader.model.library.search import count

    outer = tmp_path / "lib"
    inner = outer / "inner"
    inner.mkdir(parents=True)
    (inner / "a.md").write_text(post("甲", "停火"))
    (outer / "b.md").write_text(post("乙", "停火"))
    index = LibraryIndex(tmp_path / "library.sqlite3")
    try:
        assert index.update([outer], workers=1).parsed == 2
        assert index.update([inner], workers=1).parsed == 1
        rows = index.execute("SELECT path, root FROM documents ORDER BY path").fetchall()
        assert rows == [(str(outer / "b.md"), str(outer)), (str(inner / "a.md"), str(inner))]
        assert count(index, "停火") == 2
    finally:
        index.close()
