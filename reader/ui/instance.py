"""One window per data folder: a second launch hands its files to the running window.

The running window listens on a local socket (:class:`QLocalServer`, a Unix socket on Linux,
readable by this user only) named after the data folder; a second ``reader`` started on the
same data folder connects first (:func:`hand_off`), sends the files and folders it was given
as one JSON line, waits for ``ok`` and exits 0. The running window shows the first file and
adds the folders to its library (:class:`InstanceServer` emits them), and comes to the front.
A different data folder is another socket: another window, as before.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtNetwork import QLocalServer, QLocalSocket

MAX_MESSAGE = 1 << 20  # bytes: a message longer than this is not from a reader
TIMEOUT_MS = 3000


def server_name(data_dir: Path) -> str:
    """The socket name of the window using ``data_dir`` (one per user and data folder)."""
    key = f"{os.getuid() if hasattr(os, 'getuid') else ''}:{data_dir.resolve()}"
    return (
        "tongwen-reader-" + hashlib.sha256(key.encode("utf-8", "surrogateescape")).hexdigest()[:20]
    )


def hand_off(data_dir: Path, paths: Sequence[Path], timeout_ms: int = TIMEOUT_MS) -> bool:
    """Give ``paths`` to the window already running on ``data_dir``; False when none is
    (or it did not answer), and this process should open the window itself."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(data_dir))
    if not socket.waitForConnected(timeout_ms):
        return False
    message = json.dumps({"paths": [str(p) for p in paths]}, ensure_ascii=True) + "\n"
    socket.write(message.encode("ascii"))
    if not socket.waitForBytesWritten(timeout_ms):
        return False
    answer = b""
    while b"\n" not in answer and socket.waitForReadyRead(timeout_ms):
        answer += bytes(socket.readAll().data())
    socket.disconnectFromServer()
    return answer.strip() == b"ok"


def _paths(line: bytes) -> list[Path] | None:
    try:
        data = json.loads(line.decode("ascii"))
    except (UnicodeDecodeError, ValueError):
        return None
    paths = data.get("paths") if isinstance(data, dict) else None
    if not isinstance(paths, list) or not all(isinstance(p, str) for p in paths):
        return None
    return [Path(p) for p in paths]


class InstanceServer(QObject):
    """Listens for later launches on the same data folder.

    Signal: ``opened(paths)`` — what a later launch was given (absolute paths; may be empty:
    the window should just come to the front).
    """

    opened = Signal(list)

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = server_name(data_dir)
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._buffers: dict[QLocalSocket, bytes] = {}
        if not self._server.listen(self.name):
            # A socket file left by a window that crashed: nobody answered hand_off, so it is
            # stale.
            QLocalServer.removeServer(self.name)
            self._server.listen(self.name)
        self._server.newConnection.connect(self._on_server_new_connection)

    @property
    def listening(self) -> bool:
        """Whether later launches can reach this window."""
        return self._server.isListening()

    def close(self) -> None:
        """Stop listening (the window is closing)."""
        self._server.close()

    @Slot()
    def _on_server_new_connection(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            self._buffers[socket] = b""
            socket.readyRead.connect(self._on_socket_ready_read)
            socket.disconnected.connect(self._on_socket_disconnected)

    @Slot()
    def _on_socket_disconnected(self) -> None:
        socket = self.sender()
        if isinstance(socket, QLocalSocket):
            self._buffers.pop(socket, None)
            socket.deleteLater()

    @Slot()
    def _on_socket_ready_read(self) -> None:
        socket = self.sender()
        if not isinstance(socket, QLocalSocket):
            return
        data = self._buffers.get(socket, b"") + bytes(socket.readAll().data())
        if b"\n" not in data:
            if len(data) > MAX_MESSAGE:
                socket.abort()
            else:
                self._buffers[socket] = data
            return
        paths = _paths(data.split(b"\n", 1)[0])
        socket.write(b"ok\n" if paths is not None else b"refused\n")
        socket.flush()
        socket.disconnectFromServer()
        if paths is not None:
            self.opened.emit(paths)
