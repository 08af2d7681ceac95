"""Plain-text article extracts (such as text copied out of a Wikipedia article).

Paragraphs are separated by blank lines. Citation marks like ``[10][11]`` become small
references; leftover inter-language link text (``亞美尼亞人英語Armenians in Azerbaijan``) becomes a
muted note after the term; a date line and an English image description are recognised as such.
"""

from __future__ import annotations

import re

from reader.model.document.document import Block, BlockKind, Span, SpanStyle

_CITATION_RE = re.compile(r"\[(?:\d{1,3}|[a-z]|注\s*\d+|註\s*\d+|來源請求|需要引用)\]")
# "英語Armenians in Azerbaijan": a language name, then text in that language, up to the next CJK
# character, citation or sentence punctuation.
_LANGS = "|".join(
    (
        "英語",
        "英语",
        "俄語",
        "俄语",
        "法語",
        "法语",
        "德語",
        "德语",
        "日語",
        "日语",
        "西班牙語",
        "西班牙语",
        "阿拉伯語",
        "阿拉伯语",
        "韓語",
        "韩语",
        "意大利語",
        "義大利語",
        "意大利语",
        "葡萄牙語",
        "葡萄牙语",
        "亞美尼亞語",
        "亚美尼亚语",
        "亞塞拜然語",
        "阿塞拜疆语",
        "土耳其語",
        "土耳其语",
        "波斯語",
        "波斯语",
        "烏克蘭語",
        "乌克兰语",
        "希臘語",
        "希腊语",
        "荷蘭語",
        "荷兰语",
        "拉丁語",
        "拉丁语",
    )
)
_INTERLANG_RE = re.compile(
    rf"({_LANGS})([A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff\u0530-\u058f\u0600-\u06ff]"
    r"[^\u3000-\u9fff\uff00-\uffef\[\]]*?)(?=[\u3000-\u9fff\uff00-\uffef\[]|$)"
)
_DATE_LINE_RE = re.compile(r"^\s*(日期|時間|时间|Date)\s*[:：]?\s*\d{3,4}\s*年")
_CJK_RE = re.compile(r"[\u3400-\u9fff]")
_SENTENCE_END_RE = re.compile(r"[。！？!?；;]")


def is_date_line(line: str) -> bool:
    """Whether a line is a metadata date line (日期2023年9月24日 –…)."""
    return bool(_DATE_LINE_RE.match(line)) and len(line) < 80


def is_foreign_description(line: str) -> bool:
    """Whether a line is a non-Chinese description (an image caption) in a Chinese text."""
    letters = sum(1 for ch in line if ch.isascii() and ch.isalpha())
    return letters > 20 and not _CJK_RE.search(line)


def inline_spans(text: str) -> tuple[Span, ...]:
    """Split a paragraph into plain text, citation marks and inter-language notes."""
    spans: list[Span] = []
    pos = 0
    marks = sorted(
        [(m.start(), m.end(), "cite", m) for m in _CITATION_RE.finditer(text)]
        + [(m.start(), m.end(), "lang", m) for m in _INTERLANG_RE.finditer(text)]
    )
    for start, end, kind, match in marks:
        if start < pos:
            continue
        if start > pos:
            spans.append(Span(text[pos:start]))
        if kind == "cite":
            spans.append(Span(match.group(0), SpanStyle.CITATION))
        else:
            spans.append(Span(match.group(0), SpanStyle.NOTE))
        pos = end
    if pos < len(text):
        spans.append(Span(text[pos:]))
    return tuple(spans)


def extract_blocks(text: str) -> tuple[Block, ...]:
    """Blocks of a plain-text extract."""
    blocks: list[Block] = []
    for raw in re.split(r"\n\s*\n", text.replace("\r\n", "\n").replace("\r", "\n")):
        for line in raw.split("\n"):
            line = line.strip().replace("\u200b", "")
            if not line:
                continue
            if is_date_line(line):
                blocks.append(Block(BlockKind.META, (Span(line),)))
            elif is_foreign_description(line) and _is_caption_context(text):
                blocks.append(Block(BlockKind.CAPTION, (Span(line),)))
            else:
                blocks.append(Block(BlockKind.PARAGRAPH, inline_spans(line)))
    return tuple(blocks)


def _is_caption_context(text: str) -> bool:
    """An English line is a caption only inside a mostly Chinese text."""
    return len(_CJK_RE.findall(text[:5000])) > 200


def extract_title(blocks: tuple[Block, ...], stem: str) -> tuple[str, str | None]:
    """A title for an extract and, when it had to be made up, a warning saying so.

    The first short paragraph is the title (a paragraph with citation marks is text, not a
    title: titles cite nothing); else a meaningful file name; else the first sentence of the
    first paragraph.
    """
    paragraphs = [b for b in blocks if b.kind is BlockKind.PARAGRAPH]
    for block in paragraphs[:3]:
        cites = any(s.style is SpanStyle.CITATION for s in block.spans)
        if 0 < len(block.text) <= 60 and not cites and not _SENTENCE_END_RE.search(block.text[:-1]):
            return block.text, None
    if not re.fullmatch(r"[\d_\-]*[0-9a-f]{8,}[\d_\-]*|[\d_\-\s]*", stem):
        return stem, "title taken from the file name"
    if paragraphs:
        plain = "".join(s.text for s in paragraphs[0].spans if s.style is SpanStyle.PLAIN)
        match = _SENTENCE_END_RE.search(plain)
        first = plain[: match.start()] if match else plain
        first = re.split(r"[,，、]", first)[0] if len(first) > 40 else first
        title = first[:40] + ("…" if len(first) > 40 else "")
        return title, "title taken from the first sentence"
    return stem, "title taken from the file name"
