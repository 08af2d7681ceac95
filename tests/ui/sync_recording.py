"""A QSettings that notes the thread of every sync of its file, for the tests that the
window's settings are written off the UI thread."""

from __future__ import annotations

import threading
from typing import ClassVar

from PySide6.QtCore import QEvent, QSettings


class SyncRecording(QSettings):
    """A QSettings that notes the thread of every sync of its file: Qt's deferred one (the
    UpdateRequest event) and an explicit ``sync()``."""

    threads: ClassVar[list[int]] = []

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.UpdateRequest:
            self.threads.append(threading.get_ident())
        return super().event(event)

    def sync(self) -> None:
        self.threads.append(threading.get_ident())
        super().sync()
