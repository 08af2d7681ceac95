"""Pathological files parse into readable documents (or entries with a reason), never errors."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.model.document.html_blocks import FLATTENED, MAX_DEPTH
from reader.model.document.parser import parse_bytes, parse_file
from reader.model.document.posts import NESTED_MARKDOWN
from reader.model.library.index import LibraryIndex

DEEP = {
    "div20000.html": "<div>" * 20000 + "深處的字" + "</div>" * 20000,
    "div500.html": "<div>" * 500 + "深處的字" + "</div>" * 500,
    "b600.html": "<b>" * 600 + "深處的字" + "</b>" * 600,
    "quote.md": "> " * 400 + "深處的字",
    "list.md": "".join("    " * i + "- 深處的字\n" for i in range(300)),
}


@pytest.mark.parametrize("name", sorted(DEEP))
def test_deep_nesting_gives_a_readable_document(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_text(DEEP[name], encoding="utf-8")
    doc = parse_file(path)
    assert doc.ok, doc.error
    assert "深處的字" in doc.text
    assert FLATTENED in doc.warnings or NESTED_MARKDOWN in doc.warnings


def test_nesting_within_the_bound_keeps_its_structure(tmp_path: Path) -> None:
    depth = MAX_DEPTH - 10
    path = tmp_path / "ok.html"
    path.write_text("<div>" * depth + "<p>一</p><p>二</p>" + "</div>" * depth, encoding="utf-8")
    doc = parse_file(path)
    assert [b.text for b in doc.blocks] == ["一", "二"]
    assert FLATTENED not in doc.warnings


def test_flattened_text_leaves_out_scripts_and_hidden_text(tmp_path: Path) -> None:
    path = tmp_path / "deep.html"
    inner = "<script>alert(1)</script><span hidden>暗</span><p>明</p>"
    path.write_text("<div>" * 300 + inner + "</div>" * 300, encoding="utf-8")
    doc = parse_file(path)
    assert "明" in doc.text
    assert "alert" not in doc.text and "暗" not in doc.text


_TAGS = st.sampled_from(["div", "b", "i", "span", "blockquote", "ul", "li", "p", "a", "table"])


@st.composite
def _nested_html(draw: st.DrawFn) -> str:
    tags = draw(st.lists(_TAGS, min_size=1, max_size=40))
    repeat = draw(st.integers(1, 60))
    opening = "".join(f"<{t}>" for t in tags) * repeat
    closing = "".join(f"</{t}>" for t in reversed(tags)) * repeat
    return opening + draw(st.text(max_size=20)) + closing


@st.composite
def _nested_markdown(draw: st.DrawFn) -> str:
    marks = draw(st.lists(st.sampled_from(["> ", "- ", "1. ", "    ", "* "]), max_size=80))
    lines = draw(st.integers(1, 30))
    return "\n".join("".join(marks[: i % (len(marks) + 1)]) + "字" for i in range(lines))


@settings(max_examples=40, deadline=None)
@given(st.one_of(_nested_html(), _nested_markdown()), st.sampled_from([".html", ".md", ".txt"]))
def test_nested_markup_of_any_depth_never_raises(text: str, suffix: str) -> None:
    doc = parse_bytes(text.encode("utf-8"), Path("/nowhere/doc" + suffix))
    assert doc.ok or doc.error  # a document, or an entry with its reason


def test_crlf_front_matter_is_read(tmp_path: Path) -> None:
    path = tmp_path / "crlf.md"
    path.write_bytes(
        b'---\r\nlayout: post\r\ntitle: "\xe6\xa8\x99\xe9\xa1\x8c"\r\n'
        b"date: 2020-10-26T05:56:17.000Z\r\nfrom: https://example.com/a\r\n---\r\n\r\n"
        b"\xe7\xac\xac\xe4\xb8\x80\xe6\xae\xb5\xe3\x80\x82\r\n\r\n\xe7\xac\xac\xe4\xba\x8c\xe6\xae\xb5\xe3\x80\x82\r\n"
    )
    doc = parse_file(path)
    assert doc.title == "標題"
    assert doc.date is not None and doc.date.year == 2020 and doc.date.month == 10
    assert doc.source_url == "https://example.com/a"
    assert [b.text for b in doc.blocks] == ["第一段。", "第二段。"]


def test_one_deep_file_is_one_entry_and_the_rest_are_indexed(tmp_path: Path) -> None:
    folder = tmp_path / "lib"
    folder.mkdir()
    for i in range(30):
        (folder / f"post{i:03}.md").write_text(f"---\ntitle: 第{i}篇\n---\n\n內文{i}。\n", "utf-8")
    for name, text in DEEP.items():
        (folder / name).write_text(text, encoding="utf-8")
    index = LibraryIndex(tmp_path / "library.sqlite3")
    try:
        stats = index.update([folder], workers=1)
        assert index.total() == 30 + len(DEEP)
        assert stats.parsed == 30 + len(DEEP)
    finally:
        index.close()


def test_an_extract_whose_first_line_cites_keeps_it_in_the_body(tmp_path: Path) -> None:
    path = tmp_path / "0123456789abcdef.txt"
    path.write_text(
        "納戈爾諾-卡拉巴赫衝突[1][23]\n\n衝突始於1988年，延續至今[4]。\n\n第三段。\n", "utf-8"
    )
    doc = parse_file(path)
    assert "[1]" not in doc.title and "[23]" not in doc.title
    assert doc.blocks[0].text == "納戈爾諾-卡拉巴赫衝突[1][23]"
