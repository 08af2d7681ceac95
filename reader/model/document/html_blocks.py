"""Turning untrusted article HTML into clean blocks.

Nothing in the HTML is run or fetched: scripts, styles and frames are dropped with their
content, images become placeholders (only ``data:`` URIs and files inside the document's own
folder are kept), embeds become link cards, and ad slots, tracking pixels and the feed footer
are removed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlparse

from reader.model.document.block_passes import tidy_blocks
from reader.model.document.document import Block, BlockKind, Card, CardKind, Span, SpanStyle
from reader.model.document.embeds import EMBED_CLASS_RE, account, embed_service, watch_url
from reader.model.document.html_tree import (
    PI,
    Element,
    flat_text,
    get_text,
    has_text,
    is_element,
    parse_html,
    pi_text,
    spaced,
)
from reader.model.document.white_space import (
    WS_RE,
    collapse_one,
    tidy_spans,
)
from reader.model.script.writing import detect_lang

_DROP = frozenset(
    {
        "script", "style", "iframe", "noscript", "template", "object", "embed", "form",
        "button", "input", "select", "textarea", "svg", "canvas", "head", "title", "meta",
        "link", "map", "frame", "frameset", "applet", "base", "param", "source", "track",
    }
)  # fmt: skip
_CONTAINERS = frozenset(
    {
        "p", "div", "section", "article", "header", "footer", "main", "aside", "figure",
        "center", "body", "html", "dl", "dt", "dd", "address", "nav", "li", "details",
        "summary", "fieldset", "caption", "tbody", "tr",
    }
)  # fmt: skip
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_INLINE_STYLE = {
    "em": SpanStyle.EMPHASIS,
    "i": SpanStyle.EMPHASIS,
    "cite": SpanStyle.EMPHASIS,
    "strong": SpanStyle.STRONG,
    "b": SpanStyle.STRONG,
    "code": SpanStyle.CODE,
    "kbd": SpanStyle.CODE,
    "tt": SpanStyle.CODE,
    "sup": SpanStyle.CITATION,
}
# The elements with a handling of their own in the walk (the rest are containers or inline).
_SPECIAL = frozenset(
    {
        *_INLINE_STYLE, *_HEADINGS, "a", "br", "ul", "ol", "blockquote", "pre", "table", "img",
        "video", "audio", "figcaption", "hr",
    }
)  # fmt: skip
_AD_RE = re.compile(
    r"(^|[\s_-])(ad|ads|adslot|advert|advertisement|banner|sponsor|dfp)([\s_-]|$)", re.I
)
_SAFE_SCHEMES = ("http", "https", "mailto")


# The common shape of a safe link: http, https or mailto, "//" and a host of plain ASCII with no
# brackets, then anything. urlparse finds that scheme in it and has nothing to refuse (it refuses
# only a host with one bracket, or one whose non-ASCII letters expand to a delimiter), so such a
# link is taken without it (urlparse was a third of a post's link checks). re.ASCII: "ſ" must
# not match "s" as it would under a Unicode IGNORECASE.
_PLAIN_SAFE_RE = re.compile(
    r"(?:https?|mailto)://[!\"$-.0->@-Z\\^-~]*(?:[/?#].*)?", re.IGNORECASE | re.ASCII | re.DOTALL
)
# What urlparse takes for a scheme when nothing before it is a tab or line break (it removes
# those first): a letter, then letters, digits, "+", "-" or ".", up to the first colon.
_SCHEME_RE = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:")


def safe_href(href: str | None) -> str | None:
    """A link target that may be offered to the user, or None (javascript:, data:, file:…)."""
    if not href:
        return None
    href = href.strip()
    if _PLAIN_SAFE_RE.fullmatch(href):
        return href
    return parsed_safe_href(href)


def parsed_safe_href(href: str) -> str | None:
    """:func:`safe_href` of a stripped ``href`` by urlparse's reading of it (every link)."""
    try:
        scheme = urlparse(href).scheme.lower()
    except ValueError:
        return None
    return href if scheme in _SAFE_SCHEMES else None


_MIN_DATA_IMAGE = 200  # characters of a data: URI; a 1×1 GIF or PNG takes under 120
# Raster types only: an SVG can name other files (<image href="/private.png">) and the pane
# would read them; it becomes the placeholder with its alt text.
_RASTER_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".gif", ".webp"})
_RASTER_DATA = ("data:image/png", "data:image/jpeg", "data:image/jpg", "data:image/gif",
                "data:image/webp")  # fmt: skip


def local_image(src: str, folder: Path | None) -> str:
    """A safe source for an image, or ``""``: raster ``data:`` images and regular files inside
    ``folder`` only (the pane decodes only PNG, JPEG, GIF and WebP, sniffed from the bytes)."""
    src = src.strip()
    if src.lower().startswith("data:"):
        if not src.lower().startswith(_RASTER_DATA):
            return ""
        # A tiny data: image is a lazy-loading spacer (a 1×1 GIF), not the picture: show the
        # placeholder with the alt text instead.
        return src if len(src) >= _MIN_DATA_IMAGE else ""
    if folder is None or not src or _SCHEME_RE.match(src):
        return ""  # an address with a scheme is never a file of the folder
    try:
        parsed = urlparse(src)
    except ValueError:
        return ""
    if parsed.scheme or parsed.netloc or src.startswith("/"):
        return ""
    try:
        root = folder.resolve()
        target = (root / unquote(parsed.path)).resolve()
    except (OSError, ValueError):
        return ""
    if not target.is_relative_to(root) or target.suffix.lower() not in _RASTER_SUFFIXES:
        return ""
    if not target.is_file():
        return ""
    return target.as_uri()


@dataclass
class _Builder:
    """Accumulates blocks while the HTML tree is walked."""

    folder: Path | None
    blocks: list[Block] = field(default_factory=list)
    spans: list[Span] = field(default_factory=list)
    kind: BlockKind = BlockKind.PARAGRAPH
    level: int = 0
    ordinal: int = 0
    removed: set[str] = field(default_factory=set)
    flattened: bool = False  # some markup was nested beyond MAX_DEPTH
    used: set[Element] = field(default_factory=set)  # elements already taken (media titles)

    def text(self, text: str, style: SpanStyle, href: str | None) -> None:
        spans = self.spans
        if spans and spans[-1].style == style and spans[-1].href == href:
            spans[-1] = Span(spans[-1].text + text, style, href)
        else:
            spans.append(Span(text, style, href))

    def flush(self) -> None:
        if not self.spans:
            return
        spans = tidy_spans(self.spans)
        self.spans = []
        if spans:
            # Its language as make_document marks it, now: it would build the block again.
            text = spans[0].text if len(spans) == 1 else "".join([s.text for s in spans])
            lang = detect_lang(text)
            self.blocks.append(Block(self.kind, spans, self.level, self.ordinal, lang=lang))

    def add(self, block: Block) -> None:
        self.flush()
        self.blocks.append(block)


# Whether a pattern is found in an attribute's value, by pattern and value: a site's templates
# give the same classes, ids and styles in post after post (a dict lookup instead of a search).
_FOUND: dict[tuple[re.Pattern[str], str], bool] = {}
_MAX_FOUND = 50_000
_MAX_FOUND_VALUE = 200  # characters: a longer value (a whole inline style sheet) is searched


def _matches(pattern: re.Pattern[str], value: str) -> bool:
    """Whether ``pattern`` is found in ``value`` (remembered)."""
    key = (pattern, value)
    found = _FOUND.get(key)
    if found is None:
        found = pattern.search(value) is not None
        if len(_FOUND) < _MAX_FOUND and len(value) <= _MAX_FOUND_VALUE:
            _FOUND[key] = found
    return found


def _classes(tag: Element) -> str:
    return f"{tag.get('class') or ''} {tag.get('id') or ''}"


def _is_ad(tag: Element, attrib: Any) -> bool:
    """Whether ``tag`` (with these attributes) is an empty ad slot."""
    classes = attrib.get("class")
    name = attrib.get("id")
    if not (classes or name):  # most elements with attributes: a link, an image
        return False
    return _matches(_AD_RE, f"{classes or ''} {name or ''}") and not has_text(tag)


_HIDDEN_CLASS_RE = re.compile(
    r"(^|\s)(off-?screen|visually-hidden|sr-only|screen-reader-text|sharing-screen-reader-text)"
    r"(\s|$)",
    re.I,
)
_DISPLAY_NONE_RE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)


def _is_hidden(tag: Element, attrib: Any = None) -> bool:
    """Text no sighted reader sees: screen-reader-only labels ("Image caption", "图片版权"),
    ``hidden`` elements and inline ``display: none`` (``attrib``: the element's attributes,
    when the caller has them)."""
    if attrib is None:
        attrib = tag.attrib
    if not attrib:
        return False
    if "hidden" in attrib:
        return True
    style = attrib.get("style")
    if style and _matches(_DISPLAY_NONE_RE, style):
        return True
    classes = attrib.get("class")
    return bool(classes and _matches(_HIDDEN_CLASS_RE, classes))


def _is_pixel(tag: Element) -> bool:
    def small(name: str) -> bool:
        value = str(tag.get(name) or "").strip().rstrip("px")
        return value.isdigit() and int(value) <= 2

    return small("width") and small("height")


def _inline_text(tag: Element) -> str:
    # No space is added between inline elements (<b>王</b>明 is 王明), one between blocks.
    return collapse_one(_flat_text(tag)).strip()


def _cell_spans(cell: Element) -> tuple[Span, ...]:
    text = _inline_text(cell)
    # Header cells are bold, as browsers show them (the text is the same either way).
    style = SpanStyle.STRONG if cell.tag.lower() == "th" else SpanStyle.PLAIN
    return (Span(text, style),) if text else ()


#: Elements nested deeper than this are not walked one by one: their text is taken flat (a
#: real article nests a few dozen deep; a hostile one thousands, which would exhaust the stack).
MAX_DEPTH = 100
FLATTENED = "markup nested too deeply to lay out; its text is kept, its structure flattened"
_FLAT_INLINE = frozenset({*_INLINE_STYLE, "a"})


def _flat_text(tag: Element) -> str:
    """The text under ``tag`` as one run, without recursion; dropped and hidden elements
    (scripts, styles…) stay out, and block elements are separated by a space."""
    return flat_text(tag, _DROP, _FLAT_INLINE, _is_hidden)


def _elements(tag: Element, name: str | tuple[str, ...]) -> list[Element]:
    """The child elements of ``tag`` with one of these names."""
    names = (name,) if isinstance(name, str) else name
    return [c for c in tag if is_element(c) and c.tag.lower() in names]


def _descendants(tag: Element, name: str) -> list[Element]:
    """The elements below ``tag`` named ``name``, in document order."""
    return [e for e in tag.iterdescendants() if is_element(e) and e.tag.lower() == name]


class _Walker:
    """Walks a parsed HTML tree and fills a builder (at most :data:`MAX_DEPTH` deep)."""

    def __init__(self, builder: _Builder) -> None:
        self.b = builder
        self.depth = 0

    def walk(
        self, node: Element, style: SpanStyle = SpanStyle.PLAIN, href: str | None = None
    ) -> None:
        text = node.text
        if text:
            self.b.text(spaced(text), style, href)
        self.nodes(node, style, href)

    def nodes(self, nodes: Iterable[Element], style: SpanStyle, href: str | None) -> None:
        """Walk ``nodes`` (the children of an element) and the text after each."""
        b = self.b
        for child in nodes:
            tag = child.tag
            if tag.__class__ is str:
                # element(), without a call of its own for each element (or a second read of
                # its name: lxml makes the string again each time)
                if self.depth >= MAX_DEPTH:
                    self.flat(child, style, href)
                else:
                    self.depth += 1
                    try:
                        self._element(child, tag.lower(), style, href)
                    finally:
                        self.depth -= 1
            elif tag is PI:
                b.text(pi_text(child), style, href)
            tail = child.tail
            if tail:
                b.text(spaced(tail), style, href)

    def flat(self, tag: Element, style: SpanStyle, href: str | None) -> None:
        """An element below :data:`MAX_DEPTH`: its text, flat."""
        text = _flat_text(tag)
        if text.strip():
            self.b.text(text, style, href)
        self.b.flattened = True

    def _element(self, tag: Element, name: str, style: SpanStyle, href: str | None) -> None:
        b = self.b
        if b.used and tag in b.used:
            return
        if name == "iframe":
            self.frame(tag)
            return
        if name in _DROP:
            b.removed.add(name)
            return
        attrib = tag.attrib
        if attrib:
            if _is_ad(tag, attrib):
                b.removed.add("ad slot")
                return
            if _is_hidden(tag, attrib):
                b.removed.add("hidden text")
                return
        if name not in _SPECIAL:
            # Most elements (p, div, span…): a container or inline markup, unless its class
            # makes it a caption, as for the special elements below but the earlier ones.
            if attrib and "picinfo" in _classes(tag):
                self.block(tag, BlockKind.CAPTION)
            elif name in _CONTAINERS:
                b.flush()
                self.walk(tag, style, href)
                b.flush()
            else:
                self.walk(tag, style, href)
            return
        if name in _INLINE_STYLE:
            self.walk(tag, _INLINE_STYLE[name] if style is SpanStyle.PLAIN else style, href)
        elif name == "a":
            target = safe_href(str(tag.get("href") or ""))
            if "moreArticle-link" in _classes(tag) and target:
                b.add(Block(BlockKind.RELATED, (Span(_inline_text(tag), href=target),)))
            else:
                self.walk(tag, style, target)
        elif name == "br":
            b.flush()
        elif name in _HEADINGS:
            self.block(tag, BlockKind.HEADING, _HEADINGS[name])
        elif name in ("ul", "ol"):
            self.list(tag, name == "ol")
        elif name == "blockquote":
            self.blockquote(tag)
        elif name == "pre":
            b.add(Block(BlockKind.PRE, (Span(get_text(tag).strip("\n"), SpanStyle.CODE),)))
        elif name == "table":
            self.table(tag)
        elif name == "img":
            self.image(tag)
        elif name in ("video", "audio"):
            self.media(tag, name)
        elif name == "figcaption" or (attrib and "picinfo" in _classes(tag)):
            self.block(tag, BlockKind.CAPTION)
        elif name == "hr":
            b.add(Block(BlockKind.RULE))

    def block(self, tag: Element, kind: BlockKind, level: int = 0, ordinal: int = 0) -> None:
        b = self.b
        b.flush()
        saved = (b.kind, b.level, b.ordinal)
        b.kind, b.level, b.ordinal = kind, level, ordinal
        self.walk(tag)
        b.flush()
        b.kind, b.level, b.ordinal = saved

    def list(self, tag: Element, ordered: bool) -> None:
        depth = self.b.level + 1 if self.b.kind is BlockKind.LIST_ITEM else 1
        number = 0
        for item in _elements(tag, "li"):
            number += 1
            self.block(item, BlockKind.LIST_ITEM, depth, number if ordered else 0)
        if number == 0:
            self.walk(tag)

    def blockquote(self, tag: Element) -> None:
        cls = _classes(tag)
        links = [safe_href(str(a.get("href") or "")) for a in _descendants(tag, "a")]
        urls = [u for u in links if u]
        service = next((embed_service(u) for u in reversed(urls) if embed_service(u)), None)
        text = _inline_text(tag)
        # An embed is marked by its class (twitter-tweet, instagram-media, fb-xfbml…) or is a
        # short quote ending in a link to the service; a long quotation that merely mentions a
        # YouTube link stays a quotation.
        marked = bool(EMBED_CLASS_RE.search(cls))
        short_with_link = service is not None and len(text) <= 400
        if marked or short_with_link:
            url = next((u for u in reversed(urls) if embed_service(u)), urls[-1] if urls else None)
            kind = CardKind.QUOTE if text else CardKind.POST
            card = Card(kind, service or "", "" if text else account(url), url)
            spans = (Span(text, href=url),) if text else ()
            self.b.add(Block(BlockKind.EMBED, spans, card=card))
            return
        self.block(tag, BlockKind.QUOTE)

    def frame(self, tag: Element) -> None:
        """An ``<iframe>`` is never loaded: a video/social embed becomes a link card."""
        self.b.removed.add("iframe")
        src = str(tag.get("src") or tag.get("data-src") or "").strip()
        if src.startswith("//"):
            src = "https:" + src
        url = safe_href(src)
        service = embed_service(url) if url else None
        if url is None or service is None:
            return
        url = watch_url(url)
        title = WS_RE.sub(" ", str(tag.get("title") or "")).strip()
        kind = CardKind.VIDEO if service in ("YouTube", "Vimeo") else CardKind.POST
        spans = (Span(title, href=url),) if title else ()
        self.b.add(Block(BlockKind.EMBED, spans, card=Card(kind, service, "", url)))

    def table(self, tag: Element) -> None:
        rows: list[tuple[tuple[Span, ...], ...]] = []
        for tr in _descendants(tag, "tr"):
            if _nearest(tr, "table") is not tag:
                continue
            cells = tuple(_cell_spans(c) for c in _elements(tr, ("td", "th")))
            if any(cells):
                rows.append(cells)
        if rows:
            self.b.add(Block(BlockKind.TABLE, rows=tuple(rows)))

    def media_title(self, tag: Element) -> str:
        """A player's title: its ``title``/``aria-label``, or the short line under it (which is
        then used up, not repeated as a paragraph)."""
        own = WS_RE.sub(" ", str(tag.get("title") or tag.get("aria-label") or "")).strip()
        if own:
            return own
        caption = _caption_after(tag)
        if caption is None:
            return ""
        self.b.used.add(caption)
        return _inline_text(caption)

    def image(self, tag: Element) -> None:
        if _is_pixel(tag):
            self.b.removed.add("tracking pixel")
            return
        alt = WS_RE.sub(" ", str(tag.get("alt") or tag.get("title") or "")).strip()
        src = local_image(str(tag.get("src") or ""), self.b.folder)
        self.b.add(Block(BlockKind.IMAGE, (Span(alt),) if alt else (), src=src))

    def media(self, tag: Element, name: str) -> None:
        src = str(tag.get("src") or "")
        if not src:
            sources = _descendants(tag, "source")
            src = str(sources[0].get("src") or "") if sources else ""
        url = safe_href(src)
        kind = CardKind.VIDEO_FILE if name == "video" else CardKind.AUDIO_FILE
        title = self.media_title(tag) or (_file_name(url) if url else "")
        spans = (Span(title, href=url),) if title else ()
        self.b.add(Block(BlockKind.EMBED, spans, card=Card(kind, url=url)))
        self.b.removed.add(name)


def _nearest(tag: Element, name: str) -> Element | None:
    """The nearest ancestor of ``tag`` named ``name``."""
    for parent in tag.iterancestors():
        if is_element(parent) and parent.tag.lower() == name:
            return parent
    return None


def _file_name(url: str) -> str:
    """The last part of an address's path, decoded ("clip.mp4"), or "" when it has none."""
    try:
        path = urlparse(url).path
    except ValueError:
        return ""
    return unquote(path.rstrip("/").rpartition("/")[2])


# A media title under the player, as VOA writes it: <div><small style="color:#999">…</small></div>.
_MAX_MEDIA_TITLE = 200


def _caption_after(tag: Element) -> Element | None:
    """The element right after a player that holds only a short ``<small>`` line, if any."""
    nxt = tag.getnext()
    while nxt is not None and not is_element(nxt):
        nxt = nxt.getnext()
    if nxt is None or nxt.tag.lower() not in ("div", "p"):
        return None
    smalls = _descendants(nxt, "small")
    small = smalls[0] if smalls else None
    text = _inline_text(nxt)
    if small is None or not text or len(text) > _MAX_MEDIA_TITLE or _inline_text(small) != text:
        return None
    return nxt


@dataclass(frozen=True, slots=True)
class HtmlResult:
    """Blocks extracted from HTML and notes on what was removed."""

    blocks: tuple[Block, ...]
    removed: tuple[str, ...]
    page_title: str = ""  # the <title> of a whole HTML page
    flattened: bool = False  # markup nested beyond MAX_DEPTH was taken as flat text


def _first(root: Element, name: str) -> Element | None:
    """The first element named ``name`` in the tree of ``root``, itself included (libxml2's
    HTML parser gives every element its name in lower case: lxml's own search, in C, finds
    it; a walk in Python over a fragment without a ``<head>`` was 5% of its HTML's work)."""
    return next(root.iter(name), None)


def html_to_blocks(html: str, folder: Path | None = None) -> HtmlResult:
    """Extract the readable blocks of an HTML fragment or page."""
    root = parse_html(html)
    builder = _Builder(folder)
    page_title = ""
    if root is not None:
        head = _first(root, "head")
        title_tag = (
            next((e for e in _descendants(head, "title")), None) if head is not None else None
        )
        page_title = WS_RE.sub(" ", get_text(title_tag)).strip() if title_tag is not None else ""
        body = _first(root, "body")
        walker = _Walker(builder)
        if body is not None:
            walker.walk(body)
        else:
            # No body (a page of only a head): everything at the top of the document.
            top = [*reversed(list(root.itersiblings(preceding=True))), root]
            walker.nodes([*top, *root.itersiblings()], SpanStyle.PLAIN, None)
    builder.flush()
    blocks = [
        b
        for b in builder.blocks
        # Rules, images and embed cards show something even without text of their own.
        if b.kind in (BlockKind.RULE, BlockKind.IMAGE) or b.card is not None or b.text.strip()
    ]
    blocks, footer = tidy_blocks(blocks)
    if footer:
        builder.removed.add("feed footer")
    return HtmlResult(tuple(blocks), tuple(sorted(builder.removed)), page_title, builder.flattened)
