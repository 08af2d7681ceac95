"""Background work seen from the window: one clear message per failure, no leftover requests."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from reader.ui.library.roles import Role
from reader.ui.main_window import MainWindow
from tests.integration.script_library import make_library, open_window


def test_a_failed_search_says_why_once_without_a_class_path(
    qtbot: QtBot, data_dir: Path, tmp_path: Path
) -> None:
    window = open_window(qtbot, data_dir, make_library(tmp_path / "lib"))
    box = window.search_panel.box
    box.setFocus()
    qtbot.keyClicks(box, "!!!")
    with qtbot.waitSignal(window.library.search_failed, timeout=10000):
        qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.wait(50)  # anything else the failure might have queued
    shown = window.search_panel.status.text()
    assert "no words to search for" in shown
    assert "QueryError" not in shown and "reader." not in shown
    assert window.statusBar().currentMessage() == ""  # said once, in the panel only
    window.close()


def test_marking_documents_read_leaves_no_request_behind(
    qtbot: QtBot, data_dir: Path, tmp_path: Path
) -> None:
    window: MainWindow = open_window(qtbot, data_dir, make_library(tmp_path / "lib"))
    model = window.sorted_model
    assert model.rowCount() == 3
    for row in (1, 2, 0):
        with qtbot.waitSignal(window.article_shown, timeout=20000):
            window.list_view.setCurrentIndex(model.index(row, 0))
    qtbot.waitUntil(
        lambda: all(model.index(r, 0).data(Role.READ) for r in range(model.rowCount())),
        timeout=10000,
    )
    tasks = window._tasks
    qtbot.waitUntil(lambda: tasks.pending == 0, timeout=10000)
    # Requests are forgotten once delivered: no key per document piles up.
    assert not any(key.startswith("library-read") for key in tasks._latest)
    assert set(tasks._latest) <= {"library-index"}
    window.close()
