"""Untrusted HTML to blocks: what is dropped, what is kept, and in which form."""

from __future__ import annotations

import base64
from pathlib import Path

from reader.model.article.render import Phrases, block_html
from reader.model.document.document import BlockKind, Card, CardKind
from reader.model.document.html_blocks import html_to_blocks, local_image, safe_href

PNG = base64.b64encode(b"\x89PNG\r\n\x1a\n" + bytes(200)).decode()
SPACER = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"


def kinds(html: str) -> list[str]:
    return [b.kind.value for b in html_to_blocks(html).blocks]


def test_script_style_iframe_bodies_are_dropped() -> None:
    result = html_to_blocks(
        "<p>前</p><script>var secret = 1;</script><style>.a{color:red}</style>"
        "<iframe src='https://ads.example/x'>框架內容</iframe><noscript>無腳本</noscript><p>後</p>"
    )
    text = "\n".join(b.text for b in result.blocks)
    assert text == "前\n後"
    assert {"script", "style", "iframe", "noscript"} <= set(result.removed)


def test_ad_slots_tracking_pixels_and_feed_footer_are_removed() -> None:
    result = html_to_blocks(
        "<p>正文</p><div class='ad-slot'></div><div id='dfp-ad'> </div>"
        "<img src='http://t.example/p.gif' width='1' height='1'>"
        "<hr><p>获取更多RSS：<a href='https://feedx.net'>feedx</a></p><p>尾巴</p>"
    )
    assert [b.text for b in result.blocks] == ["正文"]
    assert result.removed == ("ad slot", "feed footer", "tracking pixel")


def test_screen_reader_only_and_hidden_text_is_dropped() -> None:
    result = html_to_blocks(
        "<p><span class='off-screen'>图片版权</span>AFP</p>"
        "<p><span class='off-screen'>Image caption</span>中国媒体称</p>"
        "<div hidden>隱藏</div><p style='display: none'>不見</p><p>看得見</p>"
    )
    assert [b.text for b in result.blocks] == ["AFP", "中国媒体称", "看得見"]
    assert "hidden text" in result.removed


def test_a_div_with_ad_in_its_class_but_text_is_kept() -> None:
    assert [b.text for b in html_to_blocks("<div class='ad'>真正的內容</div>").blocks] == [
        "真正的內容"
    ]


def test_related_links_become_a_short_list_under_their_label() -> None:
    blocks = html_to_blocks(
        "<p>延伸閱讀</p>"
        "<a class='moreArticle-link' href='https://cna.com.tw/1'>第一篇</a>"
        "<a class='moreArticle-link' href='https://cna.com.tw/2'>第二篇</a>"
    ).blocks
    assert [b.kind for b in blocks] == [BlockKind.HEADING, BlockKind.RELATED, BlockKind.RELATED]
    assert blocks[1].spans[0].href == "https://cna.com.tw/1"


def test_inline_related_reading_becomes_a_list() -> None:
    blocks = html_to_blocks(
        "<blockquote><p>相关阅读：<a href='https://cdt.example/1'>鱼眼观察｜缺电年代</a></p>"
        "</blockquote><p>相关阅读：并非链接的文字</p>"
    ).blocks
    assert [(b.kind.value, b.text) for b in blocks] == [
        ("h", "相关阅读"),
        ("related", "鱼眼观察｜缺电年代"),
        ("p", "相关阅读：并非链接的文字"),
    ]
    assert blocks[1].spans[0].href == "https://cdt.example/1"


def test_tweet_embed_becomes_a_card_with_its_text() -> None:
    block = html_to_blocks(
        "<blockquote class='twitter-tweet'><p>推文內容</p>— 某人 "
        "<a href='https://twitter.com/someone/status/1'>Oct 25</a></blockquote>"
        "<script src='https://platform.twitter.com/widgets.js'></script>"
    ).blocks[0]
    assert block.kind is BlockKind.EMBED
    # The card's words are the renderer's; the text is only what the document says.
    assert block.text.startswith("推文內容")
    assert block.card == Card(CardKind.QUOTE, "Twitter", "", "https://twitter.com/someone/status/1")
    assert block.spans[0].href == "https://twitter.com/someone/status/1"
    assert block_html(block).startswith(
        '<p class="embed">▶ <a href="https://twitter.com/someone/status/1">Twitter</a>: <a'
    )


def test_empty_tweet_embed_names_the_account() -> None:
    block = html_to_blocks(
        "<blockquote class='twitter-tweet'>"
        "<a href='https://twitter.com/SecPompeo/status/1319696375160909825'></a></blockquote>"
    ).blocks[0]
    assert block.text == ""
    assert block.card is not None and block.card.account == "@SecPompeo"
    assert "Twitter post by @SecPompeo</a></p>" in block_html(block)


def test_a_long_quotation_with_a_youtube_link_stays_a_quotation() -> None:
    long = "李文亮去世的第二天，一条指示包含了被认为是涉及借此事煽动舆论情绪的内容样本。" * 12
    block = html_to_blocks(
        f"<blockquote><p>{long}<a href='https://www.youtube.com/watch?v=x'>一段视频</a></p>"
        "</blockquote>"
    ).blocks[0]
    assert block.kind is BlockKind.QUOTE


def test_instagram_embed() -> None:
    block = html_to_blocks(
        "<blockquote class='instagram-media'><a href='https://www.instagram.com/p/abc/'>"
        "A post shared by 某人</a></blockquote>"
    ).blocks[0]
    assert block.kind is BlockKind.EMBED
    assert block.text == "A post shared by 某人"
    assert block.card is not None and block.card.service == "Instagram"


def test_youtube_iframe_becomes_a_watch_link_card() -> None:
    block = html_to_blocks(
        "<iframe src='//www.youtube.com/embed/P-buu3nBhAo?rel=0' title='影片標題'></iframe>"
    ).blocks[0]
    assert block.kind is BlockKind.EMBED
    assert block.text == "影片標題"
    assert block.spans[0].href == "https://www.youtube.com/watch?v=P-buu3nBhAo"
    assert ">YouTube video</a>: <a" in block_html(block)
    chinese = Phrases(video="{service} 影片", separator="：")
    assert ">YouTube 影片</a>：<a" in block_html(block, phrases=chinese)


def test_video_and_audio_become_link_placeholders() -> None:
    blocks = html_to_blocks(
        "<video controls><source src='https://v.example/a.mp4'></video>"
        "<audio src='javascript:alert(1)'></audio>"
    ).blocks
    # Without a title the card names the file, not the whole address (the link has that).
    assert [b.text for b in blocks] == ["a.mp4", ""]
    assert [b.card.kind if b.card else None for b in blocks] == [
        CardKind.VIDEO_FILE,
        CardKind.AUDIO_FILE,
    ]
    assert block_html(blocks[1]) == '<p class="embed">▶ Audio</p>'
    assert blocks[0].spans[0].href == "https://v.example/a.mp4"
    assert blocks[1].spans == () and blocks[1].card is not None and blocks[1].card.url is None


def test_images_remote_data_and_local(tmp_path: Path) -> None:
    (tmp_path / "pic.png").write_bytes(b"\x89PNG")
    (tmp_path.parent / "secret.png").write_bytes(b"\x89PNG")
    blocks = html_to_blocks(
        f"<img src='https://img.example/a.jpg' alt='遠端'>"
        f"<img src='data:image/png;base64,{PNG}' alt='內嵌'>"
        f"<img src='pic.png' alt='本地'>"
        f"<img src='../secret.png' alt='外面'>"
        f"<img src='file:///etc/passwd' alt='系統'>"
        f"<img src='/etc/passwd'>",
        tmp_path,
    ).blocks
    assert [b.src for b in blocks] == [
        "",
        f"data:image/png;base64,{PNG}",
        (tmp_path / "pic.png").resolve().as_uri(),
        "",
        "",
        "",
    ]
    assert [b.text for b in blocks][:2] == ["遠端", "內嵌"]


def test_a_data_spacer_gif_is_a_placeholder() -> None:
    block = html_to_blocks(f"<img src='{SPACER}' alt='法广存档图片'>").blocks[0]
    assert (block.src, block.text) == ("", "法广存档图片")


def test_image_caption_not_repeated() -> None:
    blocks = html_to_blocks("<img src='x.jpg' alt='說明'><div class='picinfo'>說明</div>").blocks
    assert [(b.kind, b.text) for b in blocks] == [
        (BlockKind.IMAGE, ""),
        (BlockKind.CAPTION, "說明"),
    ]


def test_lists_quotes_headings_pre_and_tables() -> None:
    blocks = html_to_blocks(
        "<h2>標題</h2><ol><li>一<ul><li>甲</li></ul></li><li>二</li></ol>"
        "<blockquote><p>引文</p></blockquote><pre>  code\n  more</pre>"
        "<table><tr><th>名</th><th>刑期</th></tr><tr><td>王</td><td>10年</td></tr></table>"
    ).blocks
    summary = [(b.kind.value, b.level, b.ordinal, b.text) for b in blocks]
    assert summary == [
        ("h", 2, 0, "標題"),
        ("li", 1, 1, "一"),
        ("li", 2, 0, "甲"),
        ("li", 1, 2, "二"),
        ("quote", 0, 0, "引文"),
        ("pre", 0, 0, "  code\n  more"),
        ("table", 0, 0, "名\t刑期\n王\t10年"),
    ]


def test_unsafe_links_lose_their_target() -> None:
    spans = (
        html_to_blocks(
            "<p><a href='javascript:alert(1)'>壞</a><a href='https://ok.example'>好</a></p>"
        )
        .blocks[0]
        .spans
    )
    assert [(s.text, s.href) for s in spans] == [("壞", None), ("好", "https://ok.example")]
    assert safe_href("file:///etc/passwd") is None
    assert safe_href("mailto:a@b.c") == "mailto:a@b.c"


def test_local_image_refuses_symlinks_out_of_the_folder(tmp_path: Path) -> None:
    outside = tmp_path / "outside.png"
    outside.write_bytes(b"x")
    folder = tmp_path / "doc"
    folder.mkdir()
    (folder / "link.png").symlink_to(outside)
    assert local_image("link.png", folder) == ""
