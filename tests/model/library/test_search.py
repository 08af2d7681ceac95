"""Tests of script-agnostic full-text search."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.model.library.index import LibraryIndex
from reader.model.library.search import (
    QueryError,
    count,
    count_at_most,
    find_matches,
    is_word_char,
    plan,
    search,
)
from reader.model.script.fold import fold


def post(title: str, body: str, date: str = "2021-01-10T10:00:00Z") -> str:
    return f'---\ntitle: "{title}"\ndate: {date}\n---\n\n{body}\n'


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


def test_a_word_with_an_underscore_is_found(tmp_path: Path) -> None:
    root = tmp_path / "under"
    root.mkdir()
    (root / "code.md").write_text(post("Names", "snake_case and COVID_19, 名_字."), "utf-8")
    (root / "other.md").write_text(post("Other", "snake case, covid 19, 名字."), "utf-8")
    index = LibraryIndex(tmp_path / "under.sqlite3")
    try:
        index.update([root], workers=1)
        for query in ("snake_case", "covid_19", "名_字"):
            (hit,) = search(index, query)
            text = index.text(hit.id)
            assert hit.path.name == "code.md"
            assert [fold(text[a:b]) for a, b in hit.highlights] == [fold(query)]
        assert count(index, "snake_case") == 1
    finally:
        index.close()


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


# --- against a scan of every text ------------------------------------------------------------

_PIECES = ["亞", "亚", "美", "國", "国", "停", "火", "中", "政", "府", "xi", "Xi", "Xinjiang"]
_PIECES += [" ", "，", "\n\n", "1"]
_texts = st.lists(st.sampled_from(_PIECES), min_size=1, max_size=20).map("".join)
_PIECES += ["_"]  # a word breaks there for the index, not for Python's \w
_queries = st.lists(st.sampled_from([*_PIECES[:12], "_"]), min_size=1, max_size=3).map("".join)


def _folded_holds(text: str, term: str) -> bool:
    """Whether ``fold(text)`` holds ``term`` (a Latin word only whole), by folding the text."""
    folded = fold(text)
    start = folded.find(term)
    while start >= 0:
        end = start + len(term)
        if not (
            (start > 0 and is_word_char(folded[start]) and is_word_char(folded[start - 1]))
            or (end < len(folded) and is_word_char(folded[end - 1]) and is_word_char(folded[end]))
        ):
            return True
        start = folded.find(term, start + 1)
    return False


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(_texts, _texts), min_size=1, max_size=6), st.data())
def test_search_finds_exactly_what_a_scan_finds(
    docs: list[tuple[str, str]], data: st.DataObject
) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "lib"
        root.mkdir()
        for n, (title, body) in enumerate(docs):
            (root / f"{n}.md").write_text(post(title.replace("\n", " "), body), "utf-8")
        index = LibraryIndex(Path(tmp) / "library.sqlite3")
        try:
            index.update([root], workers=1)
            source = data.draw(st.sampled_from([t for doc in docs for t in doc]))
            start = data.draw(st.integers(0, max(0, len(source) - 1)))
            query = data.draw(
                st.sampled_from([source[start : start + 3], source, "美国 xi"]) | _queries
            )
            try:
                found = plan(query)
            except QueryError:
                return
            hits = search(index, query, limit=100)
            rows = index.execute("SELECT id, title FROM documents").fetchall()
            expected = {
                id_
                for id_, title in rows
                if any(
                    all(_folded_holds(title, t) or _folded_holds(index.text(id_), t) for t in terms)
                    for terms in found.alternatives
                )
            }
            assert {h.id for h in hits} == expected
            assert count(index, query) == len(expected)
            for hit in hits:
                text = index.text(hit.id)
                for a, b in hit.highlights:
                    assert fold(text[a:b]) in found.terms
                for a, b in hit.title_highlights:
                    assert fold(hit.title[a:b]) in found.terms
        finally:
            index.close()


def test_title_matches_come_first_and_the_rest_newest_first(tmp_path: Path) -> None:
    root = tmp_path / "order"
    root.mkdir()
    # Indexed in name order; the dates say another order.
    (root / "a.md").write_text(post("舊聞", "美國大選。", "2019-05-01T00:00:00Z"), "utf-8")
    (root / "b.md").write_text(post("美国大选", "结果。"), "utf-8")
    (root / "c.md").write_text(post("新聞", "美國選舉。", "2022-03-01T00:00:00Z"), "utf-8")
    (root / "d.md").write_text(post("舊報", "美國。", "2010-01-01T00:00:00Z"), "utf-8")
    index = LibraryIndex(tmp_path / "order.sqlite3")
    try:
        index.update([root], workers=1)
        hits = search(index, "美国")
        assert [h.path.name for h in hits] == ["b.md", "c.md", "a.md", "d.md"]
        assert [h.path.name for h in search(index, "美国", limit=1, offset=2)] == ["a.md"]
    finally:
        index.close()


def test_a_phrase_is_checked_against_the_text(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reader.model.library import search as search_module

    root = tmp_path / "phrase"
    root.mkdir()
    (root / "apart.md").write_text(post("一", "中國的政府"), "utf-8")  # every character, apart
    (root / "together.md").write_text(post("二", "中國政府說"), "utf-8")
    index = LibraryIndex(tmp_path / "phrase.sqlite3")
    try:
        index.update([root], workers=1)
        assert names(index, "中国政府") == {"together.md"}
        assert count(index, "中国政府") == 1
        assert count_at_most(index, "中国政府") == (1, True)
        # Fewer checks than candidates: their number, said not to be exact.
        monkeypatch.setattr(search_module, "COUNT_CHECKS", 0)
        assert count_at_most(index, "中国政府") == (1, False)
        assert count(index, "中国政府") == 1
        assert names(index, "國的") == {"apart.md"}
    finally:
        index.close()


def test_very_many_title_matches_are_listed_newest_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reader.model.library import search as search_module

    root = tmp_path / "titles"
    root.mkdir()
    for n in range(6):  # indexed 0…5, dated the other way round but for 0
        day = 28 - n if n else 1
        (root / f"{n}.md").write_text(
            post(f"美國 {n}", "正文", f"2021-02-{day:02}T00:00:00Z"), "utf-8"
        )
    (root / "body.md").write_text(post("其他", "美國"), "utf-8")
    index = LibraryIndex(tmp_path / "titles.sqlite3")
    try:
        index.update([root], workers=1)
        ranked = [h.path.name for h in search(index, "美国")]
        assert ranked[-1] == "body.md" and len(ranked) == 7
        monkeypatch.setattr(search_module, "RANKED_TITLES", 3)
        hits = search(index, "美国")
        assert [h.path.name for h in hits] == [f"{n}.md" for n in range(1, 6)] + ["0.md", "body.md"]
        assert [h.path.name for h in search(index, "美国", limit=2, offset=4)] == ["5.md", "0.md"]
        assert sorted(ranked) == sorted(h.path.name for h in hits)
    finally:
        index.close()
