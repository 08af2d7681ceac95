"""Annotations out and in: Markdown for people, W3C Web Annotation JSON-LD for other tools.

The JSON-LD export is an ``AnnotationCollection`` whose ``items`` are ``Annotation`` objects:
``id`` (``urn:uuid:…``), ``created``/``modified``, a ``body`` list (a ``TextualBody`` with
purpose ``highlighting`` holding the colour name and, when there is a note, one with purpose
``commenting``), and a ``target`` whose ``source`` is the document's original URL when it has one,
else its ``file:`` URI, with a ``TextQuoteSelector`` and a ``TextPositionSelector``. The
document's title travels as ``dcterms:title`` on the target (declared in the ``@context``).

Import reads the same shape, checks every item before writing anything, and writes all of them
in one transaction: a bad file changes nothing. Items are matched by id, so importing a file
twice adds nothing the second time.
"""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from reader.model.annotations.anchoring import TextPositionSelector, TextQuoteSelector
from reader.model.annotations.annotation import (
    AnchoredAnnotation,
    Annotation,
    Colour,
    DocumentRecord,
    format_time,
    now,
    parse_time,
    with_document,
)
from reader.model.annotations.import_problems import (
    Field,
    ImportProblem,
    ImportReason,
    ItemError,
    ItemProblem,
    ItemReason,
)
from reader.model.annotations.store import AnnotationStore
from reader.model.document.document import Document
from reader.model.document.files import read_file
from reader.model.script.convert import converter_function
from reader.model.script.detect import detect_script
from reader.model.script.modes import DisplayMode
from reader.model.script.options import ScriptOptions

#: The largest annotation file imported.
MAX_IMPORT_BYTES = 64 * 1024 * 1024


def read_import_file(path: Path) -> str:
    """The text of an annotation file to import: a regular file (a FIFO or a device named
    here must not hang the reader), at most ``MAX_IMPORT_BYTES``, UTF-8 with or without BOM.

    Raises:
        OSError: it cannot be read, or is not a regular file, or is too large.
        UnicodeDecodeError: it is not UTF-8.
    """
    return read_file(path, MAX_IMPORT_BYTES, links_out=True).data.decode("utf-8-sig")


CONTEXT = ["http://www.w3.org/ns/anno.jsonld", {"dcterms": "http://purl.org/dc/terms/"}]


class AnnotationImportError(Exception):
    """A file that is not a usable W3C annotation export; nothing was imported.

    ``problem`` says why (the window words it); ``str(exc)`` is its English.
    """

    def __init__(self, problem: ImportProblem) -> None:
        super().__init__(problem.english)
        self.problem = problem


@dataclass(frozen=True, slots=True)
class ImportResult:
    """How many annotations an import added, updated (they were newer) or left as they were."""

    added: int
    updated: int
    unchanged: int


def source_of(record: DocumentRecord) -> str:
    """A document's annotation target: its original URL, else its ``file:`` URI."""
    if record.source_url:
        return record.source_url
    return Path(record.path).absolute().as_uri() if record.path else ""


# --- Markdown ---------------------------------------------------------------------------------

_MD_SPECIAL = str.maketrans({c: "\\" + c for c in "\\`*_[]<>#|"})


def _md(text: str) -> str:
    return text.translate(_MD_SPECIAL)


def markdown(
    entries: Sequence[tuple[DocumentRecord, Sequence[Annotation | AnchoredAnnotation]]],
    mode: DisplayMode = DisplayMode.ORIGINAL,
    options: ScriptOptions | None = None,
) -> str:
    """Annotations as Markdown: per document its title, source link, then each quote as a block
    quote with its note. Titles and quotes are shown in ``mode`` (with ``options``: vocabulary,
    台/臺, personal rules); notes stay as the user wrote them. Anchored annotations that are
    orphans are marked as such."""
    parts = ["# Annotations\n"]
    for record, items in entries:
        if not items:
            continue
        anns = [i.annotation if isinstance(i, AnchoredAnnotation) else i for i in items]
        sample = record.title + "\n" + "\n".join(a.quote.exact for a in anns)
        conv: Callable[[str], str] = converter_function(
            mode, detect_script(sample), options=options
        )
        title = conv(record.title) or Path(record.path).name or record.source_url
        parts.append(f"## {_md(title)}\n")
        source = source_of(record)
        if source:
            parts.append(f"<{source}>\n")
        for item in items:
            ann = item.annotation if isinstance(item, AnchoredAnnotation) else item
            quote = "\n".join("> " + _md(line) for line in conv(ann.quote.exact).split("\n"))
            parts.append(quote + "\n")
            if ann.note:
                parts.append(ann.note.strip() + "\n")
            meta = f"*{ann.colour.value} · {ann.created.strftime('%Y-%m-%d %H:%M')} UTC"
            if isinstance(item, AnchoredAnnotation) and item.anchor.orphan:
                meta += " · not found in the current text"
            parts.append(meta + "*\n")
    if len(parts) == 1:
        parts.append("No annotations.\n")
    return "\n".join(parts)


# --- W3C Web Annotation JSON-LD ---------------------------------------------------------------


def annotation_json(ann: Annotation, record: DocumentRecord) -> dict[str, Any]:
    """One annotation as a W3C Web Annotation."""
    body: list[dict[str, str]] = [
        {"type": "TextualBody", "purpose": "highlighting", "value": ann.colour.value}
    ]
    if ann.note:
        body.append(
            {
                "type": "TextualBody",
                "purpose": "commenting",
                "value": ann.note,
                "format": "text/plain",
            }
        )
    body.extend({"type": "TextualBody", "purpose": "tagging", "value": tag} for tag in ann.tags)
    target: dict[str, Any] = {"source": source_of(record)}
    if record.title:
        target["dcterms:title"] = record.title
    target["selector"] = [
        {
            "type": "TextQuoteSelector",
            "exact": ann.quote.exact,
            "prefix": ann.quote.prefix,
            "suffix": ann.quote.suffix,
        },
        {"type": "TextPositionSelector", "start": ann.position.start, "end": ann.position.end},
    ]
    return {
        # Another tool's annotation keeps that tool's id, so that importing it back there
        # updates it instead of adding a copy.
        "id": ann.external_id or f"urn:uuid:{ann.id}",
        "type": "Annotation",
        "motivation": "commenting" if ann.note else "highlighting",
        "created": format_time(ann.created),
        "modified": format_time(ann.modified),
        "body": body,
        "target": target,
    }


def w3c_collection(
    entries: Sequence[tuple[DocumentRecord, Sequence[Annotation | AnchoredAnnotation]]],
) -> dict[str, Any]:
    """An ``AnnotationCollection`` of the given documents' annotations, all on its first (and
    only) ``AnnotationPage``, the shape the Web Annotation model gives and other tools read."""
    items = [
        annotation_json(a.annotation if isinstance(a, AnchoredAnnotation) else a, record)
        for record, anns in entries
        for a in anns
    ]
    return {
        "@context": CONTEXT,
        "type": "AnnotationCollection",
        "label": "Tongwen Reader annotations",
        "total": len(items),
        "first": {"type": "AnnotationPage", "startIndex": 0, "items": items},
    }


def document_entry(
    store: AnnotationStore, doc: Document
) -> tuple[DocumentRecord, list[AnchoredAnnotation]] | None:
    """A document's record and its annotations anchored in its current text, if it has any."""
    record = store.find_document(doc)
    anchored = store.anchored(doc) if record is not None else []
    return (record, anchored) if record is not None and anchored else None


def library_entries(store: AnnotationStore) -> list[tuple[DocumentRecord, list[Annotation]]]:
    """Every annotated document with its annotations (in stored order)."""
    return [(record, store.annotations(record.id)) for record in store.documents()]


# --- import -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Item:
    """One annotation read from an import file, and the document its target names."""

    annotation: Annotation
    source_url: str
    path: str
    title: str
    dated: bool  # the file gave a modified/created time (else an existing copy is kept)


def _as_list(value: object) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _types(obj: dict[str, Any]) -> list[Any]:
    return _as_list(obj.get("type", obj.get("@type")))


def _annotation_id(raw: object) -> tuple[str, str]:
    """Our id for an imported annotation, and the other tool's id to keep ("" for ours)."""
    if not isinstance(raw, str) or not raw.strip():
        raise ItemError(ItemReason.NO_ID)
    raw = raw.strip()
    if raw.lower().startswith("urn:uuid:"):
        try:
            return str(uuid.UUID(raw[9:])), ""
        except ValueError:
            raise ItemError(ItemReason.BAD_UUID, None, repr(raw)) from None
    # Another tool's id (an http IRI, say): a stable UUID derived from it, so a second import
    # of the same file matches the first; the original is kept and exported again.
    return str(uuid.uuid5(uuid.NAMESPACE_URL, raw)), raw


# SQLite stores 64-bit integers; no text is anywhere near this long.
_MAX_OFFSET = 2**62


def _int(value: object, what: Field) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ItemError(ItemReason.NOT_WHOLE, what)
    if not -_MAX_OFFSET < value < _MAX_OFFSET:
        raise ItemError(ItemReason.TOO_LARGE, what)
    return value


def _text(value: str, what: Field) -> str:
    """``value`` if it can be stored: text with a lone surrogate (JSON's "\\ud800") cannot."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ItemError(ItemReason.LONE_SURROGATE, what) from None
    return value


def _parse_item(obj: object) -> _Item:
    if not isinstance(obj, dict):
        raise ItemError(ItemReason.NOT_OBJECT)
    if "Annotation" not in _types(obj):
        raise ItemError(ItemReason.NOT_ANNOTATION)
    ann_id, external_id = _annotation_id(obj.get("id", obj.get("@id")))
    targets = _as_list(obj.get("target"))
    if not targets or not isinstance(targets[0], dict):
        raise ItemError(ItemReason.NO_TARGET)
    target = targets[0]
    source = target.get("source")
    if not isinstance(source, str) or not urlsplit(source).scheme:
        raise ItemError(ItemReason.NO_SOURCE)
    quote: TextQuoteSelector | None = None
    position: TextPositionSelector | None = None
    for sel in _as_list(target.get("selector")):
        if not isinstance(sel, dict):
            raise ItemError(ItemReason.SELECTOR_NOT_OBJECT)
        kinds = _types(sel)
        if "TextQuoteSelector" in kinds:
            exact, prefix, suffix = sel.get("exact"), sel.get("prefix", ""), sel.get("suffix", "")
            if not isinstance(exact, str) or not exact:
                raise ItemError(ItemReason.NO_EXACT)
            if not isinstance(prefix, str) or not isinstance(suffix, str):
                raise ItemError(ItemReason.AFFIX_NOT_TEXT)
            quote = TextQuoteSelector(
                _text(exact, Field.QUOTE), _text(prefix, Field.PREFIX), _text(suffix, Field.SUFFIX)
            )
        elif "TextPositionSelector" in kinds:
            start = _int(sel.get("start"), Field.START)
            end = _int(sel.get("end"), Field.END)
            if not 0 <= start < end:
                raise ItemError(ItemReason.NOT_RANGE, None, str(start), str(end))
            position = TextPositionSelector(start, end)
    if quote is None:
        raise ItemError(ItemReason.NO_QUOTE)
    if position is None:
        # Without a position the quote is searched for from the start of the text.
        position = TextPositionSelector(0, len(quote.exact))
    colour = Colour.YELLOW
    notes: list[str] = []
    tags: list[str] = []
    for body in _as_list(obj.get("body")):
        if isinstance(body, str):
            notes.append(body)
            continue
        if not isinstance(body, dict):
            raise ItemError(ItemReason.BAD_BODY)
        value = body.get("value", "")
        if not isinstance(value, str):
            raise ItemError(ItemReason.BODY_NOT_TEXT)
        purposes = _as_list(body.get("purpose"))
        if "highlighting" in purposes and value in Colour.__members__.values():
            colour = Colour(value)
        elif "tagging" in purposes:
            if value.strip() and value.strip() not in tags:
                tags.append(value.strip())
        elif value and "highlighting" not in purposes:
            notes.append(value)
    try:
        created_raw, modified_raw = obj.get("created"), obj.get("modified")
        created = parse_time(created_raw) if isinstance(created_raw, str) else now()
        modified = parse_time(modified_raw) if isinstance(modified_raw, str) else created
    except ValueError as exc:
        if "outside" in str(exc):
            raise ItemError(ItemReason.TIME_OUTSIDE) from None
        raise ItemError(ItemReason.TIME_NOT_ISO) from None
    title = target.get("dcterms:title", "")
    if not isinstance(title, str):
        title = ""
    if source.lower().startswith("file:"):
        # urllib.request costs ~20 ms of start-up (http, ssl, email); only imports need it.
        from urllib.request import url2pathname

        path = url2pathname(urlsplit(source).path)
        url = ""
        title = title or Path(path).stem
    else:
        path, url = "", source
    ann = Annotation(
        ann_id, 0, colour, _text("\n\n".join(notes), Field.NOTE), created, modified, quote,
        position, _text(external_id, Field.ID), tuple(_text(t, Field.TAG) for t in tags),
    )  # fmt: skip
    url, path, title = (
        _text(url, Field.SOURCE),
        _text(path, Field.SOURCE),
        _text(title, Field.TITLE),
    )
    dated = isinstance(modified_raw, str) or isinstance(created_raw, str)
    return _Item(ann, url, path, title, dated)


def parse_collection(data: str) -> list[_Item]:
    """The annotations of a W3C export (collection, list or single annotation), all checked.

    Raises:
        AnnotationImportError: not JSON, not that shape, or an item is unusable (all reasons).
    """
    try:
        doc = json.loads(data)
    except json.JSONDecodeError as exc:
        raise AnnotationImportError(
            ImportProblem(ImportReason.NOT_JSON, (exc.msg, str(exc.lineno), str(exc.colno)))
        ) from None
    except RecursionError:
        raise AnnotationImportError(ImportProblem(ImportReason.NESTED_TOO_DEEPLY)) from None
    if isinstance(doc, dict) and "AnnotationCollection" in _types(doc):
        raw_items: Any = doc.get("items", doc.get("first", {}))
        if isinstance(raw_items, dict):  # a collection with an embedded first page
            raw_items = raw_items.get("items", [])
        if not isinstance(raw_items, list):
            raise AnnotationImportError(ImportProblem(ImportReason.NO_ITEMS))
    elif isinstance(doc, dict) and "Annotation" in _types(doc):
        raw_items = [doc]
    elif isinstance(doc, list):
        raw_items = doc
    else:
        raise AnnotationImportError(ImportProblem(ImportReason.NOT_W3C))
    items: list[_Item] = []
    problems: list[tuple[int, ItemProblem]] = []
    for i, obj in enumerate(raw_items, 1):
        try:
            items.append(_parse_item(obj))
        except ItemError as exc:
            problems.append((i, exc.problem))
    if problems:
        raise AnnotationImportError(ImportProblem.bad_items(problems))
    ids = [it.annotation.id for it in items]
    if len(set(ids)) != len(ids):
        raise AnnotationImportError(ImportProblem(ImportReason.SAME_ID_TWICE))
    return items


IMPORT_BATCH = 200
"""Annotations written per transaction by an import: the database is held for a few
milliseconds at a time, so the window highlighting meanwhile never waits long for it."""


def import_w3c(store: AnnotationStore, data: str) -> ImportResult:
    """Import a W3C Web Annotation export; annotations are matched by id.

    The whole file is read and checked first: a file with any unusable item imports nothing.
    It is then written in batches of :data:`IMPORT_BATCH`; if writing fails part-way (a full
    disk), the batches before stay, each annotation whole, and importing the file again adds
    the rest (what is there already is recognised by its id).

    Raises:
        AnnotationImportError: the file is not usable; nothing was imported.
        sqlite3.Error: writing failed; the batches before were kept.
    """
    items = parse_collection(data)
    counts = {"added": 0, "updated": 0, "unchanged": 0}
    for first in range(0, len(items), IMPORT_BATCH):
        with store.transaction() as db:
            for item in items[first : first + IMPORT_BATCH]:
                doc_id = store.record_for_source(db, item.source_url, item.path, item.title)
                outcome = store.put(
                    db, with_document(item.annotation, doc_id), only_if_new=not item.dated
                )
                counts[outcome] += 1
        time.sleep(0.002)  # a moment free for the window's own changes
    return ImportResult(**counts)
