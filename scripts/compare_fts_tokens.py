"""Check that index format 4's tokenizer gives format 3's tokens for every document of an index.

    .venv/bin/python scripts/compare_fts_tokens.py LIBRARY.sqlite3 [--query Q …]

For every document of the index (its title and stored text), what format 3 stored (the spaced,
folded text, tokenized by ``unicode61 remove_diacritics 2``) and what format 4 stores
(``fold.document_tokens`` and ``fold.index_text``, which pass through ``fold.fts_text``,
tokenized by ``ascii``) go into two scratch databases; their full-text tables are then compared
entry by entry (``fts5vocab``: every token and document of the word table, and every token,
document and position of the title table). The queries (default: the library benchmark's 50)
are compared the same way: the tokens of each phrase and word the search hands FTS5.
Prints the counts and any difference; exits 1 on a difference.
"""

from __future__ import annotations

import argparse
import re
import sqlite3
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.library import QUERIES  # noqa: E402
from reader.model.library.packing import unpack_text  # noqa: E402
from reader.model.script.fold import (  # noqa: E402
    document_tokens,
    fold,
    fts_expression,
    fts_text,
    index_text,
    query_variants,
    spaced,
    term_tokens,
    text_pairs,
)

UNICODE61 = "unicode61 remove_diacritics 2"


def old_tokens(text: str) -> str:
    """What format 3 stored in the word table for a text."""
    pairs = text_pairs(text)
    return spaced(fold(text)) + (" " + " ".join(sorted(pairs)) if pairs else "")


def scratch(path: Path, tokenize: str) -> sqlite3.Connection:
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA journal_mode=OFF")
    db.execute("PRAGMA synchronous=OFF")
    db.execute(
        "CREATE VIRTUAL TABLE words USING fts5(tokens, content='', detail=none, columnsize=0,"
        f" tokenize='{tokenize}')"
    )
    db.execute(f"CREATE VIRTUAL TABLE titles USING fts5(title, content='', tokenize='{tokenize}')")
    db.execute("CREATE VIRTUAL TABLE words_v USING fts5vocab(words, 'instance')")
    db.execute("CREATE VIRTUAL TABLE titles_v USING fts5vocab(titles, 'instance')")
    db.execute("CREATE TABLE queries (id INTEGER PRIMARY KEY, text TEXT)")
    db.execute("CREATE VIRTUAL TABLE q USING fts5(x, tokenize='" + tokenize + "')")
    db.execute("CREATE VIRTUAL TABLE q_v USING fts5vocab(q, 'instance')")
    return db


def rows(db: sqlite3.Connection, sql: str) -> Iterator[tuple[object, ...]]:
    yield from db.execute(sql)


def compare(name: str, old: Iterator[tuple[object, ...]], new: Iterator[tuple[object, ...]]) -> int:
    """Entries compared; raises on the first difference."""
    n = 0
    sentinel = ("<end>",)
    while True:
        a = next(old, sentinel)
        b = next(new, sentinel)
        if a != b:
            raise SystemExit(f"{name}: entry {n} differs: format 3 {a!r}, format 4 {b!r}")
        if a == sentinel:
            return n
        n += 1


def query_texts(queries: list[str]) -> tuple[list[str], list[str]]:
    """The phrase and word texts the search gives FTS5 for the queries: format 3's, format 4's."""
    old: list[str] = []
    new: list[str] = []
    for query in queries:
        for terms in query_variants(query):
            for term in terms:
                phrase = fts_expression([term])
                if phrase is None:
                    continue
                tokens = [t for t in re.split(r"[^\w]+", spaced(term)) if t]
                old.append(" ".join(tokens))
                new.append(phrase[1:-1])
                words, _exact = term_tokens(term)
                old.extend(words)
                new.extend(fts_text(w) for w in words)
    return old, new


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("index", type=Path)
    parser.add_argument("--query", action="append", help="a query to compare (default: 50)")
    args = parser.parse_args()
    source = sqlite3.connect(f"file:{args.index}?mode=ro", uri=True)
    with tempfile.TemporaryDirectory() as temp:
        old = scratch(Path(temp) / "old.sqlite3", UNICODE61)
        new = scratch(Path(temp) / "new.sqlite3", "ascii")
        old.execute("BEGIN")
        new.execute("BEGIN")
        documents = 0
        for id_, title, packed in source.execute(
            "SELECT d.id, d.title, t.text FROM documents d JOIN texts t ON t.id = d.id"
        ):
            text = unpack_text(packed)
            row = (id_, old_tokens(title) + "\n" + old_tokens(text))
            old.execute("INSERT INTO words(rowid, tokens) VALUES (?, ?)", row)
            old.execute(
                "INSERT INTO titles(rowid, title) VALUES (?, ?)", (id_, spaced(fold(title)))
            )
            row = (id_, document_tokens(title, text))
            new.execute("INSERT INTO words(rowid, tokens) VALUES (?, ?)", row)
            new.execute("INSERT INTO titles(rowid, title) VALUES (?, ?)", (id_, index_text(title)))
            documents += 1
        old_q, new_q = query_texts(args.query or QUERIES)
        old.executemany("INSERT INTO q(rowid, x) VALUES (?, ?)", enumerate(old_q, 1))
        new.executemany("INSERT INTO q(rowid, x) VALUES (?, ?)", enumerate(new_q, 1))
        old.execute("COMMIT")
        new.execute("COMMIT")
        distinct = old.execute("SELECT count(DISTINCT term) FROM words_v").fetchone()[0]
        words = compare(
            "words",
            rows(old, "SELECT term, doc FROM words_v"),
            rows(new, "SELECT term, doc FROM words_v"),
        )
        titles = compare(
            "titles",
            rows(old, "SELECT term, doc, col, offset FROM titles_v"),
            rows(new, "SELECT term, doc, col, offset FROM titles_v"),
        )
        queries = compare(
            "queries",
            rows(old, "SELECT term, doc, offset FROM q_v ORDER BY doc, offset"),
            rows(new, "SELECT term, doc, offset FROM q_v ORDER BY doc, offset"),
        )
    print(
        f"{documents:,} documents, {distinct:,} distinct tokens: the same {words:,} entries of"
        f" the word table, {titles:,} of the title table (tokens and positions) and"
        f" {queries:,} query tokens ({len(old_q)} phrases and words) in formats 3 and 4"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
