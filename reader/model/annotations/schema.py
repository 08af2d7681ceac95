"""The annotation database's tables: the migrations that build them, and how their rows read.

``PRAGMA user_version`` holds the schema version; :func:`migrate` brings an older database up
to :data:`SCHEMA_VERSION` and refuses a newer one. The column order a row is read in is kept
here, next to the tables, so that the store's queries and the tables cannot drift apart.
"""

from __future__ import annotations

import sqlite3

from reader.model.annotations.anchoring import TextPositionSelector, TextQuoteSelector
from reader.model.annotations.annotation import (
    Annotation,
    Colour,
    DocumentRecord,
    StoreError,
    StoreProblem,
    parse_time,
)
from reader.model.document.identity import decode_sketch

SCHEMA_VERSION = 3


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
    # Version 3: what other tools' annotations bring along: their own id, and tags.
    3: (
        "ALTER TABLE annotations ADD COLUMN external_id TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE annotations ADD COLUMN tags TEXT NOT NULL DEFAULT ''",
    ),
}

#: Tags are stored joined by this (a control character no tag contains).
TAG_SEP = "\x1f"


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
            f" understands ({SCHEMA_VERSION}); it was left untouched",
            StoreProblem.NEWER,
            str(version),
            str(SCHEMA_VERSION),
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


# The columns of an annotation row, in the order annotation_from_row reads them.
ANNOTATION_COLUMNS = (
    'id, document_id, colour, note, created, modified, exact, prefix, suffix, start, "end",'
    " external_id, tags"
)

# The columns of a document row, in the order record_from_row reads them.
DOCUMENT_COLUMNS = "id, source_url, sketch, path, title"


def annotation_from_row(row: tuple) -> Annotation:  # type: ignore[type-arg]
    """An annotation from a row of :data:`ANNOTATION_COLUMNS`; an unknown colour reads as yellow."""
    return Annotation(
        id=row[0],
        document_id=row[1],
        colour=Colour(row[2]) if row[2] in Colour.__members__.values() else Colour.YELLOW,
        note=row[3],
        created=parse_time(row[4]),
        modified=parse_time(row[5]),
        quote=TextQuoteSelector(row[6], row[7], row[8]),
        position=TextPositionSelector(row[9], row[10]),
        external_id=row[11] or "",
        tags=tuple(t for t in (row[12] or "").split(TAG_SEP) if t),
    )


def record_from_row(row: tuple) -> DocumentRecord:  # type: ignore[type-arg]
    """A document record from a row of :data:`DOCUMENT_COLUMNS`."""
    return DocumentRecord(row[0], row[1], row[3], row[4], decode_sketch(row[2]))
