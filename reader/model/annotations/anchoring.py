"""Anchoring annotations to a document's original clean text, W3C Web Annotation style.

An annotation remembers *where* it was (a ``TextPositionSelector``: start/end offsets) and *what*
it covered (a ``TextQuoteSelector``: the exact text with up to :data:`CONTEXT` characters of
prefix and suffix). Offsets are Python ``str`` indices (code points) into ``Document.text`` — never
into a converted display text, and never UTF-16 units; mapping to display positions is the
display layer's job.

When a document is loaded again its text may have changed. :func:`anchor` places an annotation
in the new text, trying in order:

1. **position** — the quote is still at the stored offsets;
2. **exact** — the quote occurs elsewhere (the occurrence whose context agrees best, nearest to
   the old position);
3. **fuzzy** — a passage within :data:`MAX_ERROR_RATE` edits of the quote (bit-parallel
   approximate matching, Myers 1999 / Hyyrö 2001, as the ``approx-string-match`` library that
   Hypothesis' client uses), inside a bounded window around the old position;
4. otherwise the annotation is an **orphan**.

Every tier also requires the *context* to agree: the stored prefix or suffix must match the text
beside the candidate (:data:`CONTEXT_AGREEMENT`). A short quote such as 的 occurs everywhere;
without this rule a deleted highlight would silently jump to a look-alike, which we never do —
an orphan keeps its quote and note and is shown as such.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass

CONTEXT = 32
"""Characters of prefix and suffix stored with a quote."""

MAX_ERROR_RATE = 0.2
"""A fuzzy match may differ from the quote by at most this share of its length (edits)."""

CONTEXT_AGREEMENT = 0.8
"""The prefix or the suffix beside a candidate must be at least this similar to the stored one."""

SEARCH_WINDOW = 20_000
"""The fuzzy search looks at most this many characters either side of the old position."""

_MAX_CANDIDATES = 200


@dataclass(frozen=True, slots=True)
class TextQuoteSelector:
    """The W3C ``TextQuoteSelector``: the quoted text and the text just before and after it."""

    exact: str
    prefix: str = ""
    suffix: str = ""


@dataclass(frozen=True, slots=True)
class TextPositionSelector:
    """The W3C ``TextPositionSelector``: ``[start, end)`` code-point offsets in the clean text."""

    start: int
    end: int


class AnchorMethod(enum.StrEnum):
    """How an annotation was placed in the current text."""

    POSITION = "position"
    EXACT = "exact"
    FUZZY = "fuzzy"
    ORPHAN = "orphan"


@dataclass(frozen=True, slots=True)
class Anchor:
    """Where an annotation lands in the current text; ``start == end == -1`` for an orphan.

    ``errors`` is the edit distance between the stored quote and the anchored text (0 unless
    fuzzy).
    """

    start: int
    end: int
    method: AnchorMethod
    errors: int = 0

    @property
    def orphan(self) -> bool:
        """Whether the annotation could not be placed."""
        return self.method is AnchorMethod.ORPHAN


ORPHAN = Anchor(-1, -1, AnchorMethod.ORPHAN)


def describe(text: str, start: int, end: int) -> tuple[TextQuoteSelector, TextPositionSelector]:
    """The selectors of the range ``[start, end)`` of ``text``.

    Raises:
        ValueError: the range is empty or outside the text.
    """
    if not 0 <= start < end <= len(text):
        raise ValueError(f"invalid range {start}–{end} for a text of {len(text)} characters")
    quote = TextQuoteSelector(
        exact=text[start:end],
        prefix=text[max(0, start - CONTEXT) : start],
        suffix=text[end : end + CONTEXT],
    )
    return quote, TextPositionSelector(start, end)


def anchor(text: str, quote: TextQuoteSelector, position: TextPositionSelector | None) -> Anchor:
    """Place an annotation in ``text``: by position, exact quote, fuzzy quote, or orphan."""
    exact = quote.exact
    if not exact:
        return ORPHAN
    hint = position.start if position is not None else 0
    # 1. Unchanged (at least here): the quote is where it was and its context agrees.
    if position is not None and text[position.start : position.end] == exact:
        ps, ss = _context_similarity(text, position.start, position.end, quote)
        if ps == ss == 1.0:
            return Anchor(position.start, position.end, AnchorMethod.POSITION)
        # The context changed: an edit beside the quote, or the quote moved and this is a
        # look-alike. The old place competes with the other occurrences below (nearest first,
        # so it wins unless another one's context agrees better).
    # 2. The exact quote elsewhere.
    starts = _occurrences(text, exact, hint)
    best = _best(text, quote, hint, ((s, s + len(exact), 0) for s in starts), nearest_first=True)
    if best is not None:
        same = position is not None and best[0] == position.start
        return Anchor(best[0], best[1], AnchorMethod.POSITION if same else AnchorMethod.EXACT)
    # 3. A close match.
    max_errors = int(len(exact) * MAX_ERROR_RATE)
    if max_errors == 0:
        return ORPHAN
    lo = max(0, hint - SEARCH_WINDOW)
    hi = min(len(text), hint + SEARCH_WINDOW + len(exact))
    best = _best(text, quote, hint, fuzzy_matches(text, exact, max_errors, lo, hi))
    if best is not None:
        return Anchor(best[0], best[1], AnchorMethod.FUZZY, best[2])
    return ORPHAN


def _occurrences(text: str, exact: str, hint: int) -> list[int]:
    """Start offsets of ``exact`` in ``text``, the nearest to ``hint`` first (at most a few)."""
    found: list[int] = []
    i = text.find(exact)
    while i >= 0:
        found.append(i)
        i = text.find(exact, i + 1)
    found.sort(key=lambda s: abs(s - hint))
    return found[:_MAX_CANDIDATES]


def _best(
    text: str,
    quote: TextQuoteSelector,
    hint: int,
    candidates: Iterable[tuple[int, int, int]],
    nearest_first: bool = False,
) -> tuple[int, int, int] | None:
    """The candidate ``(start, end, errors)`` whose quote and context agree best, if any agrees.

    With ``nearest_first`` (candidates ordered by distance from ``hint``) the search stops at
    the first candidate whose quote and context are exactly as stored: no later one can score
    higher, and re-anchoring a whole document after an edit no longer measures the context of
    every other occurrence of a short quote.
    """
    length = max(len(text), 1)
    best: tuple[int, int, int] | None = None
    best_score = -1.0
    for start, end, errors in candidates:
        ps, ss = _context_similarity(text, start, end, quote)
        if max(ps, ss) < CONTEXT_AGREEMENT:
            continue
        # Weights as in Hypothesis' quote matcher (quote, then context), except that the
        # distance from the old position only breaks ties: one differing character of a
        # 32-character context (20/32) outweighs it.
        score = (
            50 * (1 - errors / len(quote.exact))
            + 20 * ps
            + 20 * ss
            + 0.5 * (1 - abs(start - hint) / length)
        )
        if score > best_score:
            best, best_score = (start, end, errors), score
        if nearest_first and errors == 0 and ps == 1.0 and ss == 1.0:
            break
    return best


def _context_similarity(
    text: str, start: int, end: int, quote: TextQuoteSelector
) -> tuple[float, float]:
    """How similar the stored prefix and suffix are to the text beside ``[start, end)``.

    Each is compared with as much text as it holds: a context shorter than :data:`CONTEXT` was
    cut by the start or end of the text, which says nothing about what may come beside it now
    (text appended after a quote near the end must not make a look-alike's context agree
    better than the quote's own).
    """
    # (An empty context still compares with the whole neighbourhood: "nothing before it" is
    # only true at the start of the text.)
    before = text[max(0, start - (min(CONTEXT, len(quote.prefix)) or CONTEXT)) : start]
    after = text[end : end + (min(CONTEXT, len(quote.suffix)) or CONTEXT)]
    return similarity(quote.prefix, before), similarity(quote.suffix, after)


def similarity(a: str, b: str) -> float:
    """1 − normalised edit distance: 1.0 for equal strings (two empty strings are equal)."""
    if a == b:
        return 1.0
    return 1 - edit_distance(a, b) / max(len(a), len(b))


# --- Bit-parallel edit distance (Myers 1999; formulation of Hyyrö 2001) ----------------------
#
# Python integers are arbitrarily wide, so one integer holds a whole column of the dynamic
# programming matrix, whatever the pattern's length. Each text character costs a handful of
# integer operations instead of a loop over the pattern.


def _peq(pattern: str) -> dict[str, int]:
    masks: dict[str, int] = {}
    for i, ch in enumerate(pattern):
        masks[ch] = masks.get(ch, 0) | (1 << i)
    return masks


def _scores(pattern: str, text: Iterable[str], anchored: bool) -> list[int]:
    """Edit distances ``D[m][j]`` of ``pattern`` after each character ``j`` of ``text``.

    Anchored: the match must start at the first text character (``D[0][j] = j``), so the score
    is the distance between the pattern and the text read so far. Otherwise the match may start
    anywhere (``D[0][j] = 0``): the score is the best distance of a match ending there.
    """
    m = len(pattern)
    peq = _peq(pattern)
    mask = (1 << m) - 1
    last = 1 << (m - 1)
    carry = 1 if anchored else 0
    pv, mv, score = mask, 0, m
    out: list[int] = []
    for ch in text:
        eq = peq.get(ch, 0)
        xv = eq | mv
        xh = ((((eq & pv) + pv) & mask) ^ pv) | eq
        ph = mv | (~(xh | pv) & mask)
        mh = pv & xh
        if ph & last:
            score += 1
        elif mh & last:
            score -= 1
        ph = ((ph << 1) | carry) & mask
        mh = (mh << 1) & mask
        pv = mh | (~(xv | ph) & mask)
        mv = ph & xv
        out.append(score)
    return out


def edit_distance(a: str, b: str) -> int:
    """The Levenshtein distance between ``a`` and ``b``."""
    if not a or not b:
        return len(a) + len(b)
    if len(a) > len(b):
        a, b = b, a
    return _scores(a, b, anchored=True)[-1]


def fuzzy_matches(
    text: str, pattern: str, max_errors: int, lo: int = 0, hi: int | None = None
) -> list[tuple[int, int, int]]:
    """Passages of ``text[lo:hi]`` within ``max_errors`` edits of ``pattern``.

    Returns ``(start, end, errors)``, one per cluster of neighbouring match ends (its best).
    A pigeonhole filter first finds where a match can be at all: a passage with at most k
    errors contains one of k + 1 pieces of the pattern unchanged, so only the neighbourhoods of
    those pieces' exact occurrences are scanned.
    """
    hi = len(text) if hi is None else hi
    m = len(pattern)
    if m == 0 or max_errors >= m:
        return []
    pieces = max_errors + 1
    size = m // pieces
    regions: list[tuple[int, int]] = []
    for p in range(pieces):
        offset = p * size
        piece = pattern[offset : offset + size] if p < pieces - 1 else pattern[offset:]
        i = text.find(piece, lo, hi)
        while i >= 0:
            a = max(lo, i - offset - max_errors)
            b = min(hi, i - offset + m + max_errors)
            regions.append((a, b))
            if len(regions) > 4 * _MAX_CANDIDATES:
                regions = [(lo, hi)]  # too many hits to be worth filtering: scan it all
                break
            i = text.find(piece, i + 1, hi)
        if regions == [(lo, hi)]:
            break
    results: list[tuple[int, int, int]] = []
    for a, b in _merge(regions):
        results.extend(_scan(text, pattern, max_errors, a, b))
    return results


def _merge(regions: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for a, b in sorted(regions):
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], b))
        else:
            merged.append((a, b))
    return merged


def _scan(text: str, pattern: str, k: int, lo: int, hi: int) -> list[tuple[int, int, int]]:
    """Matches with at most ``k`` errors whose end lies in ``text[lo:hi]``."""
    scores = _scores(pattern, text[lo:hi], anchored=False)
    # Match ends come in runs around each real match; keep the best end of each run.
    ends: list[tuple[int, int]] = []
    run: tuple[int, int] | None = None
    for j, score in enumerate(scores):
        if score <= k:
            if run is None or score < run[1]:
                run = (lo + j + 1, score)
        elif run is not None:
            ends.append(run)
            run = None
    if run is not None:
        ends.append(run)
    out: list[tuple[int, int, int]] = []
    reversed_pattern = pattern[::-1]
    for end, errors in ends[:_MAX_CANDIDATES]:
        # The start: read backwards from the end, anchored there, for the same distance.
        first = max(lo, end - len(pattern) - k)
        back = _scores(reversed_pattern, text[first:end][::-1], anchored=True)
        # Every start giving the same distance is a candidate (e.g. two deleted characters or
        # two substituted ones): the context decides between them.
        out.extend((end - j - 1, end, errors) for j, s in enumerate(back) if s == errors)
    return out
