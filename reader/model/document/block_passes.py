"""Passes over the blocks extracted from HTML: the feed footer, related-link lists, image
placeholders that repeat their caption, labels of related links, leading and trailing rules."""

from __future__ import annotations

import re

from reader.model.document.document import Block, BlockKind, Span

_FOOTER_RE = re.compile(r"获取更多RSS|獲取更多RSS")


def _strip_footer(blocks: list[Block]) -> bool:
    """Remove the feed footer (获取更多RSS…) and everything after it; True if found."""
    for i, block in enumerate(blocks):
        if _FOOTER_RE.search(block.text):
            del blocks[i:]
            while blocks and blocks[-1].kind is BlockKind.RULE:
                blocks.pop()
            return True
    return False


_RELATED_LABEL_RE = re.compile(
    r"^\s*(延伸閱讀|延伸阅读|相關閱讀|相关阅读|相關新聞|相关新闻|相關報導|相关报道|推薦閱讀|推荐阅读)"
    r"\s*[:：]?\s*$"
)


def _related_lists(blocks: list[Block]) -> list[Block]:
    """``相关阅读：<a>…</a>`` paragraphs become a label heading and a short list of links."""
    out: list[Block] = []
    for block in blocks:
        spans = block.spans
        if block.kind in (BlockKind.PARAGRAPH, BlockKind.QUOTE) and len(spans) >= 2:
            match = _RELATED_LABEL_RE.match(spans[0].text) if spans[0].href is None else None
            links = [s for s in spans[1:] if s.text.strip()]
            if match and links and all(s.href for s in links):
                out.append(Block(BlockKind.HEADING, (Span(match.group(1)),), level=3))
                out.extend(
                    Block(BlockKind.RELATED, (Span(s.text.strip(), href=s.href),)) for s in links
                )
                continue
        out.append(block)
    return out


def _squeeze(text: str) -> str:
    """Text without its white space (captions and alt texts differ in spacing)."""
    return "".join(text.split())


def tidy_blocks(blocks: list[Block]) -> tuple[list[Block], bool]:
    """The blocks after every pass, and whether a feed footer was removed."""
    footer = _strip_footer(blocks)
    blocks = _related_lists(blocks)
    for i, block in enumerate(blocks):
        nxt = blocks[i + 1] if i + 1 < len(blocks) else None
        if nxt is None:
            break
        if (
            block.kind is BlockKind.IMAGE
            and nxt.kind is BlockKind.CAPTION
            and block.text
            and _squeeze(nxt.text).startswith(_squeeze(block.text))
        ):
            # The caption says it already (RFI's adds the credit after the same words): the
            # placeholder need not repeat it, and the caption then sits right under it.
            blocks[i] = Block(BlockKind.IMAGE, (), src=block.src)
        elif (
            nxt.kind is BlockKind.RELATED
            and block.kind is BlockKind.PARAGRAPH
            and len(block.text) <= 8
        ):
            # A short label such as 延伸閱讀 before related links is their heading.
            blocks[i] = Block(BlockKind.HEADING, block.spans, level=3)
    while blocks and blocks[0].kind is BlockKind.RULE:
        blocks.pop(0)
    while blocks and blocks[-1].kind is BlockKind.RULE:
        blocks.pop()
    return blocks, footer
