"""Noticing changes in the library folders: a file-system watcher and a periodic rescan.

:class:`FolderWatcher` emits ``changed`` when the library may have changed on disk: a second
after a watched folder changed (a burst of changes is one signal), and every :data:`RESCAN_MS`
while started, because a cheap full rescan (a stat of every file) catches what the watcher
cannot see. The library panel answers ``changed`` by updating the index.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal, Slot

RESCAN_MS = 60_000  # a cheap full rescan (stat only) catches what the watcher cannot see
WATCH_LIMIT = 2000  # folders watched at most (inotify watches are a limited resource)
WATCH_CHUNK = 100  # folders added to the watcher per event-loop turn
SETTLE_MS = 1000  # after a folder changed, wait this long for more changes before saying so


class FolderWatcher(QObject):
    """Watches folders (up to :data:`WATCH_LIMIT`) and emits ``changed``; see the module."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._watcher = QFileSystemWatcher(self)
        self._watcher.directoryChanged.connect(self._on_watcher_directory_changed)
        self._queue: list[tuple[str, str]] = []
        self._queue_timer = QTimer(self)
        self._queue_timer.setInterval(0)
        self._queue_timer.timeout.connect(self._on_queue_timer_timeout)
        self._settle_timer = QTimer(self)
        self._settle_timer.setSingleShot(True)
        self._settle_timer.setInterval(SETTLE_MS)
        self._settle_timer.timeout.connect(self.changed)
        self._rescan_timer = QTimer(self)
        self._rescan_timer.setInterval(RESCAN_MS)
        self._rescan_timer.timeout.connect(self.changed)

    def start_rescans(self) -> None:
        """Emit ``changed`` every :data:`RESCAN_MS` from now on (restarts the period)."""
        self._rescan_timer.start()

    def stop(self) -> None:
        """Stop the periodic rescans and the pending watcher changes (on close)."""
        self._rescan_timer.stop()
        self._queue_timer.stop()
        self._settle_timer.stop()  # a change just before close must not start an update

    def watch(self, folders: list[Path]) -> None:
        """Watch these folders (the first :data:`WATCH_LIMIT`) and no others.

        Paths are added a few at a time: adding 2,000 inotify watches in one go stalls the UI
        thread for ~150 ms.
        """
        watched = set(self._watcher.directories())
        wanted = {str(f) for f in folders[:WATCH_LIMIT]}
        gone = sorted(watched - wanted)
        self._queue = [("remove", p) for p in gone] + [("add", p) for p in sorted(wanted - watched)]
        if self._queue:
            self._queue_timer.start()

    def directories(self) -> list[str]:
        """The folders watched now (additions still queued are not among them)."""
        return list(self._watcher.directories())

    @Slot()
    def _on_queue_timer_timeout(self) -> None:
        chunk, self._queue = self._queue[:WATCH_CHUNK], self._queue[WATCH_CHUNK:]
        removed = [p for action, p in chunk if action == "remove"]
        added = [p for action, p in chunk if action == "add"]
        if removed:
            self._watcher.removePaths(removed)
        if added:
            self._watcher.addPaths(added)
        if not self._queue:
            self._queue_timer.stop()

    @Slot(str)
    def _on_watcher_directory_changed(self, path: str) -> None:
        self._settle_timer.start()
