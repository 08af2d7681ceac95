"""The status-bar widget that shows how far library indexing has come, or that it was
cancelled and the library is partial (with a button to resume)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QToolButton, QWidget

from reader.ui.plain import plain_labels


class IndexStatus(QWidget):
    """The status-bar progress of indexing: a bar, count and rate, and a cancel button."""

    cancel_requested = Signal()
    resume_requested = Signal()

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
        self.resume = QToolButton(self)
        self.resume.setObjectName("resumeIndexing")
        self.resume.setText(self.tr("Resume"))
        self.resume.setToolTip(self.tr("Index the rest of the library folders"))
        self.resume.clicked.connect(self.resume_requested)
        self.resume.setVisible(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel)
        layout.addWidget(self.resume)
        self.setVisible(False)
        plain_labels(self)

    def show_progress(self, done: int, total: int, rate: float) -> None:
        """Show how far indexing has come."""
        self.setVisible(total > 0 and done < total)
        self.bar.setVisible(True)
        self.cancel.setVisible(True)
        self.resume.setVisible(False)
        self.bar.setMaximum(max(total, 1))
        self.bar.setValue(done)
        self.label.setText(
            self.tr("Indexing {done} / {total} · {rate}/s").format(
                done=f"{done:,}", total=f"{total:,}", rate=f"{rate:,.0f}"
            )
        )

    def show_partial(self) -> None:
        """Say, until indexing is resumed, that the library is only partly indexed."""
        self.bar.setVisible(False)
        self.cancel.setVisible(False)
        self.resume.setVisible(True)
        self.label.setText(
            self.tr("Indexing was cancelled: the library is partial (some documents are missing)")
        )
        self.setVisible(True)
