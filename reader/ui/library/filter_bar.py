"""The filter bar above the library list: sort order, read state, source, tag, date range.

:class:`FilterBar` turns what is chosen into a :class:`ListQuery` (:meth:`FilterBar.query`) and
emits ``changed`` when the user changes a choice; the library panel then asks for the list
again. A date bound that cannot be read is marked and left out of the query. The source and
tag menus are filled from the index (:meth:`FilterBar.set_facets`), keeping the current choice.
The bar also shows how many documents the list shows of how many there are.
"""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from reader.model.library.listing import ListQuery
from reader.model.library.queries import parse_day
from reader.ui.plain import plain_labels

# Narrower than this (pixels), the bar puts its menus in two rows.
NARROW = 380


class FilterBar(QWidget):
    """The list's sort and filter controls and its shown/total count; see the module."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("libraryFilters")
        self.sort_box = QComboBox(self)
        self.sort_box.setObjectName("sortBox")
        for label, key, descending in (
            (self.tr("Newest first"), "date", True),
            (self.tr("Oldest first"), "date", False),
            (self.tr("Title A–Z"), "title", False),
            (self.tr("Source A–Z"), "source", False),
        ):
            self.sort_box.addItem(label, (key, descending))
        self.read_box = QComboBox(self)
        self.read_box.setObjectName("readBox")
        for label, value in (
            (self.tr("Read & unread"), None),
            (self.tr("Unread"), False),
            (self.tr("Read"), True),
        ):
            self.read_box.addItem(label, value)
        self.source_box = QComboBox(self)
        self.source_box.setObjectName("sourceBox")
        self.source_box.addItem(self.tr("All sources"), None)
        self.source_box.setMaximumWidth(160)
        self.tag_box = QComboBox(self)
        self.tag_box.setObjectName("tagBox")
        self.tag_box.addItem(self.tr("All tags"), None)
        self.tag_box.setMaximumWidth(140)
        self.date_from = QLineEdit(self)
        self.date_from.setObjectName("dateFrom")
        self.date_from.setPlaceholderText(self.tr("from YYYY-MM-DD"))
        self.date_to = QLineEdit(self)
        self.date_to.setObjectName("dateTo")
        self.date_to.setPlaceholderText(self.tr("to YYYY-MM-DD"))
        for box in (self.sort_box, self.read_box, self.source_box, self.tag_box):
            box.currentIndexChanged.connect(self._on_filter_edited)
        for edit in (self.date_from, self.date_to):
            edit.editingFinished.connect(self._on_filter_edited)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("countLabel")

        # The four menus in one row, or two rows of two in a narrow list (see resizeEvent).
        self._boxes = QGridLayout()
        self._boxes.setContentsMargins(0, 0, 0, 0)
        self._boxes.setSpacing(4)
        self._columns = 0
        self._place_boxes(4)
        row2 = QHBoxLayout()
        row2.addWidget(self.date_from)
        row2.addWidget(self.date_to)
        row2.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(self._boxes)
        layout.addLayout(row2)
        for widget in (self.date_from, self.date_to):
            widget.setMinimumWidth(60)
        for box in (self.sort_box, self.read_box, self.source_box, self.tag_box):
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            box.setMinimumContentsLength(4)
        plain_labels(self)

    def _place_boxes(self, columns: int) -> None:
        if columns == self._columns:
            return
        self._columns = columns
        boxes = (self.sort_box, self.read_box, self.source_box, self.tag_box)
        for box in boxes:
            self._boxes.removeWidget(box)
        for i, box in enumerate(boxes):
            self._boxes.addWidget(box, i // columns, i % columns)
        for column in range(4):
            self._boxes.setColumnStretch(column, 1 if column < columns else 0)

    @override
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_boxes(4 if event.size().width() >= NARROW else 2)

    def query(self, roots: tuple[str, ...]) -> ListQuery:
        """The list query of the current choices, for the library folders ``roots``.

        A date bound that cannot be read marks both date fields and is left out.
        """
        key, descending = self.sort_box.currentData() or ("date", True)
        try:
            start = parse_day(self.date_from.text(), end=False)
            end = parse_day(self.date_to.text(), end=True)
            self.date_from.setStyleSheet("")
            self.date_to.setStyleSheet("")
        except ValueError:
            start = end = None
            for edit in (self.date_from, self.date_to):
                edit.setStyleSheet("background:#fde2e1")
                edit.setToolTip(self.tr("A date like 2021-01-31, 2021-01 or 2021"))
        return ListQuery(
            roots=roots,
            sort=key,
            descending=descending,
            source=self.source_box.currentData(),
            tag=self.tag_box.currentData(),
            date_from=start,
            date_to=end,
            read=self.read_box.currentData(),
        )

    def set_facets(self, sources: list[str], tags: list[str]) -> None:
        """Offer these sources and tags (without emitting ``changed``)."""
        self._fill(self.source_box, self.tr("All sources"), sources)
        self._fill(self.tag_box, self.tr("All tags"), tags)

    def show_count(self, shown: int, total: int) -> None:
        """Show that the list shows ``shown`` of ``total`` documents."""
        self.count_label.setText(
            self.tr("{shown} of {total}").format(shown=f"{shown:,}", total=f"{total:,}")
        )

    @staticmethod
    def _fill(box: QComboBox, everything: str, values: list[str]) -> None:
        current = box.currentData()
        box.blockSignals(True)
        box.clear()
        box.addItem(everything, None)
        for value in values:
            box.addItem(value, value)
        found = box.findData(current) if current is not None else 0
        box.setCurrentIndex(max(found, 0))
        box.blockSignals(False)

    @Slot()
    def _on_filter_edited(self) -> None:
        self.changed.emit()
