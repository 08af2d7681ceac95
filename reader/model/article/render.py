"""Rendering a document to the HTML of the article pane (and of ``reader show --format html``).

Only text is ever converted between scripts: markup, URLs and preformatted/code text are kept as
they are. Every piece of document text is escaped; nothing from the document becomes markup.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from html import escape

from reader.model.document.document import (
    Block,
    BlockKind,
    Card,
    CardKind,
    Document,
    Span,
    SpanStyle,
)

Convert = Callable[[str], str]
DateFormat = Callable[[datetime], str]


@dataclass(frozen=True, slots=True)
class Phrases:
    """The words the renderer itself writes into an article (English by default).

    The window passes them in its interface language; the model stays free of Qt and of
    translation catalogues. ``{error}`` is replaced by the reason a file cannot be shown.
    """

    image_not_downloaded: str = "Image not downloaded"
    cannot_show: str = "This file cannot be shown: {error}."
    # Embed cards ("Twitter: …", "Twitter post by @name", "YouTube video: …", "Video: …").
    embedded: str = "Embedded"  # a service that is not recognised
    post: str = "{service} post"
    post_by: str = "{service} post by {account}"
    video: str = "{service} video"
    video_file: str = "Video"
    audio_file: str = "Audio"
    separator: str = ": "  # between a card's words and the document's text

    def card_label(self, card: Card) -> str:
        """The words of an embed card (without the document's text)."""
        service = card.service or self.embedded
        try:
            if card.kind is CardKind.QUOTE:
                return service
            if card.kind is CardKind.POST:
                pattern = self.post_by if card.account else self.post
                return pattern.format(service=service, account=card.account)
            if card.kind is CardKind.VIDEO:
                return self.video.format(service=service)
        except (KeyError, IndexError, ValueError):  # a broken translation
            return service
        return self.video_file if card.kind is CardKind.VIDEO_FILE else self.audio_file


ENGLISH = Phrases()


def _identity(text: str) -> str:
    return text


def is_date_only(date: datetime) -> bool:
    """Whether a date carries no time of day (midnight in its own zone, as date-only values are).

    Such a date names a calendar day, so it is shown as that day and never shifted into the
    reader's time zone (which would move it to the day before west of UTC).
    """
    return (date.hour, date.minute, date.second, date.microsecond) == (0, 0, 0, 0)


def format_date(date: datetime | None) -> str:
    """A date for the header, in local time, unambiguous in any locale (ISO order)."""
    if date is None:
        return ""
    if is_date_only(date):
        return date.strftime("%Y-%m-%d")
    local = date.astimezone() if date.tzinfo else date
    return local.strftime("%Y-%m-%d %H:%M")


def _span_html(span: Span, convert: Convert) -> str:
    text = span.text if span.style is SpanStyle.CODE else convert(span.text)
    out = escape(text, quote=False)
    if span.style is SpanStyle.EMPHASIS:
        out = f"<i>{out}</i>"
    elif span.style is SpanStyle.STRONG:
        out = f"<b>{out}</b>"
    elif span.style is SpanStyle.CODE:
        out = f"<code>{out}</code>"
    elif span.style is SpanStyle.CITATION:
        out = f'<sup class="cite">{out}</sup>'
    elif span.style is SpanStyle.NOTE:
        out = f'<span class="note">{out}</span>'
    if span.href:
        out = f'<a href="{escape(span.href)}">{out}</a>'
    return out


def _spans_html(spans: tuple[Span, ...], convert: Convert) -> str:
    return "".join(_span_html(s, convert) for s in spans)


def block_html(block: Block, convert: Convert = _identity, phrases: Phrases = ENGLISH) -> str:
    """The HTML of one block."""
    inner = _spans_html(block.spans, convert)
    kind = block.kind
    if kind is BlockKind.HEADING:
        level = min(max(block.level, 2), 4)
        return f"<h{level}>{inner}</h{level}>"
    if kind is BlockKind.LIST_ITEM:
        marker = f"{block.ordinal}." if block.ordinal else "•"
        indent = 1.2 * max(block.level, 1)
        return f'<p class="li" style="margin-left:{indent:.1f}em">{marker}&nbsp;{inner}</p>'
    if kind is BlockKind.QUOTE:
        return f'<blockquote align="justify">{inner}</blockquote>'
    if kind is BlockKind.PRE:
        text = "".join(s.text for s in block.spans)
        return f"<pre>{escape(text, quote=False)}</pre>"
    if kind is BlockKind.TABLE:
        # Zebra rows and a rule under every row keep long (hundreds of rows) tables readable.
        rows = "".join(
            "<tr>"
            + "".join(
                f'<td class="{"odd" if i % 2 else "even"}">{_spans_html(cell, convert)}</td>'
                for cell in row
            )
            + "</tr>"
            for i, row in enumerate(block.rows)
        )
        # A top margin of its own: a code block (which has no bottom margin before a table in
        # Qt's layout) sat glued to the table's first row.
        return (
            '<table class="data" style="margin-top:0.8em" width="100%" border="1"'
            f' cellspacing="0" cellpadding="5">{rows}</table>'
        )
    if kind is BlockKind.IMAGE:
        if block.src:
            # One line height, not the paragraphs' 160%: Qt's proportional line height counts
            # the picture's own height, which put the caption ~90 px under a 150 px picture.
            return (
                f'<p class="figure" style="line-height:100%">'
                f'<img src="{escape(block.src)}"><br>{inner}</p>'
            )
        missing = escape(phrases.image_not_downloaded, quote=False)
        label = f"{missing} · {inner}" if inner else missing
        return f'<p class="image">▣ {label}</p>'
    if kind is BlockKind.CAPTION:
        return f'<p class="caption">{inner}</p>'
    if kind is BlockKind.EMBED:
        card = block.card
        if card is None:
            return f'<p class="embed">▶ {inner}</p>'
        label = escape(phrases.card_label(card), quote=False)
        if card.url:
            label = f'<a href="{escape(card.url)}">{label}</a>'
        separator = escape(phrases.separator, quote=False) if inner else ""
        return f'<p class="embed">▶ {label}{separator}{inner}</p>'
    if kind is BlockKind.RELATED:
        return f'<p class="related">→ {inner}</p>'
    if kind is BlockKind.META:
        return f'<p class="meta">{inner}</p>'
    if kind is BlockKind.RULE:
        return "<hr>"
    # Justified like printed Chinese text (an attribute: Qt ignores text-align in style sheets).
    return f'<p align="justify">{inner}</p>'


def header_html(
    doc: Document, convert: Convert = _identity, date_format: DateFormat = format_date
) -> str:
    """The article header: title, date, author/source and the source link.

    ``date_format`` lets the window show the date in the reader's locale.
    """
    parts = [f'<h1 class="title">{escape(convert(doc.title), quote=False)}</h1>']
    meta = [escape(date_format(doc.date))] if doc.date else []
    if doc.author:
        meta.append(escape(convert(doc.author), quote=False))
    if doc.source_url:
        meta.append(f'<a href="{escape(doc.source_url)}">{escape(_host(doc.source_url))}</a>')
    if meta:
        parts.append(f'<p class="byline">{" · ".join(meta)}</p>')
    return "".join(parts)


def header_block_count(doc: Document) -> int:
    """How many top-level elements ``header_html`` makes (the title, and a byline if any)."""
    return 1 + (1 if doc.date or doc.author or doc.source_url else 0)


def _host(url: str) -> str:
    from urllib.parse import urlparse

    try:
        return urlparse(url).hostname or url
    except ValueError:
        return url


def document_html(
    doc: Document,
    convert: Convert = _identity,
    date_format: DateFormat = format_date,
    phrases: Phrases = ENGLISH,
) -> str:
    """The whole article (header and body) as an HTML fragment.

    The header comes first; then exactly one top-level HTML block element per document block,
    in order, so that a position in the shown text can be mapped back to its block.
    """
    if doc.error is not None:
        return error_html(doc, phrases)
    body = "".join(block_html(b, convert, phrases) for b in doc.blocks)
    return f"{header_html(doc, convert, date_format)}{body}"


def error_html(doc: Document, phrases: Phrases = ENGLISH) -> str:
    """The page shown for a file that cannot be read."""
    reason = escape(phrases.cannot_show, quote=False).replace(
        "{error}", escape(doc.error or "", quote=False)
    )
    return (
        f'<h1 class="title">{escape(doc.path.name, quote=False)}</h1>'
        f'<p class="error">{reason}</p>'
        f'<p class="meta">{escape(str(doc.path), quote=False)}</p>'
    )
