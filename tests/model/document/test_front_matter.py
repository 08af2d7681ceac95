"""The fast reading of simple front matter agrees with the YAML library on everything it reads,
and reads the shape the feed archives write."""

from __future__ import annotations

import datetime as dt
import re

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.model.document import front_matter
from reader.model.document.front_matter import simple_yaml
from reader.model.document.posts import split_post

ARCHIVE_POST = """layout: post
title: "國發會擔綱PE主管機關 引導保險業資金至5+2產業"
date: 2021-01-21T12:58:26.000Z
author: (臺)中央社CNA
from: https://www.cna.com.tw/news/afe/202101210334.aspx
tags: [ (臺)中央社CNA ]
categories: [ (臺)中央社CNA ]"""


def _library(block: str) -> object:
    try:
        return yaml.load(block, Loader=yaml.CSafeLoader)
    except yaml.YAMLError as exc:
        return exc


def test_the_archive_shape_is_read_as_the_library_reads_it() -> None:
    fast = simple_yaml(ARCHIVE_POST)
    assert fast is not None
    assert fast == _library(ARCHIVE_POST)
    assert fast["date"] == dt.datetime(2021, 1, 21, 12, 58, 26, tzinfo=dt.UTC)
    assert fast["tags"] == ["(臺)中央社CNA"]


def test_anything_else_is_left_to_the_library() -> None:
    for block in (
        "title: >\n  folded",  # a block scalar
        'title: "say \\"hi\\""',  # an escape
        "title: a # comment",
        "title: a: b",
        "  indented: x",
        "tags:\n  - a",
        "yes: 1",  # a key that is not a string
        "a: 1\na: 2",
        "title: x\ttab",
        "date: 2021-13-45",  # a date the library refuses, with its own message
        "<<: x",
        "",
    ):
        assert simple_yaml(block) is None, block


def test_split_post_reads_a_simple_block_the_same_either_way() -> None:
    post = split_post(f"---\n{ARCHIVE_POST}\n---\nbody")
    assert post.meta == {k.lower(): v for k, v in _library(ARCHIVE_POST).items()}  # type: ignore[union-attr]
    assert post.warnings == ()


_KEY = st.from_regex(r"[A-Za-z_][A-Za-z0-9_-]{0,8}", fullmatch=True) | st.sampled_from(
    ["yes", "No", "null", "true", "on", "date", "tags", "~", "1"]
)
_PIECE = st.sampled_from(
    [
        "a",
        "中文",
        " ",
        ": ",
        ":",
        " #",
        "#",
        "-",
        "?",
        "[",
        "]",
        "{",
        "}",
        ",",
        '"',
        "'",
        "\\",
        "&",
        "*",
        "!",
        "|",
        ">",
        "%",
        "@",
        "`",
        "1",
        "0x1F",
        "1.5",
        "1e3",
        ".inf",
        "~",
        "null",
        "yes",
        "Off",
        "2021-01-21",
        "2021-01-21T12:58:26.000Z",
        "2021-01-21 12:58:26 +8",
        "2021-13-45",
        "1:30",
        "1_000",
        "<<",
        "=",
        "\t",
        "\u3000",
        "\ufeff",
        "\x85",
        "\u2028",
        "(臺)",
        "http://x.y/z?a=1",
    ]
)
_SCALAR = st.lists(_PIECE, max_size=5).map("".join)


@st.composite
def _value(draw: st.DrawFn) -> str:
    kind = draw(st.sampled_from(["plain", "double", "single", "list", "empty"]))
    if kind == "plain":
        return draw(_SCALAR)
    if kind == "double":
        return f'"{draw(_SCALAR)}"'
    if kind == "single":
        return f"'{draw(_SCALAR)}'"
    if kind == "list":
        items = draw(st.lists(_SCALAR, max_size=4))
        return "[" + draw(st.sampled_from([",", ", ", " , "])).join(items) + "]"
    return ""


@st.composite
def _block(draw: st.DrawFn) -> str:
    lines = []
    for _ in range(draw(st.integers(1, 5))):
        sep = draw(st.sampled_from([": ", ":", ":  "]))
        lines.append(f"{draw(_KEY)}{sep}{draw(_value())}{draw(st.sampled_from(['', ' ']))}")
        if draw(st.booleans()):
            lines.append(draw(st.sampled_from(["", " ", "# note", "  more"])))
    return "\n".join(lines)


@settings(max_examples=600, deadline=None)
@given(_block())
def test_the_fast_reading_agrees_with_the_library(block: str) -> None:
    fast = simple_yaml(block)
    if fast is not None:
        assert fast == _library(block)


def test_the_characters_left_to_the_library_are_the_complement_of_what_it_surely_reads() -> None:
    # Every code point, against the class as PyYAML's reader states what it reads.
    complement = re.compile(
        "[^\x0a\x20-\x7e\xa0-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]|[\u2028\u2029]"
    )
    everything = "".join(map(chr, range(0x110000)))
    unsure = [m.start() for m in front_matter._UNSURE_RE.finditer(everything)]
    assert unsure == [m.start() for m in complement.finditer(everything)]
    assert len(unsure) == 2048 + 0x0A + 0x15 + 0x21 + 2 + 3  # surrogates, C0, C1, breaks, BOM…


def test_the_first_characters_read_without_the_library_are_those_it_resolves_none_for() -> None:
    resolvers = yaml.SafeLoader.yaml_implicit_resolvers
    assert None not in resolvers  # no resolver tries every value
    assert {first for first in resolvers if first} == front_matter._RESOLVED_FIRST


def _case_variants(word: str) -> list[str]:
    variants = [""]
    for char in word:
        variants = [v + c for v in variants for c in {char.lower(), char.upper()}]
    return variants


_WORDS = ["y", "n", "yes", "no", "true", "false", "on", "off", "null", "nil", "none", "ok"]


@settings(max_examples=400, deadline=None)
@given(st.from_regex(r"[A-Za-z_][A-Za-z0-9_-]{0,6}", fullmatch=True))
def test_a_key_read_without_the_library_is_read_so_by_it(key: str) -> None:
    for name in (key, *(v for word in _WORDS for v in _case_variants(word))):
        if name.lower() not in front_matter._KEY_WORDS:
            assert yaml.safe_load(f"{name}: 1") == {name: 1}, name


_TWO = (st.integers(1, 28) | st.integers(0, 99)).map("{:02d}".format)  # mostly real days


@settings(max_examples=400, deadline=None)
@given(
    st.integers(0, 9999).map("{:04d}".format),
    _TWO,
    _TWO,
    _TWO,
    _TWO,
    _TWO,
    st.from_regex(r"(\.[0-9]{1,6})?", fullmatch=True),
)
def test_the_archive_date_is_built_as_the_library_builds_it(
    year: str, month: str, day: str, hour: str, minute: str, second: str, fraction: str
) -> None:
    value = f"{year}-{month}-{day}T{hour}:{minute}:{second}{fraction}Z"
    try:
        library: object = yaml.load(f"date: {value}", Loader=yaml.CSafeLoader)["date"]
    except (ValueError, yaml.YAMLError) as exc:  # no such day, or hour…
        library = exc
    try:
        ours: object = front_matter._scalar.__wrapped__(value)  # type: ignore[attr-defined]
    except ValueError as exc:
        ours = exc
    if isinstance(library, Exception):
        assert isinstance(ours, ValueError), value
    else:
        assert isinstance(ours, dt.datetime) and ours == library, value
        assert ours.utcoffset() == library.utcoffset() == dt.timedelta(0)  # type: ignore[attr-defined]


def test_the_archive_shape_is_read_without_importing_the_library() -> None:
    import subprocess
    import sys

    probe = (
        "import sys\nfrom reader.model.document.front_matter import simple_yaml\n"
        f"assert simple_yaml({ARCHIVE_POST!r}) is not None\n"
        "print('yaml' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60
    )
    assert out.stdout.strip() == "False"
