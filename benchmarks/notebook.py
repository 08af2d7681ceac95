"""Annotation browser figures: 10,000 annotations over a large library — open, filter, search.

``python -m benchmarks notebook DATA [--count 10000] [--documents 3000] [--runs 5]``

``DATA`` is a data folder whose ``library.sqlite3`` indexes a large library, made with::

    python3 ../shared/tools/scale_corpus.py /tmp/lib64k --count 64000
    .venv/bin/reader --data-dir /tmp/data64k index /tmp/lib64k

The benchmark never writes there: it makes its own annotation database in a temporary folder,
``--count`` annotations on ``--documents`` documents picked at random (seeded) from the index,
each quoting a random stretch of the document's text, a third with a note, in the five
colours, made over two years. Then, medians of ``--runs``:

* the model (:class:`Notebook`, SQL over the annotations with the index attached): the whole
  list, each filter, searches in either script (two-character Han words, a Latin word, a word
  found nowhere), one page of rows;
* the window (offscreen): View → All Annotations… until the list is filled and painted, a
  filter chosen, a search typed, each until the new list is painted.
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import statistics
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from reader.model.annotations.annotation import Colour, format_time
from reader.model.annotations.notebook import Notebook, NotebookQuery, NotebookSort
from reader.model.annotations.store import AnnotationStore
from reader.model.paths import DataFiles

SEARCHES = ("台灣", "台湾", "政府", "經濟", "trump", "沒有這種字串")


def _median(fn: Callable[[], object], runs: int) -> tuple[float, object]:
    times = []
    result: object = None
    for _ in range(runs):
        start = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), result


def build(
    annotations: Path, library: Path, count: int, documents: int, seed: int = 15
) -> tuple[int, int]:
    """Fill a new annotation database with ``count`` annotations on documents of ``library``."""
    rng = random.Random(seed)
    lib = sqlite3.connect(library.absolute().as_uri() + "?mode=ro", uri=True)
    ids = [r[0] for r in lib.execute("SELECT id FROM documents WHERE error IS NULL")]
    rng.shuffle(ids)
    store = AnnotationStore(annotations)
    start_time = datetime.now(UTC) - timedelta(days=730)
    made = used = 0
    colours = list(Colour)
    with store.transaction() as db:
        share = -(-count // documents)  # at most this many on one document
        for doc_id in ids:
            if made >= count:
                break
            path, title, url = lib.execute(
                "SELECT path, title, source_url FROM documents WHERE id = ?", (doc_id,)
            ).fetchone()
            text = lib.execute("SELECT text FROM texts WHERE id = ?", (doc_id,)).fetchone()[0]
            if len(text) < 40 or not isinstance(path, str):
                continue
            cur = db.execute(
                "INSERT INTO documents(source_url, path, title) VALUES (?,?,?)", (url, path, title)
            )
            record = cur.lastrowid
            used += 1
            for _ in range(min(share, count - made)):
                begin = rng.randrange(0, len(text) - 31)
                end = begin + rng.randint(4, 30)
                when = start_time + timedelta(seconds=rng.randrange(0, 730 * 86400))
                note = text[end : end + rng.randint(5, 40)] if rng.random() < 0.33 else ""
                db.execute(
                    "INSERT INTO annotations(id, document_id, colour, note, created, modified,"
                    ' exact, prefix, suffix, start, "end") VALUES (?,?,?,?,?,?,?,?,?,?,?)',
                    (
                        str(uuid.uuid4()), record, rng.choice(colours).value, note,
                        format_time(when), format_time(when), text[begin:end],
                        text[max(0, begin - 32) : begin], text[end : end + 32], begin, end,
                    ),
                )  # fmt: skip
                made += 1
    store.close()
    lib.close()
    return made, used


def model_figures(files: DataFiles, library: Path, runs: int) -> None:
    """Time the notebook query."""
    open_ms, notebook = _median(lambda: Notebook(files.annotations, library), 1)
    assert isinstance(notebook, Notebook)
    print(f"model: open {open_ms:.1f} ms, {notebook.total()} annotations")
    start = time.perf_counter()
    notebook.ids(NotebookQuery(text="台灣"))
    print(
        f"  first search (builds the OpenCC converters of regional phrasing)"
        f" {(time.perf_counter() - start) * 1000:.1f} ms"
    )
    sources = notebook.sources()
    documents = notebook.documents()
    queries: list[tuple[str, NotebookQuery]] = [
        ("all, newest first", NotebookQuery()),
        ("all, by document", NotebookQuery(sort=NotebookSort.DOCUMENT)),
        ("all, by colour", NotebookQuery(sort=NotebookSort.COLOUR)),
        ("colour = green", NotebookQuery(colours=frozenset({Colour.GREEN}))),
        (f"source = {sources[0][0]}", NotebookQuery(source=sources[0][0])),
        ("one document", NotebookQuery(document_id=documents[len(documents) // 2][0])),
        ("past 30 days", NotebookQuery(since=datetime.now(UTC) - timedelta(days=30))),
    ]
    queries += [(f"search {q!r}", NotebookQuery(text=q)) for q in SEARCHES]
    queries.append(
        ("search '台灣' + green", NotebookQuery(text="台灣", colours=frozenset({Colour.GREEN})))
    )
    for label, query in queries:
        ms, ids = _median(lambda q=query: notebook.ids(q), runs)  # type: ignore[misc]
        assert isinstance(ids, list)
        print(f"  {label:<32} {ms:7.1f} ms  {len(ids):>6} shown")
    all_ids = notebook.ids(NotebookQuery())
    ms, _ = _median(lambda: notebook.entries(all_ids[5000:5200]), runs)
    print(f"  one page of 200 rows             {ms:7.1f} ms")
    ms, _ = _median(lambda: (notebook.documents(), notebook.sources()), runs)
    print(f"  the filters' lists ({len(documents)} documents, {len(sources)} sources) {ms:.1f} ms")
    ms, _ = _median(lambda: notebook.export_entries(all_ids[:1000]), runs)
    print(f"  1,000 chosen for export          {ms:7.1f} ms")
    notebook.close()


def window_figures(files: DataFiles, library: Path, runs: int) -> None:
    """Time the browser window (offscreen): open, a filter, a search, each until painted."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtWidgets import QApplication, QComboBox, QWidget

    from reader.model.document.cache import DocumentCache
    from reader.ui.annotations.notebook import NotebookWindow
    from reader.ui.article.session import ArticleSession
    from reader.ui.article.view import ArticleView
    from reader.ui.dates import format_date
    from reader.ui.tasks import TaskOwner

    app = QApplication.instance() or QApplication([])
    main = QWidget()
    view = ArticleView(main)
    cache = DocumentCache(files.cache)
    tasks = TaskOwner(main)
    session = ArticleSession(view, cache, tasks, format_date, main)
    window = NotebookWindow(files.annotations, library, session, tasks, main)
    done: list[int] = []
    window.listed.connect(lambda shown, total: done.append(shown))

    def until_listed(action: Callable[[], object]) -> float:
        done.clear()
        start = time.perf_counter()
        action()
        while not done:
            app.processEvents()
            time.sleep(0.0005)
        window.list.viewport().repaint()
        return (time.perf_counter() - start) * 1000

    first = until_listed(window.action.trigger)
    print(f"window: open (first time: connect, filters, query, first page painted) {first:.1f} ms")
    reopens = []
    for _ in range(runs):
        window.hide()
        window.annotations_changed()  # as after an edit: the next open lists them again
        reopens.append(until_listed(window.action.trigger))
    reopen = statistics.median(reopens)
    print(f"  open again (filters and query)   {reopen:7.1f} ms")
    window.show()

    def choose(combo: QComboBox, index: int) -> Callable[[], None]:
        return lambda: combo.setCurrentIndex(index)

    colour = statistics.median(until_listed(choose(window.colour, 1 + i % 5)) for i in range(runs))
    print(f"  choose a colour                  {colour:7.1f} ms")
    until_listed(lambda: window.colour.setCurrentIndex(0))
    source = statistics.median(until_listed(choose(window.source, 1 + i % 3)) for i in range(runs))
    print(f"  choose a source                  {source:7.1f} ms")
    until_listed(lambda: window.source.setCurrentIndex(0))

    def typed(text: str) -> Callable[[], None]:
        def run() -> None:
            window.search.clear()
            event = QInputMethodEvent()
            event.setCommitString(text)
            QApplication.sendEvent(window.search, event)
            window.refresh()  # at once, without the typing pause

        return run

    for query in ("台灣", "trump"):
        ms = statistics.median(until_listed(typed(query)) for _ in range(runs))
        print(f"  search {query!r:<24} {ms:7.1f} ms  {window.model.rowCount()} shown")
    tasks.shutdown()
    window.close_notebook()
    cache.close()
    main.deleteLater()


def main(argv: list[str]) -> int:
    """Run the benchmark."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks notebook")
    parser.add_argument("data", type=Path, help="a data folder with an indexed large library")
    parser.add_argument("--count", type=int, default=10000)
    parser.add_argument("--documents", type=int, default=3000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    library = DataFiles(args.data).library
    if not library.is_file():
        print(f"no library index in {args.data}: see python -m benchmarks notebook --help")
        return 1
    with tempfile.TemporaryDirectory(prefix="notebook-bench-") as tmp:
        files = DataFiles(Path(tmp))
        # The index is only read (opened read-only), as the window reads it.
        copy = library
        db = sqlite3.connect(library.absolute().as_uri() + "?mode=ro", uri=True)
        docs = db.execute("SELECT count(*) FROM documents").fetchone()[0]
        db.close()
        start = time.perf_counter()
        made, used = build(files.annotations, copy, args.count, args.documents)
        print(
            f"{made} annotations on {used} of {docs} documents"
            f" (built in {time.perf_counter() - start:.1f} s)"
        )
        model_figures(files, copy, args.runs)
        window_figures(files, copy, args.runs)
    return 0
