"""The rules dialog and the options control on their own (a commit that fails shows nothing)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from reader.model.script.rule_file import RuleFile
from reader.model.script.rules import Rule, RuleSet, Scope
from reader.ui.script import options as options_module
from reader.ui.script.options import ScriptOptionsControl
from reader.ui.script.rules_dialog import RuleEditor, RulesDialog
from reader.ui.settings import open_settings


def _fill(original: str, shown: str, scope: Scope) -> None:
    editor = QApplication.activeModalWidget()
    assert isinstance(editor, RuleEditor)
    editor.original.setText(original)
    editor.shown.setText(shown)
    editor.scope.setCurrentIndex(list(Scope).index(scope))
    editor.accept()


def test_a_change_that_cannot_be_kept_is_not_shown(qtbot: QtBot) -> None:
    dialog = RulesDialog(RuleSet(), lambda rules: False)
    qtbot.addWidget(dialog)
    QTimer.singleShot(0, lambda: _fill("软件", "軟件", Scope.TRADITIONAL))
    dialog.add_button.click()
    assert dialog.table.rowCount() == 0 and not dialog.rules
    assert not dialog.export_button.isEnabled()


def test_the_editor_refuses_an_empty_text(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    from reader.ui.script import rules_dialog

    warnings: list[str] = []
    monkeypatch.setattr(rules_dialog, "warn", lambda parent, title, text: warnings.append(text))
    dialog = RulesDialog(RuleSet(), lambda rules: True)
    qtbot.addWidget(dialog)

    def twice() -> None:
        _fill("", "x", Scope.ALL)  # refused, the editor opens again
        QTimer.singleShot(0, lambda: _fill("乾隆", "", Scope.ALL))

    QTimer.singleShot(0, twice)
    dialog.add_button.click()
    assert warnings and "needs the text" in warnings[0]
    assert dialog.rules.rules == (Rule.never_convert("乾隆"),)
    assert dialog.table.item(0, 2).text() == "Every script"


def test_the_control_remembers_its_switches_and_rules(qtbot: QtBot, data_dir: Path) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    settings = open_settings(data_dir)
    control = ScriptOptionsControl(settings, RuleFile(data_dir / "rules.json"), host)
    assert control.options.vocabulary and control.options.tai is None
    with qtbot.waitSignal(control.options_changed) as changed:
        control.tai_actions["臺"].trigger()
    assert changed.args is not None and changed.args[0].tai == "臺"
    control.vocabulary_action.setChecked(False)
    assert control.set_rules(RuleSet.of([Rule.never_convert("乾隆")]))
    settings.sync()
    again = ScriptOptionsControl(open_settings(data_dir), RuleFile(data_dir / "rules.json"), host)
    assert again.options == control.options
    assert again.options.rules.rules == (Rule.never_convert("乾隆"),)


def test_rules_that_cannot_be_saved_are_not_applied(
    qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    warnings: list[str] = []
    monkeypatch.setattr(options_module, "warn", lambda parent, title, text: warnings.append(text))
    folder = data_dir / "gone"
    control = ScriptOptionsControl(None, RuleFile(folder / "rules.json"), host)  # no folder
    assert not control.set_rules(RuleSet.of([Rule.never_convert("乾隆")]))
    assert warnings and warnings[0].startswith("The rules could not be saved")
    assert not control.options.rules
