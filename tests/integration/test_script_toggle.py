"""The script toggle's regional menus, driven in the real window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QToolButton
from pytestqt.qtbot import QtBot

from reader.model.script.modes import DisplayMode
from reader.ui.main_window import MainWindow
from reader.ui.script.toggle import ScriptToggle
from tests.conftest import FIXTURES

SAMPLE = FIXTURES / "script"


def _open(qtbot: QtBot, data_dir: Path) -> MainWindow:
    window = MainWindow(data_dir, [SAMPLE])
    qtbot.addWidget(window)
    # Results arrive through queued signals, so waiting after construction misses none.
    # (Not shown: the offscreen platform warns about size hints, and tests fail on warnings.)
    qtbot.waitSignals([window.library_loaded, window.article_shown], timeout=10000).wait()
    return window


def _choose(qtbot: QtBot, window: MainWindow, mode: DisplayMode) -> None:
    with qtbot.waitSignals([window.mode_applied, window.article_shown], timeout=10000):
        window.toggle.variant_actions[mode].trigger()


def test_taiwan_form_reaches_list_pane_and_title(qtbot: QtBot, data_dir: Path) -> None:
    window = _open(qtbot, data_dir)
    assert "软件" in window.article.toPlainText()
    _choose(qtbot, window, DisplayMode.TAIWAN)
    assert window.mode is DisplayMode.TAIWAN
    assert window.toggle.actions[DisplayMode.TRADITIONAL].isChecked()
    text = window.article.toPlainText()
    assert "這個軟體很著名，乾隆也在網路上用過。" in text
    assert "亞塞拜然的軟體" in text
    assert window.model.index(0).data() == "亞塞拜然的軟體"
    assert window.windowTitle().startswith("亞塞拜然的軟體 — ")
    # Standard Traditional keeps mainland words; the 繁 button now means that form.
    _choose(qtbot, window, DisplayMode.TRADITIONAL)
    assert "這個軟件很著名，乾隆也在網絡上用過。" in window.article.toPlainText()
    assert window.model.index(0).data() == "阿塞拜疆的軟件"
    window.close()


def test_choices_are_remembered(qtbot: QtBot, data_dir: Path) -> None:
    window = _open(qtbot, data_dir)
    _choose(qtbot, window, DisplayMode.HONGKONG)
    _choose(qtbot, window, DisplayMode.MAINLAND)
    window.close()
    settings = QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat)
    assert settings.value("view/traditional_variant") == "hongkong"
    assert settings.value("view/simplified_variant") == "mainland"
    assert settings.value("view/script") == "mainland"
    again = MainWindow(data_dir, [SAMPLE])
    qtbot.addWidget(again)
    assert again.toggle.mode is DisplayMode.MAINLAND
    assert again.toggle.traditional_variant is DisplayMode.HONGKONG
    again.close()


def test_toolbar_buttons_carry_the_menus(qtbot: QtBot, data_dir: Path) -> None:
    window = _open(qtbot, data_dir)
    for mode, menu in (
        (DisplayMode.TRADITIONAL, window.toggle.traditional_menu),
        (DisplayMode.SIMPLIFIED, window.toggle.simplified_menu),
    ):
        button = window.toggle.buttons[mode]
        assert button.parent() is window.toolbar
        assert button.defaultAction() is window.toggle.actions[mode]
        assert button.menu() is menu
        assert button.popupMode() is QToolButton.ToolButtonPopupMode.MenuButtonPopup
    view = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    titles = [a.text() for a in view.actions()]
    assert titles[:3] == ["Original", "繁", "简"]
    assert "&Traditional Form" in titles and "&Simplified Form" in titles
    assert all(a.isCheckable() for a in view.actions()[:3])
    window.close()


def test_cycle_uses_the_chosen_forms(qtbot: QtBot) -> None:
    toggle = ScriptToggle()
    seen: list[str] = []
    toggle.mode_changed.connect(seen.append)
    toggle.set_mode(DisplayMode.TAIWAN)
    toggle.set_mode(DisplayMode.ORIGINAL)
    toggle.variant_actions[DisplayMode.MAINLAND].setChecked(True)
    toggle.cycle()
    toggle.cycle()
    toggle.cycle()
    assert seen == ["taiwan", "original", "taiwan", "mainland", "original"]
    # Choosing the form already shown announces nothing.
    toggle.set_mode(DisplayMode.ORIGINAL)
    assert seen[-1] == "original" and len(seen) == 5
