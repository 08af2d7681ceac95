"""Read connections to the library index, kept open between the window's background queries.

Opening a :class:`~reader.model.library.index.LibraryIndex` (a connection, the schema check,
the pragmas, the read marks attached) and starting with an empty page cache made a search page
cost about a quarter more than the query itself (the library benchmark's ``search`` phase).
:class:`ReadConnections` keeps a few open: a background query borrows one
(:meth:`ReadConnections.borrow`), uses it on its own thread and gives it back. A connection is
lent to one thread at a time (so it is opened with ``check_same_thread`` off, and closed by
whoever holds it last); at most ``keep`` wait between queries, the window's worker threads.

What a kept connection must not do, and how it is kept from it:

* **See an old snapshot.** Each borrowing is one read transaction (``BEGIN`` … ``ROLLBACK``):
  it sees every commit made before it (the indexer's batches, read marks just stored) and one
  consistent state throughout (a page's hits and its count). A statement left unfinished (a
  cursor in an exception's traceback, a generator left suspended) would keep that transaction
  past ``ROLLBACK``, so every cursor :meth:`LibraryIndex.execute` handed out is closed first
  (:meth:`LibraryIndex.close_cursors`): nothing holds a snapshot or the log's checkpoint
  back between two queries.
* **Read a file that is no longer the index.** The index deleted by the user, moved aside as
  damaged (:func:`reader.model.storage.usable_database`) or rebuilt at another path: before it
  is lent, a connection's file must still be the one at ``db_path`` (device and inode, taken
  before it was opened; the read marks' database likewise), else it is closed and a new one
  opened there, as a fresh connection would be (making the file if it is gone).
* **Read another format.** The schema made again in place (another version of the reader,
  the folding changed): SQLite's schema cookie (``PRAGMA schema_version``) differs from the one
  it was opened with, so it is opened again (:class:`LibraryIndex` then checks the format).
* **Outlive the window.** :meth:`ReadConnections.close` (after the task owner's shutdown has
  waited for its workers) closes every kept one on the closing thread; one still lent is
  closed by its thread as it is given back; after that every borrowing opens and closes its
  own. None is left for the garbage collector of a worker thread.

Memory: each keeps at most :data:`CACHE_KIB` of pages (``keep`` × that in all; a fresh
connection used up to 32 MB for the length of a query).
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from reader.model.library.index import LibraryIndex

#: The page cache of each kept connection (KiB).
CACHE_KIB = 8192

#: What a file is, whatever its name: (device, inode), None when there is no file.
Identity = tuple[int, int] | None


def identity(path: Path | None) -> Identity:
    """The file at ``path`` as (device, inode); None when there is none."""
    if path is None:
        return None
    try:
        found = os.stat(path)
    except OSError:
        return None
    return found.st_dev, found.st_ino


class _Kept:
    """A kept connection and what it was opened on (a plain class: this module is imported at
    start-up, and making a dataclass costs more than its few lines)."""

    __slots__ = ("files", "index", "schema")

    def __init__(self, index: LibraryIndex, files: tuple[Identity, Identity]) -> None:
        self.index = index
        #: The index's and the read marks' files, as they were just before it was opened.
        self.files = files
        #: The index's schema cookie in its first read transaction.
        self.schema = -1


class ReadConnections:
    """Read connections to the index at ``db_path`` (with the read marks and stars of
    ``state_path`` attached), lent to one background query at a time; see the module."""

    def __init__(
        self,
        db_path: Path,
        state_path: Path | None = None,
        *,
        keep: int = 2,
        cache_kib: int = CACHE_KIB,
    ) -> None:
        self.db_path = db_path
        self.state_path = state_path
        self._keep = keep
        self._cache_kib = cache_kib
        self._lock = threading.Lock()
        self._idle: list[_Kept] = []
        self._closed = False
        #: How many connections were opened (tests: a borrowing that reused one opened none).
        self.opened = 0

    @property
    def kept(self) -> int:
        """How many connections wait to be lent."""
        with self._lock:
            return len(self._idle)

    @contextmanager
    def borrow(self) -> Iterator[LibraryIndex]:
        """A connection to the index for this thread until the block ends, inside one read
        transaction."""
        with self._lock:
            kept = self._idle.pop() if self._idle else None
        files = (identity(self.db_path), identity(self.state_path))
        if kept is not None and kept.files != files:
            kept.index.close()  # the index (or the read marks) at these paths is another file
            kept = None
        if kept is not None:
            kept = self._begin(kept)
        if kept is None:
            kept = self._begin(self._open(files), fresh=True)
        assert kept is not None
        keep = True
        try:
            yield kept.index
        except sqlite3.Error:
            keep = False  # whatever it was, the next query gets a new connection
            raise
        finally:
            self._give_back(kept, keep)

    def close(self) -> None:
        """Close every kept connection; from now on each borrowing has its own (on close)."""
        with self._lock:
            self._closed = True
            idle, self._idle = self._idle, []
        for kept in idle:
            kept.index.close()

    def _open(self, files: tuple[Identity, Identity]) -> _Kept:
        index = LibraryIndex(self.db_path, self.state_path, check_same_thread=False)
        try:
            index.limit_cache(self._cache_kib)
            index.track_cursors()
        except BaseException:
            index.close()
            raise
        with self._lock:
            self.opened += 1
        return _Kept(index, files)

    def _begin(self, kept: _Kept, fresh: bool = False) -> _Kept | None:
        """``kept`` in a new read transaction; None (closed) if its schema changed since it
        was opened (``fresh``: opened just now, its schema is the one it sees now)."""
        try:
            kept.index.execute("BEGIN")
            schema = int(kept.index.execute("PRAGMA schema_version").fetchone()[0])
        except BaseException:
            kept.index.close()
            raise
        if fresh:
            kept.schema = schema
        if schema == kept.schema:
            return kept
        kept.index.close()  # made again in place: open it anew (LibraryIndex checks its format)
        return None

    def _give_back(self, kept: _Kept, keep: bool) -> None:
        try:
            # A statement left unfinished would keep the read transaction (ROLLBACK does not
            # end one that a statement still reads in).
            kept.index.close_cursors()
            kept.index.execute("ROLLBACK")
            kept.index.close_cursors()
        except sqlite3.Error:
            keep = False
        with self._lock:
            if keep and not self._closed and len(self._idle) < self._keep:
                self._idle.append(kept)
                return
        kept.index.close()


#: Where a background query gets its connection: the index's path (one opened and closed for
#: it) or the window's kept connections.
IndexSource = Path | ReadConnections


@contextmanager
def connection(source: IndexSource, state_path: Path | None = None) -> Iterator[LibraryIndex]:
    """A connection to the index of ``source`` for this block, with the read marks of
    ``state_path`` attached (kept connections have their own: it must be theirs or None)."""
    if isinstance(source, ReadConnections):
        if state_path is not None and state_path != source.state_path:
            raise ValueError(f"these connections attach {source.state_path}, not {state_path}")
        with source.borrow() as index:
            yield index
        return
    index = LibraryIndex(source, state_path)
    try:
        yield index
    finally:
        index.close()
