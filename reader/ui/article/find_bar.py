"""Find in article: the bar under the article pane (Ctrl+F) and its highlights.

Matching is across scripts and done by :mod:`reader.model.article.find` on the document's original
clean text (and on the text as displayed); hits are kept as ORIGINAL ranges, so they stay on
the same words when the display script changes, and are drawn in the pane through
``ArticleView.pane_map`` as the ``"find"`` highlight layer.
"""

from __future__ import annotations

import bisect

from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QColor, QKeyEvent, QKeySequence, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTextEdit,
    QToolButton,
    QWidget,
)

from reader.model.script.mapped import DisplayText
from reader.ui.article.view import ArticleView
from reader.ui.noop import override
from reader.ui.plain import plain_labels

TYPE_CHECKING = False  # typing's, without importing typing at start-up (mypy reads it so)
if TYPE_CHECKING:  # the find index module is imported when first finding
    from reader.model.article.find import FindIndex

LAYER = "find"
# Legible on every theme: the highlight sets its own text colour.
HIT_BACKGROUND = QColor("#fff176")
CURRENT_BACKGROUND = QColor("#ff9632")
HIT_FOREGROUND = QColor("#000000")
# Up to this many hits are all highlighted at once; beyond, only those near the view (drawing
# thousands costs ~15 µs each on every toggle and every step).
DRAW_ALL_LIMIT = 300
NO_MATCH_STYLE = "QLineEdit { background: #f8d7da; color: #58151c; }"


def _format(background: QColor) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setBackground(background)
    fmt.setForeground(HIT_FOREGROUND)
    return fmt


class FindBar(QWidget):
    """The find bar: a query field, "3 of 12", previous/next and close.

    Enter / F3 go to the next hit, Shift+Enter / Shift+F3 to the previous one, Esc closes the
    bar (and removes the highlights). ``hits`` are original ``(start, end)`` ranges.
    """

    hits_changed = Signal(int)

    def __init__(self, view: ArticleView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        self._view = view
        self._index: FindIndex | None = None
        self._key: str | None = None
        self.hits: list[tuple[int, int]] = []
        self.current = -1

        self.field = QLineEdit(self)
        self.field.setObjectName("findField")
        self.field.setPlaceholderText(self.tr("Find in article (繁/简 either way)"))
        self.field.setClearButtonEnabled(True)
        self.field.installEventFilter(self)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("findCount")
        self.count_label.setMinimumWidth(90)
        self.previous_button = QToolButton(self)
        self.previous_button.setText("▲")
        self.previous_button.setToolTip(self.tr("Previous match (Shift+F3)"))
        self.next_button = QToolButton(self)
        self.next_button.setText("▼")
        self.next_button.setToolTip(self.tr("Next match (F3)"))
        self.close_button = QToolButton(self)
        self.close_button.setText("✕")
        self.close_button.setToolTip(self.tr("Close (Esc)"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 3, 6, 3)
        layout.addWidget(QLabel(self.tr("Find:"), self))
        layout.addWidget(self.field, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(self.previous_button)
        layout.addWidget(self.next_button)
        layout.addWidget(self.close_button)

        self.find_action = QAction(self.tr("&Find in Article…"), self)
        self.find_action.setShortcut(QKeySequence("Ctrl+F"))
        self.find_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.next_action = QAction(self.tr("Find &Next"), self)
        self.next_action.setShortcut(QKeySequence("F3"))
        self.next_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.previous_action = QAction(self.tr("Find &Previous"), self)
        self.previous_action.setShortcut(QKeySequence("Shift+F3"))
        self.previous_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.close_action = QAction(self.tr("Close Find Bar"), self)
        self.close_action.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self.close_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(self.close_action)

        self.find_action.triggered.connect(self.open)
        self.next_action.triggered.connect(self.find_next)
        self.previous_action.triggered.connect(self.find_previous)
        self.close_action.triggered.connect(self.close_bar)
        self.next_button.clicked.connect(self.find_next)
        self.previous_button.clicked.connect(self.find_previous)
        self.close_button.clicked.connect(self.close_bar)
        self.field.textChanged.connect(self._on_field_text_changed)
        self._redraw_timer = QTimer(self)
        self._redraw_timer.setSingleShot(True)
        self._redraw_timer.setInterval(30)
        self._redraw_timer.timeout.connect(self._redraw)
        view.verticalScrollBar().valueChanged.connect(self._on_scroll_value_changed)
        plain_labels(self)
        self.hide()

    # ----- opening and closing -----
    @Slot()
    def open(self) -> None:
        """Show the bar with the query selected, ready to type (Ctrl+F)."""
        selected = self._view.textCursor().selectedText()
        if selected and "\u2029" not in selected and len(selected) <= 100:
            self.field.setText(selected)
        self.show()
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()
        self.search()

    @Slot()
    def close_bar(self) -> None:
        """Hide the bar and its highlights; the reader goes on in the article."""
        self.hide()
        self._redraw_timer.stop()
        self.hits = []
        self.current = -1
        self._view.set_layer(LAYER, [])
        self._view.setFocus(Qt.FocusReason.OtherFocusReason)

    # ----- searching -----
    def _find_index(self) -> FindIndex | None:
        pane = self._view.pane_map
        if pane is None:
            return None
        text: DisplayText = pane.text
        if self._index is None or self._index.text is not text:
            from reader.model.article.find import FindIndex  # when first finding

            self._index = FindIndex.of(text)
        return self._index

    @Slot()
    def search(self) -> None:
        """Find the query anew; the current hit is the first one from the top of the view."""
        index = self._find_index()
        query = self.field.text()
        self.hits = index.hits(query) if index is not None and not self.isHidden() else []
        self.current = self._first_visible_hit() if self.hits else -1
        self._show_hits(scroll=True)

    @Slot(str)
    def refresh(self, path: str = "") -> None:
        """Recompute after the pane showed a page (a script toggle or another document).

        On the same document the current hit stays the same original text; the reader's
        place is left alone either way.
        """
        same = self._key is not None and self._key == self._view.document_key
        self._key = self._view.document_key
        if self.isHidden() or not self.field.text():
            return
        kept = self.hits[self.current] if same and 0 <= self.current < len(self.hits) else None
        index = self._find_index()
        self.hits = index.hits(self.field.text()) if index is not None else []
        if kept is not None and kept in self.hits:
            self.current = self.hits.index(kept)
        else:
            self.current = self._first_visible_hit() if self.hits else -1
        self._show_hits(scroll=False)

    @Slot()
    def find_next(self) -> None:
        """Go to the next hit (wrapping around); opens the bar if it is closed."""
        self._step(1)

    @Slot()
    def find_previous(self) -> None:
        """Go to the previous hit (wrapping around)."""
        self._step(-1)

    def _step(self, delta: int) -> None:
        if self.isHidden():
            self.open()
            if delta > 0:
                return  # opening already went to the first hit from the top of the view
        if not self.hits:
            return
        self.current = (self.current + delta) % len(self.hits)
        self._show_hits(scroll=True)

    def _first_visible_hit(self) -> int:
        pane = self._view.pane_map
        if pane is None or self._view.verticalScrollBar().value() == 0:
            return 0
        # Hit-testing a half laid out document (the bar just appeared and the pane shrank)
        # can answer a position far down: lay it out first.
        self._view.document().documentLayout().documentSize()
        top = self._view.cursorForPosition(QPoint(0, 0)).position()
        for i, (start, end) in enumerate(self.hits):
            qt = pane.qt_range(start, end)
            if qt is not None and qt[0] >= top:
                return i
        return 0

    # ----- drawing -----
    def _show_hits(self, *, scroll: bool) -> None:
        pane = self._view.pane_map
        selections: list[QTextEdit.ExtraSelection] = []
        if pane is not None:
            if scroll and 0 <= self.current < len(self.hits):
                qt = pane.qt_range(*self.hits[self.current])
                if qt is not None:
                    self._scroll_to(qt[0])
            document = self._view.document()
            hit_format = _format(HIT_BACKGROUND)
            current: QTextEdit.ExtraSelection | None = None
            for i in self._drawn_hits():
                qt = pane.qt_range(*self.hits[i])
                if qt is None:
                    continue
                cursor = QTextCursor(document)
                cursor.setPosition(qt[0])
                cursor.setPosition(qt[1], QTextCursor.MoveMode.KeepAnchor)
                selection = QTextEdit.ExtraSelection()
                selection.cursor = cursor  # type: ignore[attr-defined]
                if i == self.current:
                    selection.format = _format(CURRENT_BACKGROUND)  # type: ignore[attr-defined]
                    current = selection
                else:
                    selection.format = hit_format  # type: ignore[attr-defined]
                    selections.append(selection)
            if current is not None:
                selections.append(current)  # last, so that it paints over any neighbour
        self._view.set_layer(LAYER, selections)
        self._update_count()
        self.hits_changed.emit(len(self.hits))

    def _drawn_hits(self) -> range | list[int]:
        """The hits to highlight: all of them, or, when there are very many, those within a
        screen of the view (and the current one); scrolling draws the others."""
        if len(self.hits) <= DRAW_ALL_LIMIT:
            return range(len(self.hits))
        view = self._view
        pane = view.pane_map
        assert pane is not None
        layout = view.document().documentLayout()
        layout.documentSize()  # lays the text out now
        top = view.verticalScrollBar().value()
        height = view.viewport().height()
        bounds = []
        for y in (top - height, top + 2 * height):
            qt = layout.hitTest(QPointF(0, max(0, y)), Qt.HitTestAccuracy.FuzzyHit)
            bounds.append(pane.original_offset(max(0, qt)) or 0)
        starts = [start for start, _ in self.hits]
        first = max(0, bisect.bisect_right(starts, bounds[0]) - 1)
        last = bisect.bisect_right(starts, bounds[1]) + 1
        drawn = list(range(first, min(last, len(self.hits))))
        if 0 <= self.current < len(self.hits) and self.current not in drawn:
            drawn.append(self.current)
        return drawn

    def _scroll_to(self, qt_pos: int) -> None:
        view = self._view
        view.document().documentLayout().documentSize()  # lays the text out now
        start = QTextCursor(view.document())
        start.setPosition(qt_pos)
        rect = view.cursorRect(start)
        height = view.viewport().height()
        if rect.top() < 0 or rect.bottom() > height:
            bar = view.verticalScrollBar()
            bar.setValue(bar.value() + rect.top() - height // 3)

    @Slot(int)
    def _on_scroll_value_changed(self, value: int) -> None:
        if len(self.hits) > DRAW_ALL_LIMIT and not self.isHidden():
            self._redraw_timer.start()

    @Slot()
    def _redraw(self) -> None:
        if len(self.hits) > DRAW_ALL_LIMIT and not self.isHidden():
            self._show_hits(scroll=False)

    def _update_count(self) -> None:
        if not self.field.text():
            self.count_label.setText("")
            self.field.setStyleSheet("")
        elif not self.hits:
            self.count_label.setText(self.tr("no matches"))
            self.field.setStyleSheet(NO_MATCH_STYLE)
        else:
            self.count_label.setText(
                self.tr("{current} of %n", "", len(self.hits)).format(current=self.current + 1)
            )
            self.field.setStyleSheet("")

    # ----- events -----
    @Slot(str)
    def _on_field_text_changed(self, text: str) -> None:
        self.search()

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.field and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                    self.find_previous()
                else:
                    self.find_next()
                return True
            if event.key() == Qt.Key.Key_Escape:
                self.close_bar()
                return True
        return super().eventFilter(watched, event)
