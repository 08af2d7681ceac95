"""The conversion rules dialog: the personal rules listed, added, edited, deleted, exported
and imported (the file format: :mod:`reader.model.script.rule_file`)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reader.model.script.rule_file import (
    MAX_FILE_BYTES,
    RuleFileError,
    dump_rules,
    parse_rules,
    write_atomically,
)
from reader.model.script.rule_problems import problem_of_os_error
from reader.model.script.rules import Rule, RuleSet, Scope
from reader.ui.plain import plain_labels, plain_tip, warn
from reader.ui.script.rule_problems import describe_rule_error, describe_rule_problem

translate = QCoreApplication.translate


def scope_name(scope: Scope) -> str:
    """Where a rule holds, in words (translated)."""
    names = {
        Scope.ALL: translate("rules", "Every script"),
        Scope.TRADITIONAL: translate("rules", "Traditional"),
        Scope.SIMPLIFIED: translate("rules", "Simplified"),
    }
    return names[scope]


class RuleEditor(QDialog):
    """One rule's fields: the original text, what to show, and in which script."""

    def __init__(self, rule: Rule | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit Rule") if rule else self.tr("Add Rule"))
        self.setObjectName("ruleEditor")
        self.original = QLineEdit(rule.original if rule else "", self)
        self.original.setObjectName("ruleOriginal")
        self.shown = QLineEdit(rule.shown if rule else "", self)
        self.shown.setObjectName("ruleShown")
        self.shown.setPlaceholderText(self.tr("the same: never convert"))
        self.scope = QComboBox(self)
        self.scope.setObjectName("ruleScope")
        for scope in Scope:
            self.scope.addItem(scope_name(scope), scope.value)
        self.scope.setCurrentIndex(list(Scope).index(rule.scope if rule else Scope.ALL))
        form = QFormLayout()
        form.addRow(self.tr("&Text in the document:"), self.original)
        form.addRow(self.tr("&Show as:"), self.shown)
        form.addRow(self.tr("&In:"), self.scope)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        plain_labels(self)

    def rule(self) -> Rule:
        """The rule as entered (ValueError with the reason if it cannot be one)."""
        original = self.original.text()
        return Rule(original, self.shown.text() or original, Scope(self.scope.currentData()))


class RulesDialog(QDialog):
    """The list of personal rules with Add, Edit, Delete, Import and Export.

    Every change goes through ``commit(rules) -> bool`` (which stores the rules); a change that
    could not be stored is not shown either.
    """

    def __init__(
        self, rules: RuleSet, commit: Callable[[RuleSet], bool], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Conversion Rules"))
        self.setObjectName("rulesDialog")
        self._rules = rules
        self._commit = commit
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("rulesTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Text in the document"), self.tr("Shown as"), self.tr("In")]
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.cellDoubleClicked.connect(self._on_table_cell_double_clicked)
        self.table.itemSelectionChanged.connect(self._update_buttons)

        self.add_button = QPushButton(self.tr("&Add…"), self)
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.delete_button = QPushButton(self.tr("&Delete"), self)
        self.import_button = QPushButton(self.tr("&Import…"), self)
        self.export_button = QPushButton(self.tr("E&xport…"), self)
        close = QPushButton(self.tr("Close"), self)
        for button, slot in (
            (self.add_button, self.add_rule),
            (self.edit_button, self.edit_rule),
            (self.delete_button, self.delete_rule),
            (self.import_button, self.import_rules),
            (self.export_button, self.export_rules),
            (close, self.accept),
        ):
            button.clicked.connect(slot)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        for button in (self.import_button, self.export_button, close):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.resize(560, 360)
        self._fill()

    @property
    def rules(self) -> RuleSet:
        """The rules as listed."""
        return self._rules

    def _fill(self) -> None:
        self.table.setRowCount(len(self._rules))
        for row, rule in enumerate(self._rules):
            shown = rule.shown if not rule.keeps_original else self.tr("(never convert)")
            for column, text in enumerate((rule.original, shown, scope_name(rule.scope))):
                item = QTableWidgetItem(text)
                item.setToolTip(plain_tip(text))
                self.table.setItem(row, column, item)
        self._update_buttons()

    def _selected(self) -> Rule | None:
        row = self.table.currentRow()
        selected = self.table.selectionModel().hasSelection()
        return self._rules.rules[row] if selected and 0 <= row < len(self._rules) else None

    @Slot()
    def _update_buttons(self) -> None:
        has = self._selected() is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)
        self.export_button.setEnabled(bool(self._rules))

    def _change(self, rules: RuleSet, select: Rule | None = None) -> None:
        if rules != self._rules and not self._commit(rules):
            return
        self._rules = rules
        self._fill()
        if select is not None and select in rules.rules:
            self.table.selectRow(rules.rules.index(select))

    def _ask(self, rule: Rule | None) -> Rule | None:
        editor = RuleEditor(rule, self)
        try:
            while editor.exec() == QDialog.DialogCode.Accepted:
                try:
                    return editor.rule()
                except ValueError as error:
                    warn(editor, self.tr("Conversion Rules"), describe_rule_error(error))
            return None
        finally:
            editor.deleteLater()

    @Slot()
    def add_rule(self) -> None:
        """Ask for a new rule and keep it."""
        rule = self._ask(None)
        if rule is not None:
            self._change(self._rules.with_rule(rule), rule)

    @Slot()
    def edit_rule(self) -> None:
        """Edit the selected rule."""
        old = self._selected()
        if old is None:
            return
        new = self._ask(old)
        if new is not None:
            rules = list(self._rules.rules)
            rules[rules.index(old)] = new
            self._change(RuleSet.of(rules), new)

    @Slot()
    def delete_rule(self) -> None:
        """Delete the selected rule."""
        rule = self._selected()
        if rule is not None:
            self._change(self._rules.without(rule))

    @Slot(int, int)
    def _on_table_cell_double_clicked(self, row: int, column: int) -> None:
        self.table.selectRow(row)
        self.edit_rule()

    @Slot()
    def import_rules(self) -> None:
        """Add the rules of a file (a rule for the same text and script replaces the one here)."""
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import Conversion Rules"), "", self.tr("Rules (*.json);;All files (*)")
        )
        if name:
            self.import_file(Path(name))

    def import_file(self, path: Path) -> bool:
        """Import the rules of ``path``; a bad file is refused with the reason."""
        try:
            with path.open("rb") as source:
                imported = parse_rules(source.read(MAX_FILE_BYTES + 1))
        except (OSError, RuleFileError) as error:
            reason = describe_rule_problem(
                error.problem if isinstance(error, RuleFileError) else problem_of_os_error(error)
            )
            warn(
                self,
                self.tr("Import Conversion Rules"),
                self.tr("{file} cannot be imported: {reason}.").format(
                    file=path.name, reason=reason
                ),
            )
            return False
        self._change(RuleSet.of((*self._rules, *imported)))
        return True

    @Slot()
    def export_rules(self) -> None:
        """Write the rules to a file of the user's choosing."""
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export Conversion Rules"),
            "conversion-rules.json",
            self.tr("Rules (*.json)"),
        )
        if name:
            self.export_file(Path(name))

    def export_file(self, path: Path) -> bool:
        """Write the rules to ``path`` (False, with a warning, when it cannot be written)."""
        try:
            write_atomically(path, dump_rules(self._rules))
        except OSError as error:
            warn(
                self,
                self.tr("Export Conversion Rules"),
                self.tr("{file} could not be written: {reason}.").format(
                    file=path.name, reason=error.strerror or error
                ),
            )
            return False
        return True
