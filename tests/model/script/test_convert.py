"""Source-aware conversion: words that character converters break, shared converters."""

from __future__ import annotations

from reader.model.script.convert import convert, converter, converter_function
from reader.model.script.modes import DisplayMode, Script


def test_words_that_character_converters_break() -> None:
    assert convert("乾隆很著名", DisplayMode.SIMPLIFIED, Script.TRADITIONAL) == "乾隆很著名"
    assert (
        convert("乾隆很著名，头发", DisplayMode.TRADITIONAL, Script.SIMPLIFIED)
        == "乾隆很著名，頭髮"
    )
    assert convert("软件", DisplayMode.TAIWAN, Script.SIMPLIFIED) == "軟體"
    assert convert("網際網路", DisplayMode.MAINLAND, Script.TRADITIONAL) == "互联网"
    assert convert("Plain English", DisplayMode.TAIWAN, Script.NON_CHINESE) == "Plain English"


def test_converters_are_shared() -> None:
    assert converter("s2t") is converter("s2t")
    assert converter_function(DisplayMode.ORIGINAL, Script.SIMPLIFIED)("软件") == "软件"
