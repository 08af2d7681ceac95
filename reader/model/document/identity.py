"""Recognising a document again after it was moved, renamed or lightly edited.

Annotations belong to a *document*, not to a path. A document is recognised, in order, by

1. its source URL (front matter ``from:``/``url:``/``link:``), normalised;
2. its content: a bottom-k MinHash sketch of character shingles of the clean text, so that a
   small edit (a sentence rewritten) keeps most of the sketch while another article — even
   one with the same title — shares almost none of it;
3. its last known path, as a last resort (the annotations then re-anchor or show as orphans).

Two documents with *different* source URLs are never the same document, whatever their text.
"""

from __future__ import annotations

import os
import unicodedata
import zlib
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

SHINGLE = 5
"""Characters per shingle (Chinese text has no spaces; 5 characters are rarely repeated)."""

SKETCH_SIZE = 64
"""Hashes kept in a sketch."""

SAME_CONTENT = 0.5
"""Estimated Jaccard similarity from which two texts are taken to be one document."""


@dataclass(frozen=True, slots=True)
class DocumentIdentity:
    """What identifies a document: source URL, content sketch, path and title."""

    source_url: str
    sketch: tuple[int, ...]
    path: str
    title: str

    @staticmethod
    def of(path: Path, title: str, source_url: str, text: str) -> DocumentIdentity:
        """The identity of a document with this path, title, URL and clean text."""
        # Absolute (not resolved: a library reached through a symbolic link keeps its paths).
        return DocumentIdentity(
            normalise_url(source_url), sketch(text), os.path.abspath(path), title
        )


def normalise_url(url: str) -> str:
    """A URL in a canonical form: lower-case scheme and host, no fragment, no trailing slash."""
    url = url.strip()
    if not url:
        return ""
    parts = urlsplit(url)
    path = parts.path.rstrip("/") if parts.path != "/" else ""
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), path, parts.query, ""))


def _normalise_text(text: str) -> str:
    # Compatibility forms and white space vary between renderings of the same article.
    text = unicodedata.normalize("NFKC", text)
    return "".join(text.split())


def sketch(text: str) -> tuple[int, ...]:
    """The bottom-k MinHash sketch of a text: the smallest CRC-32s of its character shingles."""
    norm = _normalise_text(text)
    if not norm:
        return ()
    if len(norm) < SHINGLE:
        shingles = {norm}
    else:
        shingles = {norm[i : i + SHINGLE] for i in range(len(norm) - SHINGLE + 1)}
    hashes = {zlib.crc32(s.encode("utf-8")) for s in shingles}
    return tuple(sorted(hashes)[:SKETCH_SIZE])


def resemblance(a: tuple[int, ...], b: tuple[int, ...]) -> float:
    """The estimated Jaccard similarity of the two texts behind two sketches (Broder 1997)."""
    if not a or not b:
        return 0.0
    k = min(SKETCH_SIZE, len(set(a) | set(b)))
    union_bottom = sorted(set(a) | set(b))[:k]
    shared = set(a) & set(b)
    return sum(1 for h in union_bottom if h in shared) / k


def same_document(known: DocumentIdentity, current: DocumentIdentity) -> bool:
    """Whether ``current`` is the document ``known`` was, judged by URL, then by content."""
    if known.source_url and current.source_url:
        return known.source_url == current.source_url
    return resemblance(known.sketch, current.sketch) >= SAME_CONTENT


def encode_sketch(values: tuple[int, ...]) -> str:
    """A sketch as stored in the database (hexadecimal, space-separated)."""
    return " ".join(f"{v:08x}" for v in values)


def decode_sketch(data: str | None) -> tuple[int, ...]:
    """The inverse of :func:`encode_sketch`; an unreadable value is an empty sketch."""
    if not data:
        return ()
    try:
        return tuple(int(v, 16) for v in data.split())
    except ValueError:
        return ()
