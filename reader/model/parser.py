"""Parsing a file into a :class:`Document`, whatever its shape; never raises for bad input."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

from reader.model.document import (
    Block,
    BlockKind,
    DateSource,
    Document,
    Span,
    error_document,
    make_document,
)
from reader.model.extract import extract_blocks, extract_title
from reader.model.htmlblocks import html_to_blocks, safe_href
from reader.model.posts import body_html, epoch_date, parse_date, split_post
from reader.model.script import detect_script
from reader.model.textio import UnreadableError, decode_bytes

#: Bump whenever parsing output changes: cached documents of another version are parsed again.
PARSER_VERSION = 1

DOCUMENT_SUFFIXES = frozenset({".md", ".markdown", ".txt", ".html", ".htm"})
MAX_BYTES = 32 * 1024 * 1024
_WS_RE = re.compile(r"\s+")


def _clean_title(value: object) -> str:
    return _WS_RE.sub(" ", str(value or "")).strip()


def _first_heading(blocks: tuple[Block, ...]) -> str:
    for block in blocks[:10]:
        if block.kind is BlockKind.HEADING and block.text.strip():
            return block.text.strip()
    return ""


def _drop_title_repeat(blocks: tuple[Block, ...], title: str) -> tuple[Block, ...]:
    """Drop a leading heading that only repeats the title (the header shows it)."""
    if blocks and blocks[0].kind is BlockKind.HEADING and _clean_title(blocks[0].text) == title:
        return blocks[1:]
    return blocks


def _text_date(blocks: tuple[Block, ...]) -> datetime | None:
    """The first date of a date line (日期2023年9月24日 –…) in an extract."""
    for block in blocks[:5]:
        if block.kind is BlockKind.META:
            match = re.search(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日", block.text)
            if match:
                try:
                    return datetime(int(match[1]), int(match[2]), int(match[3]), tzinfo=UTC)
                except ValueError:
                    return None
    return None


def _looks_like_post(text: str, suffix: str) -> bool:
    head = text.lstrip("\ufeff \t\r\n")[:4000]
    if head.startswith(("---", "+++", "<!--", "<")):
        return True
    if suffix in (".md", ".markdown", ".html", ".htm"):
        return True
    return bool(re.match(r"\s*\[[^\]]+\]\([^)]*\)\s*\n\s*(-{3,}|={3,})", head))


def parse_text(text: str, path: Path, mtime: float | None = None) -> Document:
    """Parse decoded text as the document at ``path``."""
    warnings: list[str] = []
    folder = path.parent
    if not text.strip():
        return error_document(path, "the file is empty")
    if _looks_like_post(text, path.suffix.lower()):
        post = split_post(text)
        warnings.extend(post.warnings)
        if not post.has_front_matter:
            warnings.append("no front matter")
        body = body_html(post.body)
        result = html_to_blocks(body.html, folder)
        blocks = result.blocks
        if result.removed:
            warnings.append("removed: " + ", ".join(result.removed))
        meta = post.meta
        title = _clean_title(meta.get("title"))
        if not title:
            title = _clean_title(body.link_title) or _first_heading(blocks)
            if title:
                warnings.append("title missing from front matter; taken from the body")
        if not title:
            title = path.stem
            warnings.append("title taken from the file name")
        blocks = _drop_title_repeat(blocks, title)
        date = parse_date(meta.get("date"))
        date_source = DateSource.FRONT_MATTER
        if date is None:
            if meta.get("date"):
                warnings.append(f"date {str(meta.get('date'))!r} not understood")
            date = epoch_date(post.body)
            date_source = DateSource.EPOCH_COMMENT
        author = _clean_title(meta.get("author"))
        source = str(meta.get("from") or meta.get("url") or meta.get("link") or body.link_url or "")
        raw_tags = meta.get("tags") or []
        tags = tuple(
            _clean_title(t)
            for t in (raw_tags if isinstance(raw_tags, list) else [raw_tags])
            if _clean_title(t)
        )
    else:
        blocks = extract_blocks(text)
        title, note = extract_title(blocks, path.stem)
        if note:
            warnings.append(note)
        blocks = (
            tuple(b for b in blocks if not (b.kind is BlockKind.PARAGRAPH and b.text == title))
            or blocks
        )
        date, date_source = _text_date(blocks), DateSource.TEXT
        author = source = ""
        tags = ()
    if date is None and mtime is not None:
        date = datetime.fromtimestamp(mtime, UTC)
        date_source = DateSource.FILE_TIME
        warnings.append("no date in the document; the file time is used")
    elif date is None:
        date_source = DateSource.NONE
    if date is not None and date.tzinfo is None and date_source is DateSource.FRONT_MATTER:
        warnings.append("date has no time zone; read as UTC")
        date = date.replace(tzinfo=UTC)
    if not any(b.text.strip() for b in blocks):
        blocks = (Block(BlockKind.PARAGRAPH, (Span(title),)),)
        warnings.append("the body is empty; the title is shown instead")
    if "\ufffd" in text:
        warnings.append("the text contains U+FFFD replacement characters (damaged bytes)")
    doc = make_document(
        path,
        title,
        blocks,
        date=date,
        date_source=date_source,
        author=author,
        source_url=safe_href(source) or "",
        tags=tags,
        warnings=tuple(warnings),
    )
    script = detect_script(title + "\n" + doc.text)
    return Document(
        path=doc.path, title=doc.title, date=doc.date, date_source=doc.date_source,
        author=doc.author, source_url=doc.source_url, tags=doc.tags, script=script,
        blocks=doc.blocks, warnings=doc.warnings, text=doc.text,
    )  # fmt: skip


def parse_bytes(data: bytes, path: Path, mtime: float | None = None) -> Document:
    """Parse a file's bytes; an unreadable file gives an error document."""
    if not data:
        return error_document(path, "the file is empty (0 bytes)")
    try:
        decoded = decode_bytes(data)
    except UnreadableError as exc:
        return error_document(path, str(exc))
    doc = parse_text(decoded.text, path, mtime)
    if decoded.warnings and doc.ok:
        return Document(
            path=doc.path, title=doc.title, date=doc.date, date_source=doc.date_source,
            author=doc.author, source_url=doc.source_url, tags=doc.tags, script=doc.script,
            blocks=doc.blocks, warnings=decoded.warnings + doc.warnings, text=doc.text,
            encoding=decoded.encoding,
        )  # fmt: skip
    return doc


def parse_file(path: Path) -> Document:
    """Read and parse one file; any failure becomes an error document with the reason."""
    try:
        stat = path.stat()
        if stat.st_size > MAX_BYTES:
            return error_document(path, f"the file is too large ({stat.st_size // 1_048_576} MB)")
        data = path.read_bytes()
    except PermissionError:
        return error_document(path, "permission denied")
    except IsADirectoryError:
        return error_document(path, "this is a folder, not a file")
    except FileNotFoundError:
        return error_document(path, "the file does not exist")
    except OSError as exc:
        return error_document(path, f"cannot read the file: {exc.strerror or exc}")
    return parse_bytes(data, path, stat.st_mtime)
