"""The Reading Settings dialog in the main window: live changes to the article, remembered."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from reader.model.article.render import header_block_count
from reader.model.document.document import BlockKind
from reader.ui.article.reading_settings_dialog import ReadingSettingsDialog
from reader.ui.article.typography import DEFAULT, Typography
from reader.ui.main_window import MainWindow
from tests.conftest import SAMPLES

CNA = SAMPLES / "001_9d316e97139cf3b5.txt"

# The offscreen platform can neither propagate size hints nor raise a window.
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")


def _open(qtbot: QtBot, data_dir: Path) -> MainWindow:
    window = MainWindow(data_dir, [CNA])
    qtbot.addWidget(window)
    window.resize(1200, 700)
    window.show()
    with qtbot.waitSignal(window.article_shown, timeout=10000):
        pass
    return window


def _dialog(window: MainWindow) -> ReadingSettingsDialog:
    view_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    action = next(a for a in view_menu.actions() if a.text() == "&Reading Settings…")
    action.trigger()
    dialog = window.findChild(ReadingSettingsDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def _first_paragraph_format(window: MainWindow) -> tuple[Qt.AlignmentFlag, float]:
    """The alignment and line height of the article's first paragraph."""
    doc = window.current_document
    assert doc is not None
    first = next(i for i, b in enumerate(doc.blocks) if b.kind is BlockKind.PARAGRAPH)
    block = window.article.document().findBlockByNumber(header_block_count(doc) + first)
    assert block.text() == doc.blocks[first].text
    fmt = block.blockFormat()
    return fmt.alignment(), fmt.lineHeight()


def test_changes_show_at_once_and_are_remembered(qtbot: QtBot, data_dir: Path) -> None:
    window = _open(qtbot, data_dir)
    dialog = _dialog(window)
    article = window.article
    assert _first_paragraph_format(window)[0] & Qt.AlignmentFlag.AlignJustify
    width_before = article.viewport().width()
    height_before = article.document().size().height()

    # Text width: 20 characters a line makes the column narrower.
    dialog.measure.setFocus()
    for _ in range(10):  # 40 → 20, two characters a step
        qtbot.keyClick(dialog.measure, Qt.Key.Key_Down)
    assert window.reading_prefs.typography.measure == 20
    assert article.viewport().width() < width_before * 0.8
    # Line spacing: taller lines make the article taller.
    dialog.line_spacing.setValue(220)
    assert _first_paragraph_format(window)[1] == pytest.approx(220)
    assert article.document().size().height() > height_before
    # Justification off: paragraphs ragged, the text itself unchanged.
    text = article.toPlainText()
    qtbot.mouseClick(dialog.justify, Qt.MouseButton.LeftButton)
    assert not dialog.justify.isChecked()
    assert not _first_paragraph_format(window)[0] & Qt.AlignmentFlag.AlignJustify
    assert article.toPlainText() == text
    dialog.text_size.setValue(15)
    assert window.reading_prefs.point_size == 15
    dialog.paragraph_spacing.setValue(150)
    chinese = [dialog.chinese_font.itemText(i) for i in range(1, dialog.chinese_font.count())]
    if chinese:  # the machine has a CJK face: choose it, it heads the article's font list
        dialog.chinese_font.setCurrentIndex(1)
        assert f'"{chinese[0]}"' in article.document().defaultStyleSheet()
    window.close()

    again = _open(qtbot, data_dir)
    t = again.reading_prefs.typography
    assert (t.measure, t.line_spacing, t.paragraph_spacing, t.justify) == (20, 220, 150, False)
    assert again.reading_prefs.point_size == 15
    assert not _first_paragraph_format(again)[0] & Qt.AlignmentFlag.AlignJustify
    dialog = _dialog(again)
    assert dialog.measure.value() == 20 and not dialog.justify.isChecked()
    defaults = dialog.findChild(QPushButton, "defaults")
    assert defaults is not None
    qtbot.mouseClick(defaults, Qt.MouseButton.LeftButton)
    assert again.reading_prefs.typography == DEFAULT
    assert again.reading_prefs.point_size == 12
    assert dialog.measure.value() == DEFAULT.measure and dialog.justify.isChecked()
    again.close()


def test_fonts_listed_can_write_their_script(qtbot: QtBot, data_dir: Path) -> None:
    window = _open(qtbot, data_dir)
    dialog = _dialog(window)
    assert dialog.chinese_font.itemData(0) == "" and dialog.latin_font.itemData(0) == ""
    chinese = {
        *QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese),
        *QFontDatabase.families(QFontDatabase.WritingSystem.TraditionalChinese),
    }
    listed = {dialog.chinese_font.itemData(i) for i in range(1, dialog.chinese_font.count())}
    assert listed <= chinese
    window.close()


def test_chosen_families_come_first_and_cannot_break_the_style_sheet() -> None:
    from reader.model.script.writing import Glyphs
    from reader.ui.article.script_fonts import FontChoice, typography_sheet

    t = Typography(chinese_font="LXGW WenKai TC", latin_font='Evil"; } body { x')
    sheet = typography_sheet(Glyphs.TC, FontChoice(t.chinese_font, t.latin_font))
    assert 'body { font-family: "LXGW WenKai TC", "Noto Serif CJK TC"' in sheet
    assert '.latin { font-family: "Evil  body  x", "Noto Serif"' in sheet
    assert sheet.count("{") == sheet.count("}")
    assert Typography(measure=500, line_spacing=1).clamped().measure == 80
