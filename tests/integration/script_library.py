"""A small library of a Traditional and a Simplified post (and non-BMP text) in the real window."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QToolButton
from pytestqt.qtbot import QtBot

from reader.model.script.modes import DisplayMode
from reader.ui.library.roles import Role
from reader.ui.main_window import MainWindow
from tests.conftest import FIXTURES, SAMPLES

FIND_POST = FIXTURES / "find" / "2021-02-02-網際網路上的字.md"
SIMPLIFIED_POST = FIXTURES / "script" / "2021-01-01-软件.md"
TRADITIONAL_SAMPLE = SAMPLES / "000_d043fc81a1e0b39c.txt"
FIND_TITLE = "網際網路上的𫫇字"
SIMPLIFIED_TITLE = "阿塞拜疆的软件"


def make_library(folder: Path) -> Path:
    """Copies of the fixture posts in ``folder`` (returned)."""
    folder.mkdir(parents=True, exist_ok=True)
    for path in (FIND_POST, SIMPLIFIED_POST, TRADITIONAL_SAMPLE):
        shutil.copy(path, folder / path.name)
    return folder


def open_window(qtbot: QtBot, data_dir: Path, library: Path) -> MainWindow:
    """The window on ``library``, shown, with its first article in the pane."""
    window = MainWindow(data_dir, [library])
    qtbot.addWidget(window)
    with qtbot.waitSignals([window.library_loaded, window.article_shown], timeout=20000):
        window.show()
    return window


def show_document(qtbot: QtBot, window: MainWindow, path: Path) -> None:
    """Click the list row of the document at ``path`` (unless it is already shown)."""
    doc = window.current_document
    path = path.resolve()
    if doc is not None and doc.path.resolve() == path:
        return
    model = window.list_view.model()
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        if Path(str(index.data(Role.PATH))).resolve() == path:
            rect = window.list_view.visualRect(index)
            with qtbot.waitSignal(window.article_shown, timeout=20000):
                qtbot.mouseClick(
                    window.list_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center()
                )
            assert window.current_document is not None
            assert window.current_document.path.resolve() == path
            return
    raise AssertionError(f"{path} is not in the list")


def choose_mode(qtbot: QtBot, window: MainWindow, mode: DisplayMode) -> None:
    """Switch the display as a user does: the toolbar buttons, or a regional form's menu item."""
    with qtbot.waitSignals([window.mode_applied, window.article_shown], timeout=20000):
        if mode in (DisplayMode.ORIGINAL, DisplayMode.TRADITIONAL, DisplayMode.SIMPLIFIED) and (
            mode is DisplayMode.ORIGINAL or window.toggle.variant_actions[mode].isChecked()
        ):
            button = window.toggle.buttons.get(mode) or window.toolbar.widgetForAction(
                window.toggle.actions[mode]
            )
            assert isinstance(button, QToolButton) and button.isVisible()
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
        else:
            window.toggle.variant_actions[mode].trigger()
    assert window.mode is mode
    # An article_shown of an earlier render (e.g. after the list refreshed) can end the wait
    # above; the pane is only in the new mode once the display it shows says so.
    qtbot.waitUntil(
        lambda: window.current_display is not None and window.current_display.mode is mode,
        timeout=20000,
    )
