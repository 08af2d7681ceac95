"""The window starts whatever state its data folder is in, and says what it repaired."""

from __future__ import annotations

import os
from pathlib import Path

from pytestqt.qtbot import QtBot

from reader.model.paths import DataFiles
from tests.integration.script_library import make_library, open_window


def test_garbage_in_every_derived_database_is_repaired_and_said(
    qtbot: QtBot, data_dir: Path, tmp_path: Path
) -> None:
    files = DataFiles(data_dir)
    for path in (files.cache, files.library, files.positions):
        path.write_bytes(os.urandom(8192))
    window = open_window(qtbot, data_dir, make_library(tmp_path / "lib"))
    assert window.model.rowCount() == 3
    assert window.current_document is not None and window.current_document.ok
    notice = window.notice.text()
    assert not window.notice.isHidden()
    for name in ("parse cache", "reading positions", "library index"):
        assert name in notice
    kept = sorted(p.name.split(".damaged-")[0] for p in data_dir.glob("*.damaged-*"))
    assert kept == sorted(p.name for p in (files.cache, files.library, files.positions))
    window.close()


def test_a_damaged_annotation_store_is_left_alone_and_said_lastingly(
    qtbot: QtBot, data_dir: Path, tmp_path: Path
) -> None:
    store = DataFiles(data_dir).annotations
    garbage = b"not a database " * 600
    store.write_bytes(garbage)
    window = open_window(qtbot, data_dir, make_library(tmp_path / "lib"))
    assert "Annotations are unavailable" in window.notice.text()
    assert not window.annotations.highlight_action.isEnabled()
    assert "unavailable" in window.annotations.highlight_action.toolTip()
    window.close()
    assert store.read_bytes() == garbage  # never moved, never rewritten
