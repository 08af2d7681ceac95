"""Script detection and conversion through the one conversion module."""

from __future__ import annotations

from reader.model.document import Script
from reader.model.parser import parse_file
from reader.model.script import DisplayMode, config_for, convert, converter
from tests.conftest import SAMPLES


def test_detects_traditional_simplified_and_non_chinese() -> None:
    assert parse_file(SAMPLES / "001_9d316e97139cf3b5.txt").script is Script.TRADITIONAL
    from reader.model.script import detect_script

    assert detect_script("警惕微妙的劝导术：影响力强大的措辞和想象中的“美女”") is Script.SIMPLIFIED
    assert detect_script("The quick brown fox jumps over the lazy dog 中") is Script.NON_CHINESE


def test_original_mode_is_identity() -> None:
    text = "亞美尼亞 软件"
    assert convert(text, DisplayMode.ORIGINAL, Script.MIXED) == text


def test_simplified_and_traditional() -> None:
    assert convert("亞美尼亞", DisplayMode.SIMPLIFIED, Script.TRADITIONAL) == "亚美尼亚"
    assert convert("亚美尼亚", DisplayMode.TRADITIONAL, Script.SIMPLIFIED) == "亞美尼亞"


def test_no_lossy_character_conversion() -> None:
    # Phrase-aware conversion: 乾隆 stays 乾隆 and 著名 stays 著名 in Traditional.
    assert convert("乾隆著名", DisplayMode.TRADITIONAL, Script.SIMPLIFIED) == "乾隆著名"


def test_regional_phrasing() -> None:
    assert convert("软件", DisplayMode.TAIWAN, Script.SIMPLIFIED) == "軟體"
    assert convert("網際網路", DisplayMode.MAINLAND, Script.TRADITIONAL) == "互联网"


def test_non_chinese_is_untouched() -> None:
    assert config_for(DisplayMode.SIMPLIFIED, Script.NON_CHINESE) is None


def test_converters_are_built_once() -> None:
    assert converter("t2s") is converter("t2s")
