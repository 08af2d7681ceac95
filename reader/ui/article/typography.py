"""The reader's typography choices: fonts for Chinese and Latin text, spacing, measure, alignment.

:class:`Typography` is a plain value held by
:class:`~reader.ui.article.reading_prefs.ReadingPrefs` (which remembers it and restyles the
pane); the reading settings dialog edits it. Styling that depends on a block's script (glyph
forms, a Latin face for Latin blocks) reads the chosen families from here rather than fixing its
own: :attr:`Typography.chinese_font` and :attr:`Typography.latin_font` ("" means the default).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import QSettings

from reader.ui.settings import Key, read_bool, read_int, read_text, write

# Limits of each setting (the dialog's ranges, and what a settings file is clamped to).
LINE_SPACING = (100, 250)  # percent of the font's line height
PARAGRAPH_SPACING = (0, 200)  # percent of an em after a paragraph
MEASURE = (20, 80)  # the widest line, in ems of body text (an em is one Chinese character)


@dataclass(frozen=True, slots=True)
class Typography:
    """How article text is set.

    ``chinese_font`` and ``latin_font`` are font family names, "" for the defaults (serif faces
    with the glyph forms of the display script, and a serif Latin face: see
    :mod:`reader.ui.article.script_fonts`, which sets each block in them). ``line_spacing``
    is a percentage of the line height, ``paragraph_spacing`` the space after a paragraph in
    percent of an em,
    ``measure`` the widest line in ems, ``justify`` whether paragraphs are justified.
    """

    chinese_font: str = ""
    latin_font: str = ""
    line_spacing: int = 160
    paragraph_spacing: int = 80
    measure: int = 40
    justify: bool = True

    def clamped(self) -> Typography:
        """The same choices with every number inside its limits."""

        def clamp(value: int, limits: tuple[int, int]) -> int:
            return min(limits[1], max(limits[0], value))

        return replace(
            self,
            line_spacing=clamp(self.line_spacing, LINE_SPACING),
            paragraph_spacing=clamp(self.paragraph_spacing, PARAGRAPH_SPACING),
            measure=clamp(self.measure, MEASURE),
        )


DEFAULT = Typography()


def read_typography(settings: QSettings) -> Typography:
    """The remembered typography (defaults for what is missing or damaged)."""
    return Typography(
        chinese_font=read_text(settings, Key.CHINESE_FONT),
        latin_font=read_text(settings, Key.LATIN_FONT),
        line_spacing=read_int(settings, Key.LINE_SPACING, DEFAULT.line_spacing, *LINE_SPACING),
        paragraph_spacing=read_int(
            settings, Key.PARAGRAPH_SPACING, DEFAULT.paragraph_spacing, *PARAGRAPH_SPACING
        ),
        measure=read_int(settings, Key.MEASURE, DEFAULT.measure, *MEASURE),
        justify=read_bool(settings, Key.JUSTIFY, DEFAULT.justify),
    )


def write_typography(settings: QSettings, typography: Typography) -> None:
    """Remember ``typography``."""
    write(settings, Key.CHINESE_FONT, typography.chinese_font)
    write(settings, Key.LATIN_FONT, typography.latin_font)
    write(settings, Key.LINE_SPACING, typography.line_spacing)
    write(settings, Key.PARAGRAPH_SPACING, typography.paragraph_spacing)
    write(settings, Key.MEASURE, typography.measure)
    write(settings, Key.JUSTIFY, typography.justify)
