"""What changed in the annotations, as a typed event (no Qt): which documents, and how."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field


class ChangeKind(enum.StrEnum):
    """How annotations changed."""

    ADDED = "added"
    DELETED = "deleted"
    RESTORED = "restored"
    RECOLOURED = "recoloured"
    NOTE = "note"
    IMPORTED = "imported"
    COUNTED = "counted"  # nothing changed: the counts are announced (a list was filled)


@dataclass(frozen=True, slots=True)
class AnnotationChange:
    """A change to the annotations of some documents.

    ``counts`` holds the number of live annotations of every document (by path) whose count
    may have changed; ``complete`` says it holds every annotated document (a document left out
    then has none).
    """

    kind: ChangeKind
    counts: Mapping[str, int] = field(default_factory=dict)
    complete: bool = False
