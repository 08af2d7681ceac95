"""The library list's selection: by id, the first row, J/K, the article's document shown
quietly, and the selected and top rows kept while the list's ids change."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QIdentityProxyModel, QModelIndex, Qt
from PySide6.QtWidgets import QListView, QWidget
from pytestqt.qtbot import QtBot

from reader.model.library.index import LibraryIndex
from reader.model.library.listing import ListQuery
from reader.model.library.queries import listed
from reader.ui.library.list_model import LibraryListModel
from reader.ui.library.roles import Role
from reader.ui.library.selection import ListSelection

COUNT = 40


@pytest.fixture
def listing(
    qtbot: QtBot, tmp_path: Path
) -> Iterator[tuple[ListSelection, QListView, LibraryListModel, list[int]]]:
    library = tmp_path / "lib"
    library.mkdir()
    for n in range(COUNT):
        (library / f"post-{n:03d}.md").write_text(
            f'---\ntitle: "第{n:02d}篇"\ndate: 2021-01-01T10:{n:02d}:00Z\n---\n\n內容{n}。\n',
            encoding="utf-8",
        )
    db = tmp_path / "library.sqlite3"
    index = LibraryIndex(db)
    index.update([library], workers=1)
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.resize(300, 200)
    model = LibraryListModel(index, parent)
    proxy = QIdentityProxyModel(parent)
    proxy.setSourceModel(model)
    view = QListView(parent)
    view.setModel(proxy)
    view.resize(300, 200)
    ids, _total = listed(db, ListQuery(roots=(str(library),), sort="title"))
    model.set_ids(ids)
    selection = ListSelection(view, proxy, model, parent)
    parent.show()
    view.setCurrentIndex(QModelIndex())  # the view picks a current row as it is shown
    yield selection, view, model, [int(i) for i in ids.tolist()]
    index.close()


def test_a_document_is_selected_by_id_and_the_first_only_when_none_is(
    listing: tuple[ListSelection, QListView, LibraryListModel, list[int]],
) -> None:
    selection, _view, _model, ids = listing
    assert selection.current_id() is None
    assert not selection.select_id(max(ids) + 1)  # not in the list
    assert selection.select_first() and selection.current_id() == ids[0]
    assert selection.select_id(ids[5]) and selection.current_id() == ids[5]
    assert not selection.select_first()  # something is selected: it stays
    assert selection.current_id() == ids[5]


def test_j_and_k_move_the_selection_down_and_up(
    qtbot: QtBot, listing: tuple[ListSelection, QListView, LibraryListModel, list[int]]
) -> None:
    selection, view, _model, ids = listing
    selection.select_id(ids[0])
    qtbot.keyClick(view, Qt.Key.Key_J)
    qtbot.keyClick(view, Qt.Key.Key_J)
    assert selection.current_id() == ids[2]
    qtbot.keyClick(view, Qt.Key.Key_K)
    qtbot.keyClick(view, Qt.Key.Key_K)
    qtbot.keyClick(view, Qt.Key.Key_K)  # at the top: it stays
    assert selection.current_id() == ids[0]
    qtbot.keyClick(view, Qt.Key.Key_J)
    assert selection.current_id() == ids[1]
    qtbot.keyClick(view, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)  # not a plain J
    assert selection.current_id() == ids[1]


def test_the_shown_document_is_selected_without_a_selection_signal(
    qtbot: QtBot, listing: tuple[ListSelection, QListView, LibraryListModel, list[int]]
) -> None:
    selection, view, _model, ids = listing
    announced: list[object] = []
    view.selectionModel().currentChanged.connect(lambda current, _previous: announced.append(1))
    assert selection.show_id(ids[7])
    assert selection.current_id() == ids[7] and not announced
    assert not selection.show_id(ids[7])  # already shown
    assert selection.show_id(None)  # not in the list: nothing selected
    assert selection.current_id() is None and not view.selectionModel().hasSelection()
    assert not announced


def test_the_selected_and_the_top_row_are_kept_when_the_ids_change(
    qtbot: QtBot, listing: tuple[ListSelection, QListView, LibraryListModel, list[int]]
) -> None:
    selection, view, model, ids = listing
    selection.select_id(ids[20])
    view.scrollTo(view.model().index(15, 0), QListView.ScrollHint.PositionAtTop)
    top_id = view.indexAt(view.viewport().rect().topLeft()).data(Role.ID)
    assert top_id == ids[15]
    place = selection.keep_place()
    reordered = list(reversed(ids))
    model.set_ids(reordered)
    selection.restore_place(place)
    assert selection.current_id() == ids[20]

    def top_is_kept() -> bool:
        return view.indexAt(view.viewport().rect().topLeft()).data(Role.ID) == top_id

    qtbot.waitUntil(top_is_kept, timeout=5000)
    assert selection.keep_place(ids[3]) == (ids[3], top_id)  # the one asked for is kept


def test_the_users_own_scrolling_ends_a_scroll_back_still_trying(
    qtbot: QtBot, listing: tuple[ListSelection, QListView, LibraryListModel, list[int]]
) -> None:
    selection, view, model, ids = listing
    bar = view.verticalScrollBar()
    view.scrollTo(view.model().index(20, 0), QListView.ScrollHint.PositionAtTop)
    place = selection.keep_place()
    assert place[1] == ids[20]
    model.set_ids(ids[:21])  # the kept top row is now the last: it cannot reach the top
    selection.restore_place(place)  # so the scroll back goes on trying
    qtbot.wait(60)
    assert bar.value() == bar.maximum() > 0  # as near as it gets
    bar.triggerAction(bar.SliderAction.SliderToMinimum)  # the user scrolls to the top
    qtbot.wait(300)
    assert bar.value() == 0  # not pulled back to the kept row
    assert view.indexAt(view.viewport().rect().topLeft()).data(Role.ID) == ids[0]


def test_the_row_at_the_top_is_kept_when_the_batched_layout_starts_again(
    qtbot: QtBot, listing: tuple[ListSelection, QListView, LibraryListModel, list[int]]
) -> None:
    """Qt lays a batched list's rows out again from the first batch (as the window's list of
    64,000 rows is, after its article is shown), which cuts the scroll bar short meanwhile:
    the place stays."""
    _selection, view, _model, ids = listing
    view.setLayoutMode(QListView.LayoutMode.Batched)
    view.setBatchSize(4)

    def top_id() -> object:
        return view.indexAt(view.viewport().rect().topLeft()).data(Role.ID)

    def at_row_25() -> bool:
        view.scrollTo(view.model().index(25, 0), QListView.ScrollHint.PositionAtTop)
        return top_id() == ids[25]

    qtbot.waitUntil(at_row_25, timeout=5000)
    qtbot.wait(100)  # the layout settles
    view.scheduleDelayedItemsLayout()  # laid out again, from the first batch
    qtbot.wait(300)
    assert top_id() == ids[25]
