"""Smart views: All, Unread, Starred, Today, With highlights, and their counts."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from reader.model.library.index import LibraryIndex
from reader.model.library.listing import ListQuery
from reader.model.library.state import ReadingState
from reader.model.library.views import SmartView, apply_view, view_counts


def post(title: str, when: datetime) -> str:
    return f'---\ntitle: "{title}"\ndate: {when.isoformat()}\n---\n\n{title}。\n'


def test_each_view_lists_and_counts_its_documents(tmp_path: Path) -> None:
    now = datetime.now(UTC).replace(microsecond=0)
    today = now - timedelta(hours=1)
    root = tmp_path / "lib"
    root.mkdir()
    (root / "new.md").write_text(post("新", now), "utf-8")
    (root / "old.md").write_text(post("舊", now - timedelta(days=30)), "utf-8")
    (root / "older.md").write_text(post("更舊", now - timedelta(days=60)), "utf-8")
    state = ReadingState(tmp_path / "state.sqlite3")
    db_path = tmp_path / "library.sqlite3"
    index = LibraryIndex(db_path, state.path)
    try:
        index.update([root], workers=1)
        keys = {p.name: index.summary_of(p).key for p in root.iterdir()}  # type: ignore[union-attr]
        state.set_read([keys["old.md"]])
        state.set_starred([keys["older.md"]])
        annotated = (str(root / "old.md"),)
        roots = (str(root),)

        def names(view: SmartView) -> set[str]:
            query = apply_view(ListQuery(roots=roots), view, today, annotated)
            return {index.summaries([i])[i].path.name for i in index.list_ids(query)}

        assert names(SmartView.ALL) == {"new.md", "old.md", "older.md"}
        assert names(SmartView.UNREAD) == {"new.md", "older.md"}
        assert names(SmartView.STARRED) == {"older.md"}
        assert names(SmartView.TODAY) == {"new.md"}
        assert names(SmartView.HIGHLIGHTS) == {"old.md"}
        assert view_counts(db_path, state.path, roots, today, annotated) == {
            SmartView.ALL: 3,
            SmartView.UNREAD: 2,
            SmartView.STARRED: 1,
            SmartView.TODAY: 1,
            SmartView.HIGHLIGHTS: 1,
        }
        assert view_counts(db_path, state.path, (str(tmp_path / "x"),), today, annotated) == {
            v: 0 for v in SmartView
        }
    finally:
        index.close()
        state.close()


def test_a_view_narrows_the_other_filters() -> None:
    today = datetime(2024, 5, 1, tzinfo=UTC)
    later = datetime(2024, 5, 2, tzinfo=UTC)
    query = ListQuery(roots=("/lib",), source="RFI", date_from=later)
    assert apply_view(query, SmartView.TODAY, today, ()).date_from == later
    assert apply_view(query, SmartView.UNREAD, today, ()).source == "RFI"
    assert apply_view(query, SmartView.HIGHLIGHTS, today, ()).paths == ()
    assert apply_view(query, SmartView.ALL, today, ()) == query
