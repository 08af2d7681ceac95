"""Where the reader left off in each document, kept in a small SQLite table in the data dir.

A position is the character offset of the first visible text in the shown article plus the
scroll fraction as a fallback; both survive a restart, a resize and a text-size change
(the offset better than the fraction).
"""

from __future__ import annotations

import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

from reader.model.storage import unsynced_while_new


@dataclass(frozen=True, slots=True)
class ReadingPosition:
    """A remembered reading position."""

    offset: int
    fraction: float


class ReadingPositions:
    """A per-document store of reading positions, keyed by the document's path."""

    def __init__(self, db_path: Path) -> None:
        db_path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(str(db_path))
        #: Whether this opening made the file (it waits for the disk once its table is made).
        self.created = unsynced_while_new(self._db)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS position (path TEXT PRIMARY KEY, offset INTEGER NOT NULL,"
            " fraction REAL NOT NULL, saved REAL NOT NULL)"
        )
        self._db.commit()
        self._db.execute("PRAGMA synchronous=FULL")  # SQLite's default, as it always was
        #: Why positions stopped being remembered while running (a full disk…).
        self.problem: str | None = None

    @classmethod
    def check(cls, db_path: Path) -> None:
        """Open (creating) the store at ``db_path`` and close it; raises if it cannot (a file
        made now is closed without waiting for the disk: :func:`unsynced_while_new`)."""
        store = cls(db_path)
        if store.created:
            store._db.execute("PRAGMA synchronous=OFF")
        store.close()

    def get(self, path: str) -> ReadingPosition | None:
        """The remembered position in the document at ``path``, if any."""
        try:
            row = self._db.execute(
                "SELECT offset, fraction FROM position WHERE path = ?", (path,)
            ).fetchone()
        except sqlite3.Error as exc:
            self.problem = f"reading positions cannot be read: {exc}"
            return None
        if row is None:
            return None
        return ReadingPosition(int(row[0]), float(row[1]))

    def set(self, path: str, position: ReadingPosition) -> None:
        """Remember a position (committed at once); the top of a document is forgotten.

        A failure to write (a full disk) is kept in :attr:`problem`, never raised: reading
        goes on without it.
        """
        try:
            with self._db:
                if position.offset <= 0 and position.fraction <= 0.0:
                    self._db.execute("DELETE FROM position WHERE path = ?", (path,))
                else:
                    self._db.execute(
                        "INSERT OR REPLACE INTO position VALUES (?, ?, ?, ?)",
                        (path, max(0, position.offset), min(1.0, max(0.0, position.fraction)),
                         time.time()),
                    )  # fmt: skip
        except sqlite3.Error as exc:
            self.problem = f"reading positions cannot be saved: {exc}"

    def close(self) -> None:
        """Close the database (again is harmless)."""
        self._db.close()
