"""Derived databases: a damaged one is moved aside and rebuilt, an unwritable place falls back."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from reader.model.article.positions import ReadingPositions
from reader.model.document.cache import DocumentCache
from reader.model.library.index import LibraryIndex
from reader.model.storage import unsynced_while_new, usable_database
from tests.conftest import read_only

CHECKS: dict[str, Callable[[Path], None]] = {
    "cache.sqlite3": DocumentCache.check,
    "positions.sqlite3": ReadingPositions.check,
    "library.sqlite3": LibraryIndex.check,
}


@pytest.mark.parametrize("name", sorted(CHECKS))
def test_a_sound_database_is_used_where_it_is(tmp_path: Path, name: str) -> None:
    found = usable_database(tmp_path / name, CHECKS[name])
    assert found.path == tmp_path / name
    assert found.damaged_copy is None and found.unwritable is None


@pytest.mark.parametrize("name", sorted(CHECKS))
def test_garbage_is_moved_aside_byte_for_byte_and_rebuilt(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    garbage = os.urandom(8192)
    path.write_bytes(garbage)
    found = usable_database(path, CHECKS[name])
    assert found.path == path
    assert found.damaged_copy is not None and found.damaged_copy.read_bytes() == garbage
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] > 0


@pytest.mark.parametrize("name", sorted(CHECKS))
def test_a_read_only_folder_gives_a_temporary_database(tmp_path: Path, name: str) -> None:
    folder = tmp_path / "read-only"
    folder.mkdir()
    with read_only(folder):
        found = usable_database(folder / name, CHECKS[name], temp_dir=tmp_path)
    assert found.path == tmp_path / name and found.unwritable


def test_an_unopenable_place_gives_a_temporary_database(tmp_path: Path) -> None:
    # A folder where the database file should be: SQLite cannot open it (also as root).
    (tmp_path / "data" / "library.sqlite3").mkdir(parents=True)
    found = usable_database(tmp_path / "data" / "library.sqlite3", LibraryIndex.check, tmp_path)
    assert found.path == tmp_path / "library.sqlite3" and found.unwritable


def test_a_cache_that_breaks_while_running_still_gives_documents(tmp_path: Path) -> None:
    doc_path = tmp_path / "post.md"
    doc_path.write_text("---\ntitle: 標題\n---\n\n內文。\n", "utf-8")
    cache = DocumentCache(tmp_path / "cache.sqlite3")
    cache._db.close()  # the disk went away under it
    doc = cache.get(doc_path)
    assert doc.ok and doc.title == "標題"
    assert cache.problem is not None


def test_positions_that_cannot_be_saved_are_reported_not_raised(tmp_path: Path) -> None:
    from reader.model.article.positions import ReadingPosition

    positions = ReadingPositions(tmp_path / "positions.sqlite3")
    positions._db.close()
    positions.set("/x.md", ReadingPosition(10, 0.5))
    assert positions.get("/x.md") is None
    assert positions.problem is not None


def test_a_new_file_is_written_unsynced_and_an_existing_one_is_left_alone(tmp_path: Path) -> None:
    new = sqlite3.connect(tmp_path / "new.sqlite3")
    assert unsynced_while_new(new)
    assert new.execute("PRAGMA synchronous").fetchone()[0] == 0  # OFF
    new.execute("CREATE TABLE t (a)")
    new.close()
    existing = sqlite3.connect(tmp_path / "new.sqlite3")
    assert not unsynced_while_new(existing)
    assert existing.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL, SQLite's default
    existing.close()


# What each derived database waits for once its tables are made: NORMAL (1) or FULL (2).
SYNCHRONOUS = {"cache.sqlite3": 1, "positions.sqlite3": 2, "library.sqlite3": 1}
OPENERS: dict[str, Callable[[Path], DocumentCache | ReadingPositions | LibraryIndex]] = {
    "cache.sqlite3": DocumentCache,
    "positions.sqlite3": ReadingPositions,
    "library.sqlite3": LibraryIndex,
}


@pytest.mark.parametrize("name", sorted(CHECKS))
@pytest.mark.parametrize("made_before", [False, True])
def test_a_derived_database_waits_for_the_disk_at_its_own_level(
    tmp_path: Path, name: str, made_before: bool
) -> None:
    path = tmp_path / name
    if made_before:
        CHECKS[name](path)
    store = OPENERS[name](path)
    try:
        assert store._db.execute("PRAGMA synchronous").fetchone()[0] == SYNCHRONOUS[name]
        assert store._db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        store.close()


@pytest.mark.parametrize("name", sorted(CHECKS))
def test_a_database_checked_into_being_is_whole_and_opened_as_made_before(
    tmp_path: Path, name: str
) -> None:
    path = tmp_path / name
    CHECKS[name](path)  # made and closed (without waiting for the disk)
    assert path.stat().st_size > 0
    assert not path.with_name(name + "-wal").exists()  # its log went into the file
    store = OPENERS[name](path)
    try:
        assert not store.created
        assert store._db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        tables = store._db.execute("SELECT count(*) FROM sqlite_master WHERE type='table'")
        assert tables.fetchone()[0] >= 1
    finally:
        store.close()
    again = tmp_path / "again" / name
    made = OPENERS[name](again)
    assert made.created
    made.close()
