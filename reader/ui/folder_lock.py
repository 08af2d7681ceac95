"""One window per data folder: a second one says so and leaves the shared index alone.

The first window on a data folder holds a :class:`QLockFile` (``instance.lock``, see
:class:`reader.model.paths.DataFiles`); a stale lock left by a crashed process is taken over.
A second window on the same folder still opens and reads, but does not index (two indexers
would write the same library database), and its notice bar says why.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLockFile, QObject

from reader.model.paths import DataFiles


class DataFolderClaim(QObject):
    """The lock on a data folder, and what to tell the user when another window holds it."""

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lock = QLockFile(str(DataFiles(data_dir).lock))
        self.lock.setStaleLockTime(0)  # only a lock whose process is gone is stale
        self.owned = self.lock.tryLock(0)
        self.notice = ""
        if not self.owned:
            info = self.lock.getLockInfo()  # PySide6 gives (pid, host, application)
            pid = info[0] if info and isinstance(info[0], int) else 0
            holder = (
                QCoreApplication.translate("DataFolderClaim", " (process {pid})").format(pid=pid)
                if pid
                else ""
            )
            self.notice = QCoreApplication.translate(
                "DataFolderClaim",
                "Another Tongwen Reader window{holder} is using this data folder: this one"
                " shows the library but does not index it (new and changed files appear"
                " in the other window).",
            ).format(holder=holder)

    def release(self) -> None:
        """Give the lock up (on close)."""
        if self.owned:
            self.lock.unlock()
            self.owned = False


def claim_data_folder(data_dir: Path, parent: QObject | None = None) -> DataFolderClaim:
    """Take the data folder for this window, if no other window has it."""
    return DataFolderClaim(data_dir, parent)
