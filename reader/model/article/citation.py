"""Quoting a passage with its source: as Markdown, or as a quotation in the display script.

The passage is the text as shown (already in the display script); the title too. The
quotation marks follow the script's conventions: Traditional writing (Taiwan, Hong Kong) quotes
with 「」 and 『』 inside, Simplified writing with “” and ‘’ inside, and titles go in 《》 (in
Taiwan an article's title in 〈〉, as the Ministry of Education's punctuation guide has it).
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass
from datetime import datetime

from reader.model.article.render import is_date_only
from reader.model.script.modes import DisplayMode, Script


@dataclass(frozen=True, slots=True)
class Source:
    """Where a passage comes from: the title as shown, the source address and the date."""

    title: str
    url: str = ""
    date: datetime | None = None


class QuoteStyle(enum.Enum):
    """A family of punctuation conventions: (quote open, close, inner open, inner close,
    title open, title close)."""

    TAIWAN = ("「", "」", "『", "』", "〈", "〉")
    TRADITIONAL = ("「", "」", "『", "』", "《", "》")
    SIMPLIFIED = ("“", "”", "‘", "’", "《", "》")
    LATIN = ("“", "”", "‘", "’", "“", "”")


def quote_style(mode: DisplayMode, script: Script) -> QuoteStyle:
    """The punctuation of a passage shown in ``mode`` from a document written in ``script``."""
    if mode is DisplayMode.TAIWAN:
        return QuoteStyle.TAIWAN
    if mode in (DisplayMode.TRADITIONAL, DisplayMode.HONGKONG):
        return QuoteStyle.TRADITIONAL
    if mode in (DisplayMode.SIMPLIFIED, DisplayMode.MAINLAND):
        return QuoteStyle.SIMPLIFIED
    if script is Script.TRADITIONAL:
        return QuoteStyle.TRADITIONAL
    if script in (Script.SIMPLIFIED, Script.MIXED):
        return QuoteStyle.SIMPLIFIED
    return QuoteStyle.LATIN


def iso_day(date: datetime) -> str:
    """The calendar day of ``date`` (a date-only value as written, a moment in local time)."""
    if is_date_only(date) or date.tzinfo is None:
        return date.date().isoformat()
    return date.astimezone().date().isoformat()


def plain_passage(text: str) -> str:
    """A passage as plain text: Qt's paragraph and line separators as newlines, and no
    trailing blank lines."""
    text = text.replace("\u2029", "\n").replace("\u2028", "\n")
    return text.strip("\n")


_MD_ESCAPE_RE = re.compile(r"([\\`*_\[\]<>])")


def _md_escape(text: str) -> str:
    return _MD_ESCAPE_RE.sub(r"\\\1", text)


def markdown_quote(passage: str, source: Source) -> str:
    """The passage as a Markdown block quote followed by a line naming its source.

    ``> passage`` (every line quoted, blank lines kept as ``>``), then
    ``— [Title](url), 2020-10-26`` (the link only when there is an address).
    """
    lines = plain_passage(passage).split("\n")
    quoted = "\n".join(f"> {line}" if line.strip() else ">" for line in lines)
    title = _md_escape(source.title)
    if source.url:
        title = f"[{title}](<{source.url.replace('>', '%3E')}>)"
    parts = [title] + ([iso_day(source.date)] if source.date else [])
    return f"{quoted}\n\n— {', '.join(parts)}\n"


def _nest(passage: str, style: QuoteStyle) -> str:
    """The passage's own quotation marks one level down, in the style's marks: its first-level
    marks (「」 or “”) become inner marks, its inner ones (『』) outer marks again (so 「…」
    inside 「…」 becomes 『…』, and a Traditional text's 「…」 inside “…” becomes ‘…’). Single
    curly quotes stay: ’ is also the apostrophe of English words (don’t)."""
    outer_open, outer_close, inner_open, inner_close = style.value[:4]
    table = str.maketrans(
        {
            "「": inner_open,
            "」": inner_close,
            "“": inner_open,
            "”": inner_close,
            "『": outer_open,
            "』": outer_close,
        }
    )
    return passage.translate(table)


def script_quote(passage: str, source: Source, style: QuoteStyle) -> str:
    """The passage as a quotation in the conventions of ``style``, with its source.

    Chinese: ``「passage」——〈title〉，2020年10月26日，https://…``;
    other text: ``“passage” — “title”, 2020-10-26, https://…``.
    """
    open_q, close_q, _, _, open_t, close_t = style.value
    text = _nest(plain_passage(passage), style)
    title = f"{open_t}{source.title}{close_t}"
    if style is QuoteStyle.LATIN:
        parts = [title]
        if source.date:
            parts.append(iso_day(source.date))
        if source.url:
            parts.append(source.url)
        return f"{open_q}{text}{close_q} — {', '.join(parts)}"
    parts = [title]
    if source.date:
        year, month, day = iso_day(source.date).split("-")
        parts.append(f"{int(year)}年{int(month)}月{int(day)}日")
    if source.url:
        parts.append(source.url)
    return f"{open_q}{text}{close_q}——{'，'.join(parts)}"
