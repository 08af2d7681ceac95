"""Why an annotation file imports nothing: reason codes with their parameters; the English
(the command line's words) is what it always was."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.model.annotations.import_problems import (
    ITEM_ENGLISH,
    Field,
    ImportProblem,
    ImportReason,
    ItemProblem,
    ItemReason,
)
from reader.model.annotations.transfer import AnnotationImportError, parse_collection
from reader.model.templates import fill

_SOURCE = "https://example.org/a"
_QUOTE = {"type": "TextQuoteSelector", "exact": "引文"}


def _item(**changes: object) -> dict[str, object]:
    item: dict[str, object] = {
        "type": "Annotation",
        "id": "urn:uuid:7d7d6c9e-35cb-4e44-a11e-2b0ea1a4d2d8",
        "target": {"source": _SOURCE, "selector": [_QUOTE]},
    }
    item.update(changes)
    return item


def _problem(data: object) -> ImportProblem:
    with pytest.raises(AnnotationImportError) as raised:
        parse_collection(json.dumps(data) if not isinstance(data, str) else data)
    assert str(raised.value) == raised.value.problem.english
    return raised.value.problem


def _item_problem(item: object) -> ItemProblem:
    problem = _problem([item])
    assert problem.reason is ImportReason.BAD_ITEMS and problem.more == 0
    [(number, found)] = problem.items
    assert number == 1
    return found


def _target(*selectors: object, source: object = _SOURCE) -> dict[str, object]:
    return {"source": source, "selector": list(selectors)}


@pytest.mark.parametrize(
    ("item", "expected", "english"),
    [
        (3, ItemProblem(ItemReason.NOT_OBJECT), "is not a JSON object"),
        (_item(type="Note"), ItemProblem(ItemReason.NOT_ANNOTATION), 'is not of type "Annotation"'),
        (_item(id=""), ItemProblem(ItemReason.NO_ID), "has no id"),
        (
            _item(id="urn:uuid:bad"),
            ItemProblem(ItemReason.BAD_UUID, None, ("'urn:uuid:bad'",)),
            "has an invalid urn:uuid id 'urn:uuid:bad'",
        ),
        (_item(target=[]), ItemProblem(ItemReason.NO_TARGET), "has no target"),
        (_item(target=_target(_QUOTE, source="nowhere")), ItemProblem(ItemReason.NO_SOURCE), ""),
        (_item(target=_target(3)), ItemProblem(ItemReason.SELECTOR_NOT_OBJECT), ""),
        (
            _item(target=_target({"type": "TextQuoteSelector", "exact": ""})),
            ItemProblem(ItemReason.NO_EXACT),
            "TextQuoteSelector has no exact text",
        ),
        (
            _item(target=_target({**_QUOTE, "prefix": 1})),
            ItemProblem(ItemReason.AFFIX_NOT_TEXT),
            "",
        ),
        (
            _item(target=_target(_QUOTE, {"type": "TextPositionSelector", "start": "x", "end": 2})),
            ItemProblem(ItemReason.NOT_WHOLE, Field.START),
            "TextPositionSelector start is not a whole number",
        ),
        (
            _item(
                target=_target(_QUOTE, {"type": "TextPositionSelector", "start": 0, "end": 2**70})
            ),
            ItemProblem(ItemReason.TOO_LARGE, Field.END),
            "TextPositionSelector end is far too large",
        ),
        (
            _item(target=_target(_QUOTE, {"type": "TextPositionSelector", "start": 5, "end": 2})),
            ItemProblem(ItemReason.NOT_RANGE, None, ("5", "2")),
            "TextPositionSelector 5–2 is not a range",
        ),
        (_item(target=_target()), ItemProblem(ItemReason.NO_QUOTE), ""),
        (_item(body=[3]), ItemProblem(ItemReason.BAD_BODY), ""),
        (_item(body=[{"value": 3}]), ItemProblem(ItemReason.BODY_NOT_TEXT), ""),
        (_item(created="yesterday"), ItemProblem(ItemReason.TIME_NOT_ISO), "not ISO 8601"),
        (
            _item(created="9999-12-31T23:59:59-12:00"),
            ItemProblem(ItemReason.TIME_OUTSIDE),
            "outside the dates",
        ),
        (
            _item(body=["\ud800"]),
            ItemProblem(ItemReason.LONE_SURROGATE, Field.NOTE),
            "the note contains a lone surrogate (not valid Unicode text)",
        ),
    ],
)
def test_each_unusable_item_has_its_reason(
    item: object, expected: ItemProblem, english: str
) -> None:
    found = _item_problem(item)
    assert found == expected
    assert english in found.english


@pytest.mark.parametrize(
    ("data", "reason", "english"),
    [
        ("{not json", ImportReason.NOT_JSON, "not JSON: Expecting property name enclosed in"),
        ("[" * 100_000, ImportReason.NESTED_TOO_DEEPLY, "JSON nested too deeply"),
        ({"type": "AnnotationCollection", "items": 3}, ImportReason.NO_ITEMS, '"items" list'),
        ({"type": "Something"}, ImportReason.NOT_W3C, "not a W3C Web Annotation file"),
        ([_item(), _item()], ImportReason.SAME_ID_TWICE, "the file has the same id twice"),
    ],
)
def test_each_unusable_file_has_its_reason(
    data: object, reason: ImportReason, english: str
) -> None:
    problem = _problem(data)
    assert problem.reason is reason
    assert english in problem.english


def test_not_json_gives_the_line_and_column() -> None:
    problem = _problem('[\n  {"a": }]')
    assert problem.values[1:] == ("2", "9")
    assert problem.english == f"not JSON: {problem.values[0]} at line 2 column 9"


def test_the_summary_names_five_items_and_counts_the_rest() -> None:
    problem = _problem([_item(), *([3] * 6), _item(id="")])
    assert problem.reason is ImportReason.BAD_ITEMS
    assert [n for n, _ in problem.items] == [2, 3, 4, 5, 6]
    assert problem.more == 2
    assert problem.english == (
        "nothing was imported: "
        + "; ".join(f"item {n}: is not a JSON object" for n in range(2, 7))
        + " (and 2 more)"
    )


def test_five_items_are_named_without_a_count() -> None:
    problem = _problem([3] * 5)
    assert problem.more == 0 and not problem.english.endswith("more)")


@given(st.lists(st.text(), max_size=3), st.text())
def test_values_are_put_in_as_they_are(values: list[str], field: str) -> None:
    """A value that looks like a placeholder ("{1}", "{field}") is not filled in again."""
    template = " ".join(["{field}", *(f"{{{i}}}" for i in range(len(values)))])
    assert fill(template, tuple(values), field) == " ".join([field, *values])


def test_every_item_reason_has_english() -> None:
    assert set(ITEM_ENGLISH) == set(ItemReason)
