"""The window's settings file is written off the UI thread, and kept across a restart."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QSettings
from pytestqt.qtbot import QtBot

from reader.model.paths import DataFiles
from reader.model.script.modes import DisplayMode
from reader.ui.main_window import MainWindow
from reader.ui.settings import WindowSettings
from tests.integration.script_library import (
    SIMPLIFIED_POST,
    make_library,
    open_window,
    show_document,
)
from tests.ui.sync_recording import SyncRecording


def test_the_window_writes_its_settings_off_the_ui_thread(
    qtbot: QtBot, data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    threads: list[int] = []
    monkeypatch.setattr(SyncRecording, "threads", threads)
    monkeypatch.setattr(WindowSettings, "writer_file_type", SyncRecording)
    asked: list[int] = []  # Qt's deferred syncs asked of the window's own (UI thread) settings

    def event(settings: WindowSettings, event: QEvent) -> bool:
        if event.type() == QEvent.Type.UpdateRequest:
            asked.append(threading.get_ident())
        return QSettings.event(settings, event)

    monkeypatch.setattr(WindowSettings, "event", event, raising=False)
    library = make_library(tmp_path / "library")
    window = open_window(qtbot, data_dir, library)
    show_document(qtbot, window, library / SIMPLIFIED_POST.name)
    with qtbot.waitSignals([window.mode_applied, window.article_shown], timeout=10000):
        window.toggle.variant_actions[DisplayMode.TAIWAN].trigger()
    window.close()
    assert threads  # the file was synced, with the double
    assert threading.get_ident() not in threads
    assert asked == []
    # What the window wrote is in the file once it is closed, for the next start.
    file = QSettings(str(DataFiles(data_dir).settings), QSettings.Format.IniFormat)
    assert Path(str(file.value("view/document"))).name == SIMPLIFIED_POST.name
    assert file.value("view/script") == "taiwan"
    # A plain start (no folder given) shows the library and the document read last.
    again = MainWindow(data_dir)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitUntil(
        lambda: (
            again.current_document is not None
            and again.current_document.path.name == SIMPLIFIED_POST.name
        ),
        timeout=20000,
    )
    assert again.toggle.mode is DisplayMode.TAIWAN
    again.close()
