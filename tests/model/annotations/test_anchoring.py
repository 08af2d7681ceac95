"""Anchoring: position, exact and fuzzy quote matching, orphans; property tests on random texts."""

from __future__ import annotations

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from reader.model.annotations.anchoring import (
    CONTEXT,
    AnchorMethod,
    TextPositionSelector,
    TextQuoteSelector,
    anchor,
    describe,
    edit_distance,
    fuzzy_matches,
)

ARTICLE = (
    "亞塞拜然與亞美尼亞再次同意停火，能否奏效仍待觀察。\n"
    "美國國務院表示，雙方外長在華盛頓會談後同意自當地時間26日上午8時起實施人道停火。\n"
    "這是一個月內第三次宣布停火，前兩次停火協議都在數分鐘內遭到破壞。\n"
    "分析人士指出，停火能否維持取決於雙方是否願意讓步。𫫇字與表情🙂也在文中。"
)


def _naive_distance(a: str, b: str) -> int:
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def _range_of(text: str, quote: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(quote, start + 1)
    return start, start + len(quote)


def test_describe_takes_32_characters_of_context() -> None:
    start, end = _range_of(ARTICLE, "人道停火")
    quote, position = describe(ARTICLE, start, end)
    assert quote.exact == "人道停火"
    assert quote.prefix == ARTICLE[start - CONTEXT : start] and len(quote.prefix) == 32
    assert quote.suffix == ARTICLE[end : end + CONTEXT]
    assert position == TextPositionSelector(start, end)


@pytest.mark.parametrize(("start", "end"), [(0, 0), (-1, 3), (5, 3), (0, len(ARTICLE) + 1)])
def test_describe_rejects_bad_ranges(start: int, end: int) -> None:
    with pytest.raises(ValueError, match="invalid range"):
        describe(ARTICLE, start, end)


def test_unchanged_text_anchors_by_position() -> None:
    start, end = _range_of(ARTICLE, "𫫇字與表情🙂")
    quote, position = describe(ARTICLE, start, end)
    result = anchor(ARTICLE, quote, position)
    assert (result.start, result.end, result.method) == (start, end, AnchorMethod.POSITION)


def test_shifted_text_anchors_by_exact_quote() -> None:
    start, end = _range_of(ARTICLE, "前兩次停火協議")
    quote, position = describe(ARTICLE, start, end)
    edited = "【快訊】" + ARTICLE
    result = anchor(edited, quote, position)
    assert result.method is AnchorMethod.EXACT
    assert edited[result.start : result.end] == "前兩次停火協議"
    assert result.start == start + 4


def test_repeated_quote_goes_to_the_occurrence_whose_context_agrees() -> None:
    start, end = _range_of(ARTICLE, "停火", nth=3)  # the one in "前兩次停火協議"
    quote, position = describe(ARTICLE, start, end)
    edited = ARTICLE.replace("美國國務院表示，", "")
    result = anchor(edited, quote, position)
    assert result.method is AnchorMethod.EXACT
    assert edited[result.start - 3 : result.end + 2] == "前兩次停火協議"


def test_edited_quote_anchors_fuzzily() -> None:
    start, end = _range_of(ARTICLE, "雙方外長在華盛頓會談後同意")
    quote, position = describe(ARTICLE, start, end)
    edited = ARTICLE.replace("雙方外長在華盛頓會談後同意", "雙方外長在華府會談後同意")
    result = anchor(edited, quote, position)
    assert result.method is AnchorMethod.FUZZY
    assert edited[result.start : result.end] == "雙方外長在華府會談後同意"
    assert result.errors == 2


def test_deleted_sentence_is_an_orphan() -> None:
    start, end = _range_of(ARTICLE, "前兩次停火協議都在數分鐘內遭到破壞")
    quote, position = describe(ARTICLE, start, end)
    edited = ARTICLE.replace("，前兩次停火協議都在數分鐘內遭到破壞", "")
    assert anchor(edited, quote, position).orphan


def test_short_quote_does_not_jump_to_a_look_alike() -> None:
    # "的" occurs elsewhere; once the highlighted one is gone the annotation is an orphan.
    text = "他說的話很重要。" + "甲乙丙丁戊己庚辛" * 8 + "我的書在桌上。"
    start, end = _range_of(text, "的", nth=1)
    quote, position = describe(text, start, end)
    edited = text.replace("我的書", "我書")
    assert anchor(edited, quote, position).orphan


def test_quote_changed_beyond_the_error_bound_is_an_orphan() -> None:
    start, end = _range_of(ARTICLE, "分析人士指出")
    quote, position = describe(ARTICLE, start, end)
    edited = ARTICLE.replace("分析人士指出", "專家說")
    assert anchor(edited, quote, position).orphan


def test_empty_quote_is_an_orphan() -> None:
    assert anchor(ARTICLE, TextQuoteSelector(""), TextPositionSelector(0, 0)).orphan


def test_quote_without_position_is_found() -> None:
    start, end = _range_of(ARTICLE, "人道停火")
    quote, _ = describe(ARTICLE, start, end)
    result = anchor(ARTICLE, quote, None)
    assert (result.start, result.end, result.method) == (start, end, AnchorMethod.EXACT)


@given(st.text("ab𠀀c", max_size=14), st.text("ab𠀀c", max_size=14))
def test_edit_distance_matches_the_textbook_algorithm(a: str, b: str) -> None:
    assert edit_distance(a, b) == _naive_distance(a, b)


@given(
    st.text("abc𠀀", min_size=0, max_size=40),
    st.text("abc𠀀", min_size=3, max_size=12),
    st.integers(0, 2),
)
def test_fuzzy_matches_are_within_the_bound_and_best_is_found(
    text: str, pattern: str, k: int
) -> None:
    assume(k < len(pattern))
    found = fuzzy_matches(text, pattern, k)
    for start, end, errors in found:
        assert errors <= k
        assert _naive_distance(pattern, text[start:end]) == errors
    # Completeness: if some passage is within k edits, at least one match is reported.
    best = min(
        (
            _naive_distance(pattern, text[i:j])
            for i in range(len(text) + 1)
            for j in range(i, min(len(text), i + len(pattern) + k) + 1)
        ),
        default=len(pattern),
    )
    assert bool(found) == (best <= k)


# --- properties on random texts ------------------------------------------------------------

# Small alphabets make repeated phrases likely; CJK, ASCII, non-BMP (𫫇, 🙂, 𠀀) all appear.
_PHRASES = st.lists(st.text("的是在不了人我有他這🙂𫫇ab ", min_size=1, max_size=6), min_size=1)
_WIDE = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF) | st.characters(
    min_codepoint=0x20000, max_codepoint=0x2A6DF
)


@st.composite
def _texts(draw: st.DrawFn) -> str:
    phrases = draw(_PHRASES)
    parts = draw(st.lists(st.sampled_from(phrases) | st.text(_WIDE, max_size=4), max_size=60))
    return "".join(parts)


@st.composite
def _annotated(draw: st.DrawFn) -> tuple[str, int, int]:
    text = draw(_texts())
    assume(len(text) >= 1)
    start = draw(st.integers(0, len(text) - 1))
    end = draw(st.integers(start + 1, min(len(text), start + 40)))
    return text, start, end


@settings(max_examples=300)
@given(_annotated())
def test_unchanged_text_reanchors_every_annotation_by_position(
    case: tuple[str, int, int],
) -> None:
    text, start, end = case
    quote, position = describe(text, start, end)
    result = anchor(text, quote, position)
    assert (result.start, result.end, result.method) == (start, end, AnchorMethod.POSITION)


@st.composite
def _edit(draw: st.DrawFn, text: str, start: int, end: int) -> tuple[str, int]:
    """A small edit (insert, delete or replace ≤ 5 characters) outside ``[start, end)``;
    returns the new text and how far the quote moved."""
    before = draw(st.booleans()) if start > 0 and end < len(text) else start > 0
    if before:
        lo, hi = 0, start
    else:
        lo, hi = end, len(text)
    at = draw(st.integers(lo, hi))
    cut = draw(st.integers(0, min(5, hi - at)))
    new = draw(st.text(_WIDE, max_size=5))
    edited = text[:at] + new + text[at + cut :]
    return edited, (len(new) - cut) if before else 0


def _count(text: str, part: str) -> int:
    """Occurrences of ``part`` in ``text``, overlapping ones included."""
    return sum(1 for i in range(len(text)) if text.startswith(part, i))


@settings(max_examples=300)
@given(st.data())
def test_small_edit_outside_the_quote_finds_it_exactly(data: st.DataObject) -> None:
    text, start, end = data.draw(_annotated())
    assume(start > 0 or end < len(text))
    quote, position = describe(text, start, end)
    edited, shift = data.draw(_edit(text, start, end))
    # The selector (context + quote) must still say where it is: in a text that repeats the
    # whole selector, the copies are indistinguishable. An empty stored suffix (a quote at the
    # end of the text) pins nothing, so the one occurrence must be the moved quote's own: an
    # insertion that copies the quote with its prefix at the old place is found there.
    full = quote.prefix + quote.exact + quote.suffix
    moved = start + shift - len(quote.prefix)
    assume(
        _count(edited, quote.exact) == 1
        or (_count(edited, full) == 1 and edited.find(full) == moved)
    )
    # An edit that leaves the whole selector intact at the old place too is ambiguous: inserting
    # 一 into 一[一]a before or after the quote gives the same text; both answers are right.
    old = start - len(quote.prefix)
    assume(shift == 0 or edited[old : old + len(full)] != full)
    result = anchor(edited, quote, position)
    assert result.method in (AnchorMethod.POSITION, AnchorMethod.EXACT)
    assert (result.start, result.end) == (start + shift, end + shift)


@settings(max_examples=300)
@given(_texts(), st.text(_WIDE, min_size=1, max_size=20), _texts())
def test_deleted_quote_becomes_an_orphan(before: str, quote_text: str, after: str) -> None:
    # Nothing of the quote is left anywhere, so any placement would be wrong.
    assume(not set(quote_text) & set(before + after))
    text = before + quote_text + after
    quote, position = describe(text, len(before), len(before) + len(quote_text))
    assert anchor(before + after, quote, position).orphan


@settings(max_examples=200)
@given(st.lists(_WIDE, min_size=121, max_size=160, unique=True), st.integers(1, 20))
def test_deleted_copy_of_a_repeated_phrase_is_an_orphan(chars: list[str], size: int) -> None:
    # The phrase is highlighted where it occurs the second time, then that copy is deleted:
    # the first copy, in another context, is a look-alike and must not receive the highlight.
    # (All characters are distinct: in a text such as 一一一一… every copy of a phrase has the
    # same context, and no copy is more right than another.)
    q = "".join(chars[120 : 120 + size]) or chars[-1]
    a, b, c = "".join(chars[:40]), "".join(chars[40:80]), "".join(chars[80:120])
    text = a + q + b + q + c
    start = len(a + q + b)
    quote, position = describe(text, start, start + len(q))
    edited = a + q + b + c
    assert anchor(edited, quote, position).orphan
