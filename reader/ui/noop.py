"""``QT_TRANSLATE_NOOP`` with a type: marks a source text for ``pyside6-lupdate`` in a table
built at import time, to be translated where it is shown (PySide6 types its own as
returning ``object``)."""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """``source``, unchanged; ``context`` is where lupdate files it."""
    return source
