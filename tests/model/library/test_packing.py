"""Tests of the stored form of the clean text."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from reader.model.library.packing import pack_text, unpack_text
from reader.model.library.records import _storable
from tests.model.script.strategies import text_of

# Every code point but the lone surrogates, which the index never stores.
_CHARS = st.characters(blacklist_categories=["Cs"])


@given(st.text(_CHARS) | text_of(200))
def test_a_packed_text_unpacks_to_itself(text: str) -> None:
    assert unpack_text(pack_text(text)) == text


def test_nothing_stored_is_an_empty_text() -> None:
    assert unpack_text(None) == "" and unpack_text(b"") == ""


def test_chinese_text_packs_smaller_than_utf8() -> None:
    text = "亞美尼亞與亞塞拜然宣布停火，俄羅斯斡旋。雙方在納卡地區的衝突已經持續數週。" * 20
    assert len(pack_text(text)) < len(text.encode("utf-8")) / 2


@given(
    st.text(st.sampled_from("a中\ud800\udbff\udc00\udfff\ufffd😀") | st.characters(), max_size=20)
)
def test_a_storable_text_is_the_text_with_each_lone_surrogate_made_a_replacement(
    text: str,
) -> None:
    stored = _storable(text)
    expected = "".join("\ufffd" if 0xD800 <= ord(ch) <= 0xDFFF else ch for ch in text)
    assert stored == expected
    stored.encode("utf-8")  # SQLite can store it
