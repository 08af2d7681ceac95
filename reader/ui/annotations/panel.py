"""The annotation panel: the current document's highlights and notes, in reading order.

Each row shows the colour, the quote in the current display script, the note and the date;
orphans (annotations whose text is no longer in the document) come last, marked "Not found in
the current text", with their quote and note — never dropped. A colour filter narrows the list.
The rows are given by :class:`reader.ui.annotations.controller.AnnotationController`.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QDataStream,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSettings,
    QSize,
    QSortFilterProxyModel,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from reader.model.annotations.annotation import Colour
from reader.ui.annotations.colours import LOOKS, SWATCHES, colour_name, swatch_icon
from reader.ui.dates import format_moment
from reader.ui.noop import QT_TRANSLATE_NOOP, override
from reader.ui.plain import plain_labels, plain_tip
from reader.ui.settings import Key, read_bytes
from reader.ui.viewports import item_view_viewport

ORPHAN_LABEL = QT_TRANSLATE_NOOP("AnnotationPanel", "Not found in the current text")

# A long quote or note is shortened in the list (the pane shows the whole highlight).
_MAX_QUOTE = 160
_MAX_NOTE = 240


def short_date(value: datetime) -> str:
    """A date and time in the interface language, local time zone."""
    return format_moment(value)


def orphan_label() -> str:
    """The mark of an annotation whose text is gone (translated)."""
    return QCoreApplication.translate("AnnotationPanel", ORPHAN_LABEL)


def _shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


@dataclass(frozen=True, slots=True)
class PanelItem:
    """One row of the panel: an annotation as the current document and script show it."""

    id: str
    colour: Colour
    quote: str  # in the current display script
    note: str
    created: datetime
    orphan: bool


class Role(enum.IntEnum):
    """Item data roles of :class:`AnnotationListModel` beyond the standard ones."""

    ID = Qt.ItemDataRole.UserRole + 1
    COLOUR = Qt.ItemDataRole.UserRole + 2
    NOTE = Qt.ItemDataRole.UserRole + 3
    DATE = Qt.ItemDataRole.UserRole + 4
    ORPHAN = Qt.ItemDataRole.UserRole + 5


class AnnotationListModel(QAbstractListModel):
    """The panel's rows (a flat list; the controller replaces it after every change)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[PanelItem] = []

    def set_items(self, items: list[PanelItem]) -> None:
        """Show ``items`` (already in reading order, orphans last)."""
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def item(self, row: int) -> PanelItem:
        """The item of ``row``."""
        return self._items[row]

    def row_of(self, annotation_id: str) -> int | None:
        """The row showing an annotation, if any."""
        for row, item in enumerate(self._items):
            if item.id == annotation_id:
                return row
        return None

    @override
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._items)

    @override
    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return item.quote
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [orphan_label()] if item.orphan else []
            lines.append(_shorten(item.quote, 400))
            if item.note:
                lines.append(_shorten(item.note, 400))
            return plain_tip("\n\n".join(lines))
        if role == Qt.ItemDataRole.DecorationRole:
            return QColor(SWATCHES[item.colour])
        if role == Qt.ItemDataRole.AccessibleTextRole:
            translate = QCoreApplication.translate
            state = f"{orphan_label()}. " if item.orphan else ""
            note = translate("AnnotationPanel", " Note: {note}") if item.note else ""
            note = note.format(note=item.note)
            text = translate("AnnotationPanel", "{colour} highlight: {quote}.").format(
                colour=colour_name(item.colour), quote=item.quote
            )
            return f"{state}{text}{note}"
        if role == Role.ID:
            return item.id
        if role == Role.COLOUR:
            return item.colour.value
        if role == Role.NOTE:
            return item.note
        if role == Role.DATE:
            return short_date(item.created)
        if role == Role.ORPHAN:
            return item.orphan
        return None


class ColourFilterModel(QSortFilterProxyModel):
    """Keeps the rows of one colour (or all of them)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._colour: Colour | None = None

    @property
    def colour(self) -> Colour | None:
        """The colour shown, or None for every colour."""
        return self._colour

    def set_colour(self, colour: Colour | None) -> None:
        """Show only ``colour`` (None: all)."""
        self.beginFilterChange()
        self._colour = colour
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    @override
    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        if self._colour is None:
            return True
        index = self.sourceModel().index(source_row, 0, source_parent)
        return bool(index.data(Role.COLOUR) == self._colour.value)


class AnnotationDelegate(QStyledItemDelegate):
    """Paints a row: colour bar, quote, note (marked ✎), date; orphans marked and dimmed.

    The note is upright: Chinese fonts have no italics, and Qt's synthetic slant makes CJK
    text harder to read.
    """

    PAD = 8
    BAR = 5
    MAX_QUOTE_LINES = 4
    MAX_NOTE_LINES = 4

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self._view = view

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont, QFont]:
        base = QFont(option.font)  # type: ignore[attr-defined]
        note = QFont(base)
        small = QFont(base)
        small.setPointSizeF(max(7.0, base.pointSizeF() * 0.85))
        return base, note, small

    def _text_width(self) -> int:
        return max(80, self._view.viewport().width() - 2 * self.PAD - self.BAR - self.PAD)

    def _blocks(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> list[tuple[str, QFont, int, str]]:
        """The text pieces of a row: (text, font, max lines, colour role name)."""
        base, note_font, small = self._fonts(option)
        blocks: list[tuple[str, QFont, int, str]] = []
        if index.data(Role.ORPHAN):
            blocks.append((orphan_label(), small, 1, "warning"))
        blocks.append((_shorten(str(index.data()), _MAX_QUOTE), base, self.MAX_QUOTE_LINES, "text"))
        note = str(index.data(Role.NOTE) or "")
        if note:
            blocks.append(
                (f"✎ {_shorten(note, _MAX_NOTE)}", note_font, self.MAX_NOTE_LINES, "text")
            )
        blocks.append((str(index.data(Role.DATE) or ""), small, 1, "muted"))
        return blocks

    @staticmethod
    def _height(font: QFont, text: str, width: int, max_lines: int) -> int:
        metrics = QFontMetrics(font)
        flags = int(Qt.TextFlag.TextWordWrap)
        full = metrics.boundingRect(QRect(0, 0, width, 100_000), flags, text).height()
        return min(full, metrics.lineSpacing() * max_lines)

    @override
    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        width = self._text_width()
        height = self.PAD
        for text, font, lines, _ in self._blocks(option, index):
            height += self._height(font, text, width, lines) + 3
        return QSize(width, height + self.PAD)

    @override
    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        painter.save()
        rect: QRect = option.rect  # type: ignore[attr-defined]
        palette: QPalette = option.palette  # type: ignore[attr-defined]
        state = option.state  # type: ignore[attr-defined]
        selected = bool(state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.fillRect(rect, palette.color(QPalette.ColorRole.Highlight))
        orphan = bool(index.data(Role.ORPHAN))
        colour = QColor(SWATCHES[Colour(str(index.data(Role.COLOUR)))])
        bar = QRect(rect.left() + self.PAD, rect.top() + self.PAD, self.BAR, 0)
        bar.setBottom(rect.bottom() - self.PAD)
        if orphan:
            painter.setPen(colour)
            painter.drawRect(bar.adjusted(0, 0, -1, -1))
        else:
            painter.fillRect(bar, colour)
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        text_colour = palette.color(text_role)
        muted = QColor(text_colour)
        muted.setAlpha(150)
        warning = (
            QColor("#c0392b")
            if palette.color(QPalette.ColorRole.Base).lightness() > 128
            else QColor("#ff8a80")
        )
        x = bar.right() + self.PAD
        width = max(10, rect.right() - self.PAD - x)
        y = rect.top() + self.PAD
        for text, font, lines, role in self._blocks(option, index):
            height = self._height(font, text, width, lines)
            painter.setFont(font)
            pen = {"text": text_colour, "muted": muted, "warning": warning}[role]
            if orphan and role == "text":
                pen = muted
            painter.setPen(pen)
            painter.setClipRect(QRect(x, y, width, height))
            painter.drawText(QRect(x, y, width, height), int(Qt.TextFlag.TextWordWrap), text)
            painter.setClipping(False)
            y += height + 3
        painter.restore()


class AnnotationPanel(QWidget):
    """The panel beside the article: a colour filter over the list of annotations."""

    annotation_activated = Signal(str)
    context_menu_requested = Signal(str, QPoint)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("annotationPanel")
        self.model = AnnotationListModel(self)
        self.filter_model = ColourFilterModel(self)
        self.filter_model.setSourceModel(self.model)
        self.title = QLabel(self.tr("Annotations"), self)
        self.title.setObjectName("annotationPanelTitle")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.colour_filter = QComboBox(self)
        self.colour_filter.setObjectName("annotationColourFilter")
        self.colour_filter.setToolTip(self.tr("Show highlights of one colour"))
        self.colour_filter.addItem(self.tr("All colours"), "")
        for colour in LOOKS:
            self.colour_filter.addItem(swatch_icon(colour), colour_name(colour), colour.value)
        self.colour_filter.currentIndexChanged.connect(self._on_colour_filter_current_index_changed)
        self.list_view = QListView(self)
        item_view_viewport(self.list_view)  # not Qt's: see reader.ui.viewports
        self.list_view.setObjectName("annotationList")
        self.list_view.setModel(self.filter_model)
        self.list_view.setItemDelegate(AnnotationDelegate(self.list_view))
        self.list_view.setWordWrap(True)
        self.list_view.setResizeMode(QListView.ResizeMode.Adjust)
        self.list_view.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.list_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list_view.clicked.connect(self._on_list_view_clicked)
        self.list_view.activated.connect(self._on_list_view_clicked)
        self.list_view.customContextMenuRequested.connect(self._on_list_view_context_menu)
        self.empty = QLabel(
            self.tr("No highlights yet.\nSelect text in the article and press Ctrl+Shift+H."), self
        )
        self.empty.setObjectName("annotationPanelEmpty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        top = QHBoxLayout()
        top.setContentsMargins(8, 6, 8, 4)
        top.addWidget(self.title, 1)
        top.addWidget(self.colour_filter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(top)
        layout.addWidget(self.list_view, 1)
        layout.addWidget(self.empty, 1)
        plain_labels(self)
        self.set_items([])

    def set_items(self, items: list[PanelItem]) -> None:
        """Show the document's annotations (reading order, orphans last)."""
        self.model.set_items(items)
        orphans = sum(1 for i in items if i.orphan)
        count = self.tr("Annotations ({count})").format(count=len(items)) if items else ""
        count = count or self.tr("Annotations")
        if orphans:
            count += self.tr(" · %n not found", "", orphans)
        self.title.setText(count)
        self.list_view.setVisible(bool(items))
        self.empty.setVisible(not items)

    def set_colour_filter(self, colour: Colour | None) -> None:
        """Show only one colour (None: all), as the filter box does."""
        at = self.colour_filter.findData(colour.value if colour else "")
        self.colour_filter.setCurrentIndex(at)

    def visible_ids(self) -> list[str]:
        """The annotation ids shown, top to bottom (after the filter)."""
        return [
            str(self.filter_model.index(r, 0).data(Role.ID))
            for r in range(self.filter_model.rowCount())
        ]

    def index_of(self, annotation_id: str) -> QModelIndex:
        """The view index showing an annotation (invalid if filtered out or absent)."""
        row = self.model.row_of(annotation_id)
        if row is None:
            return QModelIndex()
        return self.filter_model.mapFromSource(self.model.index(row))

    @Slot(int)
    def _on_colour_filter_current_index_changed(self, at: int) -> None:
        value = str(self.colour_filter.itemData(at) or "")
        self.filter_model.set_colour(Colour(value) if value else None)

    @Slot(QModelIndex)
    def _on_list_view_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.annotation_activated.emit(str(index.data(Role.ID)))

    @Slot(QPoint)
    def _on_list_view_context_menu(self, pos: QPoint) -> None:
        index = self.list_view.indexAt(pos)
        if index.isValid():
            global_pos = self.list_view.viewport().mapToGlobal(pos)
            self.context_menu_requested.emit(str(index.data(Role.ID)), global_pos)


def ensure_room(panel: QWidget) -> None:
    """Give a shown panel room in its splitter if the splitter left it none (a state saved
    while it was hidden, or by a version without the panel)."""
    splitter = panel.parentWidget()
    if not panel.isHidden() and isinstance(splitter, QSplitter):
        sizes = splitter.sizes()
        at = splitter.indexOf(panel)
        if 0 <= at < len(sizes) and sizes[at] < 80:
            widest = max(range(len(sizes)), key=lambda i: sizes[i])
            give = min(300, sizes[widest] // 2)
            sizes[widest] -= give
            sizes[at] += give
            splitter.setSizes(sizes)


def saved_splitter_panes(settings: QSettings) -> int:
    """How many panes the window's saved splitter state (``window/splitter``) has sizes for;
    0 when none is saved. (QSplitter's state: magic, version, then the list of sizes.)"""
    state = read_bytes(settings, Key.SPLITTER)
    if state is None or state.size() < 12:
        return 0
    stream = QDataStream(state)
    stream.readInt32()
    stream.readInt32()
    count = stream.readUInt32()
    return count if stream.status() == QDataStream.Status.Ok else 0
