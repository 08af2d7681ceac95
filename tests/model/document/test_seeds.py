"""The three seed documents (the sample library) parse as the product specifies."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from reader.model.document.document import BlockKind, DateSource, SpanStyle
from reader.model.document.parser import parse_bytes, parse_file
from reader.model.script.modes import Script
from tests.conftest import SAMPLES, fixture_posts

CNA = SAMPLES / "001_9d316e97139cf3b5.txt"
CNA2 = SAMPLES / "002_748dbb50b69d8f79.txt"
EXTRACT = SAMPLES / "000_d043fc81a1e0b39c.txt"


def test_front_matter_post_fields() -> None:
    doc = parse_file(CNA)
    assert doc.ok
    assert doc.title == "亞塞拜然亞美尼亞再次同意停火 能否奏效待觀察"
    assert doc.date == datetime(2020, 10, 26, 5, 56, 17, tzinfo=UTC)
    assert doc.date_source is DateSource.FRONT_MATTER
    assert doc.author == "(臺)中央社CNA"
    assert doc.source_url == "https://www.cna.com.tw/news/firstnews/202010260100.aspx"
    assert doc.tags == ("(臺)中央社CNA",)
    assert doc.script is Script.TRADITIONAL


def test_front_matter_post_body_is_clean_text() -> None:
    doc = parse_file(CNA)
    assert "美國國務院25日宣布" in doc.text[:40]  # the image caption comes first
    assert "（中央社華盛頓25日綜合外電報導）" in doc.text
    for leak in ("<div", "<p>", "](http", "------", "<!--", "获取更多RSS", "adslot"):
        assert leak not in doc.text
    kinds = {b.kind for b in doc.blocks}
    assert BlockKind.PARAGRAPH in kinds and BlockKind.EMBED in kinds and BlockKind.RELATED in kinds


def test_second_post() -> None:
    doc = parse_file(CNA2)
    assert doc.title == "亞美尼亞與亞塞拜然交戰第4日 國際籲協商遭拒"
    assert doc.text.startswith("（中央社亞美尼亞葉里凡30日綜合外電報導）")


def test_plain_text_extract() -> None:
    doc = parse_file(EXTRACT)
    assert doc.ok
    assert doc.title  # from the first meaningful line (the file name is only a hash)
    assert not doc.title.startswith("日期")
    assert doc.date == datetime(2023, 9, 24, tzinfo=UTC)
    assert doc.date_source is DateSource.TEXT
    assert doc.blocks[0].kind is BlockKind.META
    assert any(b.kind is BlockKind.CAPTION and b.text.startswith("Shows the") for b in doc.blocks)
    styles = {s.style for b in doc.blocks for s in b.spans}
    assert SpanStyle.CITATION in styles and SpanStyle.NOTE in styles
    note = next(s for b in doc.blocks for s in b.spans if s.style is SpanStyle.NOTE)
    assert note.text.startswith("英語")


def test_text_is_derived_from_blocks() -> None:
    for path in (CNA, EXTRACT):
        doc = parse_file(path)
        assert doc.text == "\n".join(b.text for b in doc.blocks)


@pytest.mark.parametrize("path", fixture_posts(), ids=lambda p: p.name[:40])
def test_fixture_post_parses(path: Path) -> None:
    doc = parse_file(path)
    assert doc.ok, doc.error
    assert doc.title.strip()
    assert doc.text.strip()
    assert "<script" not in doc.text and "</style>" not in doc.text
    assert "获取更多RSS" not in doc.text


def test_unreadable_inputs_become_error_documents(tmp_path: Path) -> None:
    empty = tmp_path / "empty.md"
    empty.write_bytes(b"")
    binary = tmp_path / "binary.txt"
    binary.write_bytes(bytes(range(256)) * 8)
    missing = tmp_path / "missing.md"
    for path in (empty, binary, missing):
        doc = parse_file(path)
        assert not doc.ok
        assert doc.error
        assert doc.title == path.name


def test_gb18030_and_big5_are_detected(tmp_path: Path) -> None:
    simp = "标题\n\n中华人民共和国成立于一九四九年。这是一段简体中文。"
    trad = "標題\n\n這是一段繁體中文，臺灣的報紙與電視台都使用繁體字。"
    a = parse_bytes(simp.encode("gb18030"), tmp_path / "a.txt")
    b = parse_bytes(trad.encode("big5"), tmp_path / "b.txt")
    assert "中华人民共和国" in a.text and a.encoding == "gb18030"
    assert "繁體中文" in b.text and b.encoding.startswith("big5")


def test_html_entities_in_front_matter_are_decoded(tmp_path: Path) -> None:
    path = tmp_path / "entities.md"
    path.write_text(
        '---\ntitle: "拜登政府称&quot;徒劳无益&quot; Simon &amp; Schuster"\n'
        "author: Dong Lin &#38; Sum\n---\n<p>正文</p>\n",
        "utf-8",
    )
    doc = parse_file(path)
    assert doc.title == '拜登政府称"徒劳无益" Simon & Schuster'
    assert doc.author == "Dong Lin & Sum"
