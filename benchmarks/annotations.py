"""Annotation figures: load and re-anchor 500 annotations, insert rate with synchronous=FULL.

``python -m benchmarks annotations [--count 500] [--runs 5] [--inserts 300] [--new 20]
[--no-window]``. Uses the longest post of the fixture set (or ``--file``), in a temporary data
folder. Times are medians. The window part shows the post in the real window (offscreen
platform) and times the annotation controller's refresh (``store.anchored`` + the pane's
highlight layer + the panel), a full repaint of the pane with and without the layer, and the
refresh after an edit of the file on disk moved every annotation (each found again by its quote).

It also times the script toggle with the highlights shown: once every mode's converters are
built and the post's display in each mode is cached (a warm-up toggle to each), Original →
Traditional and back run on the UI thread alone (the session shows at once when the document
cache and the display cache both hit; the figures say whether every toggle was shown inside
``set_mode``). For each direction: ``set_mode`` to ``article_shown``, and the part of it spent in
the controller (its ``shown`` slot places the anchored annotations in the new pane map, or
anchors them anew for another document) and in ``store.anchored`` within that.

Last, the work per new highlight (``--new`` of them, 500 already there), with the other
fixture posts added to the library so that the document list has more than one row: a range of
the (edited) post selected in the pane (``pane_map.qt_range``) overlapping no highlight, then
the controller's ``highlight()``, the real path of Ctrl+Shift+H. Per highlight: its time, the
``dataChanged`` emissions of the document list's model and the rows they cover, and the SQL
statements run on the UI thread by the annotation store's and the library index's connections
(their kinds listed once, literals replaced by ``?``).
"""

from __future__ import annotations

import argparse
import random
import re
import sqlite3
import statistics
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reader.model.annotations.annotation import AnchoredAnnotation, Colour
from reader.model.annotations.store import AnnotationStore
from reader.model.article.display_cache import display_key
from reader.model.document.document import Document
from reader.model.document.parser import parse_file
from reader.model.script.convert import converters_ready
from reader.model.script.modes import DisplayMode

if TYPE_CHECKING:
    from reader.ui.main_window import MainWindow


def _fixture_posts() -> list[Path]:
    root = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "corpus"
    return sorted(root.rglob("*.md"))


def _default_file() -> Path:
    return max(_fixture_posts(), key=lambda p: p.stat().st_size)


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


@dataclass
class _Toggles:
    """Medians of the warm toggles, per direction (see the module documentation)."""

    shown_ms: dict[str, float] = field(default_factory=dict)
    refresh_ms: dict[str, float] = field(default_factory=dict)
    anchored_ms: dict[str, float] = field(default_factory=dict)
    refresh_calls: set[int] = field(default_factory=set)
    layer: set[int] = field(default_factory=set)
    inside: int = 0  # toggles shown before set_mode returned
    cached: int = 0  # toggles whose document and display were cached beforehand
    total: int = 0


def _emitted(signal: Any, action: Callable[[], object]) -> tuple[float, bool]:
    """Run ``action``: the ms until ``signal`` is next emitted (its earlier connections have
    run by then), and whether that happened before ``action`` returned."""
    from PySide6.QtCore import QEventLoop, QTimer

    emitted: list[float] = []
    loop = QEventLoop()
    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(loop.quit)

    def on_signal(*_: object) -> None:
        emitted.append(time.perf_counter())
        loop.quit()

    signal.connect(on_signal)
    began = time.perf_counter()
    action()
    inside = bool(emitted)
    if not emitted:
        timer.start(60000)
        loop.exec()
        timer.stop()
    signal.disconnect(on_signal)
    if not emitted:
        raise RuntimeError("the window did not signal within 60 s")
    return (emitted[0] - began) * 1000, inside


def _pump(done: Callable[[], bool], seconds: float) -> bool:
    """Process events until ``done()`` or ``seconds`` have passed; whether it is done."""
    from PySide6.QtWidgets import QApplication

    deadline = time.monotonic() + seconds
    while not done():
        if time.monotonic() > deadline:
            return False
        QApplication.processEvents()
        time.sleep(0.005)
    return True


def _set_mode(window: MainWindow, mode: DisplayMode) -> tuple[float, bool]:
    """Switch the window to ``mode``: the ms from ``set_mode`` until the article is shown again,
    and whether it was shown before ``set_mode`` returned (the UI thread alone)."""
    return _emitted(window.article_shown, lambda: window.toggle.set_mode(mode))


def _toggle_times(window: MainWindow, runs: int) -> _Toggles:
    """Warm every mode up, then time Original → Traditional → Original ``runs`` times."""
    from reader.ui.annotations.layer import LAYER

    for mode in (DisplayMode.TRADITIONAL, DisplayMode.SIMPLIFIED, DisplayMode.ORIGINAL):
        _set_mode(window, mode)  # builds the converters and caches the display
    ctl = window.annotations
    store = ctl.store
    assert store is not None and window.current_document is not None
    path = window.current_document.path
    refresh_times: list[float] = []
    anchored_times: list[float] = []
    real_refresh = ctl.refresh
    real_place = ctl._place
    real_anchored = store.anchored
    depth = [0]

    def outermost(real: Callable[[], None]) -> Callable[[], None]:
        # refresh() places too: only the outermost call of the two is timed.
        def timed() -> None:
            depth[0] += 1
            began = time.perf_counter()
            try:
                real()
            finally:
                depth[0] -= 1
            if depth[0] == 0:
                refresh_times.append((time.perf_counter() - began) * 1000)

        return timed

    def timed_anchored(doc: Document) -> list[AnchoredAnnotation]:
        began = time.perf_counter()
        result = real_anchored(doc)
        anchored_times.append((time.perf_counter() - began) * 1000)
        return result

    # The controller's shown slot calls self.refresh() (a new document: anchor, then place) or
    # self._place() (the same document in another script); both find these first.
    ctl.refresh = outermost(real_refresh)  # type: ignore[method-assign]
    ctl._place = outermost(real_place)  # type: ignore[method-assign]
    store.anchored = timed_anchored  # type: ignore[method-assign]
    figures = _Toggles()
    samples: dict[str, tuple[list[float], list[float], list[float]]] = {}
    try:
        for _ in range(runs):
            for before, after in (
                (DisplayMode.ORIGINAL, DisplayMode.TRADITIONAL),
                (DisplayMode.TRADITIONAL, DisplayMode.ORIGINAL),
            ):
                assert window.mode is before
                doc = window._cache.peek(path)
                cached = (
                    doc is not None
                    and converters_ready(after)
                    and window.session.displays.get(display_key(doc, after, window.session.options))
                    is not None
                )
                refresh_times.clear()
                anchored_times.clear()
                ms, inside = _set_mode(window, after)
                key = f"{before.name.title()} → {after.name.title()}"
                shown, refresh, anchored = samples.setdefault(key, ([], [], []))
                shown.append(ms)
                refresh.append(sum(refresh_times))
                anchored.append(sum(anchored_times))
                figures.refresh_calls.add(len(refresh_times))
                figures.layer.add(len(window.article.layer(LAYER)))
                figures.inside += inside
                figures.cached += cached
                figures.total += 1
    finally:
        del ctl.refresh
        del ctl._place
        del store.anchored
    for key, (shown, refresh, anchored) in samples.items():
        figures.shown_ms[key] = statistics.median(shown)
        figures.refresh_ms[key] = statistics.median(refresh)
        figures.anchored_ms[key] = statistics.median(anchored)
    return figures


@dataclass
class _NewHighlights:
    """Per new highlight: medians, and the SQL statement kinds with their totals."""

    count: int = 0
    ms: float = 0.0
    emissions: float = 0.0
    rows: float = 0.0
    list_rows: int = 0
    statements: dict[str, float] = field(default_factory=dict)  # connection -> median
    kinds: dict[str, int] = field(default_factory=dict)  # "connection: kind" -> total


_LITERAL = re.compile(r"'(?:[^']|'')*'|\b\d+(?:\.\d+)?\b")


def _free_ranges(text: str, taken: list[tuple[int, int]], n: int, size: int) -> list[int]:
    """Starts of ``n`` ranges of ``size`` characters without white space, one in each n-th of
    ``text``, overlapping none of ``taken`` (nor touching one)."""
    covered = bytearray(len(text) + 1)
    for start, end in taken:
        covered[max(0, start - 1) : end + 1] = b"\x01" * (end + 1 - max(0, start - 1))
    starts = []
    for k in range(n):
        lo, hi = k * len(text) // n, (k + 1) * len(text) // n - size
        found = next(
            (
                s
                for s in range(lo, hi)
                if not any(covered[s : s + size])
                and not any(c.isspace() for c in text[s : s + size])
            ),
            None,
        )
        if found is None:
            raise RuntimeError(f"no free range of {size} characters in [{lo}, {hi})")
        starts.append(found)
    return starts


def _new_highlight_work(window: MainWindow, n: int) -> _NewHighlights:
    """Add ``n`` highlights through the selection and ``highlight()``; count their work."""
    from PySide6.QtCore import QModelIndex
    from PySide6.QtGui import QTextCursor
    from PySide6.QtWidgets import QApplication

    ctl = window.annotations
    store, doc, pane = ctl.store, ctl.document, window.article.pane_map
    assert store is not None and doc is not None and pane is not None
    size = 10
    taken = [(p.anchor.start, p.anchor.end) for p in ctl.placed]
    starts = _free_ranges(doc.text, taken, n, size)
    main = threading.main_thread().ident
    counting = False
    emissions = rows = 0
    statements: dict[str, int] = {}
    figures = _NewHighlights(count=len(ctl.placed), list_rows=window.model.rowCount())

    def on_data_changed(top: QModelIndex, bottom: QModelIndex, roles: list[int]) -> None:
        nonlocal emissions, rows
        if counting:
            emissions += 1
            rows += bottom.row() - top.row() + 1

    def tracer(name: str) -> Callable[[str], None]:
        def trace(sql: str) -> None:
            if counting and threading.get_ident() == main:
                statements[name] = statements.get(name, 0) + 1
                kind = f"{name}: {' '.join(_LITERAL.sub('?', sql).split())[:60]}"
                figures.kinds[kind] = figures.kinds.get(kind, 0) + 1

        return trace

    library_db = window.library._index._db
    window.model.dataChanged.connect(on_data_changed)
    store._db.set_trace_callback(tracer("annotations"))
    library_db.set_trace_callback(tracer("library"))
    times: list[float] = []
    per_emissions: list[int] = []
    per_rows: list[int] = []
    per_statements: dict[str, list[int]] = {"annotations": [], "library": []}
    try:
        for start in starts:
            qt = pane.qt_range(start, start + size)
            assert qt is not None, f"no pane range for [{start}, {start + size})"
            cursor = QTextCursor(window.article.document())
            cursor.setPosition(qt[0])
            cursor.setPosition(qt[1], QTextCursor.MoveMode.KeepAnchor)
            window.article.setTextCursor(cursor)
            assert ctl.selection_range() == (start, start + size)
            before = len(ctl.placed)
            emissions = rows = 0
            statements.clear()
            counting = True
            began = time.perf_counter()
            added = ctl.highlight()
            times.append((time.perf_counter() - began) * 1000)
            counting = False
            assert added is not None and len(ctl.placed) == before + 1
            per_emissions.append(emissions)
            per_rows.append(rows)
            for name, found in per_statements.items():
                found.append(statements.get(name, 0))
            QApplication.processEvents()  # the repaints the highlight asked for
    finally:
        counting = False
        store._db.set_trace_callback(None)
        library_db.set_trace_callback(None)
        window.model.dataChanged.disconnect(on_data_changed)
    figures.ms = statistics.median(times)
    figures.emissions = statistics.median(per_emissions)
    figures.rows = statistics.median(per_rows)
    figures.statements = {k: statistics.median(v) for k, v in per_statements.items()}
    return figures


def _window_times(path: Path, count: int, runs: int, new: int) -> None:
    """Print the window figures (see the module documentation)."""
    import os
    import shutil

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
        toggles = _toggle_times(window, runs)
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
        # A library of one post lists one row: add the other fixture posts, so that the rows a
        # new highlight repaints tell one row from the whole list.
        others = [p for p in _fixture_posts() if p.resolve() != path.resolve()]
        for i, other in enumerate(others):
            shutil.copyfile(other, folder / f"{i:03d}-{other.name}")
        window.open_paths([folder])
        if not _pump(lambda: window.model.rowCount() > len(others), 60):
            raise RuntimeError("the library did not list every fixture post within 60 s")
        _pump(lambda: False, 0.3)  # what the indexing does after listing them
        if window.current_document is None or window.current_document.path != copy:
            _emitted(window.article_shown, lambda: window.library.select_path(copy))
        assert window.current_document is not None and window.current_document.path == copy
        added = _new_highlight_work(window, new)
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
    layer = "/".join(str(n) for n in sorted(toggles.layer))
    calls = "/".join(str(n) for n in sorted(toggles.refresh_calls))
    print(f"script toggle, warm ({layer} highlights in the layer, {runs} runs each way):")
    for key, ms in toggles.shown_ms.items():
        print(f"  {key + ', set_mode to article shown':<51}{ms:8.1f} ms")
        print(
            f"  {f'… in the controller, placing ({calls} call)':<51}"
            f"{toggles.refresh_ms[key]:8.1f} ms  (store.anchored {toggles.anchored_ms[key]:.1f} ms)"
        )
    print(
        f"  shown inside set_mode (UI thread only): {toggles.inside}/{toggles.total};"
        f" document and display cached before: {toggles.cached}/{toggles.total}"
    )
    print(f"new highlights ({new}, with {added.count} there before), per highlight:")
    print(f"  highlight() (store.add + refresh + list counts)    {added.ms:8.1f} ms")
    print(
        f"  document list dataChanged: {added.emissions:g} emission(s),"
        f" {added.rows:g} rows (of {added.list_rows} in the list)"
    )
    print(
        f"  SQL statements: {added.statements['annotations']:g} on the annotation store,"
        f" {added.statements['library']:g} on the library index (UI thread)"
    )
    for kind, total in sorted(added.kinds.items(), key=lambda item: -item[1]):
        print(f"    {total / new:5.1f} × {kind}")


def main(argv: list[str]) -> int:
    """Run the benchmark and print the figures."""
    parser = argparse.ArgumentParser(prog="benchmarks annotations")
    parser.add_argument("--file", type=Path, default=None)
    parser.add_argument("--count", type=int, default=500)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--inserts", type=int, default=300)
    parser.add_argument("--new", type=int, default=20, help="highlights added in the window")
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
        _window_times(path, args.count, args.runs, args.new)
    return 0
