"""Read marks, stars and smart views over a large library: list, count, page, mark.

``python -m benchmarks marks [--count 64000] [--runs 5]``. Builds, in a temporary folder, a
library index of ``--count`` documents (rows written straight into ``documents``: these
figures are about the list and the marks, which never read the texts or the full-text index)
and a ``state.sqlite3`` in which half the documents are read and 1,000 (at most all) starred.
Then times (medians) the background queries of the list — the ids of the All, Unread and
Starred views, the five smart views' counts — and what runs on the UI thread: a page of 200
list rows with their marks; then one read mark stored (``synchronous=FULL``) and "mark all
listed as read" over every document, both in the background.
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from reader.model.library.index import LibraryIndex
from reader.model.library.listing import ListQuery
from reader.model.library.queries import list_ids, mark_listed
from reader.model.library.scan import path_hash
from reader.model.library.state import ReadingState, document_key
from reader.model.library.views import SmartView, view_counts
from reader.model.library.writer import CONTENT_VERSION, own_key


def _median_ms(fn: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return round(statistics.median(times) * 1000, 1)


def _build(folder: Path, count: int) -> tuple[Path, ReadingState, str]:
    db_path = folder / "library.sqlite3"
    root = str(folder / "lib")
    index = LibraryIndex(db_path)
    index.close()
    state = ReadingState(folder / "state.sqlite3")
    rng = random.Random(15)
    rows = []
    for n in range(count):
        path = f"{root}/{n // 1000:03}/{n:06}.md"
        url = f"https://example.com/post/{n}" if n % 3 else ""
        rows.append(
            (path, path_hash(path), root, 1000, n, CONTENT_VERSION, f"第{n}篇",
             1.6e9 + rng.random() * 1e8, "", f"source {n % 250}", url, "", "traditional",
             own_key(path, url))
        )  # fmt: skip
    import sqlite3

    db = sqlite3.connect(db_path)
    db.executemany(
        "INSERT INTO documents(path, path_hash, root, size, mtime_ns, version, title, date,"
        " author, source, source_url, tags, script, own_key)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        rows,
    )
    db.commit()
    db.close()
    keys = [document_key(r[0], r[10]) for r in rows]  # path, source_url
    state.set_read(keys[::2])
    state.set_starred(rng.sample(keys, min(1000, len(keys))))
    return db_path, state, root


def main(argv: list[str]) -> int:
    """Print the figures."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks marks")
    parser.add_argument("--count", type=int, default=64000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        start = time.perf_counter()
        db_path, state, root = _build(folder, args.count)
        print(f"built {args.count:,} documents in {time.perf_counter() - start:.1f} s")
        roots = (root,)
        today = datetime.now(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
        for name, query in (
            ("All", ListQuery(roots=roots)),
            ("Unread", ListQuery(roots=roots, read=False)),
            ("Starred", ListQuery(roots=roots, starred=True)),
        ):
            ids, _ = list_ids(db_path, query, state.path)
            ms = _median_ms(lambda q=query: list_ids(db_path, q, state.path), args.runs)  # type: ignore[misc]
            print(f"list ids, {name} view ({len(ids):,} rows): {ms} ms (background)")
        counts = view_counts(db_path, state.path, roots, today, ())
        ms = _median_ms(lambda: view_counts(db_path, state.path, roots, today, ()), args.runs)
        shown = ", ".join(f"{v.value} {counts[v]:,}" for v in SmartView)
        print(f"smart view counts ({shown}): {ms} ms (background)")
        index = LibraryIndex(db_path, state.path)
        all_ids = index.list_ids(ListQuery(roots=roots))
        pages = [all_ids[i : i + 200] for i in range(0, len(all_ids), 200)]
        ms = _median_ms(lambda: index.summaries(random.choice(pages)), args.runs * 4)
        print(f"a page of 200 list rows with their marks: {ms} ms (UI thread)")
        key = index.summaries(all_ids[:1])[all_ids[0]].key
        ms = _median_ms(lambda: state.set_read([key], True), args.runs * 4)
        print(f"one read mark stored (synchronous=FULL): {ms} ms (background)")
        index.close()
        start = time.perf_counter()
        marked = mark_listed(db_path, state, ListQuery(roots=roots))
        seconds = time.perf_counter() - start
        print(f"mark all {len(marked):,} listed as read: {seconds * 1000:.0f} ms (background)")
        state.close()
    return 0
