"""Parsed documents kept in memory (bounded LRU) and on disk (SQLite), so unchanged files are
never parsed twice. Entries are keyed by path, size, mtime and the parser version.

A document parsed now is handed back before it is stored: a thread of the cache's own writes
it through a connection of its own (the first write to a new log waits for the disk twice,
up to a tenth of a second each on a busy disk: on a first start, before the first article).
Until it is written it is read from memory, and :meth:`DocumentCache.close` waits for it.
"""

from __future__ import annotations

import pickle
import sqlite3
import threading
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path

from reader.model.document.document import Document, error_document
from reader.model.document.parser import PARSER_VERSION, parse_file
from reader.model.document.problems import Problem, Reason
from reader.model.storage import unsynced_while_new

_SCHEMA = """
CREATE TABLE IF NOT EXISTS parsed (
    path TEXT PRIMARY KEY,
    size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    version INTEGER NOT NULL,
    data BLOB NOT NULL
)
"""


@dataclass(frozen=True, slots=True)
class CacheStats:
    """Counters of how documents were obtained, for tests and benchmarks."""

    memory_hits: int
    disk_hits: int
    parses: int


class DocumentCache:
    """Get documents by path, parsing only what is new or changed. Thread-safe."""

    def __init__(self, db_path: Path, capacity: int = 64) -> None:
        self._capacity = capacity
        self._memory: OrderedDict[tuple[str, int, int], Document] = OrderedDict()
        self._lock = threading.Lock()
        self._db_path = db_path
        db_path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(db_path, check_same_thread=False)
        #: Whether this opening made the file (it waits for the disk once its table is made).
        self.created = unsynced_while_new(self._db)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute(_SCHEMA)
        self._db.commit()
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._memory_hits = self._disk_hits = self._parses = 0
        self._unwritten: dict[tuple[str, int, int], bytes] = {}  # parsed, not stored yet
        self._writer: threading.Thread | None = None
        #: Why the disk part stopped working while running (a full disk…); the memory part
        #: goes on, so documents still open.
        self.problem: str | None = None

    @classmethod
    def check(cls, db_path: Path) -> None:
        """Open (creating) the cache at ``db_path`` and close it; raises if it cannot (a file
        made now is closed without waiting for the disk: :func:`unsynced_while_new`)."""
        cache = cls(db_path)
        if cache.created:
            cache._db.execute("PRAGMA synchronous=OFF")
        cache.close()

    def close(self) -> None:
        """Close the database, once what was parsed is stored."""
        with self._lock:
            writer = self._writer
        if writer is not None:
            writer.join()
        with self._lock:
            self._db.close()

    @property
    def stats(self) -> CacheStats:
        """How many documents came from memory, from disk, and from parsing."""
        return CacheStats(self._memory_hits, self._disk_hits, self._parses)

    def peek(self, path: Path) -> Document | None:
        """The document at ``path`` if it is in memory and its file is unchanged (no parsing,
        no database read); None otherwise."""
        try:
            stat = path.stat()
        except OSError:
            return None
        with self._lock:
            return self._memory.get((str(path), stat.st_size, stat.st_mtime_ns))

    def get(self, path: Path) -> Document:
        """The parsed document at ``path`` (an error document if it cannot be read)."""
        try:
            stat = path.stat()
        except OSError as exc:
            return error_document(path, Problem(Reason.CANNOT_READ, str(exc.strerror or exc)))
        key = (str(path), stat.st_size, stat.st_mtime_ns)
        with self._lock:
            doc = self._memory.get(key)
            if doc is not None:
                self._memory.move_to_end(key)
                self._memory_hits += 1
                return doc
            data = self._unwritten.get(key)
            if data is None:
                try:
                    row = self._db.execute(
                        "SELECT data FROM parsed"
                        " WHERE path=? AND size=? AND mtime_ns=? AND version=?",
                        (key[0], key[1], key[2], PARSER_VERSION),
                    ).fetchone()
                except sqlite3.Error as exc:
                    self.problem = f"the parse cache cannot be read: {exc}"
                    row = None
                data = row[0] if row is not None else None
        if data is not None:
            try:
                doc = pickle.loads(data)
            except Exception:  # noqa: BLE001 - a damaged entry is parsed again
                doc = None
            if isinstance(doc, Document):
                with self._lock:
                    self._disk_hits += 1
                    self._remember(key, doc)
                return doc
        doc = parse_file(path)
        data = pickle.dumps(doc, pickle.HIGHEST_PROTOCOL)
        with self._lock:
            self._parses += 1
            self._remember(key, doc)
            self._unwritten[key] = data
            if self._writer is None:
                self._writer = threading.Thread(target=self._write, name="parse-cache-writer")
                self._writer.start()
        return doc

    def _write(self) -> None:
        """Store what was parsed (on the writer thread, until nothing is left to store)."""
        db: sqlite3.Connection | None = None
        try:
            while True:
                with self._lock:
                    if not self._unwritten:
                        self._writer = None
                        return
                    key, data = next(iter(self._unwritten.items()))
                try:
                    if db is None:
                        db = sqlite3.connect(self._db_path, timeout=30)
                        db.execute("PRAGMA synchronous=NORMAL")
                    db.execute(
                        "INSERT OR REPLACE INTO parsed(path, size, mtime_ns, version, data)"
                        " VALUES (?,?,?,?,?)",
                        (*key, PARSER_VERSION, data),
                    )
                    db.commit()
                except sqlite3.Error as exc:
                    # A full disk or a damaged file: this document is parsed again next time.
                    self.problem = f"the parse cache cannot be written: {exc}"
                with self._lock:
                    if self._unwritten.get(key) is data:
                        del self._unwritten[key]
        finally:
            if db is not None:
                db.close()
            with self._lock:
                if self._writer is threading.current_thread():  # an unexpected error ended it
                    self._writer = None
                    self._unwritten.clear()

    def _remember(self, key: tuple[str, int, int], doc: Document) -> None:
        self._memory[key] = doc
        self._memory.move_to_end(key)
        while len(self._memory) > self._capacity:
            self._memory.popitem(last=False)
