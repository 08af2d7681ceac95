"""Writing the library index: an update from the folders, storing and deleting documents, and
the full-text tables' housekeeping (:class:`IndexWriter`, over a :class:`~reader.model.library.
index.LibraryIndex`'s connection, which opens the database and keeps its schema).

Only an update (the update process, ``reader index``) imports this: searching and listing read
the index without it.
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from reader.model.document.version import PARSER_VERSION
from reader.model.library.listing import TAG_SEP
from reader.model.library.packing import unpack_text
from reader.model.library.path_keys import path_hash, path_key
from reader.model.library.state import document_key
from reader.model.script.fold import FOLD_VERSION, document_tokens, index_text

TYPE_CHECKING = False  # typing's, without importing typing at start-up (mypy reads it so)
if TYPE_CHECKING:
    from reader.model.document.problems import Problem
    from reader.model.library.progress import Progress, UpdateStats
    from reader.model.library.records import Record

#: What a row was indexed with: changing the parser or folding re-indexes it.
CONTENT_VERSION = PARSER_VERSION * 1000 + FOLD_VERSION

FLUSH_SECONDS = 1.0  # while parsing, commit at least this often (seconds)
#: An update that indexed this many documents ends with :meth:`LibraryIndex.optimize` (~1 s for
#: 5,000 posts).
OPTIMIZE_AFTER = 1000
#: FTS5's automerge: the word index merges this many segments of a size into one, as it goes…
AUTOMERGE = 4  # (FTS5's default)
FIRST_INDEX_AUTOMERGE = 16  # …and this many while a first index is written


def own_key(key: str | bytes, source_url: str) -> str | None:
    """What ``documents.own_key`` holds for the document stored at path ``key`` (see
    :func:`path_key`): None when ``doc_key`` derives its read-mark key, else the key."""
    doc_key = document_key(key, source_url)
    if source_url:
        derived: str | None = "url:" + source_url
    else:  # a name that is not UTF-8 derives nothing
        derived = "path:" + key if isinstance(key, str) else None
    return None if doc_key == derived else doc_key


class IndexWriter:
    """What changes the index, on the connection of a :class:`LibraryIndex` (its
    ``update``, ``optimize`` and ``forget_roots_except`` come here)."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db
        self._empty = False  # whether the documents table was empty when the update began

    def update(
        self,
        roots: Sequence[Path],
        progress: Callable[[Progress], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
        workers: int | None = None,
        batch: int = 300,
    ) -> UpdateStats:
        """Bring the index up to date with the files under ``roots``.

        ``progress`` is called after every committed batch (and at the start); ``cancelled`` is
        polled between batches — what was committed stays. ``workers`` is the size of the
        parsing process pool (default: the number of CPUs; 1 parses in this process).
        """
        # The parsing pool is imported here: searching and listing need none of it.
        from reader.model.library.progress import Progress, UpdateStats
        from reader.model.library.records import parse_records
        from reader.model.library.scan import scan

        start = time.perf_counter()
        stats = UpdateStats()
        roots = [Path(os.path.abspath(r)) for r in roots]
        root_keys = [str(r) for r in roots]
        found = scan(roots)
        stats.problems = found.problems
        stats.folders = sorted(
            {f.path.parent for f in found.files} | {r for r in roots if r.is_dir()}
        )
        stats.scanned = len(found.files)
        existing: dict[str | bytes, tuple[int, int, int, int]] = {}
        marks = ",".join("?" * len(root_keys))
        for id_, path, size, mtime_ns, version in self._db.execute(
            f"SELECT id, path, size, mtime_ns, version FROM documents WHERE root IN ({marks})",
            root_keys,
        ):
            existing[path] = (id_, size, mtime_ns, version)
        self._empty = not existing and not self._db.execute("SELECT 1 FROM documents").fetchone()
        todo: list[tuple[str, int, int, Problem | None]] = []
        roots_of: dict[str, str] = {}
        seen: set[str | bytes] = set()
        for f in found.files:
            key = path_key(f.path)
            if key in seen:  # the same file under two roots
                continue
            seen.add(key)
            old = existing.get(key)
            if (
                f.error is None
                and old is not None
                and old[1:] == (f.size, f.mtime_ns, CONTENT_VERSION)
            ):
                stats.unchanged += 1
                continue
            todo.append((str(f.path), f.size, f.mtime_ns, f.error))
            roots_of[str(f.path)] = str(f.root)
        gone = [old[0] for key, old in existing.items() if key not in seen]
        if gone:
            self._db.execute("BEGIN")
            for id_ in gone:
                self._delete(id_)
            self._db.execute("COMMIT")
            stats.deleted = len(gone)
        total = len(todo)
        # A first index of many documents: the word index merges its segments less often as
        # they are written (a third less of the storing's work); the optimize at the end merges
        # them all in any case.
        lazy_merge = not existing and total >= OPTIMIZE_AFTER
        if lazy_merge:
            self._automerge(FIRST_INDEX_AUTOMERGE)
        if progress:
            progress(Progress(0, total, time.perf_counter() - start))
        done = 0
        pending: list[Record] = []
        last_flush = time.perf_counter()

        def flush() -> None:
            nonlocal done, last_flush
            self._db.execute("BEGIN")
            for record in pending:
                self._store(record, roots_of[record.path])
                stats.errors += record.error is not None
            self._db.execute("COMMIT")
            done += len(pending)
            stats.parsed += len(pending)
            pending.clear()
            last_flush = time.perf_counter()
            if progress:
                progress(Progress(done, total, time.perf_counter() - start))

        for record in parse_records(todo, workers, cancelled):
            pending.append(record)
            # Commit every ``batch`` documents, or every second when parsing is slow: the list
            # shows the first documents within a second or two of starting.
            if len(pending) >= batch or time.perf_counter() - last_flush >= FLUSH_SECONDS:
                flush()
                if cancelled and cancelled():
                    stats.cancelled = True
                    break
        if pending:
            flush()
        if lazy_merge:
            self._automerge(AUTOMERGE)
        if cancelled and cancelled() and done < total:
            stats.cancelled = True
        elif stats.parsed >= OPTIMIZE_AFTER:
            self.optimize()
        stats.seconds = time.perf_counter() - start
        return stats

    def _automerge(self, segments: int) -> None:
        """Merge the word index's segments once ``segments`` of a size are there (a setting
        kept in the index)."""
        self._db.execute("INSERT INTO words(words, rank) VALUES ('automerge', ?)", (segments,))

    def optimize(self) -> None:
        """Merge each full-text table into one segment (a fifth smaller than the segments a
        first index leaves) and give the freed pages back to the file system. (A VACUUM after a
        first index, writing the whole file anew, made it only 0.9% smaller, 185.3 → 183.7 MB,
        for 1.9 s at 63,225 posts.)"""
        for name in ("words", "titles"):
            self._db.execute(f"INSERT INTO {name}({name}) VALUES ('optimize')")
        # executescript: execute() would free only one page.
        self._db.executescript("PRAGMA incremental_vacuum")
        self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # busy readers: the next one

    def _delete(self, id_: int) -> None:
        row = self._db.execute(
            "SELECT d.title, t.text FROM documents d LEFT JOIN texts t ON t.id = d.id"
            " WHERE d.id = ?",
            (id_,),
        ).fetchone()
        if row is not None:
            self._unindex(id_, row[0], unpack_text(row[1]))
        self._db.execute("DELETE FROM documents WHERE id = ?", (id_,))
        self._db.execute("DELETE FROM texts WHERE id = ?", (id_,))
        self._db.execute("DELETE FROM doc_tags WHERE doc_id = ?", (id_,))

    def _store(self, r: Record, root: str) -> None:
        key = path_key(r.path)
        hashed = path_hash(key)
        # Into an empty index every path is new (an update stores each path once).
        row = (
            None
            if self._empty
            else self._db.execute(
                "SELECT id FROM documents WHERE path_hash = ? AND path = ?", (hashed, key)
            ).fetchone()
        )
        values = (
            root, r.size, r.mtime_ns, CONTENT_VERSION, r.title, r.date, r.author, r.source,
            r.source_url, TAG_SEP.join(r.tags), r.script, r.error, r.warnings,
            own_key(key, r.source_url),
        )  # fmt: skip
        if row is not None:
            id_ = int(row[0])
            old = self._db.execute(
                "SELECT d.title, t.text, d.version FROM documents d"
                " LEFT JOIN texts t ON t.id = d.id WHERE d.id = ?",
                (id_,),
            ).fetchone()
            if old[2] % 1000 == FOLD_VERSION:
                self._unindex(id_, old[0], unpack_text(old[1]))
            self._db.execute(
                "UPDATE documents SET root=?, size=?, mtime_ns=?, version=?, title=?, date=?,"
                " author=?, source=?, source_url=?, tags=?, script=?, error=?, warnings=?,"
                " own_key=? WHERE id = ?",
                (*values, id_),
            )
            self._db.execute("DELETE FROM doc_tags WHERE doc_id = ?", (id_,))
            self._db.execute("UPDATE texts SET text = ? WHERE id = ?", (r.packed, id_))
        else:
            cursor = self._db.execute(
                "INSERT INTO documents(path, path_hash, root, size, mtime_ns, version, title, date,"
                " author, source, source_url, tags, script, error, warnings, own_key)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (key, hashed, *values),
            )
            id_ = int(cursor.lastrowid or 0)
            self._db.execute("INSERT INTO texts(id, text) VALUES (?, ?)", (id_, r.packed))
        self._db.executemany(
            "INSERT INTO doc_tags(doc_id, tag) VALUES (?, ?)", [(id_, t) for t in set(r.tags)]
        )
        self._db.execute("INSERT INTO words(rowid, tokens) VALUES (?, ?)", (id_, r.fts_words))
        self._db.execute("INSERT INTO titles(rowid, title) VALUES (?, ?)", (id_, r.fts_title))

    def _unindex(self, id_: int, title: str, text: str) -> None:
        """Take a document out of the full-text tables (given what it was indexed with)."""
        self._db.execute(
            "INSERT INTO words(words, rowid, tokens) VALUES ('delete', ?, ?)",
            (id_, document_tokens(title, text)),
        )
        self._db.execute(
            "INSERT INTO titles(titles, rowid, title) VALUES ('delete', ?, ?)",
            (id_, index_text(title)),
        )

    def forget_roots_except(self, roots: Sequence[Path]) -> int:
        """Remove documents of library folders no longer in ``roots``; returns how many."""
        keep = [str(Path(os.path.abspath(r))) for r in roots]
        marks = ",".join("?" * len(keep)) or "''"
        ids = [
            r[0]
            for r in self._db.execute(f"SELECT id FROM documents WHERE root NOT IN ({marks})", keep)
        ]
        if ids:
            self._db.execute("BEGIN")
            for id_ in ids:
                self._delete(id_)
            self._db.execute("COMMIT")
        return len(ids)
