"""Attack 6: special files never hang the reader or exhaust its memory.

``reader show`` / ``index`` on a FIFO blocked forever (and the window's indexer with them, so
the window could not close); ``/dev/zero`` says its size is 0 and was read until MemoryError.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from reader.model.document import files
from reader.model.document.files import RefusedFileError, read_file
from reader.model.document.parser import parse_file
from reader.model.document.problems import Problem
from reader.model.library.index import LibraryIndex
from reader.ui.main_window import MainWindow
from tests.hostile.fixtures import special_files

pytestmark = [
    pytest.mark.qt_log_ignore("propagateSizeHints"),
    pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs"),
]

READER = [sys.executable, "-m", "reader"]


def _run(args: list[str], tmp_path: Path) -> subprocess.CompletedProcess[str]:
    # A hang is the failure: the timeout turns it into one instead of blocking the suite.
    return subprocess.run(
        [*READER, "--data-dir", str(tmp_path / "d"), *args],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip


def test_a_fifo_is_refused_on_the_open_handle_not_waited_for(tmp_path: Path) -> None:
    fifo = special_files(tmp_path)["fifo"]
    with pytest.raises(RefusedFileError, match="named pipe"):
        read_file(fifo)
    assert "named pipe" in (parse_file(fifo).error or "")


def test_reader_show_and_index_on_a_fifo_do_not_hang(tmp_path: Path) -> None:
    fifo = special_files(tmp_path / "lib")["fifo"]
    shown = _run(["show", str(fifo)], tmp_path)
    assert shown.returncode == 1 and "named pipe" in shown.stderr
    indexed = _run(["index", str(fifo)], tmp_path)
    assert indexed.returncode == 0 and "1 unreadable" in indexed.stderr
    folder = _run(["index", str(tmp_path / "lib")], tmp_path)
    assert folder.returncode == 0 and "1 unreadable" in folder.stderr


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_dev_zero_is_refused_without_reading_it(tmp_path: Path) -> None:
    assert "a device" in (parse_file(Path("/dev/zero")).error or "")
    link = tmp_path / "zero.md"
    link.symlink_to("/dev/zero")  # out of its folder, and a device: refused either way
    assert parse_file(link).error
    shown = _run(["show", "/dev/zero"], tmp_path)
    assert shown.returncode == 1 and "device" in shown.stderr


def test_a_file_growing_past_the_bound_is_read_no_further(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "grows.md"
    path.write_bytes(b"x" * 100)
    real_read = os.read

    def growing(fd: int, n: int) -> bytes:
        return real_read(fd, n) or b"y" * n  # never reaches the end, like /dev/zero

    monkeypatch.setattr(files.os, "read", growing)
    with pytest.raises(RefusedFileError, match="grew past"):
        read_file(path, limit=4096)
    assert "grew past" in (parse_file(path).error or "")


def test_a_fifo_in_a_library_folder_is_listed_with_its_reason(tmp_path: Path) -> None:
    lib = tmp_path / "lib"
    special_files(lib)
    (lib / "ok.md").write_text("---\ntitle: 好\n---\n<p>好。</p>\n", encoding="utf-8")
    index = LibraryIndex(tmp_path / "library.sqlite3")
    try:
        stats = index.update([lib], workers=1)
        assert stats.scanned == 2 and stats.errors == 1
        summary = index.summary_of(lib / "fifo.md")
        assert summary is not None and "named pipe" in Problem.decode(summary.error or "").english
    finally:
        index.close()


def test_the_window_indexes_and_opens_a_fifo_and_still_closes(
    tmp_path: Path, qtbot: QtBot, data_dir: Path
) -> None:
    lib = tmp_path / "lib"
    fifo = special_files(lib)["fifo"]
    (lib / "ok.md").write_text("---\ntitle: 好\n---\n<p>好。</p>\n", encoding="utf-8")
    window = MainWindow(data_dir, [lib])
    qtbot.addWidget(window)
    window.library.indexer.workers = 1
    window.show()
    qtbot.waitUntil(lambda: window.model.rowCount() == 2, timeout=20000)
    window.session.open(fifo)
    qtbot.waitUntil(lambda: "named pipe" in window.article.toPlainText(), timeout=10000)
    assert window.close()
