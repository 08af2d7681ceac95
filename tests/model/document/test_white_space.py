"""White space in article HTML: the author's spaces between Chinese words are kept."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from reader.model.document.html_blocks import html_to_blocks
from reader.model.document.parser import parse_text
from reader.model.document.white_space import (
    WIDE_RANGES,
    collapse_one,
    collapse_white_space,
    is_wide,
)


def texts(html: str) -> list[str]:
    return [b.text for b in html_to_blocks(html).blocks]


def test_spaces_between_chinese_words_are_kept() -> None:
    assert texts("<p>记者 | 赵晓娟 马越 吴容 卢奕贝</p>") == ["记者 | 赵晓娟 马越 吴容 卢奕贝"]
    assert texts("<ul><li><a href='https://a.example/'><strong>白宮公开战略文件 保卫台湾、组联盟"
                 "</strong></a></li></ul>") == ["白宮公开战略文件 保卫台湾、组联盟"]  # fmt: skip


def test_a_space_between_inline_elements_is_kept_once() -> None:
    assert texts("<p><b>台北 </b> <i> 高雄</i></p>") == ["台北 高雄"]
    blocks = html_to_blocks("<p><b>台北 </b><i> 高雄</i></p>").blocks
    assert [s.text for s in blocks[0].spans] == ["台北 ", "高雄"]


def test_a_source_line_break_between_chinese_characters_is_no_space() -> None:
    assert texts("<p>第一行\n第二行</p>") == ["第一行第二行"]
    assert texts("<p>第一行 \n  第二行</p>") == ["第一行第二行"]
    assert texts("<p>第一行\n<b>第二行</b></p>") == ["第一行第二行"]
    assert texts("<p>Taipei\nCity，台北\nCity</p>") == ["Taipei City，台北 City"]


def test_zero_width_characters_are_dropped_not_made_spaces() -> None:
    assert texts("<p>中\u200b文 a\u200bb</p>") == ["中文 ab"]


def test_table_cells_get_no_spaces_the_source_does_not_have() -> None:
    html = "<table><tr><td><b>王</b>小明 先生</td><td>甲<br>乙</td></tr></table>"
    block = html_to_blocks(html).blocks[0]
    assert block.text == "王小明 先生\t甲 乙"


def test_markdown_posts_keep_spaces_and_join_wrapped_lines() -> None:
    doc = parse_text("---\ntitle: 標題\n---\n记者 | 赵晓娟 马越\n吴容\n\n第二段\n", Path("a.md"))
    assert doc.text == "记者 | 赵晓娟 马越吴容\n第二段"


_PIECE = st.text(alphabet=st.sampled_from("中文ab \n\t\u200b，"), max_size=8)


@given(st.lists(_PIECE, min_size=1, max_size=6))
def test_collapsing_does_not_depend_on_where_the_pieces_split(pieces: list[str]) -> None:
    """Markup boundaries change nothing: pieces collapse to what their concatenation does."""
    joined = collapse_white_space(["".join(pieces)])[0]
    split = collapse_white_space(pieces)
    assert len(split) == len(pieces)
    assert "".join(split) == joined
    assert "  " not in joined and "\n" not in joined and "\u200b" not in joined


def test_the_wide_characters_are_the_class_they_were_written_as() -> None:
    # Every code point, against the regex class the ranges were first written as.
    wide = re.compile(
        r"[\u2e80-\u2fff\u3000-\u303f\u3040-\u30ff\u3100-\u312f\u31a0-\u31ff\u3400-\u4dbf"
        r"\u4e00-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\U00020000-\U0003ffff]"
    )
    everything = "".join(map(chr, range(0x110000)))
    expected = [m.start() for m in wide.finditer(everything)]
    assert [code for code, char in enumerate(everything) if is_wide(char)] == expected
    assert len(expected) == sum(end - start + 1 for start, end in WIDE_RANGES)


@given(st.text(alphabet=st.sampled_from("中文。ab  \n\r\t\f\v\u200b\u200c\ufeff，"), max_size=30))
def test_one_run_collapses_as_the_pieces_do(text: str) -> None:
    # collapse_one looks only at runs other than a single space; the pieces' way at every run.
    assert collapse_one(text) == "".join(collapse_white_space([text, ""]))
