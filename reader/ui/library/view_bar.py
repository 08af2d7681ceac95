"""The smart views beside the filters: All, Unread, Starred, Today, With highlights.

:class:`ViewBar` is a row of exclusive buttons, each with its count
(:func:`reader.model.library.views.view_counts`); choosing one emits ``changed``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Signal, Slot
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLayout,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reader.model.library.views import SmartView
from reader.ui.noop import QT_TRANSLATE_NOOP, override
from reader.ui.plain import plain_labels

CONTEXT = "ViewBar"
LABELS = {
    SmartView.ALL: QT_TRANSLATE_NOOP("ViewBar", "All"),
    SmartView.UNREAD: QT_TRANSLATE_NOOP("ViewBar", "Unread"),
    SmartView.STARRED: QT_TRANSLATE_NOOP("ViewBar", "Starred"),
    SmartView.TODAY: QT_TRANSLATE_NOOP("ViewBar", "Today"),
    SmartView.HIGHLIGHTS: QT_TRANSLATE_NOOP("ViewBar", "With highlights"),
}


def view_label(view: SmartView) -> str:
    """The name of a view in the interface language."""
    return QCoreApplication.translate(CONTEXT, LABELS[view])


class ViewBar(QWidget):
    """The smart-view buttons with their counts; see the module."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("smartViews")
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self.buttons: dict[SmartView, QToolButton] = {}
        self._counts: dict[SmartView, int] = {}
        # The buttons flow into as many rows as the width needs (a narrow list: two or three);
        # the layout does not impose its one-row width as the bar's minimum.
        self._rows = QVBoxLayout(self)
        self._rows.setContentsMargins(0, 0, 0, 0)
        self._rows.setSpacing(2)
        self._rows.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self._per_row: tuple[int, ...] = ()
        for view in SmartView:
            button = QToolButton(self)
            button.setObjectName(f"view-{view.value}")
            button.setCheckable(True)
            button.setAutoRaise(True)
            button.setText(view_label(view))
            self._group.addButton(button)
            self.buttons[view] = button
        self._flow((len(self.buttons),))
        self.buttons[SmartView.ALL].setChecked(True)
        self._group.buttonClicked.connect(self._on_group_button_clicked)
        plain_labels(self)

    @property
    def view(self) -> SmartView:
        """The chosen view."""
        return next((v for v, b in self.buttons.items() if b.isChecked()), SmartView.ALL)

    def set_view(self, view: SmartView) -> None:
        """Choose ``view`` (emits ``changed`` when it is another one)."""
        if view is not self.view:
            self.buttons[view].setChecked(True)
            self.changed.emit()

    def show_counts(self, counts: dict[SmartView, int]) -> None:
        """Show how many documents each view holds."""
        self._counts = dict(counts)
        for view, button in self.buttons.items():
            count = counts.get(view)
            label = view_label(view)
            button.setText(f"{label} {count:,}" if count is not None else label)
        if self.width() > 0:  # the labels' widths changed: flow them again
            self._flow(self._fitting(self.width()))

    def count(self, view: SmartView) -> int | None:
        """The count last shown for ``view``."""
        return self._counts.get(view)

    @Slot()
    def _on_group_button_clicked(self) -> None:
        self.changed.emit()

    def _fitting(self, width: int) -> tuple[int, ...]:
        """How many buttons go in each row of a bar ``width`` pixels wide (at least one)."""
        rows: list[int] = []
        used = count = 0
        spacing = self._rows.spacing()
        for button in self.buttons.values():
            wide = button.sizeHint().width()
            if count and used + spacing + wide > width:
                rows.append(count)
                used = count = 0
            used += (spacing if count else 0) + wide
            count += 1
        rows.append(count)
        return tuple(rows)

    def _flow(self, per_row: tuple[int, ...]) -> None:
        if per_row == self._per_row:
            return
        self._per_row = per_row
        while (item := self._rows.takeAt(0)) is not None:
            row = item.layout()
            if row is not None:
                while row.takeAt(0) is not None:
                    pass
                row.deleteLater()
        buttons = iter(self.buttons.values())
        for count in per_row:
            row = QHBoxLayout()
            row.setSpacing(self._rows.spacing())
            for _ in range(count):
                row.addWidget(next(buttons))
            row.addStretch(1)
            self._rows.addLayout(row)
        # As tall as its rows (the layout imposes no size of its own, see __init__).
        height = max(b.sizeHint().height() for b in self.buttons.values())
        rows = len(per_row)
        self.setFixedHeight(rows * height + (rows - 1) * self._rows.spacing())

    @override
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._flow(self._fitting(event.size().width()))

    @override
    def minimumSizeHint(self) -> QSize:
        widest = max(b.sizeHint().width() for b in self.buttons.values())
        return QSize(widest, super().minimumSizeHint().height())

    @override
    def sizeHint(self) -> QSize:
        spacing = self._rows.spacing() * (len(self.buttons) - 1)
        one_row = sum(b.sizeHint().width() for b in self.buttons.values()) + spacing
        return QSize(one_row, super().sizeHint().height())
