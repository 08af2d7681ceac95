"""Which document the library list has selected, and where it is scrolled.

:class:`ListSelection` keeps the list view's current row by document id: it selects a
document (or the first row), shows the one the article pane shows without announcing a new
selection, keeps the selected row and the row at the top of the view when the list's ids
change (:meth:`~ListSelection.keep_place`, :meth:`~ListSelection.restore_place`), and moves
the selection with J and K while the list has focus.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QIdentityProxyModel, QModelIndex, QObject, Qt, QTimer, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QListView

from reader.ui.library.list_model import LibraryListModel
from reader.ui.library.roles import Role
from reader.ui.noop import override

# How long the view may go on trying to reach a kept top row after its batched layout last
# grew (the layout takes a few event-loop turns, many more on a loaded machine).
SCROLL_BACK_S = 3.0


class ListSelection(QObject):
    """The selection and scroll place of ``view`` (over ``proxy`` of ``model``)."""

    def __init__(
        self,
        view: QListView,
        proxy: QIdentityProxyModel,
        model: LibraryListModel,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._view = view
        self._proxy = proxy
        self._model = model
        # J/K move like Down/Up while the list has focus (an event filter rather than shortcuts:
        # a plain letter must not fire while typing in the search box).
        view.installEventFilter(self)
        self._scroll_target: tuple[int, float] | None = None
        self._scroll_extent = -1  # the scroll bar's range when the scroll back last tried
        self._scroll_timer = QTimer(self)
        self._scroll_timer.setInterval(20)
        self._scroll_timer.timeout.connect(self._on_scroll_timer_timeout)
        # The user's own scrolling ends a scroll back still trying (it must not pull them back).
        bar = view.verticalScrollBar()
        bar.actionTriggered.connect(self._on_scroll_bar_action_triggered)
        # The batched layout starts again when the view is resized or its rows change, and the
        # scroll bar is cut to the first batch meanwhile: the row at the top is kept through it.
        self._top_id: int | None = None  # the document at the top (None: the very top)
        self._range_max = bar.maximum()
        bar.rangeChanged.connect(self._on_scroll_bar_range_changed)
        bar.valueChanged.connect(self._on_scroll_bar_value_changed)

    def current_id(self) -> int | None:
        """The id of the selected document."""
        index = self._view.currentIndex()
        # None too for a row whose document left the index since (a folder was removed).
        value = index.data(Role.ID) if index.isValid() else None
        return int(value) if value is not None else None

    def select_id(self, id_: int | None) -> bool:
        """Select a document by id; False if it is not in the list."""
        row = self._model.row_of_id(id_) if id_ is not None else None
        if row is None:
            return False
        index = self._proxy.mapFromSource(self._model.index(row))
        self._view.setCurrentIndex(index)
        self._view.scrollTo(index)
        return True

    def select_first(self) -> bool:
        """Select the first row when nothing is selected; False if nothing was selected."""
        if self._model.rowCount() and not self._view.currentIndex().isValid():
            self._view.setCurrentIndex(self._proxy.index(0, 0))
            return True
        return False

    def show_id(self, id_: int | None) -> bool:
        """Select the document ``id_`` without announcing it (or nothing, when it is not in
        the list: J/K then start from the top); False if it was selected already."""
        current = self._view.currentIndex()
        if current.isValid() and id_ is not None and current.data(Role.ID) == id_:
            return False
        row = self._model.row_of_id(id_) if id_ is not None else None
        selection = self._view.selectionModel()
        selection.blockSignals(True)
        try:
            if row is None:
                self._view.clearSelection()
                self._view.setCurrentIndex(QModelIndex())
            else:
                index = self._proxy.index(row, 0)
                self._view.setCurrentIndex(index)
                self._view.scrollTo(index)
        finally:
            selection.blockSignals(False)
        self._view.viewport().update()
        return True

    def keep_place(self, selected: int | None = None) -> tuple[int | None, int | None]:
        """Before the list's ids change: the document to keep selected (``selected``, else
        the selected one) and the one at the top of the view (None at the very top, where
        new posts appear)."""
        keep = selected if selected is not None else self.current_id()
        return keep, self._top_row_id()

    def _top_row_id(self) -> int | None:
        """The document at the top of the view (None at the very top)."""
        top = self._view.indexAt(self._view.viewport().rect().topLeft())
        value = top.data(Role.ID) if top.isValid() and top.row() > 0 else None
        return int(value) if value is not None else None

    def restore_place(self, place: tuple[int | None, int | None]) -> None:
        """Once the ids changed: select the kept document again (without announcing it) and
        scroll back to the kept top row, where they are still listed."""
        keep, top_id = place
        if keep is not None:
            selected = self._model.row_of_id(keep)
            if selected is not None:
                model = self._view.selectionModel()
                model.blockSignals(True)
                self._view.setCurrentIndex(self._proxy.index(selected, 0))
                model.blockSignals(False)
        self._top_id = top_id
        self._scroll_back()

    def _scroll_back(self) -> None:
        top_row = self._model.row_of_id(self._top_id) if self._top_id is not None else None
        self._scroll_target = None  # a row of the list shown before
        if top_row is not None:
            # The batched layout reaches that row only after a few event-loop turns.
            self._scroll_target = (top_row, time.monotonic() + SCROLL_BACK_S)
            self._scroll_extent = -1
            self._scroll_timer.start()

    @Slot()
    def _on_scroll_timer_timeout(self) -> None:
        target = self._scroll_target
        if target is None or time.monotonic() > target[1]:
            self._scroll_target = None
            self._scroll_timer.stop()
            return
        row = target[0]  # the row of the document that was at the top (the list is kept)
        view = self._view
        view.scrollTo(self._proxy.index(row, 0), QListView.ScrollHint.PositionAtTop)
        reached = view.indexAt(view.viewport().rect().topLeft()).row() == row
        extent = view.verticalScrollBar().maximum()
        if extent != self._scroll_extent:  # the layout is still growing: keep at it
            self._scroll_extent = extent
            self._scroll_target = (row, time.monotonic() + SCROLL_BACK_S)
        elif reached:  # there, and the layout is done
            self._scroll_target = None
            self._scroll_timer.stop()

    @Slot(int, int)
    def _on_scroll_bar_range_changed(self, _low: int, high: int) -> None:
        shrunk = high < self._range_max
        self._range_max = high
        # The layout started again (the bar cut short), or it grew on after a scroll back
        # gave up waiting for it: back to the row at the top.
        if (
            self._scroll_target is None
            and self._top_id is not None
            and (shrunk or self._top_row_id() != self._top_id)
        ):
            self._scroll_back()

    @Slot(int)
    def _on_scroll_bar_value_changed(self, _value: int) -> None:
        cut = self._view.verticalScrollBar().maximum() < self._range_max
        if self._scroll_target is None and not cut:  # not a scroll back, nor a cut bar
            self._top_id = self._top_row_id()

    @Slot(int)
    def _on_scroll_bar_action_triggered(self, _action: int) -> None:
        self._scroll_target = None
        self._scroll_timer.stop()

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._view and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            plain = event.modifiers() in (
                Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier
            )  # fmt: skip
            if plain and event.key() in (Qt.Key.Key_J, Qt.Key.Key_K):
                self._step(1 if event.key() == Qt.Key.Key_J else -1)
                return True
        return super().eventFilter(watched, event)

    def _step(self, step: int) -> None:
        current = self._view.currentIndex()
        row = current.row() + step if current.isValid() else 0
        if 0 <= row < self._proxy.rowCount():
            self._view.setCurrentIndex(self._proxy.index(row, 0))
