"""Build ``reader/model/script/fts_chars.py``: what SQLite's FTS5 tokenizer ``unicode61
remove_diacritics 2`` does with every code point outside ASCII, read from SQLite itself.

    .venv/bin/python scripts/build_fts_chars.py [--out FILE]

The library index's full-text tables use FTS5's ``ascii`` tokenizer, which splits only at ASCII
characters that are not letters or digits and keeps every other character as it is: storing a post
takes 43% fewer instructions than with ``unicode61``, which looks every character up. The index and
the queries therefore hand it text in which each character has already been made what
``unicode61`` made of it (:func:`reader.model.script.fold.fts_text`), so both tokenizers give
the same tokens. This script asks the running SQLite, one code point at a time (each between
two ``q``), whether ``unicode61`` splits there, drops the character (a combining mark), or keeps
it changed (a letter with its diacritics removed or case folded); it writes the separators as
ranges and the changes as a table. Same SQLite, same file: ``tests/model/script/
test_fts_chars.py`` compares the file with the running SQLite's tokenizer.
"""

from __future__ import annotations

import argparse
import sqlite3
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "reader" / "model" / "script" / "fts_chars.py"
UNICODE61 = "unicode61 remove_diacritics 2"


def code_points() -> list[int]:
    """Every code point above ASCII that SQLite can store (no surrogates)."""
    return [c for c in range(0x80, 0x110000) if not 0xD800 <= c <= 0xDFFF]


def read_tokenizer(codes: list[int], tokenize: str = UNICODE61) -> dict[int, str | None]:
    """For each code point, None where ``tokenize`` splits at it, else what it makes of it
    ('' when it drops it)."""
    db = sqlite3.connect(":memory:")
    db.execute(f"CREATE VIRTUAL TABLE t USING fts5(x, tokenize='{tokenize}')")
    db.execute("CREATE VIRTUAL TABLE v USING fts5vocab(t, 'instance')")
    db.execute("BEGIN")
    db.executemany("INSERT INTO t(rowid, x) VALUES (?, ?)", ((c, f"q{chr(c)}q") for c in codes))
    db.execute("COMMIT")
    tokens: dict[int, list[str]] = {}
    for term, doc in db.execute("SELECT term, doc FROM v"):
        tokens.setdefault(doc, []).append(term)
    db.close()
    result: dict[int, str | None] = {}
    for code in codes:
        found = tokens[code]
        if found in (["q", "q"], ["q"]):  # ["q"]: the same token twice, listed once
            result[code] = None
        elif len(found) == 1 and len(found[0]) >= 2 and found[0][0] == found[0][-1] == "q":
            result[code] = found[0][1:-1]
        else:
            raise ValueError(f"unexpected tokens for U+{code:04X}: {found}")
    return result


def ranges(codes: list[int]) -> list[tuple[int, int]]:
    """Sorted code points as (first, last) runs."""
    runs: list[tuple[int, int]] = []
    for code in codes:
        if runs and runs[-1][1] == code - 1:
            runs[-1] = (runs[-1][0], code)
        else:
            runs.append((code, code))
    return runs


def _lines(items: list[str], width: int = 99) -> str:
    """``items`` joined by commas, packed into indented lines of at most ``width``."""
    lines = ["    "]
    for item in items:
        if len(lines[-1]) + len(item) + 2 > width:
            lines[-1] = lines[-1].rstrip()
            lines.append("    ")
        lines[-1] += item + ", "
    return "\n".join(line.rstrip() for line in lines)


def render(read: dict[int, str | None]) -> str:
    """The module's source."""
    separators = ranges(sorted(c for c, v in read.items() if v is None))
    changed = {c: v for c, v in sorted(read.items()) if v is not None and v != chr(c)}
    return (
        '"""What SQLite\'s FTS5 tokenizer ``unicode61 remove_diacritics 2`` does with the code\n'
        f"points outside ASCII (SQLite {sqlite3.sqlite_version}). Written by\n"
        "``scripts/build_fts_chars.py``: do not edit. Read by\n"
        ":func:`reader.model.script.fold.fts_text`.\n"
        '"""\n\n'
        f'SQLITE_VERSION = "{sqlite3.sqlite_version}"\n\n'
        "# fmt: off\n"
        "#: Where the tokenizer splits: the first and last code point of each run, in order.\n"
        "SEPARATORS = (\n" + _lines([f"0x{a:X}, 0x{b:X}" for a, b in separators]) + "\n)\n\n"
        "#: What it makes of the code points it changes ('' where it drops one).\n"
        "CHANGED = {\n" + _lines([f"0x{c:X}: {v!a}" for c, v in changed.items()]) + "\n}\n"
        "# fmt: on\n"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    args.out.write_text(render(read_tokenizer(code_points())), encoding="utf-8")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
