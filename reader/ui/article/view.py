"""The article pane: a read-only QTextBrowser that never navigates and never fetches.

It also remembers where the reader left off in each document (see
:class:`reader.model.article.positions.ReadingPositions`) and is styled by
:class:`reader.ui.article.reading_prefs.ReadingPrefs` (theme, text size, typography).
"""

from __future__ import annotations

import unicodedata
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QPoint, Qt, QTimer, QUrl, Signal, Slot
from PySide6.QtGui import (
    QAction,
    QColor,
    QDesktopServices,
    QImage,
    QKeyEvent,
    QPalette,
    QResizeEvent,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QStyle, QTextBrowser, QTextEdit, QWidget

from reader.model.article.positions import ReadingPosition, ReadingPositions
from reader.model.script.mapped import DisplayText
from reader.model.script.writing import Glyphs
from reader.ui.article.images import (
    data_image,
    file_image,
    refused_image,
)
from reader.ui.article.pane_map import PaneMap
from reader.ui.article.reading_prefs import DEFAULT_POINT_SIZE, Theme, style_sheet
from reader.ui.article.script_fonts import MEASURE_EM, FontChoice, measure_em, typography_sheet
from reader.ui.noop import override
from reader.ui.plain import ask
from reader.ui.viewports import text_browser_viewport

if TYPE_CHECKING:
    from reader.ui.article.reading_prefs import ReadingPrefs

# The column is never narrower than this many Chinese characters (when the window has room):
# the side panes shrink, then collapse, first (reader.ui.window.panes).
READABLE_EM = 20
# Lines the annotation panel gives way to: the article is read more than the panel is.
COMFORTABLE_EM = 30

# What the pane may ask of the window at most, whatever the text size: a minimum the window
# could not meet would push it past the screen.
_MAX_MINIMUM_PX = 420

# Where a revealed match (a search hit) is placed: this fraction of the pane from the top.
REVEAL_AT = 0.25

# How a revealed match is marked (without selecting it: a selection brings the highlight
# toolbar, which is for the reader's own selections).
_REVEAL_COLOUR = "#ffe28a"

# The one style sheet used until reading preferences are attached (tests, the first paint).
STYLE_SHEET = style_sheet(Theme.LIGHT, DEFAULT_POINT_SIZE)

# How long scrolling must pause before the position is written down.
_SAVE_DELAY_MS = 400


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
    #: (key, position) just before a jump (a search hit, an annotation, top or end): what a
    #: back step returns to.
    jumped = Signal(str, object)
    #: (key, position) of the document being replaced by another one.
    leaving = Signal(str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        text_browser_viewport(self)  # not Qt's: see reader.ui.viewports
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setReadOnly(True)
        # Tab moves to the next pane, not into the article's links (which would also scroll the
        # article to its first link); links are followed with the mouse.
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByMouse
        )
        self.setTabChangesFocus(True)
        self.setCursorWidth(2)
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
        self._readable_px = 400
        self._comfortable_px = 560
        # Where the reader is, as a text position: kept across every relayout (resizes, text
        # size, panes shown or hidden) instead of the scroll bar's pixels; None when the reader
        # scrolled since (then it is read from the pane before the next relayout).
        self._anchor: ReadingPosition | None = None
        self._relayouts = 0
        self._setting_html = False
        self._saved: tuple[str, ReadingPosition] | None = None  # written last
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
        if not same and self._key is not None and self._html:
            self.leaving.emit(self._key, self.current_position())
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
        else:
            self._anchor = ReadingPosition(0, 0.0)

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

    def reveal(self, start: int, end: int, *, select: bool = False) -> bool:
        """Scroll the original text ``[start, end)`` into the upper part of the pane (a quarter
        down), in any display script, and mark it; ``select`` also selects it (else the text
        cursor, the caret, is put at its start).

        False when the range is empty or the pane cannot place it.
        """
        qt = self.pane_map.qt_range(start, end) if self.pane_map is not None else None
        if qt is None or qt[1] <= qt[0]:
            return False
        cursor = QTextCursor(self.document())
        cursor.setPosition(qt[0])
        if select:
            cursor.setPosition(qt[1], QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        mark = QTextEdit.ExtraSelection()
        mark.cursor = QTextCursor(self.document())  # type: ignore[misc]
        mark.cursor.setPosition(qt[0])
        mark.cursor.setPosition(qt[1], QTextCursor.MoveMode.KeepAnchor)
        mark.format.setBackground(QColor(_REVEAL_COLOUR))
        mark.format.setForeground(QColor("#1f1f1f"))
        self.set_layer("reveal", [mark])
        self.scroll_to_qt(qt[0], REVEAL_AT)
        return True

    def scroll_to_qt(self, qt_pos: int, at: float = 0.0) -> None:
        """Scroll so that the line of pane position ``qt_pos`` is ``at`` (a fraction of the
        pane's height) from the top."""
        self.document().documentLayout().documentSize()  # lays the text out now
        cursor = QTextCursor(self.document())
        cursor.setPosition(max(0, min(qt_pos, self.document().characterCount() - 1)))
        bar = self.verticalScrollBar()
        top = bar.value() + self.cursorRect(cursor).top()
        bar.setValue(round(top - at * self.viewport().height()))

    # ----- jumps -----
    def mark_jump(self) -> None:
        """Say that the pane is about to jump elsewhere in the document (``jumped``)."""
        if self._key is not None and self._html:
            self.jumped.emit(self._key, self.current_position())

    def go_to_start(self) -> None:
        """The top of the article (Ctrl+Home)."""
        self.mark_jump()
        self.verticalScrollBar().setValue(0)
        self._move_caret(QTextCursor.MoveOperation.Start)

    def go_to_end(self) -> None:
        """The end of the article (Ctrl+End)."""
        self.mark_jump()
        self.document().documentLayout().documentSize()  # the whole text laid out: the real end
        bar = self.verticalScrollBar()
        bar.setValue(bar.maximum())
        self._move_caret(QTextCursor.MoveOperation.End)

    def _move_caret(self, where: QTextCursor.MoveOperation) -> None:
        cursor = self.textCursor()
        cursor.movePosition(where)
        self._quiet_scroll = True
        try:
            # The bar is where it should be; setting the cursor must not scroll it again.
            value = self.verticalScrollBar().value()
            self.setTextCursor(cursor)
            self.verticalScrollBar().setValue(value)
        finally:
            self._quiet_scroll = False

    def _set_html(self, html: str) -> None:
        self._save_timer.stop()
        # The scroll bar's signals must not be blocked: QAbstractScrollArea moves the content on
        # valueChanged, and a silent change leaves the text drawn at the old offset.
        self._quiet_scroll = self._setting_html = True
        try:
            self.setHtml(page_html(html))
            if not self._justify:
                unjustify(self.document())
        finally:
            self._quiet_scroll = self._setting_html = False

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
        self._saved = None

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
        """Scroll so that ``position`` is at the top of the view (and keep it there through
        later relayouts, until the reader scrolls)."""
        self._anchor = position
        bar = self.verticalScrollBar()
        self._quiet_scroll = True
        try:
            last = max(0, self.document().characterCount() - 1)
            target: int | None = position.offset
            if self.pane_map is not None and position.offset > 0:
                target = self.pane_map.qt_position(self.pane_map.text.to_display(position.offset))
            at_end = position.fraction >= 1.0
            placed = target if target is not None and 0 < target <= last else None
            if at_end or (placed is None and position.fraction > 0):
                # Lays the whole text out now. A place in the text needs it laid out only up
                # to there (cursorRect does that), the top not at all; Qt lays out the rest in
                # steps afterwards.
                self.document().documentLayout().documentSize()
            if at_end and bar.maximum() > 0:
                bar.setValue(bar.maximum())  # at the end: the end (whatever is at the top)
            elif placed is not None:
                cursor = QTextCursor(self.document())
                cursor.setPosition(placed)
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
            # Unchanged (a script toggle saves first): no write, each one a synced commit.
            here = (self._key, self.current_position())
            if here != self._saved:
                self._positions.set(*here)
                self._saved = here

    @Slot(int)
    def _on_scroll_value_changed(self, value: int) -> None:
        if self._quiet_scroll or self._relayouts:
            return  # our own scrolling to a remembered place is not the reader moving on
        self._anchor = None
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
        margin = 2 * round(self.document().documentMargin())
        em = prefs.point_size * self.logicalDpiY() / 72
        scroll_bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        chrome = margin + scroll_bar + 2 * self.frameWidth()
        self._readable_px = round(READABLE_EM * em) + chrome
        self._comfortable_px = round(COMFORTABLE_EM * em) + chrome
        self.setMinimumWidth(min(self._readable_px, _MAX_MINIMUM_PX))
        self._update_measure()
        if self._html:
            here = self._kept_position()
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

    @property
    def readable_width(self) -> int:
        """The pane's width (pixels) that shows lines of ``READABLE_EM`` characters."""
        return self._readable_px

    @property
    def comfortable_width(self) -> int:
        """The pane's width (pixels) that shows lines of ``COMFORTABLE_EM`` characters."""
        return self._comfortable_px

    def characters_per_line(self) -> int:
        """How many Chinese characters a line of the article holds now, measured on the laid
        out text: the longest full line (not the last of its paragraph) of mostly wide
        characters, a narrow one (a digit) counted as half; 0 when no line is."""
        self.document().documentLayout().documentSize()
        most = 0
        block = self.document().begin()
        while block.isValid():
            layout, text = block.layout(), block.text()
            for i in range(layout.lineCount() - 1):
                line = layout.lineAt(i)
                # (Qt positions are UTF-16 units; a line of BMP characters maps one to one.)
                piece = text[line.textStart() : line.textStart() + line.textLength()].rstrip()
                wide = sum(unicodedata.east_asian_width(ch) in "WF" for ch in piece)
                if piece and wide >= 0.8 * len(piece):  # a line of Chinese (a digit or two)
                    most = max(most, round(wide + (len(piece) - wide) / 2))
            block = block.next()
        return most

    def _kept_position(self) -> ReadingPosition:
        """Where the reader is: the anchor kept since the last relayout, else read now."""
        if self._anchor is None:
            self._anchor = self.current_position()
        return self._anchor

    # ----- safety -----
    @override
    def loadResource(self, type: int, name: QUrl | str) -> Any:  # noqa: A002 - Qt's own name (an override)
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
                image = data_image(url.toString(QUrl.ComponentFormattingOption.FullyEncoded))
            elif url.isLocalFile() and self._folder is not None:
                image = file_image(Path(url.toLocalFile()), self._folder)
        except Exception:  # noqa: BLE001 - raised into Qt's C++ caller it aborts the process
            image = None
        # Anything else (remote, outside the folder, relative names Qt resolves itself): nothing.
        return image if image is not None else refused_image()

    # ----- layout -----
    @override
    def resizeEvent(self, event: QResizeEvent) -> None:
        # The text is laid out anew at the new width: the place in the text is kept, not the
        # scroll bar's pixels (which would land elsewhere, or at the end, in a narrower pane).
        # (The viewport's own resize, from the margins set here, comes back in here too.)
        # Setting a page resizes the viewport too (its scroll bar goes and comes back): the
        # caller puts the reader's place back once the page is in, so nothing is read here.
        here = (
            self._kept_position()
            if self._html and not self._relayouts and not self._setting_html
            else None
        )
        self._relayouts += 1
        try:
            super().resizeEvent(event)
            self._update_margins()
        finally:
            self._relayouts -= 1
        if here is not None and not self._relayouts:
            self.restore_position(here)

    @override
    def keyPressEvent(self, event: QKeyEvent) -> None:
        ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        shift = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        if ctrl and not shift and event.key() == Qt.Key.Key_Home:
            self.go_to_start()
            return
        if ctrl and not shift and event.key() == Qt.Key.Key_End:
            self.go_to_end()
            return
        super().keyPressEvent(event)

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
