"""The document list model over a real index: rows paged in and out, titles, rows of ids."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from reader.model.library.index import LibraryIndex
from reader.model.library.listing import ListQuery
from reader.model.library.queries import listed
from reader.model.script.modes import Script
from reader.ui.library import list_model
from reader.ui.library.list_model import LibraryListModel
from reader.ui.library.roles import Role

COUNT = 150


@pytest.fixture
def indexed(tmp_path: Path) -> tuple[Path, Path]:
    library = tmp_path / "lib"
    library.mkdir()
    for n in range(COUNT):
        (library / f"post-{n:03d}.md").write_text(
            f'---\ntitle: "第{n}篇文章"\n'
            f"date: 2021-01-{1 + n % 28:02d}T10:{n % 60:02d}:00Z\n---\n\n內容{n}。\n",
            encoding="utf-8",
        )
    db = tmp_path / "library.sqlite3"
    index = LibraryIndex(db)
    index.update([library], workers=1)
    index.close()
    return db, library


def test_rows_paged_out_and_in_again_show_the_same_documents(
    qtbot: QtBot, indexed: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    db, library = indexed
    monkeypatch.setattr(list_model, "PAGE", 16)
    monkeypatch.setattr(list_model, "CACHE_PAGES", 2)  # 32 rows kept of 150
    parent = QWidget()
    qtbot.addWidget(parent)
    index = LibraryIndex(db)
    model = LibraryListModel(index, parent)
    query = ListQuery(roots=(str(library),), sort="title")
    ids, total = listed(db, query)
    model.set_ids(ids)
    assert model.rowCount() == total == COUNT
    expected = {i: index.summaries([i])[i].title for i in ids.tolist()}
    for sweep in (range(COUNT), reversed(range(COUNT))):
        for row in sweep:
            item = model.index(row)
            assert item.data() == expected[ids[row]]
            assert item.data(Role.ID) == ids[row]
            assert model.row_of_id(ids[row]) == row
    assert model.row_of_id(max(ids.tolist()) + 1) is None
    # The titles shown follow the display script, for rows in the cache and out of it.
    model.set_converter(lambda text, script: f"[{text}]" if script is not Script.MIXED else text)
    assert model.index(COUNT - 1).data() == f"[{expected[ids[COUNT - 1]]}]"
    assert model.index(0).data() == f"[{expected[ids[0]]}]"
    model.set_ids([])
    assert model.rowCount() == 0
    index.close()
