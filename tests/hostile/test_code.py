"""Attack 1: code in the library folder (or the folder the reader starts in) never runs.

A ``multiprocessing.py``, ``bs4.py``, ``lxml.py``… in the working directory was imported by the
parse pool's "spawn" workers (``python -c`` puts the working directory first on ``sys.path``).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from reader.model.library.records import parse_records
from reader.model.safe_path import safe_sys_path
from reader.ui.main_window import MainWindow
from tests.hostile.fixtures import make_trap_folder

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.fixture
def traps(tmp_path: Path) -> tuple[Path, Path]:
    marker = tmp_path / "marker.txt"
    return make_trap_folder(tmp_path / "archive", marker), marker


def _ran(marker: Path) -> str:
    return marker.read_text(encoding="utf-8") if marker.exists() else ""


def test_parse_pool_started_inside_a_booby_trapped_folder_runs_nothing(
    traps: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder, marker = traps
    monkeypatch.chdir(folder)
    todo = [(str(p), p.stat().st_size, 0, None) for p in sorted(folder.glob("*.md"))]
    records = list(parse_records(todo, 2, None))
    assert _ran(marker) == ""
    assert len(records) == len(todo) and all(r.error is None for r in records)


@pytest.mark.parametrize("how", ["script", "module"])
def test_reader_index_dot_inside_a_booby_trapped_folder_runs_nothing(
    traps: tuple[Path, Path], tmp_path: Path, how: str
) -> None:
    folder, marker = traps
    if how == "script":
        command = [str(Path(sys.executable).parent / "reader")]
    else:  # python -m reader: the working directory is first on the parent's own path
        command = [sys.executable, "-m", "reader"]
    env = {k: v for k, v in os.environ.items() if k != "PYTHONSAFEPATH"}
    done = subprocess.run(
        [*command, "--data-dir", str(tmp_path / "d"), "index", ".", "--workers", "2"],
        cwd=folder, capture_output=True, text=True, timeout=120, env=env,
    )  # fmt: skip
    assert _ran(marker) == ""
    assert done.returncode == 0, done.stderr
    assert "210 indexed" in done.stderr and "0 unreadable" in done.stderr


def test_the_windows_indexer_inside_a_booby_trapped_folder_runs_nothing(
    traps: tuple[Path, Path], qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder, marker = traps
    monkeypatch.chdir(folder)
    window = MainWindow(data_dir, [Path(".").resolve()])
    qtbot.addWidget(window)
    window.library.indexer.workers = 2
    try:
        window.library.open_roots([folder])
        qtbot.waitUntil(lambda: window.model.rowCount() == 210, timeout=60000)
        qtbot.waitUntil(lambda: not window.library.indexer.running, timeout=60000)
    finally:
        window.close()
    assert _ran(marker) == ""


def test_the_module_path_never_holds_the_working_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    kept = str(Path(sys.prefix) / "lib")
    assert safe_sys_path(["", ".", "relative/dir", str(tmp_path), kept]) == [kept]
