"""Read marks and stars: the user's own data, in ``state.sqlite3`` beside the annotations.

The library index (``library.sqlite3``) is derived and safe to delete; what the user marks
(read, unread, starred) must survive that, so it is kept here, keyed by what identifies a
document the way the annotations do (:mod:`reader.model.document.identity`): its normalised
source URL when it has one (the post is the same post after a move or a re-download), else its
absolute path. :func:`document_key` computes the key; the index has it for each document
(``documents.doc_key``, derived from the source URL or path, stored where it differs) so the list
can filter by it in SQL, through the ``user_state`` schema that :func:`attach` attaches to an
index connection.

Every change is its own transaction, committed with ``synchronous=FULL`` as annotations are.
"""

from __future__ import annotations

import os
import sqlite3
import threading
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from reader.model.document.identity import normalise_url
from reader.model.paths import DataFiles

SCHEMA = "user_state"
"""The name the state database is attached under in an index connection."""

_TABLE = """
CREATE TABLE IF NOT EXISTS {schema}marks (
    key TEXT PRIMARY KEY,                -- document_key(): 'url:…' or 'path:…'
    read INTEGER NOT NULL DEFAULT 0,
    starred INTEGER NOT NULL DEFAULT 0,
    changed REAL NOT NULL                -- when the user last changed it (POSIX time)
) WITHOUT ROWID
"""


def document_key(path: Path | str | bytes, source_url: str) -> str:
    """What a document's read mark and star are stored under: its source URL, else its path."""
    url = normalise_url(source_url)
    if url:
        return "url:" + url
    raw = os.fsencode(path) if not isinstance(path, bytes) else path
    # A name that is not valid UTF-8 keeps its bytes visibly escaped (SQLite text is UTF-8).
    return "path:" + os.path.abspath(raw).decode("utf-8", "backslashreplace")


@dataclass(frozen=True, slots=True)
class Mark:
    """A document's read state and star."""

    read: bool = False
    starred: bool = False


def attach(db: sqlite3.Connection, state_path: Path | None) -> None:
    """Attach the state database to an index connection as :data:`SCHEMA` (read there only).

    A missing database (nothing marked yet, or no state at all) is an empty in-memory one, so
    the queries that use it need not care.
    """
    if state_path is not None and state_path.exists():
        db.execute(f"ATTACH DATABASE ? AS {SCHEMA}", (str(state_path),))
        if db.execute(
            f"SELECT 1 FROM {SCHEMA}.sqlite_master WHERE type='table' AND name='marks'"
        ).fetchone():
            return
        db.execute(f"DETACH DATABASE {SCHEMA}")
    db.execute(f"ATTACH DATABASE ':memory:' AS {SCHEMA}")
    db.execute(_TABLE.format(schema=f"{SCHEMA}."))


class ReadingState:
    """The read marks and stars of one data folder. Thread-safe; every change is committed."""

    def __init__(self, db_path: Path) -> None:
        db_path.parent.mkdir(parents=True, exist_ok=True)
        self.path = db_path
        #: Made just now (nothing was marked in this data folder before).
        self.created = not db_path.exists()
        self._lock = threading.RLock()
        self._db = sqlite3.connect(db_path, check_same_thread=False, isolation_level=None)
        try:
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=FULL")
            self._db.execute("PRAGMA busy_timeout=5000")
            self._db.execute(_TABLE.format(schema=""))
        except sqlite3.Error:
            self._db.close()
            raise

    @staticmethod
    def default_path(data_dir: Path) -> Path:
        """Where the state of the data folder ``data_dir`` lives."""
        return DataFiles(data_dir).state

    def close(self) -> None:
        """Close the connection."""
        with self._lock:
            self._db.close()

    def marks(self, keys: Iterable[str]) -> dict[str, Mark]:
        """The marks of these documents (documents never marked are left out)."""
        wanted = list(dict.fromkeys(keys))
        found: dict[str, Mark] = {}
        with self._lock:
            for start in range(0, len(wanted), 500):
                chunk = wanted[start : start + 500]
                marks = ",".join("?" * len(chunk))
                for key, read, starred in self._db.execute(
                    f"SELECT key, read, starred FROM marks WHERE key IN ({marks})", chunk
                ):
                    found[str(key)] = Mark(bool(read), bool(starred))
        return found

    def mark(self, key: str) -> Mark:
        """The mark of one document."""
        return self.marks([key]).get(key, Mark())

    def set_read(self, keys: Sequence[str], read: bool = True) -> None:
        """Mark documents read or unread (one transaction)."""
        self._set("read", keys, read)

    def set_starred(self, keys: Sequence[str], starred: bool = True) -> None:
        """Star documents or take their star away (one transaction)."""
        self._set("starred", keys, starred)

    def _set(self, column: str, keys: Sequence[str], value: bool) -> None:
        if not keys:
            return
        stamp = time.time()
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                self._db.executemany(
                    f"INSERT INTO marks(key, {column}, changed) VALUES (?, ?, ?)"
                    f" ON CONFLICT(key) DO UPDATE SET {column} = excluded.{column},"
                    " changed = excluded.changed",
                    [(k, int(value), stamp) for k in keys],
                )
                self._db.execute("DELETE FROM marks WHERE read = 0 AND starred = 0")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    def count(self, column: str) -> int:
        """How many documents are marked read (``column`` "read") or starred ("starred")."""
        if column not in ("read", "starred"):
            raise ValueError(column)
        with self._lock:
            return int(self._db.execute(f"SELECT count(*) FROM marks WHERE {column}").fetchone()[0])
