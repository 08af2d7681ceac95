"""Library search: the search box and the ranked results under it.

The search runs as you type: each change clears the old results and count at once ("Searching…")
and, after a short pause (:data:`TYPING_PAUSE_MS`), asks for the first page of results
(``query_submitted``); Enter asks at once. The true number of matches comes with the first page;
the rest are loaded a page at a time as the list is scrolled (``more_wanted``). Results of an
older query are dropped. The results' model and the delegate that draws their highlighted
snippets are in :mod:`reader.ui.library.search_results`.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QListView, QVBoxLayout, QWidget

from reader.model.library.queries import SearchPage
from reader.model.script.convert import converter_function
from reader.model.script.modes import DisplayMode
from reader.model.script.options import DEFAULT_OPTIONS, ScriptOptions
from reader.ui.library.search_results import SearchResultsModel, SnippetDelegate
from reader.ui.noop import override
from reader.ui.plain import plain_labels
from reader.ui.viewports import item_view_viewport

TYPE_CHECKING = False  # typing's, without importing typing at start-up (mypy reads it so)
if TYPE_CHECKING:  # the search module is imported by the first search
    from reader.model.library.search import SearchHit

TYPING_PAUSE_MS = 250  # the search starts once typing pauses this long


class SearchPanel(QWidget):
    """The library search box and its ranked results.

    ``searching()`` says a search is on its way (show the results pane);
    ``query_submitted(text)`` asks for its first page, ``more_wanted(text, offset)`` for more;
    ``hit_chosen(hit)`` opens a result.
    """

    searching = Signal()
    query_submitted = Signal(str)
    more_wanted = Signal(str, int)
    hit_chosen = Signal(object)
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = QLineEdit(self)
        self.box.setObjectName("searchBox")
        self.box.setPlaceholderText(self.tr("Search the library (Ctrl+K) — 简体 or 繁體"))
        self.box.setClearButtonEnabled(True)
        self.box.returnPressed.connect(self._on_box_return_pressed)
        self.box.textChanged.connect(self._on_box_text_changed)
        self.status = QLabel(self)
        self.status.setObjectName("searchStatus")
        self.status.setWordWrap(True)
        self._query = ""
        self._exact = True  # whether the count shown is exact (else "up to")
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TYPING_PAUSE_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self.model = SearchResultsModel(self)
        self.model.more_wanted = self._on_model_more_wanted
        self.view = QListView(self)
        item_view_viewport(self.view)  # not Qt's: see reader.ui.viewports
        self.view.setObjectName("searchResults")
        self.view.setModel(self.model)
        self.view.setItemDelegate(SnippetDelegate(self.view))
        # Rows as tall as their text, laid out again when the list's width changes.
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.view.activated.connect(self._on_view_activated)
        self.view.clicked.connect(self._on_view_activated)
        self.box.installEventFilter(self)
        self.view.installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.status)
        layout.addWidget(self.view, 1)
        plain_labels(self)

    def set_mode(self, mode: DisplayMode, options: ScriptOptions = DEFAULT_OPTIONS) -> None:
        """Show titles and snippets in display ``mode`` with ``options`` (vocabulary, 台/臺,
        personal rules)."""
        self.model.set_converter(
            lambda text, script: converter_function(mode, script, options=options)(text)
        )

    @property
    def query(self) -> str:
        """The query whose results are shown (or on their way)."""
        return self._query

    def show_page(self, page: SearchPage) -> None:
        """Show a page of results: a first page replaces what is shown (an older search still
        on its way was superseded when typing began), a later one of another query is
        dropped."""
        if page.offset:
            if page.query == self._query:
                self.model.add_hits(page.offset, page.hits)
                if not self._exact and not self.model.canFetchMore():
                    self._exact = True  # every result is loaded: now the number is known
                    self._say_count(self.model.total)
            return
        self.show_results(page.query, page.hits, page.total, page.exact)

    def show_results(
        self, query: str, hits: list[SearchHit], total: int | None = None, exact: bool = True
    ) -> None:
        """Show the results of ``query`` (the first ``hits`` of ``total``; at most ``total``
        when not ``exact``)."""
        self._query = query
        total = len(hits) if total is None else total
        self.model.set_hits(hits, total)
        self._exact = exact or total <= len(hits)
        self._say_count(total)
        if hits:
            self.view.setCurrentIndex(self.model.index(0))

    def _say_count(self, total: int) -> None:
        if self._exact:
            text = self.tr(" %n result(s) for “{query}” — Esc to return to the list", "", total)
        else:
            text = self.tr(
                " up to %n result(s) for “{query}” — Esc to return to the list", "", total
            )
        self.status.setText(text.format(query=self._query))

    def show_error(self, message: str) -> None:
        """Show why a query could not be searched."""
        self.model.set_hits([])
        self.status.setText(f" {message}")

    def submit(self) -> None:
        """Search for what the box holds now (without waiting for a pause in typing)."""
        self._timer.stop()
        text = self.box.text().strip()
        if text:
            self._query = text
            self.query_submitted.emit(text)

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Escape and (self.box.text() or self.model.rowCount()):
                self.box.clear()  # textChanged → closed: back to the list
                self.closed.emit()
                return True
            if watched is self.box and event.key() == Qt.Key.Key_Down and self.model.rowCount():
                self.view.setFocus()
                return True
        return super().eventFilter(watched, event)

    @Slot()
    def _on_box_return_pressed(self) -> None:
        if self.box.text().strip():
            if self._timer.isActive() or self.box.text().strip() != self._query:
                self.submit()
        else:
            self.closed.emit()

    @Slot(str)
    def _on_box_text_changed(self, text: str) -> None:
        if not text.strip():
            self._timer.stop()
            self._query = ""
            self.model.set_hits([])
            self.closed.emit()
            return
        if text.strip() == self._query:
            return
        # The old results and their count go at once: they are not the answer to this text.
        self._query = text.strip()
        self.model.set_hits([])
        self.status.setText(self.tr(" Searching…"))
        self.searching.emit()
        self._timer.start()

    @Slot()
    def _on_timer_timeout(self) -> None:
        self.submit()

    def _on_model_more_wanted(self, offset: int) -> None:
        if self._query:
            self.more_wanted.emit(self._query, offset)

    @Slot(QModelIndex)
    def _on_view_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.hit_chosen.emit(self.model.hit(index.row()))
