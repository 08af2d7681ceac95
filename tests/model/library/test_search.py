"""Tests of script-agnostic full-text search."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.model.library.index import LibraryIndex
from reader.model.library.search import QueryError, count, find_matches, is_word_char, search


def post(title: str, body: str) -> str:
    return f'---\ntitle: "{title}"\ndate: 2021-01-10T10:00:00Z\n---\n\n{body}\n'


DOCS = {
    "trad.md": post("亞美尼亞與亞塞拜然停火", "納卡地區的衝突。雙方宣布停火，俄羅斯斡旋。"),
    "simp.md": post("欧洲疫情", "亚美尼亚总理说，阿塞拜疆违反了停火协议。"),
    "latin.md": post("Biden picks his team", "President-elect Joe Biden named NBA收紧 rules."),
    "title-hit.md": post("火星探測", "中國的探測器。"),
    "body-hit.md": post("太空新聞", "探測器飛向火星，火星上有水嗎？火星。"),
}


@pytest.fixture
def lib(tmp_path: Path) -> LibraryIndex:
    root = tmp_path / "lib"
    root.mkdir()
    for name, text in DOCS.items():
        (root / name).write_text(text, encoding="utf-8")
    index = LibraryIndex(tmp_path / "library.sqlite3")
    index.update([root], workers=1)
    yield index  # type: ignore[misc]
    index.close()


def names(lib: LibraryIndex, query: str) -> set[str]:
    return {h.path.name for h in search(lib, query)}


def test_a_query_in_either_script_finds_both(lib: LibraryIndex) -> None:
    assert names(lib, "亚美尼亚") == {"trad.md", "simp.md"}
    assert names(lib, "亞美尼亞") == {"trad.md", "simp.md"}


def test_regional_phrasing_is_found(lib: LibraryIndex) -> None:
    assert names(lib, "亞塞拜然") == {"trad.md", "simp.md"}
    assert names(lib, "阿塞拜疆") == {"trad.md", "simp.md"}


def test_one_and_two_character_queries(lib: LibraryIndex) -> None:
    assert names(lib, "停火") == {"trad.md", "simp.md"}
    assert names(lib, "火") == {"trad.md", "simp.md", "title-hit.md", "body-hit.md"}
    assert names(lib, "俄") == {"trad.md"}
    assert count(lib, "停火") == 2


def test_latin_and_mixed_queries(lib: LibraryIndex) -> None:
    assert names(lib, "biden") == {"latin.md"}
    assert names(lib, "BIDEN") == {"latin.md"}
    assert names(lib, "NBA收緊") == {"latin.md"}
    assert names(lib, "Biden 收紧") == {"latin.md"}
    assert names(lib, "Biden 亚美尼亚") == set()


def test_title_matches_rank_first(lib: LibraryIndex) -> None:
    hits = search(lib, "火星")
    assert [h.path.name for h in hits] == ["title-hit.md", "body-hit.md"]
    assert hits[0].title_highlights == ((0, 2),)
    assert hits[0].rank <= hits[1].rank


def test_snippet_offsets_point_into_the_original_text(lib: LibraryIndex) -> None:
    (hit,) = [h for h in search(lib, "亚美尼亚") if h.path.name == "simp.md"]
    text = lib.text(hit.id)
    assert hit.match is not None
    assert text[hit.match[0] : hit.match[1]] == "亚美尼亚"
    (trad,) = [h for h in search(lib, "停火") if h.path.name == "trad.md"]
    text = lib.text(trad.id)
    assert trad.match is not None and text[slice(*trad.match)] == "停火"
    assert trad.snippet_text == text[slice(*trad.snippet)]
    assert all(text[a:b] == "停火" for a, b in trad.highlights)


def test_queries_with_nothing_to_search_for_are_rejected(lib: LibraryIndex) -> None:
    for query in ("", "   ", '"', "，。"):
        with pytest.raises(QueryError):
            search(lib, query)


def test_fts_syntax_in_a_query_is_taken_literally(lib: LibraryIndex) -> None:
    assert names(lib, "NOT AND OR") == set()
    assert names(lib, "biden*") == {"latin.md"}
    assert names(lib, "(火") == names(lib, "火")


def test_a_latin_word_is_matched_and_highlighted_only_whole(tmp_path: Path) -> None:
    root = tmp_path / "words"
    root.mkdir()
    (root / "xi.md").write_text(post("Xinjiang report", "Xinjiang news. Then Xi spoke."), "utf-8")
    (root / "only.md").write_text(post("Xinjiang", "Nothing about him in Xinjiang."), "utf-8")
    index = LibraryIndex(tmp_path / "words.sqlite3")
    try:
        index.update([root], workers=1)
        (hit,) = search(index, "Xi")
        text = index.text(hit.id)
        assert hit.path.name == "xi.md"
        assert [text[a:b] for a, b in hit.highlights] == ["Xi"]
        assert hit.match is not None and text[slice(*hit.match)] == "Xi"
        assert hit.title_highlights == ()
    finally:
        index.close()


@given(st.lists(st.sampled_from(["Xi", "Xinjiang", "aXi", "xi9", " ", ".", "習"]), max_size=12))
def test_find_matches_never_returns_part_of_a_longer_word(pieces: list[str]) -> None:
    text = "".join(pieces)
    for start, end in find_matches(text, ["xi"]):
        assert text[start:end].lower() == "xi"
        assert start == 0 or not is_word_char(text[start - 1])
        assert end == len(text) or not is_word_char(text[end])


def test_a_snippet_starts_and_ends_on_word_boundaries(tmp_path: Path) -> None:
    root = tmp_path / "long"
    root.mkdir()
    body = " ".join(["alphabetical"] * 12) + " 停火 " + " ".join(["consequential"] * 12)
    (root / "long.md").write_text(post("Long", body), "utf-8")
    index = LibraryIndex(tmp_path / "long.sqlite3")
    try:
        index.update([root], workers=1)
        (hit,) = search(index, "停火")
        words = hit.snippet_text.split()
        assert "停火" in words
        assert all(w in ("alphabetical", "停火", "consequential") for w in words)
        assert not hit.snippet_text[0].isspace()
    finally:
        index.close()


def test_search_page_counts_every_match_and_pages_through_them(tmp_path: Path) -> None:
    from reader.model.library.queries import search_page

    root = tmp_path / "many"
    root.mkdir()
    for n in range(130):
        (root / f"{n:03}.md").write_text(post(f"第{n}篇", f"亞洲新聞 {n}"), "utf-8")
    db = tmp_path / "many.sqlite3"
    index = LibraryIndex(db)
    index.update([root], workers=1)
    index.close()
    first = search_page(db, "亚", None, 0, 100)
    assert first.total == 130 and len(first.hits) == 100
    second = search_page(db, "亚", None, 100, 100)
    assert second.total is None and len(second.hits) == 30
    assert {h.id for h in first.hits}.isdisjoint(h.id for h in second.hits)


def test_a_chinese_snippet_starts_after_a_clause_mark(tmp_path: Path) -> None:
    root = tmp_path / "zh"
    root.mkdir()
    body = (
        "甲乙丙丁戊己庚辛壬癸" * 2
        + "阿塞拜疆首都巴库的市民上街庆祝，总统说：亚美尼亚必须撤军，否则战斗不会停止。"
    )
    (root / "zh.md").write_text(post("納卡", body), "utf-8")
    index = LibraryIndex(tmp_path / "zh.sqlite3")
    try:
        index.update([root], workers=1)
        (hit,) = search(index, "撤军")
        assert hit.snippet_text.startswith("总统说：")  # not "拜疆首都…", inside a name
        assert hit.snippet_text[slice(*(h - hit.snippet[0] for h in hit.highlights[0]))] == "撤军"
    finally:
        index.close()
