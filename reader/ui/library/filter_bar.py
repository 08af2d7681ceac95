"""The filter bar above the library list: sort order, source, tag, date range, smart views.

:class:`FilterBar` turns what is chosen into a :class:`ListQuery` (:meth:`FilterBar.query`) and
emits ``changed`` when the user changes a choice; the library panel then asks for the list
again. A date bound applies as it is typed (after a short pause) or picked from its calendar;
one that cannot be read is marked, said so under the fields, and the last good bound stays in
force until it is corrected. A field's calendar is made when its menu first drops down (the
first screen needs neither its class nor the widgets inside it). The source and tag menus are
filled from the index (:meth:`FilterBar.set_facets`) sorted by name, each with its number of
documents, in the display script, keeping the current choice. The sort order is remembered in
the settings.
The bar also shows how many documents the list shows of how many there are.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from functools import cmp_to_key
from typing import TYPE_CHECKING

from PySide6.QtCore import QCollator, QDate, QLocale, QSettings, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from reader.model.library.listing import ListQuery
from reader.model.library.queries import parse_day
from reader.ui.deferred import Deferred
from reader.ui.library.view_bar import ViewBar
from reader.ui.noop import override
from reader.ui.plain import plain_labels
from reader.ui.settings import Key, read_text, write

if TYPE_CHECKING:
    from PySide6.QtWidgets import QCalendarWidget

DATE_PAUSE_MS = 400  # a typed date applies after this pause
NARROW = 380  # narrower than this (pixels), the bar puts its menus in two rows
SORTS = (("date", True), ("date", False), ("title", False), ("source", False))


def _same(text: str) -> str:
    return text


class DateField(QWidget):
    """A date bound: typed (2021-01-31, 2021-01 or 2021) or picked from a calendar."""

    edited = Signal()

    def __init__(self, name: str, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setObjectName(name)
        self.edit.setPlaceholderText(placeholder)
        self.edit.setClearButtonEnabled(True)
        self._calendar = Deferred(self._build_calendar)
        self.button = QToolButton(self)
        self.button.setObjectName(f"{name}Button")
        # An arrow, not a calendar emoji: many systems have no emoji font (a box is drawn).
        self.button.setArrowType(Qt.ArrowType.DownArrow)
        self.button.setToolTip(self.tr("Pick a day"))
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.button)
        menu.setObjectName(f"{name}Menu")
        menu.aboutToShow.connect(self._on_menu_about_to_show)
        self.button.setMenu(menu)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DATE_PAUSE_MS)
        self._timer.timeout.connect(self.edited)
        self.edit.textEdited.connect(self._on_edit_text_edited)
        self.edit.editingFinished.connect(self._on_edit_editing_finished)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.button)

    @property
    def calendar(self) -> QCalendarWidget:
        """The calendar the button drops down (made now if it was not yet)."""
        return self._calendar.get()

    def _build_calendar(self) -> QCalendarWidget:
        from PySide6.QtWidgets import QCalendarWidget

        calendar = QCalendarWidget(self)
        calendar.setObjectName(f"{self.edit.objectName()}Calendar")
        calendar.clicked.connect(self._on_calendar_clicked)
        menu = self.button.menu()
        assert menu is not None
        holder = QWidgetAction(menu)
        holder.setDefaultWidget(calendar)
        menu.addAction(holder)
        return calendar

    def text(self) -> str:
        """What is written in the field."""
        return self.edit.text()

    def set_text(self, text: str) -> None:
        """Write ``text`` in the field and apply it at once."""
        self.edit.setText(text)
        self._timer.stop()
        self.edited.emit()

    @Slot()
    def _on_menu_about_to_show(self) -> None:
        try:
            day = parse_day(self.edit.text(), end=False)
        except ValueError:
            day = None
        self.calendar.setSelectedDate(
            QDate(day.year, day.month, day.day) if day else QDate.currentDate()
        )

    @Slot(QDate)
    def _on_calendar_clicked(self, day: QDate) -> None:
        self.set_text(day.toString("yyyy-MM-dd"))
        menu = self.button.menu()
        if menu is not None:
            menu.hide()

    @Slot(str)
    def _on_edit_text_edited(self, text: str) -> None:
        self._timer.start()

    @Slot()
    def _on_edit_editing_finished(self) -> None:
        if self._timer.isActive():
            self._timer.stop()
            self.edited.emit()


class FilterBar(QWidget):
    """The list's sort and filter controls and its shown/total count; see the module."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, settings: QSettings | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("libraryFilters")
        self._settings = settings
        self._convert: Callable[[str], str] = _same
        self._facets: tuple[list[tuple[str, int]], list[tuple[str, int]]] = ([], [])
        self._bounds: tuple[datetime | None, datetime | None] = (None, None)
        self.sort_box = QComboBox(self)
        self.sort_box.setObjectName("sortBox")
        for label, (key, descending) in zip(
            (self.tr("Newest first"), self.tr("Oldest first"), self.tr("Title A–Z"),
             self.tr("Source A–Z")),
            SORTS,
            strict=True,
        ):  # fmt: skip
            self.sort_box.addItem(label, (key, descending))
        if settings is not None:
            saved = read_text(settings, Key.LIBRARY_SORT)
            for i, (key, descending) in enumerate(SORTS):
                if saved == f"{key}-{'desc' if descending else 'asc'}":
                    self.sort_box.setCurrentIndex(i)
        self.source_box = QComboBox(self)
        self.source_box.setObjectName("sourceBox")
        self.source_box.addItem(self.tr("All sources"), None)
        self.source_box.setMaximumWidth(180)
        self.tag_box = QComboBox(self)
        self.tag_box.setObjectName("tagBox")
        self.tag_box.addItem(self.tr("All tags"), None)
        self.tag_box.setMaximumWidth(140)
        self.from_field = DateField("dateFrom", self.tr("from YYYY-MM-DD"), self)
        self.to_field = DateField("dateTo", self.tr("to YYYY-MM-DD"), self)
        self.date_from = self.from_field.edit
        self.date_to = self.to_field.edit
        for box in (self.sort_box, self.source_box, self.tag_box):
            box.currentIndexChanged.connect(self._on_filter_edited)
        for field in (self.from_field, self.to_field):
            field.edited.connect(self._on_filter_edited)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("countLabel")
        self.date_problem = QLabel(self)
        self.date_problem.setObjectName("dateProblem")
        self.date_problem.setStyleSheet("color:#b3261e")
        self.date_problem.setWordWrap(True)
        self.date_problem.setVisible(False)
        self.views = ViewBar(self)
        self.views.changed.connect(self._on_filter_edited)

        # The three menus in one row, or in two rows in a narrow list (see resizeEvent).
        self._boxes = QGridLayout()
        self._boxes.setContentsMargins(0, 0, 0, 0)
        self._boxes.setSpacing(4)
        self._columns = 0
        row2 = QGridLayout()
        row2.setContentsMargins(0, 0, 0, 0)
        row2.addWidget(self.from_field, 0, 0)
        row2.addWidget(self.to_field, 0, 1)
        row2.addWidget(self.count_label, 0, 2)
        self._dates = row2
        self._place_boxes(3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.views)
        layout.addLayout(self._boxes)
        layout.addLayout(row2)
        layout.addWidget(self.date_problem)
        for field in (self.from_field, self.to_field):
            field.setMinimumWidth(60)
        for box in (self.sort_box, self.source_box, self.tag_box):
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            box.setMinimumContentsLength(4)
        plain_labels(self)

    def _place_boxes(self, columns: int) -> None:
        if columns == self._columns:
            return
        self._columns = columns
        boxes = (self.sort_box, self.source_box, self.tag_box)
        for box in boxes:
            self._boxes.removeWidget(box)
        for i, box in enumerate(boxes):
            # Two columns: sort and source above, tag below across both.
            row, column = divmod(i, columns)
            span = 2 if columns == 2 and i == 2 else 1
            self._boxes.addWidget(box, row, column, 1, span)
        for column in range(3):
            # One row: the sort menu as wide as it needs, the other two share the rest; two
            # rows: halves.
            wide = column < columns and (column > 0 or columns == 2)
            self._boxes.setColumnStretch(column, 1 if wide else 0)
        # The count beside the dates, or under them.
        self._dates.removeWidget(self.count_label)
        if columns == 3:
            self._dates.addWidget(self.count_label, 0, 2)
        else:
            self._dates.addWidget(self.count_label, 1, 0, 1, 2)

    @override
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_boxes(3 if event.size().width() >= NARROW else 2)

    def query(self, roots: tuple[str, ...]) -> ListQuery:
        """The list query of the current choices, for the library folders ``roots``.

        A date bound that cannot be read marks its field, says so, and keeps the last good one.
        """
        key, descending = self.sort_box.currentData() or ("date", True)
        start, end = self._check_dates()
        return ListQuery(
            roots=roots,
            sort=key,
            descending=descending,
            source=self.source_box.currentData(),
            tag=self.tag_box.currentData(),
            date_from=start,
            date_to=end,
        )

    def _check_dates(self) -> tuple[datetime | None, datetime | None]:
        """The date bounds in force: what the fields say, or the last good bound of a field
        that cannot be read (which is marked, and said under the fields)."""
        start, end = self._bounds
        problems: list[str] = []
        for field, is_end in ((self.from_field, False), (self.to_field, True)):
            try:
                bound = parse_day(field.text(), end=is_end)
            except ValueError:
                field.edit.setStyleSheet("background:#fde2e1")
                problems.append(
                    self.tr("“{text}” is not a date: write 2021-01-31, 2021-01 or 2021").format(
                        text=field.text().strip()
                    )
                )
                continue
            field.edit.setStyleSheet("")
            if is_end:
                end = bound
            else:
                start = bound
        if start is not None and end is not None and start > end:
            problems.append(self.tr("The start date is after the end date: nothing is listed"))
        self._bounds = (start, end)
        self.date_problem.setText("\n".join(problems))
        self.date_problem.setVisible(bool(problems))
        return start, end

    def set_facets(self, sources: list[tuple[str, int]], tags: list[tuple[str, int]]) -> None:
        """Offer these sources and tags with their counts (without emitting ``changed``)."""
        self._facets = (list(sources), list(tags))
        self._fill(self.source_box, self.tr("All sources"), sources)
        self._fill(self.tag_box, self.tr("All tags"), tags)

    def set_converter(self, convert: Callable[[str], str]) -> None:
        """Show source and tag names through ``convert`` (the display script)."""
        self._convert = convert
        self.set_facets(*self._facets)

    def show_count(self, shown: int, total: int) -> None:
        """Show that the list shows ``shown`` of ``total`` documents."""
        self.count_label.setText(
            self.tr("{shown} of {total}").format(shown=f"{shown:,}", total=f"{total:,}")
        )

    def _fill(self, box: QComboBox, everything: str, values: list[tuple[str, int]]) -> None:
        current = box.currentData()
        collator = QCollator(QLocale())
        collator.setNumericMode(True)
        labels = {value: self._convert(value) for value, _count in values}

        def compare(a: str, b: str) -> int:
            return collator.compare(labels[a], labels[b])

        by_label = cmp_to_key(compare)
        counts = dict(values)
        ordered: list[str] = sorted(counts, key=by_label)
        shown = [(labels[v], v, counts[v]) for v in ordered]
        box.blockSignals(True)
        box.clear()
        box.addItem(everything, None)
        for label, value, count in shown:
            box.addItem(f"{label} ({count:,})", value)
        found = box.findData(current) if current is not None else 0
        box.setCurrentIndex(max(found, 0))
        box.blockSignals(False)

    @Slot()
    def _on_filter_edited(self) -> None:
        self._check_dates()
        if self._settings is not None:
            key, descending = self.sort_box.currentData() or ("date", True)
            write(self._settings, Key.LIBRARY_SORT, f"{key}-{'desc' if descending else 'asc'}")
        self.changed.emit()
