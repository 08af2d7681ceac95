"""The annotation database's tables and the migrations that build them, step by step.

``PRAGMA user_version`` holds the schema version; :func:`migrate` brings an older database up
to :data:`SCHEMA_VERSION` and refuses a newer one.
"""

from __future__ import annotations

import sqlite3

from reader.model.annotations.annotation import StoreError

SCHEMA_VERSION = 2


# Each step takes the schema from version n-1 to n; a new database runs them all.
_MIGRATIONS: dict[int, tuple[str, ...]] = {
    1: (
        """CREATE TABLE documents (
            id INTEGER PRIMARY KEY,
            source_url TEXT NOT NULL DEFAULT '',
            sketch TEXT NOT NULL DEFAULT '',
            path TEXT NOT NULL DEFAULT '',
            title TEXT NOT NULL DEFAULT ''
        )""",
        "CREATE INDEX documents_url ON documents(source_url)",
        "CREATE INDEX documents_path ON documents(path)",
        """CREATE TABLE annotations (
            id TEXT PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents(id),
            colour TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT '',
            created TEXT NOT NULL,
            modified TEXT NOT NULL,
            exact TEXT NOT NULL,
            prefix TEXT NOT NULL DEFAULT '',
            suffix TEXT NOT NULL DEFAULT '',
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL
        )""",
        "CREATE INDEX annotations_document ON annotations(document_id)",
    ),
    # Version 2: deleting is a soft delete, so that it can be undone.
    2: (
        "ALTER TABLE annotations ADD COLUMN deleted TEXT",
        "CREATE INDEX annotations_live ON annotations(document_id) WHERE deleted IS NULL",
    ),
}


def migrate(db: sqlite3.Connection, target: int = SCHEMA_VERSION) -> int:
    """Bring the schema of ``db`` (autocommit mode) to version ``target``; returns the old version.

    Each step runs in its own transaction together with the version change, so an interrupted
    migration leaves the database at the previous version.

    Raises:
        StoreError: the database was made by a newer version of the reader.
    """
    version = int(db.execute("PRAGMA user_version").fetchone()[0])
    if version > SCHEMA_VERSION:
        raise StoreError(
            f"the annotation database has schema version {version}, newer than this reader"
            f" understands ({SCHEMA_VERSION}); it was left untouched"
        )
    for step in range(version + 1, target + 1):
        db.execute("BEGIN IMMEDIATE")
        try:
            for statement in _MIGRATIONS[step]:
                db.execute(statement)
            db.execute(f"PRAGMA user_version = {step}")
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
    return version
