"""Ctrl+C in the terminal closes the window at once, saving its state.

Python runs a signal handler only when the interpreter gets control, and Qt's event loop may
wait in C++ for a minute (until a timer fires). ``signal.set_wakeup_fd`` makes the C-level
handler write to a socket that a :class:`QSocketNotifier` watches: the notifier's slot brings
the interpreter in, which runs the handler, which closes the window.
"""

from __future__ import annotations

import contextlib
import signal
import socket

from PySide6.QtCore import QObject, QSocketNotifier, Slot
from PySide6.QtWidgets import QWidget


class InterruptCloser(QObject):
    """Closes ``window`` on SIGINT (and SIGTERM) as soon as the signal arrives."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._reader, self._writer = socket.socketpair()
        for end in (self._reader, self._writer):
            end.setblocking(False)
        signal.set_wakeup_fd(self._writer.fileno())
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._on_notifier_activated)
        for number in (signal.SIGINT, signal.SIGTERM):
            signal.signal(number, self._on_signal)
        window.destroyed.connect(self._on_window_destroyed)

    def _on_signal(self, number: int, frame: object) -> None:
        self._window.close()

    @Slot()
    def _on_notifier_activated(self) -> None:
        # Python has run the handler by now (it runs before any Python code, this slot
        # included); what is left is to empty the socket.
        with contextlib.suppress(OSError):
            while self._reader.recv(64):
                pass

    @Slot()
    def _on_window_destroyed(self) -> None:
        signal.set_wakeup_fd(-1)
        for number in (signal.SIGINT, signal.SIGTERM):
            signal.signal(number, signal.SIG_DFL)
        self._reader.close()
        self._writer.close()
