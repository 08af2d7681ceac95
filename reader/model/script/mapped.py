"""Converted text that remembers where every piece came from: the position map of a display.

OpenCC converts by segmenting a text (maximum matching against a phrase dictionary) and passing
each segment through a chain of longest-prefix dictionaries, and phrase entries change lengths
(網際網路 → 互联网). :func:`convert_mapped` repeats that process with OpenCC's own matchers, so
its output is identical to ``OpenCC(config).convert(text)``, while recording every *conversion
unit*: a dictionary match that is atomic because it is longer than one character on either side
and its text changed. Between units, original and display advance together, one character for
one character.

A :class:`DisplayText` holds the original, the display and the units, and maps offsets both ways.
An offset strictly inside a multi-character unit has no exact counterpart; the rule is that a
*start* bound snaps to the start of its unit and an *end* bound to the unit's end, so a selection
always grows to whole phrases and the boundaries of every phrase round-trip exactly::

    to_original(to_display(b)) == b   for every unit boundary b and every offset outside units

Offsets are Python string indices (code points). Qt counts UTF-16 code units, in which non-BMP
characters (𫫇, emoji) take two: :func:`utf16_offset` and :func:`index_from_utf16` convert.

All of this is Qt-free and pure; :class:`DisplayText` is immutable and safe to share between
threads.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

from reader.model.script.convert import converter
from reader.model.script.modes import DisplayMode, Script, config_for
from reader.model.script.options import ScriptOptions
from reader.model.script.rules import RuleSet
from reader.model.script.utf16 import Utf16Index, index_from_utf16, utf16_offset

__all__ = ["Change", "DisplayText", "RunConverter", "Unit", "convert_mapped", "display_text"]
__all__ += ["index_from_utf16", "utf16_offset"]  # kept here for their callers


class Unit(NamedTuple):
    """One atomic conversion: ``original[orig_start:orig_end]`` shown as a display range."""

    orig_start: int
    orig_end: int
    disp_start: int
    disp_end: int


class Change(NamedTuple):
    """What the display shows at a position, and what the original said there."""

    disp_start: int
    disp_end: int
    orig_start: int
    orig_end: int
    display: str
    original: str


# ----- the map -----


class DisplayText:
    """A converted text with its position map (see the module documentation for the rules)."""

    __slots__ = ("_disp_starts", "_orig_starts", "_u16", "display", "original", "units")

    def __init__(self, original: str, display: str, units: Sequence[Unit] = ()) -> None:
        self.original = original
        self.display = display
        self.units: tuple[Unit, ...] = tuple(units)
        self._orig_starts = [u.orig_start for u in self.units]
        self._disp_starts = [u.disp_start for u in self.units]
        self._u16: Utf16Index | None = None
        delta = len(display) - len(original)
        unit_delta = sum((u.disp_end - u.disp_start) - (u.orig_end - u.orig_start) for u in units)
        if delta != unit_delta:
            raise ValueError("units do not account for the change of length")

    @staticmethod
    def identity(text: str) -> DisplayText:
        """A text shown as it is."""
        return DisplayText(text, text)

    @property
    def changed(self) -> bool:
        """Whether the display differs from the original."""
        return self.display != self.original

    def __repr__(self) -> str:
        return f"DisplayText({self.original!r} → {self.display!r}, {len(self.units)} units)"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, DisplayText):
            return NotImplemented
        return (self.original, self.display, self.units) == (
            other.original,
            other.display,
            other.units,
        )

    def __hash__(self) -> int:
        return hash((self.original, self.display, self.units))

    def to_display(self, offset: int, *, end: bool = False) -> int:
        """The display offset of the original ``offset`` (an end bound if ``end``)."""
        offset = max(0, min(offset, len(self.original)))
        k = bisect.bisect_right(self._orig_starts, offset) - 1
        if k < 0:
            return offset
        unit = self.units[k]
        if offset == unit.orig_start:
            return unit.disp_start
        if offset < unit.orig_end:
            return unit.disp_end if end else unit.disp_start
        return unit.disp_end + (offset - unit.orig_end)

    def to_original(self, pos: int, *, end: bool = False) -> int:
        """The original offset of the display ``pos`` (an end bound if ``end``)."""
        pos = max(0, min(pos, len(self.display)))
        k = bisect.bisect_right(self._disp_starts, pos) - 1
        if k < 0:
            return pos
        unit = self.units[k]
        if pos == unit.disp_start:
            return unit.orig_start
        if pos < unit.disp_end:
            return unit.orig_end if end else unit.orig_start
        return unit.orig_end + (pos - unit.disp_end)

    def display_range(self, start: int, end: int) -> tuple[int, int]:
        """The display range covering the original ``[start, end)`` (grown to whole phrases)."""
        return self.to_display(start), self.to_display(end, end=True)

    def original_range(self, start: int, end: int) -> tuple[int, int]:
        """The original range covering the display ``[start, end)`` (grown to whole phrases)."""
        return self.to_original(start), self.to_original(end, end=True)

    def change_at(self, pos: int) -> Change | None:
        """The converted piece shown at display ``pos`` with its original form (for tooltips).

        None where the display shows the original unchanged.
        """
        if not 0 <= pos < len(self.display):
            return None
        k = bisect.bisect_right(self._disp_starts, pos) - 1
        if k >= 0 and pos < self.units[k].disp_end:
            u = self.units[k]
            return Change(
                u.disp_start,
                u.disp_end,
                u.orig_start,
                u.orig_end,
                self.display[u.disp_start : u.disp_end],
                self.original[u.orig_start : u.orig_end],
            )
        orig = self.to_original(pos)
        shown, was = self.display[pos], self.original[orig]
        if shown == was:
            return None
        return Change(pos, pos + 1, orig, orig + 1, shown, was)

    # UTF-16 positions of the display (what Qt's QTextCursor counts).
    def _utf16(self) -> Utf16Index:
        index = self._u16
        if index is None:
            index = self._u16 = Utf16Index(self.display)
        return index

    def display_utf16(self, pos: int) -> int:
        """The UTF-16 position of the display index ``pos``."""
        return self._utf16().to_utf16(pos)

    def display_index(self, utf16_pos: int) -> int:
        """The display index of the UTF-16 position ``utf16_pos``."""
        return self._utf16().from_utf16(utf16_pos)

    @staticmethod
    def join(parts: Iterable[DisplayText], sep: str = "") -> DisplayText:
        """Concatenate displays (``sep`` is kept as it is between them)."""
        originals: list[str] = []
        displays: list[str] = []
        units: list[Unit] = []
        orig_at = disp_at = 0
        for i, part in enumerate(parts):
            if i:
                originals.append(sep)
                displays.append(sep)
                orig_at += len(sep)
                disp_at += len(sep)
            originals.append(part.original)
            displays.append(part.display)
            units.extend(
                Unit(
                    u.orig_start + orig_at,
                    u.orig_end + orig_at,
                    u.disp_start + disp_at,
                    u.disp_end + disp_at,
                )
                for u in part.units
            )
            orig_at += len(part.original)
            disp_at += len(part.display)
        return DisplayText("".join(originals), "".join(displays), units)


# ----- conversion with a map, through OpenCC's own matchers -----

_Units = list[tuple[int, int, int, int]]
_Matcher = Any  # opencc-py's trie/group matcher: ``match(text, pos) -> (length, value)``


@dataclass(frozen=True, slots=True)
class _Stages:
    """The stages of an opencc-py converter: the only place that reads its internals.

    opencc-py 1.4 keeps ``_normalization`` (matchers applied to the whole text), ``_segmenter``
    (None, or a max-match matcher) and ``_chain`` (matchers applied to each segment in turn);
    every matcher has ``match(text, pos) -> (length, value)``. tests/model/test_display.py pins
    that the mapped output equals ``convert()`` for every configuration the reader uses.
    """

    normalization: tuple[_Matcher, ...]
    segmenter: _Matcher | None
    chain: tuple[_Matcher, ...]


def _stages(conv: Any) -> _Stages | None:
    try:
        normalization = tuple(conv._normalization)
        segmenter = conv._segmenter
        chain = tuple(conv._chain)
    except (AttributeError, TypeError):
        return None
    matchers = (*normalization, *chain, *((segmenter,) if segmenter is not None else ()))
    if not all(callable(getattr(m, "match", None)) for m in matchers):
        return None  # e.g. a Jieba segmenter: no max-match to repeat
    return _Stages(normalization, segmenter, chain)


def _convert_units(text: str, matcher: _Matcher) -> tuple[str, _Units]:
    """Left-to-right longest-prefix conversion (OpenCC's ``Conversion``), recording units."""
    parts: list[str] = []
    units: _Units = []
    match = matcher.match
    i = out = 0
    n = len(text)
    while i < n:
        length, value = match(text, i)
        if length:
            parts.append(value)
            width = len(value)
            if (length != 1 or width != 1) and (length != width or value != text[i : i + length]):
                units.append((i, i + length, out, out + width))
            i += length
            out += width
        else:
            parts.append(text[i])
            i += 1
            out += 1
    return "".join(parts), units


def _segments(text: str, matcher: _Matcher) -> list[tuple[int, int]]:
    """OpenCC's maximum-matching segmentation, as ``(start, end)`` ranges."""
    ranges: list[tuple[int, int]] = []
    match = matcher.match
    pending = -1
    i = 0
    n = len(text)
    while i < n:
        length, _ = match(text, i)
        if length:
            if pending >= 0:
                ranges.append((pending, i))
                pending = -1
            ranges.append((i, i + length))
            i += length
        else:
            if pending < 0:
                pending = i
            i += 1
    if pending >= 0:
        ranges.append((pending, n))
    return ranges


def _compose(first: _Units, second: _Units) -> _Units:
    """Units of ``a → c`` from units of ``a → b`` (``first``) and of ``b → c`` (``second``).

    Units that overlap in ``b`` merge into one, so the result is atomic wherever either was.
    """
    if not first:
        return second
    if not second:
        return first
    spans = sorted([(u[2], u[3]) for u in first] + [(u[0], u[1]) for u in second])
    merged: list[list[int]] = []
    for start, end in spans:
        if merged and start < merged[-1][1]:
            if end > merged[-1][1]:
                merged[-1][1] = end
        else:
            merged.append([start, end])
    result: _Units = []
    fi = si = 0
    f_shift = s_shift = 0  # a - b before the current point, c - b before it
    nf, ns = len(first), len(second)
    for mid_start, mid_end in merged:
        while fi < nf and first[fi][3] <= mid_start:
            u = first[fi]
            f_shift += (u[1] - u[0]) - (u[3] - u[2])
            fi += 1
        while si < ns and second[si][1] <= mid_start:
            u = second[si]
            s_shift += (u[3] - u[2]) - (u[1] - u[0])
            si += 1
        a0, c0 = mid_start + f_shift, mid_start + s_shift
        while fi < nf and first[fi][3] <= mid_end:
            u = first[fi]
            f_shift += (u[1] - u[0]) - (u[3] - u[2])
            fi += 1
        while si < ns and second[si][1] <= mid_end:
            u = second[si]
            s_shift += (u[3] - u[2]) - (u[1] - u[0])
            si += 1
        result.append((a0, mid_end + f_shift, c0, mid_end + s_shift))
    return result


def _aligned_fallback(original: str, display: str) -> list[Unit]:
    """Units from a character alignment, for a converter whose stages cannot be repeated."""
    if len(original) == len(display):
        return []
    units: list[Unit] = []
    import difflib  # rarely wanted: not imported with the window

    matcher = difflib.SequenceMatcher(None, original, display, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag != "equal":
            units.append(Unit(i1, i2, j1, j2))
    return units


def convert_mapped(text: str, config: str) -> DisplayText:
    """Convert ``text`` with the OpenCC ``config``, keeping the position map.

    The display is identical to ``converter(config).convert(text)``.
    """
    conv = converter(config)
    stages = _stages(conv)
    if stages is None:
        display = conv.convert(text)
        return DisplayText(text, display, _aligned_fallback(text, display))
    current = text
    units: _Units = []
    for matcher in stages.normalization:
        current, step = _convert_units(current, matcher)
        units = _compose(units, step)
    if stages.segmenter is None:
        ranges = [(0, len(current))] if current else []
    else:
        ranges = _segments(current, stages.segmenter)
    outputs: list[str] = []
    chain_units: _Units = []
    out_at = 0
    for start, end in ranges:
        segment = current[start:end]
        seg_units: _Units = []
        for matcher in stages.chain:
            segment, step = _convert_units(segment, matcher)
            seg_units = _compose(seg_units, step)
        chain_units.extend(
            (a0 + start, a1 + start, c0 + out_at, c1 + out_at) for a0, a1, c0, c1 in seg_units
        )
        outputs.append(segment)
        out_at += len(segment)
    display = "".join(outputs)
    refine = getattr(conv, "refine", None)
    if refine is not None:
        # The native character pass replaces characters one for one: no unit moves.
        display = refine(display)
    units = _compose(units, chain_units)
    kept = [
        Unit(*u)
        for u in units
        if not (
            u[1] - u[0] == u[3] - u[2]
            and (u[1] - u[0] == 1 or text[u[0] : u[1]] == display[u[2] : u[3]])
        )
    ]
    return DisplayText(text, display, kept)


def display_text(
    text: str,
    mode: DisplayMode,
    source: Script,
    *,
    vocabulary: bool = True,
    tai: str | None = None,
    options: ScriptOptions | None = None,
) -> DisplayText:
    """``text`` (written in ``source``) as shown in ``mode``, with its position map.

    ``vocabulary`` off: characters only, no regional phrases (see ``modes.config_for``);
    ``options`` (with personal rules) replace ``vocabulary`` and ``tai`` when given.
    """
    return RunConverter(mode, source, vocabulary=vocabulary, tai=tai, options=options).mapped(text)


def _rule_piece(original: str, shown: str) -> DisplayText:
    """A personal rule's match: one atomic unit where it changes more than one character."""
    if original == shown or len(original) == len(shown) == 1:
        return DisplayText(original, shown)
    return DisplayText(original, shown, (Unit(0, len(original), 0, len(shown)),))


class RunConverter:
    """Converts the text runs of one document for one mode, remembering each run's map.

    It is the ``convert`` callable that rendering takes (``str -> str``); a run seen twice is
    converted once. Personal rules (``options.rules``) are matched on each run's original text
    first; the text between their matches is converted as usual. Not thread-safe: use one per
    rendering.
    """

    def __init__(
        self,
        mode: DisplayMode,
        source: Script,
        *,
        vocabulary: bool = True,
        tai: str | None = None,
        options: ScriptOptions | None = None,
    ) -> None:
        opts = options if options is not None else ScriptOptions(vocabulary, tai)
        self.mode = mode
        self.source = source
        self._config = config_for(mode, source, vocabulary=opts.vocabulary, tai=opts.tai)
        self._rules: RuleSet | None = opts.rules if opts.rules.forms(mode) else None
        self._runs: dict[str, DisplayText] = {}

    def __call__(self, text: str) -> str:
        return self.mapped(text).display

    def mapped(self, text: str) -> DisplayText:
        """The run ``text`` converted, with its map."""
        shown = self._runs.get(text)
        if shown is None:
            rules = self._rules
            shown = self._plain(text) if rules is None else self._ruled(text, rules)
            self._runs[text] = shown
        return shown

    def _plain(self, text: str) -> DisplayText:
        if self._config is None or not text:
            return DisplayText.identity(text)
        return convert_mapped(text, self._config)

    def _ruled(self, text: str, rules: RuleSet) -> DisplayText:
        pieces = rules.split(text, self.mode)
        if not pieces:
            return self._plain(text)
        return DisplayText.join(
            self._plain(piece) if shown is None else _rule_piece(piece, shown)
            for piece, shown in pieces
        )
