"""Back and forward through the places a reader has been: documents and jumps inside them.

A :class:`History` is a list of :class:`Step` values and the index of the current one, as a
web browser keeps them. Going somewhere new (another document, or a jump: a search hit, an
annotation, the top or the end) first writes down where the reader was in the current step,
drops the steps ahead of it and adds the new one; going back or forward writes down the
current step's place too, so that coming back to it lands where the reader left it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from reader.model.article.positions import ReadingPosition

# Older steps are forgotten beyond this many.
LIMIT = 200


@dataclass(frozen=True, slots=True)
class Step:
    """A place: a document (its key, the path) and where in it (None: not known yet — the
    document's own remembered position is used)."""

    key: str
    position: ReadingPosition | None = None


class History:
    """Back and forward steps; see the module documentation."""

    def __init__(self, limit: int = LIMIT) -> None:
        self._steps: list[Step] = []
        self._at = -1
        self._limit = limit

    @property
    def current(self) -> Step | None:
        """The step the reader is at."""
        return self._steps[self._at] if self._steps else None

    @property
    def steps(self) -> tuple[Step, ...]:
        """Every step, oldest first."""
        return tuple(self._steps)

    def can_go_back(self) -> bool:
        """Whether there is a step before the current one."""
        return self._at > 0

    def can_go_forward(self) -> bool:
        """Whether there is a step after the current one."""
        return 0 <= self._at < len(self._steps) - 1

    def leave(self, key: str, position: ReadingPosition) -> None:
        """Write down where the reader is in the current step (if it is document ``key``)."""
        step = self.current
        if step is not None and step.key == key:
            self._steps[self._at] = replace(step, position=position)

    def visit(self, key: str, position: ReadingPosition | None = None) -> None:
        """Go somewhere new: ``key`` at ``position`` (None: where it opens)."""
        del self._steps[self._at + 1 :]
        self._steps.append(Step(key, position))
        if len(self._steps) > self._limit:
            del self._steps[: len(self._steps) - self._limit]
        self._at = len(self._steps) - 1

    def back(self) -> Step | None:
        """The step before the current one, now current (None: there is none)."""
        if not self.can_go_back():
            return None
        self._at -= 1
        return self._steps[self._at]

    def forward(self) -> Step | None:
        """The step after the current one, now current (None: there is none)."""
        if not self.can_go_forward():
            return None
        self._at += 1
        return self._steps[self._at]
