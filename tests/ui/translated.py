"""A context manager that installs one interface language's catalogues for a test."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from reader.ui.language import Language, install_translators


@contextmanager
def translated(language: str) -> Iterator[Language]:
    """The app speaks ``language`` inside the block, English again after it."""
    app = QApplication.instance() or QApplication([])
    chosen = Language(language)
    translators = install_translators(app, chosen)
    try:
        yield chosen
    finally:
        for translator in translators:
            assert isinstance(translator, QTranslator)
            QCoreApplication.removeTranslator(translator)
            translator.deleteLater()
        QLocale.setDefault(QLocale.c())
