"""The window's settings: read back at once, written to the file by a thread of their own."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path
from typing import ClassVar

import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st
from PySide6.QtCore import QByteArray, QEvent, QObject, QSettings
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from reader.model.paths import DataFiles
from reader.ui.settings import (
    Key,
    WindowSettings,
    open_settings,
    read_bool,
    read_bytes,
    read_int,
    read_paths,
    read_text,
    write,
)
from tests.ui.sync_recording import SyncRecording

ROOT = Path(__file__).resolve().parents[2]

# A fresh process prints what it reads of the settings of the data folder argv[1] (as text).
_READ = """
import json, sys
from pathlib import Path
from typing import ClassVar
from PySide6.QtCore import QCoreApplication
from reader.ui.settings import open_settings
app = QCoreApplication([])
settings = open_settings(Path(sys.argv[1]))
print(json.dumps({key: str(settings.value(key)) for key in settings.allKeys()}))
"""

# A fresh process writes argv[2:] (key, value pairs) and quits at once: no sync, no wait.
_WRITE_AND_QUIT = """
import sys
from pathlib import Path
from typing import ClassVar
from PySide6.QtCore import QCoreApplication
from reader.ui.settings import open_settings
app = QCoreApplication([])
settings = open_settings(Path(sys.argv[1]))
pairs = sys.argv[2:]
for key, value in zip(pairs[::2], pairs[1::2]):
    settings.setValue(key, value)
"""


def _python(code: str, *args: str) -> str:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True, text=True, check=True, cwd=ROOT, env=env, timeout=60,
    )  # fmt: skip
    return out.stdout


def _read_in_fresh_process(data_dir: Path) -> dict[str, str]:
    return dict(json.loads(_python(_READ, str(data_dir))))


class _UpdateWatch(QObject):
    """Counts the UpdateRequest events (Qt's deferred sync) sent to the watched object."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.updates = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.UpdateRequest:
            self.updates += 1
        return False


@pytest.fixture
def recording(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The threads that sync a WindowSettings' file (made after this fixture)."""
    threads: ClassVar[list[int]] = []
    monkeypatch.setattr(SyncRecording, "threads", threads)
    monkeypatch.setattr(WindowSettings, "writer_file_type", SyncRecording)
    return threads


def test_values_written_are_read_back_at_once(qapp: QApplication, data_dir: Path) -> None:
    settings = open_settings(data_dir)
    write(settings, Key.DOCUMENT, "/a/b.md")
    write(settings, Key.CARET_BROWSING, True)
    write(settings, Key.POINT_SIZE, 17)
    write(settings, Key.LIBRARY_PATHS, [str(data_dir)])
    write(settings, Key.SPLITTER, QByteArray(b"\x00\x01state"))
    assert read_text(settings, Key.DOCUMENT) == "/a/b.md"
    assert read_bool(settings, Key.CARET_BROWSING, False) is True
    assert read_int(settings, Key.POINT_SIZE, 12, 6, 40) == 17
    assert read_paths(settings, Key.LIBRARY_PATHS) == [data_dir]
    assert read_bytes(settings, Key.SPLITTER) == QByteArray(b"\x00\x01state")
    assert read_text(settings, Key.THEME, "light") == "light"  # never written: the default
    settings.sync()


def test_a_value_written_is_a_copy(qapp: QApplication, data_dir: Path) -> None:
    settings = open_settings(data_dir)
    paths = [str(data_dir)]
    write(settings, Key.LIBRARY_PATHS, paths)
    paths.append("/elsewhere")  # as QSettings, what was written does not change with it
    assert settings.value(Key.LIBRARY_PATHS.value) == [str(data_dir)]
    settings.sync()


@hypothesis_settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(values=st.dictionaries(st.sampled_from(list(Key)), st.text(min_size=1), max_size=6))
def test_text_values_are_the_same_read_back_and_in_the_file(
    qapp: QApplication, tmp_path: Path, values: dict[Key, str]
) -> None:
    path = tmp_path / "property.ini"
    path.unlink(missing_ok=True)
    settings = WindowSettings(str(path))
    for key, value in values.items():
        write(settings, key, value)
    assert {key: settings.value(key.value) for key in values} == values
    settings.sync()
    # Another QSettings of this process reads the file (as written) once it is unused here.
    del settings
    again = QSettings(str(path), QSettings.Format.IniFormat)
    assert {key: again.value(key.value) for key in values} == values


def test_values_are_kept_for_the_next_process(qapp: QApplication, data_dir: Path) -> None:
    settings = open_settings(data_dir)
    write(settings, Key.DOCUMENT, "/posts/一.md")
    write(settings, Key.THEME, "dark")
    settings.sync()
    assert _read_in_fresh_process(data_dir) == {
        "view/document": "/posts/一.md",
        "reading/theme": "dark",
    }


def test_a_quit_right_after_a_write_keeps_it(data_dir: Path) -> None:
    _python(_WRITE_AND_QUIT, str(data_dir), Key.DOCUMENT.value, "/posts/last.md")
    assert _read_in_fresh_process(data_dir) == {"view/document": "/posts/last.md"}


def test_the_file_is_written_without_a_sync_or_a_quit(qtbot: QtBot, data_dir: Path) -> None:
    # What a crash could lose is only what Qt's own deferred sync would have: the file is
    # written as soon as the writing thread has the value, with nobody waiting for it.
    settings = open_settings(data_dir)
    write(settings, Key.DOCUMENT, "/posts/crash.md")
    file = DataFiles(data_dir).settings
    qtbot.waitUntil(lambda: file.exists() and "crash.md" in file.read_text("utf-8"), timeout=10000)


def test_the_ui_thread_never_syncs_the_file(
    qtbot: QtBot, data_dir: Path, recording: list[int]
) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    settings = open_settings(data_dir)
    watch = _UpdateWatch(host)
    settings.installEventFilter(watch)
    for n in range(5):
        write(settings, Key.DOCUMENT, f"/posts/{n}.md")
        qtbot.wait(20)  # the UI thread's event loop runs (Qt's deferred sync would be here)
    write(settings, Key.GEOMETRY, QByteArray(b"geometry"))
    settings.sync()
    assert recording  # the file was synced, with the double
    assert threading.get_ident() not in recording
    assert len(set(recording)) == 1  # by the writing thread alone
    assert watch.updates == 0  # no deferred sync was asked of the UI thread's settings
    assert _read_in_fresh_process(data_dir)["view/document"] == "/posts/4.md"
    settings.removeEventFilter(watch)


def test_two_processes_keep_each_others_keys(qapp: QApplication, data_dir: Path) -> None:
    settings = open_settings(data_dir)
    write(settings, Key.THEME, "dark")
    settings.sync()
    # A second window on the same data folder (another process) writes its own keys...
    _python(_WRITE_AND_QUIT, str(data_dir), Key.POINT_SIZE.value, "20", Key.THEME.value, "sepia")
    # ...and this one writes another key later: Qt merges the file, as before.
    write(settings, Key.DOCUMENT, "/posts/mine.md")
    settings.sync()
    assert _read_in_fresh_process(data_dir) == {
        "reading/theme": "sepia",  # the other process wrote it last
        "reading/point_size": "20",
        "view/document": "/posts/mine.md",
    }


def test_a_hand_edited_file_is_read_when_made(data_dir: Path) -> None:
    DataFiles(data_dir).settings.write_text(
        "[reading]\npoint_size=abc\ntheme=dark\n[library]\npaths=/nowhere, /nor/here\n", "utf-8"
    )
    settings = open_settings(data_dir)
    assert read_int(settings, Key.POINT_SIZE, 12, 6, 40) == 12
    assert read_text(settings, Key.THEME) == "dark"
    assert read_paths(settings, Key.LIBRARY_PATHS) == []
    with pytest.raises(TypeError):
        settings.value(Key.THEME.value, "", str)
