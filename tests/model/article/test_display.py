"""A document as shown in one mode: title, clean text and HTML from the same run conversions."""

from __future__ import annotations

from pathlib import Path

from reader.model.article.display import document_display
from reader.model.article.render import document_html
from reader.model.document.document import Block, BlockKind, Span, SpanStyle, make_document
from reader.model.script.modes import DisplayMode, Script
from tests.model.script.mapped_checks import check_map


def test_document_display_matches_the_rendered_runs() -> None:
    blocks = (
        Block(BlockKind.HEADING, (Span("网络软件"),), level=2),
        Block(BlockKind.PARAGRAPH, (Span("用"), Span("print(软件)", SpanStyle.CODE), Span("。"))),
        Block(BlockKind.PRE, (Span("软件 = 1"),)),
        Block(BlockKind.TABLE, rows=(((Span("软件"),), (Span("信息"),)), ((Span("a"),),))),
    )
    doc = make_document(Path("x.md"), "阿塞拜疆的软件", blocks, script=Script.SIMPLIFIED)
    shown = document_display(doc, DisplayMode.TAIWAN, document_html)
    assert shown.title.display == "亞塞拜然的軟體"
    assert shown.text.original == doc.text
    assert shown.text.display == "網路軟體\n用print(软件)。\n软件 = 1\n軟體\t資訊\na"
    assert "網路軟體" in shown.html and "print(软件)" in shown.html
    check_map(shown.text)
