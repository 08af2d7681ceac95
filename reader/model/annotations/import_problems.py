"""Why an annotation file is not imported: reason codes with their parameters, and their English.

The model never words a problem for the window: an :class:`ImportProblem` gives the reason for
the whole file (an enum) and what it needs (a line and column, the problems of the first items
with their numbers); the window translates it into the interface language, the command line
prints :attr:`ImportProblem.english` (the words it has always printed).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from reader.model.templates import fill


class Field(enum.StrEnum):
    """A part of an annotation an item problem is about."""

    START = "start"  # TextPositionSelector start
    END = "end"
    QUOTE = "quote"
    PREFIX = "prefix"
    SUFFIX = "suffix"
    NOTE = "note"
    ID = "id"
    TAG = "tag"
    SOURCE = "source"
    TITLE = "title"


FIELD_ENGLISH: dict[Field, str] = {
    Field.START: "TextPositionSelector start",
    Field.END: "TextPositionSelector end",
    Field.QUOTE: "the quote",
    Field.PREFIX: "the prefix",
    Field.SUFFIX: "the suffix",
    Field.NOTE: "the note",
    Field.ID: "the id",
    Field.TAG: "a tag",
    Field.SOURCE: "the source",
    Field.TITLE: "the title",
}


class ItemReason(enum.StrEnum):
    """Why one item of an annotation file cannot be imported."""

    NOT_OBJECT = "not-object"
    NOT_ANNOTATION = "not-annotation"
    NO_ID = "no-id"
    BAD_UUID = "bad-uuid"  # values: the id as written (Python's repr)
    NO_TARGET = "no-target"
    NO_SOURCE = "no-source"
    SELECTOR_NOT_OBJECT = "selector-not-object"
    NO_EXACT = "no-exact"
    AFFIX_NOT_TEXT = "affix-not-text"
    NOT_WHOLE = "not-whole"  # field: START or END
    TOO_LARGE = "too-large"  # field: START or END
    NOT_RANGE = "not-range"  # values: start, end
    NO_QUOTE = "no-quote"
    BAD_BODY = "bad-body"
    BODY_NOT_TEXT = "body-not-text"
    TIME_OUTSIDE = "time-outside"
    TIME_NOT_ISO = "time-not-iso"
    LONE_SURROGATE = "lone-surrogate"  # field: the text that has one


#: The English of each item reason; ``{field}`` is the field's English, ``{0}``, ``{1}`` the
#: values. The window has its own copy, marked for translation
#: (reader/ui/annotations/import_problems.py).
ITEM_ENGLISH: dict[ItemReason, str] = {
    ItemReason.NOT_OBJECT: "is not a JSON object",
    ItemReason.NOT_ANNOTATION: 'is not of type "Annotation"',
    ItemReason.NO_ID: "has no id",
    ItemReason.BAD_UUID: "has an invalid urn:uuid id {0}",
    ItemReason.NO_TARGET: "has no target with a source and selectors",
    ItemReason.NO_SOURCE: "target has no source URI",
    ItemReason.SELECTOR_NOT_OBJECT: "has a selector that is not a JSON object",
    ItemReason.NO_EXACT: "TextQuoteSelector has no exact text",
    ItemReason.AFFIX_NOT_TEXT: "TextQuoteSelector prefix/suffix are not text",
    ItemReason.NOT_WHOLE: "{field} is not a whole number",
    ItemReason.TOO_LARGE: "{field} is far too large",
    ItemReason.NOT_RANGE: "TextPositionSelector {0}–{1} is not a range",
    ItemReason.NO_QUOTE: "target has no TextQuoteSelector",
    ItemReason.BAD_BODY: "has a body that is neither text nor a JSON object",
    ItemReason.BODY_NOT_TEXT: "has a body whose value is not text",
    ItemReason.TIME_OUTSIDE: "has a created/modified time outside the dates that can be stored",
    ItemReason.TIME_NOT_ISO: "has a created/modified time that is not ISO 8601",
    ItemReason.LONE_SURROGATE: "{field} contains a lone surrogate (not valid Unicode text)",
}


@dataclass(frozen=True, slots=True)
class ItemProblem:
    """Why one item cannot be imported: the reason, the field it is about, the values."""

    reason: ItemReason
    field: Field | None = None
    values: tuple[str, ...] = ()

    @property
    def english(self) -> str:
        """The problem in English (the command line's words)."""
        field = FIELD_ENGLISH[self.field] if self.field is not None else ""
        return fill(ITEM_ENGLISH[self.reason], self.values, field)


class ItemError(ValueError):
    """One item of an import file is unusable (``problem``; ``str(exc)`` in English)."""

    def __init__(self, reason: ItemReason, field: Field | None = None, *values: str) -> None:
        self.problem = ItemProblem(reason, field, values)
        super().__init__(self.problem.english)


class ImportReason(enum.StrEnum):
    """Why an annotation file imports nothing."""

    NOT_JSON = "not-json"  # values: json's message, line, column
    NESTED_TOO_DEEPLY = "nested-too-deeply"
    NO_ITEMS = "no-items"  # an AnnotationCollection without an "items" list
    NOT_W3C = "not-w3c"
    BAD_ITEMS = "bad-items"  # items: the first problems with their item numbers; more: the rest
    SAME_ID_TWICE = "same-id-twice"


IMPORT_ENGLISH: dict[ImportReason, str] = {
    ImportReason.NOT_JSON: "not JSON: {0} at line {1} column {2}",
    ImportReason.NESTED_TOO_DEEPLY: "not an annotation file: JSON nested too deeply",
    ImportReason.NO_ITEMS: 'the AnnotationCollection has no "items" list',
    ImportReason.NOT_W3C: (
        "not a W3C Web Annotation file: expected an AnnotationCollection with items"
    ),
    ImportReason.BAD_ITEMS: "nothing was imported: {items}",
    ImportReason.SAME_ID_TWICE: "nothing was imported: the file has the same id twice",
}

#: How many item problems a file's problem names (the rest are counted).
SHOWN_ITEMS = 5


@dataclass(frozen=True, slots=True)
class ImportProblem:
    """Why a file imports nothing: the reason, its values, and for unusable items the first
    :data:`SHOWN_ITEMS` of them (item number, problem) and how many more there are."""

    reason: ImportReason
    values: tuple[str, ...] = ()
    items: tuple[tuple[int, ItemProblem], ...] = ()
    more: int = 0

    @classmethod
    def bad_items(cls, problems: list[tuple[int, ItemProblem]]) -> ImportProblem:
        """The problem of a file whose numbered items have these problems."""
        return cls(
            ImportReason.BAD_ITEMS,
            items=tuple(problems[:SHOWN_ITEMS]),
            more=max(0, len(problems) - SHOWN_ITEMS),
        )

    @property
    def english(self) -> str:
        """The problem in English (the command line's words)."""
        text = fill(IMPORT_ENGLISH[self.reason], self.values)
        if self.reason is not ImportReason.BAD_ITEMS:
            return text
        listed = "; ".join(f"item {n}: {problem.english}" for n, problem in self.items)
        more = f" (and {self.more} more)" if self.more else ""
        return text.replace("{items}", listed + more)
