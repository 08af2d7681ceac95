"""The full-text index's tokenizer: FTS5's ``ascii`` given :func:`fold.fts_text`'s text gives the
tokens ``unicode61 remove_diacritics 2`` (index format 3) gave for the text itself."""

from __future__ import annotations

import re
import sqlite3

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.model.script import fts_chars
from reader.model.script.fold import (
    document_tokens,
    fold,
    fts_char,
    fts_expression,
    fts_text,
    index_text,
    query_terms,
    spaced,
    term_tokens,
    text_pairs,
)
from reader.model.script.pairs import PAIRS
from tests.model.script.strategies import text_of
from tests.scripts.load import load_script

UNICODE61 = "unicode61 remove_diacritics 2"


def _tokens(tokenize: str, texts: list[str]) -> list[list[str]]:
    """Each text's tokens in order, as an FTS5 table with ``tokenize`` stores them."""
    db = sqlite3.connect(":memory:")
    db.execute(f"CREATE VIRTUAL TABLE t USING fts5(x, tokenize='{tokenize}')")
    db.execute("CREATE VIRTUAL TABLE v USING fts5vocab(t, 'instance')")
    db.executemany("INSERT INTO t(rowid, x) VALUES (?, ?)", enumerate(texts, 1))
    found: list[list[str]] = [[] for _ in texts]
    for term, doc, _offset in db.execute("SELECT term, doc, offset FROM v ORDER BY doc, offset"):
        found[doc - 1].append(term)
    db.close()
    return found


def _old_index_tokens(text: str) -> str:
    """What index format 3 stored for a text (``fold.index_tokens`` before ``fts_text``)."""
    pairs = text_pairs(text)
    return spaced(fold(text)) + (" " + " ".join(sorted(pairs)) if pairs else "")


def test_the_table_is_what_the_running_sqlite_does() -> None:
    # Every code point of the Basic Multilingual Plane, and past it every one the table lists
    # and its neighbours: what unicode61 does with it is what fts_char hands the ascii tokenizer.
    # (The whole range takes seconds: `scripts/build_fts_chars.py` writes the same file.)
    build = load_script("build_fts_chars")
    listed = set(fts_chars.CHANGED) | set(fts_chars.SEPARATORS)
    codes = [c for c in build.code_points() if c < 0x10000]
    codes += sorted({c + d for c in listed if c >= 0x10000 for d in (-1, 0, 1)} - set(codes))
    codes += list(range(0x10000, 0x110000, 997))
    read = build.read_tokenizer(sorted(set(codes) & set(build.code_points())))
    for code, made in read.items():
        expected = " " if made is None else made
        assert fts_char(chr(code)) == expected, f"U+{code:04X}"


def test_ascii_is_left_as_it_is_and_the_pairs_too() -> None:
    ascii_text = "".join(chr(c) for c in range(128))
    assert fts_text(ascii_text) == ascii_text
    assert all(fts_text(pair) == pair for pair in PAIRS)
    assert fts_text("Café Ⓐ naïve\u0301 ŒUVRE，中") == "Cafe   naive œUVRE 中"


_MARKS = "".join(chr(c) for c in (0x300, 0x301, 0x305, 0x308, 0x3099, 0x309B, 0x30FB, 0x2E80))
_odd_text = st.text(
    alphabet=st.sampled_from(_MARKS + "aéZ_-·。，「」中國美国𠀀Ⓐ①ǅ𐐀 \n"), max_size=30
)
_any_text = st.text() | text_of() | _odd_text


# Each example fills two SQLite databases: one took 399 ms on the loaded shared machine.
@settings(deadline=None)
@given(st.lists(_any_text, min_size=1, max_size=6))
def test_the_index_gets_the_tokens_unicode61_gave_in_the_same_places(texts: list[str]) -> None:
    # Titles keep positions: the same tokens at the same offsets.
    old = _tokens(UNICODE61, [spaced(fold(t)) for t in texts])
    assert _tokens("ascii", [index_text(t) for t in texts]) == old
    assert _tokens("ascii", [fts_text(spaced(fold(t))) for t in texts]) == old


@settings(deadline=None)
@given(_any_text, _any_text)
def test_a_documents_words_are_the_tokens_unicode61_gave(title: str, text: str) -> None:
    old = _old_index_tokens(title) + "\n" + _old_index_tokens(text)
    assert _tokens("ascii", [document_tokens(title, text)]) == _tokens(UNICODE61, [old])
    # The title's index text handed over (as the records do) changes nothing.
    assert document_tokens(title, text, index_text(title)) == document_tokens(title, text)


@given(st.lists(_any_text, min_size=1, max_size=5), _any_text, st.data())
def test_queries_find_what_they_found_with_unicode61(
    texts: list[str], typed: str, data: st.DataObject
) -> None:
    # A query typed, or a piece of one of the texts: its phrase (titles) and its tokens (words)
    # match the same rows of a table of the old tokens with unicode61 as of the new with ascii.
    text = data.draw(st.sampled_from(texts))
    start = data.draw(st.integers(0, len(text)))
    piece = text[start : start + data.draw(st.integers(0, 6))]
    old_db = sqlite3.connect(":memory:")
    new_db = sqlite3.connect(":memory:")
    for db, tokenize in ((old_db, UNICODE61), (new_db, "ascii")):
        db.execute(f"CREATE VIRTUAL TABLE t USING fts5(x, tokenize='{tokenize}')")
        db.execute(f"CREATE VIRTUAL TABLE w USING fts5(x, detail=none, tokenize='{tokenize}')")
    for rowid, t in enumerate(texts, 1):
        old_db.execute("INSERT INTO t(rowid, x) VALUES (?, ?)", (rowid, spaced(fold(t))))
        old_db.execute("INSERT INTO w(rowid, x) VALUES (?, ?)", (rowid, _old_index_tokens(t)))
        new_db.execute("INSERT INTO t(rowid, x) VALUES (?, ?)", (rowid, index_text(t)))
        new_db.execute("INSERT INTO w(rowid, x) VALUES (?, ?)", (rowid, document_tokens("", t)))
    for query in (typed, piece):
        for term in query_terms(query):
            phrase = fts_expression([term])
            if phrase is None:
                continue
            old_phrase = '"' + " ".join(_python_tokens(term)) + '"'
            sql = "SELECT rowid FROM {} WHERE {} MATCH ? ORDER BY rowid"
            assert (
                new_db.execute(sql.format("t", "t"), (phrase,)).fetchall()
                == old_db.execute(sql.format("t", "t"), (old_phrase,)).fetchall()
            )
            tokens, _exact = term_tokens(term)
            new_words = " AND ".join(f'"{fts_text(t)}"' for t in tokens)
            old_words = " AND ".join(f'"{t}"' for t in tokens)
            assert (
                new_db.execute(sql.format("w", "w"), (new_words,)).fetchall()
                == old_db.execute(sql.format("w", "w"), (old_words,)).fetchall()
            )


def _python_tokens(term: str) -> list[str]:
    """The tokens index format 3 put in a term's phrase (``fold._fts_phrase`` then)."""
    return [t for t in re.split(r"[^\w]+", spaced(term)) if t]
