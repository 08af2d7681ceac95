"""Parsing whole files: every shape of document, dates and their sources, unreadable files, and
the real posts (the fixture set always, the whole shared corpus when it is there)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.model.document import files
from reader.model.document.document import BlockKind, DateSource
from reader.model.document.parser import PARSER_VERSION, parse_bytes, parse_file, parse_text
from reader.model.script.modes import Script
from tests.conftest import FIXTURES, SAMPLES, corpus_files, fixture_posts
from tests.model.corpus_checks import active_lines, check_post

DOCS = FIXTURES / "documents"
ENCODINGS = FIXTURES / "encodings"
MTIME = datetime(2022, 2, 2, 12, 0, tzinfo=UTC).timestamp()


def test_parser_version_is_bumped_for_this_output() -> None:
    assert PARSER_VERSION >= 4


# ----- shapes of documents -----
def test_toml_front_matter_post() -> None:
    doc = parse_file(DOCS / "toml-front-matter.md")
    assert doc.title == "TOML 前言：颱風過境"
    assert doc.author == "測試作者"
    assert doc.source_url == "https://example.org/toml-post"
    assert doc.tags == ("天氣", "臺灣")
    assert doc.date == datetime.fromisoformat("2021-03-04T05:06:07+08:00")
    assert doc.date_source is DateSource.FRONT_MATTER
    kinds = [b.kind for b in doc.blocks]
    assert kinds == [BlockKind.PARAGRAPH, BlockKind.LIST_ITEM, BlockKind.LIST_ITEM]
    assert doc.blocks[0].spans[1].style.value == "strong"
    assert doc.warnings == ()


def test_history_post_without_front_matter() -> None:
    doc = parse_file(DOCS / "history-style.md")
    assert doc.title == "中美关系：美国或公布签证禁令"
    assert doc.source_url == "http://www.bbc.com/zhongwen/simp/world-53445210"
    assert doc.date == datetime(2020, 7, 19, 5, 32, 38, tzinfo=UTC)
    assert doc.date_source is DateSource.EPOCH_COMMENT
    assert "date taken from the <!--epoch--> comment" in doc.warnings
    assert "no front matter" in doc.warnings
    assert "美国政府正在考虑" in doc.text
    assert "1595136758000" not in doc.text and "------" not in doc.text


def test_invalid_yaml_post_is_repaired_and_cleaned() -> None:
    doc = parse_file(DOCS / "invalid-yaml.md")
    assert doc.title == '他說"不要走" 然後離開了'
    assert doc.author == "測試"
    assert doc.date == datetime(2020, 10, 26, 5, 56, 17, tzinfo=UTC)
    assert doc.text == "正文第一段。"
    assert any("not valid YAML" in w for w in doc.warnings)
    assert "removed: ad slot, feed footer, tracking pixel" in doc.warnings


def test_html_page_is_a_document() -> None:
    doc = parse_file(DOCS / "page.html")
    assert doc.title == "網頁文件的標題"
    assert "no front matter" not in doc.warnings
    assert "腳本內容" not in doc.text and "color: red" not in doc.text
    table = next(b for b in doc.blocks if b.kind is BlockKind.TABLE)
    assert table.text == "姓名\t刑期\n王某\t十年"
    images = [b for b in doc.blocks if b.kind is BlockKind.IMAGE]
    assert images[0].src == (DOCS / "local.png").resolve().as_uri()
    assert images[1].src == ""  # ../outside.png is outside the document's folder
    assert doc.date_source is DateSource.FILE_TIME


@pytest.mark.parametrize("name", ["utf8.md", "utf8-bom.md", "utf16le-bom.md", "utf16be-bom.md",
                                  "gb18030.md", "big5.md"])  # fmt: skip
def test_encodings_are_detected_from_the_bytes(name: str) -> None:
    from tests.fixtures.encodings.make_fixtures import EXPECTED_TITLES

    doc = parse_file(ENCODINGS / name)
    assert doc.ok, doc.error
    assert doc.title == EXPECTED_TITLES[name]
    assert doc.script in (Script.TRADITIONAL, Script.SIMPLIFIED)
    assert "\ufeff" not in doc.text and "\ufffd" not in doc.text


def test_gb18030_text_file_is_an_extract() -> None:
    doc = parse_file(ENCODINGS / "gb18030-extract.txt")
    assert doc.encoding == "gb18030"
    assert doc.title == "早在蘇聯時期以前，这里就有人居住。"
    assert "encoding detected as GB18030" in doc.warnings


def test_wikipedia_extract_sample() -> None:
    doc = parse_file(next(SAMPLES.glob("000_*.txt")))
    assert doc.blocks[0].kind is BlockKind.META
    assert doc.date == datetime(2023, 9, 24, tzinfo=UTC)
    assert doc.date_source is DateSource.TEXT
    assert any(b.kind is BlockKind.CAPTION and b.text.startswith("Shows the") for b in doc.blocks)
    styles = {s.style.value for b in doc.blocks for s in b.spans}
    assert {"citation", "note"} <= styles
    notes = [s.text for b in doc.blocks for s in b.spans if s.style.value == "note"]
    assert "英語Armenians in Azerbaijan" in notes


# ----- unreadable files -----
def test_zero_byte_file(tmp_path: Path) -> None:
    doc = parse_file(DOCS / "empty.md")
    assert doc.error == "the file is empty (0 bytes)"
    assert doc.title == "empty.md"


def test_binary_file() -> None:
    doc = parse_file(DOCS / "binary.md")
    assert doc.error is not None and "binary" in doc.error


def test_whitespace_only_file(tmp_path: Path) -> None:
    path = tmp_path / "blank.md"
    path.write_text("  \n\n \t\n")
    assert parse_file(path).error == "the file is empty"


def test_permission_denied(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "locked.md"
    path.write_text("---\ntitle: x\n---\nbody")

    def deny(*args: object) -> int:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(files.os, "open", deny)
    assert parse_file(path).error == "permission denied"


def test_missing_file_and_folder(tmp_path: Path) -> None:
    assert parse_file(tmp_path / "nope.md").error == "the file does not exist"
    assert parse_file(tmp_path).error == "this is a folder, not a file"


def test_truncated_utf8_file(tmp_path: Path) -> None:
    path = tmp_path / "cut.md"
    path.write_bytes("---\ntitle: 截斷\n---\n<p>最後一句話被截斷".encode()[:-2])
    doc = parse_file(path)
    assert doc.ok and doc.title == "截斷"
    assert any("truncated" in w for w in doc.warnings)


# ----- dates -----
def _post(date_line: str, body: str = "<p>正文。</p>") -> str:
    return f"---\ntitle: 日期\n{date_line}\n---\n{body}"


@pytest.mark.parametrize(
    ("date_line", "expected", "source", "warning"),
    [
        ("date: 2020-10-26T05:56:17.000Z", datetime(2020, 10, 26, 5, 56, 17, tzinfo=UTC),
         DateSource.FRONT_MATTER, None),
        ("date: 2020-10-26T06:56:17+01:00", datetime(2020, 10, 26, 5, 56, 17, tzinfo=UTC),
         DateSource.FRONT_MATTER, None),
        ("date: 2020-10-26", datetime(2020, 10, 26, tzinfo=UTC), DateSource.FRONT_MATTER, None),
        ('date: "2020-10-26 05:56:17"', datetime(2020, 10, 26, 5, 56, 17, tzinfo=UTC),
         DateSource.FRONT_MATTER, "the date has no time zone; read as UTC"),
        ("layout: post", datetime(2022, 2, 2, 12, 0, tzinfo=UTC), DateSource.FILE_TIME,
         "no date in the document; the file's modification time is used"),
        ("date: soon", datetime(2022, 2, 2, 12, 0, tzinfo=UTC), DateSource.FILE_TIME,
         "date 'soon' not understood"),
    ],
)  # fmt: skip
def test_front_matter_dates(
    date_line: str, expected: datetime, source: DateSource, warning: str | None
) -> None:
    doc = parse_text(_post(date_line), Path("x.md"), MTIME)
    assert doc.date == expected
    assert doc.date_source is source
    if warning is None:
        assert doc.warnings == ()
    else:
        assert warning in doc.warnings


def test_epoch_comment_is_the_fallback_and_disagreement_is_reported() -> None:
    doc = parse_text(
        _post("layout: post", "<!--1603691777000-->\n<p>正文</p>"), Path("x.md"), MTIME
    )
    assert doc.date == datetime(2020, 10, 26, 5, 56, 17, tzinfo=UTC)
    assert doc.date_source is DateSource.EPOCH_COMMENT
    doc = parse_text(
        _post("date: 2020-10-26T12:56:17Z", "<!--1603691777000-->\n<p>正文</p>"), Path("x.md")
    )
    assert doc.date_source is DateSource.FRONT_MATTER
    assert "the <!--epoch--> comment differs from date: by 7 h; date: is used" in doc.warnings


def test_no_date_and_no_file_time() -> None:
    doc = parse_text(_post("layout: post"), Path("x.md"))
    assert doc.date is None and doc.date_source is DateSource.NONE
    assert "no date in the document" in doc.warnings


# ----- titles -----
@pytest.mark.parametrize(
    ("front", "body", "name", "title", "warning"),
    [
        ('title: "  多餘的  空白 "', "<p>正文</p>", "x.md", "多餘的 空白", None),
        ('title: "第一行\n  第二行"', "<p>正文</p>", "x.md", "第一行 第二行", None),
        ('title: ""', "<h2>小標題</h2><p>正文</p>", "x.md", "小標題",
         "title missing from front matter; taken from the first heading"),
        ('title: ""', "<p>第一句話。第二句話。</p>", "x.md", "第一句話。",
         "no title anywhere; the first sentence is used"),
        ('title: ""\nfrom: https://a.org/news/the-everything-atom', "", "2019-10-14-.md",
         "The everything atom", "no title anywhere; taken from the source address"),
        ('title: ""', "", "2020-01-01-檔名標題.md", "檔名標題", "title taken from the file name"),
        ('title: ""', "", "2020-01-01-.md", "Untitled", "no title anywhere"),
    ],
)  # fmt: skip
def test_titles(front: str, body: str, name: str, title: str, warning: str | None) -> None:
    doc = parse_text(f"---\n{front}\n---\n{body}", Path(name), MTIME)
    assert doc.title == title
    # An empty body shows the title instead, except "Untitled": no English words as text.
    assert doc.text.strip() or (title == "Untitled" and doc.text == "")
    if warning:
        assert warning in doc.warnings


# ----- never raises -----
_html_pieces = st.sampled_from(
    ["<p>", "</p>", "<div class='ad'>", "</div>", "<script>", "</script>", "<table><tr><td>",
     "<ul><li>", "<blockquote class='twitter-tweet'>", "<a href='javascript:x'>", "</a>",
     "<img src='http://x/y.png' onerror='alert(1)'>", "<iframe src='//youtube.com/embed/abc'>",
     "<video src=", "<!--", "-->", "<!--1603691777000-->", "[t](u)\n---\n", "获取更多RSS",
     "延伸閱讀", "中文", "text", "&amp;", "&#0;", "\x00", "\ufffd", "\n", " ", "<", ">", '"']
)  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(st.lists(_html_pieces, max_size=60).map("".join), st.sampled_from([".md", ".html", ".txt"]))
def test_generated_html_never_raises(body: str, suffix: str) -> None:
    for text in (body, f"---\ntitle: t\n---\n{body}"):
        doc = parse_text(text, Path("gen" + suffix), MTIME)
        assert doc.ok or doc.error
        assert "<script" not in doc.text or "&lt;" in doc.text or "<script" in body


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=300))
def test_arbitrary_bytes_never_raise(data: bytes) -> None:
    doc = parse_bytes(data, Path("b.md"), MTIME)
    assert doc.ok or doc.error


# ----- real posts -----
FIXTURE_POSTS = fixture_posts()


def test_fixture_set_is_there() -> None:
    assert len(FIXTURE_POSTS) >= 30
    assert sum(len(active_lines(p.read_text(errors="replace"))) for p in FIXTURE_POSTS) > 0


@pytest.mark.parametrize("path", FIXTURE_POSTS, ids=lambda p: p.name[:40])
def test_fixture_post(path: Path) -> None:
    check_post(path)


@pytest.mark.corpus
@pytest.mark.skipif(not corpus_files(), reason="../shared/corpus is not there")
def test_whole_corpus() -> None:
    files = corpus_files()
    assert len(files) == 2995
    failures: list[str] = []
    for path in files:
        try:
            check_post(path)
        except AssertionError as exc:
            failures.append(str(exc)[:300])
    assert not failures, f"{len(failures)} posts fail:\n" + "\n".join(failures[:20])
