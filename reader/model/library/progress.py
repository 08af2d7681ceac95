"""How far a library update has come, and what it did (:meth:`LibraryIndex.update`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True, slots=True)
class Progress:
    """How far an update has come."""

    done: int
    total: int
    elapsed: float

    @property
    def rate(self) -> float:
        """Documents per second so far."""
        return self.done / self.elapsed if self.elapsed > 0 else 0.0


@dataclass(slots=True)
class UpdateStats:
    """What an update did."""

    scanned: int = 0
    parsed: int = 0
    unchanged: int = 0
    deleted: int = 0
    errors: int = 0
    cancelled: bool = False
    seconds: float = 0.0
    problems: list[tuple[Path, str]] = field(default_factory=list)
    folders: list[Path] = field(default_factory=list)
