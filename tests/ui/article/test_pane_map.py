"""The pane map lines display text up with the article pane's text, in every display mode."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QTextCursor, QTextDocument

from reader.model.article.display import document_display
from reader.model.article.render import document_html, header_block_count
from reader.model.document.document import Document
from reader.model.document.parser import parse_file
from reader.model.script.modes import DisplayMode
from reader.ui.article.pane_map import PaneMap
from reader.ui.article.view import page_html
from tests.conftest import SAMPLES, fixture_posts

MODES = (DisplayMode.ORIGINAL, DisplayMode.SIMPLIFIED, DisplayMode.TAIWAN, DisplayMode.MAINLAND)
DOCS = sorted(SAMPLES.iterdir()) + fixture_posts()


def _pane(doc: Document, mode: DisplayMode) -> tuple[QTextDocument, PaneMap]:
    shown = document_display(doc, mode, document_html)
    qdoc = QTextDocument()
    qdoc.setHtml(page_html(shown.html))
    body_start = qdoc.findBlockByNumber(header_block_count(doc)).position()
    return qdoc, PaneMap.build(qdoc, shown.text, body_start)


def _qt_text(qdoc: QTextDocument, start: int, end: int) -> str:
    cursor = QTextCursor(qdoc)
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    return cursor.selectedText()


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name[:30])
def test_every_piece_of_text_is_found_where_it_shows(qapp: object, path: Path) -> None:
    doc = parse_file(path)
    for mode in MODES:
        qdoc, pane = _pane(doc, mode)
        assert pane.unmatched == 0, mode
        for seg in pane.segments:
            assert _qt_text(qdoc, seg.qt_start, seg.qt_end) == seg.text
        shown = "".join(seg.text for seg in pane.segments)
        assert shown == "".join(pane.text.display.replace("\t", "").split("\n"))


@pytest.mark.parametrize("mode", MODES)
def test_original_ranges_round_trip_through_the_pane(qapp: object, mode: DisplayMode) -> None:
    doc = parse_file(SAMPLES / "000_d043fc81a1e0b39c.txt")
    qdoc, pane = _pane(doc, mode)
    text = doc.text
    for quote in ("亞美尼亞人", "納戈爾諾-卡拉巴赫", "[10]", "Armenians in Azerbaijan"):
        start = text.index(quote)
        end = start + len(quote)
        qt = pane.qt_range(start, end)
        assert qt is not None
        assert pane.original_range(*qt) == (start, end)
        shown = _qt_text(qdoc, *qt)
        assert shown == pane.text.display[slice(*pane.text.display_range(start, end))]


def test_non_bmp_text_counts_utf16_units(qapp: object, tmp_path: Path) -> None:
    path = tmp_path / "x.md"
    path.write_text("---\ntitle: t\n---\n<p>𫫇字😀網際網路與軟體</p>\n", "utf-8")
    doc = parse_file(path)
    qdoc, pane = _pane(doc, DisplayMode.MAINLAND)
    start = doc.text.index("網際網路")
    qt = pane.qt_range(start, start + 4)
    assert qt is not None
    assert _qt_text(qdoc, *qt) == "互联网"
    assert pane.original_range(*qt) == (start, start + 4)


@pytest.mark.corpus
def test_whole_corpus_is_mapped(qapp: object) -> None:
    from reader.model.script.modes import Script
    from tests.conftest import corpus_files

    files = corpus_files()
    if not files:
        pytest.skip("../shared/corpus is not beside the project")
    failures = []
    for path in files:
        doc = parse_file(path)
        if not doc.ok:
            continue
        other = DisplayMode.SIMPLIFIED if doc.script is Script.TRADITIONAL else DisplayMode.TAIWAN
        for mode in (DisplayMode.ORIGINAL, other):
            _, pane = _pane(doc, mode)
            if pane.unmatched:
                failures.append((path.name, mode.value, pane.unmatched))
    assert failures == []
