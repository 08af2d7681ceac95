"""The library subcommands: ``reader index DIR…`` and ``reader search QUERY …``. No Qt here."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from reader.cli.errors import CliError
from reader.cli.output import json_text, raw_stream

TYPE_CHECKING = False  # typing's, without importing typing at start-up (mypy reads it so)
if TYPE_CHECKING:
    from typing import TextIO

    from reader.model.library.index import LibraryIndex, Progress, UpdateStats

# The index, search and rendering modules (and sqlite3, the data folder's platformdirs) are
# imported by the subcommands that use them: every other subcommand (``reader convert``,
# ``--version``) starts without them.

MAX_LIMIT = 10_000_000  # SQLite takes 64-bit integers; no library is near this
#: A search reads the index through a memory map of the file (SQLite's ``mmap_size``; pages
#: read in place instead of copied into the connection's cache, the log still read as it
#: is): ~20 ms of the 35 ms of 美国 at 63,000 posts, 1–3 ms of a rarer word. Address space only.
SEARCH_MMAP_BYTES = 1 << 30


def add_parsers(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add ``index`` and ``search`` to the subcommand parser."""
    index = sub.add_parser("index", help="build or update the library index (progress on stderr)")
    index.add_argument("folders", nargs="+", type=Path)
    index.add_argument("--workers", type=int, default=None, help="parsing processes")
    find = sub.add_parser("search", help="script-agnostic full-text search of the library")
    find.add_argument("query")
    find.add_argument("--library", type=Path, help="search (and first update) this folder only")
    find.add_argument("--json", action="store_true", help="one JSON object per result per line")
    find.add_argument("--limit", type=int, default=20)


def index_path(args: argparse.Namespace) -> Path:
    """The library database in the data dir."""
    from reader.model.paths import DataFiles, data_dir

    return DataFiles(data_dir(args.data_dir)).library


def _progress_printer(err: TextIO) -> tuple[object, list[float]]:
    import time

    last = [0.0]

    def report(p: Progress) -> None:
        now = time.monotonic()
        if p.done == p.total or now - last[0] >= 0.5:
            last[0] = now
            err.write(f"\rindexed {p.done}/{p.total} ({p.rate:.0f}/s)")
            err.flush()

    return report, last


def _update(index: LibraryIndex, folders: list[Path], workers: int | None) -> UpdateStats:
    missing = [f for f in folders if not f.exists()]
    if missing:
        raise CliError(f"reader: no such file or folder: {missing[0]}")
    report, _ = _progress_printer(raw_stream(sys.stderr))  # numbers and its own "\r" only
    stats = index.update(folders, progress=report, workers=workers)  # type: ignore[arg-type]
    if stats.parsed:
        sys.stderr.write("\n")
    return stats


def run_index(args: argparse.Namespace, out: TextIO) -> int:
    """``reader index DIR…``."""
    if args.workers is not None and args.workers < 1:
        raise CliError("reader index: --workers must be at least 1")
    index = open_index(args)
    try:
        stats = _update(index, list(args.folders), args.workers)
        for path, reason in stats.problems:
            print(f"reader: {path}: {reason}", file=sys.stderr)
        print(
            f"{stats.scanned} documents: {stats.parsed} indexed, {stats.unchanged} unchanged,"
            f" {stats.deleted} removed, {stats.errors} unreadable ({stats.seconds:.1f} s)",
            file=sys.stderr,
        )
    finally:
        index.close()
    return 0


def open_index(args: argparse.Namespace, writable: bool = True) -> LibraryIndex:
    """The library index of the data folder, repaired if damaged; read-only if it must be.

    The index is derived: for indexing, a damaged one is moved aside (kept) and made anew, as
    the window does. Searching writes nothing: a read-only data folder can still be searched,
    and a damaged index is only reported.
    """
    import sqlite3

    from reader.model.library.index import LibraryIndex

    path = index_path(args)
    try:
        return LibraryIndex(path)
    except sqlite3.OperationalError:
        if writable or not path.is_file():
            raise
        return LibraryIndex(path, read_only=True)
    except sqlite3.DatabaseError as exc:
        if not writable:
            raise CliError(
                f"reader: the library index {path} is damaged ({exc});"
                " `reader index DIR` makes it anew"
            ) from None
        from reader.model.storage import usable_database

        found = usable_database(path, LibraryIndex.check, temp_dir=path.parent)
        if found.damaged_copy is None:
            raise
        print(
            f"reader: the library index was damaged; it was moved to {found.damaged_copy}"
            " and is made anew",
            file=sys.stderr,
        )
        return LibraryIndex(found.path)


def _unless_empty(index: LibraryIndex, roots: tuple[str, ...] | None) -> None:
    """Say so when the whole library (no ``--library``) is empty: asked only when a search
    found nothing or could not run, since counting the documents costs ~10 ms at 60,000."""
    if roots is None and index.total() == 0:
        raise CliError("reader search: the library is empty; run `reader index DIR` first")


def run_search(args: argparse.Namespace, out: TextIO) -> int:
    """``reader search QUERY [--library DIR] [--json] [--limit N]``."""
    from reader.model.article.dates import format_date
    from reader.model.library.search import QueryError, search

    if args.limit < 1:
        raise CliError("reader search: --limit must be at least 1")
    if args.limit > MAX_LIMIT:
        raise CliError(f"reader search: --limit can be at most {MAX_LIMIT:,}")
    index = open_index(args, writable=args.library is not None)
    try:
        roots: tuple[str, ...] | None = None
        if args.library is not None:
            _update(index, [args.library], None)
            roots = (str(args.library.resolve()),)
        index.execute(f"PRAGMA mmap_size={SEARCH_MMAP_BYTES}").fetchall()
        try:
            hits = search(index, args.query, limit=args.limit, roots=roots)
        except QueryError as exc:
            _unless_empty(index, roots)
            raise CliError(f"reader search: {exc}") from exc
        if not hits:
            _unless_empty(index, roots)
    finally:
        index.close()
    for hit in hits:
        if args.json:
            out.write(json_text(hit.to_json()) + "\n")
        else:
            meta = " · ".join(p for p in (format_date(hit.date), hit.source) if p)
            snippet = hit.snippet_text.replace("\n", " ")
            shown = str(hit.path).replace("\n", "\\n")
            out.write(f"{hit.title}\n  {shown}\n  {meta}\n  {snippet}\n\n")
    if not hits and not args.json:
        print("no results", file=sys.stderr)
    return 0
