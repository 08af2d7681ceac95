"""Background work seen from the window: one clear message per failure, no leftover requests."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from reader.model.library.views import SmartView
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


def test_the_first_article_is_laid_out_before_the_counts_are_asked_for(
    qtbot: QtBot, data_dir: Path, tmp_path: Path
) -> None:
    library = make_library(tmp_path / "lib")
    first = open_window(qtbot, data_dir, library)  # indexed: the next start lists at once
    qtbot.waitUntil(lambda: bool(first.list_view.currentIndex().data(Role.READ)), timeout=10000)
    assert first.current_document is not None
    summary = first.library._index.summary_of(first.current_document.path)
    assert summary is not None
    first.library.state.set_read([summary.key], read=False)  # the one to open is unread again
    first.close()
    window = MainWindow(data_dir, [library])
    qtbot.addWidget(window)
    panel = window.library
    at_shown: list[tuple[int | None, int, bool]] = []

    def shown(_path: str) -> None:
        row = window.list_view.currentIndex()
        at_shown.append(
            (panel.views.count(SmartView.ALL), window._tasks.pending, bool(row.data(Role.READ)))
        )

    window.article_shown.connect(shown)
    with qtbot.waitSignal(window.article_shown, timeout=20000):
        window.show()
    # When the first article is shown, the list is in but nothing runs beside the render: the
    # smart views' counts wait (the update too); the read mark is stored once it is shown.
    count, pending, read = at_shown[0]
    assert window.model.rowCount() == 3
    assert count is None and pending == 0 and not read
    qtbot.waitUntil(lambda: panel.views.count(SmartView.ALL) == 3, timeout=10000)
    qtbot.waitUntil(lambda: bool(window.list_view.currentIndex().data(Role.READ)), timeout=10000)
    qtbot.waitUntil(lambda: panel.views.count(SmartView.UNREAD) == 2, timeout=10000)
    window.close()


def test_a_first_start_lays_its_first_article_out_before_counts_are_asked_for(
    qtbot: QtBot, data_dir: Path, tmp_path: Path
) -> None:
    # Nothing indexed: the first list is empty, the update runs, the next list opens the article.
    window = MainWindow(data_dir, [make_library(tmp_path / "lib")])
    qtbot.addWidget(window)
    panel = window.library
    at_shown: list[tuple[int | None, bool]] = []

    def shown(_path: str) -> None:
        row = window.list_view.currentIndex()
        at_shown.append((panel.views.count(SmartView.ALL), bool(row.data(Role.READ))))

    window.article_shown.connect(shown)
    with qtbot.waitSignal(window.article_shown, timeout=20000):
        window.show()
    assert at_shown[0] == (None, False)
    qtbot.waitUntil(lambda: panel.views.count(SmartView.ALL) == 3, timeout=10000)
    qtbot.waitUntil(lambda: bool(window.list_view.currentIndex().data(Role.READ)), timeout=10000)
    qtbot.waitUntil(lambda: panel.views.count(SmartView.UNREAD) == 2, timeout=10000)
    window.close()
