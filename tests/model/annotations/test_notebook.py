"""The notebook query: every annotation, searched in either script, filtered, sorted, exported."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.model.annotations.annotation import Annotation, Colour
from reader.model.annotations.notebook import Notebook, NotebookQuery, NotebookSort
from reader.model.annotations.store import AnnotationStore
from reader.model.annotations.transfer import markdown, w3c_collection
from reader.model.document.parser import parse_file
from reader.model.library.index import LibraryIndex
from reader.model.paths import DataFiles

POST = """---
title: "{title}"
date: 2020-10-26T05:56:17.000Z
author: {author}
---

{body}
"""

TRADITIONAL = "臺灣的軟體產業很發達，台灣的半導體也很有名。"
SIMPLIFIED = "台湾的软件产业很发达，大陆的互联网公司很多。"
OTHER = "今天天氣很好，我們去公園散步。"


@dataclass
class Library:
    store: AnnotationStore
    files: DataFiles
    anns: dict[str, Annotation]

    def notebook(self) -> Notebook:
        return Notebook(self.files.annotations, self.files.library)


def _write(folder: Path, name: str, title: str, author: str, body: str) -> Path:
    path = folder / name
    path.write_text(POST.format(title=title, author=author, body=body), encoding="utf-8")
    return path


@pytest.fixture
def library(data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Library]:
    # One annotation a minute, in the order they are added (the order "newest" sorts by).
    clock = iter(datetime(2024, 5, 1, 8, tzinfo=UTC) + timedelta(minutes=i) for i in range(99))
    monkeypatch.setattr("reader.model.annotations.store.now", lambda: next(clock))
    folder = tmp_path / "lib"
    folder.mkdir()
    paths = [
        _write(folder, "tw.md", "臺灣產業", "中央社", TRADITIONAL),
        _write(folder, "cn.md", "台湾产业", "新华社", SIMPLIFIED),
        _write(folder, "other.md", "天氣", "中央社", OTHER),
    ]
    files = DataFiles(data_dir)
    index = LibraryIndex(files.library)
    index.update([folder], workers=1)
    index.close()
    store = AnnotationStore(files.annotations)
    docs = [parse_file(p) for p in paths]
    anns: dict[str, Annotation] = {}

    def add(key: str, doc_no: int, quote: str, colour: Colour, note: str = "") -> None:
        text = docs[doc_no].text
        start = text.index(quote)
        anns[key] = store.add(docs[doc_no], start, start + len(quote), colour, note)

    add("tw", 0, "臺灣的軟體", Colour.YELLOW)
    add("tw2", 0, "台灣的半導體", Colour.GREEN, "晶片")
    add("cn", 1, "台湾的软件", Colour.BLUE, "对比一下")
    add("weather", 2, "天氣很好", Colour.PINK, "Weather note")
    yield Library(store, files, anns)
    store.close()


def _ids(library: Library, **query: object) -> list[str]:
    with library.notebook() as notebook:
        return notebook.ids(NotebookQuery(**query))  # type: ignore[arg-type]


def _keys(library: Library, ids: list[str]) -> list[str]:
    by_id = {a.id: k for k, a in library.anns.items()}
    return [by_id[i] for i in ids]


def test_every_live_annotation_is_listed_newest_first(library: Library) -> None:
    assert _keys(library, _ids(library)) == ["weather", "cn", "tw2", "tw"]
    library.store.delete(library.anns["cn"].id)
    assert _keys(library, _ids(library)) == ["weather", "tw2", "tw"]


@pytest.mark.parametrize("query", ["台湾", "臺灣", "台灣", "臺湾"])
def test_search_finds_both_scripts_and_both_forms_of_tai(library: Library, query: str) -> None:
    assert sorted(_keys(library, _ids(library, text=query))) == ["cn", "tw", "tw2"]


def test_search_finds_regional_phrasing_and_notes(library: Library) -> None:
    # 软件 (mainland) and 軟體 (Taiwan) are the same word.
    assert sorted(_keys(library, _ids(library, text="软件"))) == ["cn", "tw"]
    assert sorted(_keys(library, _ids(library, text="軟體"))) == ["cn", "tw"]
    # Notes are searched too, in either script, and Latin without case.
    assert _keys(library, _ids(library, text="對比")) == ["cn"]
    assert _keys(library, _ids(library, text="WEATHER")) == ["weather"]
    # Every term must be found (in the quote or the note; titles are the document filter's).
    assert _keys(library, _ids(library, text="天气 公園")) == []
    assert _keys(library, _ids(library, text="台湾 半导体")) == ["tw2"]
    assert _keys(library, _ids(library, text="产业")) == []
    assert _keys(library, _ids(library, text="沒有這個")) == []


def test_filters_colour_document_source_and_date(library: Library) -> None:
    assert sorted(
        _keys(library, _ids(library, colours=frozenset({Colour.GREEN, Colour.PINK})))
    ) == ["tw2", "weather"]
    doc_id = library.anns["tw"].document_id
    assert sorted(_keys(library, _ids(library, document_id=doc_id))) == ["tw", "tw2"]
    assert sorted(_keys(library, _ids(library, source="中央社"))) == ["tw", "tw2", "weather"]
    assert _keys(library, _ids(library, source="新华社")) == ["cn"]
    made = library.anns["cn"].created
    assert _keys(library, _ids(library, since=made, until=made + timedelta(milliseconds=1))) == [
        "cn"
    ]
    future = datetime.now(UTC) + timedelta(days=1)
    assert _ids(library, since=future) == []
    # Filters and the search combine.
    assert _keys(library, _ids(library, text="台湾", source="中央社")) == ["tw2", "tw"]


def test_sort_orders(library: Library) -> None:
    assert _keys(library, _ids(library, sort=NotebookSort.OLDEST)) == ["tw", "tw2", "cn", "weather"]
    # By title (台湾产业, 天氣, 臺灣產業 in code point order), then reading order.
    assert _keys(library, _ids(library, sort=NotebookSort.DOCUMENT)) == [
        "cn",
        "weather",
        "tw",
        "tw2",
    ]
    assert _keys(library, _ids(library, sort=NotebookSort.COLOUR)) == ["tw", "tw2", "cn", "weather"]


def test_entries_carry_what_the_index_knows(library: Library) -> None:
    with library.notebook() as notebook:
        ann = library.anns["tw2"]
        entry = notebook.entries([ann.id, "gone"])[ann.id]
        assert set(notebook.entries([ann.id, "gone"])) == {ann.id}
        assert (entry.quote, entry.note, entry.colour) == ("台灣的半導體", "晶片", Colour.GREEN)
        assert (entry.title, entry.source) == ("臺灣產業", "中央社")
        assert entry.path.endswith("tw.md")
        assert entry.date == datetime(2020, 10, 26, 5, 56, 17, tzinfo=UTC)
        assert (entry.start, entry.end) == (ann.position.start, ann.position.end)
        assert notebook.total() == 4
        assert [(t, n) for _, t, n in notebook.documents()] == [
            ("台湾产业", 1),
            ("天氣", 1),
            ("臺灣產業", 2),
        ]
        assert notebook.sources() == [("中央社", 3), ("新华社", 1)]


def test_without_an_index_titles_still_come_from_the_store(library: Library) -> None:
    library.files.library.unlink()
    with Notebook(library.files.annotations, library.files.library) as notebook:
        entry = notebook.entries([library.anns["cn"].id])[library.anns["cn"].id]
        assert (entry.title, entry.source, entry.date) == ("台湾产业", "", None)
        assert notebook.sources() == [("", 4)]
    garbage = library.files.folder / "garbage.sqlite3"
    garbage.write_bytes(b"not a database" * 100)
    with Notebook(library.files.annotations, garbage) as notebook:
        assert len(notebook.ids(NotebookQuery(text="台湾"))) == 3


def test_the_notebook_never_writes_the_annotations(library: Library) -> None:
    with library.notebook() as notebook, pytest.raises(sqlite3.OperationalError):
        notebook._db.execute("DELETE FROM annotations")


def test_export_of_the_chosen_ones(library: Library) -> None:
    chosen = [library.anns["tw2"].id, library.anns["cn"].id, library.anns["tw"].id]
    with library.notebook() as notebook:
        entries = notebook.export_entries(chosen)
    assert [(r.title, [a.quote.exact for a in anns]) for r, anns in entries] == [
        ("台湾产业", ["台湾的软件"]),
        ("臺灣產業", ["臺灣的軟體", "台灣的半導體"]),
    ]
    collection = json.loads(json.dumps(w3c_collection(entries)))
    assert collection["total"] == 3
    text = markdown(entries)
    assert "台湾的软件" in text and "晶片" in text and "天氣很好" not in text


@settings(max_examples=30, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(alphabet="台臺湾灣軟软體体件的天氣气 ab", max_size=6))
def test_search_matches_a_folded_substring_check(library: Library, query: str) -> None:
    from reader.model.script.fold import fold, query_variants

    expected = set()
    for key, ann in library.anns.items():
        with library.notebook() as notebook:
            entry = notebook.entries([ann.id])[ann.id]
        haystack = fold(f"{entry.quote} {entry.note} ")
        variants = query_variants(query) if query.strip() else [[]]
        if any(all(t in haystack for t in terms) for terms in variants):
            expected.add(key)
    assert set(_keys(library, _ids(library, text=query))) == expected
