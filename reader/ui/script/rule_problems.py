"""Why a personal rule or a rules file cannot be used, in the interface language (the model
gives reason codes: reader/model/script/rule_problems.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from reader.model.script.rule_problems import RuleError, RuleProblem, RuleReason
from reader.model.templates import fill
from reader.ui.noop import QT_TRANSLATE_NOOP

_C = "rule_problems"

# The same wording as the model's English, marked for translation; {0}, {1}… are the values.
_TEXTS: dict[RuleReason, str] = {
    RuleReason.FILE_TOO_LARGE: QT_TRANSLATE_NOOP("rule_problems", "the file is larger than {0} MB"),
    RuleReason.NOT_UTF8: QT_TRANSLATE_NOOP(
        "rule_problems", "the file is not UTF-8 text (byte {0})"
    ),
    RuleReason.NESTED_TOO_DEEPLY: QT_TRANSLATE_NOOP(
        "rule_problems", "the file is not JSON (nested too deeply)"
    ),
    # {2} is the JSON parser's own (English) message: the translations leave it out.
    RuleReason.NOT_JSON: QT_TRANSLATE_NOOP(
        "rule_problems", "the file is not JSON (line {0}, column {1}: {2})"
    ),
    RuleReason.NOT_RULES_FILE: QT_TRANSLATE_NOOP(
        "rule_problems", 'not a conversion rules file (no "format": "{0}")'
    ),
    RuleReason.UNKNOWN_VERSION: QT_TRANSLATE_NOOP(
        "rule_problems", "version {0} of the rules format is not known"
    ),
    RuleReason.NO_RULES_LIST: QT_TRANSLATE_NOOP("rule_problems", 'the file has no "rules" list'),
    RuleReason.TOO_MANY: QT_TRANSLATE_NOOP("rule_problems", "the file has more than {0} rules"),
    RuleReason.PERMISSION: QT_TRANSLATE_NOOP("rule_problems", "Permission denied"),
    RuleReason.FOLDER: QT_TRANSLATE_NOOP("rule_problems", "Is a directory"),
    RuleReason.RULE_NOT_OBJECT: QT_TRANSLATE_NOOP("rule_problems", "rule {0} is not an object"),
    RuleReason.NO_ORIGINAL: QT_TRANSLATE_NOOP(
        "rule_problems", 'rule {0}: "original" must be some text'
    ),
    RuleReason.SHOWN_NOT_TEXT: QT_TRANSLATE_NOOP("rule_problems", 'rule {0}: "shown" must be text'),
    RuleReason.BAD_SCOPE: QT_TRANSLATE_NOOP(
        "rule_problems", 'rule {0}: "in" must be "all", "traditional" or "simplified"'
    ),
    RuleReason.CONTROL_CHARACTERS: QT_TRANSLATE_NOOP(
        "rule_problems", "rule {0}: control characters are not allowed"
    ),
    RuleReason.EMPTY: QT_TRANSLATE_NOOP(
        "rule_problems", "a rule needs the text it applies to and what to show"
    ),
    RuleReason.TWO_LINES: QT_TRANSLATE_NOOP("rule_problems", "a rule is for text within one line"),
    RuleReason.TOO_LONG: QT_TRANSLATE_NOOP("rule_problems", "a rule is for at most {0} characters"),
}

_IN_RULE = QT_TRANSLATE_NOOP("rule_problems", "rule {number}: {problem}")


def describe_rule_problem(problem: RuleProblem) -> str:
    """The problem in the interface language (the system's own message as it is)."""
    template = _TEXTS.get(problem.reason)
    if template is None:  # RuleReason.CANNOT_READ: the system's message
        text = problem.values[0] if problem.values else ""
    else:
        text = fill(QCoreApplication.translate(_C, template), problem.values)
    if not problem.number:
        return text
    return (
        QCoreApplication.translate(_C, _IN_RULE)
        .replace("{number}", str(problem.number))
        .replace("{problem}", text)
    )


def describe_rule_error(error: ValueError) -> str:
    """Why a rule cannot be made, in the interface language (a :class:`RuleError`; any other
    ValueError in its own words)."""
    return describe_rule_problem(error.problem) if isinstance(error, RuleError) else str(error)
