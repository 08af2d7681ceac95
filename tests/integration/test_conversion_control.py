"""Regional vocabulary, 台 or 臺 and personal rules, driven in the real window."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog
from pytestqt.qtbot import QtBot

from reader.model.script.modes import DisplayMode
from reader.ui.library.roles import Role
from reader.ui.main_window import MainWindow
from reader.ui.script import rules_dialog as dialog_module
from reader.ui.script.rules_dialog import RuleEditor, RulesDialog
from tests.integration.script_library import choose_mode, open_window, show_document
from tests.integration.test_selection_across_scripts import drag_select, list_title

POST = """---
title: "台湾的软件"
date: 2021-03-01T08:00:00.000Z
---

这个软件在台北很有名，网络上都有。
"""


def _library(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "2021-03-01-台湾.md").write_text(POST, encoding="utf-8")
    return folder


def _window(qtbot: QtBot, data_dir: Path, tmp_path: Path) -> tuple[MainWindow, Path]:
    library = _library(tmp_path / "library")
    window = open_window(qtbot, data_dir, library)
    path = library / "2021-03-01-台湾.md"
    show_document(qtbot, window, path)
    choose_mode(qtbot, window, DisplayMode.TAIWAN)
    return window, path


def _wait_shown(qtbot: QtBot, window: MainWindow, act: object) -> None:
    with qtbot.waitSignals([window.mode_applied, window.article_shown], timeout=20000):
        act()  # type: ignore[operator]


def test_the_vocabulary_switch_on_the_toolbar(qtbot: QtBot, data_dir: Path, tmp_path: Path) -> None:
    window, path = _window(qtbot, data_dir, tmp_path)
    assert "這個軟體在台北很有名，網路上都有。" in window.article.toPlainText()
    button = window.toolbar.widgetForAction(window.script_options.vocabulary_action)
    assert button is not None and button.isVisible()
    _wait_shown(qtbot, window, button.click)
    assert not window.script_options.vocabulary_action.isChecked()
    # Characters only: the mainland words stay, in Traditional characters.
    assert "這個軟件在台北很有名，網絡上都有。" in window.article.toPlainText()
    assert list_title(window, path).endswith("的軟件")
    assert window.windowTitle().startswith(list_title(window, path))
    window.close()
    settings = QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat)
    assert settings.value("view/vocabulary") in (False, "false")
    again = MainWindow(data_dir, [tmp_path / "library"])
    qtbot.addWidget(again)
    assert not again.script_options.vocabulary_action.isChecked()
    assert not again.session.options.vocabulary
    again.close()


def test_the_tai_choice_in_the_view_menu(qtbot: QtBot, data_dir: Path, tmp_path: Path) -> None:
    window, path = _window(qtbot, data_dir, tmp_path)
    view = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    assert window.script_options.tai_menu in [a.menu() for a in view.actions()]
    _wait_shown(qtbot, window, window.script_options.tai_actions["臺"].trigger)
    assert "這個軟體在臺北很有名" in window.article.toPlainText()
    assert list_title(window, path) == "臺灣的軟體"
    _wait_shown(qtbot, window, window.script_options.tai_actions["台"].trigger)
    assert "這個軟體在台北很有名" in window.article.toPlainText()
    assert list_title(window, path) == "台灣的軟體"
    window.close()
    settings = QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat)
    assert settings.value("view/tai") == "台"


def _select(qtbot: QtBot, window: MainWindow, text: str) -> None:
    doc = window.current_document
    assert doc is not None
    start = doc.text.index(text)
    drag_select(qtbot, window, start, start + len(text))
    assert window.script_options.never_action.isEnabled()


def test_rules_from_a_selection_apply_everywhere(
    qtbot: QtBot, data_dir: Path, tmp_path: Path
) -> None:
    window, path = _window(qtbot, data_dir, tmp_path)
    _select(qtbot, window, "软件")
    assert window.script_options.always_action.isEnabled()
    # The context menu carries both actions.
    menu = window.annotations.context_menu(window.article.viewport().rect().center())
    assert window.script_options.always_action in menu.actions()
    assert window.script_options.never_action in menu.actions()
    menu.deleteLater()
    window.script_options.always_action.trigger()
    dialog = window.findChild(QInputDialog, "alwaysShowDialog")
    assert isinstance(dialog, QInputDialog)
    assert dialog.textValue() == "軟體"  # what is shown now
    dialog.setTextValue("軟件")
    _wait_shown(qtbot, window, dialog.accept)
    text = window.article.toPlainText()
    assert "這個軟件在台北很有名" in text
    assert list_title(window, path) == "台灣的軟件"  # the title too
    # "Never convert this": the original stays in every mode.
    _select(qtbot, window, "网络")
    _wait_shown(qtbot, window, window.script_options.never_action.trigger)
    assert "網路上" not in window.article.toPlainText()
    assert "网络上都有" in window.article.toPlainText()
    choose_mode(qtbot, window, DisplayMode.SIMPLIFIED)
    assert "这个软件在台北很有名，网络上都有。" in window.article.toPlainText()
    # Kept as user data in the data folder.
    stored = json.loads((data_dir / "conversion-rules.json").read_text(encoding="utf-8"))
    assert stored["rules"] == [
        {"original": "软件", "shown": "軟件", "in": "traditional"},
        {"original": "网络", "shown": "网络", "in": "all"},
    ]
    # Search snippets follow the rules.
    choose_mode(qtbot, window, DisplayMode.TAIWAN)
    with qtbot.waitSignal(window.library.search_done, timeout=20000):
        window.library.search("软件")
    hits = window.search_panel.model
    assert hits.rowCount() == 1
    assert hits.index(0, 0).data() == "台灣的軟件"
    snippet = str(hits.index(0, 0).data(Role.SNIPPET_HTML))
    assert "軟件" in snippet and "軟體" not in snippet
    window.close()
    # A new window applies the stored rules.
    again = open_window(qtbot, data_dir, tmp_path / "library")
    assert len(again.script_options.rules) == 2
    again.close()


def test_the_rules_dialog_adds_edits_deletes(qtbot: QtBot, data_dir: Path, tmp_path: Path) -> None:
    window, _ = _window(qtbot, data_dir, tmp_path)
    window.script_options.rules_action.trigger()
    dialog = window.findChild(RulesDialog, "rulesDialog")
    assert isinstance(dialog, RulesDialog)
    assert dialog.table.rowCount() == 0

    def fill(original: str, shown: str) -> None:
        editor = QApplication.activeModalWidget()
        assert isinstance(editor, RuleEditor)
        if original:
            editor.original.setText(original)
        editor.shown.setText(shown)
        editor.accept()

    QTimer.singleShot(0, lambda: fill("台北", "臺北市"))
    _wait_shown(qtbot, window, dialog.add_button.click)
    assert dialog.table.item(0, 0).text() == "台北"
    assert dialog.table.item(0, 1).text() == "臺北市"
    assert "在臺北市很有名" in window.article.toPlainText()
    dialog.table.selectRow(0)
    QTimer.singleShot(0, lambda: fill("", "台北縣"))
    _wait_shown(qtbot, window, dialog.edit_button.click)
    assert dialog.table.item(0, 1).text() == "台北縣"
    assert "在台北縣很有名" in window.article.toPlainText()
    QTimer.singleShot(0, lambda: fill("软件", ""))  # nothing to show as: never convert
    _wait_shown(qtbot, window, dialog.add_button.click)
    assert dialog.table.item(1, 1).text() == "(never convert)"
    assert dialog.table.item(1, 2).text() == "Every script"
    assert "這個软件在台北縣很有名" in window.article.toPlainText()
    dialog.table.selectRow(1)
    _wait_shown(qtbot, window, dialog.delete_button.click)
    dialog.table.selectRow(0)
    _wait_shown(qtbot, window, dialog.delete_button.click)
    assert dialog.table.rowCount() == 0
    assert "在台北很有名" in window.article.toPlainText()
    dialog.close()
    window.close()


def test_rules_export_and_import(
    qtbot: QtBot, data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, _ = _window(qtbot, data_dir, tmp_path)
    window.script_options.rules_action.trigger()
    dialog = window.findChild(RulesDialog, "rulesDialog")
    assert isinstance(dialog, RulesDialog)
    good = tmp_path / "mine.json"
    good.write_text(
        json.dumps(
            {
                "format": "tongwen-reader/conversion-rules",
                "version": 1,
                "rules": [{"original": "软件", "shown": "軟件", "in": "traditional"}],
            }
        ),
        encoding="utf-8",
    )
    with qtbot.waitSignal(window.article_shown, timeout=20000):
        assert dialog.import_file(good)
    assert dialog.table.item(0, 0).text() == "软件"
    assert "這個軟件" in window.article.toPlainText()
    exported = tmp_path / "out.json"
    assert dialog.export_file(exported)
    assert json.loads(exported.read_text(encoding="utf-8"))["rules"] == [
        {"original": "软件", "shown": "軟件", "in": "traditional"}
    ]
    # A bad file: a clear message naming it and saying why; nothing changes.
    warnings: list[str] = []
    monkeypatch.setattr(dialog_module, "warn", lambda parent, title, msg: warnings.append(msg))
    bad = tmp_path / "bad.json"
    bad.write_text('{"rules": 3}', encoding="utf-8")
    assert not dialog.import_file(bad)
    assert warnings == [
        'bad.json cannot be imported: not a conversion rules file (no "format": '
        '"tongwen-reader/conversion-rules").'
    ]
    assert len(dialog.rules) == 1 and dialog.table.rowCount() == 1
    dialog.close()
    window.close()


def test_an_unreadable_rules_file_is_kept_and_said(
    qtbot: QtBot, data_dir: Path, tmp_path: Path
) -> None:
    (data_dir / "conversion-rules.json").write_text("{not json", encoding="utf-8")
    window = open_window(qtbot, data_dir, _library(tmp_path / "library"))
    assert "conversion rules could not be read" in window.notice.text()
    assert (data_dir / "conversion-rules.json").read_text(encoding="utf-8") == "{not json"
    window.close()


def test_options_changed_while_a_mode_is_on_its_way_keep_that_mode(
    qtbot: QtBot, data_dir: Path, tmp_path: Path
) -> None:
    library = _library(tmp_path / "library")
    window = open_window(qtbot, data_dir, library)
    assert window.mode is DisplayMode.ORIGINAL
    with qtbot.waitSignals([window.article_shown], timeout=20000):
        window.toggle.set_mode(DisplayMode.HONGKONG)
        # At once, before the Hong Kong converters may be ready.
        window.script_options.vocabulary_action.trigger()
    qtbot.waitUntil(lambda: window.mode is DisplayMode.HONGKONG, timeout=20000)
    qtbot.waitUntil(lambda: "這個軟件在台北很有名" in window.article.toPlainText(), timeout=20000)
    assert not window.session.options.vocabulary
    window.close()
