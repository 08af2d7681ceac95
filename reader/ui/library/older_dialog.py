"""Library ▸ Mark Older as Read…: the dialog that asks for the day (made when first opened)."""

from __future__ import annotations

from datetime import datetime, time

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from reader.ui.plain import plain_labels


class OlderThanDialog(QDialog):
    """Asks for the day before which the listed documents are marked read."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Mark Older as Read"))
        self.date_edit = QDateEdit(QDate.currentDate().addDays(-7), self)
        self.date_edit.setObjectName("olderThanDate")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(self.tr("Mark the listed documents dated before this day as read:"), self)
        )
        layout.addWidget(self.date_edit)
        layout.addWidget(buttons)
        plain_labels(self)

    def day(self) -> datetime:
        """The first moment of the chosen day (local time)."""
        day = self.date_edit.date().toPython()
        return datetime.combine(day, time()).astimezone()  # type: ignore[arg-type]
