"""Rendering a document to the HTML of the article pane (and of ``reader show --format html``).

Only text is ever converted between scripts: markup, URLs and preformatted/code text are kept as
they are. Every piece of document text is escaped; nothing from the document becomes markup.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from html import escape

from reader.model.article.dates import format_date as format_date  # re-exported
from reader.model.article.dates import is_date_only as is_date_only
from reader.model.document.document import (
    Block,
    BlockKind,
    Card,
    CardKind,
    Document,
    Span,
    SpanStyle,
)
from reader.model.document.problems import UNTITLED, Problem
from reader.model.script.writing import Lang, detect_lang, has_han, latin_runs

Convert = Callable[[str], str]


def _english(problem: Problem) -> str:
    return problem.english


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
    untitled: str = UNTITLED  # the title of a document with no title anywhere
    describe: Callable[[Problem], str] = _english  # why a file cannot be shown

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


def _marked_latin(text: str) -> str:
    """``text`` escaped, its Latin-script runs in ``<span class="latin">`` (a Latin font: ’ “ ”
    as Latin punctuation, not the full-width glyphs of the CJK font around them)."""
    out: list[str] = []
    pos = 0
    for start, end in latin_runs(text):
        out.append(escape(text[pos:start], quote=False))
        out.append(f'<span class="latin">{escape(text[start:end], quote=False)}</span>')
        pos = end
    out.append(escape(text[pos:], quote=False))
    return "".join(out)


def _span_html(span: Span, convert: Convert, latin: bool) -> str:
    text = span.text if span.style is SpanStyle.CODE else convert(span.text)
    # In a Chinese block, Latin words are marked for their font; a Latin block has it already.
    out = (
        escape(text, quote=False) if latin or span.style is SpanStyle.CODE else _marked_latin(text)
    )
    if span.style is SpanStyle.EMPHASIS:
        # Chinese fonts have no italics, and Qt's synthetic slant makes CJK text harder to
        # read: emphasis on Chinese text is shown upright (class "em"), on Latin text in italics.
        out = f'<span class="em">{out}</span>' if has_han(text) else f"<i>{out}</i>"
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


def _spans_html(spans: tuple[Span, ...], convert: Convert, latin: bool = False) -> str:
    return "".join(_span_html(s, convert, latin) for s in spans)


def _justified(block: Block) -> bool:
    """Whether a Chinese block is justified: not when it holds Latin words with a space between
    them. Qt justifies a line by widening its spaces alone when it has any, so a name such as
    "Stephen Biegun" would be torn apart ("Stephen　　Biegun"); such a block is ragged right
    (Chinese lines, all of one character width, still end within a character of the edge)."""
    text = block.text
    return not any(" " in text[start:end] for start, end in latin_runs(text))


def _lang_attr(lang: Lang) -> str:
    """The class and ``lang`` attributes of a Latin-script block ("" for any other)."""
    return f' class="latin" lang="{lang.value}"' if lang is Lang.LATIN else ""


def block_html(block: Block, convert: Convert = _identity, phrases: Phrases = ENGLISH) -> str:
    """The HTML of one block.

    A Latin-script block (``block.lang``) is marked ``class="latin"`` (the pane sets it in a
    Latin font, ragged right, with a Latin line height); Chinese blocks are justified, their
    Latin words marked one by one.
    """
    latin = block.lang is Lang.LATIN
    inner = _spans_html(block.spans, convert, latin)
    marked = _lang_attr(block.lang)
    kind = block.kind
    if kind is BlockKind.HEADING:
        level = min(max(block.level, 2), 4)
        return f"<h{level}{marked}>{inner}</h{level}>"
    if kind is BlockKind.LIST_ITEM:
        marker = f"{block.ordinal}." if block.ordinal else "•"
        indent = 1.2 * max(block.level, 1)
        cls = "li latin" if latin else "li"
        lang = f' lang="{block.lang.value}"' if latin else ""
        return (
            f'<p class="{cls}"{lang} style="margin-left:{indent:.1f}em">{marker}&nbsp;{inner}</p>'
        )
    if kind is BlockKind.QUOTE:
        if latin or not _justified(block):
            return f"<blockquote{marked}>{inner}</blockquote>"
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
    if latin or not _justified(block):
        # Ragged right: justifying Latin text in a narrow column opens wide gaps between words.
        return f"<p{marked}>{inner}</p>"
    # Justified like printed Chinese text (an attribute: Qt ignores text-align in style sheets).
    return f'<p align="justify">{inner}</p>'


def header_html(
    doc: Document,
    convert: Convert = _identity,
    date_format: DateFormat = format_date,
    phrases: Phrases = ENGLISH,
) -> str:
    """The article header: title, date, author/source and the source link.

    ``date_format`` lets the window show the date in the reader's locale.
    """
    title = phrases.untitled if doc.title == UNTITLED else convert(doc.title)
    if detect_lang(title) is Lang.LATIN:
        parts = [
            f'<h1 class="title latin" lang="{Lang.LATIN.value}">{escape(title, quote=False)}</h1>'
        ]
    else:
        parts = [f'<h1 class="title">{_marked_latin(title)}</h1>']
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
    return f"{header_html(doc, convert, date_format, phrases)}{body}"


def _reason(doc: Document, phrases: Phrases) -> str:
    if doc.problem is None:
        return doc.error or ""
    try:
        return phrases.describe(doc.problem)
    except (KeyError, IndexError, ValueError):  # a broken translation
        return doc.problem.english


def error_html(doc: Document, phrases: Phrases = ENGLISH) -> str:
    """The page shown for a file that cannot be read."""
    reason = escape(phrases.cannot_show, quote=False).replace(
        "{error}", escape(_reason(doc, phrases), quote=False)
    )
    return (
        f'<h1 class="title">{escape(doc.path.name, quote=False)}</h1>'
        f'<p class="error">{reason}</p>'
        f'<p class="meta">{escape(str(doc.path), quote=False)}</p>'
    )
