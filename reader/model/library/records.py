"""Index records: files parsed into what the library index stores, here or in a process pool.

:func:`parse_record` never raises (a bad file gives an error record). :func:`parse_records`
parses many files, in a "spawn" process pool when there are enough of them: what a worker runs
(:func:`_parse_task`, :func:`_init_worker`) must stay a module-level function it can import.
Workers never import from the working directory or a document folder (see
:mod:`reader.model.safe_path`).
"""

from __future__ import annotations

import contextlib
import gc
import os
import re
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlparse

from reader.model.document.document import Document
from reader.model.document.parser import parse_file, unexpected
from reader.model.document.problems import Problem, Reason
from reader.model.library.packing import pack_text
from reader.model.safe_path import child_environment, make_safe, safe_sys_path
from reader.model.script.fold import document_tokens, index_text

if TYPE_CHECKING:
    import concurrent.futures

# The process pool's modules (multiprocessing, concurrent.futures: ~12 ms) are imported when a
# pool is started: ``reader search`` and the window's start open the index without them.

_POOL_THRESHOLD = 200  # fewer files than this are parsed in-process (a pool costs ~0.5 s to start)
_TASK_SIZE = 32  # files per pool task

Item = tuple[str, int, int, Problem | None]
"""A file to parse: its path, size, modification time and the scan's error (if any)."""


@dataclass(frozen=True, slots=True)
class Record:
    """A parsed document as the index stores it (built in a worker process)."""

    path: str
    size: int
    mtime_ns: int
    title: str
    date: float | None
    author: str
    source: str
    source_url: str
    tags: tuple[str, ...]
    script: str
    error: str | None  # Problem.encode(): the reason code, translated where it is shown
    warnings: int
    packed: bytes  # the clean text, packed (see :mod:`reader.model.library.packing`)
    fts_title: str  # the title as the title index takes it
    fts_words: str  # the title's and body's tokens, as the word index takes them


def _source_of(doc: Document) -> str:
    if doc.author:
        return doc.author
    if doc.source_url:
        return urlparse(doc.source_url).hostname or ""
    return ""


_SURROGATE_RE = re.compile("[\ud800-\udfff]")


def _storable(text: str) -> str:
    """``text`` without lone surrogates (a title taken from a file name that is not valid
    UTF-8), which SQLite cannot store; each becomes U+FFFD, so offsets stay the same. (Found
    by a search, not by encoding the whole text as UTF-8: 2% of a worker's instructions.)"""
    if text.isascii() or _SURROGATE_RE.search(text) is None:
        return text
    return _SURROGATE_RE.sub("\ufffd", text)


def make_record(doc: Document, size: int, mtime_ns: int) -> Record:
    """The index record of a parsed document."""
    title = _storable(doc.title)
    text = _storable(doc.text)
    fts_title = index_text(title)
    return Record(
        path=str(doc.path),
        size=size,
        mtime_ns=mtime_ns,
        title=title,
        date=doc.date.timestamp() if doc.date else None,
        author=doc.author,
        source=_source_of(doc),
        source_url=doc.source_url,
        tags=doc.tags,
        script=doc.script.value,
        error=doc.problem.encode() if doc.problem is not None else doc.error,
        warnings=len(doc.warnings),
        packed=pack_text(text),
        fts_title=fts_title,
        fts_words=document_tokens(title, text, fts_title),
    )


def parse_record(path: str, size: int, mtime_ns: int, error: Problem | None = None) -> Record:
    """Parse one file into a record (never raises: a bad file gives an error record)."""
    from reader.model.document.document import error_document

    if error is None:
        try:
            return make_record(parse_file(Path(path)), size, mtime_ns)
        except Exception as exc:  # noqa: BLE001 - one bad file is one unreadable entry
            error = Problem(Reason.NOT_PARSED, unexpected(exc))
    return make_record(error_document(Path(path), error), size, mtime_ns)


def _init_worker(path: list[str]) -> None:
    """Pool initializer: the parent's safe module path (again without the working directory:
    the worker started with ``PYTHONSAFEPATH``, this is the second lock), and a lower CPU
    priority, so the UI thread of the process that started the pool keeps getting the CPU
    (2 cores, 2 parsing processes)."""
    sys.path[:] = safe_sys_path(path)
    with contextlib.suppress(OSError, AttributeError):
        os.nice(10)


_worker_frozen = False


def _parse_task(items: list[Item]) -> list[Record]:
    """A pool task: parse a few files. After a worker's first task, what it has imported and
    built (the parser's modules, the folding and detection tables) is frozen out of the cyclic
    collector's generations, which then no longer walks it (2% of a worker's instructions)."""
    global _worker_frozen
    records = [parse_record(*item) for item in items]
    if not _worker_frozen:
        gc.freeze()
        _worker_frozen = True
    return records


def parse_records(
    todo: list[Item],
    workers: int | None,
    cancelled: Callable[[], bool] | None,
) -> Iterator[Record]:
    """Parse ``todo`` (path, size, mtime_ns, scan error) into records, in order: in this
    process, or in a pool of ``workers`` processes when there is enough to do. ``cancelled``
    is polled between files (in this process) or before each new pool task."""
    workers = workers if workers is not None else (os.cpu_count() or 1)
    # What this process imports lazily (bs4, lxml…) and what a worker is given as its path.
    make_safe()
    if workers <= 1 or len(todo) < _POOL_THRESHOLD or not child_environment():
        for item in todo:
            if cancelled and cancelled():
                return
            yield parse_record(*item)
        return
    from concurrent.futures.process import BrokenProcessPool

    tasks = [todo[i : i + _TASK_SIZE] for i in range(0, len(todo), _TASK_SIZE)]
    done = 0
    while done < len(tasks):
        try:
            for records in _in_pool(tasks[done:], workers, cancelled):
                yield from records
                done += 1
            return  # all done, or cancelled
        except BrokenProcessPool:
            # A worker died (killed, out of memory, a crash in a C library): every task in
            # flight is lost. The one waited for is parsed again file by file, each alone, so
            # a file that kills its worker again is found and becomes an unreadable entry;
            # then the pool starts again for the rest.
            yield from _isolated(tasks[done])
            done += 1


WORKER_DIED = Problem(Reason.WORKER_DIED)


def _new_pool(workers: int) -> concurrent.futures.Executor:
    import concurrent.futures
    import multiprocessing

    # "spawn": forking a process that runs Qt threads is unsafe; workers import only the model.
    return concurrent.futures.ProcessPoolExecutor(
        workers,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=_init_worker,
        initargs=(list(sys.path),),
    )


def _in_pool(
    tasks: list[list[Item]], workers: int, cancelled: Callable[[], bool] | None
) -> Iterator[list[Record]]:
    """The records of each task, in order, parsed by a pool of ``workers`` processes.

    Raises:
        BrokenProcessPool: a worker died; the tasks from the one being waited for on are lost.
    """
    with _new_pool(workers) as pool:
        # A bounded window of tasks in flight keeps memory flat and results in order.
        window = workers * 3
        futures = [pool.submit(_parse_task, t) for t in tasks[:window]]
        next_task = len(futures)
        position = 0
        try:
            while position < len(futures):
                records = futures[position].result()
                futures[position] = None  # type: ignore[call-overload]
                position += 1
                if next_task < len(tasks) and not (cancelled and cancelled()):
                    futures.append(pool.submit(_parse_task, tasks[next_task]))
                    next_task += 1
                yield records
        finally:
            for future in futures[position:]:
                if future is not None:
                    future.cancel()


def _isolated(task: list[Item]) -> Iterator[Record]:
    """The records of ``task``'s files, each parsed alone in a one-worker pool (a new pool
    after a worker dies); a file whose worker dies is an unreadable entry."""
    from concurrent.futures.process import BrokenProcessPool

    pool: concurrent.futures.Executor | None = None
    try:
        for item in task:
            if pool is None:
                pool = _new_pool(1)
            try:
                [record] = pool.submit(_parse_task, [item]).result()
            except BrokenProcessPool:
                pool.shutdown(wait=True, cancel_futures=True)
                pool = None
                record = parse_record(item[0], item[1], item[2], WORKER_DIED)
            yield record
    finally:
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
