"""The Reading Settings dialog (View → Reading Settings…): fonts, size, spacing, measure.

Every change is applied at once to :class:`~reader.ui.article.reading_prefs.ReadingPrefs`, so
the article behind the dialog is its live preview, and remembered there; **Defaults** puts the
built-in choices back. The dialog is not modal: the reader can scroll the article meanwhile.
It is imported and made when first opened
(:class:`~reader.ui.article.reading_settings.ReadingSettings`).
"""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QSpinBox,
    QWidget,
)

from reader.ui.article.reading_prefs import (
    DEFAULT_POINT_SIZE,
    MAX_POINT_SIZE,
    MIN_POINT_SIZE,
    ReadingPrefs,
)
from reader.ui.article.typography import (
    DEFAULT,
    LINE_SPACING,
    MEASURE,
    PARAGRAPH_SPACING,
    Typography,
)
from reader.ui.plain import plain_labels


class ReadingSettingsDialog(QDialog):
    """Edits the reader's typography and text size, applying every change at once."""

    def __init__(self, prefs: ReadingPrefs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readingSettings")
        self.setWindowTitle(self.tr("Reading Settings"))
        self._prefs = prefs
        self._filling = False
        self.chinese_font = self._font_box(
            "chineseFont",
            self.tr("Default (serif)"),
            QFontDatabase.WritingSystem.TraditionalChinese,
            QFontDatabase.WritingSystem.SimplifiedChinese,
        )
        self.latin_font = self._font_box(
            "latinFont", self.tr("Same as Chinese"), QFontDatabase.WritingSystem.Latin
        )
        self.text_size = self._spin("textSize", MIN_POINT_SIZE, MAX_POINT_SIZE, self.tr(" pt"))
        self.line_spacing = self._spin("lineSpacing", *LINE_SPACING, suffix="%", step=10)
        self.paragraph_spacing = self._spin(
            "paragraphSpacing", *PARAGRAPH_SPACING, suffix="%", step=10
        )
        self.measure = self._spin("measure", *MEASURE, suffix=self.tr(" characters"), step=2)
        self.justify = QCheckBox(self.tr("&Justify paragraphs"), self)
        self.justify.setObjectName("justify")
        self.justify.toggled.connect(self._on_control_changed)

        form = QFormLayout(self)
        form.addRow(self.tr("&Chinese font:"), self.chinese_font)
        form.addRow(self.tr("&Latin font:"), self.latin_font)
        form.addRow(self.tr("Text &size:"), self.text_size)
        form.addRow(self.tr("Line s&pacing:"), self.line_spacing)
        form.addRow(self.tr("Space &after paragraphs:"), self.paragraph_spacing)
        form.addRow(self.tr("Text &width (at most):"), self.measure)
        form.addRow("", self.justify)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.RestoreDefaults | QDialogButtonBox.StandardButton.Close,
            self,
        )
        buttons.rejected.connect(self.close)
        defaults = buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        defaults.setObjectName("defaults")
        defaults.clicked.connect(self._on_defaults_clicked)
        form.addRow(buttons)
        self.fill()
        plain_labels(self)

    def _font_box(
        self, name: str, default: str, *systems: QFontDatabase.WritingSystem
    ) -> QComboBox:
        """A font chooser: its first entry is the default ("" in the settings)."""
        box = QComboBox(self)
        box.setObjectName(name)
        box.addItem(default, "")
        # Only faces that can write the script, so the list is not hundreds of names long.
        families: set[str] = set()
        for system in systems:
            families.update(QFontDatabase.families(system))
        for family in sorted(families, key=str.casefold):
            if not QFontDatabase.isPrivateFamily(family):
                box.addItem(family, family)
        box.currentIndexChanged.connect(self._on_control_changed)
        return box

    def _spin(self, name: str, low: int, high: int, suffix: str = "", step: int = 1) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setObjectName(name)
        spin.setRange(low, high)
        spin.setSingleStep(step)
        spin.setSuffix(suffix)
        spin.valueChanged.connect(self._on_control_changed)
        return spin

    def fill(self) -> None:
        """Show the current preferences in the controls."""
        self._filling = True
        try:
            t = self._prefs.typography
            for box, family in (
                (self.chinese_font, t.chinese_font),
                (self.latin_font, t.latin_font),
            ):
                row = box.findData(family)
                if row < 0:  # a remembered face that is no longer installed: keep it listed
                    box.addItem(family, family)
                    row = box.count() - 1
                box.setCurrentIndex(row)
            self.text_size.setValue(self._prefs.point_size)
            self.line_spacing.setValue(t.line_spacing)
            self.paragraph_spacing.setValue(t.paragraph_spacing)
            self.measure.setValue(t.measure)
            self.justify.setChecked(t.justify)
        finally:
            self._filling = False

    def typography(self) -> Typography:
        """The typography the controls show."""
        return Typography(
            chinese_font=str(self.chinese_font.currentData() or ""),
            latin_font=str(self.latin_font.currentData() or ""),
            line_spacing=self.line_spacing.value(),
            paragraph_spacing=self.paragraph_spacing.value(),
            measure=self.measure.value(),
            justify=self.justify.isChecked(),
        )

    @Slot()
    def _on_control_changed(self) -> None:
        if self._filling:
            return
        self._prefs.set_point_size(self.text_size.value())
        self._prefs.set_typography(self.typography())

    @Slot()
    def _on_defaults_clicked(self) -> None:
        self._prefs.set_point_size(DEFAULT_POINT_SIZE)
        self._prefs.set_typography(DEFAULT)
        self.fill()
