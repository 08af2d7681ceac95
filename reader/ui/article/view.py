"""The article pane: a read-only QTextBrowser that never navigates and never fetches.

It also remembers where the reader left off in each document (see
:class:`reader.model.article.positions.ReadingPositions`) and is styled by
:class:`reader.ui.article.reading_prefs.ReadingPrefs` (theme, text size, typography).
"""

from __future__ import annotations

import base64
import binascii
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote_to_bytes

from PySide6.QtCore import QPoint, Qt, QTimer, QUrl, Signal, Slot
from PySide6.QtGui import (
    QAction,
    QColor,
    QDesktopServices,
    QImage,
    QPalette,
    QResizeEvent,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QTextBrowser, QTextEdit, QWidget
from typing_extensions import override

from reader.model.article.positions import ReadingPosition, ReadingPositions
from reader.model.document.files import read_file
from reader.model.script.mapped import DisplayText
from reader.model.script.writing import Glyphs
from reader.ui.article.pane_map import PaneMap
from reader.ui.article.reading_prefs import DEFAULT_POINT_SIZE, Theme, style_sheet
from reader.ui.article.script_fonts import MEASURE_EM, FontChoice, measure_em, typography_sheet
from reader.ui.plain import ask

if TYPE_CHECKING:
    from reader.ui.article.reading_prefs import ReadingPrefs

# The one style sheet used until reading preferences are attached (tests, the first paint).
STYLE_SHEET = style_sheet(Theme.LIGHT, DEFAULT_POINT_SIZE)

# How long scrolling must pause before the position is written down.
_SAVE_DELAY_MS = 400


_MAX_DATA_BYTES = 8 * 1024 * 1024
_MAX_IMAGE_FILE_BYTES = 32 * 1024 * 1024


def raster_format(data: bytes) -> str | None:
    """The raster format of image bytes by their magic number (PNG, JPEG, GIF, WebP), or None.

    Only these are ever decoded, and as the format sniffed, whatever a name or a MIME type
    says: an SVG (which Qt would render, reading every file its ``<image href>`` names, or
    blocking on ``/dev/stdin``) or any other format is never handed to an image reader.
    """
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "PNG"
    if data.startswith(b"\xff\xd8\xff"):
        return "JPEG"
    if data.startswith((b"GIF87a", b"GIF89a")):
        return "GIF"
    if len(data) >= 12 and data.startswith(b"RIFF") and data[8:12] == b"WEBP":
        return "WEBP"
    return None


def raster_image(data: bytes) -> QImage | None:
    """``data`` decoded as the raster format it is, or None (any other format, damaged)."""
    kind = raster_format(data)
    if kind is None:
        return None
    # PySide6 takes the format as str (its stubs say bytes, which it refuses).
    image = QImage.fromData(data, kind)  # type: ignore[arg-type]
    return None if image.isNull() else image


def _file_image(path: Path, folder: Path) -> QImage | None:
    """The raster image in the regular file ``path`` inside ``folder``, or None."""
    try:
        target = path.resolve()
    except (OSError, ValueError, RuntimeError):
        return None
    if not target.is_relative_to(folder):
        return None
    try:
        # Regular files only (a FIFO or a device is refused on the open handle), bounded.
        data = read_file(target, _MAX_IMAGE_FILE_BYTES).data
    except OSError:
        return None
    return raster_image(data)


def _refused_image() -> QImage:
    """What a refused image is drawn as: one transparent pixel (the placeholder text, made by
    the parser, says what it was)."""
    image = QImage(1, 1, QImage.Format.Format_ARGB32)
    image.fill(0)
    return image


def _data_image(url: str) -> QImage | None:
    """The raster image in a ``data:image/…`` URL, or None (SVG or another format, damaged,
    too large)."""
    header, sep, payload = url.partition(",")
    if not sep or not header.lower().startswith("data:image/"):
        return None
    if len(payload) > _MAX_DATA_BYTES * 4 // 3 + 4:
        return None
    try:
        if header.lower().endswith(";base64"):
            data = base64.b64decode(unquote_to_bytes(payload), validate=False)
        else:
            data = unquote_to_bytes(payload)
    except (ValueError, binascii.Error):
        return None
    return raster_image(data)


def page_html(html: str) -> str:
    """The pane's page around an article fragment.

    White space is kept as the document has it (``pre-wrap``): the parser has already
    collapsed what HTML would collapse, and Qt's own collapsing would turn meaningful spaces
    (U+3000 ideographic space, hair spaces) into plain ones and break the position map.
    """
    return f'<html><body style="white-space:pre-wrap">{html}</body></html>'


def unjustify(document: QTextDocument) -> None:
    """Set the justified paragraphs of ``document`` ragged (aligned to the start of the line).

    The renderer justifies with the ``align`` attribute (Qt's style sheets ignore
    ``text-align``), so the reader's "no justification" is applied to the laid-out blocks;
    only formats change, never the text, so every position stays where it was.
    """
    cursor = QTextCursor(document)
    block = document.begin()
    while block.isValid():
        fmt = block.blockFormat()
        if fmt.alignment() & Qt.AlignmentFlag.AlignJustify:
            fmt.setAlignment(Qt.AlignmentFlag.AlignLeft)
            cursor.setPosition(block.position())
            cursor.setBlockFormat(fmt)
        block = block.next()


class ArticleView(QTextBrowser):
    """Shows one article.

    Links are not followed: an external one opens the system browser on confirmation.
    Resources are never fetched: only images are loaded, only raster ones (PNG, JPEG, GIF,
    WebP), only from ``data:`` URLs and regular files in the document's folder; every name
    asked for is kept in ``requested_resources`` (for tests and diagnosis).
    """

    link_activated = Signal(QUrl)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setReadOnly(True)
        self._prefs_sheet = STYLE_SHEET
        self._font_choice = FontChoice()
        self._glyphs = Glyphs.TC
        self._latin = False
        self._point_size = DEFAULT_POINT_SIZE
        self.document().setDefaultStyleSheet(self.style_sheet())
        self.document().setDocumentMargin(24)
        self._folder: Path | None = None
        self._html = ""
        self.pane_map: PaneMap | None = None
        self._quiet_scroll = False
        self._layers: dict[str, list[QTextEdit.ExtraSelection]] = {}
        self._key: str | None = None
        self._positions: ReadingPositions | None = None
        self._measure_px = 760
        self._measure_em = MEASURE_EM
        self._justify = True
        self.confirm_links = True
        self.requested_resources: list[str] = []
        # Entries other parts add to the pane's context menu, after Copy (copy with citation).
        self.context_actions: list[QAction] = []
        self.anchorClicked.connect(self._on_anchor_clicked)
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(_SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save_position)
        self.verticalScrollBar().valueChanged.connect(self._on_scroll_value_changed)

    # ----- content -----
    def show_html(
        self,
        html: str,
        folder: Path | None,
        key: str | None = None,
        text: DisplayText | None = None,
        header_blocks: int = 0,
        glyphs: Glyphs = Glyphs.TC,
        latin: bool = False,
    ) -> None:
        """Show an article's HTML; ``folder`` is the only place local images may come from.

        ``key`` names the document (its path) for remembering the reading position: showing
        the same key again (e.g. in another script) keeps the place, a new key goes to where
        the reader left off in it last time, or to the top. ``text`` is the body's display text
        (with its map to the original) that the HTML shows after ``header_blocks`` header
        elements: given, positions are kept as original clean-text offsets (``pane_map``), and
        on the same key the reader's selection stays on the same original text. ``glyphs``
        chooses the CJK fonts (the display script's forms); ``latin`` the measure of a mostly
        Latin-script article.
        """
        self.save_position()
        if (glyphs, latin) != (self._glyphs, self._latin):
            self._glyphs, self._latin = glyphs, latin
            self.document().setDefaultStyleSheet(self.style_sheet())
            self._update_measure()
        self.requested_resources.clear()
        same = key is not None and key == self._key
        here = self.current_position() if same else None
        kept = self._selected_original() if same else None
        self._folder = folder.resolve() if folder else None
        self._key = key
        self._html = html
        # Layers go before the page does: their cursors would otherwise follow every edit
        # setHtml makes (thousands of find hits made it ten times slower).
        self._layers.clear()
        self.setExtraSelections([])
        self._set_html(html)
        self.pane_map = None
        if text is not None:
            body = self.document().findBlockByNumber(header_blocks)
            start = body.position() if body.isValid() else self.document().characterCount()
            self.pane_map = PaneMap.build(self.document(), text, start)
        if kept is not None:
            self._select_original(*kept)
        if here is None and key is not None and self._positions is not None:
            here = self._positions.get(key)
        if here is not None:
            self.restore_position(here)

    def _selected_original(self) -> tuple[int, int, bool] | None:
        """The reader's selection as an original range (and whether it was made backwards)."""
        cursor = self.textCursor()
        if not cursor.hasSelection() or self.pane_map is None:
            return None
        found = self.pane_map.original_range(cursor.selectionStart(), cursor.selectionEnd())
        if found is None or found[0] >= found[1]:
            return None
        return found[0], found[1], cursor.anchor() > cursor.position()

    def _select_original(self, start: int, end: int, backwards: bool) -> None:
        """Select the pane text that shows the original ``[start, end)``."""
        qt = self.pane_map.qt_range(start, end) if self.pane_map is not None else None
        if qt is None:
            return
        cursor = QTextCursor(self.document())
        anchor, position = (qt[1], qt[0]) if backwards else qt
        cursor.setPosition(anchor)
        cursor.setPosition(position, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)

    def reveal(self, start: int, end: int) -> bool:
        """Scroll to the original text ``[start, end)`` and select it, in any display script.

        False when the range is empty or the pane cannot place it.
        """
        qt = self.pane_map.qt_range(start, end) if self.pane_map is not None else None
        if qt is None or qt[1] <= qt[0]:
            return False
        cursor = QTextCursor(self.document())
        cursor.setPosition(qt[0])
        cursor.setPosition(qt[1], QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()
        return True

    def _set_html(self, html: str) -> None:
        self._save_timer.stop()
        # The scroll bar's signals must not be blocked: QAbstractScrollArea moves the content on
        # valueChanged, and a silent change leaves the text drawn at the old offset.
        self._quiet_scroll = True
        try:
            self.setHtml(page_html(html))
            if not self._justify:
                unjustify(self.document())
        finally:
            self._quiet_scroll = False

    # ----- highlight layers -----
    def set_layer(self, name: str, selections: list[QTextEdit.ExtraSelection]) -> None:
        """Show ``selections`` as the layer ``name`` (e.g. "annotations", "find") over the text.

        Layers are drawn in the order they were first set; a later layer paints over an
        earlier one. Setting new HTML clears every layer.
        """
        self._layers[name] = list(selections)
        self.setExtraSelections([s for layer in self._layers.values() for s in layer])

    def layer(self, name: str) -> list[QTextEdit.ExtraSelection]:
        """The selections of layer ``name`` (empty if unset)."""
        return list(self._layers.get(name, []))

    @property
    def html(self) -> str:
        """The article fragment shown (without the page around it)."""
        return self._html

    @property
    def justified(self) -> bool:
        """Whether paragraphs are justified (the reader's choice)."""
        return self._justify

    @property
    def document_key(self) -> str | None:
        """The key (path) of the shown document, if given."""
        return self._key

    # ----- reading position -----
    def set_position_store(self, store: ReadingPositions | None) -> None:
        """Where reading positions are remembered (None: nowhere)."""
        self._positions = store

    def current_position(self) -> ReadingPosition:
        """The character offset at the top of the view and the scroll fraction."""
        bar = self.verticalScrollBar()
        fraction = bar.value() / bar.maximum() if bar.maximum() > 0 else 0.0
        offset = 0
        if bar.value() > 0:
            qt_pos = self.cursorForPosition(QPoint(0, 0)).position()
            mapped = self.pane_map.original_offset(qt_pos) if self.pane_map else None
            offset = qt_pos if mapped is None else mapped
        return ReadingPosition(offset, fraction)

    def restore_position(self, position: ReadingPosition) -> None:
        """Scroll so that ``position`` is at the top of the view."""
        bar = self.verticalScrollBar()
        self._quiet_scroll = True
        try:
            self.document().documentLayout().documentSize()  # lays the text out now
            last = max(0, self.document().characterCount() - 1)
            target: int | None = position.offset
            if self.pane_map is not None and position.offset > 0:
                target = self.pane_map.qt_position(self.pane_map.text.to_display(position.offset))
            if target is not None and 0 < target <= last:
                cursor = QTextCursor(self.document())
                cursor.setPosition(target)
                bar.setValue(0)
                bar.setValue(self.cursorRect(cursor).top())
            else:
                bar.setValue(round(position.fraction * bar.maximum()))
        finally:
            self._quiet_scroll = False

    @Slot()
    def save_position(self) -> None:
        """Write down the current document's position now."""
        self._save_timer.stop()
        if self._key is not None and self._positions is not None and self._html:
            self._positions.set(self._key, self.current_position())

    @Slot(int)
    def _on_scroll_value_changed(self, value: int) -> None:
        if self._quiet_scroll:
            return  # our own scrolling to a remembered place is not the reader moving on
        if self._key is not None and self._positions is not None:
            self._save_timer.start()

    # ----- style -----
    def apply_reading_prefs(self, prefs: ReadingPrefs) -> None:
        """Restyle with the reader's theme and text size, keeping the place in the text."""
        colors = prefs.colors()
        palette = self.palette()
        for role, color in (
            (QPalette.ColorRole.Base, colors.background),
            (QPalette.ColorRole.Window, colors.background),
            (QPalette.ColorRole.Text, colors.text),
            (QPalette.ColorRole.Link, colors.link),
        ):
            palette.setColor(role, QColor(color))
        self.setPalette(palette)
        self.setAutoFillBackground(True)
        self._prefs_sheet = prefs.style_sheet()
        self._font_choice = prefs.font_choice
        self._point_size = prefs.point_size
        self.document().setDefaultStyleSheet(self.style_sheet())
        font = self.document().defaultFont()
        font.setPointSize(prefs.point_size)
        self.document().setDefaultFont(font)
        self._justify = prefs.typography.justify
        self._measure_em = prefs.typography.measure
        self._update_measure()
        if self._html:
            here = self.current_position()
            self._set_html(self._html)
            self.restore_position(here)

    def style_sheet(self) -> str:
        """The pane's style sheet: the reading preferences' and the fonts of the shown text."""
        return self._prefs_sheet + typography_sheet(self._glyphs, self._font_choice)

    @property
    def glyphs(self) -> Glyphs:
        """The glyph forms (CJK fonts) the shown article is set in."""
        return self._glyphs

    def _update_measure(self) -> None:
        margin = 2 * round(self.document().documentMargin())
        em = measure_em(self._latin, self._measure_em)
        self._measure_px = round(em * self._point_size * self.logicalDpiY() / 72) + margin
        self._update_margins()

    # ----- safety -----
    @override
    def loadResource(self, type: int, name: QUrl | str) -> Any:
        url = name if isinstance(name, QUrl) else QUrl(str(name))
        self.requested_resources.append(url.toString()[:200])
        # What this returns must never be empty: on an empty answer QTextDocument loads the
        # resource itself — decodes a data: URL with every image plugin (SVG included, which
        # then reads the files its <image href> names) and opens any local name with QFile
        # (blocking on a FIFO). A refused image is a transparent pixel; anything else is "".
        if type != QTextDocument.ResourceType.ImageResource.value:
            return ""  # no style sheets, no markup: the page is ours and complete
        image: QImage | None = None
        try:
            if url.scheme() == "data":
                image = _data_image(url.toString(QUrl.ComponentFormattingOption.FullyEncoded))
            elif url.isLocalFile() and self._folder is not None:
                image = _file_image(Path(url.toLocalFile()), self._folder)
        except Exception:  # noqa: BLE001 - raised into Qt's C++ caller it aborts the process
            image = None
        # Anything else (remote, outside the folder, relative names Qt resolves itself): nothing.
        return image if image is not None else _refused_image()

    # ----- layout -----
    @override
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_margins()

    def _update_margins(self) -> None:
        spare = max(0, self.width() - self._measure_px)
        self.setViewportMargins(spare // 2, 0, spare - spare // 2, 0)

    # ----- links -----
    @Slot(QUrl)
    def _on_anchor_clicked(self, url: QUrl) -> None:
        self.link_activated.emit(url)
        if url.scheme() not in ("http", "https", "mailto"):
            return
        if self.confirm_links and not ask(
            self,
            self.tr("Open link"),
            self.tr("Open this link in your web browser?\n\n{url}").format(url=url.toString()),
        ):
            return
        QDesktopServices.openUrl(url)

    @property
    def text_document(self) -> QTextDocument:
        """The shown document (for tests and find)."""
        return self.document()
