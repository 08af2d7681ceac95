"""Library search requests: pages of results for a query, in the background.

:class:`LibrarySearch` asks the window's :class:`~reader.ui.tasks.TaskOwner` for a page of
results (:func:`reader.model.library.queries.search_page`, with the true count on the first
page) and hands it back through ``done``; a new query makes pages of older ones stale, and
:meth:`LibrarySearch.cancel` drops whatever is on its way while the query is being retyped.
Each page borrows one of the panel's kept read connections
(:class:`~reader.model.library.connections.ReadConnections`): a page costs its query, not an
opening.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal, Slot

from reader.model.library.connections import IndexSource
from reader.model.library.queries import SearchPage, search_page
from reader.ui.tasks import TaskOwner, describe

# Search results asked for at a time: more than any screen shows (the rest come as the list
# is scrolled). A page's cost is mostly its hits' texts, unpacked and checked one by one: on
# the 63,225-post archive 40 a page gave p50 / p95 / slowest 6.4–7.8 / 15.8–17.2 / 17.7–19.8 ms
# over the 50 fixed queries, where 100 gave 14.9–16.3 / 30.7–40.8 / 93.5–95.2 ms (停火).
PAGE = 40


class LibrarySearch(QObject):
    """Search pages for the library panel; see the module."""

    done = Signal(object)  # a SearchPage
    failed = Signal(str)

    def __init__(
        self,
        source: IndexSource,
        tasks: TaskOwner,
        roots: Callable[[], tuple[str, ...]],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._source = source
        self._tasks = tasks
        self._roots = roots

    def search(self, query: str, offset: int = 0) -> None:
        """Ask for the page of results of ``query`` from ``offset`` on."""
        roots, source = self._roots(), self._source
        if offset == 0:
            self._tasks.supersede("library-search-more")
        self._tasks.submit(
            lambda: search_page(source, query, roots, offset, PAGE),
            self._on_page_done,
            self._on_page_failed,
            key="library-search" if offset == 0 else "library-search-more",
        )

    @Slot(str, int)
    def more(self, query: str, offset: int) -> None:
        """The next page of results of ``query``."""
        self.search(query, offset)

    @Slot()
    def cancel(self) -> None:
        """Drop the results of searches still on their way."""
        self._tasks.supersede("library-search")
        self._tasks.supersede("library-search-more")

    @Slot(object)
    def _on_page_done(self, page: SearchPage) -> None:
        self.done.emit(page)

    @Slot(object)
    def _on_page_failed(self, error: BaseException) -> None:
        self.failed.emit(describe(error))
