"""Filling the templates of problem messages: ``{0}``, ``{1}``… and ``{field}``.

One place for the model's English wordings (the command line's) and the window's translated
ones alike: each placeholder is replaced once, so a value that itself holds braces (a file's
own text, a system message) is inserted as written, never filled in turn.
"""

from __future__ import annotations

import re

_PLACE = re.compile(r"\{(field|\d+)\}")


def fill(template: str, values: tuple[str, ...], field: str = "") -> str:
    """``template`` with ``{field}`` and ``{0}``, ``{1}``… replaced (values are not
    templates: braces in them stay as they are)."""

    def value(match: re.Match[str]) -> str:
        name = match.group(1)
        if name == "field":
            return field
        return values[int(name)] if int(name) < len(values) else match.group(0)

    return _PLACE.sub(value, template)
