"""Library search: the search box and the ranked results under it.

The results' model and the delegate that draws their highlighted snippets are in
:mod:`reader.ui.library.search_results`.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QListView, QVBoxLayout, QWidget
from typing_extensions import override

from reader.model.library.search import SearchHit
from reader.model.script.convert import converter_function
from reader.model.script.modes import DisplayMode
from reader.model.script.options import DEFAULT_OPTIONS, ScriptOptions
from reader.ui.library.search_results import SearchResultsModel, SnippetDelegate
from reader.ui.plain import plain_labels


class SearchPanel(QWidget):
    """The library search box and its ranked results.

    ``query_submitted(text)`` asks for a search; ``hit_chosen(hit)`` opens a result.
    """

    query_submitted = Signal(str)
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
        self.model = SearchResultsModel(self)
        self.view = QListView(self)
        self.view.setObjectName("searchResults")
        self.view.setModel(self.model)
        self.view.setItemDelegate(SnippetDelegate(self.view))
        self.view.setUniformItemSizes(True)
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

    def show_results(self, query: str, hits: list[SearchHit]) -> None:
        """Show the results of ``query``."""
        self.model.set_hits(hits)
        self.status.setText(
            self.tr(
                " %n result(s) for “{query}” — Esc to return to the list", "", len(hits)
            ).format(query=query)
        )
        if hits:
            self.view.setCurrentIndex(self.model.index(0))

    def show_error(self, message: str) -> None:
        """Show why a query could not be searched."""
        self.model.set_hits([])
        self.status.setText(f" {message}")

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
        text = self.box.text().strip()
        if text:
            self.status.setText(self.tr(" Searching…"))
            self.query_submitted.emit(text)
        else:
            self.closed.emit()

    @Slot(str)
    def _on_box_text_changed(self, text: str) -> None:
        if not text.strip():
            self.closed.emit()

    @Slot(QModelIndex)
    def _on_view_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.hit_chosen.emit(self.model.hit(index.row()))
