"""How a display mode converts: regional vocabulary on or off, 台 or 臺, personal rules.

The display mode (:class:`~reader.model.script.modes.DisplayMode`) says which script and
region; :class:`ScriptOptions` says the rest, and is part of every cache key of a display.
"""

from __future__ import annotations

from dataclasses import dataclass

from reader.model.script.modes import check_tai
from reader.model.script.rules import NO_RULES, RuleSet


@dataclass(frozen=True, slots=True)
class ScriptOptions:
    """The choices applied to every conversion (immutable and hashable).

    ``vocabulary`` off: the Taiwan and mainland modes convert characters only; ``tai``: the
    form of 台/臺 in the Taiwan mode (None: as native writers mix them); ``rules``: the
    personal rules.
    """

    vocabulary: bool = True
    tai: str | None = None
    rules: RuleSet = NO_RULES

    def __post_init__(self) -> None:
        check_tai(self.tai)


DEFAULT_OPTIONS = ScriptOptions()
