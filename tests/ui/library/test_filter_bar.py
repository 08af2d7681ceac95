"""The library list's filter bar: the query it builds, bad dates, facets, the count."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QSettings, Qt, QTimer
from PySide6.QtWidgets import QCalendarWidget, QTableView
from pytestqt.qtbot import QtBot

from reader.model.library.listing import ListQuery
from reader.ui.library.filter_bar import FilterBar

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def bar(qtbot: QtBot) -> FilterBar:
    widget = FilterBar()
    qtbot.addWidget(widget)
    return widget


def test_the_default_query_is_everything_newest_first(qtbot: QtBot) -> None:
    assert bar(qtbot).query(("/lib",)) == ListQuery(roots=("/lib",))


def test_the_query_follows_the_choices(qtbot: QtBot) -> None:
    filters = bar(qtbot)
    filters.set_facets([("RFI", 3), ("CNA", 5)], [("世界", 2)])
    with qtbot.waitSignal(filters.changed):
        filters.sort_box.setCurrentIndex(2)  # title A–Z
    filters.source_box.setCurrentIndex(filters.source_box.findData("CNA"))
    filters.tag_box.setCurrentIndex(filters.tag_box.findData("世界"))
    filters.from_field.set_text("2021-02")
    filters.to_field.set_text("2021")
    assert filters.query(()) == ListQuery(
        roots=(),
        sort="title",
        descending=False,
        source="CNA",
        tag="世界",
        date_from=datetime(2021, 2, 1, tzinfo=UTC),
        date_to=datetime(2021, 12, 31, 23, 59, 59, tzinfo=UTC),
    )


def test_a_typed_date_applies_after_a_pause_without_enter(qtbot: QtBot) -> None:
    filters = bar(qtbot)
    with qtbot.waitSignal(filters.changed, timeout=3000):
        qtbot.keyClicks(filters.date_to, "2021-03")
    assert filters.query(()).date_to == datetime(2021, 3, 31, 23, 59, 59, tzinfo=UTC)


def test_a_day_picked_in_the_calendar_applies(qtbot: QtBot) -> None:
    filters = bar(qtbot)
    calendar = filters.from_field.calendar
    with qtbot.waitSignal(filters.changed):
        calendar.clicked.emit(QDate(2020, 5, 17))  # what a click on a day emits
    assert filters.date_from.text() == "2020-05-17"
    assert filters.query(()).date_from == datetime(2020, 5, 17, tzinfo=UTC)


@pytest.mark.qt_log_ignore("This plugin does not support")  # (offscreen: a popup's grabs)
def test_the_calendar_is_made_when_its_menu_first_drops_down(qtbot: QtBot) -> None:
    filters = bar(qtbot)
    filters.show()
    field = filters.to_field
    menu = field.button.menu()
    assert menu is not None and not menu.actions()
    assert not filters.findChildren(QCalendarWidget)
    seen: list[object] = []

    def pick_a_day() -> None:
        # (In the menu's own event loop: the button's click runs it until it closes.)
        calendars = menu.findChildren(QCalendarWidget)
        seen.append((menu.isVisible(), calendars == [field.calendar]))
        days = field.calendar.findChild(QTableView)
        assert days is not None
        cell = days.visualRect(days.model().index(3, 3))  # a day in the month's third week
        qtbot.mouseClick(days.viewport(), Qt.MouseButton.LeftButton, pos=cell.center())

    QTimer.singleShot(0, pick_a_day)
    with qtbot.waitSignal(filters.changed, timeout=5000):
        qtbot.mouseClick(field.button, Qt.MouseButton.LeftButton)
    assert seen == [(True, True)]
    picked = QDate.fromString(filters.date_to.text(), "yyyy-MM-dd")
    assert picked.isValid() and picked == field.calendar.selectedDate()
    assert filters.query(()).date_to == datetime(
        picked.year(), picked.month(), picked.day(), 23, 59, 59, tzinfo=UTC
    )
    assert not menu.isVisible() and len(menu.actions()) == 1  # made once, kept


def test_a_bad_date_is_said_and_the_last_good_one_stays(qtbot: QtBot) -> None:
    filters = bar(qtbot)
    filters.show()
    filters.from_field.set_text("2021")
    assert filters.query(()).date_from == datetime(2021, 1, 1, tzinfo=UTC)
    filters.from_field.set_text("soon")
    query = filters.query(())
    assert query.date_from == datetime(2021, 1, 1, tzinfo=UTC)  # not silently dropped
    assert "background" in filters.date_from.styleSheet()
    assert filters.date_problem.isVisible() and "soon" in filters.date_problem.text()
    filters.from_field.set_text("")
    assert filters.query(()).date_from is None
    assert filters.date_from.styleSheet() == "" and not filters.date_problem.isVisible()
    filters.from_field.set_text("2022")
    filters.to_field.set_text("2021")
    assert "after the end" in filters.date_problem.text()


def test_sources_are_sorted_with_counts_in_the_display_script(qtbot: QtBot) -> None:
    filters = bar(qtbot)
    filters.set_facets([("美國之音", 9), ("BBC", 2), ("法广", 4)], [])
    labels = [filters.source_box.itemText(i) for i in range(1, filters.source_box.count())]
    assert sorted(labels) == sorted(["美國之音 (9)", "BBC (2)", "法广 (4)"])
    assert labels[0] == "BBC (2)"
    filters.set_converter(lambda text: text.replace("國", "国").replace("廣", "广"))
    labels = [filters.source_box.itemText(i) for i in range(1, filters.source_box.count())]
    assert "美国之音 (9)" in labels
    assert filters.source_box.itemData(labels.index("美国之音 (9)") + 1) == "美國之音"


def test_the_sort_order_is_restored(qtbot: QtBot, tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    filters = FilterBar(settings=settings)
    qtbot.addWidget(filters)
    filters.sort_box.setCurrentIndex(3)  # source A–Z
    again = FilterBar(settings=settings)
    qtbot.addWidget(again)
    assert again.sort_box.currentIndex() == 3
    assert again.query(()).sort == "source"


def test_new_facets_keep_the_choice_without_a_change(qtbot: QtBot) -> None:
    filters = bar(qtbot)
    filters.set_facets([("RFI", 1), ("CNA", 1)], [])
    filters.source_box.setCurrentIndex(filters.source_box.findData("CNA"))
    with qtbot.assertNotEmitted(filters.changed):
        filters.set_facets([("BBC", 1), ("CNA", 2)], [("台灣", 1)])
    assert filters.source_box.currentData() == "CNA"
    assert [filters.tag_box.itemData(i) for i in range(filters.tag_box.count())] == [None, "台灣"]
    with qtbot.assertNotEmitted(filters.changed):
        filters.set_facets([("BBC", 1)], [])  # the chosen source is gone: back to all sources
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
    assert filters.source_box.y() == filters.sort_box.y()
    assert filters.tag_box.x() == filters.sort_box.x()
    assert all(box.width() >= 90 for box in (filters.sort_box, filters.tag_box))
