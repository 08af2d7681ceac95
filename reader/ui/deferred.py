"""Parts built on first use: what the first article does not need (the All Annotations
window, the Folders dialog, the date filter's calendars) is neither imported nor made at
start-up.

The owner makes what must exist at once itself (the part's menu action, so the menus are
complete; the menu a calendar drops from) and hands it to the part when the part is first
wanted: by the action, or by the owner's accessor.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")


class Deferred(Generic[T]):
    """An object made by ``build`` the first time it is asked for, then always that one."""

    def __init__(self, build: Callable[[], T]) -> None:
        self._build: Callable[[], T] | None = build
        self._value: T | None = None

    @property
    def built(self) -> T | None:
        """The object if it has been made, else None (nothing is made)."""
        return self._value

    def get(self) -> T:
        """The object, made now if it was not yet."""
        if self._value is None:
            assert self._build is not None
            self._value = self._build()
            self._build = None
        return self._value
