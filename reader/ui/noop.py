"""No-op markers, typed: ``QT_TRANSLATE_NOOP`` marks a source text for ``pyside6-lupdate`` in a
table built at import time, to be translated where it is shown (PySide6 types its own as
returning ``object``); ``override`` is ``typing_extensions.override`` to the type checker,
and at run time marks the method as that one does, without importing ``typing_extensions``
(3–4 ms of the window's start-up)."""

from __future__ import annotations

from contextlib import suppress
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from typing_extensions import override as override
else:
    _F = TypeVar("_F")

    def override(method: _F, /) -> _F:
        """The method, marked ``__override__`` (as ``typing_extensions.override`` does)."""
        with suppress(AttributeError, TypeError):  # an object that takes no attributes
            method.__override__ = True  # type: ignore[attr-defined]
        return method


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """``source``, unchanged; ``context`` is where lupdate files it."""
    return source
