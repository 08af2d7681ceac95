"""A library update in a process of its own, reporting back to the one that started it.

The window's process keeps only what it shows. An update made on one of its threads held
everything the scan found (a path object, a stored key and the indexed stamp of every file:
about 1.3 KB a file, 330 MB for 256,000 posts), which the allocator then kept for the window's
lifetime, and took the interpreter lock from the UI thread for every batch it stored.
:func:`update_in_process` runs :meth:`LibraryIndex.update` in a "spawn" child (which starts its
own parsing pool) and relays its progress reports, its cancellation and its result or error.

The child is given the parent's safe module path (:mod:`reader.model.safe_path`) and runs at a
lower CPU priority than the window (:data:`CHILD_NICENESS`, set as it starts, so its own
start-up and the parsing workers it starts, which run lower still, inherit it): on two cores
the window's UI thread must win a core while three Pythons start. It stops at its next batch
when the update is cancelled or the parent process is gone.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from reader.model.library.index import LibraryIndex
from reader.model.safe_path import child_environment, make_safe, safe_sys_path

# multiprocessing itself is imported when a child is started; the progress module (its
# dataclasses) and signal (its enums) when an update runs: the window imports this module
# before its first article, and starts an update only after it.
if TYPE_CHECKING:
    from multiprocessing.connection import Connection
    from multiprocessing.synchronize import Event

    from reader.model.library.index import Progress, UpdateStats

POLL_SECONDS = 0.05
# How much lower than the starting process the child runs (``nice``; its workers add theirs).
CHILD_NICENESS = 5


def lower_priority(pid: int, by: int = CHILD_NICENESS) -> None:
    """Run process ``pid`` ``by`` steps nicer than this one (where the system allows it)."""
    with contextlib.suppress(OSError, AttributeError):
        os.setpriority(os.PRIO_PROCESS, pid, os.getpriority(os.PRIO_PROCESS, 0) + by)


def at_most_files(roots: Sequence[Path], limit: int) -> bool:
    """Whether ``roots`` hold at most ``limit`` files (counting stops past it; a folder that
    cannot be read counts as empty, as the scan will say)."""
    if limit <= 0:
        return False
    seen = 0
    folders = [os.fspath(r) for r in roots]
    while folders:
        try:
            with os.scandir(folders.pop()) as entries:
                for entry in entries:
                    if entry.is_dir(follow_symlinks=False):
                        folders.append(entry.path)
                        continue
                    seen += 1
                    if seen > limit:
                        return False
        except OSError:
            continue
    return True


class UpdateProcessDiedError(RuntimeError):
    """The update's process ended without a result (killed, out of memory, a crash);
    ``exit_code`` is its exit code (negative: the signal that ended it)."""

    def __init__(self, exit_code: int | None) -> None:
        super().__init__(f"the indexing process ended unexpectedly (exit code {exit_code})")
        self.exit_code = exit_code


def _child(
    path: list[str],
    db_path: str,
    roots: list[str],
    workers: int | None,
    conn: Connection,
    stop: Event,
    parent: int,
) -> None:
    """The child's work: the update, with every report sent to the parent."""
    sys.path[:] = safe_sys_path(path)
    import signal

    from reader.model.library.index import UpdateStats

    # Ctrl+C in the terminal reaches the whole process group: the window decides (it cancels
    # the update as it closes), the child must not die with a traceback of its own.
    signal.signal(signal.SIGINT, signal.SIG_IGN)

    def cancelled() -> bool:
        return stop.is_set() or os.getppid() != parent

    if cancelled():  # cancelled (the window closed) while this process was starting
        conn.send(("done", UpdateStats(cancelled=True)))
        conn.close()
        return
    try:
        index = LibraryIndex(Path(db_path))
        try:
            stats = index.update(
                [Path(r) for r in roots],
                progress=lambda p: conn.send(("progress", p)),
                cancelled=cancelled,
                workers=workers,
            )
        finally:
            index.close()
    except Exception as exc:  # noqa: BLE001 - handed to the parent, never lost here
        try:
            conn.send(("failed", exc))
        except Exception:  # noqa: BLE001 - an exception that cannot be pickled
            conn.send(("failed", RuntimeError(str(exc) or type(exc).__name__)))
    else:
        conn.send(("done", stats))
    finally:
        conn.close()


def update_in_process(
    db_path: Path,
    roots: Sequence[Path],
    progress: Callable[[Progress], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    workers: int | None = None,
    in_process_up_to: int = 0,
) -> UpdateStats:
    """:meth:`LibraryIndex.update` of ``roots`` in a child process; the child's exception is
    raised here (:class:`UpdateProcessDiedError` if it ended without a word). Without a safe way
    to start a child Python (see :func:`child_environment`), or for a library of at most
    ``in_process_up_to`` files (starting a Python costs more than a few files' scan holds: on
    a first start it delayed the first article by the child's start-up), the update runs in
    this process."""
    make_safe()
    if not child_environment() or at_most_files(roots, in_process_up_to):
        index = LibraryIndex(db_path)
        try:
            return index.update(roots, progress=progress, cancelled=cancelled, workers=workers)
        finally:
            index.close()
    import multiprocessing

    context = multiprocessing.get_context("spawn")
    receiver, sender = context.Pipe(duplex=False)
    stop = context.Event()
    child = context.Process(
        target=_child,
        args=(
            list(sys.path),
            str(db_path),
            [str(Path(os.path.abspath(r))) for r in roots],
            workers,
            sender,
            stop,
            os.getpid(),
        ),
        name="reader-library-update",
    )
    child.start()
    if child.pid is not None:
        lower_priority(child.pid)
    sender.close()  # the child's end: the pipe reports EOF once the child is gone
    from reader.model.library.index import UpdateStats

    try:
        while True:
            if cancelled is not None and cancelled():
                stop.set()
            if not receiver.poll(POLL_SECONDS):
                continue
            try:
                kind, value = receiver.recv()
            except EOFError:
                break
            if kind == "progress":
                if progress is not None:
                    progress(value)
            elif kind == "done":
                assert isinstance(value, UpdateStats)
                return value
            else:
                assert isinstance(value, BaseException)
                raise value
    finally:
        stop.set()
        receiver.close()
        child.join()
    raise UpdateProcessDiedError(child.exitcode)
