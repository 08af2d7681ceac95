"""A document as shown in one mode: title, clean text and HTML from the same run conversions."""

from __future__ import annotations

from pathlib import Path

from reader.model.article.display import DocumentDisplay, document_display, render_article
from reader.model.article.display_cache import ConversionCache
from reader.model.article.render import document_html
from reader.model.document.cache import DocumentCache
from reader.model.document.document import Block, BlockKind, Span, SpanStyle, make_document
from reader.model.script.modes import DisplayMode, Script
from reader.model.script.options import ScriptOptions
from reader.model.script.rules import Rule, RuleSet, Scope
from tests.model.script.mapped_checks import check_map


def test_document_display_matches_the_rendered_runs() -> None:
    blocks = (
        Block(BlockKind.HEADING, (Span("网络软件"),), level=2),
        Block(BlockKind.PARAGRAPH, (Span("用"), Span("print(软件)", SpanStyle.CODE), Span("。"))),
        Block(BlockKind.PRE, (Span("软件 = 1"),)),
        Block(BlockKind.TABLE, rows=(((Span("软件"),), (Span("信息"),)), ((Span("a"),),))),
    )
    doc = make_document(Path("x.md"), "阿塞拜疆的软件", blocks, script=Script.SIMPLIFIED)
    shown = document_display(doc, DisplayMode.TAIWAN, document_html)
    assert shown.title.display == "亞塞拜然的軟體"
    assert shown.text.original == doc.text
    assert shown.text.display == "網路軟體\n用print(软件)。\n软件 = 1\n軟體\t資訊\na"
    assert "網路軟體" in shown.html and "print(软件)" in shown.html
    check_map(shown.text)


def test_options_reach_the_title_text_and_html_and_key_the_cache(tmp_path: Path) -> None:
    post = tmp_path / "2021-01-01-a.md"
    post.write_text('---\ntitle: "台湾的软件"\n---\n\n网络软件在台北。\n', encoding="utf-8")
    cache = DocumentCache(tmp_path / "cache.sqlite3")
    displays: ConversionCache[DocumentDisplay] = ConversionCache()
    rules = RuleSet.of([Rule("软件", "軟件", Scope.TRADITIONAL)])
    seen = {}
    for options in (
        ScriptOptions(),
        ScriptOptions(vocabulary=False),
        ScriptOptions(tai="臺"),
        ScriptOptions(rules=rules),
    ):
        _, shown = render_article(cache, post, DisplayMode.TAIWAN, str, displays, options=options)
        assert shown.options == options
        assert shown.text.display.split("\n")[-1] in shown.html
        check_map(shown.text)
        seen[options] = (shown.title.display, shown.text.display.split("\n")[-1])
    assert list(seen.values()) == [
        ("台灣的軟體", "網路軟體在台北。"),
        ("台灣的軟件", "網絡軟件在台北。"),
        ("臺灣的軟體", "網路軟體在臺北。"),
        ("台灣的軟件", "網路軟件在台北。"),
    ]
    assert len(displays) == 4 and displays.misses == 4  # one entry per options
    render_article(cache, post, DisplayMode.TAIWAN, str, displays, options=ScriptOptions(tai="臺"))
    assert displays.hits == 1
    cache.close()
