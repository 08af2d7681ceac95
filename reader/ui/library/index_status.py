"""The status-bar widget that shows how far library indexing has come."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QToolButton, QWidget

from reader.ui.plain import plain_labels


class IndexStatus(QWidget):
    """The status-bar progress of indexing: a bar, count and rate, and a cancel button."""

    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self)
        self.label.setObjectName("indexLabel")
        self.bar = QProgressBar(self)
        self.bar.setObjectName("indexProgress")
        self.bar.setMaximumWidth(220)
        self.bar.setTextVisible(False)
        self.cancel = QToolButton(self)
        self.cancel.setText(self.tr("Cancel"))
        self.cancel.setToolTip(self.tr("Stop indexing (what is indexed stays)"))
        self.cancel.clicked.connect(self.cancel_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel)
        self.setVisible(False)
        plain_labels(self)

    def show_progress(self, done: int, total: int, rate: float) -> None:
        """Show how far indexing has come."""
        self.setVisible(total > 0 and done < total)
        self.bar.setMaximum(max(total, 1))
        self.bar.setValue(done)
        self.label.setText(
            self.tr("Indexing {done} / {total} · {rate}/s").format(
                done=f"{done:,}", total=f"{total:,}", rate=f"{rate:,.0f}"
            )
        )
