"""Read marks and stars: kept in the user's state.sqlite3, not in the derived index."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.model.library.index import LibraryIndex
from reader.model.library.listing import ListQuery
from reader.model.library.state import Mark, ReadingState, document_key


def post(title: str, url: str = "") -> str:
    link = f"from: {url}\n" if url else ""
    return f'---\ntitle: "{title}"\n{link}date: 2021-01-10T10:00:00Z\n---\n\n{title}的內容。\n'


@pytest.fixture
def state(tmp_path: Path) -> Iterator[ReadingState]:
    store = ReadingState(tmp_path / "data" / "state.sqlite3")
    yield store
    store.close()


def index_of(tmp_path: Path, state: ReadingState, root: Path) -> LibraryIndex:
    index = LibraryIndex(tmp_path / "data" / "library.sqlite3", state.path)
    index.update([root], workers=1)
    return index


def test_marks_and_stars_are_set_and_taken_away(state: ReadingState) -> None:
    assert state.mark("path:/a.md") == Mark()
    state.set_read(["path:/a.md", "path:/b.md"])
    state.set_starred(["path:/b.md"])
    assert state.marks(["path:/a.md", "path:/b.md", "path:/c.md"]) == {
        "path:/a.md": Mark(read=True),
        "path:/b.md": Mark(read=True, starred=True),
    }
    state.set_read(["path:/b.md"], False)
    state.set_read(["path:/a.md"], False)
    assert state.marks(["path:/a.md", "path:/b.md"]) == {"path:/b.md": Mark(starred=True)}
    assert (state.count("read"), state.count("starred")) == (0, 1)


def test_marks_survive_deleting_the_index(tmp_path: Path, state: ReadingState) -> None:
    root = tmp_path / "lib"
    root.mkdir()
    (root / "a.md").write_text(post("甲"), "utf-8")
    (root / "b.md").write_text(post("乙"), "utf-8")
    index = index_of(tmp_path, state, root)
    a = index.summary_of(root / "a.md")
    assert a is not None and not a.read and not a.starred
    state.set_read([a.key])
    state.set_starred([a.key])
    index.close()
    for name in ("library.sqlite3", "library.sqlite3-wal", "library.sqlite3-shm"):
        (tmp_path / "data" / name).unlink(missing_ok=True)
    index = index_of(tmp_path, state, root)
    try:
        again = index.summary_of(root / "a.md")
        assert again is not None and again.read and again.starred
        assert index.count(ListQuery(read=False)) == 1
    finally:
        index.close()


def test_a_post_with_a_source_url_keeps_its_marks_when_it_moves(
    tmp_path: Path, state: ReadingState
) -> None:
    root = tmp_path / "lib"
    root.mkdir()
    (root / "a.md").write_text(post("甲", "https://example.com/post/1/"), "utf-8")
    index = index_of(tmp_path, state, root)
    try:
        summary = index.summary_of(root / "a.md")
        assert summary is not None and summary.key == "url:https://example.com/post/1"
        state.set_starred([summary.key])
        (root / "2021").mkdir()
        shutil.move(root / "a.md", root / "2021" / "moved.md")
        index.update([root], workers=1)
        moved = index.summary_of(root / "2021" / "moved.md")
        assert moved is not None and moved.starred
    finally:
        index.close()


def test_an_index_without_state_lists_everything_unread(tmp_path: Path) -> None:
    root = tmp_path / "lib"
    root.mkdir()
    (root / "a.md").write_text(post("甲"), "utf-8")
    index = LibraryIndex(tmp_path / "library.sqlite3", tmp_path / "missing.sqlite3")
    try:
        index.update([root], workers=1)
        assert index.count(ListQuery(read=False)) == 1
        assert index.count(ListQuery(starred=True)) == 0
    finally:
        index.close()
    assert not (tmp_path / "missing.sqlite3").exists()


@given(
    st.text(
        st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00/"), min_size=1
    ).filter(lambda name: name.strip(".") != ""),  # "." and ".." are not file names
    st.sampled_from(["", "https://Example.com/a/", "HTTPS://example.com/a#top"]),
)
def test_document_key_is_the_url_else_the_absolute_path(name: str, url: str) -> None:
    key = document_key(Path("/lib") / name, url)
    if url:
        assert key == "url:https://example.com/a"
    else:
        assert key.startswith("path:/lib/") and key.encode("utf-8")


def test_a_name_that_is_not_utf8_has_a_storable_key() -> None:
    key = document_key(b"/lib/\xff.md", "")
    assert key == "path:/lib/\\xff.md"
    key.encode("utf-8")


def test_read_flags_of_an_older_index_are_adopted_once(tmp_path: Path) -> None:
    from reader.model.library.queries import adopt_index_read_marks

    root = tmp_path / "lib"
    root.mkdir()
    (root / "a.md").write_text(post("甲"), "utf-8")
    (root / "b.md").write_text(post("乙"), "utf-8")
    db_path = tmp_path / "library.sqlite3"
    index = LibraryIndex(db_path)
    index.update([root], workers=1)
    index.execute("UPDATE documents SET read = 1 WHERE path = ?", (str(root / "a.md"),))
    index.close()
    state = ReadingState(tmp_path / "state.sqlite3")
    try:
        assert state.created
        assert adopt_index_read_marks(db_path, state) == 1
        assert state.marks([document_key(root / "a.md", ""), document_key(root / "b.md", "")]) == {
            document_key(root / "a.md", ""): Mark(read=True)
        }
    finally:
        state.close()
    again = ReadingState(tmp_path / "state.sqlite3")
    assert not again.created
    again.close()
