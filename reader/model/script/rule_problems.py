"""Why a personal rule, or a rules file, cannot be used: reason codes, parameters and English.

The model never words these for the window: a :class:`RuleProblem` gives the reason (an enum)
and its values (a rule's number, a line and column); the window translates it into the
interface language (reader/ui/script/rule_problems.py), the command line prints
:attr:`RuleProblem.english` (the words it has always printed).
"""

from __future__ import annotations

import enum
import errno
from dataclasses import dataclass

from reader.model.templates import fill


class RuleReason(enum.StrEnum):
    """Why a rule or a rules file cannot be used."""

    # A file.
    FILE_TOO_LARGE = "file-too-large"  # values: the limit in MB
    NOT_UTF8 = "not-utf8"  # values: the byte's offset
    NESTED_TOO_DEEPLY = "nested-too-deeply"
    NOT_JSON = "not-json"  # values: line, column, json's message
    NOT_RULES_FILE = "not-rules-file"  # values: the format's name
    UNKNOWN_VERSION = "unknown-version"  # values: the version as written (Python's repr)
    NO_RULES_LIST = "no-rules-list"
    TOO_MANY = "too-many"  # values: the limit
    PERMISSION = "permission"
    FOLDER = "folder"
    CANNOT_READ = "cannot-read"  # values: the system's message
    # One rule of a file (values: its number first).
    RULE_NOT_OBJECT = "rule-not-object"
    NO_ORIGINAL = "no-original"
    SHOWN_NOT_TEXT = "shown-not-text"
    BAD_SCOPE = "bad-scope"
    CONTROL_CHARACTERS = "control-characters"
    # A rule itself (in a file, its number is the first value).
    EMPTY = "empty"
    TWO_LINES = "two-lines"
    TOO_LONG = "too-long"  # values: the limit in characters (after the number, in a file)


#: The English of each reason; ``{0}``, ``{1}``… are its values. The window has its own copy,
#: marked for translation.
ENGLISH: dict[RuleReason, str] = {
    RuleReason.FILE_TOO_LARGE: "the file is larger than {0} MB",
    RuleReason.NOT_UTF8: "the file is not UTF-8 text (byte {0})",
    RuleReason.NESTED_TOO_DEEPLY: "the file is not JSON (nested too deeply)",
    RuleReason.NOT_JSON: "the file is not JSON (line {0}, column {1}: {2})",
    RuleReason.NOT_RULES_FILE: 'not a conversion rules file (no "format": "{0}")',
    RuleReason.UNKNOWN_VERSION: "version {0} of the rules format is not known",
    RuleReason.NO_RULES_LIST: 'the file has no "rules" list',
    RuleReason.TOO_MANY: "the file has more than {0} rules",
    RuleReason.PERMISSION: "Permission denied",
    RuleReason.FOLDER: "Is a directory",
    RuleReason.CANNOT_READ: "{0}",
    RuleReason.RULE_NOT_OBJECT: "rule {0} is not an object",
    RuleReason.NO_ORIGINAL: 'rule {0}: "original" must be some text',
    RuleReason.SHOWN_NOT_TEXT: 'rule {0}: "shown" must be text',
    RuleReason.BAD_SCOPE: 'rule {0}: "in" must be "all", "traditional" or "simplified"',
    RuleReason.CONTROL_CHARACTERS: "rule {0}: control characters are not allowed",
    RuleReason.EMPTY: "a rule needs the text it applies to and what to show",
    RuleReason.TWO_LINES: "a rule is for text within one line",
    RuleReason.TOO_LONG: "a rule is for at most {0} characters",
}

#: The reasons of a rule itself: in a file they are said after "rule N: ".
OF_A_RULE = frozenset({RuleReason.EMPTY, RuleReason.TWO_LINES, RuleReason.TOO_LONG})


@dataclass(frozen=True, slots=True)
class RuleProblem:
    """Why a rule or a rules file cannot be used: the reason and its values.

    ``number`` is the rule's number in a file, for the reasons of a rule itself
    (:data:`OF_A_RULE`) found in a file (0: not in a file); the other rule reasons have it as
    their first value.
    """

    reason: RuleReason
    values: tuple[str, ...] = ()
    number: int = 0

    @property
    def english(self) -> str:
        """The problem in English (the command line's words)."""
        text = fill(ENGLISH[self.reason], self.values)
        return f"rule {self.number}: {text}" if self.number else text

    def in_rule(self, number: int) -> RuleProblem:
        """This problem of a rule, found as rule ``number`` of a file."""
        return RuleProblem(self.reason, self.values, number)


class RuleError(ValueError):
    """A rule, or a rules file, that cannot be used (``problem``; ``str(exc)`` in English)."""

    def __init__(self, problem: RuleProblem) -> None:
        super().__init__(problem.english)
        self.problem = problem

    @classmethod
    def of(cls, reason: RuleReason, *values: object) -> RuleError:
        """The error for ``reason`` with these values (written as text)."""
        return cls(RuleProblem(reason, tuple(str(v) for v in values)))


def problem_of_os_error(error: OSError) -> RuleProblem:
    """Why a rules file could not be read, from the system's error."""
    if error.errno in (errno.EACCES, errno.EPERM):
        return RuleProblem(RuleReason.PERMISSION)
    if error.errno == errno.EISDIR:
        return RuleProblem(RuleReason.FOLDER)
    return RuleProblem(RuleReason.CANNOT_READ, (error.strerror or str(error),))
