"""The library indexer in the window's task owner: what indexing leaves alive is frozen."""

from __future__ import annotations

import gc
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from reader.model.library.update_process import UpdateProcessDiedError
from reader.ui.library.indexer import LibraryIndexer, keep_out_of_full_collections
from reader.ui.tasks import TaskOwner

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "corpus"


class _Kept:
    """An object in a reference cycle, as a window's rows and wrappers often are."""

    def __init__(self) -> None:
        self.me = self


def test_what_lives_on_is_moved_out_of_full_collections() -> None:
    gc.unfreeze()
    kept = _Kept()
    assert gc.is_tracked(kept) and gc.get_freeze_count() == 0
    keep_out_of_full_collections()
    assert gc.get_freeze_count() > 0
    assert all(kept is not o for o in gc.get_objects())  # no generation holds it now
    gc.unfreeze()
    assert any(kept is o for o in gc.get_objects())


def test_young_garbage_is_collected_not_frozen() -> None:
    gc.unfreeze()
    gc.collect()
    garbage = _Kept()
    name = id(garbage)
    del garbage
    keep_out_of_full_collections()
    gc.unfreeze()
    assert all(id(o) != name or not isinstance(o, _Kept) for o in gc.get_objects())


def test_every_committed_batch_freezes_what_the_window_holds(qtbot: QtBot, tmp_path: Path) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    tasks = TaskOwner(parent)
    indexer = LibraryIndexer(tmp_path / "library.sqlite3", tasks, parent)
    indexer.workers = 1
    library = tmp_path / "lib"
    shutil.copytree(FIXTURES, library)
    frozen: list[int] = []
    gc.unfreeze()
    indexer.progress.connect(lambda done, total, rate: frozen.append(gc.get_freeze_count()))
    with qtbot.waitSignal(indexer.finished, timeout=60000):
        indexer.start([library])
    tasks.shutdown()
    # The count is read as each report arrives, before that report's freeze: from the second
    # report on, the earlier ones' freezes show.
    assert len(frozen) >= 2 and frozen[0] == 0 and frozen[-1] > 0


def test_an_update_process_that_dies_is_said_in_the_interface_language(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication

    from reader.ui.language import Language, install_translators
    from reader.ui.library import indexer as indexer_module

    def died(*args: object, **kwargs: object) -> object:
        raise UpdateProcessDiedError(-9)

    monkeypatch.setattr(indexer_module, "update_in_process", died)
    parent = QWidget()
    qtbot.addWidget(parent)
    tasks = TaskOwner(parent)
    indexer = LibraryIndexer(tmp_path / "library.sqlite3", tasks, parent)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    locale = QLocale()
    translators = install_translators(app, Language.TRADITIONAL)
    try:
        with qtbot.waitSignal(indexer.failed, timeout=10000) as blocker:
            indexer.start([tmp_path])
    finally:
        for translator in translators:
            app.removeTranslator(translator)
        QLocale.setDefault(locale)
        tasks.shutdown()
    assert blocker.args == ["建立索引的處理程序意外結束（結束代碼 -9）"]


@pytest.fixture
def held(qtbot: QtBot, tmp_path: Path) -> Iterator[tuple[LibraryIndexer, TaskOwner, Path]]:
    """An indexer on a copy of the fixture corpus, with its task owner."""
    parent = QWidget()
    qtbot.addWidget(parent)
    tasks = TaskOwner(parent)
    indexer = LibraryIndexer(tmp_path / "library.sqlite3", tasks, parent)
    indexer.workers = 1
    library = tmp_path / "lib"
    shutil.copytree(FIXTURES, library)
    yield indexer, tasks, library
    tasks.shutdown()


def test_a_held_start_waits_for_its_release(
    qtbot: QtBot, held: tuple[LibraryIndexer, TaskOwner, Path]
) -> None:
    indexer, tasks, library = held
    finished: list[object] = []
    indexer.finished.connect(finished.append)
    indexer.hold(at_most_ms=60000)
    indexer.start([library])
    assert indexer.held and indexer.running
    qtbot.wait(300)
    assert not finished and tasks.pending == 0  # nothing was handed to the task owner
    with qtbot.waitSignal(indexer.finished, timeout=60000):
        indexer.release()
    assert not indexer.held and len(finished) == 1


def test_a_held_start_runs_at_the_latest_when_the_hold_ends(
    qtbot: QtBot, held: tuple[LibraryIndexer, TaskOwner, Path]
) -> None:
    indexer, _tasks, library = held
    indexer.hold(at_most_ms=200)
    indexer.start([library])
    with qtbot.waitSignal(indexer.finished, timeout=60000):
        pass  # never released: the hold's own limit starts it
    assert not indexer.held


def test_a_release_without_a_held_start_lets_the_next_start_run_at_once(
    qtbot: QtBot, held: tuple[LibraryIndexer, TaskOwner, Path]
) -> None:
    indexer, tasks, library = held
    indexer.hold(at_most_ms=60000)
    indexer.release()
    with qtbot.waitSignal(indexer.finished, timeout=60000):
        indexer.start([library])
        assert tasks.pending == 1  # handed over now, not held


def test_cancel_drops_a_held_start(
    qtbot: QtBot, held: tuple[LibraryIndexer, TaskOwner, Path]
) -> None:
    indexer, tasks, library = held
    finished: list[object] = []
    indexer.finished.connect(finished.append)
    indexer.hold(at_most_ms=100)
    indexer.start([library])
    indexer.cancel()
    assert not indexer.running
    qtbot.wait(400)  # past the hold's limit: nothing starts
    assert not finished and tasks.pending == 0


def test_the_update_process_runs_at_a_lower_priority() -> None:
    import os
    import subprocess
    import sys

    from reader.model.library import update_process

    # A stand-in for the update's child: any process of ours that waits to be looked at.
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        update_process.lower_priority(child.pid)
        assert os.getpriority(os.PRIO_PROCESS, child.pid) == min(
            19, os.getpriority(os.PRIO_PROCESS, 0) + update_process.CHILD_NICENESS
        )
    finally:
        child.kill()
        child.wait()


def test_a_start_after_the_release_runs_at_once_and_the_held_one_is_not_run_again(
    qtbot: QtBot, held: tuple[LibraryIndexer, TaskOwner, Path]
) -> None:
    indexer, tasks, library = held
    finished: list[object] = []
    indexer.finished.connect(finished.append)
    indexer.hold(at_most_ms=60000)
    indexer.start([library])
    indexer.release()  # the held start would run a moment later…
    assert not indexer.held
    with qtbot.waitSignal(indexer.finished, timeout=60000):
        indexer.start([library])  # …but this one runs now, in its place
        assert tasks.pending == 1
    qtbot.wait(300)  # past the release's moment: nothing more starts
    assert len(finished) == 1 and tasks.pending == 0
