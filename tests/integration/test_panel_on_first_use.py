"""The annotation panel is made when it is first shown or wanted: until then a slot holds its
place in the splitter. Made later, it stands where the slot stood and works as one made at once:
its shortcut, its rows, Tab between the panes, the mouse's back button in its list."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from reader.ui.annotations.panel import AnnotationPanel
from reader.ui.main_window import MainWindow
from reader.ui.window.panes import PANEL, PANEL_MINIMUM
from tests.integration.long_library import LONG_NAME, make_long_library, paragraph
from tests.integration.script_library import open_window, show_document

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
SAMPLE = "001_9d316e97139cf3b5.txt"


@pytest.fixture
def library(tmp_path: Path) -> Path:
    return make_long_library(tmp_path / "library")


@pytest.fixture
def narrow(qtbot: QtBot, data_dir: Path, library: Path) -> Iterator[MainWindow]:
    """The window at 800×600: the panel, wanted, is hidden to give the article room."""
    win = open_window(qtbot, data_dir, library)
    win.resize(800, 600)
    show_document(qtbot, win, library / LONG_NAME)
    qtbot.wait(30)  # the fits run
    win.activateWindow()
    yield win
    win.close()


def made_panels(window: MainWindow) -> list[AnnotationPanel]:
    return window.findChildren(AnnotationPanel)


def slots_of(window: MainWindow) -> list[QWidget]:
    return window.findChildren(QWidget, "annotationPanelSlot")


def press(qtbot: QtBot, key: Qt.Key, modifiers: Qt.KeyboardModifier) -> None:
    """A key as the user types it: to whatever has the focus."""
    widget = QApplication.focusWidget()
    assert widget is not None
    qtbot.keyClick(widget, key, modifiers)


def select(window: MainWindow, quote: str) -> None:
    doc, pane = window.current_document, window.article.pane_map
    assert doc is not None and pane is not None
    start = doc.text.index(quote)
    qt = pane.qt_range(start, start + len(quote))
    assert qt is not None
    cursor = QTextCursor(window.article.document())
    cursor.setPosition(qt[0])
    cursor.setPosition(qt[1], QTextCursor.MoveMode.KeepAnchor)
    window.article.setTextCursor(cursor)


def test_a_hidden_panel_is_made_by_its_shortcut_where_its_slot_stood(
    qtbot: QtBot, narrow: MainWindow, library: Path
) -> None:
    window = narrow
    assert PANEL in window.panes.hidden_for_room
    assert not made_panels(window)
    slot = window.splitter.widget(2)
    assert slots_of(window) == [slot] and slot.isHidden()
    # A highlight made before the panel exists is listed by it when it is made.
    window.article.setFocus()
    select(window, paragraph(3)[:12])
    press(qtbot, Qt.Key.Key_H, CTRL_SHIFT)
    assert not made_panels(window)

    press(qtbot, Qt.Key.Key_P, CTRL_SHIFT)  # View → Annotations Panel
    panel = window.annotations.panel
    assert made_panels(window) == [panel]
    assert window.splitter.widget(2) is panel and window.splitter.indexOf(slot) == -1
    assert panel.isVisible() and window.annotations.panel_action.isChecked()
    assert panel.width() >= PANEL_MINIMUM and PANEL not in window.panes.hidden_for_room
    qtbot.waitUntil(lambda: not slots_of(window), timeout=5000)  # deleted
    assert len(panel.visible_ids()) == 1 and panel.list_view.isVisible()

    # Tab goes from the article to the panel made later, and on to the next pane.
    window.article.setFocus()
    press(qtbot, Qt.Key.Key_Tab, Qt.KeyboardModifier.NoModifier)
    assert panel.isAncestorOf(QApplication.focusWidget())
    press(qtbot, Qt.Key.Key_Tab, Qt.KeyboardModifier.NoModifier)
    assert not panel.isAncestorOf(QApplication.focusWidget())

    # The shortcut hides it again, and brings the same panel back.
    window.article.setFocus()
    press(qtbot, Qt.Key.Key_P, CTRL_SHIFT)
    assert not panel.isVisible() and not window.annotations.panel_action.isChecked()
    press(qtbot, Qt.Key.Key_P, CTRL_SHIFT)
    assert panel.isVisible() and made_panels(window) == [panel]


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_the_mouse_back_button_in_a_panel_made_later_goes_back(
    qtbot: QtBot, narrow: MainWindow, library: Path
) -> None:
    window = narrow
    window.article.setFocus()
    select(window, paragraph(2)[:10])
    press(qtbot, Qt.Key.Key_H, CTRL_SHIFT)
    show_document(qtbot, window, library / SAMPLE)
    show_document(qtbot, window, library / LONG_NAME)  # (its highlight is listed)
    window.annotations.panel_action.trigger()
    panel = window.annotations.panel
    assert panel.isVisible() and panel.list_view.isVisible()
    with qtbot.waitSignal(window.article_shown, timeout=20000):
        qtbot.mouseClick(panel.list_view.viewport(), Qt.MouseButton.BackButton, pos=QPoint(5, 5))
    assert window.current_document is not None
    assert window.current_document.path.name == SAMPLE


def test_a_wide_window_makes_the_panel_before_it_first_paints(
    qtbot: QtBot, data_dir: Path, library: Path
) -> None:
    window = MainWindow(data_dir, [library])
    qtbot.addWidget(window)
    window.resize(1400, 900)
    with qtbot.waitSignals([window.library_loaded, window.article_shown], timeout=20000):
        window.show()
    panels = made_panels(window)
    assert len(panels) == 1 and window.splitter.widget(2) is panels[0]
    assert panels[0].isVisible() and panels[0].width() >= PANEL_MINIMUM
    assert window.annotations.panel is panels[0]
    window.close()
