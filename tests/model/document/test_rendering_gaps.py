"""Rendering gaps of issue 14: nested Markdown lists, table headers, media titles, captions,
dates from the body (fixtures copied from the shared corpus into tests/fixtures/rendering)."""

from __future__ import annotations

from datetime import UTC, datetime

import markdown
from hypothesis import given
from hypothesis import strategies as st

from reader.model.article.render import block_html, document_html
from reader.model.document.document import BlockKind, DateSource, SpanStyle
from reader.model.document.html_blocks import html_to_blocks
from reader.model.document.markdown_lists import widen_list_indents
from reader.model.document.parser import parse_file
from tests.conftest import FIXTURES

HERE = FIXTURES / "rendering"


def test_lists_nested_by_two_spaces_nest() -> None:
    doc = parse_file(HERE / "gaps.md")
    items = [(b.text, b.level) for b in doc.blocks if b.kind is BlockKind.LIST_ITEM]
    assert items == [
        ("第一层", 1),
        ("第二层", 2),
        ("第三层", 3),
        ("第二层之二", 2),
        ("第一层之二", 1),
    ]


def test_ordered_lists_and_code_keep_their_shape() -> None:
    text = "1. one\n   1. one.one\n2. two\n\n```\n  - not a list\n```\n\n    - indented code\n"
    html = markdown.markdown(widen_list_indents(text), extensions=["fenced_code", "sane_lists"])
    assert "<li>one<ol>\n<li>one.one</li>" in html
    assert "<pre><code>  - not a list\n</code></pre>" in html
    assert "<pre><code>- indented code\n</code></pre>" in html
    four = "- a\n    - b\n"
    assert widen_list_indents(four) == four  # already nested the way Python-Markdown wants


@given(st.text(alphabet=" -*1.\nab`", max_size=60))
def test_widening_only_moves_spaces(text: str) -> None:
    widened = widen_list_indents(text)
    assert widened.replace(" ", "") == text.replace(" ", "")
    assert widened.count("\n") == text.count("\n")


def test_table_header_cells_are_bold_and_the_table_keeps_off_the_code() -> None:
    doc = parse_file(HERE / "gaps.md")
    table = next(b for b in doc.blocks if b.kind is BlockKind.TABLE)
    assert [c[0].style for c in table.rows[0]] == [SpanStyle.STRONG, SpanStyle.STRONG]
    assert [c[0].style for c in table.rows[1]] == [SpanStyle.PLAIN, SpanStyle.PLAIN]
    assert table.text.split("\n")[0] == "名称\t数量"  # the clean text does not change
    html = block_html(table)
    assert "<b>名称</b>" in html and 'style="margin-top:0.8em"' in html
    kinds = [b.kind for b in doc.blocks]
    assert kinds[kinds.index(BlockKind.TABLE) - 1] is BlockKind.PRE


def test_video_card_takes_the_title_under_the_player() -> None:
    doc = parse_file(HERE / "voa-video.md")
    video = next(b for b in doc.blocks if b.card is not None)
    assert video.text == "西南航空第三季度亏损超过10亿美元"
    assert video.spans[0].href is not None and video.spans[0].href.endswith("_240p.mp4")
    # The line under the player is not repeated as a paragraph of its own.
    assert not any(b.kind is BlockKind.PARAGRAPH and b.text == video.text for b in doc.blocks)
    own = html_to_blocks("<video src='https://v.example/x/clip%201.mp4' title='片名'></video>")
    assert own.blocks[0].text == "片名"
    bare = html_to_blocks("<video src='https://v.example/x/clip%201.mp4'></video><p>正文</p>")
    assert [b.text for b in bare.blocks] == ["clip 1.mp4", "正文"]


def test_rfi_figure_caption_follows_its_placeholder_once() -> None:
    doc = parse_file(HERE / "rfi-figure.md")
    at = next(i for i, b in enumerate(doc.blocks) if b.kind is BlockKind.CAPTION)
    caption, image = doc.blocks[at], doc.blocks[at - 1]
    assert caption.text.startswith("Image d'archive RFI: Des femmes récoltent des fèves")
    assert "©" in caption.text  # the credit
    assert image.kind is BlockKind.IMAGE and image.text == ""  # not said twice
    assert doc.text.count("Des femmes récoltent") == 1


def test_figure_caption_sits_under_the_picture() -> None:
    html = html_to_blocks("<p><img src='data:image/png;base64," + "A" * 300 + "'>图</p>")
    figure = next(b for b in html.blocks if b.kind is BlockKind.IMAGE)
    assert 'class="figure" style="line-height:100%"' in block_html(figure)


def test_date_from_the_body_date_line() -> None:
    doc = parse_file(HERE / "body-date.md")
    assert doc.date == datetime(2020, 6, 20, 18, 46, 58, tzinfo=UTC)
    assert doc.date_source is DateSource.TEXT
    assert doc.blocks[0].kind is BlockKind.META
    assert doc.blocks[0].text == "日期：Sat, 20 Jun 2020 18:46:58 +0000"
    assert "date taken from the date line in the text" in doc.warnings
    assert '<p class="meta">日期：' in document_html(doc)
