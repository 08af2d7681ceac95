"""Getting around in the real window: opening a search hit, back and forward, focus mode and
full screen, where Open Folder starts, the export's file name."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QFileDialog, QTableView
from pytestqt.qtbot import QtBot

from reader.model.article.positions import ReadingPosition
from reader.ui.annotations import dialogs as annotation_dialogs
from reader.ui.annotations.dialogs import ExportChoice, ExportFormat, ExportScope
from reader.ui.article.view import READABLE_EM
from reader.ui.main_window import MainWindow
from reader.ui.settings import Key, read_text
from tests.integration.long_library import LONG_NAME, make_long_library, paragraph
from tests.integration.script_library import open_window, show_document
from tests.integration.test_window_layout import assert_kept, line_of

ALT = Qt.KeyboardModifier.AltModifier
SAMPLE = "001_9d316e97139cf3b5.txt"


@pytest.fixture
def library(tmp_path: Path) -> Path:
    return make_long_library(tmp_path / "library")


@pytest.fixture
def window(qtbot: QtBot, data_dir: Path, library: Path) -> Iterator[MainWindow]:
    win = open_window(qtbot, data_dir, library)
    win.resize(1200, 800)
    show_document(qtbot, win, library / LONG_NAME)
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win, timeout=5000)
    yield win
    win.close()


def search(qtbot: QtBot, window: MainWindow, query: str) -> None:
    """Ctrl+K, type the query, Enter, and open the first result."""
    qtbot.keyClick(window.article, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    box = window.search_panel.box
    assert box.hasFocus()
    box.setText(query)  # (QTest types Latin-1 only)
    with qtbot.waitSignal(window.library.search_done, timeout=20000):
        qtbot.keyClick(box, Qt.Key.Key_Return)
    view = window.search_panel.view
    index = window.search_panel.model.index(0)
    assert index.isValid()
    view.setFocus()
    view.setCurrentIndex(index)
    with qtbot.waitSignal(window.article_shown, timeout=20000):
        qtbot.keyClick(view, Qt.Key.Key_Return)


def test_a_search_hit_opens_in_the_upper_third_without_the_toolbar(
    qtbot: QtBot, window: MainWindow, library: Path
) -> None:
    show_document(qtbot, window, library / SAMPLE)
    search(qtbot, window, "第120段")
    doc = window.current_document
    assert doc is not None and doc.path.name == LONG_NAME
    qtbot.wait(50)
    top = line_of(window.article, doc.text.index(paragraph(120)))
    assert 0 <= top <= window.article.viewport().height() / 3
    assert not window.article.textCursor().hasSelection()
    assert not window.annotations.toolbar.isVisible()
    assert window.article.layer("reveal")  # the match is marked


def test_a_title_hit_opens_at_the_top(qtbot: QtBot, window: MainWindow, library: Path) -> None:
    bar = window.article.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    window.article.save_position()
    show_document(qtbot, window, library / SAMPLE)
    search(qtbot, window, "很長的文章")  # in the title, and late in the body
    assert window.current_document is not None
    assert window.current_document.path.name == LONG_NAME
    assert bar.value() == 0
    assert not window.annotations.toolbar.isVisible()


def press(qtbot: QtBot, key: Qt.Key, modifiers: Qt.KeyboardModifier) -> None:
    widget = QApplication.focusWidget()
    assert widget is not None
    qtbot.keyClick(widget, key, modifiers)


def test_back_and_forward_between_articles_and_jumps(
    qtbot: QtBot, window: MainWindow, library: Path
) -> None:
    view = window.article
    bar = view.verticalScrollBar()
    bar.setValue(bar.maximum() // 3)
    offset = view.current_position().offset
    show_document(qtbot, window, library / SAMPLE)
    assert window.history.back_action.isEnabled()
    with qtbot.waitSignal(window.article_shown, timeout=20000):
        press(qtbot, Qt.Key.Key_Left, ALT)
    assert window.current_document is not None
    assert window.current_document.path.name == LONG_NAME
    assert_kept(view, offset)
    with qtbot.waitSignal(window.article_shown, timeout=20000):
        press(qtbot, Qt.Key.Key_Right, ALT)
    assert window.current_document.path.name == SAMPLE
    with qtbot.waitSignal(window.article_shown, timeout=20000):
        window.history.back_action.trigger()  # the Go menu's entry
    assert_kept(view, offset)
    # A jump inside the article is a step too.
    view.setFocus()
    press(qtbot, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert bar.value() == bar.maximum()
    press(qtbot, Qt.Key.Key_Left, ALT)
    assert_kept(view, offset)
    assert window.current_document.path.name == LONG_NAME
    press(qtbot, Qt.Key.Key_Right, ALT)
    assert bar.value() == bar.maximum()
    # The mouse's back button (on the article) goes back as well.
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.BackButton, pos=QPoint(50, 50))
    assert_kept(view, offset)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.ForwardButton, pos=QPoint(50, 50))
    assert bar.value() == bar.maximum()


def test_going_to_an_annotation_is_a_step(qtbot: QtBot, window: MainWindow) -> None:
    view = window.article
    doc = window.current_document
    assert doc is not None and view.pane_map is not None
    start = doc.text.index(paragraph(140))
    qt = view.pane_map.qt_range(start, start + 6)
    assert qt is not None
    cursor = QTextCursor(view.document())
    cursor.setPosition(qt[0])
    cursor.setPosition(qt[1], QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    added = window.annotations.highlight()
    assert added is not None
    view.restore_position(ReadingPosition(doc.text.index(paragraph(5)), 0.0))
    assert window.annotations.go_to(added.id)
    assert line_of(view, start) < view.viewport().height() / 2
    window.history.back()
    assert_kept(view, doc.text.index(paragraph(5)))


def test_focus_mode_and_full_screen(qtbot: QtBot, window: MainWindow) -> None:
    bars = [window.toolbar, window.menuBar(), window.statusBar()]
    window.article.setFocus()
    press(
        qtbot, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert window.focus_mode.focused
    qtbot.wait(20)
    assert not window.library.isVisible() and not window.annotations.panel.isVisible()
    assert not any(bar.isVisible() for bar in bars)
    assert window.article.isVisible() and window.article.characters_per_line() >= READABLE_EM
    # The shortcuts of the hidden menus still work.
    press(qtbot, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert window.reading_prefs.point_size == 13
    press(qtbot, Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier)
    assert not window.focus_mode.focused
    qtbot.wait(20)
    assert window.library.isVisible() and window.annotations.panel.isVisible()
    assert all(bar.isVisible() for bar in bars)
    press(qtbot, Qt.Key.Key_F11, Qt.KeyboardModifier.NoModifier)
    assert window.isFullScreen() and window.focus_mode.full_screen
    press(qtbot, Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier)
    assert not window.isFullScreen() and not window.focus_mode.full_screen
    view_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    assert window.focus_mode.focus_action in view_menu.actions()
    assert window.focus_mode.full_screen_action in view_menu.actions()


def test_escape_closes_the_find_bar_before_leaving_focus_mode(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.focus_mode.set_focus(True)
    window.find_bar.open()
    assert window.find_bar.isVisible()
    press(qtbot, Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier)
    assert not window.find_bar.isVisible() and window.focus_mode.focused


def test_open_folder_starts_at_home_then_at_the_last_folder(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    chosen = tmp_path / "more"
    chosen.mkdir()
    started: list[str] = []

    def fake_dialog(parent: object, caption: str = "", folder: str = "", *a: object) -> str:
        started.append(folder)
        return str(chosen)

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", fake_dialog)
    window._on_open_folder_triggered()
    window._on_open_folder_triggered()
    assert started == [str(home), str(chosen)]
    assert read_text(window._settings, Key.LAST_FOLDER) == str(chosen)


def test_export_suggests_the_file_name_not_the_title(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        annotation_dialogs,
        "ask_export_choice",
        lambda *a: ExportChoice(ExportFormat.MARKDOWN, ExportScope.DOCUMENT),
    )
    suggested: list[str] = []

    def fake_save(parent: object, caption: str = "", name: str = "", *a: object) -> tuple[str, str]:
        suggested.append(name)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake_save)
    window.annotations.export_action.trigger()
    assert [Path(s).name for s in suggested] == [Path(LONG_NAME).stem + ".md"]


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_the_mouse_back_button_in_a_popup_list_goes_back(
    qtbot: QtBot, window: MainWindow, library: Path
) -> None:
    # A popup's list is watched from when the popup first shows (not made before it).
    show_document(qtbot, window, library / SAMPLE)
    box = window.library.filters.sort_box
    box.showPopup()
    popup_list = box.view()
    qtbot.waitUntil(popup_list.isVisible, timeout=5000)
    with qtbot.waitSignal(window.article_shown, timeout=20000):
        qtbot.mouseClick(popup_list.viewport(), Qt.MouseButton.BackButton, pos=QPoint(5, 5))
    assert window.current_document is not None
    assert window.current_document.path.name == LONG_NAME
    box.hidePopup()


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_the_mouse_back_button_in_the_date_calendar_goes_back(
    qtbot: QtBot, window: MainWindow, library: Path
) -> None:
    # The calendar is made when its menu first drops down, after the window watched its
    # popups: its list is found, and watched, when the menu shows.
    show_document(qtbot, window, library / SAMPLE)
    field = window.library.filters.from_field
    shown: list[str] = []
    window.article_shown.connect(shown.append)

    def press_back() -> None:
        days = field.calendar.findChild(QTableView)
        assert days is not None and days.isVisible()
        qtbot.mouseClick(days.viewport(), Qt.MouseButton.BackButton, pos=QPoint(5, 5))
        menu = field.button.menu()
        assert menu is not None
        menu.hide()

    QTimer.singleShot(0, press_back)
    qtbot.mouseClick(field.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(shown), timeout=20000)
    assert window.current_document is not None
    assert window.current_document.path.name == LONG_NAME
