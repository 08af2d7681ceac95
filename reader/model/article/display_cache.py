"""A bounded, thread-safe LRU cache of conversions, keyed by (document, display mode, options).

Converting a long article takes tens of milliseconds; toggling back to a mode already seen must
not pay that again. Workers fill the cache while the UI thread reads it, so every access holds a
lock; the (slow) conversion itself runs outside the lock, so one long conversion never blocks
readers of other entries. Two threads asking for the same missing entry at once may both
compute it; the first result stored wins and both get it.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

from reader.model.document.document import Document
from reader.model.script.modes import DisplayMode
from reader.model.script.options import ScriptOptions

V = TypeVar("V")


def document_key(doc: Document) -> tuple[str, int, int]:
    """A key that changes when the document's content changes (path, length, text hash)."""
    return (str(doc.path), len(doc.text), hash((doc.title, doc.text)))


def display_key(doc: Document, mode: DisplayMode, options: ScriptOptions) -> Hashable:
    """The key of ``doc``'s display in ``mode`` with ``options`` (vocabulary, 台/臺, rules):
    changing any of them is another display."""
    return (document_key(doc), mode, options)


class ConversionCache(Generic[V]):
    """Least-recently-used cache of at most ``capacity`` entries."""

    def __init__(self, capacity: int = 32) -> None:
        if capacity < 1:
            raise ValueError("capacity must be at least 1")
        self.capacity = capacity
        self._entries: OrderedDict[Hashable, V] = OrderedDict()
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0

    def __len__(self) -> int:
        with self._lock:
            return len(self._entries)

    def __contains__(self, key: Hashable) -> bool:
        with self._lock:
            return key in self._entries

    def get(self, key: Hashable) -> V | None:
        """The entry for ``key`` (now the most recently used), or None."""
        with self._lock:
            value = self._entries.get(key)
            if value is not None:
                self._entries.move_to_end(key)
            return value

    def put(self, key: Hashable, value: V) -> V:
        """Store ``value`` unless an entry is already there; returns the stored entry."""
        with self._lock:
            existing = self._entries.get(key)
            if existing is not None:
                self._entries.move_to_end(key)
                return existing
            self._entries[key] = value
            while len(self._entries) > self.capacity:
                self._entries.popitem(last=False)
            return value

    def get_or_create(self, key: Hashable, create: Callable[[], V]) -> V:
        """The entry for ``key``, computing it with ``create()`` (outside the lock) if missing."""
        value = self.get(key)
        with self._lock:
            if value is not None:
                self.hits += 1
                return value
            self.misses += 1
        return self.put(key, create())

    def clear(self) -> None:
        """Forget every entry."""
        with self._lock:
            self._entries.clear()
