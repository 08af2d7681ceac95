"""Library updates as jobs of the window's task owner (its serial lane): one at a time,
cancellable, reporting progress after every committed batch.

A job runs :meth:`LibraryIndex.update` in a process of its own
(:func:`reader.model.library.update_process.update_in_process`: the scan's memory and the
storing's interpreter time stay out of the window's process; a small library is updated on the
job's thread) and never touches a widget.
A request while an update runs cancels it (what it committed stays) and starts the new one
once it has stopped; the owner's shutdown stops it on close.

At start-up the window holds the indexer (:meth:`~LibraryIndexer.hold`) until its first
article is shown: an update (a child Python and its parsing workers starting, or a small
library's scan on a thread of this process) would otherwise compete with the first article's
render for the cores and the interpreter lock.
"""

from __future__ import annotations

import gc
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot

from reader.model.library.update_process import UpdateProcessDiedError, update_in_process
from reader.ui.library.first_article import HOLD_MS, FirstArticleHold
from reader.ui.tasks import Task, TaskContext, TaskOwner, describe

TYPE_CHECKING = False  # typing's, without importing typing at start-up (mypy reads it so)
if TYPE_CHECKING:  # an update's progress module, imported once an update runs
    from reader.model.library.index import Progress, UpdateStats

KEY = "library-index"
# A library of at most this many files is updated in the window's process (on the task
# owner's thread): a child Python's start-up is longer than such an update.
IN_PROCESS_FILES = 300


def update_index(
    db_path: Path, roots: Sequence[Path], workers: int | None, context: TaskContext
) -> UpdateStats:
    """Bring the index of ``roots`` up to date (a serial-lane job, in a child process unless
    the library is small: :data:`IN_PROCESS_FILES`)."""
    return update_in_process(
        db_path,
        roots,
        progress=context.report,
        cancelled=context.cancelled,
        workers=workers,
        in_process_up_to=IN_PROCESS_FILES,
    )


class LibraryIndexer(QObject):
    """Runs library updates through the task owner.

    Signals: ``progress(done, total, rate)`` after every committed batch, ``finished(stats)``
    with an :class:`UpdateStats`, ``failed(message)``.
    """

    progress = Signal(int, int, float)
    finished = Signal(object)
    failed = Signal(str)

    def __init__(self, db_path: Path, tasks: TaskOwner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db_path = db_path
        self._tasks = tasks
        self._task: Task[UpdateStats] | None = None
        self.workers: int | None = None
        self._waiting: list[Path] | None = None  # the roots of a start made while held
        self._hold = FirstArticleHold(self)
        self._hold.ended.connect(self._on_hold_ended)

    @property
    def running(self) -> bool:
        """Whether an update is running (or queued, or held)."""
        running = self._task is not None and self._tasks.is_current(self._task)
        return running or self._waiting is not None

    @property
    def held(self) -> bool:
        """Whether a start now waits for :meth:`release`."""
        return self._hold.awaiting_release

    def hold(self, at_most_ms: int = HOLD_MS) -> None:
        """Make the next :meth:`start` wait for :meth:`release` (at most ``at_most_ms``)."""
        self._hold.hold(at_most_ms)

    @Slot()
    def release(self) -> None:
        """End a :meth:`hold`: a start made meanwhile runs a moment later (once the event loop
        has painted what is shown now); without one, the next start runs at once."""
        self._hold.release()

    def start(self, roots: Sequence[Path]) -> None:
        """Update the index for ``roots`` (a running update is cancelled first; while
        :meth:`held`, once released)."""
        if self.held:
            self._waiting = list(roots)
            return
        self._waiting = None  # a start made while held, not run yet, is this one now
        db_path, folders, workers = self._db_path, list(roots), self.workers
        self._task = self._tasks.start_job(
            lambda context: update_index(db_path, folders, workers, context),
            self._on_job_done,
            self._on_job_failed,
            progress=self._on_job_progress,
            key=KEY,
        )

    def cancel(self) -> None:
        """Stop the running update after its current batch (what was committed stays); a held
        start is dropped."""
        self._waiting = None
        if self._task is not None:
            self._task.cancel()

    @Slot()
    def _on_hold_ended(self) -> None:
        if self._waiting is not None:
            self.start(self._waiting)

    @Slot(object)
    def _on_job_progress(self, progress: Progress) -> None:
        self.progress.emit(progress.done, progress.total, progress.rate)
        keep_out_of_full_collections()

    @Slot(object)
    def _on_job_done(self, stats: UpdateStats) -> None:
        self._task = None
        self.finished.emit(stats)

    @Slot(object)
    def _on_job_failed(self, error: BaseException) -> None:
        self._task = None
        if isinstance(error, UpdateProcessDiedError):
            message = self.tr("the indexing process ended unexpectedly (exit code {code})")
            self.failed.emit(message.format(code=error.exit_code))
        else:
            self.failed.emit(describe(error))


def keep_out_of_full_collections() -> None:
    """Move every object alive now out of the collector's reach, as start-up does.

    While a library is indexed the window gains rows, summaries and Qt wrappers that live as
    long as it does, and the job allocates fast enough to trigger full collections, which
    traverse everything not frozen: on the UI thread (the GIL), a pause that grew with the
    library (107 ms on the 63,225-post archive). Freezing after every committed batch keeps
    each full collection to what the last batch left. Objects frozen are still freed when
    their last reference goes; only reference cycles that become garbage later stay (as for
    what ``reader.app.run_gui`` freezes after start-up); the young generations are collected
    first (a millisecond or two), so the batch's own short-lived cycles are not kept.
    """
    gc.collect(1)
    gc.freeze()
