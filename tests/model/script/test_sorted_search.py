"""Searching a dictionary's sorted lines in the file's bytes finds what the lines' search finds."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.model.script.sorted_search import search_bytes, search_lines

# Keys and texts over a few characters that sort in interesting ways: below the tab ("\x01"),
# ASCII, Han, beyond the BMP, a lone surrogate (a file name's undecodable byte) in texts only.
_KEY_CHARS = "\x01 a中丁国𠀀"
_KEYS = st.text(alphabet=st.sampled_from(_KEY_CHARS), min_size=1, max_size=4).filter(
    lambda k: not k.startswith((" ", "#"))
)
# Candidates, split as str.split() splits them (an ideographic space is white space too).
_VALUES = st.text(alphabet=st.sampled_from("ab中 \u3000\t"), min_size=1, max_size=5).filter(
    lambda v: v.strip() and "\n" not in v
)


def _file(entries: list[tuple[str, str]], header: str) -> tuple[bytes, int, list[str]]:
    lines = sorted(f"{k}\t{v}" for k, v in entries)
    text = header + "".join(line + "\n" for line in lines)
    return text.encode("utf-8"), len(header.encode("utf-8")), lines


@settings(max_examples=200, deadline=None)
@given(
    entries=st.lists(st.tuples(_KEYS, _VALUES), min_size=1, max_size=30),
    header=st.sampled_from(["", "# OpenCC\n", "# a\n\n"]),
    text=st.text(alphabet=st.sampled_from(_KEY_CHARS + "\t\ud800x"), max_size=8),
)
def test_the_bytes_search_finds_what_the_lines_search_finds(
    entries: list[tuple[str, str]], header: str, text: str
) -> None:
    raw, body, lines = _file(entries, header)
    for pos in range(len(text)):
        assert search_bytes(raw, body, text, pos) == search_lines(lines, text, pos)


def test_the_longest_key_wins_and_a_later_line_of_a_key_wins() -> None:
    raw, body, lines = _file([("中", "z"), ("中国", "q y"), ("中国", "r"), ("丁", "d")], "# h\n")
    assert lines == ["丁\td", "中\tz", "中国\tq y", "中国\tr"]
    assert search_bytes(raw, body, "中国人", 0) == (2, "r") == search_lines(lines, "中国人", 0)
    assert search_bytes(raw, body, "x中人", 1) == (1, "z")
    assert search_bytes(raw, body, "人", 0) == (0, None)
    assert search_bytes(raw, body, "中\t", 0) == (1, "z")
