"""Parse every file of some folders with an older revision's parser and with this checkout's,
and report every document that differs (blocks, spans, links, images, title, text, warnings…).

``python scripts/compare_parsers.py [--old REV] [--show N] DIR…`` (REV defaults to ``main``).
The older parser is taken from git (``git archive REV reader``) into a temporary folder and
run in a child process beside one running this checkout's; each prints, for every file, a
digest of the whole parsed document, and the digests are compared. For the first N files that
differ, both documents are printed block by block where they part. Exit status 1 when any
document differs.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import os
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _files(dirs: list[str]) -> list[str]:
    out: list[str] = []
    for folder in dirs:
        for dirpath, _dirs, names in os.walk(os.path.abspath(folder)):
            out.extend(os.path.join(dirpath, n) for n in names)
    return sorted(p for p in out if os.path.isfile(p) and not os.path.islink(p))


def _describe(path: str) -> list[str]:
    """The parsed document of ``path`` as lines of text, one per field and block."""
    from reader.model.document.parser import parse_file

    doc = parse_file(Path(path))
    lines = [
        f"{name}={getattr(doc, name)!r}"
        for name in ("title", "date", "date_source", "author", "source_url", "tags", "script",
                     "warnings", "error", "encoding", "problem")
    ]  # fmt: skip
    lines.extend(f"block {i}: {block!r}" for i, block in enumerate(doc.blocks))
    lines.append(f"text={doc.text!r}")
    return lines


def _dump(list_file: str) -> None:
    """Child process: one digest line per file named in ``list_file`` (NUL-separated)."""
    with open(list_file, encoding="utf-8", errors="surrogateescape") as names:
        paths = names.read().split("\0")  # names may hold line breaks
    out = sys.stdout
    for path in paths:
        try:
            text = "\n".join(_describe(path))
        except Exception as exc:  # noqa: BLE001 - a crash is a difference worth seeing
            text = f"crash {type(exc).__name__}: {exc}"
        digest = hashlib.sha1(text.encode("utf-8", "surrogateescape")).hexdigest()
        out.write(f"{digest}\n")
    out.flush()


def _show(path: str) -> None:
    """Child process: print the description of one file."""
    sys.stdout.write("\n".join(_describe(path)) + "\n")


def _old_tree(rev: str, into: str) -> None:
    archive = subprocess.run(
        ["git", "archive", rev, "reader"], cwd=ROOT, check=True, capture_output=True
    ).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(into, filter="data")


def _child(tree: str, *args: str) -> subprocess.Popen[str]:
    env = dict(os.environ, PYTHONPATH=tree, PYTHONSAFEPATH="1")
    return subprocess.Popen(
        [sys.executable, __file__, *args],
        env=env,
        stdout=subprocess.PIPE,
        text=True,
        errors="surrogateescape",
        cwd=tree,
    )


def _first_difference(old: list[str], new: list[str]) -> str:
    for a, b in zip(old, new, strict=False):
        if a != b:
            return f"  old: {a[:600]}\n  new: {b[:600]}"
    return f"  old has {len(old)} lines, new {len(new)}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("dirs", nargs="*")
    parser.add_argument("--old", default="main")
    parser.add_argument("--show", type=int, default=20)
    parser.add_argument("--dump", help=argparse.SUPPRESS)
    parser.add_argument("--describe", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.dump:
        _dump(args.dump)
        return 0
    if args.describe:
        _show(args.describe)
        return 0
    files = _files(args.dirs)
    with tempfile.TemporaryDirectory() as tmp:
        old_tree = os.path.join(tmp, "old")
        _old_tree(args.old, old_tree)
        list_file = os.path.join(tmp, "files.txt")
        with open(list_file, "w", encoding="utf-8", errors="surrogateescape") as out:
            out.write("\0".join(files))
        old_run = _child(old_tree, "--dump", list_file)
        new_run = _child(str(ROOT), "--dump", list_file)
        old_digests = old_run.communicate()[0].splitlines()
        new_digests = new_run.communicate()[0].splitlines()
        if old_run.returncode or new_run.returncode:
            print("a parsing process failed")
            return 2
        differing = [f for f, a, b in zip(files, old_digests, new_digests, strict=True) if a != b]
        print(f"{len(files)} files, {len(differing)} parsed differently (old: {args.old})")
        for path in differing[: args.show]:
            old_lines = _child(old_tree, "--describe", path).communicate()[0].splitlines()
            new_lines = _child(str(ROOT), "--describe", path).communicate()[0].splitlines()
            print(f"{path}\n{_first_difference(old_lines, new_lines)}")
    return 1 if differing else 0


if __name__ == "__main__":
    sys.exit(main())
