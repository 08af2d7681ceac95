"""The one owner of background work: runs jobs on a pool, hands results back on the UI thread.

Each job has a kind; a newer job of the same kind makes older results stale, and those are
dropped. Workers never touch widgets: they return a value, which is delivered through a queued
signal to the owner (living on the UI thread), which re-emits it if it is still current.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class _Job(QRunnable):
    def __init__(
        self, owner: TaskRunner, kind: str, generation: int, fn: Callable[[], Any]
    ) -> None:
        super().__init__()
        self._owner = owner
        self._kind = kind
        self._generation = generation
        self._fn = fn

    def run(self) -> None:
        try:
            result = self._fn()
        except Exception as exc:  # noqa: BLE001 - reported to the UI, never lost in a thread
            detail = "".join(traceback.format_exception_only(type(exc), exc)).strip()
            self._owner._job_failed.emit(self._kind, self._generation, detail)
        else:
            self._owner._job_done.emit(self._kind, self._generation, result)


class TaskRunner(QObject):
    """Runs callables off the UI thread and reports current results back on it."""

    finished = Signal(str, int, object)
    failed = Signal(str, int, str)
    _job_done = Signal(str, int, object)
    _job_failed = Signal(str, int, str)

    def __init__(self, parent: QObject | None = None, threads: int = 2) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(threads)
        self._latest: dict[str, int] = {}
        self._generation = 0
        self._job_done.connect(self._on_job_done)
        self._job_failed.connect(self._on_job_failed)

    def submit(self, kind: str, fn: Callable[[], Any]) -> int:
        """Run ``fn`` in the background; returns the job's generation number."""
        self._generation += 1
        self._latest[kind] = self._generation
        self._pool.start(_Job(self, kind, self._generation, fn))
        return self._generation

    def supersede(self, kind: str) -> None:
        """Make every running job of ``kind`` stale (its result was obtained another way)."""
        self._generation += 1
        self._latest[kind] = self._generation

    def is_current(self, kind: str, generation: int) -> bool:
        """Whether ``generation`` is the newest job of ``kind``."""
        return self._latest.get(kind) == generation

    def wait(self, msecs: int = -1) -> bool:
        """Wait for running jobs (used on close and by tests)."""
        return self._pool.waitForDone(msecs)

    def shutdown(self) -> None:
        """Drop queued jobs and wait for running ones; results after this are ignored."""
        self._latest.clear()
        self._pool.clear()
        self._pool.waitForDone()

    @Slot(str, int, object)
    def _on_job_done(self, kind: str, generation: int, result: object) -> None:
        if self.is_current(kind, generation):
            self.finished.emit(kind, generation, result)

    @Slot(str, int, str)
    def _on_job_failed(self, kind: str, generation: int, detail: str) -> None:
        if self.is_current(kind, generation):
            self.failed.emit(kind, generation, detail)
