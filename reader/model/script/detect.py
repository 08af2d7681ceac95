"""Script detection: Traditional, Simplified, mixed or not Chinese, from OpenCC's own tables."""

from __future__ import annotations

import functools
import re
from collections import Counter

from reader.model.script.modes import Script
from reader.model.script.tables import data_dir, shipped_marks


def converted_keys(data: str) -> frozenset[str]:
    """The keys of a character table that convert to something else (not to themselves)."""
    keys: set[str] = set()
    for line in data.splitlines():
        key, _, values = line.partition("\t")
        if key and key not in values.split(" "):
            keys.add(key)
    return frozenset(keys)


def marks_of(traditional: str, simplified: str) -> tuple[frozenset[str], frozenset[str]]:
    """The characters only Traditional and only Simplified text has, from the texts of
    ``TSCharacters.txt`` and ``STCharacters.txt``."""
    trad = converted_keys(traditional)
    simp = converted_keys(simplified)
    return trad - simp, simp - trad


@functools.cache
def _script_marks() -> tuple[frozenset[str], frozenset[str]]:
    """Characters that only occur in Traditional, and only in Simplified, text: as the build
    script found them in these very files (``tables.shipped_marks``), else read from them."""
    traditional = (data_dir() / "TSCharacters.txt").read_bytes()
    simplified = (data_dir() / "STCharacters.txt").read_bytes()
    found = shipped_marks(traditional, simplified)
    if found is not None:
        return frozenset(found[0]), frozenset(found[1])
    return marks_of(traditional.decode("utf-8-sig"), simplified.decode("utf-8-sig"))


def _is_han(ch: str) -> bool:
    o = ord(ch)
    return (
        0x4E00 <= o <= 0x9FFF  # CJK Unified Ideographs
        or 0x3400 <= o <= 0x4DBF  # Extension A
        or 0x20000 <= o <= 0x323AF  # Extensions B–H (𫫇 and friends)
        or 0xF900 <= o <= 0xFAFF  # Compatibility Ideographs
        or 0x2F800 <= o <= 0x2FA1F  # Compatibility Ideographs Supplement
    )


# Below this many Han characters, a text whose Han share of letters is under
# ``_MIN_HAN_SHARE`` is "mostly non-Chinese" (an English article quoting a name or two).
# Above it there is enough Chinese to read, and it is classified (and converted) by its script:
# the largest corpus post is an English course list with ~900 Chinese characters.
_MIN_HAN = 100
_MIN_HAN_SHARE = 0.1
# One script's marks must be this share of all marks for the text to count as that script.
_DOMINANT = 0.9


# What a character counts as: not a letter, another letter, a Han character marking neither
# script, only Traditional, only Simplified (indexes into the totals of script_counts).
_OTHER, _LETTER, _HAN, _TRAD, _SIMP = range(5)
_KIND_DIGITS = "01234"  # each kind as the one character the kinds' translate table gives
# The characters met so far (a few thousand distinct ones), each as its kind's digit: a
# ``str.translate`` table (a plain dict, as str.translate looks it up fastest), ASCII and
# Latin-1 filled at the start so that whatever a text's kinds come out as is ASCII exactly when
# every character of it was known.
_KIND_TABLE: dict[int, str] = {}
_MAX_KINDS = 100_000


def _kind(ch: str) -> int:
    if _is_han(ch):
        trad_only, simp_only = _script_marks()
        return _TRAD if ch in trad_only else _SIMP if ch in simp_only else _HAN
    return _LETTER if ch.isalpha() else _OTHER


def _kind_table() -> dict[int, str]:
    if not _KIND_TABLE:
        for code in range(0x100):
            _KIND_TABLE[code] = _KIND_DIGITS[_kind(chr(code))]
    return _KIND_TABLE


_KNOWN_RE = re.compile("[" + _KIND_DIGITS + "]+")


def script_counts(text: str, sample: int = 20000) -> tuple[int, int, int, int]:
    """``(han, traditional_only, simplified_only, letters)`` in the first ``sample`` chars."""
    table = _kind_table()
    # Each character is made its kind's digit in one pass in C, and the digits counted: half the
    # work of counting the distinct characters (it runs once per document while indexing tens
    # of thousands). A character not met before stays as it is: those few are then counted by
    # themselves, and remembered.
    kinds = text[:sample].translate(table)
    totals = [kinds.count(digit) for digit in _KIND_DIGITS]
    if not kinds.isascii():
        for ch, n in Counter(_KNOWN_RE.sub("", kinds)).items():
            kind = _kind(ch)
            if len(table) < _MAX_KINDS:
                table[ord(ch)] = _KIND_DIGITS[kind]
            totals[kind] += n
    han = totals[_HAN] + totals[_TRAD] + totals[_SIMP]
    return han, totals[_TRAD], totals[_SIMP], han + totals[_LETTER]


def detect_script(text: str, sample: int = 20000) -> Script:
    """Detect whether ``text`` is Traditional, Simplified, mixed or not Chinese.

    Counts characters that exist only in one script (from OpenCC's own character tables, so
    characters shared by both scripts, such as 著 or 乾, never count). A text with (almost) no
    Han characters, or with few of them among many other letters, is non-Chinese; one where
    neither script has at least 90% of the marks is mixed.
    """
    han, trad, simp, letters = script_counts(text, sample)
    if han < 2 or (han < _MIN_HAN and han < _MIN_HAN_SHARE * letters):
        return Script.NON_CHINESE
    marked = trad + simp
    if marked == 0:
        # Only characters shared by both scripts: showing it unchanged is right either way.
        return Script.TRADITIONAL
    if trad >= _DOMINANT * marked:
        return Script.TRADITIONAL
    if simp >= _DOMINANT * marked:
        return Script.SIMPLIFIED
    return Script.MIXED
