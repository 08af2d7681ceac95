"""Quoting a passage with its source: Markdown and the display script's quotation marks."""

from __future__ import annotations

from datetime import UTC, datetime

from hypothesis import given
from hypothesis import strategies as st

from reader.model.article.citation import (
    QuoteStyle,
    Source,
    markdown_quote,
    plain_passage,
    quote_style,
    script_quote,
)
from reader.model.script.modes import DisplayMode, Script

SOURCE = Source(
    "亞塞拜然亞美尼亞再次同意停火",
    "https://www.cna.com.tw/news/firstnews/202010260100.aspx",
    datetime(2020, 10, 26, tzinfo=UTC),
)


def test_markdown_quotes_every_line_and_names_the_source() -> None:
    text = markdown_quote("第一段。\u2029\u2029第二段「人道停火」。\u2029", SOURCE)
    assert text == (
        "> 第一段。\n>\n> 第二段「人道停火」。\n\n"
        "— [亞塞拜然亞美尼亞再次同意停火]"
        "(<https://www.cna.com.tw/news/firstnews/202010260100.aspx>), 2020-10-26\n"
    )


def test_markdown_title_cannot_break_the_link() -> None:
    text = markdown_quote("x", Source("a [b](c) *d*", "https://e/>f"))
    assert text.endswith("— [a \\[b\\](c) \\*d\\*](<https://e/%3Ef>)\n")
    assert markdown_quote("x", Source("T")).endswith("— T\n")


def test_quote_styles_follow_the_display_script() -> None:
    assert quote_style(DisplayMode.TAIWAN, Script.SIMPLIFIED) is QuoteStyle.TAIWAN
    assert quote_style(DisplayMode.HONGKONG, Script.SIMPLIFIED) is QuoteStyle.TRADITIONAL
    assert quote_style(DisplayMode.MAINLAND, Script.TRADITIONAL) is QuoteStyle.SIMPLIFIED
    assert quote_style(DisplayMode.ORIGINAL, Script.TRADITIONAL) is QuoteStyle.TRADITIONAL
    assert quote_style(DisplayMode.ORIGINAL, Script.SIMPLIFIED) is QuoteStyle.SIMPLIFIED
    assert quote_style(DisplayMode.ORIGINAL, Script.NON_CHINESE) is QuoteStyle.LATIN


def test_script_quote_in_each_style() -> None:
    passage = "兩國再度同意遵守「人道停火」"
    assert script_quote(passage, SOURCE, QuoteStyle.TAIWAN) == (
        "「兩國再度同意遵守『人道停火』」——〈亞塞拜然亞美尼亞再次同意停火〉，2020年10月26日，"
        "https://www.cna.com.tw/news/firstnews/202010260100.aspx"
    )
    simplified = Source("阿塞拜疆亚美尼亚再次同意停火", "", datetime(2020, 6, 13, 8, tzinfo=UTC))
    assert script_quote("同意遵守“人道停火”", simplified, QuoteStyle.SIMPLIFIED) == (
        "“同意遵守‘人道停火’”——《阿塞拜疆亚美尼亚再次同意停火》，2020年6月13日"
    )
    assert script_quote("Ceasefire", Source("Title", "https://x"), QuoteStyle.LATIN) == (
        "“Ceasefire” — “Title”, https://x"
    )


@given(st.text())
def test_passage_keeps_the_text_between_its_lines(text: str) -> None:
    plain = plain_passage(text)
    assert "\u2029" not in plain and "\u2028" not in plain
    assert plain.replace("\n", "") == text.replace("\u2029", "").replace("\u2028", "").replace(
        "\n", ""
    )


def test_apostrophes_stay() -> None:
    assert script_quote("don’t 『書』", Source("T"), QuoteStyle.LATIN) == "“don’t “書”” — “T”"
