"""Parsing a file into a :class:`Document`, whatever its shape; never raises for bad input."""

from __future__ import annotations

import html
import re
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import unquote, urlparse

from reader.model.document.document import (
    Block,
    BlockKind,
    DateSource,
    Document,
    Span,
    error_document,
    make_document,
)
from reader.model.document.files import MAX_BYTES, RefusedFileError, read_file
from reader.model.document.problems import UNTITLED, Problem, Reason
from reader.model.document.textio import UnreadableError, decode_bytes

# The parser's version and the suffixes it reads live in their own module (bump it there):
# the library index and its scan read them without importing the parser.
from reader.model.document.version import DOCUMENT_SUFFIXES as DOCUMENT_SUFFIXES
from reader.model.document.version import PARSER_VERSION as PARSER_VERSION

# The HTML and front-matter modules (bs4/lxml, Markdown, python-frontmatter: ~130 ms of imports)
# are imported where a file is actually parsed, so that a start with everything cached never
# loads them; so are the extract's and the script detector's (their patterns and tables: ~15 ms).

_WS_RE = re.compile(r"\s+")


def _clean_title(value: object) -> str:
    # Feed archives copy titles and authors from HTML: "&quot;", "&amp;" and "&#38;" are entities.
    return _WS_RE.sub(" ", html.unescape(str(value or ""))).strip()


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


def _post_date(value: object, body: str) -> tuple[datetime | None, DateSource, list[str]]:
    """A post's date: the front matter ``date:``, else the ``<!--epoch ms-->`` comment.

    Returns the date, where it came from and warnings saying what was guessed or repaired.
    A date-only value stays at midnight in UTC (the header then shows the day alone); a time
    without a zone is read as UTC.
    """
    from reader.model.document.posts import epoch_date, parse_date

    notes: list[str] = []
    date = parse_date(value)
    epoch = epoch_date(body)
    if date is not None:
        if date.tzinfo is None:
            if (date.hour, date.minute, date.second, date.microsecond) != (0, 0, 0, 0):
                notes.append("the date has no time zone; read as UTC")
            date = date.replace(tzinfo=UTC)
        if epoch is not None and abs((epoch - date).total_seconds()) >= 3600:
            hours = abs((epoch - date).total_seconds()) / 3600
            notes.append(
                f"the <!--epoch--> comment differs from date: by {hours:.0f} h; date: is used"
            )
        return date, DateSource.FRONT_MATTER, notes
    if value not in (None, ""):
        notes.append(f"date {str(value)!r} not understood")
    if epoch is not None:
        notes.append("date taken from the <!--epoch--> comment")
        return epoch, DateSource.EPOCH_COMMENT, notes
    return None, DateSource.NONE, notes


_DATE_LINE_RE = re.compile(
    r"^\s*(?:日期|發佈日期|发布日期|發布時間|发布时间|Date)\s*[:：]\s*(.{6,60})$"
)


def _body_date(blocks: tuple[Block, ...]) -> tuple[datetime | None, tuple[Block, ...]]:
    """The date of a ``日期：Sat, 13 Jun 2020 08:38:34 +0000`` line at the top of a post body
    (RFC 2822, as feeds write dates, or ISO 8601), and the blocks with that line made a date
    line (META) instead of a paragraph."""
    from email.utils import parsedate_to_datetime

    from reader.model.document.posts import parse_date

    for i, block in enumerate(blocks[:5]):
        if block.kind not in (BlockKind.PARAGRAPH, BlockKind.META):
            continue
        match = _DATE_LINE_RE.match(block.text)
        if not match:
            continue
        value = match[1].strip()
        try:
            date: datetime | None = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            date = parse_date(value)
        if date is None:
            continue
        if date.tzinfo is None:
            date = date.replace(tzinfo=UTC)
        meta = Block(BlockKind.META, block.spans)
        return date, (*blocks[:i], meta, *blocks[i + 1 :])
    return None, blocks


_DATE_PREFIX_RE = re.compile(r"^\d{4}-\d\d-\d\d[-_ ]*")
_SENTENCE_RE = re.compile(r"[。！？!?；;]|\.\s")


def _fallback_title(blocks: tuple[Block, ...], path: Path, url: str) -> tuple[str, str]:
    """A title for a post that has none anywhere, and a warning saying where it came from."""
    for block in blocks[:6]:
        if block.kind in (BlockKind.PARAGRAPH, BlockKind.QUOTE) and block.text.strip():
            text = block.text.strip()
            match = _SENTENCE_RE.search(text)
            first = text[: match.start() + 1] if match and match.start() > 0 else text
            title = first[:60].rstrip() + ("…" if len(first) > 60 else "")
            return title, "no title anywhere; the first sentence is used"
    stem = _DATE_PREFIX_RE.sub("", path.stem).strip(" -_")
    if stem:
        return stem, "title taken from the file name"
    slug = unquote(urlparse(url).path.rstrip("/").rpartition("/")[2]) if url else ""
    slug = re.sub(r"\.(html?|php|aspx?)$", "", slug)
    if slug and not slug.isdigit():
        words = re.sub(r"[-_]+", " ", slug).strip()
        return words[:1].upper() + words[1:], "no title anywhere; taken from the source address"
    return UNTITLED, "no title anywhere"


def _looks_like_post(text: str, suffix: str) -> bool:
    head = text.lstrip("\ufeff \t\r\n")[:4000]
    if head.startswith(("---", "+++", "<!--", "<")):
        return True
    if suffix in (".md", ".markdown", ".html", ".htm"):
        return True
    return bool(re.match(r"\s*\[[^\]]+\]\([^)]*\)\s*\n\s*(-{3,}|={3,})", head))


def parse_text(text: str, path: Path, mtime: float | None = None) -> Document:
    """Parse decoded text as the document at ``path``."""
    from reader.model.document.extract import extract_blocks, extract_title
    from reader.model.document.html_blocks import FLATTENED, html_to_blocks, safe_href
    from reader.model.document.posts import body_html, split_post
    from reader.model.script.detect import detect_script

    warnings: list[str] = []
    folder = path.parent
    # Windows (CRLF) and old Mac (CR) line ends: front matter fences, Markdown and plain-text
    # paragraphs are all found by their line breaks.
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        return error_document(path, Problem(Reason.EMPTY))
    if _looks_like_post(text, path.suffix.lower()):
        post = split_post(text)
        warnings.extend(post.warnings)
        is_page = path.suffix.lower() in (".html", ".htm")
        if not post.has_front_matter and not is_page:
            warnings.append("no front matter")
        body = body_html(post.body)
        if body.warning:
            warnings.append(body.warning)
        result = html_to_blocks(body.html, folder)
        blocks = result.blocks
        if result.removed:
            warnings.append("removed: " + ", ".join(result.removed))
        if result.flattened:
            warnings.append(FLATTENED)
        meta = post.meta
        title = _clean_title(meta.get("title"))
        if not title and body.link_title.strip():
            title = _clean_title(body.link_title)
            warnings.append("title taken from the [title](url) heading of the body")
        if not title and result.page_title and is_page:
            title = _clean_title(result.page_title)
        if not title:
            title = _first_heading(blocks)
            if title:
                warnings.append("title missing from front matter; taken from the first heading")
        if not title:
            title, note = _fallback_title(
                blocks, path, body.link_url or str(meta.get("from") or "")
            )
            warnings.append(note)
        blocks = _drop_title_repeat(blocks, title)
        date, date_source, date_notes = _post_date(meta.get("date"), post.body)
        warnings.extend(date_notes)
        if date is None:
            date, blocks = _body_date(blocks)
            if date is not None:
                date_source = DateSource.TEXT
                warnings.append("date taken from the date line in the text")
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
        title, extract_note = extract_title(blocks, path.stem)
        if extract_note:
            warnings.append(extract_note)
        blocks = (
            tuple(b for b in blocks if not (b.kind is BlockKind.PARAGRAPH and b.text == title))
            or blocks
        )
        date, date_source = _text_date(blocks), DateSource.TEXT
        if date is not None:
            warnings.append("date taken from the date line in the text")
        author = source = ""
        tags = ()
    if date is None and mtime is not None:
        date = datetime.fromtimestamp(mtime, UTC)
        date_source = DateSource.FILE_TIME
        warnings.append("no date in the document; the file's modification time is used")
    elif date is None:
        date_source = DateSource.NONE
        warnings.append("no date in the document")
    if not any(b.text.strip() for b in blocks) and title == UNTITLED:
        # Nothing at all to show: no body text in English words the window would translate.
        blocks = ()
        warnings.append("the body is empty")
    elif not any(b.text.strip() for b in blocks):
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


def unexpected(exc: BaseException) -> str:
    """An unexpected failure in a few words: its kind and, if short, its message."""
    message = str(exc)
    kind = type(exc).__name__
    return f"{kind}: {message}" if message and len(message) <= 120 else kind


def parse_bytes(data: bytes, path: Path, mtime: float | None = None) -> Document:
    """Parse a file's bytes; an unreadable file gives an error document."""
    if not data:
        return error_document(path, Problem(Reason.ZERO_BYTES))
    try:
        decoded = decode_bytes(data)
    except UnreadableError:
        return error_document(path, Problem(Reason.BINARY))
    try:
        doc = parse_text(decoded.text, path, mtime)
    except Exception as exc:  # noqa: BLE001 - one pathological file must not stop the rest
        return error_document(path, Problem(Reason.NOT_LAID_OUT, unexpected(exc)))
    if doc.ok:
        return Document(
            path=doc.path, title=doc.title, date=doc.date, date_source=doc.date_source,
            author=doc.author, source_url=doc.source_url, tags=doc.tags, script=doc.script,
            blocks=doc.blocks, warnings=decoded.warnings + doc.warnings, text=doc.text,
            encoding=decoded.encoding,
        )  # fmt: skip
    return doc


def parse_file(path: Path) -> Document:
    """Read and parse one file; any failure becomes an error document with the reason.

    The file is read by :func:`~reader.model.document.files.read_file`: regular files only,
    links only to files in their own folder, at most ``MAX_BYTES``.
    """
    try:
        got = read_file(path, MAX_BYTES)
    except RefusedFileError as exc:
        return error_document(path, exc.problem)
    except PermissionError:
        return error_document(path, Problem(Reason.PERMISSION))
    except IsADirectoryError:
        return error_document(path, Problem(Reason.FOLDER))
    except FileNotFoundError:
        return error_document(path, Problem(Reason.MISSING))
    except OSError as exc:
        return error_document(path, Problem(Reason.CANNOT_READ, str(exc.strerror or exc)))
    return parse_bytes(got.data, path, got.mtime)
