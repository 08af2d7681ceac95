"""The window's search path, timed: the library benchmark's ``search`` phase runs the 50 fixed
queries through :class:`~reader.ui.library.library_search.LibrarySearch` on a
:class:`~reader.ui.tasks.TaskOwner` of the window's size, as the search panel asks for them:
the first page (:data:`~reader.ui.library.library_search.PAGE` results) with its count, on a
worker thread, delivered back on this thread. Each time runs from the request until the page
arrives (wall time, and the process's CPU time).

Beside :func:`benchmarks.library.search_latency` (one connection kept open, 20 results, no
count): the difference is what the window's path adds to the query itself.
"""

from __future__ import annotations

import os
import statistics
import time
from pathlib import Path

from reader.model.paths import DataFiles


def window_search_latency(
    db_path: Path, roots: tuple[str, ...], queries: list[str]
) -> dict[str, object]:
    """p50/p95/slowest (ms) of ``queries`` through the window's search requests."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QObject
    from PySide6.QtWidgets import QApplication

    from benchmarks.library import _percentile
    from reader.model.library.connections import ReadConnections
    from reader.ui.library.library_search import LibrarySearch
    from reader.ui.tasks import TaskOwner

    # A QApplication (not a QCoreApplication): the toggle phase after this one makes widgets.
    app = QApplication.instance() or QApplication(["bench"])  # noqa: F841 - kept while it runs
    owner = QObject()
    tasks = TaskOwner(owner)
    reads = ReadConnections(db_path, db_path.with_name(DataFiles.STATE), keep=tasks.threads)
    tasks.close_on_shutdown(reads.close)
    searcher = LibrarySearch(reads, tasks, lambda: roots, owner)
    loop = QEventLoop()
    arrived: list[object] = []

    def on_page(page: object) -> None:
        arrived.append(page)
        loop.quit()

    searcher.done.connect(on_page)
    searcher.failed.connect(on_page)

    def timed(query: str) -> tuple[float, float, object]:
        before = len(arrived)
        start, cpu_start = time.perf_counter(), time.process_time()
        searcher.search(query)
        if len(arrived) == before:
            loop.exec()
        cpu = (time.process_time() - cpu_start) * 1000
        return (time.perf_counter() - start) * 1000, cpu, arrived[-1]

    try:
        timed("暖身")  # loads the phrase converters once, as search_latency does
        times: list[float] = []
        cpu_times: list[float] = []
        slowest: list[tuple[float, str, object]] = []
        for query in queries:
            elapsed, cpu, page = timed(query)
            if isinstance(page, str):
                raise RuntimeError(f"search for {query!r} failed: {page}")
            times.append(elapsed)
            cpu_times.append(cpu)
            slowest.append((elapsed, query, getattr(page, "total", None)))
    finally:
        tasks.shutdown()
    slowest.sort(key=lambda entry: entry[0], reverse=True)
    return {
        "window_search_p50_ms": round(statistics.median(times), 1),
        "window_search_p95_ms": round(_percentile(times, 0.95), 1),
        "window_search_max_ms": round(max(times), 1),
        # The process's CPU time for each page (the worker's, and this thread's waiting): on
        # this shared machine a wall time is mostly the neighbours' load.
        "window_search_cpu_p50_ms": round(statistics.median(cpu_times), 1),
        "window_search_cpu_p95_ms": round(_percentile(cpu_times, 0.95), 1),
        "window_slowest_queries": [(q, round(t, 1), n) for t, q, n in slowest[:5]],
    }
