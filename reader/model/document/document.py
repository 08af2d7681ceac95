"""The document type: what a parsed file is, independent of how it is shown.

A document's body is a sequence of blocks (paragraphs, headings, list items, tables…) made of
spans of text. The *clean text* — the single source of truth for display conversion, search and
annotation anchoring — is derived from those blocks by :func:`blocks_text`, so every consumer sees
exactly the same characters at the same offsets.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from reader.model.document.problems import Problem
from reader.model.script.modes import Script
from reader.model.script.writing import Lang, detect_lang


class DateSource(enum.StrEnum):
    """Where a document's date came from."""

    FRONT_MATTER = "front-matter"
    EPOCH_COMMENT = "epoch-comment"
    TEXT = "text"
    FILE_TIME = "file-time"
    NONE = "none"


class SpanStyle(enum.StrEnum):
    """How a run of inline text is presented."""

    PLAIN = ""
    EMPHASIS = "em"
    STRONG = "strong"
    CODE = "code"
    CITATION = "citation"  # a reference mark such as [10], shown as a small superscript
    NOTE = "note"  # muted aside, e.g. leftover inter-language link text


class BlockKind(enum.StrEnum):
    """The structural role of a block."""

    PARAGRAPH = "p"
    HEADING = "h"
    LIST_ITEM = "li"
    QUOTE = "quote"
    PRE = "pre"
    TABLE = "table"
    IMAGE = "image"  # a placeholder for an image that is never fetched; spans hold the caption
    CAPTION = "caption"  # descriptive text about an image or media
    EMBED = "embed"  # a social-media/video embed shown as a link card
    RELATED = "related"  # a "further reading" link
    META = "meta"  # a date line or similar metadata found in the body
    RULE = "hr"


@dataclass(frozen=True, slots=True)
class Span:
    """A run of inline text with one style and an optional link target."""

    text: str
    style: SpanStyle = SpanStyle.PLAIN
    href: str | None = None


class CardKind(enum.StrEnum):
    """What an embed card stands for (its words are the renderer's, in the reader's language)."""

    QUOTE = "quote"  # a social post quoted with its text: "Twitter: …"
    POST = "post"  # a post without text: "Twitter post by @name"
    VIDEO = "video"  # an embedded player: "YouTube video: title"
    VIDEO_FILE = "video-file"  # a <video>: "Video: address"
    AUDIO_FILE = "audio-file"  # an <audio>: "Audio: address"


@dataclass(frozen=True, slots=True)
class Card:
    """The parts of an embed block that are not the document's text: the service, the kind of
    embed, the account and the link. The block's spans hold only what the document itself says
    (a quoted post's text, a player's title, a media address), so the clean text, annotations
    and search do not depend on the interface language."""

    kind: CardKind
    service: str = ""  # "Twitter", "YouTube"…; "" when unknown
    account: str = ""  # "@name" from a status address
    url: str | None = None


@dataclass(frozen=True, slots=True)
class Block:
    """One block of the article body.

    ``level`` is the heading level (1–6) for headings and the nesting depth for list items.
    ``ordinal`` is the number of an ordered list item (0 for unordered). ``rows`` holds a
    table's cells as span tuples; ``src`` an image's safe source (a ``data:`` URI or a local
    ``file:`` URL inside the document's folder), or ``""`` when only a placeholder is shown.
    """

    kind: BlockKind
    spans: tuple[Span, ...] = ()
    level: int = 0
    ordinal: int = 0
    rows: tuple[tuple[tuple[Span, ...], ...], ...] = ()
    src: str = ""
    card: Card | None = None  # embeds only
    lang: Lang = Lang.NONE  # detected from the text by make_document (Chinese, Latin-script)

    @property
    def text(self) -> str:
        """The block's clean text (table cells separated by tabs, rows by newlines)."""
        if self.kind is BlockKind.TABLE:
            return "\n".join(
                "\t".join("".join(s.text for s in cell) for cell in row) for row in self.rows
            )
        spans = self.spans
        if len(spans) == 1:
            return spans[0].text
        return "".join([s.text for s in spans])


def blocks_text(blocks: tuple[Block, ...]) -> str:
    """The clean text of a body: block texts joined by newlines."""
    return "\n".join(b.text for b in blocks)


@dataclass(frozen=True, slots=True)
class Document:
    """A parsed document.

    ``text`` is the original clean text (``blocks_text(blocks)``); ``error`` is set, with an
    empty body, when the file could not be read or parsed at all: in English (the command
    line's words), and as a reason code in ``problem`` (which the window translates).
    """

    path: Path
    title: str
    date: datetime | None = None
    date_source: DateSource = DateSource.NONE
    author: str = ""
    source_url: str = ""
    tags: tuple[str, ...] = ()
    script: Script = Script.NON_CHINESE
    blocks: tuple[Block, ...] = ()
    warnings: tuple[str, ...] = ()
    error: str | None = None
    encoding: str = "utf-8"
    text: str = field(default="", compare=False)
    problem: Problem | None = None

    @property
    def ok(self) -> bool:
        """Whether the document was read (it may still carry warnings)."""
        return self.error is None

    def to_json(self) -> dict[str, object]:
        """The JSON contract of ``reader show --format json`` (original script)."""
        if self.error is not None:
            return {"path": str(self.path), "error": self.error}
        return {
            "path": str(self.path),
            "title": self.title,
            "date": self.date.isoformat() if self.date else None,
            "author": self.author,
            "source_url": self.source_url,
            "tags": list(self.tags),
            "script": self.script.value,
            "text": self.text,
            "warnings": list(self.warnings),
        }


def make_document(
    path: Path,
    title: str,
    blocks: tuple[Block, ...],
    **fields: object,
) -> Document:
    """Build a document whose ``text`` is derived from its blocks, each block marked with the
    language it is written in."""
    marked = []
    texts = []
    for b in blocks:
        text = b.text
        texts.append(text)
        if b.lang is Lang.NONE:
            lang = detect_lang(text)
            if lang is not Lang.NONE:  # (dataclasses.replace costs more than the parse here)
                b = Block(b.kind, b.spans, b.level, b.ordinal, b.rows, b.src, b.card, lang)
        marked.append(b)
    return Document(path=path, title=title, blocks=tuple(marked), text="\n".join(texts), **fields)  # type: ignore[arg-type]


def error_document(path: Path, problem: Problem) -> Document:
    """A list entry for a file that cannot be read, carrying the reason."""
    return Document(path=path, title=path.name, error=problem.english, problem=problem)
