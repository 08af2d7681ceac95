"""Front matter (valid, broken, TOML, none), dates and the archive's own heading."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.model.document.posts import body_html, epoch_date, lenient_meta, parse_date, split_post


def test_valid_yaml_front_matter() -> None:
    post = split_post('---\ntitle: "標題"\nauthor: 作者\ntags: [ a, b ]\n---\nbody')
    assert post.meta["title"] == "標題"
    assert post.meta["tags"] == ["a", "b"]
    assert post.body == "body"
    assert post.warnings == ()


def test_yaml_with_raw_newline_and_unescaped_quotes_is_repaired() -> None:
    post = split_post('---\ntitle: "他說"不要走"\n然後離開了 "\ndate: 2020-01-02\n---\n正文')
    assert post.meta["title"].strip() == '他說"不要走" 然後離開了'
    assert post.meta["date"] == "2020-01-02"
    assert "not valid YAML" in post.warnings[0]


def test_toml_front_matter() -> None:
    post = split_post('+++\ntitle = "颱風"\ndate = 2021-03-04T05:06:07Z\ntags = ["x"]\n+++\n正文')
    assert post.meta["title"] == "颱風"
    assert post.meta["tags"] == ["x"]
    assert post.warnings == ()


def test_no_front_matter() -> None:
    post = split_post("<!--1595136758000-->\n[標題](http://x.org/a)\n------\n正文")
    assert not post.has_front_matter
    assert post.meta == {}


def test_lenient_meta_joins_continuation_lines() -> None:
    assert lenient_meta("title: first\n  second\nauthor: a")["title"] == "first second"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2020-10-26T05:56:17.000Z", datetime(2020, 10, 26, 5, 56, 17, tzinfo=UTC)),
        (
            "2019-10-14T11:56:40+01:00",
            datetime(2019, 10, 14, 11, 56, 40, tzinfo=timezone(timedelta(hours=1))),
        ),
        ("2020-10-26", datetime(2020, 10, 26)),
        ("2020-10-26 05:56", datetime(2020, 10, 26, 5, 56)),
        ("2020/10/26", datetime(2020, 10, 26)),
        (date(2020, 10, 26), datetime(2020, 10, 26)),
        (1603691777000, datetime(2020, 10, 26, 5, 56, 17, tzinfo=UTC)),
        ("", None),
        (None, None),
        ("sometime last week", None),
        ("2020-13-45", None),
    ],
)
def test_parse_date(value: object, expected: datetime | None) -> None:
    assert parse_date(value) == expected


def test_epoch_comment() -> None:
    assert epoch_date("<!--1603691777000-->\nx") == datetime(2020, 10, 26, 5, 56, 17, tzinfo=UTC)
    assert epoch_date("<!--1603691777-->") == datetime(2020, 10, 26, 5, 56, 17, tzinfo=UTC)
    assert epoch_date("no comment") is None


def test_body_html_takes_off_the_link_heading_and_renders_markdown() -> None:
    body = body_html("<!--1603691777000-->\n[標題 [附註]](https://a.org/x)\n------\n\n**粗體**文字")
    assert body.link_title == "標題 [附註]"
    assert body.link_url == "https://a.org/x"
    assert "<strong>粗體</strong>" in body.html
    assert "1603691777000" not in body.html


_yaml_pieces = st.sampled_from(
    [*":\"'[]{}-#|>&*!%@`\n\t ,標題\u00a0\ufffd\u200b", "---", "+++", "title:", "date: ", "= "]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_yaml_pieces, max_size=40).map("".join), st.text(max_size=40), st.booleans())
def test_broken_front_matter_never_raises(front: str, body: str, toml: bool) -> None:
    fence = "+++" if toml else "---"
    post = split_post(f"{fence}\n{front}\n{fence}\n{body}")
    assert isinstance(post.meta, dict)
    for value in post.meta.values():
        parse_date(value)
