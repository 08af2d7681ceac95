"""Where each character of a document's display text sits in the article pane.

The pane shows HTML that ``render.py`` makes with exactly one top-level element per document
block, in order, after the header. Qt turns that into text blocks (one per paragraph, one per
table cell, one per line of preformatted text) that may carry decorations before the text (a
list marker, "▶ ", "→ ", an image object). This module lines the document's display text up
with those Qt blocks once per shown page and answers, both ways, between display offsets
(Python ``str`` indexes into ``DocumentDisplay.text.display``) and Qt positions (UTF-16 units).

Combined with ``DisplayText`` (original ↔ display), it maps original clean-text offsets — what
annotations, search hits and reading positions are stored as — to the pane and back.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from PySide6.QtGui import QTextBlock, QTextDocument

from reader.model.script.mapped import DisplayText

_PIECE_SPLIT = re.compile(r"[\t\n]")


def utf16_len(text: str) -> int:
    """The length of ``text`` in UTF-16 code units (Qt's positions)."""
    if text.isascii():
        return len(text)
    # Encoding runs in C: ~20× faster than counting non-BMP characters in Python, and this
    # is called twice for every highlight drawn.
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


def _utf16_index(text: str, units: int) -> int:
    """The ``str`` index reached after ``units`` UTF-16 units of ``text`` (clamped)."""
    if text.isascii() or all(ord(ch) <= 0xFFFF for ch in text):
        return min(units, len(text))
    count = 0
    for i, ch in enumerate(text):
        if count >= units:
            return i
        count += 2 if ord(ch) > 0xFFFF else 1
    return len(text)


@dataclass(frozen=True, slots=True)
class Segment:
    """A run of display text shown contiguously in the pane."""

    display_start: int
    qt_start: int
    text: str
    # Whether every character takes one UTF-16 unit: then offsets map by addition, which
    # matters when thousands of find hits are drawn in a long paragraph.
    bmp: bool = False

    @property
    def display_end(self) -> int:
        """The display offset just past the run."""
        return self.display_start + len(self.text)

    @property
    def qt_end(self) -> int:
        """The Qt position just past the run."""
        if self.bmp:
            return self.qt_start + len(self.text)
        return self.qt_start + utf16_len(self.text)

    def qt_at(self, display_offset: int) -> int:
        """The Qt position of a display offset inside (or at the end of) this run."""
        if self.bmp:
            return self.qt_start + max(0, min(display_offset - self.display_start, len(self.text)))
        return self.qt_start + utf16_len(self.text[: display_offset - self.display_start])

    def display_at(self, qt_pos: int) -> int:
        """The display offset of a Qt position inside (or at the end of) this run."""
        if self.bmp:
            return self.display_start + max(0, min(qt_pos - self.qt_start, len(self.text)))
        return self.display_start + _utf16_index(self.text, qt_pos - self.qt_start)


class PaneMap:
    """Display offsets ↔ pane positions for one shown page (see the module documentation)."""

    def __init__(self, text: DisplayText, segments: list[Segment], unmatched: int = 0) -> None:
        self.text = text
        self.segments = segments
        self.unmatched = unmatched  # display pieces that could not be found in the pane
        self._display_starts = [s.display_start for s in segments]
        self._qt_starts = [s.qt_start for s in segments]

    # ----- building -----
    @staticmethod
    def build(document: QTextDocument, text: DisplayText, body_start: int = 0) -> PaneMap:
        """Line ``text.display`` up with ``document``'s blocks from position ``body_start`` on.

        Each piece of display text (a block's text, or one table cell / preformatted line) is
        found at the end of the next Qt block(s) that end with it: decorations only ever come
        before the text. A piece that cannot be found is skipped and counted (``unmatched``)
        rather than guessed.
        """
        qt_blocks: list[QTextBlock] = []
        block = document.findBlock(body_start)
        while block.isValid():
            qt_blocks.append(block)
            block = block.next()
        texts = [b.text() for b in qt_blocks]
        segments: list[Segment] = []
        unmatched = 0
        j = 0
        offset = 0
        display = text.display
        for piece in _PIECE_SPLIT.split(display):
            start = offset
            offset += len(piece) + 1
            if not piece:
                continue  # an empty block or cell: nothing to find (the lookahead skips it)
            found = _find_block(texts, j, piece)
            if found is None:
                unmatched += 1
                continue
            j = found
            block_text = texts[j]
            prefix = block_text[: len(block_text) - len(piece)]
            qt_start = qt_blocks[j].position() + utf16_len(prefix)
            segments.append(Segment(start, qt_start, piece, utf16_len(piece) == len(piece)))
            j += 1
        return PaneMap(text, segments, unmatched)

    # ----- display offsets ↔ Qt positions -----
    def qt_position(self, display_offset: int, *, end: bool = False) -> int | None:
        """The pane position of a display offset, or None when the map has no text."""
        if not self.segments:
            return None
        k = bisect.bisect_right(self._display_starts, display_offset) - 1
        if end and k > 0 and display_offset == self.segments[k].display_start:
            k -= 1  # an end bound at a run's start belongs to the end of the previous run
        if k < 0:
            return self.segments[0].qt_start
        seg = self.segments[k]
        return seg.qt_at(min(display_offset, seg.display_end))

    def display_offset(self, qt_pos: int, *, end: bool = False) -> int | None:
        """The display offset at a pane position; positions in decorations or the header snap
        to the nearest text after them (before them for an ``end`` bound); None if no text."""
        if not self.segments:
            return None
        k = bisect.bisect_right(self._qt_starts, qt_pos) - 1
        if k < 0:
            return self.segments[0].display_start
        seg = self.segments[k]
        if qt_pos <= seg.qt_end:
            return seg.display_at(qt_pos)
        if end or k + 1 >= len(self.segments):
            return seg.display_end
        return self.segments[k + 1].display_start

    # ----- original offsets ↔ Qt positions -----
    def qt_range(self, start: int, end: int) -> tuple[int, int] | None:
        """The pane range showing the original text ``[start, end)``."""
        d_start, d_end = self.text.display_range(start, end)
        a = self.qt_position(d_start)
        b = self.qt_position(d_end, end=True)
        if a is None or b is None:
            return None
        return a, max(a, b)

    def original_range(self, qt_start: int, qt_end: int) -> tuple[int, int] | None:
        """The original text ``[start, end)`` under a pane range (e.g. a selection)."""
        a = self.display_offset(min(qt_start, qt_end))
        b = self.display_offset(max(qt_start, qt_end), end=True)
        if a is None or b is None:
            return None
        return self.text.original_range(a, max(a, b))

    def original_offset(self, qt_pos: int) -> int | None:
        """The original offset of the text at a pane position."""
        d = self.display_offset(qt_pos)
        return None if d is None else self.text.to_original(d)


def _find_block(texts: list[str], start: int, piece: str) -> int | None:
    """The first block from ``start`` whose text ends with ``piece``.

    Qt may show blocks the clean text has not (a table row of empty cells), so the search
    looks ahead; a short piece, which could end many blocks by chance, only a little.
    """
    lookahead = 8 if len(piece) < 4 else 256
    for j in range(start, min(len(texts), start + lookahead)):
        if texts[j].endswith(piece):
            return j
    return None
