"""The library index: every document's metadata, clean text and a full-text index, in SQLite.

One database (WAL) in the data dir. ``documents`` holds what the list shows (never the body),
``texts`` the original clean text, packed (:mod:`reader.model.library.packing`), ``doc_tags``
the tags, and two contentless FTS5 tables of the script-folded, CJK-spaced text (see
:mod:`reader.model.script.fold`): ``words``, the title's and body's tokens without positions
(``detail=none``), which finds the candidates of a query, and ``titles``, the titles with
positions, which ranks the title matches. Both take FTS5's ``ascii`` tokenizer, their text
made beforehand what ``unicode61 remove_diacritics 2`` would make of it (``fold.fts_text``: the
same tokens, and storing a post takes 43% fewer instructions). Neither keeps a copy of the text:
a row is deleted by recomputing its indexed values from the stored original. Checking a
candidate against its text is :mod:`reader.model.library.search`'s part.

Updating is incremental: a file is parsed again only when its size, mtime or the parser/fold
version changed; files gone from disk are removed. Parsing runs in a process pool when there is
enough to do (bs4/lxml parsing is CPU bound and holds the GIL); results are committed in batches
so readers (the list) see documents appear while indexing runs.

A :class:`LibraryIndex` wraps one SQLite connection and must be used on one thread; open one per
thread (opening is cheap), e.g. one for the indexer and one for the UI.

The parts: :mod:`~reader.model.library.scan` finds the files, :mod:`~reader.model.library.records`
parses them into records (in a process pool when there are many), and
:mod:`~reader.model.library.listing` turns a list query into SQL and rows into list summaries.
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from reader.model.document.version import PARSER_VERSION
from reader.model.library.packing import unpack_text
from reader.model.library.path_keys import path_hash, path_key
from reader.model.library.state import attach, document_key
from reader.model.script.fold import FOLD_VERSION, document_tokens, index_text

TYPE_CHECKING = False  # typing's, without importing typing at start-up (mypy reads it so)
if TYPE_CHECKING:
    from reader.model.document.problems import Problem
    from reader.model.library.listing import IndexedSummary, ListedIds, ListQuery
    from reader.model.library.progress import Progress as Progress  # re-exported, see below
    from reader.model.library.progress import UpdateStats as UpdateStats
    from reader.model.library.records import Record

# ``reader search`` opens the index and runs queries only: the list's rows and queries
# (listing), the scan, an update's progress and the read-only fallback (storage, which logs)
# are imported by the methods that use them.


def __getattr__(name: str) -> object:
    """``Progress`` and ``UpdateStats``, re-exported from :mod:`.progress` when first asked
    for (its dataclasses are not made for a search)."""
    if name in ("Progress", "UpdateStats"):
        from reader.model.library import progress

        return getattr(progress, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


#: The index's own format; a database of another version is rebuilt from scratch.
SCHEMA_VERSION = 4
#: What a row was indexed with: changing the parser or folding re-indexes it.
CONTENT_VERSION = PARSER_VERSION * 1000 + FOLD_VERSION

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents (
    id INTEGER PRIMARY KEY,
    path ANY NOT NULL,                 -- TEXT, or BLOB for a name that is not valid UTF-8
    path_hash INTEGER NOT NULL,        -- scan.path_hash(path): what a path is found by
    root TEXT NOT NULL,
    size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    version INTEGER NOT NULL,
    title TEXT NOT NULL,
    date REAL,                         -- POSIX timestamp (UTC), NULL when unknown
    author TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT '',   -- author, else the host of the source URL
    source_url TEXT NOT NULL DEFAULT '',
    tags TEXT NOT NULL DEFAULT '',     -- joined by U+001F, for display
    script TEXT NOT NULL,
    error TEXT,
    warnings INTEGER NOT NULL DEFAULT 0,
    read INTEGER NOT NULL DEFAULT 0,   -- unused: read marks are the user's (state.sqlite3)
    own_key TEXT,                      -- doc_key, when it is not the one derived below
    -- state.document_key(): where its marks are stored. Nearly always 'url:' and the source
    -- URL as it is, else 'path:' and the path: derived, not stored (6 MB at 63,000 posts).
    doc_key TEXT GENERATED ALWAYS AS (coalesce(
        own_key, CASE WHEN source_url != '' THEN 'url:' || source_url ELSE 'path:' || path END
    )) VIRTUAL
);
DROP INDEX IF EXISTS documents_date;
DROP INDEX IF EXISTS documents_title;
DROP INDEX IF EXISTS documents_source;
DROP INDEX IF EXISTS documents_root;
CREATE INDEX IF NOT EXISTS documents_path ON documents(path_hash);
CREATE INDEX IF NOT EXISTS documents_root_date ON documents(root, date);
CREATE INDEX IF NOT EXISTS documents_root_title ON documents(root, title COLLATE NOCASE);
CREATE INDEX IF NOT EXISTS documents_root_source ON documents(root, source, date);
CREATE TABLE IF NOT EXISTS texts (id INTEGER PRIMARY KEY, text BLOB NOT NULL);  -- pack_text()
CREATE TABLE IF NOT EXISTS doc_tags (doc_id INTEGER NOT NULL, tag TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS doc_tags_tag ON doc_tags(tag, doc_id);
CREATE INDEX IF NOT EXISTS doc_tags_doc ON doc_tags(doc_id);
CREATE VIRTUAL TABLE IF NOT EXISTS words USING fts5(
    tokens, content='', detail=none, columnsize=0, tokenize='ascii'
);
CREATE VIRTUAL TABLE IF NOT EXISTS titles USING fts5(
    title, content='', tokenize='ascii'
);
"""

#: The full-text tables of this version and of earlier ones (dropped when the format changes).
_FTS_TABLES = ("fts", "words", "titles")

FLUSH_SECONDS = 1.0  # while parsing, commit at least this often (seconds)
#: An update that indexed this many documents ends with :meth:`LibraryIndex.optimize` (~1 s for
#: 5,000 posts).
OPTIMIZE_AFTER = 1000
PAGE_SIZE = 16384  # bytes, for a new file (see __init__)
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


class LibraryIndex:
    """The library database: updating it from folders, and reading lists and texts from it."""

    def __init__(
        self, db_path: Path, state_path: Path | None = None, *, read_only: bool = False
    ) -> None:
        self.db_path = db_path
        if read_only:
            from reader.model.storage import open_read_only

            self._db = open_read_only(db_path, timeout=30)
            if not self._current():
                self._db.close()
                raise sqlite3.DatabaseError(
                    "the library index was made by another version of the reader"
                    " and cannot be updated here"
                )
            attach(self._db, state_path)
            return
        db_path.parent.mkdir(parents=True, exist_ok=True)
        # isolation_level=None: transactions are explicit (BEGIN … COMMIT in batches).
        self._db = sqlite3.connect(db_path, isolation_level=None, timeout=30)
        if self._db.execute("PRAGMA page_count").fetchone()[0] == 0:
            # A new file: larger pages hold the packed texts with less waste (4% smaller), and
            # the pages an optimize frees can be given back (both only before the first table,
            # and the page size only before the log).
            self._db.execute(f"PRAGMA page_size={PAGE_SIZE}")
            self._db.execute("PRAGMA auto_vacuum=INCREMENTAL")
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.execute("PRAGMA cache_size=-32000")
        # The log is emptied into the database at every checkpoint; past this size it is
        # also cut back (an optimize or a first index would otherwise leave it as large).
        self._db.execute("PRAGMA journal_size_limit=4194304")
        self._ensure_schema()
        # The user's read marks and stars, read (never written) through this connection.
        attach(self._db, state_path)

    def _current(self) -> bool:
        """Whether the index is of this version."""
        db = self._db
        if not db.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='meta'"
        ).fetchone():
            return False
        current = dict(db.execute("SELECT key, value FROM meta").fetchall())
        newest_index = db.execute(
            "SELECT 1 FROM sqlite_master WHERE type='index' AND name='documents_path'"
        ).fetchone()
        return bool(
            current.get("schema") == str(SCHEMA_VERSION)
            and current.get("fold") == str(FOLD_VERSION)
            and newest_index
        )

    def _ensure_schema(self) -> None:
        db = self._db
        if self._current():
            # Up to date: open without writing (a reader must not wait for the indexer's
            # write transaction).
            return
        has_meta = db.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='meta'"
        ).fetchone()
        version = None
        if has_meta:
            row = db.execute("SELECT value FROM meta WHERE key='schema'").fetchone()
            version = row[0] if row else None
        if has_meta and version != str(SCHEMA_VERSION):
            # Another format: start again (the files are still there; only read flags are lost).
            for name in (*_FTS_TABLES, "doc_tags", "texts", "documents", "meta"):
                db.execute(f"DROP TABLE IF EXISTS {name}")
            # The file is empty now: give its pages back, and free pages from now on.
            db.execute("PRAGMA auto_vacuum=INCREMENTAL")
            db.execute("VACUUM")
        elif has_meta:
            row = db.execute("SELECT value FROM meta WHERE key='fold'").fetchone()
            if row is None or row[0] != str(FOLD_VERSION):
                # Folding changed: the old full-text index cannot be updated row by row. Every
                # row's version is then stale too, so the next update indexes it again.
                for name in _FTS_TABLES:
                    db.execute(f"DROP TABLE IF EXISTS {name}")
        db.executescript(_SCHEMA)
        db.executemany(
            "INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)",
            [("schema", str(SCHEMA_VERSION)), ("fold", str(FOLD_VERSION))],
        )

    @classmethod
    def check(cls, db_path: Path) -> None:
        """Open (creating or upgrading) the index at ``db_path`` and close it; raises if it
        cannot."""
        cls(db_path).close()

    def limit_cache(self, kib: int) -> None:
        """Keep at most ``kib`` KiB of database pages in memory (a long-lived connection that
        only reads list rows: the default suits updates and searches, not a window's lifetime)."""
        self._db.execute(f"PRAGMA cache_size=-{max(0, int(kib))}")

    def close(self) -> None:
        """Close the connection."""
        self._db.close()

    # ----- updating -----
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
        from reader.model.library.listing import TAG_SEP

        key = path_key(r.path)
        hashed = path_hash(key)
        row = self._db.execute(
            "SELECT id FROM documents WHERE path_hash = ? AND path = ?", (hashed, key)
        ).fetchone()
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

    # ----- reading -----
    def execute(self, sql: str, params: Sequence[object] = ()) -> sqlite3.Cursor:
        """Run a read query on this connection (used by :mod:`reader.model.library.search`)."""
        return self._db.execute(sql, params)

    def roots(self) -> list[str]:
        """The library folders that have documents in the index (a few index seeks each)."""
        found: list[str] = []
        row = self._db.execute("SELECT min(root) FROM documents").fetchone()
        while row is not None and row[0] is not None:
            found.append(str(row[0]))
            row = self._db.execute(
                "SELECT min(root) FROM documents WHERE root > ?", (row[0],)
            ).fetchone()
        return found

    def total(self, roots: Sequence[str] | None = None) -> int:
        """How many documents are indexed (under ``roots``)."""
        from reader.model.library.listing import ListQuery

        where, params = ListQuery(roots=tuple(roots) if roots is not None else None).where()
        return int(
            self._db.execute(f"SELECT count(*) FROM documents WHERE {where}", params).fetchone()[0]
        )

    def count(self, query: ListQuery) -> int:
        """How many documents ``query`` shows."""
        where, params = query.where()
        return int(
            self._db.execute(f"SELECT count(*) FROM documents WHERE {where}", params).fetchone()[0]
        )

    def keys(self, query: ListQuery) -> list[str]:
        """The read-mark keys of the documents ``query`` shows."""
        where, params = query.where()
        return [str(r[0]) for r in self._db.execute(
            f"SELECT doc_key FROM documents WHERE {where}", params
        )]  # fmt: skip

    def list_ids(self, query: ListQuery) -> list[int]:
        """The ids of the documents ``query`` shows, in its order (cheap: no text is read)."""
        return self.listed_ids(query).tolist()

    def listed_ids(self, query: ListQuery) -> ListedIds:
        """:meth:`list_ids` compactly (what the window keeps)."""
        from reader.model.library.listing import ListedIds

        return ListedIds.read(self._db, query)

    def summaries(self, ids: Sequence[int]) -> dict[int, IndexedSummary]:
        """List rows by id (ids that are gone are missing from the result)."""
        from reader.model.library.listing import SUMMARY_COLUMNS, summary_from_row

        result: dict[int, IndexedSummary] = {}
        for start in range(0, len(ids), 500):
            chunk = list(ids[start : start + 500])
            marks = ",".join("?" * len(chunk))
            for row in self._db.execute(
                f"SELECT {SUMMARY_COLUMNS} FROM documents WHERE id IN ({marks})", chunk
            ):
                summary = summary_from_row(row)
                result[summary.id] = summary
        return result

    def summary_of(self, path: Path) -> IndexedSummary | None:
        """The list row of the document at ``path``."""
        from reader.model.library.listing import SUMMARY_COLUMNS, summary_from_row

        key = path_key(path)
        row = self._db.execute(
            f"SELECT {SUMMARY_COLUMNS} FROM documents WHERE path_hash = ? AND path = ?",
            (path_hash(key), key),
        ).fetchone()
        return summary_from_row(row) if row else None

    def text(self, id_: int) -> str:
        """The original clean text of a document ('' if unknown)."""
        row = self._db.execute("SELECT text FROM texts WHERE id = ?", (id_,)).fetchone()
        return unpack_text(row[0]) if row else ""

    def sources(self, roots: Sequence[str] | None = None) -> list[tuple[str, int]]:
        """Every source with its number of documents, most frequent first."""
        from reader.model.library.listing import ListQuery

        where, params = ListQuery(roots=tuple(roots) if roots is not None else None).where()
        return [
            (str(s), int(n))
            for s, n in self._db.execute(
                f"SELECT source, count(*) AS n FROM documents WHERE {where} AND source != ''"
                " GROUP BY source ORDER BY n DESC, source",
                params,
            )
        ]

    def tags(self, roots: Sequence[str] | None = None) -> list[tuple[str, int]]:
        """Every tag with its number of documents, most frequent first."""
        from reader.model.library.listing import ListQuery

        where, params = ListQuery(roots=tuple(roots) if roots is not None else None).where()
        return [
            (str(t), int(n))
            for t, n in self._db.execute(
                "SELECT tag, count(*) AS n FROM doc_tags WHERE doc_id IN"
                f" (SELECT id FROM documents WHERE {where}) GROUP BY tag ORDER BY n DESC, tag",
                params,
            )
        ]
