"""Which writing a text is in, for typography: Chinese or Latin-script, and which forms of
Chinese characters (glyphs) a display shows.

The pane chooses its fonts, justification, line height and measure from these: a Latin-script
block (an English article, a French quotation) is set in a Latin font, ragged right; Chinese
text in the CJK font of the glyph forms its display script uses (Simplified text with mainland
forms and punctuation placement, Traditional with Taiwan or Hong Kong forms).
"""

from __future__ import annotations

import enum
import re

from reader.model.script.modes import DisplayMode, Script


class Lang(enum.StrEnum):
    """The language a block is written in, as far as typography needs it (detected).

    Latin-script text is marked by its script only (``und-Latn``: English, French… are set
    alike); a block with no letters at all (numbers, punctuation) is ``NONE`` and follows the
    document around it.
    """

    CHINESE = "zh"
    LATIN = "und-Latn"
    NONE = ""


class Glyphs(enum.StrEnum):
    """The forms of Chinese characters and punctuation a font shows (as Noto CJK names them)."""

    SC = "SC"  # mainland: Simplified forms, punctuation in the corner of its square
    TC = "TC"  # Taiwan: Traditional forms, punctuation centred
    HK = "HK"  # Hong Kong: Traditional with Hong Kong forms


# Latin letters (Basic Latin, Latin-1, Extended-A/B, IPA, Extended Additional).
_LATIN_RE = re.compile(r"[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff]")
_HAN_RE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003ffff]")
_LATIN_RUNS_RE = re.compile(_LATIN_RE.pattern + "+")
_HAN_RUNS_RE = re.compile(_HAN_RE.pattern + "+")
# A Chinese character stands for about as much text as a Latin word's letters do for three:
# a block is Latin when its Latin letters outnumber its Han characters three to one (an
# English paragraph naming 习近平 stays English; a Chinese one naming Stephen Biegun Chinese).
_LATIN_PER_HAN = 3


def detect_lang(text: str) -> Lang:
    """The language of a block of text, by the letters it is written in."""
    # Most blocks hold only one of the two: a search for each tells, without counting.
    if _LATIN_RE.search(text) is None:
        return Lang.CHINESE if _HAN_RE.search(text) is not None else Lang.NONE
    if _HAN_RE.search(text) is None:
        return Lang.LATIN
    # Runs are counted by their lengths (one match per word, not per letter: the same count).
    latin = sum(map(len, _LATIN_RUNS_RE.findall(text)))
    han = sum(map(len, _HAN_RUNS_RE.findall(text)))
    if latin == 0 and han == 0:
        return Lang.NONE
    return Lang.LATIN if latin > _LATIN_PER_HAN * han else Lang.CHINESE


# Runs of Latin-script text inside Chinese text: words with the spaces, digits and Latin
# punctuation (’ “ ” ' - . ,) between them, starting and ending with a letter or digit.
_LETTER = r"A-Za-z0-9\u00c0-\u024f\u1e00-\u1eff"
_LATIN_RUN_RE = re.compile(rf"[{_LETTER}](?:[{_LETTER}’'\-.,:;!?&/ ]*[{_LETTER}’.])?")


def has_han(text: str) -> bool:
    """Whether ``text`` holds a Chinese (or kana) character."""
    return _HAN_RE.search(text) is not None


def latin_runs(text: str) -> list[tuple[int, int]]:
    """The ``[start, end)`` ranges of Latin-script runs in ``text`` with two letters or more
    (a lone letter, as in A股 or X光, reads well in the CJK font around it)."""
    return [m.span() for m in _LATIN_RUN_RE.finditer(text) if len(_LATIN_RE.findall(m.group())) > 1]


def glyphs_for(mode: DisplayMode, source: Script) -> Glyphs:
    """The glyph forms a text written in ``source`` shows in ``mode``.

    Converted text takes the forms of its target (Hong Kong forms for the Hong Kong mode);
    the original shows Simplified text with mainland forms and everything else (Traditional,
    mixed) with Taiwan forms.
    """
    if mode is DisplayMode.HONGKONG:
        return Glyphs.HK
    if mode.is_traditional:
        return Glyphs.TC
    if mode.is_simplified:
        return Glyphs.SC
    return Glyphs.SC if source is Script.SIMPLIFIED else Glyphs.TC
