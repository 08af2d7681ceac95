"""An article's outline (its headings, to jump to) and how far through it the reader is.

Offsets are in the document's original clean text (:attr:`Document.text`), like every other
position, so they hold in every display script.

Reading speed: 300 Chinese characters a minute and 230 English words a minute. Silent reading
of Chinese runs at about 250–400 characters a minute for adults (the IReST passages, read aloud,
average 255; silent reading of news is faster); 300 is at the careful end because these are
news and documents read closely, often in the script the reader did not grow up with. English
non-fiction is read at about 238 words a minute (Brysbaert 2019, a meta-analysis of 190
studies); 230 rounds it down for the same reason. Digits and Latin words inside Chinese text
count as words.
"""

from __future__ import annotations

import math
import re
from array import array
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cache

from reader.model.document.document import Block, BlockKind, Document, SpanStyle

CHINESE_CHARACTERS_PER_MINUTE = 300
ENGLISH_WORDS_PER_MINUTE = 230

# Han ideographs (with the extensions and compatibility forms), kana and hangul: one character
# is one unit of reading. The patterns are compiled when first used: at import they cost the
# window's start-up a few milliseconds before its first article (they are used just after it).
_CJK = "[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\U00020000-\U0003134f]"
_WORD = r"[^\W\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]+"


@cache
def _pattern(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


@dataclass(frozen=True, slots=True)
class Heading:
    """One heading: its level (2–6, the title is not listed) and its original text range."""

    level: int
    start: int
    end: int


# A bold paragraph that numbers a section as Chinese reports do ("一、本期报告概述",
# "第三部分：…", "附录：…"): the 维权网 reports have no heading markup at all.
_SECTION = (
    r"^\s*(?:[一二三四五六七八九十]{1,3}[、．.]"
    r"|第[一二三四五六七八九十\d]{1,3}[部章節节篇]|附[录錄])"
)
_MAX_SECTION = 60


def _is_section(block: Block) -> bool:
    """A paragraph that is a section title in all but markup: bold, short and numbered."""
    return (
        block.kind is BlockKind.PARAGRAPH
        and bool(block.spans)
        and all(s.style is SpanStyle.STRONG or not s.text.strip() for s in block.spans)
        and len(block.text.strip()) <= _MAX_SECTION
        and bool(_pattern(_SECTION).match(block.text))
    )


def outline(doc: Document) -> tuple[Heading, ...]:
    """The document's headings in order, with their original clean-text ranges.

    Without heading markup, bold numbered section titles stand in (level 2), except those in
    a run of two or more (a table of contents lists them one under the other).
    """
    headings: list[Heading] = []
    sections: list[tuple[int, Heading]] = []  # (block index, heading)
    offset = 0
    for i, block in enumerate(doc.blocks):
        text = block.text
        if block.kind is BlockKind.HEADING and text.strip():
            headings.append(Heading(max(2, block.level), offset, offset + len(text)))
        elif _is_section(block):
            sections.append((i, Heading(2, offset, offset + len(text))))
        offset += len(text) + 1  # blocks_text joins blocks with one newline
    if headings:
        return tuple(headings)
    at = {i for i, _ in sections}
    return tuple(h for i, h in sections if i - 1 not in at and i + 1 not in at)


def reading_minutes(text: str) -> float:
    """How long ``text`` takes to read, in minutes."""
    characters = len(_pattern(_CJK).findall(text))
    words = len(_pattern(_WORD).findall(text))
    return characters / CHINESE_CHARACTERS_PER_MINUTE + words / ENGLISH_WORDS_PER_MINUTE


@dataclass(frozen=True, slots=True)
class Progress:
    """How far through an article: the percentage read and whole minutes left (rounded up)."""

    percent: int
    minutes_left: int


class ReadingClock:
    """:func:`reading_minutes` of every tail of one text, each in a lookup.

    The text is scanned once; the minutes from an offset count the characters at or after it
    and the words ending after it (a word cut by the offset leaves its tail, one word), which is
    exactly what :func:`reading_minutes` counts in ``text[offset:]``. The progress label asks on
    every scroll step: scanning the tail each time took milliseconds on the longest posts.
    """

    __slots__ = ("_characters", "_text", "_word_ends")

    def __init__(self, text: str) -> None:
        self._text = text
        self._characters = array("l", (m.start() for m in _pattern(_CJK).finditer(text)))
        self._word_ends = array("l", (m.end() for m in _pattern(_WORD).finditer(text)))

    @property
    def text(self) -> str:
        """The text it reads."""
        return self._text

    def minutes_from(self, offset: int) -> float:
        """``reading_minutes(text[offset:])``."""
        characters = len(self._characters) - bisect_left(self._characters, offset)
        words = len(self._word_ends) - bisect_right(self._word_ends, offset)
        return characters / CHINESE_CHARACTERS_PER_MINUTE + words / ENGLISH_WORDS_PER_MINUTE


def progress(text: str, read_to: int, clock: ReadingClock | None = None) -> Progress:
    """The progress of a reader who has read ``text`` up to the original offset ``read_to``
    (``clock``: a :class:`ReadingClock` of ``text``, to answer without reading its tail)."""
    if not text:
        return Progress(100, 0)
    read_to = min(len(text), max(0, read_to))
    percent = math.floor(100 * read_to / len(text))
    if clock is not None and clock.text is text:
        minutes = clock.minutes_from(read_to)
    else:
        minutes = reading_minutes(text[read_to:])
    return Progress(percent, math.ceil(minutes - 1e-9))
