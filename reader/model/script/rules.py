"""Personal conversion rules: "always show this as …" and "never convert this".

A rule names a piece of *original* text (as the document has it) and what a display shows for
it: ``shown`` (``原文 → 顯示``), or the original itself (never convert). An "always show" rule
holds for the script it was made in (every Traditional mode, or every Simplified mode); a
"never convert" rule for every mode but Original, which always shows the original anyway.

Rules are matched on the original text before conversion, leftmost and longest first (as
OpenCC matches its dictionaries), and each match is one atomic piece of the display: the
position map (``mapped.DisplayText``) gets one unit for it when its length or text changes,
and the text around it is converted as without rules.

:class:`RuleSet` is immutable and hashable, so it can be part of a cache key.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from reader.model.script.modes import DisplayMode
from reader.model.script.rule_problems import RuleError, RuleReason


class Scope(enum.StrEnum):
    """Where a rule holds: every converted mode, or the modes of one script."""

    ALL = "all"
    TRADITIONAL = "traditional"
    SIMPLIFIED = "simplified"

    def holds_in(self, mode: DisplayMode) -> bool:
        """Whether a rule of this scope applies to a display in ``mode``."""
        if mode is DisplayMode.ORIGINAL:
            return False
        if self is Scope.TRADITIONAL:
            return mode.is_traditional
        if self is Scope.SIMPLIFIED:
            return mode.is_simplified
        return True

    @staticmethod
    def of(mode: DisplayMode) -> Scope:
        """The scope of an "always show" rule made while reading in ``mode``."""
        if mode.is_traditional:
            return Scope.TRADITIONAL
        if mode.is_simplified:
            return Scope.SIMPLIFIED
        return Scope.ALL


MAX_RULE_LENGTH = 200  # characters of an original or a shown form


@dataclass(frozen=True, slots=True)
class Rule:
    """Show ``original`` as ``shown`` in the modes of ``scope`` (never convert: the same text)."""

    original: str
    shown: str
    scope: Scope = Scope.ALL

    def __post_init__(self) -> None:
        if not self.original or not self.shown:
            raise RuleError.of(RuleReason.EMPTY)
        if "\n" in self.original or "\n" in self.shown:
            raise RuleError.of(RuleReason.TWO_LINES)
        if len(self.original) > MAX_RULE_LENGTH or len(self.shown) > MAX_RULE_LENGTH:
            raise RuleError.of(RuleReason.TOO_LONG, MAX_RULE_LENGTH)

    @staticmethod
    def never_convert(original: str) -> Rule:
        """A rule keeping ``original`` as it is in every mode."""
        return Rule(original, original, Scope.ALL)

    @property
    def keeps_original(self) -> bool:
        """Whether this is a "never convert" rule."""
        return self.shown == self.original


@dataclass(frozen=True, slots=True)
class Match:
    """A rule's match in a text: ``text[start:end]`` is shown as ``shown``."""

    start: int
    end: int
    shown: str


@dataclass(frozen=True, slots=True)
class _Compiled:
    forms: dict[str, str]
    pattern: re.Pattern[str] | None


@dataclass(frozen=True, slots=True)
class RuleSet:
    """An ordered set of rules: at most one per (original, scope); later ones win."""

    rules: tuple[Rule, ...] = ()
    _compiled: dict[DisplayMode, _Compiled] = field(
        default_factory=dict, compare=False, hash=False, repr=False
    )

    @staticmethod
    def of(rules: Iterable[Rule]) -> RuleSet:
        """The rules, one per (original, scope), the last of each kept in its first place."""
        by_key: dict[tuple[str, Scope], Rule] = {}
        for rule in rules:
            by_key[(rule.original, rule.scope)] = rule
        return RuleSet(tuple(by_key.values()))

    def __bool__(self) -> bool:
        return bool(self.rules)

    def __len__(self) -> int:
        return len(self.rules)

    def __iter__(self) -> Iterator[Rule]:
        return iter(self.rules)

    def with_rule(self, rule: Rule) -> RuleSet:
        """This set with ``rule`` added (replacing one for the same original and scope)."""
        return RuleSet.of((*self.rules, rule))

    def without(self, rule: Rule) -> RuleSet:
        """This set without ``rule``."""
        return RuleSet(tuple(r for r in self.rules if r != rule))

    def forms(self, mode: DisplayMode) -> dict[str, str]:
        """original → shown for every rule that holds in ``mode`` (one script's rule over ALL)."""
        return self._for(mode).forms

    def _for(self, mode: DisplayMode) -> _Compiled:
        compiled = self._compiled.get(mode)
        if compiled is None:
            forms: dict[str, str] = {}
            for rule in self.rules:
                if rule.scope is Scope.ALL and rule.scope.holds_in(mode):
                    forms[rule.original] = rule.shown
            for rule in self.rules:
                if rule.scope is not Scope.ALL and rule.scope.holds_in(mode):
                    forms[rule.original] = rule.shown
            pattern = None
            if forms:
                # Longest first: at each position the regex takes the first alternative that
                # matches, so this is leftmost-longest matching.
                ordered = sorted(forms, key=lambda s: (-len(s), s))
                pattern = re.compile("|".join(re.escape(s) for s in ordered))
            compiled = _Compiled(forms, pattern)
            self._compiled[mode] = compiled  # a cache on a frozen object: same for every thread
        return compiled

    def matches(self, text: str, mode: DisplayMode) -> list[Match]:
        """The rules' matches in ``text`` for ``mode``, left to right, none overlapping."""
        compiled = self._for(mode)
        if compiled.pattern is None:
            return []
        forms = compiled.forms
        return [
            Match(m.start(), m.end(), forms[m.group()]) for m in compiled.pattern.finditer(text)
        ]

    def split(self, text: str, mode: DisplayMode) -> list[tuple[str, str | None]]:
        """``text`` cut at the rules' matches for ``mode``, in order: each piece with the form
        a rule shows it in, or None for the text between matches (converted as usual). An
        empty list when no rule matches."""
        pieces: list[tuple[str, str | None]] = []
        at = 0
        for match in self.matches(text, mode):
            if match.start > at:
                pieces.append((text[at : match.start], None))
            pieces.append((text[match.start : match.end], match.shown))
            at = match.end
        if pieces and at < len(text):
            pieces.append((text[at:], None))
        return pieces


NO_RULES = RuleSet()
