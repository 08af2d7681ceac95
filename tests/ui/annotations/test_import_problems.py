"""Every reason an annotation file imports nothing, worded in each interface language."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from reader.model.annotations.import_problems import (
    ITEM_ENGLISH,
    Field,
    ImportProblem,
    ImportReason,
    ItemProblem,
    ItemReason,
)
from reader.ui.annotations.import_problems import describe_import_problem, describe_item_problem
from reader.ui.language import Language
from tests.integration.test_interface_language import english_left
from tests.ui.translated import translated

# Names and notations a file has as they are (the W3C type names are in english_left's list).
_NOTATION = ("urn:uuid", '"items"', "URI", "ISO 8601", "Unicode")


def _no_english(text: str) -> bool:
    for notation in _NOTATION:
        text = text.replace(notation, "")
    return bool(text) and not english_left(text)


def _items() -> list[ItemProblem]:
    """Every item reason, with each field where it has one, and values with no Latin."""
    problems: list[ItemProblem] = []
    for reason in ItemReason:
        fields = list(Field) if "{field}" in ITEM_ENGLISH[reason] else [None]
        problems.extend(ItemProblem(reason, field, ("5", "2")) for field in fields)
    return problems


@pytest.fixture(params=["zh_TW", "zh_CN"])
def language(request: pytest.FixtureRequest) -> Iterator[Language]:
    with translated(request.param) as chosen:
        yield chosen


def test_every_item_problem_is_translated(qapp: object, language: Language) -> None:
    for problem in _items():
        text = describe_item_problem(problem)
        assert _no_english(text), (problem, text)


def test_every_file_problem_is_translated(qapp: object, language: Language) -> None:
    for reason in ImportReason:
        problem = (
            ImportProblem.bad_items([(1, ItemProblem(ItemReason.NO_ID))])
            if reason is ImportReason.BAD_ITEMS
            else ImportProblem(reason, ("Expecting value", "3", "4"))
        )
        text = describe_import_problem(problem)
        assert _no_english(text), (reason, text)
        if reason is ImportReason.NOT_JSON:
            assert "3" in text and "4" in text  # the line and column; json's words left out


def test_the_summary_in_each_language(qapp: object, language: Language) -> None:
    problems = [(n, ItemProblem(ItemReason.NOT_RANGE, None, (str(n), "0"))) for n in range(1, 9)]
    text = describe_import_problem(ImportProblem.bad_items(problems))
    item = {Language.TRADITIONAL: "項", Language.SIMPLIFIED: "项"}[language]
    assert text.count("；") == 4 and text.endswith(f"（另有 3 {item}）")
    assert f"第 5 {item}：TextPositionSelector 5–0" in text and "第 6" not in text


def test_the_english_window_says_what_the_command_line_says(qapp: object) -> None:
    problems = [
        ImportProblem(ImportReason.NOT_JSON, ("Expecting value", "3", "4")),
        ImportProblem.bad_items([(n, p) for n, p in enumerate(_items(), 1)]),
        ImportProblem(ImportReason.SAME_ID_TWICE),
    ]
    for problem in problems:
        assert describe_import_problem(problem) == problem.english
    for item in _items():
        assert describe_item_problem(item) == item.english
