"""Encoding detection: BOMs, UTF-8, UTF-16, GB18030 and Big5 from the bytes, not the extension."""

from __future__ import annotations

import codecs

import pytest

from reader.model.document.textio import UnreadableError, decode_bytes
from tests.conftest import FIXTURES
from tests.fixtures.encodings.make_fixtures import FILES

ENCODINGS = FIXTURES / "encodings"


@pytest.mark.parametrize(
    ("name", "encoding"),
    [
        ("utf8.md", "utf-8"),
        ("utf8-bom.md", "utf-8"),
        ("utf16le-bom.md", "utf-16"),
        ("utf16be-bom.md", "utf-16"),
        ("gb18030.md", "gb18030"),
        ("big5.md", "big5hkscs"),
        ("gb18030-extract.txt", "gb18030"),
    ],
)
def test_committed_fixture_decodes_to_its_text(name: str, encoding: str) -> None:
    data = (ENCODINGS / name).read_bytes()
    assert data == FILES[name], "fixture out of date: run make_fixtures.py"
    decoded = decode_bytes(data)
    assert decoded.encoding == encoding
    assert "\ufeff" not in decoded.text
    assert "测试" in decoded.text or "測試" in decoded.text or "蘇聯" in decoded.text


def test_legacy_encodings_say_they_were_detected() -> None:
    assert decode_bytes(FILES["big5.md"]).warnings == ("encoding detected as Big5",)
    assert decode_bytes(FILES["gb18030.md"]).warnings == ("encoding detected as GB18030",)
    assert decode_bytes(FILES["utf8.md"]).warnings == ()


def test_utf16_without_bom_is_recognised() -> None:
    text = "沒有位元組順序記號的文字，仍然應該被辨識出來。" * 3
    decoded = decode_bytes(text.encode("utf-16-le"))
    assert decoded.text == text
    assert decoded.warnings


def test_binary_data_is_unreadable() -> None:
    with pytest.raises(UnreadableError, match="binary"):
        decode_bytes(bytes(range(256)) * 8)


def test_damaged_utf16_with_bom_keeps_its_text_with_a_reason() -> None:
    # Issue 11: a byte-order mark says what the file is; damaged bytes become U+FFFD (it was
    # "unreadable" before, unlike damaged UTF-8 without a BOM).
    data = codecs.BOM_UTF16_LE + "中文".encode("utf-16-le") + b"\x00\xd8"  # lone surrogate
    decoded = decode_bytes(data)
    assert decoded.text.startswith("中文") and "\ufffd" in decoded.text
    assert any("UTF-16" in w and "U+FFFD" in w for w in decoded.warnings)


def test_utf8_cut_inside_a_character_keeps_the_text_and_warns() -> None:
    data = "完整的句子。".encode()[:-1]
    decoded = decode_bytes(data)
    assert decoded.text == "完整的句子"
    assert "truncated" in decoded.warnings[0]


def test_utf8_bom_with_stray_bytes_keeps_its_text() -> None:
    data = codecs.BOM_UTF8 + "前面的字".encode() + b"\xff\xfe" + "後面的字".encode()
    decoded = decode_bytes(data)
    assert decoded.text == "前面的字\ufffd\ufffd後面的字"
    assert decoded.encoding == "utf-8"
    assert any("U+FFFD" in w for w in decoded.warnings)


def test_odd_length_utf16_without_bom_keeps_its_text() -> None:
    text = "Title: 中文的字\nSome ASCII text in the body, as articles have.\n" * 4
    decoded = decode_bytes(text.encode("utf-16-le") + b"A")  # truncated: one byte left over
    assert decoded.encoding == "utf-16"
    assert decoded.text.startswith(text)
    assert any("U+FFFD" in w for w in decoded.warnings)


@pytest.mark.parametrize(
    ("text", "codec", "expected"),
    [
        (
            "대한민국은 민주공화국이다. 대한민국의 주권은 국민에게 있고, "
            "모든 권력은 국민으로부터 나온다. " * 3,
            "euc-kr",
            "cp949",
        ),
        (
            "日本国民は、正当に選挙された国会における代表者を通じて行動し、われらとわれらの子孫のために、"
            * 3,
            "shift_jis",
            "cp932",
        ),
        (
            "La crème brûlée est un dessert français. Où est la bibliothèque? Très bien. Ça va. "
            * 2,
            "latin-1",
            "cp1252",
        ),
    ],
)
def test_other_legacy_encodings_are_not_taken_for_chinese(
    text: str, codec: str, expected: str
) -> None:
    decoded = decode_bytes(text.encode(codec))
    assert decoded.encoding == expected
    assert decoded.text == text
