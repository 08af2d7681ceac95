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
from reader.model.script.writing import Glyphs, Lang, detect_lang, glyphs_for


@dataclass(frozen=True, slots=True)
class DocumentDisplay:
    """A document as shown in one mode: title, clean text with its map, and the pane's HTML.

    ``glyphs`` are the forms its Chinese characters show in (SC, TC, HK: from the display
    script, not the system's language); ``latin`` says that it is mostly Latin-script text
    (an English article), which the pane sets with a Latin measure.
    """

    mode: DisplayMode
    title: DisplayText
    text: DisplayText
    html: str
    options: ScriptOptions = DEFAULT_OPTIONS
    glyphs: Glyphs = Glyphs.TC
    latin: bool = False


def is_latin_document(doc: Document) -> bool:
    """Whether most of the document's text is in Latin-script blocks (by characters)."""
    latin = chinese = 0
    for block in doc.blocks:
        if block.lang is Lang.LATIN:
            latin += len(block.text)
        elif block.lang is Lang.CHINESE:
            chinese += len(block.text)
    if latin == chinese == 0:
        return detect_lang(doc.title) is Lang.LATIN
    return latin > chinese


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
    glyphs = glyphs_for(mode, doc.script)
    return DocumentDisplay(
        mode, title, text, html, options=options, glyphs=glyphs, latin=is_latin_document(doc)
    )


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
