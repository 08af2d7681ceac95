"""Annotation figures: load and re-anchor 500 annotations, insert rate with synchronous=FULL.

``python -m benchmarks annotations [--count 500] [--runs 5] [--inserts 300] [--no-window]``.
Uses the longest post of the fixture set (or ``--file``), in a temporary data folder. Times are
medians. The window part shows the post in the real window (offscreen platform) and times the
annotation controller's refresh (``store.anchored`` + the pane's highlight layer + the panel),
a full repaint of the pane with and without the layer, and the refresh after an edit of the
file on disk moved every annotation (each found again by its quote).
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from reader.model.annotations.annotation import Colour
from reader.model.annotations.store import AnnotationStore
from reader.model.document.document import Document
from reader.model.document.parser import parse_file


def _default_file() -> Path:
    root = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "corpus"
    return max(root.rglob("*.md"), key=lambda p: p.stat().st_size)


def _fill(store: AnnotationStore, doc: Document, count: int, rng: random.Random) -> None:
    text_len = len(doc.text)
    colours = list(Colour)
    for _ in range(count):
        start = rng.randrange(0, text_len - 40)
        store.add(doc, start, start + rng.randint(4, 40), rng.choice(colours), "note")


def _time_load(data: Path, doc: Document, runs: int) -> tuple[float, dict[str, int]]:
    times = []
    methods: dict[str, int] = {}
    for _ in range(runs):
        began = time.perf_counter()
        with AnnotationStore.in_data_dir(data) as store:
            placed = store.anchored(doc)
        times.append((time.perf_counter() - began) * 1000)
        methods = {}
        for p in placed:
            methods[p.anchor.method.value] = methods.get(p.anchor.method.value, 0) + 1
    return statistics.median(times), methods


def _insert_rate(doc: Document, n: int, synchronous: str) -> float:
    with tempfile.TemporaryDirectory() as tmp:
        store = AnnotationStore.in_data_dir(Path(tmp))
        store._db.execute(f"PRAGMA synchronous={synchronous}")
        store.add(doc, 0, 4)  # the document record
        began = time.perf_counter()
        for i in range(n):
            store.add(doc, i % 100, i % 100 + 5)
        elapsed = time.perf_counter() - began
        store.close()
    return n / elapsed


def _window_times(path: Path, count: int, runs: int) -> None:
    """Print the window figures (see the module documentation)."""
    import os
    import shutil
    from collections.abc import Callable

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from reader.ui.annotations.layer import LAYER, paint
    from reader.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "lib"
        folder.mkdir()
        copy = folder / path.name
        shutil.copyfile(path, copy)
        data = Path(tmp) / "data"
        doc = parse_file(copy)
        with AnnotationStore.in_data_dir(data) as store:
            _fill(store, doc, count, random.Random(5))
        window = MainWindow(data, [copy])
        window.resize(1200, 800)
        window.show()
        timer = QTimer()
        timer.setSingleShot(True)

        def wait_shown(action: Callable[[], None]) -> float:
            loop = QEventLoop()
            window.article_shown.connect(loop.quit)
            timer.timeout.connect(loop.quit)
            timer.start(60000)
            began = time.perf_counter()
            action()
            loop.exec()
            elapsed = time.perf_counter() - began
            window.article_shown.disconnect(loop.quit)
            timer.timeout.disconnect(loop.quit)
            if not timer.isActive():
                raise RuntimeError("the window did not show the article within 60 s")
            timer.stop()
            return elapsed * 1000

        wait_shown(lambda: None)
        ctl = window.annotations
        live = ctl.store
        assert live is not None and window.current_document is not None
        current = window.current_document
        viewport = window.article.viewport()

        def timed(fn: Callable[[], object]) -> float:
            times = []
            for _ in range(runs):
                began = time.perf_counter()
                fn()
                times.append((time.perf_counter() - began) * 1000)
            return statistics.median(times)

        anchored_ms = timed(lambda: live.anchored(current))
        layer_ms = timed(lambda: paint(window.article, ctl.placed, False))
        refresh_ms = timed(ctl.refresh)
        shown = len(window.article.layer(LAYER))
        paint_ms = timed(viewport.repaint)
        saved = window.article.layer(LAYER)
        window.article.set_layer(LAYER, [])
        bare_ms = timed(viewport.repaint)
        window.article.set_layer(LAYER, saved)
        # Edit the file: a sentence added at the start moves every annotation.
        text = copy.read_text(encoding="utf-8")
        end = text.find("---", 3)
        cut = text.find("\n", end) + 1 if end > 0 else 0
        copy.write_text(text[:cut] + "\n編者按：本文於發表後更新。\n\n" + text[cut:], "utf-8")
        backup = Path(tmp) / "backup.sqlite3"
        with sqlite3.connect(backup) as dst:
            live._db.backup(dst)
        shown_ms = wait_shown(lambda: window.open_paths([folder]))
        edited = window.current_document
        assert edited is not None and edited.text != current.text

        def reanchor() -> None:
            with sqlite3.connect(backup) as src:
                src.backup(live._db)  # the positions as before the edit
            ctl.refresh()

        reanchor_ms = timed(reanchor)
        methods: dict[str, int] = {}
        for p in ctl.placed:
            methods[p.anchor.method.value] = methods.get(p.anchor.method.value, 0) + 1
        window.close()
        app.processEvents()
    print(f"window ({shown} highlights in the pane layer, {runs} runs):")
    print(f"  store.anchored (load + anchor, unchanged text)     {anchored_ms:8.1f} ms")
    print(f"  building the pane layer (pane_map.qt_range + set)  {layer_ms:8.1f} ms")
    print(f"  controller refresh (anchored + layer + panel)      {refresh_ms:8.1f} ms")
    print(f"  full repaint of the pane with the layer            {paint_ms:8.1f} ms")
    print(f"  … without the layer                                {bare_ms:8.1f} ms")
    print(f"  file edited on disk: reopen to shown (once)        {shown_ms:8.1f} ms")
    print(f"  refresh re-anchoring every annotation after it     {reanchor_ms:8.1f} ms  {methods}")


def main(argv: list[str]) -> int:
    """Run the benchmark and print the figures."""
    parser = argparse.ArgumentParser(prog="benchmarks annotations")
    parser.add_argument("--file", type=Path, default=None)
    parser.add_argument("--count", type=int, default=500)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--inserts", type=int, default=300)
    parser.add_argument("--no-window", action="store_true", help="skip the window figures")
    args = parser.parse_args(argv)
    path = args.file or _default_file()
    doc = parse_file(path)
    if not doc.ok or len(doc.text) < 100:
        print(f"benchmarks annotations: {path}: not a usable document")
        return 1
    rng = random.Random(5)
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp)
        with AnnotationStore.in_data_dir(data) as store:
            began = time.perf_counter()
            _fill(store, doc, args.count, rng)
            fill_s = time.perf_counter() - began
        same_ms, same = _time_load(data, doc, args.runs)
        # An edit near the start shifts every position: each annotation is found again by its
        # quote. Restore the stored positions before each run so every run re-anchors anew.
        shifted = type(doc)(
            path=doc.path, title=doc.title, source_url=doc.source_url, blocks=doc.blocks,
            text="【編者按：本文已更新】" + doc.text,
        )  # fmt: skip
        backup = data / "backup.sqlite3"
        with sqlite3.connect(data / "annotations.sqlite3") as src, sqlite3.connect(backup) as dst:
            src.backup(dst)
        shift_times = []
        shift: dict[str, int] = {}
        for _ in range(args.runs):
            with (
                sqlite3.connect(backup) as src,
                sqlite3.connect(data / "annotations.sqlite3") as dst,
            ):
                src.backup(dst)
            ms, shift = _time_load(data, shifted, 1)
            shift_times.append(ms)
        after_ms, after = _time_load(data, shifted, args.runs)
    full = _insert_rate(doc, args.inserts, "FULL")
    normal = _insert_rate(doc, args.inserts, "NORMAL")
    print(f"document: {path.name} ({len(doc.text):,} characters); {args.count} annotations")
    print(f"  adding them one by one (each committed)            {fill_s * 1000:8.0f} ms")
    print(f"  open store + load + re-anchor, unchanged text      {same_ms:8.1f} ms  {same}")
    print(
        f"  … after an edit at the start shifts every position "
        f"{statistics.median(shift_times):8.1f} ms  {shift}"
    )
    print(f"  … next load (stored positions were moved)          {after_ms:8.1f} ms  {after}")
    print(f"insert rate, synchronous=FULL   {full:8.0f} annotations/s (one commit each)")
    print(f"insert rate, synchronous=NORMAL {normal:8.0f} annotations/s (for comparison)")
    if not args.no_window:
        _window_times(path, args.count, args.runs)
    return 0
