"""Rendering blocks to the article pane's HTML: safe, ordered, one element per block."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from bs4 import BeautifulSoup, Tag

from reader.model.article.render import (
    Phrases,
    block_html,
    document_html,
    format_date,
    header_html,
)
from reader.model.document.document import (
    Block,
    BlockKind,
    Document,
    Span,
    SpanStyle,
    make_document,
)
from reader.model.document.parser import parse_file, parse_text
from tests.conftest import SAMPLES, fixture_posts


def top_level(html: str) -> list[Tag]:
    soup = BeautifulSoup(f"<body>{html}</body>", "lxml")
    assert soup.body is not None
    return [c for c in soup.body.children if isinstance(c, Tag)]


@pytest.mark.parametrize(
    "path", [*sorted(SAMPLES.iterdir()), *fixture_posts()[::3]], ids=lambda p: p.name[:30]
)
def test_one_top_level_element_per_block_in_order(path: Path) -> None:
    doc = parse_file(path)
    header = top_level(header_html(doc))
    elements = top_level(document_html(doc))
    body = elements[len(header) :]
    assert len(body) == len(doc.blocks)
    for element, block in zip(body, doc.blocks, strict=True):
        if block.kind is BlockKind.TABLE:
            assert element.name == "table"
            assert len(element.find_all("tr")) == len(block.rows)
        elif block.kind is not BlockKind.RULE:
            assert block.text.replace("\n", "") in element.get_text().replace("\n", "")


def test_document_text_is_escaped_and_links_are_safe() -> None:
    doc = parse_text(
        "---\ntitle: '<b>粗</b>'\n---\n<p>&lt;script&gt;alert(1)&lt;/script&gt;"
        "<a href='javascript:alert(1)'>x</a><a href='https://ok.example/?a=1&b=\"2\"'>y</a></p>",
        Path("x.md"),
    )
    html = document_html(doc)
    assert "<script>" not in html and "<b>粗</b>" not in html
    assert "&lt;script&gt;" in html and "&lt;b&gt;粗&lt;/b&gt;" in html
    assert "javascript:" not in html
    assert 'href="https://ok.example/?a=1&amp;b=&quot;2&quot;"' in html


def test_only_text_is_converted() -> None:
    block = Block(
        BlockKind.PARAGRAPH,
        (Span("文字", href="https://a.org/文"), Span("代碼", SpanStyle.CODE)),
    )
    html = block_html(block, lambda t: f"[{t}]")
    assert '<a href="https://a.org/文">[文字]</a>' in html
    assert "<code>代碼</code>" in html


def test_block_kinds() -> None:
    assert block_html(Block(BlockKind.IMAGE, (Span("圖說"),))) == (
        '<p class="image">▣ Image not downloaded · 圖說</p>'
    )
    data = "data:image/png;base64,AAAA"
    assert f'<img src="{data}">' in block_html(Block(BlockKind.IMAGE, src=data))
    assert block_html(Block(BlockKind.LIST_ITEM, (Span("項"),), level=1, ordinal=3)).startswith(
        '<p class="li" style="margin-left:1.2em">3.&nbsp;項'
    )
    assert block_html(Block(BlockKind.HEADING, (Span("H"),), level=1)) == "<h2>H</h2>"
    assert block_html(Block(BlockKind.PARAGRAPH, (Span("段"),))) == '<p align="justify">段</p>'
    assert "<sup" in block_html(Block(BlockKind.PARAGRAPH, (Span("[1]", SpanStyle.CITATION),)))
    table = block_html(
        Block(BlockKind.TABLE, rows=(((Span("a"),), (Span("b"),)), ((Span("c"),), ())))
    )
    assert table.count("<tr>") == 2 and 'class="odd"' in table


def test_header_has_title_date_author_and_source_link() -> None:
    doc = make_document(
        Path("x.md"),
        "標題",
        (Block(BlockKind.PARAGRAPH, (Span("x"),)),),
        date=datetime(2020, 10, 26, tzinfo=UTC),
        author="中央社",
        source_url="https://www.cna.com.tw/news/1.aspx",
    )
    html = header_html(doc, date_format=lambda d: f"<{d.year}>")
    assert '<h1 class="title">標題</h1>' in html
    assert "&lt;2020&gt;" in html  # the formatter's output is escaped too
    assert '<a href="https://www.cna.com.tw/news/1.aspx">www.cna.com.tw</a>' in html
    assert "中央社" in html


def test_format_date_keeps_a_date_only_day() -> None:
    assert format_date(datetime(2020, 10, 26, tzinfo=UTC)) == "2020-10-26"
    moment = datetime(2020, 10, 26, 5, 56, tzinfo=timezone(timedelta(hours=1)))
    assert format_date(moment) == moment.astimezone().strftime("%Y-%m-%d %H:%M")
    assert format_date(None) == ""


def test_error_page() -> None:
    doc = parse_file(Path("/nonexistent/file.md"))
    html = document_html(doc)
    assert "cannot be shown: the file does not exist" in html


def test_the_renderers_own_words_come_from_the_caller() -> None:
    words = Phrases(image_not_downloaded="圖片未下載", cannot_show="無法顯示這個檔案：{error}。")
    assert block_html(Block(BlockKind.IMAGE, (Span("圖說"),)), phrases=words) == (
        '<p class="image">▣ 圖片未下載 · 圖說</p>'
    )
    broken = Document(path=Path("/no/such.md"), title="such.md", error="<gone>")
    assert "無法顯示這個檔案：&lt;gone&gt;。" in document_html(broken, phrases=words)
