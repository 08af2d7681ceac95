"""One window per data folder: a second one says so and leaves the shared index alone.

The first window on a data folder holds a :class:`QLockFile` (``instance.lock``, see
:class:`reader.model.paths.DataFiles`); a stale lock left by a crashed process is taken over.
A second window on the same folder still opens and reads, but does not index (two indexers
would write the same library database), and its notice bar says why.
"""

from __future__ import annotations

import contextlib
import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLockFile, QObject

from reader.model.paths import DataFiles

_last_taken: threading.Thread | None = None
"""The thread of the claim made last in this process: the next one waits for it, so two
claims on one folder are answered in the order they were made (the first one owns it)."""


class DataFolderClaim(QObject):
    """The lock on a data folder, and what to tell the user when another window holds it.

    Taking the lock writes the lock file and syncs it to disk (QLockFile's fdatasync: 5–180 ms
    of waiting for the disk at start-up on this machine, under 1 ms of CPU). So it is taken on
    a thread of its own (Qt lets Python run meanwhile) while the window is being built, and
    waited for when :attr:`owned` or :attr:`notice` is first read. Not a
    :class:`~reader.ui.tasks.TaskOwner` job: the window needs the answer before it is built,
    not in a callback after.
    """

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._folder = data_dir
        self.lock = QLockFile(str(DataFiles(data_dir).lock))
        self.lock.setStaleLockTime(0)  # only a lock whose process is gone is stale
        self._owned = False
        self._notice = ""
        global _last_taken
        self._taking: threading.Thread | None = threading.Thread(
            target=self._take, args=(_last_taken,), name="data-folder-lock"
        )
        _last_taken = self._taking
        self._taking.start()

    def _take(self, before: threading.Thread | None) -> None:
        if before is not None:
            before.join()
        # The window makes the folder too (its caches, first): whichever is first.
        with contextlib.suppress(OSError):  # then the lock cannot be taken either
            self._folder.mkdir(parents=True, exist_ok=True)
        self._owned = self.lock.tryLock(0)

    def _settle(self) -> None:
        if self._taking is None:
            return
        self._taking.join()
        self._taking = None
        if not self._owned:
            info = self.lock.getLockInfo()  # PySide6 gives (pid, host, application)
            pid = info[0] if info and isinstance(info[0], int) else 0
            holder = (
                QCoreApplication.translate("DataFolderClaim", " (process {pid})").format(pid=pid)
                if pid
                else ""
            )
            self._notice = QCoreApplication.translate(
                "DataFolderClaim",
                "Another Tongwen Reader window{holder} is using this data folder: this one"
                " shows the library but does not index it (new and changed files appear"
                " in the other window).",
            ).format(holder=holder)

    @property
    def owned(self) -> bool:
        """Whether this window holds the lock (waits for the lock to be taken)."""
        self._settle()
        return self._owned

    @property
    def notice(self) -> str:
        """Why this window does not index, or "" when it holds the lock."""
        self._settle()
        return self._notice

    def release(self) -> None:
        """Give the lock up (on close)."""
        if self.owned:
            self.lock.unlock()
            self._owned = False


def claim_data_folder(data_dir: Path, parent: QObject | None = None) -> DataFolderClaim:
    """Take the data folder for this window, if no other window has it."""
    return DataFolderClaim(data_dir, parent)
