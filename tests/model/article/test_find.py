"""Find across scripts: either script's query finds the text, hits as original ranges."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.model.article.find import FindIndex, find_all, find_hits
from reader.model.document.parser import parse_file
from reader.model.script.convert import converter
from reader.model.script.fold import fold
from reader.model.script.mapped import display_text
from reader.model.script.modes import DisplayMode, Script
from tests.conftest import FIXTURES
from tests.model.script.strategies import text_of


@settings(max_examples=150, deadline=None)
@given(text_of(30), st.data())
def test_simplified_and_traditional_queries_find_each_other(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    piece = text[start:end]
    for config in ("t2s", "s2t"):
        query = converter(config).convert(piece)
        if len(query) != len(piece) or not fold(piece).strip():
            continue  # a phrase of another length: the display search covers those
        if fold(query) != fold(piece):
            # A character OpenCC converts one way only (s2t: 𫫇 → 噁, but 噁 folds to 恶, its
            # first Simplified form): folding keeps it apart on purpose (test_fold_meets_both_
            # scripts), so its converted form is not a query for it.
            continue
        hits = find_hits(display_text(text, DisplayMode.ORIGINAL, Script.TRADITIONAL), query)
        # The piece is found where it is (or an earlier overlapping copy hides it).
        assert any(s <= start < e or (s, e) == (start, end) for s, e in hits), (config, hits)
        assert all(fold(text[s:e]) == fold(query) for s, e in hits)


def test_hits_are_original_ranges_in_every_mode() -> None:
    doc = parse_file(FIXTURES / "find" / "2021-02-02-網際網路上的字.md")
    for mode in DisplayMode:
        shown = display_text(doc.text, mode, doc.script)
        for query in ("亚美尼亚", "亞美尼亞"):
            hits = find_hits(shown, query)
            assert [doc.text[s:e] for s, e in hits] == ["亞美尼亞"] * 2, mode
        assert [doc.text[s:e] for s, e in find_hits(shown, "𫫇字😀")] == ["𫫇字😀"]
        assert [doc.text[s:e] for s, e in find_hits(shown, "cna")] == ["ＣＮＡ"]


def test_displayed_phrasing_is_found_and_maps_to_the_original() -> None:
    doc = parse_file(FIXTURES / "find" / "2021-02-02-網際網路上的字.md")
    mainland = display_text(doc.text, DisplayMode.MAINLAND, doc.script)
    assert "互联网" in mainland.display
    hits = find_hits(mainland, "互联网")
    assert [doc.text[s:e] for s, e in hits] == ["網際網路"]
    # Found both by the fold and in the display: reported once.
    assert [doc.text[s:e] for s, e in find_hits(mainland, "阿塞拜疆")] == ["亞塞拜然"] * 2
    assert find_hits(mainland, "亞塞拜然") == find_hits(mainland, "阿塞拜疆")
    # The other modes do not show 互联网.
    assert find_hits(display_text(doc.text, DisplayMode.TAIWAN, doc.script), "互联网") == []


def test_no_query_no_hits_and_index_reuse() -> None:
    shown = display_text("亞美尼亞 亞美尼亞", DisplayMode.SIMPLIFIED, Script.TRADITIONAL)
    assert find_hits(shown, "") == []
    assert find_hits(shown, "   ") == []
    index = FindIndex.of(shown)
    assert index.hits("亚美") == [(0, 2), (5, 7)]
    assert find_all("aaaa", "aa") == [(0, 2), (2, 4)]
