"""Why a rule or a rules file cannot be used: reason codes with their parameters; the English
(the command line's words) is what it always was."""

from __future__ import annotations

import errno
import json
from pathlib import Path

import pytest

from reader.model.script.rule_file import FORMAT, RuleFile, RuleFileError, parse_rules
from reader.model.script.rule_problems import (
    ENGLISH,
    RuleError,
    RuleProblem,
    RuleReason,
    problem_of_os_error,
)
from reader.model.script.rules import Rule


def _rules(*items: object) -> bytes:
    return json.dumps({"format": FORMAT, "version": 1, "rules": list(items)}).encode()


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"\xff\xfe{", RuleProblem(RuleReason.NOT_UTF8, ("0",))),
        (b"[" * 100_000, RuleProblem(RuleReason.NESTED_TOO_DEEPLY)),
        (b"[]", RuleProblem(RuleReason.NOT_RULES_FILE, (FORMAT,))),
        (
            json.dumps({"format": FORMAT}).encode(),
            RuleProblem(RuleReason.UNKNOWN_VERSION, ("None",)),
        ),
        (
            json.dumps({"format": FORMAT, "version": 1}).encode(),
            RuleProblem(RuleReason.NO_RULES_LIST),
        ),
        (_rules(*[{"original": "a"}] * 20_001), RuleProblem(RuleReason.TOO_MANY, ("20,000",))),
        (_rules({"original": "a"}, 3), RuleProblem(RuleReason.RULE_NOT_OBJECT, ("2",))),
        (_rules({"original": ""}), RuleProblem(RuleReason.NO_ORIGINAL, ("1",))),
        (_rules({"original": "a", "shown": 1}), RuleProblem(RuleReason.SHOWN_NOT_TEXT, ("1",))),
        (_rules({"original": "a", "in": "tw"}), RuleProblem(RuleReason.BAD_SCOPE, ("1",))),
        (_rules({"original": "a\u0007"}), RuleProblem(RuleReason.CONTROL_CHARACTERS, ("1",))),
        (_rules({"original": "a", "shown": ""}), RuleProblem(RuleReason.EMPTY, (), 1)),
        (
            _rules({"original": "a"}, {"original": "b" * 201}),
            RuleProblem(RuleReason.TOO_LONG, ("200",), 2),
        ),
    ],
)
def test_each_bad_file_has_its_reason(data: bytes, expected: RuleProblem) -> None:
    with pytest.raises(RuleFileError) as raised:
        parse_rules(data)
    assert raised.value.problem == expected
    assert str(raised.value) == expected.english


def test_the_english_is_the_command_lines_words() -> None:
    assert RuleProblem(RuleReason.TOO_LONG, ("200",), 2).english == (
        "rule 2: a rule is for at most 200 characters"
    )
    assert RuleProblem(RuleReason.NOT_JSON, ("1", "2", "Expecting value")).english == (
        "the file is not JSON (line 1, column 2: Expecting value)"
    )
    assert RuleProblem(RuleReason.BAD_SCOPE, ("3",)).english == (
        'rule 3: "in" must be "all", "traditional" or "simplified"'
    )
    assert set(ENGLISH) == set(RuleReason)


def test_not_json_gives_line_and_column() -> None:
    with pytest.raises(RuleFileError) as raised:
        parse_rules(b'{\n "format": }')
    problem = raised.value.problem
    assert problem.reason is RuleReason.NOT_JSON and problem.values[:2] == ("2", "12")


def test_a_too_large_file_says_its_limit() -> None:
    with pytest.raises(RuleFileError) as raised:
        parse_rules(b" " * (4 * 1024 * 1024 + 1))
    assert raised.value.problem == RuleProblem(RuleReason.FILE_TOO_LARGE, ("4",))


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (lambda: Rule("a", ""), RuleReason.EMPTY),
        (lambda: Rule("a\nb", "c"), RuleReason.TWO_LINES),
        (lambda: Rule("a" * 201, "b"), RuleReason.TOO_LONG),
    ],
)
def test_a_rule_that_cannot_be_made_says_why(make: object, reason: RuleReason) -> None:
    assert callable(make)
    with pytest.raises(RuleError) as raised:
        make()
    assert raised.value.problem.reason is reason and raised.value.problem.number == 0
    assert isinstance(raised.value, ValueError)


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        (PermissionError(errno.EACCES, "Permission denied"), RuleProblem(RuleReason.PERMISSION)),
        (IsADirectoryError(errno.EISDIR, "Is a directory"), RuleProblem(RuleReason.FOLDER)),
        (
            OSError(errno.EIO, "Input/output error"),
            RuleProblem(RuleReason.CANNOT_READ, ("Input/output error",)),
        ),
    ],
)
def test_a_file_that_cannot_be_read_says_why(error: OSError, expected: RuleProblem) -> None:
    problem = problem_of_os_error(error)
    assert problem == expected
    assert problem.english == error.strerror  # the words the window and CLI gave before


def test_the_data_folders_file_keeps_its_problem(tmp_path: Path) -> None:
    path = tmp_path / "conversion-rules.json"
    path.write_bytes(_rules({"original": "a", "in": "tw"}))
    store = RuleFile(path)
    store.load()
    assert store.problem == RuleProblem(RuleReason.BAD_SCOPE, ("1",))
    folder = RuleFile(tmp_path)  # a folder where the file should be
    folder.load()
    assert folder.problem == RuleProblem(RuleReason.FOLDER)
