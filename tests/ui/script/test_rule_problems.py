"""Every reason a rule or a rules file cannot be used, worded in each interface language."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from reader.model.script.rule_problems import OF_A_RULE, RuleError, RuleProblem, RuleReason
from reader.ui.language import Language
from reader.ui.script.rule_problems import describe_rule_error, describe_rule_problem
from tests.integration.test_interface_language import english_left
from tests.ui.translated import translated

# Names a file must have as they are (the format, its keys and values), and a unit.
_NOTATION = ('"format"', '"tongwen-reader/conversion-rules"', '"rules"', '"original"', '"shown"',
             '"in"', '"all"', '"traditional"', '"simplified"', "MB")  # fmt: skip


def _problems() -> list[RuleProblem]:
    """Every reason (the system's own message aside), in a file where it can be."""
    values = {
        RuleReason.NOT_RULES_FILE: ("tongwen-reader/conversion-rules",),
        RuleReason.NOT_JSON: ("2", "3", "Expecting value"),
    }
    problems = [
        RuleProblem(reason, values.get(reason, ("7",)))
        for reason in RuleReason
        if reason is not RuleReason.CANNOT_READ
    ]
    return problems + [RuleProblem(reason, ("200",), 4) for reason in OF_A_RULE]


@pytest.fixture(params=["zh_TW", "zh_CN"])
def language(request: pytest.FixtureRequest) -> Iterator[Language]:
    with translated(request.param) as chosen:
        yield chosen


def test_every_rule_problem_is_translated(qapp: object, language: Language) -> None:
    for problem in _problems():
        text = describe_rule_problem(problem)
        for notation in _NOTATION:
            text = text.replace(notation, "")
        assert text and not english_left(text), (problem, text)


def test_a_rule_in_a_file_is_named_by_its_number(qapp: object, language: Language) -> None:
    text = describe_rule_problem(RuleProblem(RuleReason.TOO_LONG, ("200",), 4))
    rule = {Language.TRADITIONAL: "第 4 條規則", Language.SIMPLIFIED: "第 4 条规则"}[language]
    assert text.startswith(rule) and "200" in text


def test_a_rule_error_is_worded_and_another_error_kept(qapp: object, language: Language) -> None:
    error = RuleError(RuleProblem(RuleReason.EMPTY))
    assert not english_left(describe_rule_error(error))
    assert describe_rule_error(ValueError("其他")) == "其他"


def test_the_english_window_says_what_the_command_line_says(qapp: object) -> None:
    for problem in [*_problems(), RuleProblem(RuleReason.CANNOT_READ, ("Input/output error",))]:
        assert describe_rule_problem(problem) == problem.english
