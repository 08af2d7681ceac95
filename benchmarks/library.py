"""Library benchmark: ``python -m benchmarks library DIR [--phases …]``.

Phases (all by default, in this order):

* ``minimal`` — the least work any reader must do: read every file, decode it, split its front
  matter and parse its body HTML once with BeautifulSoup/lxml (in the same process pool size
  as the indexer, so the ratio compares like with like).
* ``index`` — the first full index into a fresh database (``LibraryIndex.update``).

  Both read every file once, untimed, before they start: their times are the work, not the
  disk (a file the page cache has dropped is read from it again).
* ``search`` — latency of a fixed set of 50 queries (25 Simplified, the same 25 Traditional),
  p50/p95, after one warm-up query (OpenCC's phrase dictionaries load once): on one connection
  (the query's own time), and through the window's own path
  (:mod:`benchmarks.window_search`: the first page with its count, on a worker thread).
* ``gui-warm`` — the real window (offscreen) started in a new process on the indexed library:
  time from process start until the list shows rows, the longest gap of a 10 ms UI-thread
  heartbeat while scrolling the whole list (in 200 steps), and the process's peak RSS after
  that and the 50 searches through the panel.
* ``gui-cold`` — the real window indexing the library from scratch, with a 10 ms QTimer heartbeat
  on the UI thread: the longest gap between beats (the longest UI stall) and the indexing time.
* ``disk``, ``cli``, ``convert``, ``startup``, ``toggle`` — the ratios against baselines (index
  ÷ source bytes, ``reader search`` ÷ ripgrep, ``reader convert`` ÷ ``--version``, first
  article ÷ bare window, the toggle's UI-thread time): see :mod:`benchmarks.ratios`.

At the end, the performance table (issue 16's rows) filled from this run goes to stderr.

Results are printed as one JSON object (and a human summary on stderr).
"""

from __future__ import annotations

import argparse
import concurrent.futures
import contextlib
import gc
import json
import multiprocessing
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from reader.model.paths import DataFiles

QUERIES_SIMPLIFIED = [
    "停火", "疫苗", "美国", "选举", "拜登", "特朗普", "香港", "台湾", "新冠", "经济",
    "俄罗斯", "乌克兰", "习近平", "人权", "记者", "法国", "欧盟", "中国政府", "言论自由", "网络",
    "亚美尼亚", "阿塞拜疆", "示威", "警察", "火",
]  # fmt: skip
QUERIES_TRADITIONAL = [
    "停火", "疫苗", "美國", "選舉", "拜登", "川普", "香港", "臺灣", "新冠", "經濟",
    "俄羅斯", "烏克蘭", "習近平", "人權", "記者", "法國", "歐盟", "中國政府", "言論自由", "網路",
    "亞美尼亞", "亞塞拜然", "示威", "警察", "火",
]  # fmt: skip
QUERIES = QUERIES_SIMPLIFIED + QUERIES_TRADITIONAL


def _minimal_task(paths: list[str]) -> int:
    from bs4 import BeautifulSoup

    from reader.model.document.posts import split_post
    from reader.model.document.textio import UnreadableError, decode_bytes

    chars = 0
    for path in paths:
        try:
            data = Path(path).read_bytes()
            text = decode_bytes(data).text
        except (OSError, UnreadableError):
            continue
        post = split_post(text)
        soup = BeautifulSoup(post.body, "lxml")
        chars += len(soup.get_text())
    return chars


def _read_once(files: list[str]) -> None:
    """Read every file once, untimed, so the minimal work finds them in the page cache as the
    index phase that follows it does (this machine pages cold files out within minutes: a
    minimal phase reading from disk took 50–80 s at 63,225 posts against 33 s cached)."""
    for path in files:
        with contextlib.suppress(OSError):
            Path(path).read_bytes()


def cpu_seconds() -> float:
    """CPU seconds (user and system) of this process and of its children that have ended.

    Beside a phase's wall time: the same work took 33.5–43.8 s of wall time within minutes on
    this shared 2-core machine, so a ratio of wall times swings with the neighbours' load.
    """
    own = resource.getrusage(resource.RUSAGE_SELF)
    ended = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + ended.ru_utime + ended.ru_stime


def minimal_work(root: Path, workers: int) -> tuple[float, float]:
    """Seconds, of wall time and of CPU time, to read, decode, split front matter and parse
    HTML of every file once (the files read once before, untimed: the time is the work, not
    the disk)."""
    from reader.model.library.scan import scan

    start, cpu_start = time.perf_counter(), cpu_seconds()
    files = [str(f.path) for f in scan([root]).files]
    scanned, cpu_scanned = time.perf_counter() - start, cpu_seconds() - cpu_start
    _read_once(files)
    start = time.perf_counter() - scanned  # the scan counts, the read beforehand does not
    cpu_start = cpu_seconds() - cpu_scanned
    chunks = [files[i : i + 32] for i in range(0, len(files), 32)]
    context = multiprocessing.get_context("spawn")
    with concurrent.futures.ProcessPoolExecutor(workers, mp_context=context) as pool:
        sum(pool.map(_minimal_task, chunks))
    return time.perf_counter() - start, cpu_seconds() - cpu_start  # the workers have ended


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def search_latency(db_path: Path, roots: tuple[str, ...] | None) -> dict[str, object]:
    """p50/p95 (ms) of the fixed queries."""
    from reader.model.library.index import LibraryIndex
    from reader.model.library.search import search

    index = LibraryIndex(db_path)
    try:
        search(index, "暖身", limit=20, roots=roots)  # loads the phrase converters once
        times: list[float] = []
        slowest: list[tuple[float, str, int]] = []
        for query in QUERIES:
            start = time.perf_counter()
            hits = search(index, query, limit=20, roots=roots)
            elapsed = (time.perf_counter() - start) * 1000
            times.append(elapsed)
            slowest.append((elapsed, query, len(hits)))
    finally:
        index.close()
    slowest.sort(reverse=True)
    return {
        "search_p50_ms": round(statistics.median(times), 1),
        "search_p95_ms": round(_percentile(times, 0.95), 1),
        "search_max_ms": round(max(times), 1),
        "slowest_queries": [(q, round(t, 1), n) for t, q, n in slowest[:5]],
    }


def gui_run(root: Path, data: Path, mode: str, t0: float) -> dict[str, object]:
    """Run inside the child process: the real window, offscreen."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    from reader.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(["bench"])
    result: dict[str, object] = {}
    beat = QElapsedTimer()
    beat.start()
    gaps: list[int] = []

    when: list[float] = []
    article_shown: list[float] = []

    busy: list[float] = []  # the UI thread's own CPU time in each gap (ms)
    cpu = [time.thread_time()]

    def on_beat() -> None:
        gaps.append(beat.restart())
        when.append(time.perf_counter())
        now = time.thread_time()
        busy.append((now - cpu[0]) * 1000)
        cpu[0] = now

    heart = QTimer()
    heart.setInterval(10)
    heart.timeout.connect(on_beat)
    heart.start()
    stalled = _StallSampler(when)
    window = MainWindow(data, [root])
    window.resize(1200, 800)
    window.show()
    gc.freeze()  # as reader.app.run_gui does after start-up
    gc_pauses: list[tuple[float, int]] = []

    def on_gc(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            on_gc.started = time.perf_counter()  # type: ignore[attr-defined]
        else:
            pause = (time.perf_counter() - on_gc.started) * 1000  # type: ignore[attr-defined]
            gc_pauses.append((pause, info["generation"]))

    gc.callbacks.append(on_gc)
    start = time.perf_counter()

    def list_shown() -> bool:
        return window.model.rowCount() > 0

    while not list_shown():
        app.processEvents()
        time.sleep(0.001)
        if time.perf_counter() - start > 600:
            break
    result["list_shows_s"] = round(time.time() - t0, 3)
    result["list_shows_after_window_s"] = round(time.perf_counter() - start, 3)
    window.article_shown.connect(lambda path: article_shown.append(time.perf_counter()))
    shown_at = time.perf_counter()
    if mode == "cold":
        gaps.clear()
        when.clear()
        busy.clear()
        beat.restart()
        cpu[0] = time.thread_time()
    finished: list[object] = []
    window.library.indexing_finished.connect(finished.append)
    while not finished:
        app.processEvents()
        time.sleep(0.001)
    result["index_in_window_s"] = round(time.perf_counter() - start, 1)
    # Half a second more for what the window does when indexing ends; the stall figure stops
    # there, before the benchmark's own check below (it opens the database on this thread).
    settle = time.perf_counter() + 0.5
    while time.perf_counter() < settle:
        app.processEvents()
        time.sleep(0.001)
    indexing_gaps, indexing_when, indexing_busy = list(gaps), list(when), list(busy)
    from reader.model.library.index import LibraryIndex

    check = LibraryIndex(DataFiles(data).library)
    total = check.total()
    check.close()
    while window.model.rowCount() < total and time.perf_counter() - start < 1200:
        app.processEvents()
        time.sleep(0.001)
    result["list_complete_s"] = round(time.perf_counter() - start, 1)
    result["rows"] = window.model.rowCount()
    if mode == "cold":
        result["ui_longest_stall_ms"] = max(indexing_gaps) if indexing_gaps else None
        over = [g for g in indexing_gaps if g > 100]
        result["ui_stalls_over_100ms"] = len(over)
        result["ui_beats"] = len(indexing_gaps)
        result["longest_gc_pause_ms"] = round(max(gc_pauses)[0], 1) if gc_pauses else 0
        # On a loaded machine a gap is mostly waiting for a core; the UI thread's own CPU time
        # in a gap is what it did itself.
        result["ui_longest_busy_ms"] = round(max(indexing_busy), 1) if indexing_busy else None
        # The longest gaps, with when they ended (seconds after the list showed) and whether an
        # article was being shown then (its first render also runs on the UI thread).
        top = sorted(zip(indexing_gaps, indexing_when, indexing_busy, strict=True), reverse=True)[
            :5
        ]
        result["ui_top_stalls"] = [
            {
                "ms": gap,
                "ui_cpu_ms": round(cpu_ms, 1),
                "at_s": round(end - shown_at, 2),
                "article_render": any(0 <= end - a <= 0.3 for a in article_shown),
                "ui_thread_was_in": stalled.during(end - gap / 1000, end),
            }
            for gap, end, cpu_ms in top
        ]
    else:
        # Scroll through the whole list (pages rows in and out), then search through the panel.
        # The heartbeat goes on meanwhile: its longest gap is the longest the list held the UI
        # thread while scrolling (reading a page of rows, drawing them).
        view = window.list_view
        bar = view.verticalScrollBar()
        scroll_start = time.perf_counter()
        step = max(1, bar.maximum() // 200)
        gaps.clear()
        busy.clear()
        beat.restart()
        cpu[0] = time.thread_time()
        longest_step = 0.0
        for value in range(0, bar.maximum() + 1, step):
            step_start = time.perf_counter()
            bar.setValue(value)
            app.processEvents()
            longest_step = max(longest_step, time.perf_counter() - step_start)
        gaps.append(beat.restart())
        result["scroll_whole_list_s"] = round(time.perf_counter() - scroll_start, 2)
        result["scroll_longest_gap_ms"] = max(gaps)
        result["scroll_longest_busy_ms"] = round(max(busy), 1) if busy else None
        result["scroll_gaps_over_50ms"] = sum(1 for g in gaps if g > 50)
        result["scroll_longest_step_ms"] = round(longest_step * 1000, 1)
        result["scroll_steps"] = len(range(0, bar.maximum() + 1, step))
        done: list[int] = []
        window.library.search_done.connect(lambda page: done.append(len(page.hits)))
        search_start = time.perf_counter()
        for query in QUERIES:
            wanted = len(done) + 1
            window.library.search(query)
            while len(done) < wanted:
                app.processEvents()
                time.sleep(0.001)
            window.search_panel.show_results(query, [])
        result["gui_50_searches_s"] = round(time.perf_counter() - search_start, 2)
    heart.stop()
    result["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    window.close()
    result["workers_peak_rss_mb"] = round(
        resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, 1
    )
    return result


class _StallSampler:
    """What the UI thread runs while it is late: a thread that looks at its Python stack
    every 5 ms once the heartbeat is 30 ms overdue (Qt's own work shows as the Python frame
    that called into it)."""

    def __init__(self, beats: list[float]) -> None:
        import threading

        self._beats = beats
        self._ui = threading.main_thread().ident
        self.samples: list[tuple[float, str]] = []
        threading.Thread(target=self._run, daemon=True).start()

    def _run(self) -> None:
        import traceback

        while True:
            time.sleep(0.005)
            now = time.perf_counter()
            if not self._beats or now - self._beats[-1] < 0.04:
                continue
            frame = sys._current_frames().get(self._ui or 0)
            if frame is None:
                continue
            stack = traceback.extract_stack(frame)[-4:]
            where = " < ".join(
                f"{Path(f.filename).name}:{f.lineno} {f.name}" for f in reversed(stack)
            )
            self.samples.append((now, where))

    def during(self, start: float, end: float) -> list[str]:
        """The distinct stacks sampled between ``start`` and ``end``, most frequent first."""
        from collections import Counter

        seen = Counter(w for t, w in self.samples if start <= t <= end)
        return [f"{n}× {w}" for w, n in seen.most_common(3)]


def _gui(root: Path, data: Path, mode: str) -> dict[str, object]:
    t0 = time.time()
    home = Path(__file__).resolve().parents[1]
    # The index phase sets PYTHONSAFEPATH (as the reader does for its workers), so the child
    # is given this checkout's folder explicitly rather than through its working directory.
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(filter(None, [str(home), os.environ.get("PYTHONPATH")])),
    }
    out = subprocess.run(
        [sys.executable, "-m", "benchmarks", "library", str(root), "--gui-child", mode,
         "--data-dir", str(data), "--t0", repr(t0)],
        capture_output=True, text=True, check=False, cwd=home, env=env,
    )  # fmt: skip
    if out.returncode != 0:
        return {"error": out.stderr[-2000:]}
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


def main(argv: list[str]) -> int:
    """Run the library benchmark."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks library")
    parser.add_argument("dir", type=Path)
    parser.add_argument(
        "--phases",
        default="minimal,index,disk,search,cli,convert,gui-warm,gui-cold,startup,toggle",
    )
    parser.add_argument("--runs", type=int, default=5, help="runs per median (ratio phases)")
    parser.add_argument("--data-dir", type=Path, help="keep the index here (default: a temp dir)")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--gui-child", choices=("warm", "cold"), help=argparse.SUPPRESS)
    parser.add_argument("--t0", type=float, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    root = args.dir.resolve()
    if not root.is_dir():
        print(f"benchmarks: not a folder: {root}", file=sys.stderr)
        return 1
    if args.gui_child:
        print(json.dumps(gui_run(root, args.data_dir, args.gui_child, args.t0 or time.time())))
        return 0
    phases = args.phases.split(",")
    temp = Path(tempfile.mkdtemp(prefix="reader-bench-"))
    data = args.data_dir or temp / "data"
    data.mkdir(parents=True, exist_ok=True)
    from reader.model.library.index import LibraryIndex
    from reader.model.library.scan import scan

    results: dict[str, object] = {"dir": str(root), "workers": args.workers}
    results["files"] = len(scan([root]).files)
    try:
        if "minimal" in phases:
            wall, cpu = minimal_work(root, args.workers)
            results["minimal_work_s"], results["minimal_work_cpu_s"] = round(wall, 1), round(cpu, 1)
            print(f"minimal work: {results['minimal_work_s']} s", file=sys.stderr)
        if "index" in phases:
            _read_once([str(f.path) for f in scan([root]).files])  # as the minimal work's
            cpu_start = cpu_seconds()
            index = LibraryIndex(DataFiles(data).library)
            stats = index.update([root], workers=args.workers)
            index.close()
            index_cpu = cpu_seconds() - cpu_start  # the update's workers have ended
            results["first_index_s"] = round(stats.seconds, 1)
            results["first_index_cpu_s"] = round(index_cpu, 1)
            results["indexed"] = stats.parsed
            results["unreadable"] = stats.errors
            db_size = sum(p.stat().st_size for p in data.glob("library.sqlite3*"))
            results["index_mb"] = round(db_size / 1e6)
            minimal = results.get("minimal_work_s")
            if isinstance(minimal, float) and minimal > 0:
                results["index_to_minimal_ratio"] = round(stats.seconds / minimal, 2)
            minimal_cpu = results.get("minimal_work_cpu_s")
            if isinstance(minimal_cpu, float) and minimal_cpu > 0:
                results["index_to_minimal_cpu_ratio"] = round(index_cpu / minimal_cpu, 2)
            print(f"first index: {results['first_index_s']} s", file=sys.stderr)
            index = LibraryIndex(DataFiles(data).library)
            again = index.update([root], workers=args.workers)
            index.close()
            results["second_update_s"] = round(again.seconds, 2)
        if "search" in phases:
            results.update(search_latency(DataFiles(data).library, (str(root),)))
            print(f"search p95: {results['search_p95_ms']} ms", file=sys.stderr)
            from benchmarks.window_search import window_search_latency

            results.update(window_search_latency(DataFiles(data).library, (str(root),), QUERIES))
            print(
                f"search in the window p95: {results['window_search_p95_ms']} ms", file=sys.stderr
            )
        if "gui-warm" in phases:
            results["gui_warm"] = _gui(root, data, "warm")
            print(f"gui warm: {results['gui_warm']}", file=sys.stderr)
        if "gui-cold" in phases:
            cold = temp / "cold"
            cold.mkdir(exist_ok=True)
            results["gui_cold"] = _gui(root, cold, "cold")
            print(f"gui cold: {results['gui_cold']}", file=sys.stderr)
        _ratio_phases(phases, root, data, args.runs, results)
    finally:
        if args.data_dir is None:
            shutil.rmtree(temp, ignore_errors=True)
    print(json.dumps(results, ensure_ascii=False, indent=1))
    from benchmarks.ratios import table

    print(table(results), file=sys.stderr)
    return 0


def _ratio_phases(
    phases: list[str], root: Path, data: Path, runs: int, results: dict[str, object]
) -> None:
    from benchmarks import ratios

    if "disk" in phases:
        results.update(ratios.disk(root, data))
    if "cli" in phases:
        results.update(ratios.cli_search(root, data))
        print(f"cli search: {results.get('cli_speed_vs_ripgrep')}× ripgrep", file=sys.stderr)
    if "convert" in phases:
        results.update(ratios.convert(data, runs))
    if "startup" in phases:
        results.update(ratios.startup(runs))
    if "toggle" in phases:
        results.update(ratios.toggle(root, runs))
