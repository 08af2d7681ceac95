"""The smart views beside the filters: All, Unread, Starred, Today, With highlights.

:class:`ViewBar` is a row of exclusive buttons, each with its count
(:func:`reader.model.library.views.view_counts`); choosing one emits ``changed``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal, Slot
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QToolButton, QWidget

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
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        for view in SmartView:
            button = QToolButton(self)
            button.setObjectName(f"view-{view.value}")
            button.setCheckable(True)
            button.setAutoRaise(True)
            button.setText(view_label(view))
            self._group.addButton(button)
            self.buttons[view] = button
            layout.addWidget(button)
        layout.addStretch(1)
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
