"""Which known document a file is: the rules of document identity, applied to the store's
``documents`` table (see :mod:`reader.model.document.identity` for the signals)."""

from __future__ import annotations

import os
import sqlite3

from reader.model.annotations.annotation import DocumentRecord
from reader.model.annotations.schema import DOCUMENT_COLUMNS, record_from_row
from reader.model.document.identity import DocumentIdentity, resemblance, same_document


def match_document(db: sqlite3.Connection, ident: DocumentIdentity) -> DocumentRecord | None:
    """The known document that ``ident`` is, if any: by source URL, else by content, else by
    path (see :mod:`reader.model.document.identity`)."""
    cols = f"SELECT {DOCUMENT_COLUMNS} FROM documents"
    if ident.source_url:
        same_url = [
            record_from_row(r)
            for r in db.execute(f"{cols} WHERE source_url=? ORDER BY id", (ident.source_url,))
        ]
        return _revision_of(same_url, ident)
    # By content: the most similar known document that may be this one.
    best: DocumentRecord | None = None
    best_score = 0.0
    for row in db.execute(f"{cols} WHERE sketch != ''"):
        rec = record_from_row(row)
        # A file still at its recorded place has not moved here: this one is a copy (the
        # same wire story in two feeds, say) and gets annotations of its own.
        if rec.path and rec.path != ident.path and os.path.exists(rec.path):
            continue
        if not same_document(rec.identity, ident):
            continue
        score = resemblance(rec.sketch, ident.sketch)
        if score > best_score:
            best, best_score = rec, score
    if best is not None:
        return best
    # Last resort: the same path (a record imported from a file: URI has no sketch yet).
    for row in db.execute(f"{cols} WHERE path=? ORDER BY id", (ident.path,)):
        rec = record_from_row(row)
        conflict = rec.source_url and ident.source_url and rec.source_url != ident.source_url
        if not conflict and (not rec.sketch or same_document(rec.identity, ident)):
            return rec
    return None


def _revision_of(same_url: list[DocumentRecord], ident: DocumentIdentity) -> DocumentRecord | None:
    """Which of the records sharing ``ident``'s source URL is this file, if any.

    Archives keep revisions of one article (the same ``from:``) as separate files: each is a
    document of its own, as a copy beside its original is. So the record at this path, else a
    record whose file is no longer at its recorded place (this is that file, moved), the most
    similar first; a record whose file is still where it was belongs to that file.
    """
    for record in same_url:
        if record.path == ident.path:
            return record
    moved = [r for r in same_url if not (r.path and os.path.exists(r.path))]
    if not moved:
        return None
    return max(moved, key=lambda r: resemblance(r.sketch, ident.sketch))
