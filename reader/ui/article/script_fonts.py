"""Fonts that follow the text: CJK families per glyph forms, a Latin family for Latin text.

The article pane does not take its Chinese font from the system language: Simplified text is
set in a font with mainland (SC) forms and punctuation placement, Traditional text in one with
Taiwan (TC) or Hong Kong (HK) forms, whatever the machine's locale. Latin-script text (blocks
the parser marked ``und-Latn``, and Latin words inside Chinese text) is set in a Latin font, so
that ’ “ ” are Latin punctuation and not the full-width glyphs of a CJK font.

The reading preferences feed this module with the reader's own choice of family
(:class:`FontChoice`, from the reading settings' :class:`~reader.ui.article.typography.Typography`);
a chosen family comes first and the defaults stay behind it as the
fallback, so a missing font never leaves text without glyphs.
"""

from __future__ import annotations

from dataclasses import dataclass

from reader.model.script.writing import Glyphs

# Serif faces read best for long Chinese text; per glyph forms, the families of Linux
# (Noto/Source Han), macOS (Songti/PingFang) and Windows (SimSun/MingLiU/YaHei/JhengHei).
_CJK_DEFAULTS: dict[Glyphs, tuple[str, ...]] = {
    Glyphs.SC: (
        "Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", "SimSun", "Noto Sans CJK SC",
        "Source Han Sans SC", "PingFang SC", "Microsoft YaHei",
    ),
    Glyphs.TC: (
        "Noto Serif CJK TC", "Source Han Serif TC", "Songti TC", "PMingLiU", "MingLiU",
        "Noto Sans CJK TC", "Source Han Sans TC", "PingFang TC", "Microsoft JhengHei",
    ),
    Glyphs.HK: (
        "Noto Serif CJK HK", "Source Han Serif HC", "MingLiU_HKSCS", "Noto Sans CJK HK",
        "Source Han Sans HC", "PingFang HK", "Noto Serif CJK TC", "Songti TC", "PMingLiU",
        "Microsoft JhengHei",
    ),
}  # fmt: skip

LATIN_DEFAULTS: tuple[str, ...] = (
    "Noto Serif", "Source Serif 4", "Georgia", "Charter", "Cambria", "Times New Roman",
    "DejaVu Serif", "Liberation Serif",
)  # fmt: skip

# The column of text never grows wider than this many ems of body text: about 40 Chinese
# characters a line, or about 70 Latin characters (the measure of a good English book).
MEASURE_EM = 40
LATIN_MEASURE_EM = 33


@dataclass(frozen=True, slots=True)
class FontChoice:
    """The reader's own families ("" for the defaults), from the reading preferences."""

    cjk: str = ""
    latin: str = ""


def cjk_families(glyphs: Glyphs, chosen: str = "") -> tuple[str, ...]:
    """The CJK families for text shown with ``glyphs`` forms, best first.

    The families of the other forms follow as a last resort (a machine with only an SC font
    still shows Traditional text, in SC forms).
    """
    families = [chosen] if chosen else []
    for forms in (glyphs, *(g for g in Glyphs if g is not glyphs)):
        families.extend(f for f in _CJK_DEFAULTS[forms] if f not in families)
    return tuple(families)


def latin_families(chosen: str = "") -> tuple[str, ...]:
    """The Latin families, best first (the reader's choice, if any, before the defaults)."""
    return tuple(dict.fromkeys(([chosen] if chosen else []) + list(LATIN_DEFAULTS)))


def css_families(families: tuple[str, ...], generic: str = "serif") -> str:
    """A CSS ``font-family`` value: the families quoted, then the generic family."""
    cleaned = ("".join(ch for ch in f if ch not in '"\\;{}<>').strip() for f in families)
    quoted = ", ".join(f'"{f}"' for f in cleaned if f)
    return f"{quoted}, {generic}" if quoted else generic


def typography_sheet(glyphs: Glyphs, choice: FontChoice = FontChoice()) -> str:
    """The style rules of the pane's fonts and line heights for text shown with ``glyphs``.

    Chinese text: the CJK families of those forms. Latin text (``.latin``): the Latin families
    first, then the CJK ones for any Chinese character inside; a Latin line height. Emphasis on
    Chinese text (``.em``) is upright and heavier: there is no italic in Chinese fonts.
    """
    cjk = css_families(cjk_families(glyphs, choice.cjk))
    latin = css_families(latin_families(choice.latin) + cjk_families(glyphs, choice.cjk))
    return f"""
body {{ font-family: {cjk}; }}
.latin {{ font-family: {latin}; }}
p.latin, blockquote.latin {{ line-height: 145%; }}
h1.latin, h2.latin, h3.latin, h4.latin {{ line-height: 125%; }}
span.em {{ font-weight: 600; }}
"""


def measure_em(latin: bool, chinese: int = MEASURE_EM) -> int:
    """The widest column of text, in ems of body text, for a Latin or a Chinese document,
    given the measure chosen for Chinese text (a Latin one is narrower in the same ratio)."""
    return round(chinese * LATIN_MEASURE_EM / MEASURE_EM) if latin else chinese
