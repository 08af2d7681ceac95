"""Highlight colours: one table of everything the window shows of a colour.

The colours themselves are stored as :class:`reader.model.annotations.annotation.Colour` values;
adding one means a member there and a row here. Names are English source texts, translated
when used (:func:`colour_name`, context ``colours``).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QIcon, QPixmap

from reader.model.annotations.annotation import Colour
from reader.ui.noop import QT_TRANSLATE_NOOP


@dataclass(frozen=True, slots=True)
class Look:
    """How one highlight colour is shown."""

    name: str  # in menus, the filter and the panel's accessible text
    swatch: str  # opaque: panel, menus, floating toolbar
    # The pane's wash is semi-transparent so the text keeps its theme colour and stays
    # readable: stronger on light paper (light, sepia), weaker on the dark theme.
    alpha_light: int
    alpha_dark: int


LOOKS = {
    Colour.YELLOW: Look(QT_TRANSLATE_NOOP("colours", "Yellow"), "#f5c400", 120, 80),
    Colour.GREEN: Look(QT_TRANSLATE_NOOP("colours", "Green"), "#4cb944", 95, 80),
    Colour.BLUE: Look(QT_TRANSLATE_NOOP("colours", "Blue"), "#3d8bfd", 85, 95),
    Colour.PINK: Look(QT_TRANSLATE_NOOP("colours", "Pink"), "#f0609e", 90, 90),
    Colour.PURPLE: Look(QT_TRANSLATE_NOOP("colours", "Purple"), "#9b6bff", 85, 100),
}

SWATCHES = {colour: look.swatch for colour, look in LOOKS.items()}


def colour_name(colour: Colour) -> str:
    """The colour's name in the interface language ("Yellow", "黃色")."""
    return QCoreApplication.translate("colours", LOOKS[colour].name)


def highlight_colour(colour: Colour, dark: bool) -> QColor:
    """The pane's background for a highlight of ``colour`` on a light or dark theme."""
    look = LOOKS[colour]
    result = QColor(look.swatch)
    result.setAlpha(look.alpha_dark if dark else look.alpha_light)
    return result


def flash_colour(colour: Colour, dark: bool) -> QColor:
    """The stronger wash that flashes a highlight the reader went to."""
    strong = QColor(LOOKS[colour].swatch)
    strong.setAlpha(150 if dark else 230)  # light text stays readable on dark
    return strong


def swatch_icon(colour: Colour, size: int = 14) -> QIcon:
    """A small filled square of ``colour`` (menus, buttons, the filter)."""
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(LOOKS[colour].swatch))
    return QIcon(pixmap)
