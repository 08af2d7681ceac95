"""How display modes are named in the window: one table for the toolbar, the menus and the
phrases in dialogs ("quotes shown in Traditional (Taiwan)")."""

from __future__ import annotations

from dataclasses import dataclass

from reader.model.script.modes import DisplayMode


@dataclass(frozen=True, slots=True)
class ModeLabel:
    """The names of one display mode."""

    phrase: str  # in a sentence: "quotes shown in …"
    menu: str = ""  # in a 繁/简 regional-form menu (the three scripts' own entries: empty)


LABELS = {
    DisplayMode.ORIGINAL: ModeLabel("the original script"),
    DisplayMode.TRADITIONAL: ModeLabel("Traditional", "&Standard Traditional (OpenCC)"),
    DisplayMode.TAIWAN: ModeLabel("Traditional (Taiwan)", "&Taiwan (软件 → 軟體)"),
    DisplayMode.HONGKONG: ModeLabel("Traditional (Hong Kong)", "&Hong Kong"),
    DisplayMode.SIMPLIFIED: ModeLabel("Simplified", "&Standard Simplified (OpenCC)"),
    DisplayMode.MAINLAND: ModeLabel(
        "Simplified (mainland phrasing)", "&Mainland Phrasing (網際網路 → 互联网)"
    ),
}

#: The toolbar's three scripts: (button text, tool tip).
SCRIPT_BUTTONS = {
    DisplayMode.ORIGINAL: ("Original", "Show the document as written"),
    DisplayMode.TRADITIONAL: ("繁", "Show in Traditional script (arrow: regional form)"),
    DisplayMode.SIMPLIFIED: ("简", "Show in Simplified script (arrow: regional form)"),
}

TRADITIONAL_FORMS = (DisplayMode.TRADITIONAL, DisplayMode.TAIWAN, DisplayMode.HONGKONG)
SIMPLIFIED_FORMS = (DisplayMode.SIMPLIFIED, DisplayMode.MAINLAND)


def mode_phrase(mode: DisplayMode) -> str:
    """``mode`` as it reads in a sentence."""
    return LABELS[mode].phrase
