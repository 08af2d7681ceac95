"""The real archive as a benchmark library, once or several times over.

``python -m benchmarks archive DEST [--copies 4] [--source TAR]`` unpacks the shared corpus's
real archive (63,225 posts, ``../shared/corpus/archive/waimei-archive.tar.xz``) into
``DEST/copy-1``; with ``--copies N`` it adds ``DEST/copy-2`` … ``DEST/copy-N``, each file the
original's bytes except that its ``title:`` gets `` #k`` and its source URL (``from:``,
``url:``, ``link:``) gets ``#copy-k``, so every title and URL is distinct (the way a researcher
who keeps several archives has them). Four copies are the 256,000-post library of issue 16.
Then: ``python -m benchmarks library DEST``.
"""

from __future__ import annotations

import argparse
import re
import shutil
import sys
import tarfile
import time
from pathlib import Path

DEFAULT_SOURCE = (
    Path(__file__).resolve().parents[2] / "shared" / "corpus" / "archive" / "waimei-archive.tar.xz"
)

_TITLE = re.compile(rb"^(title:[ \t]*)(.*?)([ \t]*)$", re.MULTILINE)
_URL = re.compile(rb"^((?:from|url|link):[ \t]*)(\S+)", re.MULTILINE)


def distinct(data: bytes, copy: int) -> bytes:
    """A post's bytes with its front matter's title and source URL made distinct for ``copy``."""
    if not data.startswith(b"---"):
        return data
    end = data.find(b"\n---", 3)
    if end < 0:
        return data
    head, body = data[:end], data[end:]

    def title(m: re.Match[bytes]) -> bytes:
        value = m.group(2)
        tag = f" #{copy}".encode()
        if len(value) >= 2 and value[:1] in b"\"'" and value[-1:] == value[:1]:
            value = value[:-1] + tag + value[-1:]
        else:
            value += tag
        return m.group(1) + value + m.group(3)

    head = _TITLE.sub(title, head, count=1)
    head = _URL.sub(lambda m: m.group(1) + m.group(2) + f"#copy-{copy}".encode(), head)
    return head + body


def _unpack(source: Path, dest: Path) -> int:
    dest.mkdir(parents=True, exist_ok=True)
    with tarfile.open(source, "r:xz") as tar:
        members = [m for m in tar.getmembers() if m.isfile()]
        # Regular files only, each under dest (the names are the archive's own, odd as they are).
        tar.extractall(dest, members=members, filter="data")
    return len(members)


def _copy(first: Path, dest: Path, copy: int) -> int:
    count = 0
    for path in first.rglob("*"):
        if not path.is_file():
            continue
        target = dest / path.relative_to(first)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(distinct(path.read_bytes(), copy))
        count += 1
    return count


def main(argv: list[str]) -> int:
    """Build the library."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks archive")
    parser.add_argument("dest", type=Path)
    parser.add_argument("--copies", type=int, default=1)
    parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE)
    args = parser.parse_args(argv)
    if not args.source.is_file():
        print(f"benchmarks: no archive at {args.source}", file=sys.stderr)
        return 1
    start = time.perf_counter()
    first = args.dest / "copy-1"
    if first.exists():
        shutil.rmtree(first)
    total = _unpack(args.source, first)
    for k in range(2, args.copies + 1):
        target = args.dest / f"copy-{k}"
        if target.exists():
            shutil.rmtree(target)
        total += _copy(first, target, k)
    print(f"{total:,} posts in {args.dest} ({time.perf_counter() - start:.0f} s)")
    return 0
