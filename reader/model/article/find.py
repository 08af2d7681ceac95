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
:class:`~reader.model.script.mapped.DisplayText`.

The fold is the library search's own (:mod:`reader.model.script.fold`): what finds a document in the
library finds the words in it.
"""

from __future__ import annotations

from dataclasses import dataclass

from reader.model.script.fold import fold
from reader.model.script.mapped import DisplayText


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
