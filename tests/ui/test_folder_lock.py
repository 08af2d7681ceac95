"""One window per data folder: the lock is taken on a thread while the window is built, and
what it answers is the same as when it was taken at once."""

from __future__ import annotations

import os
import time
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


def test_two_claims_are_answered_in_the_order_they_were_made(
    qtbot: QtBot, tmp_path: Path, monkeypatch
) -> None:
    """The first claim's disk is slow: the second still waits for it and does not own."""
    from PySide6.QtCore import QLockFile

    import reader.ui.folder_lock as folder_lock

    made: list[QLockFile] = []

    class SlowFirstLock(QLockFile):
        def __init__(self, path: str) -> None:
            super().__init__(path)
            made.append(self)

        def tryLock(self, timeout: int = 0) -> bool:
            if self is made[0]:
                time.sleep(0.3)
            return super().tryLock(timeout)

    monkeypatch.setattr(folder_lock, "QLockFile", SlowFirstLock)
    parent = QWidget()
    qtbot.addWidget(parent)
    first = claim_data_folder(tmp_path, parent)
    second = claim_data_folder(tmp_path, parent)
    assert not second.owned
    assert first.owned
    first.release()
    second.release()
