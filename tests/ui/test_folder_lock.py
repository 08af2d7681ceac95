"""One window per data folder: the lock is taken on a thread while the window is built, and
what it answers is the same as when it was taken at once."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from reader.model.paths import DataFiles
from reader.ui.folder_lock import claim_data_folder


def test_the_first_claim_owns_the_folder_and_a_second_one_says_who_does(
    qtbot: QtBot, tmp_path: Path
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    first = claim_data_folder(tmp_path, parent)
    second = claim_data_folder(tmp_path, parent)
    assert first.owned and first.notice == ""
    assert not second.owned
    assert f"(process {os.getpid()})" in second.notice
    assert "does not index" in second.notice
    first.release()
    assert not first.owned
    third = claim_data_folder(tmp_path, parent)
    assert third.owned
    third.release()
    second.release()  # it never held the lock: nothing to give up
    assert not second.owned


def test_a_claim_on_a_folder_not_made_yet_makes_it_and_owns_it(
    qtbot: QtBot, tmp_path: Path
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    folder = tmp_path / "new" / "data"
    claim = claim_data_folder(folder, parent)
    assert claim.owned
    assert DataFiles(folder).lock.is_file()
    claim.release()
    assert not DataFiles(folder).lock.exists()


def test_a_folder_that_cannot_be_made_is_not_owned(qtbot: QtBot, tmp_path: Path) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    claim = claim_data_folder(blocker / "data", parent)
    assert not claim.owned
    claim.release()
