"""Why an annotation file imports nothing, in the interface language (the model gives reason
codes: reader/model/annotations/import_problems.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from reader.model.annotations.import_problems import (
    Field,
    ImportProblem,
    ImportReason,
    ItemProblem,
    ItemReason,
)
from reader.model.templates import fill
from reader.ui.noop import QT_TRANSLATE_NOOP

_C = "import_problems"

# The same wording as the model's English, marked for translation: {field} is a field's
# words, {0}, {1}… the values.
_FIELDS: dict[Field, str] = {
    Field.START: QT_TRANSLATE_NOOP("import_problems", "TextPositionSelector start"),
    Field.END: QT_TRANSLATE_NOOP("import_problems", "TextPositionSelector end"),
    Field.QUOTE: QT_TRANSLATE_NOOP("import_problems", "the quote"),
    Field.PREFIX: QT_TRANSLATE_NOOP("import_problems", "the prefix"),
    Field.SUFFIX: QT_TRANSLATE_NOOP("import_problems", "the suffix"),
    Field.NOTE: QT_TRANSLATE_NOOP("import_problems", "the note"),
    Field.ID: QT_TRANSLATE_NOOP("import_problems", "the id"),
    Field.TAG: QT_TRANSLATE_NOOP("import_problems", "a tag"),
    Field.SOURCE: QT_TRANSLATE_NOOP("import_problems", "the source"),
    Field.TITLE: QT_TRANSLATE_NOOP("import_problems", "the title"),
}

_ITEMS: dict[ItemReason, str] = {
    ItemReason.NOT_OBJECT: QT_TRANSLATE_NOOP("import_problems", "is not a JSON object"),
    ItemReason.NOT_ANNOTATION: QT_TRANSLATE_NOOP("import_problems", 'is not of type "Annotation"'),
    ItemReason.NO_ID: QT_TRANSLATE_NOOP("import_problems", "has no id"),
    ItemReason.BAD_UUID: QT_TRANSLATE_NOOP("import_problems", "has an invalid urn:uuid id {0}"),
    ItemReason.NO_TARGET: QT_TRANSLATE_NOOP(
        "import_problems", "has no target with a source and selectors"
    ),
    ItemReason.NO_SOURCE: QT_TRANSLATE_NOOP("import_problems", "target has no source URI"),
    ItemReason.SELECTOR_NOT_OBJECT: QT_TRANSLATE_NOOP(
        "import_problems", "has a selector that is not a JSON object"
    ),
    ItemReason.NO_EXACT: QT_TRANSLATE_NOOP(
        "import_problems", "TextQuoteSelector has no exact text"
    ),
    ItemReason.AFFIX_NOT_TEXT: QT_TRANSLATE_NOOP(
        "import_problems", "TextQuoteSelector prefix/suffix are not text"
    ),
    ItemReason.NOT_WHOLE: QT_TRANSLATE_NOOP("import_problems", "{field} is not a whole number"),
    ItemReason.TOO_LARGE: QT_TRANSLATE_NOOP("import_problems", "{field} is far too large"),
    ItemReason.NOT_RANGE: QT_TRANSLATE_NOOP(
        "import_problems", "TextPositionSelector {0}–{1} is not a range"
    ),
    ItemReason.NO_QUOTE: QT_TRANSLATE_NOOP("import_problems", "target has no TextQuoteSelector"),
    ItemReason.BAD_BODY: QT_TRANSLATE_NOOP(
        "import_problems", "has a body that is neither text nor a JSON object"
    ),
    ItemReason.BODY_NOT_TEXT: QT_TRANSLATE_NOOP(
        "import_problems", "has a body whose value is not text"
    ),
    ItemReason.TIME_OUTSIDE: QT_TRANSLATE_NOOP(
        "import_problems", "has a created/modified time outside the dates that can be stored"
    ),
    ItemReason.TIME_NOT_ISO: QT_TRANSLATE_NOOP(
        "import_problems", "has a created/modified time that is not ISO 8601"
    ),
    ItemReason.LONE_SURROGATE: QT_TRANSLATE_NOOP(
        "import_problems", "{field} contains a lone surrogate (not valid Unicode text)"
    ),
}

_FILES: dict[ImportReason, str] = {
    # {0} is the JSON parser's own (English) message: the translations leave it out.
    ImportReason.NOT_JSON: QT_TRANSLATE_NOOP(
        "import_problems", "not JSON: {0} at line {1} column {2}"
    ),
    ImportReason.NESTED_TOO_DEEPLY: QT_TRANSLATE_NOOP(
        "import_problems", "not an annotation file: JSON nested too deeply"
    ),
    ImportReason.NO_ITEMS: QT_TRANSLATE_NOOP(
        "import_problems", 'the AnnotationCollection has no "items" list'
    ),
    ImportReason.NOT_W3C: QT_TRANSLATE_NOOP(
        "import_problems",
        "not a W3C Web Annotation file: expected an AnnotationCollection with items",
    ),
    ImportReason.BAD_ITEMS: QT_TRANSLATE_NOOP("import_problems", "nothing was imported: {items}"),
    ImportReason.SAME_ID_TWICE: QT_TRANSLATE_NOOP(
        "import_problems", "nothing was imported: the file has the same id twice"
    ),
}

_ITEM = QT_TRANSLATE_NOOP("import_problems", "item {number}: {problem}")
_SEPARATOR = QT_TRANSLATE_NOOP("import_problems", "; ")  # between the items' problems
_MORE = QT_TRANSLATE_NOOP("import_problems", " (and {count} more)")


def _tr(text: str) -> str:
    return QCoreApplication.translate(_C, text)


def describe_item_problem(problem: ItemProblem) -> str:
    """One item's problem in the interface language (values from the file as they are)."""
    field = _tr(_FIELDS[problem.field]) if problem.field is not None else ""
    return fill(_tr(_ITEMS[problem.reason]), problem.values, field)


def describe_import_problem(problem: ImportProblem) -> str:
    """Why a file imports nothing, in the interface language: for unusable items, the first
    few with their numbers and how many more there are."""
    text = fill(_tr(_FILES[problem.reason]), problem.values)
    if problem.reason is not ImportReason.BAD_ITEMS:
        return text
    listed = _tr(_SEPARATOR).join(
        _tr(_ITEM).replace("{number}", str(n)).replace("{problem}", describe_item_problem(p))
        for n, p in problem.items
    )
    more = _tr(_MORE).replace("{count}", str(problem.more)) if problem.more else ""
    return text.replace("{items}", listed + more)
