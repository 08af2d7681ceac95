"""Tests of script-agnostic full-text search."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.model.library.index import LibraryIndex
from reader.model.library.search import QueryError, count, search


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
