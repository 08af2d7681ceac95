"""Tests of the stored form of the clean text."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from reader.model.library.packing import pack_text, unpack_text
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
