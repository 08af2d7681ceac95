"""The owner of the long-running library indexer: one QThread, progress through signals.

The thread runs :meth:`LibraryIndex.update` on its own SQLite connection and reports progress
and committed batches through queued signals to this owner on the UI thread; it never touches a
widget. A request while an update runs cancels it and starts again once it has stopped.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal, Slot
from typing_extensions import override

from reader.model.library.index import LibraryIndex, Progress, UpdateStats


class _IndexThread(QThread):
    progress = Signal(int, int, float)
    failed = Signal(str)
    done = Signal(object)

    def __init__(
        self, db_path: Path, roots: Sequence[Path], workers: int | None, parent: QObject
    ) -> None:
        super().__init__(parent)
        self._db_path = db_path
        self._roots = list(roots)
        self._workers = workers
        self.cancel_event = threading.Event()

    @override
    def run(self) -> None:
        try:
            index = LibraryIndex(self._db_path)
            try:
                stats = index.update(
                    self._roots,
                    progress=self._report,
                    cancelled=self.cancel_event.is_set,
                    workers=self._workers,
                )
            finally:
                index.close()
        except Exception as exc:  # noqa: BLE001 - reported to the UI, never lost in a thread
            self.failed.emit(f"{type(exc).__name__}: {exc}")
        else:
            self.done.emit(stats)

    def _report(self, progress: Progress) -> None:
        self.progress.emit(progress.done, progress.total, progress.rate)


class LibraryIndexer(QObject):
    """Runs library updates one at a time, off the UI thread.

    Signals: ``progress(done, total, rate)`` after every committed batch, ``finished(stats)``
    with an :class:`UpdateStats`, ``failed(message)``.
    """

    progress = Signal(int, int, float)
    finished = Signal(object)
    failed = Signal(str)

    def __init__(self, db_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db_path = db_path
        self._thread: _IndexThread | None = None
        self._queued: list[Path] | None = None
        self.workers: int | None = None

    @property
    def running(self) -> bool:
        """Whether an update is running."""
        return self._thread is not None

    def start(self, roots: Sequence[Path]) -> None:
        """Update the index for ``roots`` (after cancelling a running update)."""
        if self._thread is not None:
            self._queued = list(roots)
            self._thread.cancel_event.set()
            return
        thread = _IndexThread(self._db_path, roots, self.workers, self)
        thread.progress.connect(self._on_thread_progress)
        thread.done.connect(self._on_thread_done)
        thread.failed.connect(self._on_thread_failed)
        thread.finished.connect(self._on_thread_finished)
        self._thread = thread
        thread.start()

    def cancel(self) -> None:
        """Stop the running update after its current batch (what was committed stays)."""
        self._queued = None
        if self._thread is not None:
            self._thread.cancel_event.set()

    def shutdown(self) -> None:
        """Cancel and wait for the thread (on close)."""
        self.cancel()
        if self._thread is not None:
            self._thread.wait()
            self._thread = None

    @Slot(int, int, float)
    def _on_thread_progress(self, done: int, total: int, rate: float) -> None:
        if self.sender() is self._thread:
            self.progress.emit(done, total, rate)

    @Slot(object)
    def _on_thread_done(self, stats: UpdateStats) -> None:
        if self.sender() is self._thread:
            self.finished.emit(stats)

    @Slot(str)
    def _on_thread_failed(self, message: str) -> None:
        if self.sender() is self._thread:
            self.failed.emit(message)

    @Slot()
    def _on_thread_finished(self) -> None:
        thread = self.sender()
        if thread is not self._thread:
            return
        self._thread = None
        assert isinstance(thread, _IndexThread)
        thread.deleteLater()
        if self._queued is not None:
            roots, self._queued = self._queued, None
            self.start(roots)
