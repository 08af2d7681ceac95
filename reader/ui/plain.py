"""Text from documents, file names and imports shown as written, never as guessed rich text.

Qt guesses: a QLabel, a QMessageBox and every tool tip render their text as HTML when it
*looks* like HTML (``Qt.mightBeRichText``), so a quote, a file name or an imported id holding
``<img src="/some/file">`` would make Qt read that file (or block on ``/dev/stdin``) and draw
it. Labels and message boxes are set to plain text here; tool tips have no such setting, so
their text is escaped inside one explicit rich-text paragraph that keeps its line breaks.
``tests/hostile/test_rich_text.py`` walks every widget in use and fails on a guess.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

TYPE_CHECKING = False  # typing's, without importing typing at start-up (mypy reads it so)
if TYPE_CHECKING:
    # Imported when a box is made: its class (and its enums) is not needed for the first article.
    from PySide6.QtWidgets import QMessageBox

#: How every tool tip made by :func:`plain_tip` starts (the widget walk checks for it).
TIP_PREFIX = "<p style='white-space:pre-wrap'>"


def plain_tip(text: str) -> str:
    """A tool tip showing ``text`` as written (empty text: no tool tip)."""
    if not text:
        return ""
    return f"{TIP_PREFIX}{html.escape(text, quote=False)}</p>"


def plain_labels(widget: QWidget) -> None:
    """Make every QLabel inside ``widget`` show its text as plain text (call it at the end of
    a widget's ``__init__``; a label made later needs ``setTextFormat`` of its own)."""
    for label in widget.findChildren(QLabel):
        label.setTextFormat(Qt.TextFormat.PlainText)


def message_box(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    buttons: QMessageBox.StandardButton | None = None,
) -> QMessageBox:
    """A message box whose text is plain text (the static QMessageBox functions guess); its
    buttons ``buttons`` (default: OK)."""
    from PySide6.QtWidgets import QMessageBox

    if buttons is None:
        buttons = QMessageBox.StandardButton.Ok
    box = QMessageBox(icon, title, text, buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box


def warn(parent: QWidget | None, title: str, text: str) -> None:
    """Show a warning (plain text) and wait for it to be closed."""
    from PySide6.QtWidgets import QMessageBox

    message_box(parent, QMessageBox.Icon.Warning, title, text).exec()


def ask(parent: QWidget | None, title: str, text: str) -> bool:
    """Ask a yes/no question (plain text); True for Yes."""
    from PySide6.QtWidgets import QMessageBox

    box = message_box(
        parent,
        QMessageBox.Icon.Question,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
    )
    box.exec()
    clicked = box.clickedButton()
    return clicked is not None and box.standardButton(clicked) == QMessageBox.StandardButton.Yes
