"""The parsed-document cache: memory LRU, SQLite on disk, invalidated by file changes."""

from __future__ import annotations

import os
import shutil
import sqlite3
import threading
from pathlib import Path
from typing import Any

import pytest

from reader.model.document.cache import DocumentCache
from tests.conftest import SAMPLES


def _copy_samples(tmp_path: Path) -> list[Path]:
    out = []
    for src in sorted(SAMPLES.iterdir()):
        dst = tmp_path / "lib" / src.name
        dst.parent.mkdir(exist_ok=True)
        shutil.copy2(src, dst)
        out.append(dst)
    return out


def test_second_start_does_not_reparse(tmp_path: Path) -> None:
    files = _copy_samples(tmp_path)
    db = tmp_path / "cache.sqlite3"
    first = DocumentCache(db)
    docs = [first.get(p) for p in files]
    assert first.stats.parses == 3
    assert [first.get(p) for p in files] == docs
    assert first.stats.memory_hits == 3 and first.stats.parses == 3
    first.close()
    second = DocumentCache(db)
    assert [second.get(p) for p in files] == docs
    assert second.stats.parses == 0 and second.stats.disk_hits == 3
    second.close()


def test_changed_file_is_parsed_again(tmp_path: Path) -> None:
    path = _copy_samples(tmp_path)[1]
    cache = DocumentCache(tmp_path / "cache.sqlite3")
    before = cache.get(path)
    path.write_text(
        path.read_text(encoding="utf-8").replace("再次同意停火", "第三次同意停火"), "utf-8"
    )
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 1_000_000_000))
    after = cache.get(path)
    assert cache.stats.parses == 2
    assert "第三次同意停火" in after.title and before.title != after.title
    cache.close()


def test_memory_is_bounded(tmp_path: Path) -> None:
    files = _copy_samples(tmp_path)
    cache = DocumentCache(tmp_path / "cache.sqlite3", capacity=2)
    for p in files:
        cache.get(p)
    cache.get(files[0])  # evicted from memory, still on disk
    assert cache.stats.disk_hits == 1 and cache.stats.parses == 3
    cache.close()


def test_a_parsed_document_is_handed_back_before_it_is_stored(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    files = _copy_samples(tmp_path)
    db = tmp_path / "cache.sqlite3"
    cache = DocumentCache(db, capacity=1)
    gate = threading.Event()
    connect = sqlite3.connect

    def held(*args: Any, **kwargs: Any) -> sqlite3.Connection:
        assert gate.wait(30), "the writer waited too long"
        return connect(*args, **kwargs)

    monkeypatch.setattr(sqlite3, "connect", held)  # the writer's connection waits for the gate
    first = cache.get(files[0])  # handed back while its entry waits to be written
    second = cache.get(files[1])  # and the first one leaves the memory
    assert first.ok and second.ok
    assert cache.get(files[0]) == first  # read from what is still to be written
    assert cache.stats.parses == 2 and cache.stats.disk_hits == 1
    gate.set()
    cache.close()  # waits for the writer
    monkeypatch.undo()
    again = DocumentCache(db)
    assert [again.get(p) for p in files[:2]] == [first, second]
    assert again.stats.parses == 0 and again.stats.disk_hits == 2
    again.close()


def test_an_entry_that_cannot_be_written_is_said_and_parsed_again(tmp_path: Path) -> None:
    files = _copy_samples(tmp_path)
    cache = DocumentCache(tmp_path / "cache.sqlite3", capacity=1)
    cache._db.execute("DROP TABLE parsed")  # writes fail from now on
    cache._db.commit()
    cache.get(files[0])
    cache.close()
    assert cache.problem is not None and "cannot be written" in cache.problem
