"""A library update in a child process: its result, progress, cancellation and errors."""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from reader.model.library import update_process
from reader.model.library.index import LibraryIndex, Progress
from reader.model.library.listing import ListQuery
from reader.model.library.update_process import update_in_process
from tests.conftest import FIXTURES

POSTS = FIXTURES / "corpus"


def _library(tmp_path: Path) -> Path:
    library = tmp_path / "lib"
    shutil.copytree(POSTS, library)
    return library


def _count(library: Path) -> int:
    return sum(1 for p in library.rglob("*") if p.is_file())


def test_the_child_indexes_the_library_and_reports_each_batch(tmp_path: Path) -> None:
    library = _library(tmp_path)
    db = tmp_path / "library.sqlite3"
    seen: list[Progress] = []
    stats = update_in_process(db, [library], progress=seen.append, workers=1)
    assert stats.parsed == stats.scanned == _count(library) > 0 and not stats.cancelled
    assert library in stats.folders
    assert seen[0].done == 0 and seen[-1].done == seen[-1].total == stats.parsed
    index = LibraryIndex(db)
    try:
        assert len(index.list_ids(ListQuery(roots=(str(library),)))) == stats.parsed
    finally:
        index.close()
    again = update_in_process(db, [library], workers=1)
    assert again.parsed == 0 and again.unchanged == stats.parsed


def test_a_cancelled_update_stops_in_the_child(tmp_path: Path) -> None:
    library = _library(tmp_path)
    stats = update_in_process(tmp_path / "library.sqlite3", [library], cancelled=lambda: True)
    assert stats.cancelled and stats.parsed < _count(library)


def test_the_childs_error_is_raised_in_the_parent(tmp_path: Path) -> None:
    folder = tmp_path / "library.sqlite3"
    folder.mkdir()  # not a database a connection can open
    with pytest.raises((sqlite3.Error, OSError)):
        update_in_process(folder, [tmp_path])


def test_a_child_that_dies_is_an_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The child is started from this module's _child: one that ends at once, without a word.
    monkeypatch.setattr(update_process, "_child", os._exit)
    with pytest.raises(update_process.UpdateProcessDiedError, match="exit code"):
        update_in_process(tmp_path / "library.sqlite3", [tmp_path])


def test_a_small_library_is_updated_in_this_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    library = _library(tmp_path)
    files = _count(library)
    # A child would end at once without a word: only an update in this process succeeds.
    monkeypatch.setattr(update_process, "_child", os._exit)
    stats = update_in_process(tmp_path / "library.sqlite3", [library], in_process_up_to=files)
    assert stats.parsed == files
    with pytest.raises(update_process.UpdateProcessDiedError):
        update_in_process(tmp_path / "again.sqlite3", [library], in_process_up_to=files - 1)


def test_counting_files_stops_past_the_limit(tmp_path: Path) -> None:
    (tmp_path / "a" / "b").mkdir(parents=True)
    for name in ("one.md", "a/two.md", "a/b/three.md"):
        (tmp_path / name).write_text("x", "utf-8")
    assert update_process.at_most_files([tmp_path], 3)
    assert not update_process.at_most_files([tmp_path], 2)
    assert not update_process.at_most_files([tmp_path], 0)  # 0: never in this process
    assert update_process.at_most_files([tmp_path / "missing"], 1)
    assert not update_process.at_most_files([tmp_path, tmp_path / "a"], 4)  # each root counts
