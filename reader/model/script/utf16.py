"""UTF-16 positions (as Qt counts them) and code-point indices of a text.

Python indexes a string by code points; Qt's text positions are UTF-16 units, in which non-BMP
characters (𫫇, emoji) take two.
"""

from __future__ import annotations

import bisect


def utf16_offset(text: str, index: int) -> int:
    """The UTF-16 position (as Qt counts) of the code-point ``index`` in ``text``."""
    index = max(0, min(index, len(text)))
    return index + sum(1 for ch in text[:index] if ord(ch) > 0xFFFF)


def index_from_utf16(text: str, pos: int) -> int:
    """The code-point index of the UTF-16 position ``pos`` in ``text``.

    A position between the two halves of a surrogate pair maps to the start of that character.
    """
    if pos <= 0:
        return 0
    units = 0
    for i, ch in enumerate(text):
        width = 2 if ord(ch) > 0xFFFF else 1
        if units + width > pos:
            return i
        units += width
    return len(text)


class Utf16Index:
    """Fast UTF-16 ↔ index conversion for one text, from the positions of its non-BMP characters."""

    __slots__ = ("_astral", "_astral_u16", "_length")

    def __init__(self, text: str) -> None:
        self._astral = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF]
        self._astral_u16 = [a + k for k, a in enumerate(self._astral)]
        self._length = len(text)

    def to_utf16(self, index: int) -> int:
        index = max(0, min(index, self._length))
        return index + bisect.bisect_left(self._astral, index)

    def from_utf16(self, pos: int) -> int:
        if pos <= 0:
            return 0
        # Non-BMP characters that end at or before ``pos`` (each took one extra unit).
        before = bisect.bisect_right(self._astral_u16, pos - 2)
        index = pos - before
        if before < len(self._astral_u16) and self._astral_u16[before] == pos - 1:
            index -= 1  # inside a surrogate pair: the start of that character
        return min(index, self._length)
