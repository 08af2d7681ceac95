"""How display modes are named in the window: one table for the toolbar, the menus and the
phrases in dialogs ("quotes shown in Traditional (Taiwan)").

The table holds the English source texts; the functions below translate them when they are
used (the context is ``labels``), never at import, when no translator is installed yet.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from reader.model.script.modes import DisplayMode
from reader.ui.noop import QT_TRANSLATE_NOOP


@dataclass(frozen=True, slots=True)
class ModeLabel:
    """The names of one display mode (English source texts)."""

    phrase: str  # in a sentence: "quotes shown in …"
    menu: str = ""  # in a 繁/简 regional-form menu (the three scripts' own entries: empty)


LABELS = {
    DisplayMode.ORIGINAL: ModeLabel(QT_TRANSLATE_NOOP("labels", "the original script")),
    DisplayMode.TRADITIONAL: ModeLabel(
        QT_TRANSLATE_NOOP("labels", "Traditional"),
        QT_TRANSLATE_NOOP("labels", "&Standard Traditional (OpenCC)"),
    ),
    DisplayMode.TAIWAN: ModeLabel(
        QT_TRANSLATE_NOOP("labels", "Traditional (Taiwan)"),
        QT_TRANSLATE_NOOP("labels", "&Taiwan (软件 → 軟體)"),
    ),
    DisplayMode.HONGKONG: ModeLabel(
        QT_TRANSLATE_NOOP("labels", "Traditional (Hong Kong)"),
        QT_TRANSLATE_NOOP("labels", "&Hong Kong"),
    ),
    DisplayMode.SIMPLIFIED: ModeLabel(
        QT_TRANSLATE_NOOP("labels", "Simplified"),
        QT_TRANSLATE_NOOP("labels", "&Standard Simplified (OpenCC)"),
    ),
    DisplayMode.MAINLAND: ModeLabel(
        QT_TRANSLATE_NOOP("labels", "Simplified (mainland phrasing)"),
        QT_TRANSLATE_NOOP("labels", "&Mainland Phrasing (網際網路 → 互联网)"),
    ),
}

#: The toolbar's three scripts: (button text, tool tip).
SCRIPT_BUTTONS = {
    DisplayMode.ORIGINAL: (
        QT_TRANSLATE_NOOP("labels", "Original"),
        QT_TRANSLATE_NOOP("labels", "Show the document as written"),
    ),
    DisplayMode.TRADITIONAL: (
        "繁",
        QT_TRANSLATE_NOOP("labels", "Show in Traditional script (arrow: regional form)"),
    ),
    DisplayMode.SIMPLIFIED: (
        "简",
        QT_TRANSLATE_NOOP("labels", "Show in Simplified script (arrow: regional form)"),
    ),
}

TRADITIONAL_FORMS = (DisplayMode.TRADITIONAL, DisplayMode.TAIWAN, DisplayMode.HONGKONG)
SIMPLIFIED_FORMS = (DisplayMode.SIMPLIFIED, DisplayMode.MAINLAND)


def _tr(text: str) -> str:
    return QCoreApplication.translate("labels", text)


def mode_phrase(mode: DisplayMode) -> str:
    """``mode`` as it reads in a sentence (translated)."""
    return _tr(LABELS[mode].phrase)


def mode_menu_label(mode: DisplayMode) -> str:
    """``mode``'s entry in its script's regional-form menu (translated)."""
    return _tr(LABELS[mode].menu)


def script_button(mode: DisplayMode) -> tuple[str, str]:
    """The toolbar button text and tool tip of one of the three scripts (translated)."""
    text, tip = SCRIPT_BUTTONS[mode]
    return _tr(text), _tr(tip)
