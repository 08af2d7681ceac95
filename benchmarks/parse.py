"""Parse + render time of the median-sized and the largest post of a corpus.

``python -m benchmarks parse [--corpus DIR] [--runs N]``. The corpus defaults to the shared
one (``../shared/corpus/feedposts`` beside the project). Each figure is the median of N runs of
reading, parsing and rendering the file (bytes → Document → HTML), with no cache involved.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from reader.model.article.render import document_html
from reader.model.document.parser import DOCUMENT_SUFFIXES, parse_file

DEFAULT_CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "feedposts"


def time_one(path: Path, runs: int) -> tuple[float, float, int]:
    """Median parse and render seconds over ``runs`` runs, and the number of blocks."""
    parse_times: list[float] = []
    render_times: list[float] = []
    blocks = 0
    for _ in range(runs):
        start = time.perf_counter()
        doc = parse_file(path)
        middle = time.perf_counter()
        document_html(doc)
        end = time.perf_counter()
        parse_times.append(middle - start)
        render_times.append(end - middle)
        blocks = len(doc.blocks)
    return statistics.median(parse_times), statistics.median(render_times), blocks


def time_layout(path: Path, runs: int) -> float:
    """Median seconds for Qt to take the HTML and lay it out at a reading width (--qt)."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # The optional --qt figure needs Qt; the benchmark is a tool, not part of the model.
    from PySide6.QtGui import QGuiApplication, QTextDocument

    from reader.ui.article.reading_prefs import DEFAULT_POINT_SIZE, Theme, style_sheet

    _app = QGuiApplication.instance() or QGuiApplication([])
    html = f"<html><body>{document_html(parse_file(path))}</body></html>"
    times: list[float] = []
    for _ in range(runs):
        start = time.perf_counter()
        doc = QTextDocument()
        doc.setDefaultStyleSheet(style_sheet(Theme.LIGHT, DEFAULT_POINT_SIZE))
        doc.setTextWidth(760)
        doc.setHtml(html)
        doc.documentLayout().documentSize()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main(argv: list[str]) -> int:
    """Print the figures; 1 when there is no corpus."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks parse", description=__doc__)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--qt", action="store_true", help="also time Qt's HTML import and layout")
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"no corpus at {args.corpus} (use --corpus DIR)")
        return 1
    files = sorted(
        (
            p
            for p in args.corpus.rglob("*")
            if p.is_file() and p.suffix.lower() in DOCUMENT_SUFFIXES
        ),
        key=lambda p: (p.stat().st_size, str(p)),
    )
    if not files:
        print(f"no documents under {args.corpus}")
        return 1
    print(f"{len(files)} documents under {args.corpus}; median of {args.runs} runs each")
    for label, path in (("median", files[len(files) // 2]), ("largest", files[-1])):
        parse_s, render_s, blocks = time_one(path, args.runs)
        print(
            f"{label:8} {path.stat().st_size / 1024:7.1f} KB {blocks:5d} blocks  "
            f"parse {parse_s * 1000:7.1f} ms  render {render_s * 1000:6.1f} ms  "
            f"total {(parse_s + render_s) * 1000:7.1f} ms  {path.name[:50]}"
        )
        if args.qt:
            print(f"{'':8} Qt setHtml + layout {time_layout(path, args.runs) * 1000:7.1f} ms")
    return 0
