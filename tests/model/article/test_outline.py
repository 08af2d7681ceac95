"""The article's outline (headings with original offsets) and reading progress."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from reader.model.article.outline import (
    CHINESE_CHARACTERS_PER_MINUTE,
    ENGLISH_WORDS_PER_MINUTE,
    Progress,
    ReadingClock,
    outline,
    progress,
    reading_minutes,
)
from reader.model.document.parser import parse_file, parse_text
from tests.conftest import FIXTURES

GUIDE = FIXTURES / "tools" / "guide.md"


def test_headings_with_their_original_ranges() -> None:
    doc = parse_file(GUIDE)
    headings = outline(doc)
    assert [doc.text[h.start : h.end] for h in headings] == [
        "第一部分：软件",
        "第二部分：网络",
        "小节：密码",
        "第三部分：总结",
    ]
    assert [h.level for h in headings] == [2, 2, 3, 2]


def test_reading_speeds() -> None:
    assert reading_minutes("字" * CHINESE_CHARACTERS_PER_MINUTE) == 1.0
    assert reading_minutes("word " * ENGLISH_WORDS_PER_MINUTE) == 1.0
    # Latin words and numbers inside Chinese count as words; punctuation counts for nothing.
    assert reading_minutes("美国总统Donald Trump在2020年。，！") == (
        6 / CHINESE_CHARACTERS_PER_MINUTE + 3 / ENGLISH_WORDS_PER_MINUTE
    )


def test_progress() -> None:
    text = "字" * 900
    assert progress(text, 0).percent == 0 and progress(text, 0).minutes_left == 3
    assert progress(text, 450) == Progress(50, 2)  # 1.5 minutes left: rounded up
    assert progress(text, 900).minutes_left == 0 and progress(text, 10_000).percent == 100
    assert progress("", 0).percent == 100


@given(st.text(), st.integers(), st.integers())
def test_progress_only_goes_forward(text: str, a: int, b: int) -> None:
    first, second = sorted((a, b))
    p, q = progress(text, first), progress(text, second)
    assert 0 <= p.percent <= q.percent <= 100
    assert p.minutes_left >= q.minutes_left >= 0


REPORT = """---
title: 月度报告
date: 2020-12-31
---
<p><strong>目录：</strong></p>
<p><strong>一、本期报告概述</strong></p>
<p><strong>二、本月被判刑的8人的名单</strong></p>
<p><strong>附录：刑满释放人员名单</strong></p>
<p>------</p>
<p><strong>一、本期报告概述</strong></p>
<p>概述的正文。</p>
<p><strong>当前的处境极其恶劣：</strong></p>
<p>1、正文。</p>
<p><strong>二、本月被判刑的8人的名单</strong></p>
<p><strong>5年：</strong>某某</p>
<p><strong>附录：刑满释放人员名单</strong></p>
<p>名单。</p>
<p>三、这一段不是粗体，不是标题。</p>
"""


def test_bold_numbered_sections_stand_in_for_headings(tmp_path: Path) -> None:
    # As the 维权网 monthly reports write them: no heading markup, a table of contents.
    doc = parse_text(REPORT, tmp_path / "report.md")
    headings = outline(doc)
    assert [doc.text[h.start : h.end] for h in headings] == [
        "一、本期报告概述",
        "二、本月被判刑的8人的名单",
        "附录：刑满释放人员名单",
    ]
    assert headings[0].start == doc.text.index("一、本期报告概述", doc.text.index("------"))


@given(
    st.text(alphabet=st.sampled_from("美国總統 Trump2020年。，！a_-\nか한\U00020000"), max_size=80),
    st.data(),
)
def test_the_reading_clock_counts_every_tail_as_reading_minutes_does(
    text: str, data: st.DataObject
) -> None:
    clock = ReadingClock(text)
    offset = data.draw(st.integers(-2, len(text) + 2))
    assert clock.minutes_from(offset) == reading_minutes(text[max(0, offset) :])
    assert progress(text, offset, clock) == progress(text, offset)
