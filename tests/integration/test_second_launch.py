"""A second launch on the same data folder hands its file to the running window and exits 0."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtNetwork import QLocalSocket
from pytestqt.qtbot import QtBot

from reader.ui.instance import InstanceServer, hand_off, server_name
from reader.ui.main_window import MainWindow
from tests.conftest import SAMPLES

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")

POST = """---
title: 第二次啟動
date: 2024-01-02
---

從檔案管理員開啟的文章。
"""


@pytest.fixture
def window(qtbot: QtBot, data_dir: Path) -> Iterator[tuple[MainWindow, InstanceServer]]:
    win = MainWindow(data_dir, [SAMPLES])
    qtbot.addWidget(win)
    server = InstanceServer(data_dir, win)
    server.opened.connect(win.open_handed_over)
    with qtbot.waitSignal(win.article_shown, timeout=20000):
        win.show()
    yield win, server
    server.close()
    win.close()


def _launch(data_dir: Path, *args: str) -> subprocess.Popen[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", READER_DATA_DIR=str(data_dir))
    return subprocess.Popen(
        [sys.executable, "-m", "reader", *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_a_second_launch_with_a_file_opens_it_in_the_running_window(
    qtbot: QtBot, window: tuple[MainWindow, InstanceServer], data_dir: Path, tmp_path: Path
) -> None:
    win, server = window
    assert server.listening
    post = tmp_path / "elsewhere" / "second.md"
    post.parent.mkdir()
    post.write_text(POST, encoding="utf-8")
    roots = list(win.library.roots)
    with qtbot.waitSignal(win.article_shown, timeout=30000) as shown:
        process = _launch(data_dir, str(post))
        qtbot.waitUntil(lambda: process.poll() is not None, timeout=30000)
    _, err = process.communicate()
    assert process.returncode == 0, err
    assert shown.args == [str(post.resolve())]
    assert win.article.toPlainText().startswith("第二次啟動")
    # A file alone is shown, not added to the library.
    assert list(win.library.roots) == roots


def test_a_second_launch_with_a_folder_adds_it(
    qtbot: QtBot, window: tuple[MainWindow, InstanceServer], data_dir: Path, tmp_path: Path
) -> None:
    win, _ = window
    folder = tmp_path / "more"
    folder.mkdir()
    (folder / "a.md").write_text(POST, encoding="utf-8")
    process = _launch(data_dir, str(folder))
    qtbot.waitUntil(lambda: process.poll() is not None, timeout=30000)
    _, err = process.communicate()
    assert process.returncode == 0, err
    qtbot.waitUntil(lambda: folder.resolve() in list(win.library.roots), timeout=10000)


def test_without_a_running_window_nothing_is_handed_off(tmp_path: Path) -> None:
    assert hand_off(tmp_path / "nobody", [tmp_path / "x.md"], timeout_ms=500) is False
    assert server_name(tmp_path / "a") != server_name(tmp_path / "b")
    assert server_name(tmp_path / "a") == server_name(tmp_path / "a" / ".." / "a")


def test_garbage_is_refused_and_opens_nothing(
    qtbot: QtBot, window: tuple[MainWindow, InstanceServer], data_dir: Path
) -> None:
    win, server = window
    opened: list[object] = []
    server.opened.connect(opened.append)
    socket = QLocalSocket(win)
    socket.connectToServer(server.name)
    qtbot.waitUntil(lambda: socket.state() == QLocalSocket.LocalSocketState.ConnectedState)
    socket.write(b'{"paths": [1, 2]}\n')
    qtbot.waitUntil(lambda: socket.bytesAvailable() > 0, timeout=5000)
    assert bytes(socket.readAll().data()).strip() == b"refused"
    assert opened == []


def test_a_stale_socket_is_taken_over(qtbot: QtBot, data_dir: Path, tmp_path: Path) -> None:
    holder = MainWindow(data_dir, [SAMPLES])
    qtbot.addWidget(holder)
    first = InstanceServer(data_dir, holder)
    assert first.listening
    # A window that died left its name behind: a new window listens in its place.
    second = InstanceServer(data_dir, holder)
    assert second.listening
    first.close()
    second.close()
    holder.close()
