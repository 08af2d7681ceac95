"""Work that waits while the window's first article is laid out.

A Python thread running beside the first article's render (the smart views' counts: a pass
over every row, asked for by the first list and again by the first article's read mark) holds
the interpreter lock often enough to triple the render's wall time.
The window holds its library at start-up (:meth:`~reader.ui.library.panel.LibraryPanel.hold`)
and releases it once the first article is shown; what was asked for meanwhile runs a moment
later, once the article is painted, or when the hold's limit is reached (no article came).
The smart views' counts and the library's update (:class:`~reader.ui.library.indexer.
LibraryIndexer`) each wait through a :class:`FirstArticleHold` of their own.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

# A hold ends at the latest this long after it began (a first article that never comes).
HOLD_MS = 3000
# Released, what waited runs this much later: the shown article is painted first.
RELEASE_DELAY_MS = 50


class FirstArticleHold(QObject):
    """Says ``ended`` once a :meth:`hold` is over (released and painted, or timed out).

    Two states, for two kinds of waiting work: :attr:`held` lasts until ``ended`` (the smart
    views' counts: a pass over every row, asked for again and again, waits for the paint);
    :attr:`awaiting_release` only until :meth:`release` or the limit (the library's update:
    one start, made then, runs at ``ended``; one made once released runs at once).
    """

    ended = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._held = self._awaiting_release = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_timer_timeout)

    @property
    def held(self) -> bool:
        """Whether work asked for now should wait for :attr:`ended`."""
        return self._held

    @property
    def awaiting_release(self) -> bool:
        """Whether the hold is on and not released yet (nor past its limit)."""
        return self._awaiting_release

    def hold(self, at_most_ms: int = HOLD_MS) -> None:
        """Hold from now until :meth:`release` (and a moment more), at most ``at_most_ms``."""
        self._held = self._awaiting_release = True
        self._timer.start(at_most_ms)

    def release(self) -> None:
        """End the hold a moment from now (nothing happens when not held)."""
        if self._held:
            self._awaiting_release = False
            self._timer.start(RELEASE_DELAY_MS)

    def _on_timer_timeout(self) -> None:
        self._held = self._awaiting_release = False
        self.ended.emit()
