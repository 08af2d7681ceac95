"""Markdown and W3C Web Annotation export; import round trip, duplicates, bad files."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from reader.model.annotations.annotation import Colour
from reader.model.annotations.store import AnnotationStore
from reader.model.annotations.transfer import (
    AnnotationImportError,
    import_w3c,
    library_entries,
    markdown,
    w3c_collection,
)
from reader.model.document.parser import parse_file
from reader.model.script.modes import DisplayMode
from tests.model.annotations.test_store import BODY, _range, _write


@pytest.fixture
def filled(data_dir: Path, tmp_path: Path) -> AnnotationStore:
    store = AnnotationStore.in_data_dir(data_dir)
    url = "https://www.cna.com.tw/news/aopl/202010260011.aspx"
    a = parse_file(_write(tmp_path / "lib" / "a.md", url=url, title="亞美尼亞停火"))
    store.add(a, *_range(a.text, "人道停火"), Colour.GREEN, "注意 *這裡*")
    store.add(a, *_range(a.text, "衝突已造成近5000人死亡"))
    b = parse_file(_write(tmp_path / "lib" / "b 檔案.md", body="𫫇字🙂與網際網路。\n\n" + BODY))
    store.add(b, *_range(b.text, "𫫇字🙂與網際網路"), Colour.PURPLE)
    yield store  # type: ignore[misc]
    store.close()


def _export(store: AnnotationStore) -> dict:  # type: ignore[type-arg]
    return w3c_collection(library_entries(store))


def test_w3c_shape(filled: AnnotationStore, tmp_path: Path) -> None:
    data = _export(filled)
    assert data["type"] == "AnnotationCollection" and data["total"] == 3
    assert data["first"]["type"] == "AnnotationPage" and "items" not in data
    assert data["@context"][0] == "http://www.w3.org/ns/anno.jsonld"
    by_quote = {i["target"]["selector"][0]["exact"]: i for i in data["first"]["items"]}
    item = by_quote["人道停火"]
    assert item["id"].startswith("urn:uuid:") and item["type"] == "Annotation"
    assert item["created"].endswith("Z") and item["modified"].endswith("Z")
    assert {"type": "TextualBody", "purpose": "highlighting", "value": "green"} in item["body"]
    note = next(b for b in item["body"] if b["purpose"] == "commenting")
    assert note["value"] == "注意 *這裡*" and note["type"] == "TextualBody"
    assert item["target"]["source"] == "https://www.cna.com.tw/news/aopl/202010260011.aspx"
    quote, position = item["target"]["selector"]
    assert quote["type"] == "TextQuoteSelector" and len(quote["prefix"]) == 32
    assert position["type"] == "TextPositionSelector" and position["end"] - position["start"] == 4
    local = by_quote["𫫇字🙂與網際網路"]["target"]
    assert local["source"] == (tmp_path / "lib" / "b 檔案.md").as_uri()
    assert local["selector"][1] == {"type": "TextPositionSelector", "start": 0, "end": 8}


def test_round_trip_without_loss_and_no_duplicates(filled: AnnotationStore, tmp_path: Path) -> None:
    text = json.dumps(_export(filled), ensure_ascii=False)
    fresh = AnnotationStore(tmp_path / "other" / "annotations.sqlite3")
    first = import_w3c(fresh, text)
    assert (first.added, first.updated, first.unchanged) == (3, 0, 0)
    assert _export(fresh) == _export(filled)
    again = import_w3c(fresh, text)
    assert (again.added, again.updated, again.unchanged) == (0, 0, 3)
    assert len(fresh.all_annotations()) == 3
    # The imported annotations attach to the documents when they are opened.
    b = parse_file(tmp_path / "lib" / "b 檔案.md")
    [placed] = fresh.anchored(b)
    assert b.text[placed.anchor.start : placed.anchor.end] == "𫫇字🙂與網際網路"
    fresh.close()


def test_newer_import_updates_older_annotation(filled: AnnotationStore) -> None:
    data = _export(filled)
    item = data["first"]["items"][0]
    item["modified"] = "2099-01-01T00:00:00.000Z"
    item["body"] = [{"type": "TextualBody", "purpose": "highlighting", "value": "blue"}]
    result = import_w3c(filled, json.dumps(data))
    assert (result.added, result.updated, result.unchanged) == (0, 1, 2)
    ann = filled.get(item["id"].removeprefix("urn:uuid:"))
    assert ann is not None and ann.colour is Colour.BLUE and ann.note == ""


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "not JSON"),
        ('{"type": "Something"}', "not a W3C Web Annotation file"),
        ('{"type": "AnnotationCollection", "items": 3}', '"items"'),
        ('[{"type": "Annotation", "id": "urn:uuid:bad"}]', "invalid urn:uuid"),
        ('[{"type": "Annotation", "id": "x", "target": {"source": "https://a.b/c"}}]', "TextQuote"),
        ('[{"type": "Annotation", "id": "x", "target": {"selector": []}}]', "source"),
    ],
)
def test_bad_files_are_clear_errors(filled: AnnotationStore, content: str, message: str) -> None:
    with pytest.raises(AnnotationImportError, match=message):
        import_w3c(filled, content)


def test_one_bad_item_imports_nothing(filled: AnnotationStore, tmp_path: Path) -> None:
    data = _export(filled)
    fresh = AnnotationStore(tmp_path / "fresh.sqlite3")
    data["first"]["items"][2]["target"]["selector"][1]["start"] = "x"
    with pytest.raises(AnnotationImportError, match="item 3: TextPositionSelector start"):
        import_w3c(fresh, json.dumps(data))
    assert fresh.all_annotations() == []
    db = sqlite3.connect(tmp_path / "fresh.sqlite3")
    assert db.execute("SELECT count(*) FROM documents").fetchone()[0] == 0
    db.close()
    fresh.close()


def test_foreign_ids_are_stable(filled: AnnotationStore, tmp_path: Path) -> None:
    item = {
        "type": "Annotation",
        "id": "https://hypothes.is/a/abc123",
        "body": "a plain note",
        "target": {
            "source": "https://example.org/post",
            "selector": {"type": "TextQuoteSelector", "exact": "停火"},
        },
    }
    fresh = AnnotationStore(tmp_path / "fresh.sqlite3")
    assert import_w3c(fresh, json.dumps([item])).added == 1
    assert import_w3c(fresh, json.dumps([item])).unchanged == 1
    [ann] = fresh.all_annotations()
    assert ann.note == "a plain note" and ann.colour is Colour.YELLOW
    fresh.close()


def test_markdown_export_in_a_display_script(filled: AnnotationStore) -> None:
    md = markdown(library_entries(filled), DisplayMode.SIMPLIFIED)
    assert "## 亚美尼亚停火" in md
    assert "<https://www.cna.com.tw/news/aopl/202010260011.aspx>" in md
    assert "> 冲突已造成近5000人死亡" in md
    assert "注意 *這裡*" in md  # the note is the user's own text: kept as written
    assert "> 𫫇字🙂与网际网路" in md
    assert "*green · " in md
    taiwan = markdown(library_entries(filled), DisplayMode.TAIWAN)
    assert "> 噁字🙂與網際網路" in taiwan  # OpenCC t2tw: 𫫇 → 噁


def test_markdown_marks_orphans(filled: AnnotationStore, tmp_path: Path) -> None:
    path = tmp_path / "lib" / "a.md"
    doc = parse_file(path)
    record = filled.find_document(doc)
    assert record is not None
    _write(path, BODY.replace("衝突已造成近5000人死亡，", ""), title="亞美尼亞停火",
           url="https://www.cna.com.tw/news/aopl/202010260011.aspx")  # fmt: skip
    placed = filled.anchored(parse_file(path))
    md = markdown([(record, placed)])
    assert md.count("not found in the current text") == 1


HYPOTHESIS_ITEM = {
    "@context": "http://www.w3.org/ns/anno.jsonld",
    "type": "Annotation",
    "id": "https://hypothes.is/a/AbC123xyz",
    "created": "2021-03-01T10:00:00.000Z",
    "modified": "2021-03-02T10:00:00.000Z",
    "body": [
        {"type": "TextualBody", "purpose": "commenting", "value": "重要"},
        {"type": "TextualBody", "purpose": "tagging", "value": "停火"},
        {"type": "TextualBody", "purpose": "tagging", "value": "外交"},
    ],
    "target": {
        "source": "https://www.cna.com.tw/news/aopl/202010260011.aspx",
        "selector": [
            {"type": "TextQuoteSelector", "exact": "人道停火", "prefix": "", "suffix": ""}
        ],
    },
}


def test_another_tools_id_and_tags_survive_a_round_trip(filled: AnnotationStore) -> None:
    result = import_w3c(filled, json.dumps({"type": "AnnotationCollection",
                                            "items": [HYPOTHESIS_ITEM]}))  # fmt: skip
    assert result.added == 1
    [ann] = [a for a in filled.all_annotations() if a.external_id]
    assert ann.external_id == "https://hypothes.is/a/AbC123xyz"
    assert ann.tags == ("停火", "外交") and ann.note == "重要"
    exported = next(
        i for i in _export(filled)["first"]["items"] if i["id"].startswith("https://hypothes")
    )
    assert exported["id"] == "https://hypothes.is/a/AbC123xyz"
    tagging = [b["value"] for b in exported["body"] if b["purpose"] == "tagging"]
    assert tagging == ["停火", "外交"]
    again = import_w3c(filled, json.dumps(exported))
    assert (again.added, again.unchanged) == (0, 1)  # matched, not duplicated


def test_an_import_that_fails_part_way_keeps_whole_batches_and_can_be_run_again(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reader.model.annotations import transfer

    items = [
        {
            "type": "Annotation",
            "id": f"urn:uuid:00000000-0000-4000-8000-{i:012d}",
            "target": {
                "source": f"https://example.com/post/{i}",
                "selector": [{"type": "TextQuoteSelector", "exact": f"停火{i}"}],
            },
        }
        for i in range(5)
    ]
    data = json.dumps({"type": "AnnotationCollection", "items": items})
    monkeypatch.setattr(transfer, "IMPORT_BATCH", 2)
    real_put = AnnotationStore.put
    written: list[str] = []

    def put(self: AnnotationStore, db: sqlite3.Connection, ann: Any, **kw: Any) -> str:
        if len(written) == 3:
            raise sqlite3.OperationalError("database or disk is full")
        written.append(ann.id)
        return real_put(self, db, ann, **kw)

    with AnnotationStore.in_data_dir(data_dir) as store:
        monkeypatch.setattr(AnnotationStore, "put", put)
        with pytest.raises(sqlite3.OperationalError):
            transfer.import_w3c(store, data)
        # The first batch (2) is there, the third item's batch was rolled back whole.
        assert len(store.all_annotations()) == 2
        monkeypatch.setattr(AnnotationStore, "put", real_put)
        result = transfer.import_w3c(store, data)
        assert (result.added, result.unchanged) == (3, 2)
        assert len(store.all_annotations()) == 5
