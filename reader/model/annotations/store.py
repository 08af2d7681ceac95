"""The annotation store: highlights and notes in SQLite, every change committed at once.

There is no "save": each change is its own transaction, committed with ``synchronous=FULL``
(the WAL is flushed to disk before the call returns), so an annotation the user has seen saved
survives a crash, a ``SIGKILL`` or a power cut. Deleting is a soft delete that
:meth:`AnnotationStore.undelete` reverses (Ctrl+Z in the window).

Annotations are anchored to the document's original clean text (``Document.text``) with W3C
selectors (see :mod:`reader.model.annotations.anchoring`); documents are recognised by source
URL and content (see :mod:`reader.model.document.identity`), so annotations follow a file that
moves. The values it hands out are in :mod:`reader.model.annotations.annotation`, its tables in
:mod:`reader.model.annotations.schema`.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from reader.model.annotations.anchoring import AnchorMethod, anchor, describe
from reader.model.annotations.annotation import (
    AnchoredAnnotation,
    Annotation,
    Colour,
    DocumentRecord,
    NotFoundError,
    StoreError,
    StoreProblem,
    format_time,
    now,
    parse_time,
)
from reader.model.annotations.matching import match_document
from reader.model.annotations.schema import (
    ANNOTATION_COLUMNS,
    DOCUMENT_COLUMNS,
    TAG_SEP,
    annotation_from_row,
    migrate,
    record_from_row,
)
from reader.model.document.document import Document
from reader.model.document.identity import (
    DocumentIdentity,
    encode_sketch,
    normalise_url,
)
from reader.model.paths import DataFiles
from reader.model.storage import open_read_only

DB_NAME = DataFiles.ANNOTATIONS

WRITE_WAIT = 5.0
"""Seconds a change waits for another writer (an import holds the database for a few
milliseconds at a time)."""


def _busy(exc: sqlite3.OperationalError) -> bool:
    return "locked" in str(exc) or "busy" in str(exc)


def _doc_key(doc: Document) -> tuple[str, str, str, int, int]:
    """What a cached identity lookup is keyed by (``str`` hashes are cached by Python)."""
    return (str(doc.path), doc.title, doc.source_url, len(doc.text), hash(doc.text))


class AnnotationStore:
    """The annotation database of one data folder. Thread-safe; every change is committed."""

    def __init__(self, db_path: Path, *, _connection: sqlite3.Connection | None = None) -> None:
        self.path = db_path
        self._lock = threading.RLock()
        self._recent: dict[tuple[str, str, str, int, int], DocumentRecord] = {}
        if _connection is not None:
            self._db = _connection
            return
        db_path.parent.mkdir(parents=True, exist_ok=True)
        try:
            # Autocommit mode: transactions are explicit (BEGIN IMMEDIATE … COMMIT).
            self._db = sqlite3.connect(db_path, check_same_thread=False, isolation_level=None)
            self._db.execute("PRAGMA journal_mode=WAL")
            # FULL: the WAL is synced at every commit; NORMAL could lose the last commits on a
            # power cut, and a highlight the user saw saved must not vanish.
            self._db.execute("PRAGMA synchronous=FULL")
            self._db.execute("PRAGMA foreign_keys=ON")
            # Reads seldom wait (write-ahead log); writes wait in _begin, not in SQLite.
            self._db.execute("PRAGMA busy_timeout=1000")
            migrate(self._db)
        except sqlite3.DatabaseError as exc:
            raise StoreError(
                f"cannot open the annotation database {db_path}: {exc}",
                StoreProblem.CANNOT_OPEN,
                str(db_path),
                str(exc),
            ) from exc

    @staticmethod
    def snapshot(db_path: Path) -> AnnotationStore:
        """A private copy, in memory, of the store at ``db_path`` as it is now: for reading.

        Nothing is written to the data folder, not even a lock or a journal, so an export (a
        backup) works in a read-only folder, on a full disk and while another process writes.
        A database from an older version is brought up to date in the copy; a missing one is
        an empty store.

        Raises:
            StoreError: the database cannot be read (damaged, newer than this reader…).
        """
        copy = sqlite3.connect(":memory:", check_same_thread=False, isolation_level=None)
        try:
            if db_path.exists():
                source = open_read_only(db_path)
                try:
                    source.backup(copy)
                finally:
                    source.close()
            migrate(copy)
            copy.execute("PRAGMA foreign_keys=ON")
        except sqlite3.DatabaseError as exc:
            copy.close()
            raise StoreError(
                f"cannot read the annotation database {db_path}: {exc}",
                StoreProblem.CANNOT_READ,
                str(db_path),
                str(exc),
            ) from exc
        except StoreError:
            copy.close()
            raise
        return AnnotationStore(db_path, _connection=copy)

    @staticmethod
    def in_data_dir(data_dir: Path) -> AnnotationStore:
        """The store of a data folder (``annotations.sqlite3`` in it)."""
        return AnnotationStore(DataFiles(data_dir).annotations)

    def close(self) -> None:
        """Close the database (everything is already committed)."""
        with self._lock:
            self._db.close()

    def __enter__(self) -> AnnotationStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction: committed when the block ends, rolled back if it raises."""
        with self._lock:
            self._begin(WRITE_WAIT)
            try:
                yield self._db
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    def _begin(self, wait: float) -> None:
        """Start a write transaction, waiting at most ``wait`` seconds for another writer.

        SQLite's own wait sleeps longer and longer (up to 100 ms between tries) and so keeps
        missing the moments an import between two of its batches leaves free; trying every
        millisecond gets in at the first one.
        """
        deadline = time.monotonic() + wait
        while True:
            try:
                self._db.execute("BEGIN IMMEDIATE")
                return
            except sqlite3.OperationalError as exc:
                if not _busy(exc) or time.monotonic() >= deadline:
                    raise
            time.sleep(0.001)

    # --- documents ---------------------------------------------------------------------

    def documents(self) -> list[DocumentRecord]:
        """Every document that has annotations (deleted ones excluded), by title."""
        with self._lock:
            rows = self._db.execute(
                f"SELECT {DOCUMENT_COLUMNS} FROM documents WHERE id IN"
                " (SELECT document_id FROM annotations WHERE deleted IS NULL)"
                " ORDER BY title, id"
            ).fetchall()
        return [record_from_row(r) for r in rows]

    def document(self, document_id: int) -> DocumentRecord | None:
        """The document record with this id."""
        with self._lock:
            row = self._db.execute(
                f"SELECT {DOCUMENT_COLUMNS} FROM documents WHERE id=?",
                (document_id,),
            ).fetchone()
        return record_from_row(row) if row else None

    def find_document(self, doc: Document) -> DocumentRecord | None:
        """The record of ``doc`` if it was annotated before, under any path; its record is
        brought up to date (path, title, content sketch)."""
        key = _doc_key(doc)
        with self._lock:
            cached = self._recent.get(key)
        if cached is not None:
            return cached
        found, saved = self._find_document(doc)
        if found is not None and saved:
            self._remember(key, found)
        return found

    def _remember(self, key: tuple[str, str, str, int, int], record: DocumentRecord) -> None:
        # Sketching a long text takes milliseconds; adding highlight after highlight to the
        # same open document should not pay it each time.
        with self._lock:
            self._recent[key] = record
            while len(self._recent) > 32:
                del self._recent[next(iter(self._recent))]

    def _find_document(self, doc: Document) -> tuple[DocumentRecord | None, bool]:
        """The record of ``doc`` (None: none), and whether the database has it as returned."""
        ident = DocumentIdentity.of(doc.path, doc.title, doc.source_url, doc.text)
        with self._lock:
            # Reading takes no lock on the database (write-ahead log): opening an article
            # never waits for another program's import.
            found = match_document(self._db, ident)
        if found is None:
            return None, True
        if (found.path, found.title, found.sketch) == (ident.path, ident.title, ident.sketch) and (
            found.source_url or not ident.source_url
        ):
            return found, True
        url = found.source_url or ident.source_url
        updated = DocumentRecord(found.id, url, ident.path, ident.title, ident.sketch)
        sql = "UPDATE documents SET source_url=?, sketch=?, path=?, title=? WHERE id=?"
        params = (url, encode_sketch(ident.sketch), ident.path, ident.title, found.id)
        # Only bookkeeping (where the file is now): if another program is writing, it is done
        # the next time the document is opened.
        return updated, self._write_if_free(sql, params)

    def _write_if_free(self, sql: str, params: tuple[object, ...]) -> bool:
        """Run one statement if the database can be written at once; else do nothing."""
        with self._lock:
            try:
                self._begin(0.0)
            except sqlite3.OperationalError as exc:
                if _busy(exc):
                    return False
                raise
            try:
                self._db.execute(sql, params)
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")
            return True

    def document_for(self, doc: Document) -> DocumentRecord:
        """The record of ``doc``, created if it has none yet."""
        found = self.find_document(doc)
        if found is not None:
            return found
        ident = DocumentIdentity.of(doc.path, doc.title, doc.source_url, doc.text)
        with self.transaction() as db:
            cur = db.execute(
                "INSERT INTO documents(source_url, sketch, path, title) VALUES (?,?,?,?)",
                (ident.source_url, encode_sketch(ident.sketch), ident.path, ident.title),
            )
            assert cur.lastrowid is not None
            record = DocumentRecord(
                cur.lastrowid, ident.source_url, ident.path, ident.title, ident.sketch
            )
        self._remember(_doc_key(doc), record)
        return record

    def record_for_source(
        self, db: sqlite3.Connection, source_url: str, path: str, title: str
    ) -> int:
        """The id of the document with this URL (or, without one, this path); created if new.

        For import, inside an open :meth:`transaction`: only the annotation target is known
        there, not the document's text (its content sketch is added when it is next opened).
        """
        url = normalise_url(source_url)
        if url:
            row = db.execute(
                "SELECT id FROM documents WHERE source_url=? ORDER BY id", (url,)
            ).fetchone()
        else:
            row = db.execute(
                "SELECT id FROM documents WHERE path=? AND source_url='' ORDER BY id", (path,)
            ).fetchone()
        if row:
            return int(row[0])
        cur = db.execute(
            "INSERT INTO documents(source_url, path, title) VALUES (?,?,?)", (url, path, title)
        )
        assert cur.lastrowid is not None
        return cur.lastrowid

    # --- annotations -------------------------------------------------------------------

    def add(
        self,
        doc: Document,
        start: int,
        end: int,
        colour: Colour = Colour.YELLOW,
        note: str = "",
    ) -> Annotation:
        """Highlight ``doc.text[start:end]`` (original clean-text offsets); committed on return.

        Raises:
            ValueError: the range is empty or outside the text.
        """
        quote, position = describe(doc.text, start, end)
        record = self.document_for(doc)
        t = now()
        import uuid  # 7 ms at start-up otherwise; only a new highlight needs it

        ann = Annotation(str(uuid.uuid4()), record.id, Colour(colour), note, t, t, quote, position)
        with self.transaction() as db:
            self._insert(db, ann)
        return ann

    def _insert(self, db: sqlite3.Connection, ann: Annotation) -> None:
        db.execute(
            f"INSERT INTO annotations({ANNOTATION_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                ann.id, ann.document_id, ann.colour.value, ann.note, format_time(ann.created),
                format_time(ann.modified), ann.quote.exact, ann.quote.prefix, ann.quote.suffix,
                ann.position.start, ann.position.end, ann.external_id, TAG_SEP.join(ann.tags),
            ),
        )  # fmt: skip

    def get(self, annotation_id: str, include_deleted: bool = False) -> Annotation | None:
        """The annotation with this id (a deleted one only when asked)."""
        live = "" if include_deleted else " AND deleted IS NULL"
        with self._lock:
            row = self._db.execute(
                f"SELECT {ANNOTATION_COLUMNS} FROM annotations WHERE id=?{live}", (annotation_id,)
            ).fetchone()
        return annotation_from_row(row) if row else None

    def annotations(self, document_id: int) -> list[Annotation]:
        """A document's annotations (not deleted), by stored position."""
        with self._lock:
            rows = self._db.execute(
                f"SELECT {ANNOTATION_COLUMNS} FROM annotations WHERE document_id=?"
                ' AND deleted IS NULL ORDER BY start, "end", created',
                (document_id,),
            ).fetchall()
        return [annotation_from_row(r) for r in rows]

    def count(self, document_id: int) -> int:
        """How many annotations a document has (not deleted)."""
        with self._lock:
            row = self._db.execute(
                "SELECT count(*) FROM annotations WHERE document_id=? AND deleted IS NULL",
                (document_id,),
            ).fetchone()
        return int(row[0])

    def counts_by_path(self) -> dict[str, int]:
        """How many live annotations each annotated document has, by its last known path.

        One grouped query (for the document list's count column); documents whose
        annotations are all deleted are left out.
        """
        with self._lock:
            rows = self._db.execute(
                "SELECT d.path, count(*) FROM annotations a JOIN documents d"
                " ON d.id = a.document_id WHERE a.deleted IS NULL AND d.path != ''"
                " GROUP BY d.id"
            ).fetchall()
        counts: dict[str, int] = {}
        for path, n in rows:
            counts[path] = counts.get(path, 0) + int(n)
        return counts

    def count_at_path(self, path: str) -> int:
        """How many live annotations the documents last seen at ``path`` have.

        The number :meth:`counts_by_path` gives for ``path`` (0 when it has none there), in
        one query: for updating one row of the document list after a change.
        """
        with self._lock:
            row = self._db.execute(
                "SELECT count(*) FROM annotations a JOIN documents d ON d.id = a.document_id"
                " WHERE a.deleted IS NULL AND d.path = ? AND d.path != ''",
                (path,),
            ).fetchone()
        return int(row[0])

    def set_note(self, annotation_id: str, note: str) -> Annotation:
        """Change an annotation's note."""
        return self._update(annotation_id, "note", note)

    def set_colour(self, annotation_id: str, colour: Colour) -> Annotation:
        """Change an annotation's colour."""
        return self._update(annotation_id, "colour", Colour(colour).value)

    def _update(self, annotation_id: str, column: str, value: str) -> Annotation:
        t = now()
        with self.transaction() as db:
            cur = db.execute(
                f"UPDATE annotations SET {column}=?, modified=? WHERE id=? AND deleted IS NULL",
                (value, format_time(t), annotation_id),
            )
            if cur.rowcount != 1:
                raise NotFoundError(annotation_id)
        ann = self.get(annotation_id)
        assert ann is not None
        return ann

    def delete(self, annotation_id: str) -> Annotation:
        """Delete an annotation (undoable with :meth:`undelete`); returns what was deleted."""
        ann = self.get(annotation_id)
        if ann is None:
            raise NotFoundError(annotation_id)
        with self.transaction() as db:
            db.execute(
                "UPDATE annotations SET deleted=? WHERE id=?", (format_time(now()), annotation_id)
            )
        return ann

    def undelete(self, annotation_id: str) -> Annotation:
        """Bring back a deleted annotation, as it was."""
        with self.transaction() as db:
            cur = db.execute(
                "UPDATE annotations SET deleted=NULL WHERE id=? AND deleted IS NOT NULL",
                (annotation_id,),
            )
            if cur.rowcount != 1:
                raise NotFoundError(annotation_id)
        ann = self.get(annotation_id)
        assert ann is not None
        return ann

    def anchored(self, doc: Document) -> list[AnchoredAnnotation]:
        """``doc``'s annotations placed in its current text, in reading order, orphans last.

        An annotation found again by its exact quote at another place has its stored
        selectors moved there (the next load finds it by position). A fuzzy match keeps the
        stored quote: it is what the user highlighted.
        """
        record = self.find_document(doc)
        if record is None:
            return []
        result = [
            AnchoredAnnotation(a, anchor(doc.text, a.quote, a.position))
            for a in self.annotations(record.id)
        ]
        moved = [
            (a.annotation, a.anchor)
            for a in result
            if a.anchor.method is AnchorMethod.EXACT
            or (
                a.anchor.method is AnchorMethod.POSITION
                and describe(doc.text, a.anchor.start, a.anchor.end)[0] != a.annotation.quote
            )
        ]
        if moved:
            with self.transaction() as db:
                for ann, anc in moved:
                    quote, _ = describe(doc.text, anc.start, anc.end)
                    db.execute(
                        'UPDATE annotations SET start=?, "end"=?, prefix=?, suffix=? WHERE id=?',
                        (anc.start, anc.end, quote.prefix, quote.suffix, ann.id),
                    )
            refreshed = {a.id: a for a in self.annotations(record.id)}
            result = [
                AnchoredAnnotation(refreshed.get(a.annotation.id, a.annotation), a.anchor)
                for a in result
            ]
        result.sort(
            key=lambda a: (a.anchor.orphan, a.anchor.start, a.anchor.end, a.annotation.created)
        )
        return result

    def all_annotations(self) -> list[Annotation]:
        """Every live annotation, by document then position."""
        with self._lock:
            rows = self._db.execute(
                f"SELECT {ANNOTATION_COLUMNS} FROM annotations WHERE deleted IS NULL"
                ' ORDER BY document_id, start, "end", created'
            ).fetchall()
        return [annotation_from_row(r) for r in rows]

    def put(self, db: sqlite3.Connection, ann: Annotation, only_if_new: bool = False) -> str:
        """Insert or update ``ann`` by id inside an open :meth:`transaction` (for import).

        Returns ``"added"``, ``"updated"`` (the stored one was older; never when
        ``only_if_new``) or ``"unchanged"``.
        """
        row = db.execute(
            "SELECT modified, deleted FROM annotations WHERE id=?", (ann.id,)
        ).fetchone()
        if row is None:
            self._insert(db, ann)
            return "added"
        if only_if_new or parse_time(row[0]) >= ann.modified:
            return "unchanged"
        db.execute(
            "UPDATE annotations SET document_id=?, colour=?, note=?, created=?, modified=?,"
            ' exact=?, prefix=?, suffix=?, start=?, "end"=?, external_id=?, tags=?,'
            " deleted=NULL WHERE id=?",
            (
                ann.document_id, ann.colour.value, ann.note, format_time(ann.created),
                format_time(ann.modified), ann.quote.exact, ann.quote.prefix, ann.quote.suffix,
                ann.position.start, ann.position.end, ann.external_id, TAG_SEP.join(ann.tags),
                ann.id,
            ),
        )  # fmt: skip
        return "updated"
