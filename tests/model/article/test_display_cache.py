"""The conversion cache: bounded LRU, one computation per key, safe across threads."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from reader.model.article.display_cache import ConversionCache, document_key
from reader.model.document.document import Block, BlockKind, Span, make_document
from reader.model.script.modes import DisplayMode


def test_evicts_least_recently_used() -> None:
    cache: ConversionCache[str] = ConversionCache(capacity=2)
    cache.put(("a", DisplayMode.TAIWAN), "A")
    cache.put(("b", DisplayMode.TAIWAN), "B")
    assert cache.get(("a", DisplayMode.TAIWAN)) == "A"  # a is now the most recent
    cache.put(("c", DisplayMode.TAIWAN), "C")
    assert ("b", DisplayMode.TAIWAN) not in cache
    assert ("a", DisplayMode.TAIWAN) in cache and len(cache) == 2


def test_get_or_create_computes_once() -> None:
    cache: ConversionCache[int] = ConversionCache(capacity=4)
    calls: list[int] = []

    def make() -> int:
        calls.append(1)
        return 42

    assert cache.get_or_create("k", make) == 42
    assert cache.get_or_create("k", make) == 42
    assert len(calls) == 1 and (cache.hits, cache.misses) == (1, 1)
    cache.clear()
    assert cache.get("k") is None


def test_threads_share_one_entry() -> None:
    cache: ConversionCache[object] = ConversionCache(capacity=8)
    results: list[object] = []
    barrier = threading.Barrier(8)

    def work() -> None:
        barrier.wait()
        results.append(cache.get_or_create("doc", object))

    threads = [threading.Thread(target=work) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(results) == 8 and len({id(r) for r in results}) == 1


def test_bad_capacity() -> None:
    with pytest.raises(ValueError, match="capacity"):
        ConversionCache(capacity=0)


def test_document_key_follows_content() -> None:
    one = make_document(Path("a.md"), "t", (Block(BlockKind.PARAGRAPH, (Span("软件"),)),))
    two = make_document(Path("a.md"), "t", (Block(BlockKind.PARAGRAPH, (Span("软体"),)),))
    assert document_key(one) == document_key(one)
    assert document_key(one) != document_key(two)
