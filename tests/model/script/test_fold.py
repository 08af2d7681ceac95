"""Tests of script folding for search."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from reader.model.script.fold import (
    fold,
    fts_expression,
    index_text,
    query_terms,
    query_variants,
    spaced,
)
from tests.model.script.strategies import text_of


def test_both_scripts_fold_to_the_same_string() -> None:
    assert fold("亞美尼亞") == fold("亚美尼亚")
    assert fold("臺灣") == fold("台湾") or fold("臺灣")[1] == fold("台湾")[1]


def test_folding_keeps_length_and_offsets() -> None:
    text = "𫫇 Biden 說：ＡＢＣ亞美尼亞\n"
    folded = fold(text)
    assert len(folded) == len(text)
    assert folded.index(fold("亚美尼亚")) == text.index("亞美尼亞")
    assert "biden" in folded and "abc" in folded


def test_cjk_characters_become_single_tokens() -> None:
    assert index_text("NBA收緊防疫").split() == ["nba", "收", "紧", "防", "疫"]
    assert fts_expression(query_terms("停火 Biden")) == '"停 火" AND "biden"'


def test_regional_phrases_are_query_variants() -> None:
    variants = query_variants("亞塞拜然")
    assert ["亚塞拜然"] in variants
    assert [fold("阿塞拜疆")] in variants


def test_index_text_is_spaced_folded_text() -> None:
    text = "亞美尼亞 Armenia：ＡＢＣ，𫫇\n台灣 停火"
    assert index_text(text) == spaced(fold(text))


@given(st.text() | text_of())
def test_fold_keeps_the_length_and_is_stable(text: str) -> None:
    folded = fold(text)
    assert len(folded) == len(text)
    assert fold(folded) == folded


def test_fold_meets_both_scripts() -> None:
    assert fold("亞美尼亞") == fold("亚美尼亚")
    assert fold("裡面") == fold("裏面") == fold("里面")
    assert fold("著名") == fold("着名")
    assert fold("ＣＮＡ Covid") == fold("cna COVID")
    assert fold("𫫇字😀") == "𫫇字😀"
