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

A :class:`LibraryIndex` wraps one SQLite connection and must be used on one thread at a time;
open one per thread, e.g. one for the indexer and one for the UI, or borrow one of the kept
read connections (:mod:`reader.model.library.connections`, the window's background queries).

The parts: :mod:`~reader.model.library.scan` finds the files, :mod:`~reader.model.library.records`
parses them into records (in a process pool when there are many),
:mod:`~reader.model.library.writer` stores them (an update, which only it imports), and
:mod:`~reader.model.library.listing` turns a list query into SQL and rows into list summaries.
"""

from __future__ import annotations

import sqlite3
import weakref
from collections.abc import Callable, Sequence
from pathlib import Path

from reader.model.library.packing import unpack_text
from reader.model.library.path_keys import path_hash, path_key
from reader.model.library.state import attach
from reader.model.script.fold import FOLD_VERSION

TYPE_CHECKING = False  # typing's, without importing typing at start-up (mypy reads it so)
if TYPE_CHECKING:
    from reader.model.library.listing import IndexedSummary, ListedIds, ListQuery
    from reader.model.library.progress import Progress as Progress  # re-exported, see below
    from reader.model.library.progress import UpdateStats as UpdateStats

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

PAGE_SIZE = 16384  # bytes, for a new file (see __init__)


class LibraryIndex:
    """The library database: updating it from folders, and reading lists and texts from it."""

    def __init__(
        self,
        db_path: Path,
        state_path: Path | None = None,
        *,
        read_only: bool = False,
        check_same_thread: bool = True,
    ) -> None:
        self.db_path = db_path
        self.created = False
        # The cursors execute() handed out, while lent (see track_cursors).
        self._cursors: list[weakref.ref[sqlite3.Cursor]] | None = None
        if read_only:
            from reader.model.storage import open_read_only

            self._db = open_read_only(db_path, timeout=30, check_same_thread=check_same_thread)
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
        self._db = sqlite3.connect(
            db_path, isolation_level=None, timeout=30, check_same_thread=check_same_thread
        )
        # A new file is written without waiting for the disk until its tables are made
        # (reader.model.storage.unsynced_while_new says why; its two lines are written here
        # because `reader search` opens the index without importing storage or logging).
        new = self._db.execute("PRAGMA page_count").fetchone()[0] == 0
        self.created = new  # whether this opening made the file
        self._db.execute("PRAGMA synchronous=OFF" if new else "PRAGMA synchronous=NORMAL")
        if new:
            # A new file: larger pages hold the packed texts with less waste (4% smaller), and
            # the pages an optimize frees can be given back (both only before the first table,
            # and the page size only before the log).
            self._db.execute(f"PRAGMA page_size={PAGE_SIZE}")
            self._db.execute("PRAGMA auto_vacuum=INCREMENTAL")
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA cache_size=-32000")
        # The log is emptied into the database at every checkpoint; past this size it is
        # also cut back (an optimize or a first index would otherwise leave it as large).
        self._db.execute("PRAGMA journal_size_limit=4194304")
        self._ensure_schema()
        if new:
            self._db.execute("PRAGMA synchronous=NORMAL")
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
        cannot (a file made now is closed without waiting for the disk)."""
        index = cls(db_path)
        if index.created:
            index._db.execute("PRAGMA synchronous=OFF")
        index.close()

    def limit_cache(self, kib: int) -> None:
        """Keep at most ``kib`` KiB of database pages in memory (a long-lived connection that
        only reads list rows: the default suits updates and searches, not a window's lifetime)."""
        self._db.execute(f"PRAGMA cache_size=-{max(0, int(kib))}")

    def close(self) -> None:
        """Close the connection."""
        self._db.close()

    def track_cursors(self) -> None:
        """Remember the cursors :meth:`execute` hands out from now on, for
        :meth:`close_cursors` (a kept connection, lent to one query after another)."""
        self._cursors = []

    def close_cursors(self) -> None:
        """Close every cursor :meth:`execute` handed out since :meth:`track_cursors` (or the
        last call) that is still open: one left unfinished (a generator left suspended, a
        cursor in an exception's traceback) would keep its read transaction open, the
        connection's next query seeing that old state and the log's checkpoint held back."""
        cursors, self._cursors = self._cursors, [] if self._cursors is not None else None
        for ref in cursors or ():
            cursor = ref()
            if cursor is not None:
                cursor.close()

    # ----- updating (reader.model.library.writer) -----
    def update(
        self,
        roots: Sequence[Path],
        progress: Callable[[Progress], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
        workers: int | None = None,
        batch: int = 300,
    ) -> UpdateStats:
        """Bring the index up to date with the files under ``roots`` (see
        :meth:`IndexWriter.update <reader.model.library.writer.IndexWriter.update>`)."""
        from reader.model.library.writer import IndexWriter

        return IndexWriter(self._db).update(roots, progress, cancelled, workers, batch)

    def optimize(self) -> None:
        """Merge the full-text tables and give freed pages back (see :class:`IndexWriter`)."""
        from reader.model.library.writer import IndexWriter

        IndexWriter(self._db).optimize()

    def forget_roots_except(self, roots: Sequence[Path]) -> int:
        """Remove documents of library folders no longer in ``roots``; returns how many."""
        from reader.model.library.writer import IndexWriter

        return IndexWriter(self._db).forget_roots_except(roots)

    # ----- reading -----
    def execute(self, sql: str, params: Sequence[object] = ()) -> sqlite3.Cursor:
        """Run a read query on this connection (used by :mod:`reader.model.library.search`)."""
        cursor = self._db.execute(sql, params)
        if self._cursors is not None:
            self._cursors.append(weakref.ref(cursor))
        return cursor

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
