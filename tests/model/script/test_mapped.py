"""Conversion with a position map: exact OpenCC output, round-tripping offsets, UTF-16."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.model.document.parser import parse_file
from reader.model.script import mapped as display_module
from reader.model.script.convert import converter
from reader.model.script.mapped import (
    DisplayText,
    RunConverter,
    Unit,
    convert_mapped,
    display_text,
    index_from_utf16,
    utf16_offset,
)
from reader.model.script.modes import DisplayMode, Script, offered_configs
from tests.conftest import fixture_posts
from tests.model.script.mapped_checks import check_map

CONFIGS = sorted(offered_configs())

# Dictionary phrases (which change length or are atomic), characters that differ between the
# scripts, characters OpenCC must leave alone (乾隆, 著名), non-BMP characters and plain text.
PIECES = [
    "網際網路",
    "互联网",
    "软件",
    "軟體",
    "乾隆",
    "著名",
    "阿塞拜疆",
    "亞塞拜然",
    "计算机",
    "電腦",
    "信息",
    "資訊",
    "头发",
    "發",
    "后",
    "後",
    "干",
    "着",
    "台",
    "颱風",
    "里",
    "裏",
    "沖",
    "冲",
    "鼠标",
    "滑鼠",
    "出租车",
    "計程車",
    "网络",
    "於",
    "于",
    "𫫇",
    "😀",
    "𠮷",
    "a",
    "Z",
    " ",
    "\n",
    "\t",
    "。",
    "，",
    "1",
    "羣",
    "群",
    "〇",
    "著",
]
pieces = st.sampled_from(PIECES)
han = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF)
texts = st.lists(st.one_of(pieces, pieces, han), max_size=40).map("".join)


@settings(max_examples=150, deadline=None)
@given(text=texts, config=st.sampled_from(CONFIGS))
def test_mapped_conversion_equals_opencc_and_round_trips(text: str, config: str) -> None:
    shown = convert_mapped(text, config)
    assert shown.original == text
    assert shown.display == converter(config).convert(text)
    check_map(shown)


@settings(max_examples=60, deadline=None)
@given(text=texts, mode=st.sampled_from(list(DisplayMode)), source=st.sampled_from(list(Script)))
def test_every_mode_round_trips(text: str, mode: DisplayMode, source: Script) -> None:
    shown = display_text(text, mode, source)
    check_map(shown)
    if mode is DisplayMode.ORIGINAL or source is Script.NON_CHINESE:
        assert shown.display == text


@settings(max_examples=60, deadline=None)
@given(parts=st.lists(texts, max_size=5), config=st.sampled_from(CONFIGS))
def test_join_keeps_the_map(parts: list[str], config: str) -> None:
    joined = DisplayText.join([convert_mapped(p, config) for p in parts], "\n")
    assert joined.original == "\n".join(parts)
    assert joined.display == "\n".join(converter(config).convert(p) for p in parts)
    check_map(joined)


def test_phrases_are_units() -> None:
    shown = convert_mapped("上網際網路下載軟體", "tw2sp")
    assert shown.display == "上互联网下载软件"
    assert Unit(1, 5, 1, 4) in shown.units
    # Inside 網際網路 a start bound snaps to its start and an end bound to its end.
    assert shown.to_display(2) == 1
    assert shown.to_display(3, end=True) == 4
    assert shown.to_original(2) == 1
    assert shown.to_original(2, end=True) == 5
    assert shown.to_display(6) == 5  # 載 → 载, past the phrase
    change = shown.change_at(2)
    assert change is not None and (change.display, change.original) == ("互联网", "網際網路")
    single = shown.change_at(5)
    assert single is not None and (single.display, single.original) == ("载", "載")
    assert shown.change_at(0) is None


def test_taiwan_phrasing_and_untouched_words() -> None:
    shown = convert_mapped("乾隆皇帝很著名，他用软件去阿塞拜疆", "s2twp")
    assert shown.display == "乾隆皇帝很著名，他用軟體去亞塞拜然"
    assert not any(shown.original[u.orig_start : u.orig_end] == "乾隆" for u in shown.units)


def test_identity_and_empty() -> None:
    assert display_text("", DisplayMode.TAIWAN, Script.SIMPLIFIED) == DisplayText.identity("")
    plain = display_text("Hello 𫫇", DisplayMode.ORIGINAL, Script.SIMPLIFIED)
    assert plain.display == "Hello 𫫇" and plain.units == ()
    assert plain.to_display(99) == len("Hello 𫫇")


def test_inconsistent_units_are_rejected() -> None:
    with pytest.raises(ValueError, match="length"):
        DisplayText("abc", "ab")


@given(st.text(alphabet=st.sampled_from(["a", "中", "𫫇", "😀", "é"]), max_size=30))
def test_utf16_helpers(text: str) -> None:
    shown = DisplayText.identity(text)
    for index in range(len(text) + 1):
        expected = len(text[:index].encode("utf-16-le")) // 2
        assert utf16_offset(text, index) == expected
        assert shown.display_utf16(index) == expected
        assert index_from_utf16(text, expected) == index
        assert shown.display_index(expected) == index
    for index, ch in enumerate(text):
        if ord(ch) > 0xFFFF:
            middle = utf16_offset(text, index) + 1  # between the two surrogates
            assert index_from_utf16(text, middle) == index
            assert shown.display_index(middle) == index


def test_fallback_alignment_when_internals_are_unavailable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(display_module, "_stages", lambda conv: None)
    for text in ("用網際網路看電腦", "純文字", "𫫇網際網路😀"):
        shown = convert_mapped(text, "tw2sp")
        assert shown.display == converter("tw2sp").convert(text)
        check_map(shown)


def test_run_converter_remembers_runs() -> None:
    runs = RunConverter(DisplayMode.TAIWAN, Script.SIMPLIFIED)
    assert runs("软件") == "軟體"
    assert runs.mapped("软件") is runs.mapped("软件")
    assert RunConverter(DisplayMode.ORIGINAL, Script.SIMPLIFIED)("软件") == "软件"


@pytest.mark.parametrize("path", fixture_posts()[:12], ids=lambda p: p.name[:30])
def test_fixture_posts_convert_exactly(path: Path) -> None:
    doc = parse_file(path)
    for mode in (DisplayMode.TAIWAN, DisplayMode.MAINLAND, DisplayMode.HONGKONG):
        shown = display_text(doc.text, mode, doc.script)
        assert shown.display == (
            converter(c).convert(doc.text)
            if (c := display_module.config_for(mode, doc.script))
            else doc.text
        )
        for unit in shown.units:
            assert shown.to_original(shown.to_display(unit.orig_start)) == unit.orig_start
            assert shown.to_original(shown.to_display(unit.orig_end, end=True), end=True) == (
                unit.orig_end
            )
