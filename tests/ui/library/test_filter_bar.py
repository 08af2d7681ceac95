"""The library list's filter bar: the query it builds, bad dates, facets, the count."""

from __future__ import annotations

from datetime import UTC, datetime

from pytestqt.qtbot import QtBot

from reader.model.library.listing import ListQuery
from reader.ui.library.filter_bar import FilterBar


def bar(qtbot: QtBot) -> FilterBar:
    widget = FilterBar()
    qtbot.addWidget(widget)
    return widget


def test_the_default_query_is_everything_newest_first(qtbot: QtBot) -> None:
    assert bar(qtbot).query(("/lib",)) == ListQuery(roots=("/lib",))


def test_the_query_follows_the_choices(qtbot: QtBot) -> None:
    filters = bar(qtbot)
    filters.set_facets(["RFI", "CNA"], ["世界"])
    with qtbot.waitSignal(filters.changed):
        filters.sort_box.setCurrentIndex(2)  # title A–Z
    filters.read_box.setCurrentIndex(1)  # unread
    filters.source_box.setCurrentIndex(filters.source_box.findData("CNA"))
    filters.tag_box.setCurrentIndex(filters.tag_box.findData("世界"))
    filters.date_from.setText("2021-02")
    filters.date_to.setText("2021")
    assert filters.query(()) == ListQuery(
        roots=(),
        sort="title",
        descending=False,
        source="CNA",
        tag="世界",
        date_from=datetime(2021, 2, 1, tzinfo=UTC),
        date_to=datetime(2021, 12, 31, 23, 59, 59, tzinfo=UTC),
        read=False,
    )


def test_a_finished_date_edit_is_a_change(qtbot: QtBot) -> None:
    filters = bar(qtbot)
    with qtbot.waitSignal(filters.changed):
        filters.date_to.editingFinished.emit()


def test_a_bad_date_is_marked_and_left_out(qtbot: QtBot) -> None:
    filters = bar(qtbot)
    filters.date_from.setText("2021")
    filters.date_to.setText("soon")
    query = filters.query(())
    assert (query.date_from, query.date_to) == (None, None)
    assert "background" in filters.date_to.styleSheet()
    filters.date_to.setText("")
    assert filters.query(()).date_from == datetime(2021, 1, 1, tzinfo=UTC)
    assert filters.date_to.styleSheet() == ""


def test_new_facets_keep_the_choice_without_a_change(qtbot: QtBot) -> None:
    filters = bar(qtbot)
    filters.set_facets(["RFI", "CNA"], [])
    filters.source_box.setCurrentIndex(filters.source_box.findData("CNA"))
    with qtbot.assertNotEmitted(filters.changed):
        filters.set_facets(["BBC", "CNA"], ["台灣"])
    assert filters.source_box.currentData() == "CNA"
    assert [filters.tag_box.itemData(i) for i in range(filters.tag_box.count())] == [None, "台灣"]
    with qtbot.assertNotEmitted(filters.changed):
        filters.set_facets(["BBC"], [])  # the chosen source is gone: back to all sources
    assert filters.source_box.currentData() is None


def test_the_count(qtbot: QtBot) -> None:
    filters = bar(qtbot)
    filters.show_count(1234, 64000)
    assert filters.count_label.text() == "1,234 of 64,000"


def test_a_narrow_bar_puts_its_menus_in_two_rows(qtbot: QtBot) -> None:
    filters = bar(qtbot)
    filters.show()
    filters.resize(600, filters.sizeHint().height())
    qtbot.waitUntil(lambda: filters.sort_box.y() == filters.tag_box.y())
    filters.resize(220, filters.sizeHint().height() * 2)
    qtbot.waitUntil(lambda: filters.tag_box.y() > filters.sort_box.y())
    assert filters.minimumSizeHint().width() <= 220  # the list can be narrow
    assert filters.read_box.y() == filters.sort_box.y()
    assert filters.source_box.x() == filters.sort_box.x()
    assert all(box.width() >= 90 for box in (filters.sort_box, filters.tag_box))
