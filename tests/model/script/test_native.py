"""The native configurations: regional vocabulary as native writers use it, and context."""

from __future__ import annotations

import pytest

from reader.model.script.convert import converter
from reader.model.script.mapped import convert_mapped, display_text
from reader.model.script.modes import DisplayMode, Script, config_for
from reader.model.script.native import (
    NATIVE_CONFIGS,
    CharacterChooser,
    SkippingMatcher,
    base_config,
    context_keys,
    load_data,
)
from tests.model.script.mapped_checks import check_map

TAIWAN, MAINLAND = DisplayMode.TAIWAN, DisplayMode.MAINLAND
SIMPLIFIED, TRADITIONAL = Script.SIMPLIFIED, Script.TRADITIONAL


@pytest.mark.parametrize(
    ("text", "mode", "source", "shown"),
    [
        ("我用软件下载视频", TAIWAN, SIMPLIFIED, "我用軟體下載影片"),
        ("網際網路上的軟體", MAINLAND, TRADITIONAL, "互联网上的软件"),
        ("亞塞拜然", MAINLAND, TRADITIONAL, "阿塞拜疆"),
        ("阿塞拜疆", TAIWAN, SIMPLIFIED, "亞塞拜然"),
        # What plain OpenCC gets wrong on native text (the examples).
        ("政府宣布发布数据", TAIWAN, SIMPLIFIED, "政府宣布發布數據"),
        ("里长了解计画", TAIWAN, SIMPLIFIED, "里長了解計畫"),
        ("新增执行", MAINLAND, TRADITIONAL, "新增执行"),
    ],
)
def test_sentences_convert_as_native_writers_write(
    text: str, mode: DisplayMode, source: Script, shown: str
) -> None:
    display = display_text(text, mode, source)
    assert display.display == shown
    check_map(display)


def test_characters_only_leaves_regional_vocabulary() -> None:
    assert display_text("我用软件下载视频", TAIWAN, SIMPLIFIED, vocabulary=False).display == (
        "我用軟件下載視頻"
    )
    assert display_text("網際網路上的軟體", MAINLAND, TRADITIONAL, vocabulary=False).display == (
        "网际网路上的软体"
    )


def test_native_configurations_keep_the_plain_converter_interface() -> None:
    text = "鼠标里面的硅二极管坏了，政府宣布发布数据。"
    for config in NATIVE_CONFIGS:
        conv = converter(config)
        assert conv is not converter(base_config(config))
        source = text if config.startswith("s") else converter("s2t").convert(text)
        shown = convert_mapped(source, config)
        assert shown.display == conv.convert(source)
        check_map(shown)


def test_the_data_ships_with_the_reader() -> None:
    data = load_data()
    assert set(data["characters"]) == set(NATIVE_CONFIGS)
    assert {c for c, (_, stage) in NATIVE_CONFIGS.items() if stage} == set(data["skipped_phrases"])


def test_character_chooser_prefers_the_most_specific_context() -> None:
    chooser = CharacterChooser({"u佈": "布", "3散佈於": "佈"})
    assert chooser.choose("宣佈") == "宣布"
    assert chooser.choose("散佈於") == "散佈於"
    assert chooser.choose("") == ""
    assert context_keys("佈", 0) == ("3 佈 ", "l 佈", "r佈 ", "u佈")


class _Dictionary:
    def match(self, text: str, pos: int) -> tuple[int, str | None]:
        return (2, "XY") if text.startswith("ab", pos) else (0, None)


def test_skipping_matcher_ignores_skipped_entries_only() -> None:
    assert SkippingMatcher(_Dictionary(), frozenset({"ab"})).match("ab", 0) == (0, None)
    assert SkippingMatcher(_Dictionary(), frozenset({"cd"})).match("ab", 0) == (2, "XY")


def test_taiwan_forms_may_be_asked_for_as_tai_or_its_traditional_form() -> None:
    text = "台湾台北市政府"
    for tai in ("台", "臺"):
        for vocabulary in (True, False):
            shown = display_text(text, TAIWAN, SIMPLIFIED, vocabulary=vocabulary, tai=tai)
            assert shown.display == f"{tai}灣{tai}北市政府"
            check_map(shown)
    # Names OpenCC writes with 台 keep it.
    assert display_text("郭台铭去台州", TAIWAN, SIMPLIFIED, tai="臺").display == "郭台銘去台州"
    # Not a Taiwan mode: the choice changes nothing.
    assert config_for(MAINLAND, TRADITIONAL, tai="台") == config_for(MAINLAND, TRADITIONAL)
    assert config_for(DisplayMode.TRADITIONAL, SIMPLIFIED, tai="台") == "s2t"
    with pytest.raises(ValueError, match="台 or 臺"):
        config_for(TAIWAN, SIMPLIFIED, tai="tai")
