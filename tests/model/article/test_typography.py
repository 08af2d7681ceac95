"""The article's typography marks: Latin-script blocks, justification, upright Chinese emphasis."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.model.article.display import display_of, is_latin_document
from reader.model.article.render import block_html, document_html, format_date
from reader.model.document.document import Block, BlockKind, Span, SpanStyle, make_document
from reader.model.document.parser import parse_file, parse_text
from reader.model.script.modes import DisplayMode
from reader.model.script.writing import Glyphs, Lang
from tests.conftest import corpus_files

ENGLISH = "IN JULY 1969 America launched three astronauts into space; America’s feat still dazzles."
BIEGUN = "美国副国务卿斯蒂芬·比根（Stephen Biegun）周一（10月12日）表示，美国、印度组成的“四方同盟”"


def block(text: str, kind: BlockKind = BlockKind.PARAGRAPH) -> Block:
    return make_document(Path("a.md"), "t", (Block(kind, (Span(text),)),)).blocks[0]


def test_blocks_are_marked_with_their_language() -> None:
    doc = parse_text(
        f"---\ntitle: 題\n---\n<p>{ENGLISH}</p><p>{BIEGUN}</p><p>2021</p>", Path("a.md")
    )
    assert [b.lang for b in doc.blocks] == [Lang.LATIN, Lang.CHINESE, Lang.NONE]


def test_a_latin_block_is_marked_and_ragged_right() -> None:
    html = block_html(block(ENGLISH))
    assert html.startswith('<p class="latin" lang="und-Latn">') and "justify" not in html
    assert "America’s" in html
    heading = block_html(block("The Apollo spirit", BlockKind.HEADING))
    assert heading.startswith('<h2 class="latin"')


def test_latin_words_in_chinese_text_are_marked_and_the_line_not_stretched() -> None:
    html = block_html(block(BIEGUN))
    assert '<span class="latin">Stephen Biegun</span>' in html
    # Qt would justify the line by widening the name's space alone: ragged right instead.
    assert "justify" not in html
    assert block_html(block("純中文的段落，照樣左右對齊。")).startswith('<p align="justify">')


def test_emphasis_on_chinese_text_is_upright() -> None:
    spans = (
        Span("重點", SpanStyle.EMPHASIS),
        Span("和"),
        Span("Harper Business", SpanStyle.EMPHASIS),
    )
    html = block_html(
        make_document(Path("a.md"), "t", (Block(BlockKind.PARAGRAPH, spans),)).blocks[0]
    )
    assert '<span class="em">重點</span>' in html
    assert "<i>Harper Business</i>" in html and "<i>重點" not in html


def test_a_latin_title_is_marked() -> None:
    doc = parse_text(f"---\ntitle: Mission Economy\n---\n<p>{ENGLISH}</p>", Path("a.md"))
    assert document_html(doc).startswith('<h1 class="title latin" lang="und-Latn">')
    assert is_latin_document(doc)


def test_the_display_says_which_glyphs_and_whether_latin() -> None:
    doc = parse_text(f"---\ntitle: 标题\n---\n<p>{BIEGUN}</p>", Path("a.md"))
    assert display_of(doc, DisplayMode.ORIGINAL, format_date).glyphs is Glyphs.SC
    shown = display_of(doc, DisplayMode.HONGKONG, format_date)
    assert shown.glyphs is Glyphs.HK and not shown.latin


ECONOMIST = [p for p in corpus_files() if "经济学人en" in p.read_text(errors="replace")[:2000]]


@pytest.mark.skipif(not ECONOMIST, reason="the shared corpus is not beside the project")
def test_every_economist_post_in_the_corpus_is_a_latin_document() -> None:
    assert len(ECONOMIST) >= 90
    for path in ECONOMIST:
        doc = parse_file(path)
        assert is_latin_document(doc), path
        prose = [b for b in doc.blocks if b.kind is BlockKind.PARAGRAPH and len(b.text) > 80]
        assert all(b.lang is Lang.LATIN for b in prose), path
