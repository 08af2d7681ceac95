"""Script folding for search: one canonical form for Traditional and Simplified text.

Folding maps every character to one canonical character (Traditional → Simplified by OpenCC's
character table, regional variants → the standard form, ASCII and full-width Latin → lower-case
ASCII). It maps one code point to exactly one code point, so an offset into a folded text is the
same offset into the original text: snippets and "open at the match" need no offset map.

For the full-text index the folded text is also *spaced*: every CJK character becomes a token of
its own (SQLite's ``unicode61`` tokenizer would otherwise treat a run of Han characters as one
word), so one- and two-character queries work as phrase queries.

Character folding cannot know regional phrasing (亞塞拜然 in Taiwan is 阿塞拜疆 on the mainland);
:func:`query_variants` adds those as alternatives of the *query* (OpenCC's phrase conversions),
which costs nothing at indexing time.
"""

from __future__ import annotations

import functools
import re

from reader.model.script.tables import read_data

#: Bump when folding or spacing changes: the index is rebuilt from the stored original texts.
FOLD_VERSION = 2

# Variant tables (variant → OpenCC standard Traditional) and the Traditional → Simplified one.
_VARIANT_FILES = ("TWVariantsRev.txt", "HKVariantsRev.txt")
_TS_FILE = "TSCharacters.txt"
_ST_FILE = "STCharacters.txt"

# Han (CJK unified ideographs and extensions, compatibility ideographs), kana and bopomofo:
# scripts written without spaces between words.
_CJK_RANGES = (
    (0x2E80, 0x2FDF),
    (0x3040, 0x31BF),
    (0x3400, 0x4DBF),
    (0x4E00, 0x9FFF),
    (0xF900, 0xFAFF),
    (0x20000, 0x3134F),
)
_CJK_CLASS = "".join(f"{chr(a)}-{chr(b)}" for a, b in _CJK_RANGES)
_CJK_RE = re.compile(f"([{_CJK_CLASS}])")
_SPACES_RE = re.compile(r"\s+")


def is_cjk(ch: str) -> bool:
    """Whether ``ch`` belongs to a script written without spaces (Han, kana, bopomofo)."""
    o = ord(ch)
    return any(a <= o <= b for a, b in _CJK_RANGES)


def _single_pairs(name: str) -> list[tuple[str, str]]:
    """(key, first candidate) for every one-character → one-character entry of a dictionary."""
    pairs: list[tuple[str, str]] = []
    text = read_data(name)
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        key, _, values = line.partition("\t")
        first = values.split(" ", 1)[0].strip()
        if len(key) == 1 and len(first) == 1 and key != first:
            pairs.append((key, first))
    return pairs


@functools.cache
def fold_table() -> dict[int, str]:
    """The character fold as a ``str.translate`` table (built once, ~10 ms).

    - regional variants to OpenCC's standard form (``TWVariantsRev``, ``HKVariantsRev``:
      裡 → 裏), then Traditional → Simplified (``TSCharacters``, first candidate): 裡 → 里;
    - a Simplified character whose usual Traditional form is not itself a Traditional-only
      character (着 → 著; 著 stays 著 in Simplified writing) folds together with that form;
    - full-width ASCII to ASCII and the ideographic space to a space.
    Letters are lower-cased by :func:`fold` itself.
    """
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


def _lower(ch: str) -> str:
    low = ch.lower()
    return low if len(low) == 1 else ch  # İ lowers to two code points: keep it


def fold(text: str) -> str:
    """The canonical form of ``text``: same length, one code point for one code point."""
    lowered = text.lower()
    if len(lowered) != len(text):
        lowered = "".join(_lower(ch) for ch in text)
    return lowered.translate(fold_table())


def spaced(folded: str) -> str:
    """Folded text as the index sees it: each CJK character a separate token."""
    return _CJK_RE.sub(r" \1 ", folded)


class _IndexTable(dict[int, "int | str"]):
    """``str.translate`` table folding and spacing in one pass, filled lazily per character.

    Four times faster than ``spaced(fold(text))`` (one pass, no regular expression), and it only
    holds the characters actually seen.
    """

    def __missing__(self, code: int) -> int | str:
        ch = _lower(chr(code))
        target = fold_table().get(ord(ch), ch)
        value: int | str = f" {target} " if is_cjk(target) else target
        self[code] = value
        return value


_INDEX_TABLE = _IndexTable()


def index_text(text: str) -> str:
    """What the full-text index stores for ``text``: ``spaced(fold(text))``."""
    return text.translate(_INDEX_TABLE)


def query_terms(query: str) -> list[str]:
    """The folded terms of a query: whitespace-separated words, quotes removed."""
    cleaned = fold(query).replace('"', " ")
    return [t for t in _SPACES_RE.split(cleaned) if t.strip()]


def _fts_phrase(term: str) -> str | None:
    tokens = [t for t in re.split(r"[^\w]+", spaced(term)) if t]
    if not tokens:
        return None
    return '"' + " ".join(tokens) + '"'


def fts_expression(terms: list[str]) -> str | None:
    """An FTS5 MATCH expression requiring every term (each term a phrase); None if empty."""
    phrases = [p for p in (_fts_phrase(t) for t in terms) if p]
    if not phrases:
        return None
    return " AND ".join(phrases)


def query_variants(query: str) -> list[list[str]]:
    """The folded term lists a query stands for: as typed, and with regional phrasing swapped.

    A Taiwan-phrased query (亞塞拜然) also looks for the mainland phrase (阿塞拜疆) and the
    reverse, through OpenCC's phrase conversions ``tw2sp`` and ``s2twp``; duplicates are dropped.
    """
    from reader.model.script.convert import converter

    variants: list[list[str]] = []
    texts = [query]
    if any(is_cjk(ch) for ch in query):
        for config in ("tw2sp", "s2twp"):
            texts.append(converter(config).convert(query))
    for text in texts:
        terms = query_terms(text)
        if terms and terms not in variants:
            variants.append(terms)
    return variants
