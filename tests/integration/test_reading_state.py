"""Read marks, stars and smart views through the real window; the folders dialog; a partial
library after Cancel; a second window on the same data folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from reader.model.library.state import Mark, ReadingState
from reader.model.library.views import SmartView
from reader.ui.library.roles import Role
from reader.ui.main_window import MainWindow
from tests.integration.script_library import make_library, open_window
from tests.integration.test_workspace import many_posts

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def row_of(window: MainWindow, name: str) -> int:
    model = window.list_view.model()
    return next(
        r
        for r in range(model.rowCount())
        if Path(str(model.index(r, 0).data(Role.PATH))).name == name
    )


def choose_row(qtbot: QtBot, window: MainWindow, row: int) -> None:
    view = window.list_view
    rect = view.visualRect(view.model().index(row, 0))
    with qtbot.waitSignal(window.article_shown, timeout=10000):
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def counts(window: MainWindow) -> dict[SmartView, str]:
    return {v: b.text() for v, b in window.library.views.buttons.items()}


def test_star_and_unread_from_the_keyboard_and_the_context_menu(
    qtbot: QtBot, data_dir: Path, tmp_path: Path
) -> None:
    window = open_window(qtbot, data_dir, many_posts(tmp_path / "lib", 5))
    view = window.list_view
    qtbot.waitUntil(lambda: counts(window)[SmartView.UNREAD] == "Unread 4", timeout=5000)
    assert counts(window)[SmartView.ALL] == "All 5"
    view.setFocus()
    index = view.currentIndex()
    assert index.data(Role.READ) and not index.data(Role.STARRED)
    qtbot.keyClick(view, Qt.Key.Key_S)
    assert view.currentIndex().data(Role.STARRED)
    qtbot.waitUntil(lambda: counts(window)[SmartView.STARRED] == "Starred 1", timeout=5000)
    menu = window.library.marks.context_menu()
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts == [
        "&Next Unread", "Mark as &Unread", "Remove &Star", "Mark &All Listed as Read",
        "Mark &Older as Read…",
    ]  # fmt: skip
    unread = next(a for a in menu.actions() if a.text() == "Mark as &Unread")
    unread.trigger()
    assert not view.currentIndex().data(Role.READ)
    qtbot.waitUntil(lambda: counts(window)[SmartView.UNREAD] == "Unread 5", timeout=5000)
    # Kept in the user's state.sqlite3, by document.
    state = ReadingState(data_dir / "state.sqlite3")
    try:
        assert state.mark(str(view.currentIndex().data(Role.KEY))) == Mark(starred=True)
    finally:
        state.close()
    # The Starred view lists only it; the marks survive a restart.
    with qtbot.waitSignal(window.library.list_updated, timeout=5000):
        qtbot.mouseClick(window.library.views.buttons[SmartView.STARRED], Qt.MouseButton.LeftButton)
    assert window.model.rowCount() == 1
    window.close()


def test_next_unread_and_space_at_the_end_of_an_article(
    qtbot: QtBot, data_dir: Path, tmp_path: Path
) -> None:
    window = open_window(qtbot, data_dir, many_posts(tmp_path / "lib", 5))
    view = window.list_view
    first = view.currentIndex().row()
    assert first == 0
    choose_row(qtbot, window, 2)  # rows 0 and 2 are read now
    view.setFocus()
    with qtbot.waitSignal(window.article_shown, timeout=10000):
        qtbot.keyClick(view, Qt.Key.Key_N)
    assert view.currentIndex().row() == 3
    bar = window.article.verticalScrollBar()
    assert bar.value() == bar.maximum()  # a short article: its end is on screen
    with qtbot.waitSignal(window.article_shown, timeout=10000):
        qtbot.keyClick(window.article, Qt.Key.Key_Space)
    assert view.currentIndex().row() == 4
    with qtbot.waitSignal(window.article_shown, timeout=10000):
        qtbot.keyClick(view, Qt.Key.Key_N)  # from the last one, from the top again
    assert view.currentIndex().row() == 1
    qtbot.waitUntil(lambda: counts(window)[SmartView.UNREAD] == "Unread 0", timeout=5000)
    window.close()


def test_mark_all_listed_and_older_as_read(qtbot: QtBot, data_dir: Path, tmp_path: Path) -> None:
    window = open_window(qtbot, data_dir, many_posts(tmp_path / "lib", 6))  # 1 to 6 March
    marks = window.library.marks
    menu = window.library.marks.context_menu()
    older = next(a for a in menu.actions() if a.text() == "Mark &Older as Read…")
    older.trigger()
    dialog = marks._dialog
    assert dialog is not None and dialog.isVisible()
    dialog.date_edit.setDate(QDate(2021, 3, 4))
    with qtbot.waitSignal(marks.changed, timeout=5000):
        dialog.accept()
    qtbot.waitUntil(lambda: counts(window)[SmartView.UNREAD] == "Unread 2", timeout=5000)
    unread = [
        Path(str(window.model.index(r).data(Role.PATH))).name
        for r in range(window.model.rowCount())
        if not window.model.index(r).data(Role.READ)
    ]
    # Dated 4 and 5 March; 6 March's is the one shown, so it is read already.
    assert sorted(unread) == ["003.md", "004.md"]
    with qtbot.waitSignal(marks.changed, timeout=5000):
        next(a for a in menu.actions() if a.text() == "Mark &All Listed as Read").trigger()
    qtbot.waitUntil(lambda: counts(window)[SmartView.UNREAD] == "Unread 0", timeout=5000)
    window.close()


def test_the_highlights_view_lists_annotated_documents(
    qtbot: QtBot, data_dir: Path, tmp_path: Path
) -> None:
    window = open_window(qtbot, data_dir, make_library(tmp_path / "lib"))
    qtbot.waitUntil(lambda: counts(window)[SmartView.HIGHLIGHTS] == "With highlights 0")
    window.article.selectAll()
    assert window.annotations.highlight() is not None
    qtbot.waitUntil(lambda: counts(window)[SmartView.HIGHLIGHTS] == "With highlights 1")
    with qtbot.waitSignal(window.library.list_updated, timeout=5000):
        qtbot.mouseClick(
            window.library.views.buttons[SmartView.HIGHLIGHTS], Qt.MouseButton.LeftButton
        )
    assert window.model.rowCount() == 1
    assert window.current_document is not None
    assert window.model.index(0).data(Role.PATH) == str(window.current_document.path)
    assert counts(window)[SmartView.TODAY] == "Today 0"  # the posts are from 2021
    window.close()


def test_library_menu_has_the_folders_dialog_and_the_marks(
    qtbot: QtBot, data_dir: Path, tmp_path: Path
) -> None:
    window = open_window(qtbot, data_dir, make_library(tmp_path / "lib"))
    (menu_action,) = [a for a in window.menuBar().actions() if a.text() == "&Library"]
    menu = menu_action.menu()
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]  # type: ignore[union-attr]
    assert texts[0] == "&Folders…" and "&Next Unread" in texts
    shortcuts = {a.text(): a.shortcut().toString() for a in window.findChildren(QAction)}
    assert (shortcuts["&Next Unread"], shortcuts["&Star"]) == ("N", "S")
    window.close()


# ----- folders -----
def test_the_folders_dialog_adds_removes_and_rescans(
    qtbot: QtBot, data_dir: Path, tmp_path: Path
) -> None:
    first = make_library(tmp_path / "first")
    window = open_window(qtbot, data_dir, first)
    window.library.indexer.workers = 1
    window.folders.action.trigger()
    dialog = window.folders
    assert dialog.isVisible()

    def rows() -> list[tuple[str, str, str]]:
        items = [dialog.tree.topLevelItem(i) for i in range(dialog.tree.topLevelItemCount())]
        return [(i.text(0), i.text(1), i.text(2)) for i in items if i is not None]

    qtbot.waitUntil(lambda: rows() == [(str(first), "3", "indexed")], timeout=5000)
    # A highlight in the first folder, which is then removed and added again.
    window.article.selectAll()
    assert window.annotations.highlight() is not None
    second = many_posts(tmp_path / "second", 2)
    with qtbot.waitSignal(window.library.indexing_finished, timeout=20000):
        dialog.add_folder(second)
    qtbot.waitUntil(
        lambda: rows() == [(str(first), "3", "indexed"), (str(second), "2", "indexed")],
        timeout=5000,
    )
    dialog.tree.topLevelItem(0).setSelected(True)  # type: ignore[union-attr]
    assert dialog.remove_button.isEnabled()
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: [r[0] for r in rows()] == [str(second)], timeout=5000)
    assert window.library.roots == [second]
    qtbot.waitUntil(lambda: window.model.rowCount() == 2, timeout=10000)
    # Rescan notices a new file; a folder gone from disk is said to be missing.
    (second / "new.md").write_text('---\ntitle: "新的"\n---\n\n內容。\n', "utf-8")
    with qtbot.waitSignal(window.library.indexing_finished, timeout=20000):
        qtbot.mouseClick(dialog.rescan_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: rows() == [(str(second), "3", "indexed")], timeout=5000)
    with qtbot.waitSignal(window.library.indexing_finished, timeout=20000):
        dialog.add_folder(first)
    qtbot.waitUntil(lambda: window.model.rowCount() == 6, timeout=10000)
    assert window.annotations.store is not None
    assert sum(window.annotations.store.counts_by_path().values()) == 1  # kept
    gone = tmp_path / "gone"
    gone.mkdir()
    with qtbot.waitSignal(window.library.indexing_finished, timeout=20000):
        dialog.add_folder(gone)
    gone.rmdir()
    dialog.refresh()
    assert rows()[-1][2] == "missing"
    window.close()


# ----- a partial library, a second window -----
def test_cancel_leaves_a_lasting_partial_note_with_resume(
    qtbot: QtBot, data_dir: Path, tmp_path: Path
) -> None:
    library = many_posts(tmp_path / "lib", 60)
    window = MainWindow(data_dir, [library])
    qtbot.addWidget(window)
    window.show()
    status = window.library.status
    window.library.indexer.workers = 1
    with qtbot.waitSignal(window.library.indexing_finished, timeout=30000) as blocker:
        qtbot.waitUntil(lambda: status.cancel.isVisible(), timeout=20000)
        qtbot.mouseClick(status.cancel, Qt.MouseButton.LeftButton)
    assert blocker.args[0].cancelled
    assert status.isVisible() and "partial" in status.label.text()
    assert status.resume.isVisible() and not status.cancel.isVisible()
    with qtbot.waitSignal(window.library.indexing_finished, timeout=30000) as blocker:
        qtbot.mouseClick(status.resume, Qt.MouseButton.LeftButton)
    assert not blocker.args[0].cancelled
    assert not status.isVisible()
    qtbot.waitUntil(lambda: window.model.rowCount() == 60, timeout=10000)
    window.close()


def test_a_second_window_on_the_data_folder_says_so_and_does_not_index(
    qtbot: QtBot, data_dir: Path, tmp_path: Path
) -> None:
    library = make_library(tmp_path / "lib")
    first = open_window(qtbot, data_dir, library)
    assert not first.notice.isVisible() or "Another" not in first.notice.text()
    second = MainWindow(data_dir, [library])
    qtbot.addWidget(second)
    second.show()
    assert "Another Tongwen Reader window" in second.notice.text() and second.notice.isVisible()
    qtbot.waitUntil(lambda: second.model.rowCount() == 3, timeout=10000)
    assert second.library.read_only and not second.library.indexer.running
    qtbot.waitUntil(lambda: second.current_document is not None, timeout=10000)
    second.close()
    first.close()
    # Once the first is closed, a new window owns the folder again.
    third = MainWindow(data_dir, [library])
    qtbot.addWidget(third)
    assert "Another" not in third.notice.text()
    third.close()


# The offscreen platform warns when a menu pops up (no raise, no keyboard grab).
@pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise", "grabbing the keyboard")
def test_the_context_menu_acts_on_the_row_right_clicked(
    qtbot: QtBot, data_dir: Path, tmp_path: Path
) -> None:
    window = open_window(qtbot, data_dir, many_posts(tmp_path / "lib", 4))
    view = window.list_view
    assert view.currentIndex().row() == 0
    other = view.model().index(2, 0)
    view.customContextMenuRequested.emit(view.visualRect(other).center())
    menu = view.findChild(QMenu, "libraryContextMenu")
    assert menu is not None
    qtbot.waitUntil(menu.isVisible, timeout=5000)
    star = next(a for a in menu.actions() if a.text() == "&Star")
    # Row 2 is unread (the current row is read): the menu speaks of it.
    assert window.library.marks.toggle_read_action.text() == "Mark as &Read"
    star.trigger()
    menu.hide()
    assert other.data(Role.STARRED) and not view.currentIndex().data(Role.STARRED)
    assert view.currentIndex().row() == 0  # the right-click did not open another document
    qtbot.waitUntil(lambda: window.library.marks.star_action.text() == "&Star", timeout=5000)
    window.close()
