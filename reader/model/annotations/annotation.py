"""What an annotation is: a highlight on a document's original text, and the store's errors.

The value types the annotation store hands out and takes back (:class:`Annotation`, the
:class:`DocumentRecord` it belongs to, :class:`AnchoredAnnotation` once it is placed in a text),
the highlight colours, the errors of the store, and the time format it keeps and exports. No
database here: see :mod:`reader.model.annotations.store`.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, replace
from datetime import UTC, datetime

from reader.model.annotations.anchoring import Anchor, TextPositionSelector, TextQuoteSelector
from reader.model.document.identity import DocumentIdentity


class Colour(enum.StrEnum):
    """The five highlight colours."""

    YELLOW = "yellow"
    GREEN = "green"
    BLUE = "blue"
    PINK = "pink"
    PURPLE = "purple"


class StoreProblem(enum.StrEnum):
    """Why the annotation database cannot be used (the window words it in its language)."""

    NEWER = "newer"  # made by a newer reader: details (version, understood)
    CANNOT_OPEN = "cannot-open"  # damaged or not a database: details (path, the error)
    CANNOT_READ = "cannot-read"  # a copy to read could not be made: details (path, the error)


class StoreError(Exception):
    """The annotation database cannot be used (damaged, newer, or not a database).

    ``str(exc)`` is the English message; ``problem`` and ``details`` the reason code and its
    parameters, for the window to translate.
    """

    def __init__(self, message: str, problem: StoreProblem, *details: str) -> None:
        super().__init__(message)
        self.problem = problem
        self.details = details


class NotFoundError(KeyError):
    """No annotation with that id."""


@dataclass(frozen=True, slots=True)
class DocumentRecord:
    """An annotated document as the store knows it: identity and last known place."""

    id: int
    source_url: str
    path: str
    title: str
    sketch: tuple[int, ...] = ()

    @property
    def identity(self) -> DocumentIdentity:
        """The document's identity for :func:`reader.model.document.identity.same_document`."""
        return DocumentIdentity(self.source_url, self.sketch, self.path, self.title)


@dataclass(frozen=True, slots=True)
class Annotation:
    """A highlight (with an optional note) on a range of a document's original clean text."""

    id: str
    document_id: int
    colour: Colour
    note: str
    created: datetime
    modified: datetime
    quote: TextQuoteSelector
    position: TextPositionSelector
    #: The id another tool gave it (``https://hypothes.is/a/…``), kept and exported again so
    #: that a round trip back into that tool matches instead of duplicating; "" for our own.
    external_id: str = ""
    tags: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class AnchoredAnnotation:
    """An annotation and where it lands in the document's current text."""

    annotation: Annotation
    anchor: Anchor


def now() -> datetime:
    """The current time, UTC, to the millisecond (what the store keeps)."""
    t = datetime.now(UTC)
    return t.replace(microsecond=t.microsecond // 1000 * 1000)


def format_time(t: datetime) -> str:
    """A time as stored and exported: ISO 8601, UTC, milliseconds, ``Z``."""
    return t.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def parse_time(s: str) -> datetime:
    """The inverse of :func:`format_time` (any ISO 8601 with a zone; none is read as UTC).

    Raises:
        ValueError: not an ISO 8601 date-time.
    """
    t = datetime.fromisoformat(s.replace("Z", "+00:00") if s.endswith("Z") else s)
    if t.tzinfo is None:
        t = t.replace(tzinfo=UTC)
    try:
        return t.astimezone(UTC)
    except OverflowError:  # 9999-12-31T23:59:59-12:00 is past the last representable moment
        raise ValueError(f"{s!r} is outside the dates that can be stored") from None


def with_document(ann: Annotation, document_id: int) -> Annotation:
    """``ann`` attached to another document record."""
    return replace(ann, document_id=document_id)
