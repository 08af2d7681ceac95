"""The reading-position store."""

from __future__ import annotations

from pathlib import Path

from reader.model.article.positions import ReadingPosition, ReadingPositions


def test_positions_survive_reopening(tmp_path: Path) -> None:
    store = ReadingPositions(tmp_path / "p.sqlite3")
    store.set("/a.md", ReadingPosition(1234, 0.5))
    store.set("/b.md", ReadingPosition(10, 0.01))
    store.close()
    store = ReadingPositions(tmp_path / "p.sqlite3")
    assert store.get("/a.md") == ReadingPosition(1234, 0.5)
    assert store.get("/b.md") == ReadingPosition(10, 0.01)
    assert store.get("/c.md") is None


def test_the_top_is_forgotten_and_values_are_clamped(tmp_path: Path) -> None:
    store = ReadingPositions(tmp_path / "p.sqlite3")
    store.set("/a.md", ReadingPosition(50, 0.2))
    store.set("/a.md", ReadingPosition(0, 0.0))
    assert store.get("/a.md") is None
    store.set("/a.md", ReadingPosition(-5, 7.0))
    assert store.get("/a.md") == ReadingPosition(0, 1.0)
