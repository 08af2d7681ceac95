"""The task owner: staleness, failures as exceptions, dead receivers, the serial lane, shutdown."""

from __future__ import annotations

import threading
import time

import pytest
import shiboken6
from PySide6.QtCore import QObject, Slot
from pytestqt.qtbot import QtBot

from reader.ui.tasks import TaskContext, TaskOwner


class Receiver(QObject):
    """Records what it is handed (bound methods, as the UI's callbacks are)."""

    def __init__(self) -> None:
        super().__init__()
        self.results: list[object] = []
        self.errors: list[BaseException] = []
        self.progress: list[object] = []

    @Slot(object)
    def on_done(self, result: object) -> None:
        self.results.append(result)

    @Slot(object)
    def on_failed(self, error: BaseException) -> None:
        self.errors.append(error)

    @Slot(object)
    def on_progress(self, value: object) -> None:
        self.progress.append(value)


@pytest.fixture
def owner(qtbot: QtBot) -> TaskOwner:
    tasks = TaskOwner()
    yield tasks
    tasks.shutdown()
    shiboken6.delete(tasks)  # here, not by the garbage collector on some worker thread


def settle(qtbot: QtBot, owner: TaskOwner) -> None:
    """Wait for the workers and for their queued results to be delivered."""
    owner.wait()
    qtbot.waitUntil(lambda: owner.pending == 0, timeout=5000)


def test_result_is_delivered_to_the_request_callback(qtbot: QtBot, owner: TaskOwner) -> None:
    receiver = Receiver()
    owner.submit(lambda: 6 * 7, receiver.on_done, receiver.on_failed, key="answer")
    settle(qtbot, owner)
    assert receiver.results == [42]
    assert receiver.errors == []


def test_a_newer_request_of_the_same_key_makes_the_older_stale(
    qtbot: QtBot, owner: TaskOwner
) -> None:
    receiver = Receiver()
    release = threading.Event()
    owner.submit(lambda: release.wait(5) and "old", receiver.on_done, key="article")
    owner.submit(lambda: "new", receiver.on_done, key="article")
    release.set()
    settle(qtbot, owner)
    assert receiver.results == ["new"]


def test_requests_without_a_key_are_never_stale_and_not_kept(
    qtbot: QtBot, owner: TaskOwner
) -> None:
    receiver = Receiver()
    for i in range(50):
        owner.submit(lambda i=i: i, receiver.on_done)
    settle(qtbot, owner)
    assert sorted(receiver.results) == list(range(50))  # type: ignore[type-var]
    assert owner.pending == 0
    assert owner._latest == {}


def test_superseded_request_is_dropped(qtbot: QtBot, owner: TaskOwner) -> None:
    receiver = Receiver()
    release = threading.Event()
    owner.submit(lambda: release.wait(5), receiver.on_done, key="mode")
    owner.supersede("mode")
    release.set()
    settle(qtbot, owner)
    assert receiver.results == []


def test_failure_arrives_as_the_exception_object(qtbot: QtBot, owner: TaskOwner) -> None:
    receiver = Receiver()
    unexpected: list[object] = []
    owner.failed.connect(unexpected.append)

    def boom() -> None:
        raise ValueError("no such thing")

    owner.submit(boom, receiver.on_done, receiver.on_failed, key="search")
    settle(qtbot, owner)
    assert len(receiver.errors) == 1
    assert isinstance(receiver.errors[0], ValueError)
    assert str(receiver.errors[0]) == "no such thing"
    assert unexpected == []  # handled by the request: not reported a second time


def test_failure_without_a_callback_is_reported_once_by_the_owner(
    qtbot: QtBot, owner: TaskOwner
) -> None:
    receiver = Receiver()
    reported: list[object] = []
    owner.failed.connect(reported.append)

    def boom() -> None:
        raise OSError("disk gone")

    owner.submit(boom, receiver.on_done)
    settle(qtbot, owner)
    assert [str(e) for e in reported] == ["disk gone"]
    assert receiver.results == []


def test_nothing_is_delivered_to_a_deleted_receiver(qtbot: QtBot, owner: TaskOwner) -> None:
    delivered: list[object] = []

    class Widgetish(QObject):
        @Slot(object)
        def on_done(self, result: object) -> None:
            delivered.append(result)

    receiver = Widgetish()
    release = threading.Event()
    owner.submit(lambda: release.wait(5), receiver.on_done, key="late")
    shiboken6.delete(receiver)  # the widget went away while its request ran
    release.set()
    settle(qtbot, owner)
    assert delivered == []


def test_serial_jobs_run_one_at_a_time_and_report_progress(qtbot: QtBot, owner: TaskOwner) -> None:
    receiver = Receiver()
    running: list[int] = []
    overlap: list[bool] = []

    def job(n: int) -> object:
        def run(context: TaskContext) -> int:
            overlap.append(bool(running))
            running.append(n)
            context.report(n)
            time.sleep(0.05)
            running.remove(n)
            return n

        return run

    for n in range(3):
        owner.start_job(job(n), receiver.on_done, progress=receiver.on_progress)
    settle(qtbot, owner)
    assert receiver.results == [0, 1, 2]
    assert receiver.progress == [0, 1, 2]
    assert overlap == [False, False, False]


def test_a_newer_job_of_the_same_key_cancels_the_running_one(
    qtbot: QtBot, owner: TaskOwner
) -> None:
    receiver = Receiver()
    started = threading.Event()
    seen_cancel: list[bool] = []

    def long_job(context: TaskContext) -> str:
        started.set()
        deadline = time.monotonic() + 5
        while not context.cancelled() and time.monotonic() < deadline:
            time.sleep(0.01)
        seen_cancel.append(context.cancelled())
        return "partial"

    owner.start_job(long_job, receiver.on_done, key="index")
    assert started.wait(5)
    owner.start_job(lambda context: "fresh", receiver.on_done, key="index")
    settle(qtbot, owner)
    assert seen_cancel == [True]
    assert receiver.results == ["fresh"]


def test_cancelled_job_still_reports_how_far_it_came(qtbot: QtBot, owner: TaskOwner) -> None:
    receiver = Receiver()
    started = threading.Event()

    def long_job(context: TaskContext) -> str:
        started.set()
        while not context.cancelled():
            time.sleep(0.01)
        return "stopped"

    task = owner.start_job(long_job, receiver.on_done, key="index")
    assert started.wait(5)
    task.cancel()
    settle(qtbot, owner)
    assert receiver.results == ["stopped"]


def test_shutdown_cancels_waits_and_delivers_nothing(qtbot: QtBot) -> None:
    owner = TaskOwner()
    receiver = Receiver()
    started = threading.Event()
    stopped: list[bool] = []

    def long_job(context: TaskContext) -> str:
        started.set()
        while not context.cancelled():
            time.sleep(0.01)
        stopped.append(True)
        return "late"

    owner.start_job(long_job, receiver.on_done, key="index")
    owner.submit(lambda: "queued", receiver.on_done, key="other")
    assert started.wait(5)
    owner.shutdown()
    assert stopped == [True]  # shutdown returned only after the job stopped
    qtbot.wait(50)
    assert receiver.results == []
    assert owner.pending == 0
    shiboken6.delete(owner)


def test_shutdown_closes_what_the_jobs_share_after_they_have_ended(qtbot: QtBot) -> None:
    owner = TaskOwner()
    receiver = Receiver()
    started = threading.Event()
    closed: list[tuple[str, bool, bool]] = []
    running = threading.Event()

    def job() -> str:
        running.set()
        started.wait(5)
        time.sleep(0.05)
        running.clear()
        return "done"

    def close() -> None:
        closed.append(("shared", running.is_set(), threading.current_thread() is main))

    main = threading.current_thread()
    owner.close_on_shutdown(close)
    owner.submit(job, receiver.on_done)
    assert running.wait(5)
    assert closed == []
    started.set()
    owner.shutdown()
    # Once, after the job ended, on the closing thread.
    assert closed == [("shared", False, True)]
    owner.shutdown()
    assert len(closed) == 1
    later: list[str] = []
    owner.close_on_shutdown(lambda: later.append("at once"))  # shut down already
    assert later == ["at once"]
    shiboken6.delete(owner)
