"""The one owner of background work: jobs run on worker threads, results come back on the UI
thread to the callbacks the request carries.

Every request names what it is for with a *key* ("article", "library-list"…): a newer request
with the same key makes the older one stale, and a stale result is dropped. A request without a
key is never superseded (storing a read mark). Results and failures are delivered only while
the request is current, the owner is not shut down, and the object the callback belongs to is
still alive (calibre's guard against late callbacks into deleted widgets). A failure arrives as
the exception object; a request without a failure callback reports it once through
:attr:`TaskOwner.failed`.

Long jobs (indexing) run in a *serial lane*: one at a time, in order, each with a
:class:`TaskContext` through which it reports progress and learns that it was cancelled.
:meth:`TaskOwner.shutdown` cancels and waits for everything, once, on close; then it closes
what the jobs shared (:meth:`TaskOwner.close_on_shutdown`: the library's kept read
connections), on the closing thread, once no worker can hold it.

Workers never touch widgets: they return a value, which travels through a queued signal to the
owner, living on the UI thread.
"""

from __future__ import annotations

import itertools
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

T = TypeVar("T")


class TaskContext:
    """What a serial-lane job sees of its request: progress reports and cancellation."""

    def __init__(self, owner: TaskOwner, task_id: int) -> None:
        self._owner = owner
        self._id = task_id
        self._cancelled = threading.Event()

    def report(self, value: object) -> None:
        """Send a progress value to the request's progress callback (on the UI thread)."""
        self._owner._task_progress.emit(self._id, value)

    def cancelled(self) -> bool:
        """Whether the request was cancelled (the job should stop at its next checkpoint)."""
        return self._cancelled.is_set()


@dataclass(eq=False)
class Task(Generic[T]):
    """A request: its key, its callbacks and, for a serial job, its context."""

    id: int
    key: str | None
    done: Callable[[T], object]
    failed: Callable[[BaseException], object] | None
    progress: Callable[[Any], object] | None = None
    context: TaskContext | None = None
    receivers: tuple[object, ...] = field(default=())

    def cancel(self) -> None:
        """Ask a serial job to stop (it still reports how far it came)."""
        if self.context is not None:
            self.context._cancelled.set()


class _Run(QRunnable):
    def __init__(self, owner: TaskOwner, task_id: int, fn: Callable[[], object]) -> None:
        super().__init__()
        self._owner = owner
        self._id = task_id
        self._fn = fn

    def run(self) -> None:
        try:
            result = self._fn()
        except Exception as exc:  # noqa: BLE001 - handed to the UI thread, never lost here
            self._owner._task_failed.emit(self._id, exc)
        else:
            self._owner._task_done.emit(self._id, result)


def describe(error: BaseException) -> str:
    """A failure as one line for the user: its message, not its class path."""
    return str(error) or type(error).__name__


def _receiver_of(callback: Callable[..., object] | None) -> object | None:
    """The QObject a bound-method callback belongs to (to check it is still alive)."""
    owner = getattr(callback, "__self__", None)
    return owner if isinstance(owner, QObject) else None


def _alive(receivers: tuple[object, ...]) -> bool:
    return all(shiboken6.isValid(r) for r in receivers)


class TaskOwner(QObject):
    """Runs callables off the UI thread and delivers current results back on it."""

    #: A failure of a request that has no failure callback of its own.
    failed = Signal(object)
    _task_done = Signal(int, object)
    _task_failed = Signal(int, object)
    _task_progress = Signal(int, object)

    def __init__(self, parent: QObject | None = None, threads: int = 2) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(threads)
        self._serial = QThreadPool(self)
        self._serial.setMaxThreadCount(1)
        self._ids = itertools.count(1)
        self._pending: dict[int, Task[Any]] = {}
        self._latest: dict[str, int] = {}
        self._closed = False
        self._closers: list[Callable[[], object]] = []
        self._task_done.connect(self._on_task_done)
        self._task_failed.connect(self._on_task_failed)
        self._task_progress.connect(self._on_task_progress)

    # ----- requests -----
    def submit(
        self,
        fn: Callable[[], T],
        done: Callable[[T], object],
        failed: Callable[[BaseException], object] | None = None,
        *,
        key: str | None = None,
    ) -> Task[T]:
        """Run ``fn()`` on a worker; ``done(result)`` or ``failed(exc)`` follows on this thread."""
        task = self._new(key, done, failed)
        self._pool.start(_Run(self, task.id, fn))
        return task

    def start_job(
        self,
        fn: Callable[[TaskContext], T],
        done: Callable[[T], object],
        failed: Callable[[BaseException], object] | None = None,
        *,
        progress: Callable[[Any], object] | None = None,
        key: str | None = None,
    ) -> Task[T]:
        """Queue ``fn(context)`` in the serial lane (after the jobs before it).

        A newer job with the same ``key`` cancels this one and makes it stale.
        """
        previous = self._pending.get(self._latest.get(key, 0)) if key is not None else None
        task = self._new(key, done, failed, progress)
        task.context = TaskContext(self, task.id)
        if previous is not None:
            previous.cancel()
        context = task.context
        self._serial.start(_Run(self, task.id, lambda: fn(context)))
        return task

    def supersede(self, key: str) -> None:
        """Make the running request of ``key`` stale (its result was obtained another way)."""
        task_id = self._latest.pop(key, None)
        task = self._pending.get(task_id) if task_id is not None else None
        if task is not None:
            task.cancel()

    def is_current(self, task: Task[Any]) -> bool:
        """Whether ``task`` is still waited for (not finished, stale or shut down)."""
        return task.id in self._pending and self._current(task)

    @property
    def threads(self) -> int:
        """How many requests run at once (the worker threads, the serial lane's apart)."""
        return self._pool.maxThreadCount()

    @property
    def pending(self) -> int:
        """How many requests are waited for (finished ones are forgotten)."""
        return len(self._pending)

    def close_on_shutdown(self, close: Callable[[], object]) -> None:
        """Call ``close()`` in :meth:`shutdown`, once every job has ended (what the jobs share,
        e.g. kept database connections, closed on this thread rather than left to a worker's
        garbage collection); at once if the owner is shut down already."""
        if self._closed:
            close()
        else:
            self._closers.append(close)

    def wait(self, msecs: int = -1) -> bool:
        """Wait for running jobs (tests, close)."""
        return self._pool.waitForDone(msecs) and self._serial.waitForDone(msecs)

    def shutdown(self) -> None:
        """Cancel everything, drop what is queued, wait for what runs, then close what
        :meth:`close_on_shutdown` was given; nothing arrives after."""
        self._closed = True
        for task in self._pending.values():
            task.cancel()
        self._pool.clear()
        self._serial.clear()
        self._pool.waitForDone()
        self._serial.waitForDone()
        self._pending.clear()
        self._latest.clear()
        closers, self._closers = self._closers, []
        for close in closers:
            close()

    # ----- delivery -----
    def _new(
        self,
        key: str | None,
        done: Callable[[Any], object],
        failed: Callable[[BaseException], object] | None,
        progress: Callable[[Any], object] | None = None,
    ) -> Task[Any]:
        receivers = tuple(
            r for r in {id(r): r for r in map(_receiver_of, (done, failed, progress))}.values() if r
        )
        task: Task[Any] = Task(next(self._ids), key, done, failed, progress, None, receivers)
        self._pending[task.id] = task
        if key is not None:
            self._latest[key] = task.id
        return task

    def _current(self, task: Task[Any]) -> bool:
        if self._closed:
            return False
        return task.key is None or self._latest.get(task.key) == task.id

    def _finish(self, task_id: int) -> Task[Any] | None:
        """Forget a finished request; it, if its result is still wanted."""
        task = self._pending.pop(task_id, None)
        if task is None:
            return None
        current = self._current(task)
        if task.key is not None and self._latest.get(task.key) == task.id:
            del self._latest[task.key]
        return task if current and _alive(task.receivers) else None

    @Slot(int, object)
    def _on_task_done(self, task_id: int, result: object) -> None:
        task = self._finish(task_id)
        if task is not None:
            task.done(result)

    @Slot(int, object)
    def _on_task_failed(self, task_id: int, error: object) -> None:
        task = self._finish(task_id)
        if task is None:
            return
        assert isinstance(error, BaseException)
        if task.failed is not None:
            task.failed(error)
        else:
            self.failed.emit(error)

    @Slot(int, object)
    def _on_task_progress(self, task_id: int, value: object) -> None:
        task = self._pending.get(task_id)
        if (
            task is not None
            and task.progress is not None
            and self._current(task)
            and _alive(task.receivers)
        ):
            task.progress(value)
