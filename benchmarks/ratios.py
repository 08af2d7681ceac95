"""The library benchmark's ratio phases: each row of the performance table that is a ratio
against a baseline, or a single figure that needs its own process.

* ``disk`` — the index on disk (database and its log) ÷ the source files' bytes.
* ``cli`` — ``reader search Q --limit 20`` end to end (a new process each time, as a user runs
  it) ÷ ``rg -l -F Q DIR`` over the same files, as the median over 20 queries.
* ``convert`` — ``reader convert`` of one short line ÷ ``reader --version`` (both new processes).
* ``startup`` — launch → first article shown ÷ a bare PySide6 window, warm and cold (see
  :mod:`benchmarks.startup`).
* ``toggle`` — the script toggle's UI-thread time on the library's largest post (see
  :mod:`benchmarks.script`).

Medians of several runs; the machine's other load shifts absolute times, the ratios much less.
"""

from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.library import QUERIES

CLI_QUERIES = QUERIES[:10] + QUERIES[25:35]  # 20 queries: ten Simplified, ten Traditional


def _seconds(argv: list[str], stdin: bytes = b"") -> float:
    start = time.perf_counter()
    subprocess.run(argv, input=stdin, capture_output=True, check=False)
    return time.perf_counter() - start


def _reader(data: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "reader", "--data-dir", str(data), *args]


def disk(root: Path, data: Path) -> dict[str, object]:
    """The index's size on disk against the source text's."""
    from reader.model.library.scan import scan

    source = sum(f.path.stat().st_size for f in scan([root]).files)
    index = sum(p.stat().st_size for p in data.glob("library.sqlite3*"))
    return {
        "source_mb": round(source / 1e6, 1),
        "index_mb": round(index / 1e6, 1),
        "index_to_source_ratio": round(index / source, 2) if source else None,
    }


def cli_search(root: Path, data: Path) -> dict[str, object]:
    """``reader search`` against ripgrep over the same files (median of 20 queries)."""
    reader_s = [_seconds(_reader(data, "search", q, "--limit", "20")) for q in CLI_QUERIES]
    result: dict[str, object] = {"cli_search_median_ms": round(statistics.median(reader_s) * 1000)}
    rg = shutil.which("rg")
    if rg is None:
        result["ripgrep"] = "not installed (apt-get install ripgrep)"
        return result
    _seconds([rg, "-l", "-F", CLI_QUERIES[0], str(root)])  # the files into the page cache
    rg_s = [_seconds([rg, "-l", "-F", q, str(root)]) for q in CLI_QUERIES]
    result["ripgrep_median_ms"] = round(statistics.median(rg_s) * 1000)
    # How many times faster than ripgrep: above 1 is faster.
    ratios = [r / s for r, s in zip(rg_s, reader_s, strict=True)]
    result["cli_speed_vs_ripgrep"] = round(statistics.median(ratios), 2)
    return result


def convert(data: Path, runs: int) -> dict[str, object]:
    """``reader convert`` of one short line against ``reader --version``."""
    line = "我用软件下载视频\n".encode()
    version = [_seconds(_reader(data, "--version")) for _ in range(runs)]
    conv = [_seconds(_reader(data, "convert", "--script", "taiwan"), line) for _ in range(runs)]
    v, c = statistics.median(version), statistics.median(conv)
    return {
        "version_ms": round(v * 1000),
        "convert_ms": round(c * 1000),
        "convert_to_version_ratio": round(c / v, 2),
    }


def startup(runs: int) -> dict[str, object]:
    """Launch → first article, against a bare PySide6 window (warm and cold)."""
    from benchmarks.startup import measure

    bare, cold, warm = measure(runs)
    return {
        "bare_window_ms": round(bare),
        "first_article_warm_ms": round(warm),
        "first_article_cold_ms": round(cold),
        "startup_warm_ratio": round(warm / bare, 2),
        "startup_cold_ratio": round(cold / bare, 2),
    }


def toggle(root: Path, runs: int) -> dict[str, object]:
    """The UI-thread time of a script toggle on the largest post under ``root``."""
    from benchmarks.script import _target_mode, _toggle_times
    from reader.model.document.parser import parse_file

    posts = [p for p in root.rglob("*") if p.suffix in (".md", ".html", ".txt") and p.is_file()]
    largest = max(posts, key=lambda p: p.stat().st_size)
    mode = _target_mode(parse_file(largest).script)
    times = _toggle_times(largest, mode, runs)
    return {
        "largest_post": str(largest),
        "largest_post_bytes": largest.stat().st_size,
        "toggle_first_ms": round(times.first, 1),
        "toggle_ui_thread_ms": round(times.ui_thread, 1),
        "toggle_ui_thread_cpu_ms": round(times.ui_thread_cpu, 1),
        "toggle_longest_turn_after_ms": round(times.after_longest, 1),
    }


# The table of issue 16: (label, how to read it from the results, goal).
TABLE: list[tuple[str, str, str]] = [
    ("first index ÷ minimal work, wall / CPU", "index_to_minimal_ratio/index_to_minimal_cpu_ratio",
     "≤ 1.5"),
    ("search p50 / p95 (ms), one connection", "search_p50_ms/search_p95_ms", "p95 ≤ 50"),
    ("search p50 / p95 (ms), in the window", "window_search_p50_ms/window_search_p95_ms",
     "p95 ≤ 50"),
    ("search in the window, CPU p50 / p95 (ms)",
     "window_search_cpu_p50_ms/window_search_cpu_p95_ms", "—"),
    ("search, slowest query (ms), one connection / in the window",
     "search_max_ms/window_search_max_ms", "single character ≤ 100"),
    ("reader search ÷ rg -l -F (times faster)", "cli_speed_vs_ripgrep", "≥ 3"),
    ("index on disk ÷ source text", "index_to_source_ratio", "≤ 0.6"),
    ("warm start until the list shows (s)", "gui_warm.list_shows_s", "≤ 0.5"),
    ("longest UI stall while indexing (ms)", "gui_cold.ui_longest_stall_ms", "≤ 50"),
    ("peak memory, warm (MB)", "gui_warm.peak_rss_mb", "≤ 300"),
    ("longest UI stall scrolling the whole list (ms)", "gui_warm.scroll_longest_gap_ms",
     "no stall"),
    ("first article ÷ bare window, warm / cold", "startup_warm_ratio/startup_cold_ratio",
     "≤ 1.5 / ≤ 2"),
    ("reader convert ÷ reader --version", "convert_to_version_ratio", "≤ 1.3"),
    ("toggle on the largest post, UI thread (ms)", "toggle_ui_thread_ms", "≤ 40"),
]  # fmt: skip


def _value(results: dict[str, object], key: str) -> str:
    values = []
    for part in key.split("/"):
        node: object = results
        for name in part.split("."):
            node = node.get(name) if isinstance(node, dict) else None
        values.append("—" if node is None else str(node))
    return " / ".join(values)


def table(results: dict[str, object]) -> str:
    """The performance table filled from one run's results (— where a phase did not run)."""
    rows = [f"| measure | {results.get('files', '?')} posts | goal |", "|---|---|---|"]
    rows += [f"| {label} | {_value(results, key)} | {goal} |" for label, key, goal in TABLE]
    return "\n".join(rows)
