"""A document as shown in one display mode: its title, its clean text with the position map,
and the pane's HTML, all from the same run conversions."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from functools import partial
from pathlib import Path

from reader.model.article.display_cache import ConversionCache, display_key
from reader.model.article.render import ENGLISH, Phrases, document_html
from reader.model.document.cache import DocumentCache
from reader.model.document.document import Block, BlockKind, Document, SpanStyle
from reader.model.script.mapped import DisplayText, RunConverter, display_text
from reader.model.script.modes import DisplayMode
from reader.model.script.options import DEFAULT_OPTIONS, ScriptOptions


@dataclass(frozen=True, slots=True)
class DocumentDisplay:
    """A document as shown in one mode: title, clean text with its map, and the pane's HTML."""

    mode: DisplayMode
    title: DisplayText
    text: DisplayText
    html: str
    options: ScriptOptions = DEFAULT_OPTIONS


def _block_display(block: Block, runs: RunConverter) -> DisplayText:
    # Mirrors render.py: code spans and preformatted blocks are never converted; every other
    # run is converted on its own, exactly as the pane shows it.
    if block.kind is BlockKind.PRE:
        return DisplayText.identity(block.text)
    if block.kind is BlockKind.TABLE:
        rows = (
            DisplayText.join(
                (
                    DisplayText.join(
                        DisplayText.identity(s.text)
                        if s.style is SpanStyle.CODE
                        else runs.mapped(s.text)
                        for s in cell
                    )
                    for cell in row
                ),
                "\t",
            )
            for row in block.rows
        )
        return DisplayText.join(rows, "\n")
    return DisplayText.join(
        DisplayText.identity(s.text) if s.style is SpanStyle.CODE else runs.mapped(s.text)
        for s in block.spans
    )


def document_display(
    doc: Document,
    mode: DisplayMode,
    render: Callable[[Document, Callable[[str], str]], str],
    options: ScriptOptions = DEFAULT_OPTIONS,
) -> DocumentDisplay:
    """Convert ``doc`` for ``mode`` with ``options``: its title, its clean text (with map) and
    its HTML.

    ``render(doc, convert)`` makes the pane's HTML (``render.document_html``); it is passed in
    so that the same run conversions serve both the HTML and the map.
    """
    runs = RunConverter(mode, doc.script, options=options)
    title = DisplayText.identity(doc.title) if doc.error else runs.mapped(doc.title)
    html = render(doc, runs)
    text = DisplayText.join((_block_display(b, runs) for b in doc.blocks), "\n")
    if text.original != doc.text:
        # The blocks and the stored text disagree (should not happen): map the text directly.
        text = display_text(doc.text, mode, doc.script, options=options)
    return DocumentDisplay(mode, title, text, html, options)


def render_article(
    cache: DocumentCache,
    path: Path,
    mode: DisplayMode,
    date_format: Callable[[datetime], str],
    displays: ConversionCache[DocumentDisplay] | None = None,
    phrases: Phrases = ENGLISH,
    options: ScriptOptions = DEFAULT_OPTIONS,
) -> tuple[Document, DocumentDisplay]:
    """The document at ``path`` and how it shows in ``mode`` with ``options`` (dates through
    ``date_format``).

    Conversions are kept in ``displays`` per (document, mode, options), so a repeat toggle only
    sets the pane.
    """
    doc = cache.get(path)

    def make() -> DocumentDisplay:
        return display_of(doc, mode, date_format, phrases, options)

    if displays is None:
        return doc, make()
    return doc, displays.get_or_create(display_key(doc, mode, options), make)


def display_of(
    doc: Document,
    mode: DisplayMode,
    date_format: Callable[[datetime], str],
    phrases: Phrases = ENGLISH,
    options: ScriptOptions = DEFAULT_OPTIONS,
) -> DocumentDisplay:
    """``doc`` as shown in ``mode`` with ``options``, with dates through ``date_format`` and the
    article's own words (image placeholders, embed cards) from ``phrases``."""
    return document_display(
        doc, mode, partial(_document_html, date_format=date_format, phrases=phrases), options
    )


def _document_html(
    doc: Document,
    convert: Callable[[str], str],
    date_format: Callable[[datetime], str],
    phrases: Phrases,
) -> str:
    return document_html(doc, convert, date_format, phrases)
