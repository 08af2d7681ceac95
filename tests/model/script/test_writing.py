"""Which writing a text is in (Chinese, Latin-script) and which glyph forms a display shows."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.model.script.modes import DisplayMode, Script
from reader.model.script.writing import Glyphs, Lang, detect_lang, glyphs_for, latin_runs


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("IN JULY 1969 America launched three astronauts into space.", Lang.LATIN),
        ("The Economist: America’s allies worry about 习近平", Lang.LATIN),
        ("Le président a déclaré qu’il reviendrait à Pékin.", Lang.LATIN),
        ("美国副国务卿斯蒂芬·比根（Stephen Biegun）周一（10月12日）表示", Lang.CHINESE),
        ("記者 | 趙曉娟", Lang.CHINESE),
        ("2020-10-12 · 12:00", Lang.NONE),
        ("", Lang.NONE),
    ],
)
def test_block_language_is_detected_from_its_letters(text: str, lang: Lang) -> None:
    assert detect_lang(text) is lang


def test_latin_runs_are_the_latin_words_inside_chinese_text() -> None:
    text = "比根（Stephen Biegun）说“America’s allies”，F-16战机，A股，1月12日"
    assert [text[a:b] for a, b in latin_runs(text)] == ["Stephen Biegun", "America’s allies"]


@given(st.text(alphabet=st.sampled_from("中文AbcÉ’ ,.-1“”"), max_size=30))
def test_latin_runs_are_ordered_disjoint_and_trimmed(text: str) -> None:
    last = 0
    for start, end in latin_runs(text):
        assert last <= start < end <= len(text)
        run = text[start:end]
        assert run == run.strip() and not any("\u4e00" <= c <= "\u9fff" for c in run)
        last = end


@pytest.mark.parametrize(
    ("mode", "source", "glyphs"),
    [
        (DisplayMode.ORIGINAL, Script.SIMPLIFIED, Glyphs.SC),
        (DisplayMode.ORIGINAL, Script.TRADITIONAL, Glyphs.TC),
        (DisplayMode.ORIGINAL, Script.MIXED, Glyphs.TC),
        (DisplayMode.TRADITIONAL, Script.SIMPLIFIED, Glyphs.TC),
        (DisplayMode.TAIWAN, Script.SIMPLIFIED, Glyphs.TC),
        (DisplayMode.HONGKONG, Script.SIMPLIFIED, Glyphs.HK),
        (DisplayMode.HONGKONG, Script.TRADITIONAL, Glyphs.HK),
        (DisplayMode.SIMPLIFIED, Script.TRADITIONAL, Glyphs.SC),
        (DisplayMode.MAINLAND, Script.TRADITIONAL, Glyphs.SC),
    ],
)
def test_glyph_forms_follow_the_display_script(
    mode: DisplayMode, source: Script, glyphs: Glyphs
) -> None:
    assert glyphs_for(mode, source) is glyphs
