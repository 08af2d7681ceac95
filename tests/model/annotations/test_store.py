"""The annotation store: commits, soft delete and undo, schema migration, document identity."""

from __future__ import annotations

import shutil
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from reader.model.annotations.anchoring import AnchorMethod
from reader.model.annotations.annotation import Colour, NotFoundError, StoreError
from reader.model.annotations.schema import SCHEMA_VERSION, migrate
from reader.model.annotations.store import DB_NAME, AnnotationStore
from reader.model.document.parser import parse_file
from tests.conftest import fixture_posts

POST = """---
layout: post
title: "{title}"
date: 2020-10-26T05:56:17.000Z
{url}---

{body}
"""

BODY = (
    "美國國務院表示，雙方外長在華盛頓會談後同意自當地時間26日上午8時起實施人道停火。\n\n"
    "這是一個月內第三次宣布停火，前兩次停火協議都在數分鐘內遭到破壞。\n\n"
    "分析人士指出，停火能否維持取決於雙方是否願意讓步，而國際社會的壓力也很重要。\n\n"
    "俄羅斯總統普丁表示，衝突已造成近5000人死亡，遠高於官方公布的數字。"
)


def _write(path: Path, body: str = BODY, title: str = "停火協議", url: str = "") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    line = f"from: {url}\n" if url else ""
    path.write_text(POST.format(title=title, url=line, body=body), encoding="utf-8")
    return path


def _range(text: str, quote: str) -> tuple[int, int]:
    start = text.index(quote)
    return start, start + len(quote)


@pytest.fixture
def store(data_dir: Path) -> AnnotationStore:
    s = AnnotationStore.in_data_dir(data_dir)
    yield s  # type: ignore[misc]
    s.close()


def test_database_settings(store: AnnotationStore, data_dir: Path) -> None:
    assert store.path == data_dir / DB_NAME
    db = sqlite3.connect(store.path)
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    db.close()
    assert store._db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert store._db.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_add_is_committed_at_once(store: AnnotationStore, tmp_path: Path) -> None:
    doc = parse_file(_write(tmp_path / "lib" / "a.md"))
    start, end = _range(doc.text, "人道停火")
    ann = store.add(doc, start, end, Colour.GREEN, "第一次")
    # Another connection (another process, say) sees it without any save or close.
    other = sqlite3.connect(store.path)
    row = other.execute("SELECT exact, colour, note FROM annotations WHERE id=?", (ann.id,))
    assert row.fetchone() == ("人道停火", "green", "第一次")
    other.close()
    assert ann.quote.exact == "人道停火" and ann.position.start == start


def test_edit_colour_note_delete_and_undo(store: AnnotationStore, tmp_path: Path) -> None:
    doc = parse_file(_write(tmp_path / "a.md"))
    ann = store.add(doc, *_range(doc.text, "人道停火"))
    assert ann.colour is Colour.YELLOW and ann.note == ""
    assert store.set_note(ann.id, "重要").note == "重要"
    changed = store.set_colour(ann.id, Colour.PURPLE)
    assert changed.colour is Colour.PURPLE and changed.modified >= ann.modified
    deleted = store.delete(ann.id)
    assert deleted == changed
    assert store.get(ann.id) is None and store.anchored(doc) == []
    assert store.undelete(ann.id) == changed
    assert [a.annotation for a in store.anchored(doc)] == [changed]
    with pytest.raises(NotFoundError):
        store.set_note("no-such-id", "x")
    with pytest.raises(NotFoundError):
        store.undelete(ann.id)  # not deleted


def test_annotations_survive_reopening(data_dir: Path, tmp_path: Path) -> None:
    doc = parse_file(_write(tmp_path / "a.md"))
    with AnnotationStore.in_data_dir(data_dir) as store:
        ann = store.add(doc, *_range(doc.text, "人道停火"), Colour.BLUE, "note")
    with AnnotationStore.in_data_dir(data_dir) as store:
        [placed] = store.anchored(doc)
    assert placed.annotation == ann
    assert placed.anchor.method is AnchorMethod.POSITION


def test_reading_order_and_orphans_last(store: AnnotationStore, tmp_path: Path) -> None:
    path = _write(tmp_path / "a.md")
    doc = parse_file(path)
    late = store.add(doc, *_range(doc.text, "近5000人死亡"))
    gone = store.add(doc, *_range(doc.text, "前兩次停火協議都在數分鐘內遭到破壞"), note="刪了")
    early = store.add(doc, *_range(doc.text, "美國國務院"))
    _write(path, BODY.replace("，前兩次停火協議都在數分鐘內遭到破壞", ""))
    placed = store.anchored(parse_file(path))
    assert [p.annotation.id for p in placed] == [early.id, late.id, gone.id]
    assert placed[2].anchor.orphan and placed[2].annotation.note == "刪了"
    assert placed[1].anchor.method is AnchorMethod.EXACT


def test_moved_quote_is_stored_at_its_new_place(store: AnnotationStore, tmp_path: Path) -> None:
    path = _write(tmp_path / "a.md")
    doc = parse_file(path)
    ann = store.add(doc, *_range(doc.text, "近5000人死亡"))
    _write(path, "【更新】" + BODY)
    doc2 = parse_file(path)
    assert store.anchored(doc2)[0].anchor.method is AnchorMethod.EXACT
    [again] = store.anchored(doc2)
    assert again.anchor.method is AnchorMethod.POSITION
    assert again.annotation.position.start == ann.position.start + 4


def test_bad_range_is_rejected(store: AnnotationStore, tmp_path: Path) -> None:
    doc = parse_file(_write(tmp_path / "a.md"))
    with pytest.raises(ValueError, match="invalid range"):
        store.add(doc, 5, 5)
    assert store.documents() == []


# --- document identity ---------------------------------------------------------------------


def test_annotations_follow_a_moved_renamed_and_edited_file(
    store: AnnotationStore, tmp_path: Path
) -> None:
    path = _write(tmp_path / "lib" / "2020-10-26-ceasefire.md")
    doc = parse_file(path)
    ann = store.add(doc, *_range(doc.text, "衝突已造成近5000人死亡"), note="數字")
    moved = tmp_path / "lib" / "archive" / "停火 (renamed).md"
    moved.parent.mkdir()
    shutil.move(path, moved)
    _write(moved, BODY.replace("這是一個月內第三次宣布停火", "這已是本月第三次宣告停火"))
    doc2 = parse_file(moved)
    [placed] = store.anchored(doc2)
    assert placed.annotation.id == ann.id
    assert doc2.text[placed.anchor.start : placed.anchor.end] == "衝突已造成近5000人死亡"
    record = store.document(ann.document_id)
    assert record is not None and record.path == str(moved)


def test_different_document_with_the_same_title_does_not_inherit(
    store: AnnotationStore, tmp_path: Path
) -> None:
    doc = parse_file(_write(tmp_path / "a.md"))
    store.add(doc, *_range(doc.text, "人道停火"))
    other_body = (
        "聯合國秘書長呼籲各方保持克制，並表示將派遣特使前往當地斡旋。\n\n"
        "歐盟外交官員則認為，談判的關鍵在於邊界問題能否得到解決，目前仍無共識。"
    )
    other = parse_file(_write(tmp_path / "b.md", other_body))
    assert other.title == doc.title
    assert store.find_document(other) is None
    assert store.anchored(other) == []


def test_a_copy_that_sits_beside_the_original_is_another_document(
    store: AnnotationStore, tmp_path: Path
) -> None:
    original = _write(tmp_path / "a.md")
    doc = parse_file(original)
    store.add(doc, *_range(doc.text, "人道停火"))
    copy = tmp_path / "feed2" / "a.md"
    copy.parent.mkdir()
    shutil.copy(original, copy)
    assert store.find_document(parse_file(copy)) is None
    original.unlink()  # now it has moved
    assert store.find_document(parse_file(copy)) is not None


def test_source_url_identifies_even_a_rewritten_document(
    store: AnnotationStore, tmp_path: Path
) -> None:
    url = "https://www.cna.com.tw/news/aopl/202010260011.aspx"
    original = _write(tmp_path / "a.md", url=url)
    doc = parse_file(original)
    ann = store.add(doc, *_range(doc.text, "人道停火"))
    original.unlink()  # rewritten and moved: the old file is gone
    rewritten = parse_file(
        _write(tmp_path / "x" / "b.md", BODY.split("\n")[0] + "\n\n（全文改寫）", url=url + "#x")
    )
    [placed] = store.anchored(rewritten)
    assert placed.annotation.id == ann.id and not placed.anchor.orphan
    # Same text, another URL: another document.
    twin = parse_file(_write(tmp_path / "c.md", url="https://example.org/other"))
    assert store.find_document(twin) is None


def test_revisions_sharing_a_source_url_keep_their_own_annotations(
    store: AnnotationStore, tmp_path: Path
) -> None:
    # The archive keeps two revisions of one article under one `from:` (2,718 such files).
    url = "https://www.rfa.org/mandarin/yataibaodao/2020/10/26/ceasefire.html"
    first = parse_file(_write(tmp_path / "2020-10-26-停火.md", url=url))
    second_body = BODY.replace("前兩次停火協議都在數分鐘內遭到破壞", "前兩次停火協議很快就被打破")
    second = parse_file(_write(tmp_path / "2020-10-27-停火（更新）.md", second_body, url=url))
    a = store.add(first, *_range(first.text, "人道停火"))
    assert store.find_document(second) is None
    assert store.anchored(second) == []
    b = store.add(second, *_range(second.text, "很快就被打破"))
    assert a.document_id != b.document_id
    assert [p.annotation.id for p in store.anchored(first)] == [a.id]
    assert [p.annotation.id for p in store.anchored(second)] == [b.id]
    assert store.counts_by_path() == {str(first.path): 1, str(second.path): 1}
    # Reopening each, in either order, keeps them apart (no record jumps to the other path).
    for doc, ann in ((second, b), (first, a), (second, b)):
        assert [p.annotation.id for p in store.anchored(doc)] == [ann.id]
    # One revision moved away: it is still itself, not the revision left behind.
    moved = tmp_path / "old" / first.path.name
    moved.parent.mkdir()
    shutil.move(first.path, moved)
    [placed] = store.anchored(parse_file(moved))
    assert placed.annotation.id == a.id


@pytest.mark.parametrize("post", fixture_posts()[:6], ids=lambda p: p.name[:30])
def test_real_posts_survive_a_sentence_edit(
    store: AnnotationStore, post: Path, tmp_path: Path
) -> None:
    # Without its URL, so that recognising it rests on the content alone.
    doc = replace(parse_file(post), source_url="", path=tmp_path / "lib" / post.name)
    assert doc.ok and len(doc.text) > 200
    mid = len(doc.text) // 2
    ann = store.add(doc, mid, mid + 12, note="x")
    # Moved to another folder (the old path is gone), renamed, a phrase rewritten.
    at = len(doc.text) // 4
    text = doc.text[:at] + "（編者修改了這一句）" + doc.text[at + 10 :]
    edited = replace(doc, path=tmp_path / "moved" / "renamed.md", text=text)
    placed = store.anchored(edited)
    assert [p.annotation.id for p in placed] == [ann.id]
    assert text[placed[0].anchor.start : placed[0].anchor.end] == ann.quote.exact


# --- schema ----------------------------------------------------------------------------------


def test_version_1_database_is_migrated_with_its_data(data_dir: Path) -> None:
    db = sqlite3.connect(data_dir / DB_NAME, isolation_level=None)
    migrate(db, target=1)
    db.execute("INSERT INTO documents(id, source_url, path, title) VALUES (1, '', '/a.md', 'A')")
    db.execute(
        "INSERT INTO annotations(id, document_id, colour, note, created, modified, exact,"
        ' prefix, suffix, start, "end") VALUES'
        " ('u1', 1, 'pink', '舊的', '2024-01-02T03:04:05.000Z', '2024-01-02T03:04:05.000Z',"
        " '停火', '', '', 3, 5)"
    )
    assert db.execute("PRAGMA user_version").fetchone()[0] == 1
    db.close()
    with AnnotationStore.in_data_dir(data_dir) as store:
        ann = store.get("u1")
        assert ann is not None and ann.note == "舊的" and ann.colour is Colour.PINK
        assert ann.external_id == "" and ann.tags == ()  # version 3's columns, empty
        store.delete("u1")  # the version-2 feature works on migrated data
        assert store.get("u1") is None
        store.undelete("u1")
    check = sqlite3.connect(data_dir / DB_NAME)
    assert check.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    check.close()


def test_newer_database_is_refused_and_left_alone(data_dir: Path) -> None:
    db = sqlite3.connect(data_dir / DB_NAME)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.close()
    with pytest.raises(StoreError, match="newer"):
        AnnotationStore.in_data_dir(data_dir)


def test_damaged_database_is_a_clear_error(data_dir: Path) -> None:
    (data_dir / DB_NAME).write_bytes(b"this is not a database" * 100)
    with pytest.raises(StoreError, match="cannot open the annotation database"):
        AnnotationStore.in_data_dir(data_dir)


def test_counts_by_path_leave_out_deleted(store: AnnotationStore, tmp_path: Path) -> None:
    a = parse_file(_write(tmp_path / "a.md"))
    b = parse_file(_write(tmp_path / "b.md", body=BODY.replace("停火", "休戰"), title="另一篇"))
    assert store.counts_by_path() == {}
    store.add(a, *_range(a.text, "人道停火"))
    second = store.add(a, *_range(a.text, "國際社會"))
    only = store.add(b, *_range(b.text, "國際社會"))
    assert store.counts_by_path() == {str(a.path): 2, str(b.path): 1}
    store.delete(second.id)
    store.delete(only.id)
    assert store.counts_by_path() == {str(a.path): 1}


def test_count_at_path_is_what_counts_by_path_gives_for_it(
    store: AnnotationStore, tmp_path: Path
) -> None:
    a = parse_file(_write(tmp_path / "a.md"))
    b = parse_file(_write(tmp_path / "b.md", body=BODY.replace("停火", "休戰"), title="另一篇"))
    assert store.count_at_path(str(a.path)) == 0
    first = store.add(a, *_range(a.text, "人道停火"))
    second = store.add(a, *_range(a.text, "國際社會"))
    store.add(b, *_range(b.text, "國際社會"))
    # Another record last seen at a's path (imported by its URL), and one with no path at all.
    with store.transaction() as db:
        same_place = store.record_for_source(db, "https://example.com/a", str(a.path), "A")
        nowhere = store.record_for_source(db, "https://example.com/b", "", "B")
        store.put(db, replace(first, id="same-place", document_id=same_place))
        store.put(db, replace(first, id="nowhere", document_id=nowhere))
    paths = (str(a.path), str(b.path), "", str(tmp_path / "never-annotated.md"))

    def agree() -> None:
        counts = store.counts_by_path()
        for path in paths:
            assert store.count_at_path(path) == counts.get(path, 0), path

    agree()
    assert store.count_at_path(str(a.path)) == 3
    store.delete(second.id)
    store.delete("same-place")
    agree()
    assert store.count_at_path(str(a.path)) == 1

    statements: list[str] = []
    store._db.set_trace_callback(statements.append)
    store.count_at_path(str(a.path))
    store._db.set_trace_callback(None)
    assert len(statements) == 1


def test_opening_a_document_never_waits_for_another_writer(
    store: AnnotationStore, tmp_path: Path
) -> None:
    path = _write(tmp_path / "a.md")
    doc = parse_file(path)
    ann = store.add(doc, *_range(doc.text, "人道停火"))
    moved = tmp_path / "moved" / "a.md"
    moved.parent.mkdir()
    shutil.move(path, moved)
    other = sqlite3.connect(store.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # an import, say, holding the database
    try:
        # Found (by content) and anchored at once; where it now is is noted later.
        [placed] = store.anchored(parse_file(moved))
        assert placed.annotation.id == ann.id
        record = store.document(ann.document_id)
        assert record is not None and record.path == str(path)
    finally:
        other.execute("ROLLBACK")
        other.close()
    store.anchored(parse_file(moved))
    record = store.document(ann.document_id)
    assert record is not None and record.path == str(moved)


def test_a_snapshot_reads_without_writing_or_waiting(
    store: AnnotationStore, tmp_path: Path
) -> None:
    doc = parse_file(_write(tmp_path / "a.md"))
    ann = store.add(doc, *_range(doc.text, "人道停火"), note="備份")
    other = sqlite3.connect(store.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        with AnnotationStore.snapshot(store.path) as copy:
            [got] = copy.annotations(ann.document_id)
            assert got.note == "備份"
    finally:
        other.execute("ROLLBACK")
        other.close()
    missing = tmp_path / "nowhere" / DB_NAME
    with AnnotationStore.snapshot(missing) as empty:
        assert empty.documents() == []
    assert not missing.parent.exists()
