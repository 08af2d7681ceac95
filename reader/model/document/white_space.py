"""White space in HTML text as a browser shows it, for the Chinese and Latin text of posts."""

from __future__ import annotations

import bisect
import itertools
import re

from reader.model.document.document import Span

WS_RE = re.compile(r"[ \t\r\n\f\v\u200b\u200c\u200d\ufeff]+")
"""A run of white space, zero-width characters included."""


def tidy_spans(spans: list[Span]) -> tuple[Span, ...]:
    """Collapse white space in a block's spans (see :func:`collapse_white_space`), trim its
    edges and drop empty spans."""
    if len(spans) == 1:  # the common case, without the bookkeeping of several runs
        span = spans[0]
        text = collapse_one(span.text).strip()
        if not text:
            return ()
        return (span if text == span.text else Span(text, span.style, span.href),)
    out = [
        Span(text, span.style, span.href)
        for span, text in zip(spans, collapse_white_space([s.text for s in spans]), strict=True)
        if text
    ]
    while out and not out[0].text.strip():
        out.pop(0)
    while out and not out[-1].text.strip():
        out.pop()
    if not out:
        return ()
    out[0] = Span(out[0].text.lstrip(), out[0].style, out[0].href)
    out[-1] = Span(out[-1].text.rstrip(), out[-1].style, out[-1].href)
    return tuple(out)


# Characters after or before which a line break in the HTML source is no space at all (CSS
# Text 3, segment break transformation): Han, kana, CJK punctuation and full-width forms.
# Ranges looked up by bisection, not a regex class: compiling one sets its ~45,000 characters
# one by one (3 ms at the parser's first import).
WIDE_RANGES = (
    (0x2E80, 0x2FFF), (0x3000, 0x303F), (0x3040, 0x30FF), (0x3100, 0x312F), (0x31A0, 0x31FF),
    (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF), (0xFE30, 0xFE4F), (0xFF00, 0xFFEF),
    (0x20000, 0x3FFFF),
)  # fmt: skip
_WIDE_STARTS = [start for start, _end in WIDE_RANGES]


def is_wide(char: str) -> bool:
    """Whether ``char`` is one of the :data:`WIDE_RANGES` (Han, kana, CJK punctuation…)."""
    code = ord(char)
    at = bisect.bisect_right(_WIDE_STARTS, code) - 1
    return at >= 0 and code <= WIDE_RANGES[at][1]


_ZERO_WIDTH_CHARS = "\u200b\u200c\u200d\ufeff"
_ODD_SPACE_RE = re.compile(r"[\t\r\n\f\v\u200b\u200c\u200d\ufeff]")  # white space but " "
# The runs of white space (:data:`WS_RE`'s) but a single space, which stays as it is: the
# runs that :func:`collapse_one` may change, without a call of its own for every space between
# words.
_RUN_RE = re.compile(r"[ \t\r\n\f\v\u200b\u200c\u200d\ufeff]{2,}|" + _ODD_SPACE_RE.pattern)


def collapse_one(text: str) -> str:
    """:func:`collapse_white_space` of a single run of text, in one pass of the regex."""
    if "  " not in text and _ODD_SPACE_RE.search(text) is None:
        return text  # no white space, or single spaces only: nothing to collapse
    end_of_text = len(text)

    def replace(match: re.Match[str]) -> str:
        run = match.group()
        if run == " ":
            return run
        if not run.strip(_ZERO_WIDTH_CHARS):
            return ""
        start, end = match.span()
        if (
            ("\n" in run or "\r" in run)
            and start > 0
            and end < end_of_text
            and is_wide(text[start - 1])
            and is_wide(text[end])
        ):
            return ""
        return " "

    return _RUN_RE.sub(replace, text)


def collapse_white_space(texts: list[str]) -> list[str]:
    """The runs of text of one block with their white space collapsed as a browser shows it.

    Every run of spaces, tabs and line breaks becomes one space — the author's spaces between
    Chinese words ("记者 | 赵晓娟 马越 吴容") are kept — except a run holding a line break of
    the HTML source between two wide (Chinese) characters, which is no space at all (a
    browser joins such lines), and zero-width characters, which are dropped. Runs are
    collapsed across the pieces' boundaries (``"中 " + " 文"`` keeps one space, in the first).
    """
    if len(texts) == 1:
        return [collapse_one(texts[0])]
    joined = "".join(texts)
    if "  " not in joined and _ODD_SPACE_RE.search(joined) is None:
        return list(texts)  # single spaces only: each stays where it is
    ends = list(itertools.accumulate(len(t) for t in texts))
    pieces: list[list[str]] = [[] for _ in texts]
    piece = 0  # the piece the next kept character goes to (characters are kept in order)

    def keep(start: int, end: int) -> None:
        nonlocal piece
        while start < end:
            while ends[piece] <= start:
                piece += 1
            stop = min(end, ends[piece])
            pieces[piece].append(joined[start:stop])
            start = stop

    pos = 0
    for match in WS_RE.finditer(joined):
        start, end = match.span()
        keep(pos, start)
        pos = end
        run = match.group()
        kept = run.lstrip(_ZERO_WIDTH_CHARS)  # from the first character that is a space
        if not kept:
            continue
        if (
            ("\n" in run or "\r" in run)
            and start > 0
            and end < len(joined)
            and is_wide(joined[start - 1])
            and is_wide(joined[end])
        ):
            continue
        first = start + len(run) - len(kept)
        pieces[bisect.bisect_right(ends, first)].append(" ")
    keep(pos, len(joined))
    return ["".join(p) for p in pieces]
