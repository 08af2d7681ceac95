"""The folder watcher: which folders it watches, and when it says the library changed."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from reader.ui.library import watcher as watcher_module
from reader.ui.library.watcher import FolderWatcher


@pytest.fixture
def folders(tmp_path: Path) -> list[Path]:
    found = [tmp_path / name for name in ("a", "b", "c")]
    for folder in found:
        folder.mkdir()
    return found


def test_watches_the_folders_asked_for_and_no_others(
    qtbot: QtBot, folders: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(watcher_module, "WATCH_CHUNK", 1)  # one folder per event-loop turn
    watcher = FolderWatcher()
    watcher.watch(folders)
    assert watcher.directories() == []  # added over the next turns, not at once
    qtbot.waitUntil(lambda: sorted(watcher.directories()) == [str(f) for f in folders])
    watcher.watch(folders[1:2])
    qtbot.waitUntil(lambda: watcher.directories() == [str(folders[1])])


def test_watches_at_most_the_limit(
    qtbot: QtBot, folders: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(watcher_module, "WATCH_LIMIT", 2)
    watcher = FolderWatcher()
    watcher.watch(folders)
    qtbot.waitUntil(lambda: sorted(watcher.directories()) == [str(f) for f in folders[:2]])


def test_a_burst_of_changes_in_a_watched_folder_is_one_signal(
    qtbot: QtBot, folders: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(watcher_module, "SETTLE_MS", 100)
    watcher = FolderWatcher()
    watcher.watch(folders)
    qtbot.waitUntil(lambda: len(watcher.directories()) == len(folders))
    seen: list[None] = []
    watcher.changed.connect(lambda: seen.append(None))
    with qtbot.waitSignal(watcher.changed, timeout=5000):
        for i in range(5):
            (folders[0] / f"{i}.md").write_text("內容", encoding="utf-8")
    qtbot.wait(300)
    assert len(seen) == 1


def test_rescans_periodically_until_stopped(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(watcher_module, "RESCAN_MS", 50)
    watcher = FolderWatcher()
    watcher.start_rescans()
    with qtbot.waitSignal(watcher.changed, timeout=2000):
        pass
    watcher.stop()
    with qtbot.assertNotEmitted(watcher.changed, wait=200):
        pass
