"""The window's background queries share kept read connections, and closing it closes them."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from reader.model.paths import DataFiles
from reader.ui.main_window import MainWindow
from tests.open_files import open_files

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "corpus"
COUNT = sum(1 for p in FIXTURES.rglob("*") if p.is_file())


def test_searches_reuse_a_kept_connection_and_closing_closes_it(
    qtbot: QtBot, data_dir: Path, tmp_path: Path
) -> None:
    library = tmp_path / "lib"
    shutil.copytree(FIXTURES, library)
    window = MainWindow(data_dir, [library])
    qtbot.addWidget(window)
    window.library.indexer.workers = 1
    if window.library.indexer.running:
        with qtbot.waitSignal(window.library.indexing_finished, timeout=60000):
            pass
    qtbot.waitUntil(lambda: window.model.rowCount() == COUNT, timeout=10000)
    reads = window.library.reads
    opened = reads.opened
    totals: list[int | None] = []
    window.library.search_done.connect(lambda page: totals.append(page.total))
    for query in ("川普政府", "美国", "香港", "川普政府"):
        with qtbot.waitSignal(window.library.search_done, timeout=10000):
            window.library.search(query)
    assert totals[0] == totals[-1] and totals[0]
    assert reads.opened - opened <= 1  # at most one more (a second worker thread's)
    assert 1 <= reads.kept <= 2
    window.close()
    assert reads.kept == 0
    assert open_files(DataFiles(data_dir).library) == []
