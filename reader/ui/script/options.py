"""The conversion's own switches: regional vocabulary, 台 or 臺, and the personal rules.

:class:`ScriptOptionsControl` owns the actions (View menu, toolbar, Edit menu, the article's
context menu), remembers the switches in the settings (``view/vocabulary``, ``view/tai``) and
the rules in the data folder (:class:`~reader.model.script.rule_file.RuleFile`), and announces
the combined :class:`~reader.model.script.options.ScriptOptions` with ``options_changed``; the
window hands them to the article session, which converts the article, the list titles, search
snippets and exports with them.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QObject, QSettings, Signal, Slot
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QLineEdit, QMenu, QToolBar, QWidget

from reader.model.article.display import DocumentDisplay
from reader.model.script.modes import DisplayMode
from reader.model.script.options import ScriptOptions
from reader.model.script.rule_file import RuleFile
from reader.model.script.rules import Rule, RuleSet, Scope
from reader.ui.plain import plain_labels, warn
from reader.ui.script.rule_problems import describe_rule_error, describe_rule_problem
from reader.ui.settings import Key, read_bool, read_text, write

TYPE_CHECKING = False  # typing's, without importing typing at start-up (mypy reads it so)
if TYPE_CHECKING:
    from PySide6.QtWidgets import QInputDialog

_TAI_VALUES = ("", "台", "臺")  # "": as native writers mix them


def _nothing() -> None:
    return None


class ScriptOptionsControl(QObject):
    """Regional vocabulary on or off, 台 or 臺, and the personal rules, with their actions."""

    options_changed = Signal(object)  # ScriptOptions

    def __init__(
        self,
        settings: QSettings | None,
        rule_file: RuleFile | None,
        parent: QWidget | None = None,
        selection: Callable[[], tuple[int, int] | None] = _nothing,
        display: Callable[[], DocumentDisplay | None] = _nothing,
    ) -> None:
        """``selection()``: the original range selected in the article, if any; ``display()``:
        the article as shown."""
        super().__init__(parent)
        self._settings = settings
        self._rule_file = rule_file
        self._selection_range = selection
        self._display = display
        self._parent = parent
        self._mode = DisplayMode.ORIGINAL
        self._rules = rule_file.load() if rule_file is not None else RuleSet()
        problem = rule_file.problem if rule_file is not None else None
        #: For the window's notice bar: the stored rules could not be read (empty: they could).
        self.notice = (
            self.tr(
                "The conversion rules could not be read ({problem}); the file is kept, and a "
                "copy of it is made before any rule is saved."
            ).format(problem=describe_rule_problem(problem))
            if problem is not None
            else ""
        )

        self.vocabulary_action = QAction(self.tr("Regional &Vocabulary"), self)
        self.vocabulary_action.setObjectName("vocabularyAction")
        self.vocabulary_action.setCheckable(True)
        # The toolbar's short name (no accelerator: "(V)" would show on the button).
        self.vocabulary_action.setIconText(self.tr("Vocabulary"))
        self.vocabulary_action.setToolTip(
            self.tr(
                "Characters and regional vocabulary (软件 → 軟體); "
                "off: characters only (软件 → 軟件)"
            )
        )
        on = read_bool(settings, Key.VOCABULARY, True) if settings is not None else True
        self.vocabulary_action.setChecked(on)
        self.vocabulary_action.toggled.connect(self._on_vocabulary_toggled)

        # The forms go in as data: neither catalogue may hold the other script's characters.
        self.tai_menu = QMenu(self.tr("{forms} in the Ta&iwan Form").format(forms="台/臺"), parent)
        self.tai_menu.setObjectName("taiMenu")
        group = QActionGroup(self.tai_menu)
        group.setExclusive(True)
        remembered = read_text(settings, Key.TAI) if settings is not None else ""
        labels = {
            "": self.tr("As Taiwan's &Writers Do"),
            "台": self.tr("Always {form}").format(form="台"),
            "臺": self.tr("Always {form}").format(form="臺"),
        }
        self.tai_actions: dict[str, QAction] = {}
        for value in _TAI_VALUES:
            action = QAction(labels[value], self.tai_menu)
            action.setCheckable(True)
            action.setData(value)
            action.setChecked(value == (remembered if remembered in _TAI_VALUES else ""))
            group.addAction(action)
            self.tai_menu.addAction(action)
            self.tai_actions[value] = action
        group.triggered.connect(self._on_tai_triggered)

        self.rules_action = QAction(self.tr("Conversion &Rules…"), self)
        self.rules_action.setObjectName("rulesAction")
        self.rules_action.triggered.connect(self.edit_rules)
        self.always_action = QAction(self.tr("Always &Show This As…"), self)
        self.always_action.setObjectName("alwaysShowAction")
        self.always_action.triggered.connect(self.always_show_selection)
        self.never_action = QAction(self.tr("Never &Convert This"), self)
        self.never_action.setObjectName("neverConvertAction")
        self.never_action.triggered.connect(self.never_convert_selection)
        self._update_selection_actions()

    # ----- what is chosen -----
    @property
    def options(self) -> ScriptOptions:
        """The options as chosen now."""
        checked = next((v for v, a in self.tai_actions.items() if a.isChecked()), "")
        return ScriptOptions(
            vocabulary=self.vocabulary_action.isChecked(), tai=checked or None, rules=self._rules
        )

    @property
    def rules(self) -> RuleSet:
        """The personal rules."""
        return self._rules

    def set_rules(self, rules: RuleSet) -> bool:
        """Keep ``rules`` (stored at once) and apply them; False, with a warning, if they could
        not be stored (they are not applied then, so what is shown is what is kept)."""
        if rules == self._rules:
            return True
        if self._rule_file is not None:
            try:
                self._rule_file.save(rules)
            except OSError as error:
                warn(
                    self._parent,
                    self.tr("Conversion Rules"),
                    self.tr("The rules could not be saved: {error}").format(
                        error=error.strerror or error
                    ),
                )
                return False
        self._rules = rules
        self.options_changed.emit(self.options)
        return True

    # ----- menus -----
    def add_to_view_menu(self, menu: QMenu) -> None:
        """The vocabulary switch, the 台/臺 choice and the rules dialog in the View menu."""
        menu.addAction(self.vocabulary_action)
        menu.addMenu(self.tai_menu)
        menu.addAction(self.rules_action)

    def add_to_toolbar(self, toolbar: QToolBar) -> None:
        """The vocabulary switch on the toolbar (beside the script toggle)."""
        toolbar.addAction(self.vocabulary_action)
        button = toolbar.widgetForAction(self.vocabulary_action)
        if button is not None:
            button.setObjectName("vocabularyButton")

    def add_to_edit_menu(self, menu: QMenu) -> None:
        """ "Always show this as …" and "Never convert this" for the selection."""
        menu.addAction(self.always_action)
        menu.addAction(self.never_action)

    def extend_context_menu(self, menu: QMenu) -> None:
        """The same two actions at the end of the article pane's context menu."""
        self._update_selection_actions()
        menu.addSeparator()
        menu.addAction(self.always_action)
        menu.addAction(self.never_action)

    # ----- the selection -----
    def _selection(self) -> tuple[str, str] | None:
        """The selection's original text and its text as shown."""
        found, display = self._selection_range(), self._display()
        if found is None or display is None:
            return None
        start, end = found
        d_start, d_end = display.text.display_range(start, end)
        return display.text.original[start:end], display.text.display[d_start:d_end]

    @Slot(str)
    def set_mode(self, value: str) -> None:
        """The display mode now applied (rules made from a selection hold in its script)."""
        self._mode = DisplayMode(value)
        self._update_selection_actions()

    @Slot()
    def selection_changed(self) -> None:
        """Enable the selection's actions when there is a selection to make a rule of."""
        self._update_selection_actions()

    def _update_selection_actions(self) -> None:
        has = self._selection() is not None
        self.always_action.setEnabled(has and self._mode is not DisplayMode.ORIGINAL)
        self.never_action.setEnabled(has)

    @Slot()
    def always_show_selection(self) -> None:
        """Ask what the selection should show as in the current script, and keep that rule."""
        selected = self._selection()
        if selected is None or self._mode is DisplayMode.ORIGINAL:
            return
        original, shown = selected
        from PySide6.QtWidgets import QInputDialog  # not needed for the first article

        dialog = QInputDialog(self._parent)
        dialog.setWindowTitle(self.tr("Always Show This As"))
        dialog.setLabelText(self.tr("Show “{original}” as:").format(original=original))
        dialog.setTextValue(shown)
        dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
        dialog.setObjectName("alwaysShowDialog")
        plain_labels(dialog)  # the label holds the document's text
        dialog.accepted.connect(partial(self._on_always_accepted, dialog, original))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _on_always_accepted(self, dialog: QInputDialog, original: str) -> None:
        text = dialog.textValue().strip("\n")
        if not text:
            return
        self._add_rule(partial(Rule, original, text, Scope.of(self._mode)))

    @Slot()
    def never_convert_selection(self) -> None:
        """Keep the selection's original text unconverted in every mode."""
        selected = self._selection()
        if selected is not None:
            self._add_rule(partial(Rule.never_convert, selected[0]))

    def _add_rule(self, make: Callable[[], Rule]) -> None:
        try:
            rule = make()
        except ValueError as error:
            warn(self._parent, self.tr("Conversion Rules"), describe_rule_error(error))
            return
        self.set_rules(self._rules.with_rule(rule))

    @Slot()
    def edit_rules(self) -> None:
        """The rules dialog: list, add, edit, delete, import, export."""
        from reader.ui.script.rules_dialog import RulesDialog

        dialog = RulesDialog(self._rules, self.set_rules, self._parent)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    # ----- switches -----
    @Slot(bool)
    def _on_vocabulary_toggled(self, on: bool) -> None:
        if self._settings is not None:
            write(self._settings, Key.VOCABULARY, on)
        self.options_changed.emit(self.options)

    @Slot(QAction)
    def _on_tai_triggered(self, action: QAction) -> None:
        if self._settings is not None:
            write(self._settings, Key.TAI, str(action.data()))
        self.options_changed.emit(self.options)
