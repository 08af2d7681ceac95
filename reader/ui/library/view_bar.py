"""The smart views beside the filters: All, Unread, Starred, Today, With highlights.

:class:`ViewBar` is a row of exclusive buttons, each with its count
(:func:`reader.model.library.views.view_counts`); choosing one emits ``changed``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Signal, Slot
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QLayout, QToolButton, QWidget
from typing_extensions import override

from reader.model.library.views import SmartView
from reader.ui.noop import QT_TRANSLATE_NOOP
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
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(2)
        self._grid.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self._per_row = 0
        for view in SmartView:
            button = QToolButton(self)
            button.setObjectName(f"view-{view.value}")
            button.setCheckable(True)
            button.setAutoRaise(True)
            button.setText(view_label(view))
            self._group.addButton(button)
            self.buttons[view] = button
        self._flow(len(self.buttons))
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

    def count(self, view: SmartView) -> int | None:
        """The count last shown for ``view``."""
        return self._counts.get(view)

    @Slot()
    def _on_group_button_clicked(self) -> None:
        self.changed.emit()

    def _fitting(self, width: int) -> int:
        """How many buttons fit in a row ``width`` pixels wide (at least one)."""
        used, count = 0, 0
        for button in self.buttons.values():
            used += button.sizeHint().width() + (self._grid.spacing() if count else 0)
            if used > width and count:
                break
            count += 1
        return max(1, count)

    def _flow(self, per_row: int) -> None:
        if per_row == self._per_row:
            return
        self._per_row = per_row
        for button in self.buttons.values():
            self._grid.removeWidget(button)
        for i, button in enumerate(self.buttons.values()):
            self._grid.addWidget(button, i // per_row, i % per_row)
        for column in range(len(self.buttons) + 1):
            self._grid.setColumnStretch(column, 1 if column == per_row else 0)
        self.updateGeometry()

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
        spacing = self._grid.spacing() * (len(self.buttons) - 1)
        one_row = sum(b.sizeHint().width() for b in self.buttons.values()) + spacing
        return QSize(one_row, super().sizeHint().height())

    @override
    def hasHeightForWidth(self) -> bool:
        return True

    @override
    def heightForWidth(self, width: int) -> int:
        rows = -(-len(self.buttons) // self._fitting(width))
        height = max(b.sizeHint().height() for b in self.buttons.values())
        return rows * height + (rows - 1) * self._grid.spacing()
