"""Small dialogs of the annotation UI: writing a note, choosing what to export."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from reader.ui.plain import plain_labels

_QUOTE_SHOWN = 120


class NoteDialog(QDialog):
    """Write or edit the note of a highlight; the quote is shown above for context."""

    def __init__(self, quote: str, note: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noteDialog")
        self.setWindowTitle(self.tr("Edit Note") if note else self.tr("Add Note"))
        shown = " ".join(quote.split())
        if len(shown) > _QUOTE_SHOWN:
            shown = shown[: _QUOTE_SHOWN - 1] + "…"
        self.quote = QLabel(f"「{shown}」", self)
        self.quote.setWordWrap(True)
        self.editor = QPlainTextEdit(self)
        self.editor.setObjectName("noteEditor")
        self.editor.setPlaceholderText(self.tr("Your note (saved at once)"))
        self.editor.setPlainText(note)
        self.editor.setTabChangesFocus(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.quote)
        layout.addWidget(self.editor, 1)
        layout.addWidget(buttons)
        self.resize(420, 240)
        plain_labels(self)
        self.editor.setFocus()

    def note(self) -> str:
        """The note as written (surrounding white space removed)."""
        return self.editor.toPlainText().strip()


def ask_note(parent: QWidget | None, quote: str, note: str = "") -> str | None:
    """Ask for a highlight's note; None when cancelled."""
    dialog = NoteDialog(quote, note, parent)
    try:
        return dialog.note() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()


class ExportFormat(enum.StrEnum):
    """What an export file holds."""

    MARKDOWN = "markdown"
    W3C = "w3c"


class ExportScope(enum.StrEnum):
    """Which annotations an export holds."""

    DOCUMENT = "document"
    LIBRARY = "library"


@dataclass(frozen=True, slots=True)
class ExportChoice:
    """The format and scope chosen for an export."""

    format: ExportFormat
    scope: ExportScope


class ExportDialog(QDialog):
    """Choose Markdown or W3C JSON-LD, and this document or the whole library."""

    def __init__(
        self, has_document: bool, script_label: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export Annotations"))
        self.markdown = QRadioButton(
            self.tr("Markdown, for reading (quotes shown in {script})").format(script=script_label)
        )
        self.w3c = QRadioButton(
            self.tr("W3C Web Annotation JSON-LD, for other tools (original text)")
        )
        self.markdown.setChecked(True)
        self.document = QRadioButton(self.tr("This document"))
        self.library = QRadioButton(self.tr("Whole library (every annotated document)"))
        self.document.setEnabled(has_document)
        (self.document if has_document else self.library).setChecked(True)
        self._formats = QButtonGroup(self)
        self._scopes = QButtonGroup(self)
        layout = QVBoxLayout(self)
        for title, group, buttons in (
            (self.tr("Format"), self._formats, (self.markdown, self.w3c)),
            (self.tr("Annotations"), self._scopes, (self.document, self.library)),
        ):
            box = QGroupBox(title, self)
            inner = QVBoxLayout(box)
            for button in buttons:
                group.addButton(button)
                inner.addWidget(button)
            layout.addWidget(box)
        buttons_box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons_box.accepted.connect(self.accept)
        buttons_box.rejected.connect(self.reject)
        layout.addWidget(buttons_box)

    def choice(self) -> ExportChoice:
        """What is selected now."""
        return ExportChoice(
            ExportFormat.MARKDOWN if self.markdown.isChecked() else ExportFormat.W3C,
            ExportScope.DOCUMENT if self.document.isChecked() else ExportScope.LIBRARY,
        )


def ask_export_choice(
    parent: QWidget | None, has_document: bool, script_label: str
) -> ExportChoice | None:
    """Ask what to export; None when cancelled."""
    dialog = ExportDialog(has_document, script_label, parent)
    try:
        return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()
