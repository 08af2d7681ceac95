"""The View-menu action that opens the Reading Settings dialog
(:mod:`reader.ui.article.reading_settings_dialog`, imported and made when first opened: its
widget classes are not needed for the first article).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from reader.ui.article.reading_prefs import ReadingPrefs

TYPE_CHECKING = False  # typing's, without importing typing at start-up (mypy reads it so)
if TYPE_CHECKING:
    from reader.ui.article.reading_settings_dialog import ReadingSettingsDialog


class ReadingSettings(QObject):
    """The View-menu action that opens the (one) Reading Settings dialog."""

    def __init__(self, prefs: ReadingPrefs, window: QWidget) -> None:
        super().__init__(window)
        self._prefs = prefs
        self._window = window
        self.dialog: ReadingSettingsDialog | None = None
        self.action = QAction(self.tr("&Reading Settings…"), self)
        self.action.setObjectName("readingSettingsAction")
        self.action.triggered.connect(self.open)

    @Slot()
    def open(self) -> None:
        """Show the dialog (made once, then raised again)."""
        if self.dialog is None:
            from reader.ui.article.reading_settings_dialog import ReadingSettingsDialog

            self.dialog = ReadingSettingsDialog(self._prefs, self._window)
        self.dialog.fill()
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
