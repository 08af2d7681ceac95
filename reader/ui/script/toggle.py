"""The toolbar's script toggle: Original / 繁 / 简, with a regional choice for 繁 and 简.

繁 and 简 each carry a menu (the arrow beside the toolbar button, and submenus of the View
menu) choosing how that script is shown: Traditional as OpenCC's standard, Taiwan or Hong Kong
form; Simplified as the standard or with mainland phrasing. The choices are remembered in the
settings (``view/traditional_variant``, ``view/simplified_variant``); ``mode`` is the full
:class:`DisplayMode` (e.g. ``taiwan``), which is what the window applies.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings, Signal, Slot
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QToolBar, QToolButton, QWidget

from reader.model.script.modes import DisplayMode
from reader.ui.script.labels import (
    SIMPLIFIED_FORMS,
    TRADITIONAL_FORMS,
    mode_menu_label,
    script_button,
)
from reader.ui.settings import Key, read_text, write

_ORDER = (DisplayMode.ORIGINAL, DisplayMode.TRADITIONAL, DisplayMode.SIMPLIFIED)
TRADITIONAL_VARIANTS = TRADITIONAL_FORMS
SIMPLIFIED_VARIANTS = SIMPLIFIED_FORMS


class ScriptToggle(QObject):
    """Owns the display-script actions, the regional menus and the cycle action (Ctrl+Shift+T)."""

    mode_changed = Signal(str)

    def __init__(self, parent: QObject | None = None, settings: QSettings | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.group = QActionGroup(self)
        self.group.setExclusive(True)
        self.actions: dict[DisplayMode, QAction] = {}
        for mode in _ORDER:
            text, tip = script_button(mode)
            action = QAction(text, self)
            action.setCheckable(True)
            action.setToolTip(tip)
            action.setData(mode.value)
            self.group.addAction(action)
            self.actions[mode] = action
        self.actions[DisplayMode.ORIGINAL].setChecked(True)
        self._announced = DisplayMode.ORIGINAL
        self.group.triggered.connect(self._on_group_triggered)

        menu_parent = parent if isinstance(parent, QWidget) else None
        self.variant_actions: dict[DisplayMode, QAction] = {}
        self.traditional_menu = self._variant_menu(
            self.tr("&Traditional Form"), TRADITIONAL_VARIANTS, Key.TRADITIONAL_VARIANT, menu_parent
        )
        self.simplified_menu = self._variant_menu(
            self.tr("&Simplified Form"), SIMPLIFIED_VARIANTS, Key.SIMPLIFIED_VARIANT, menu_parent
        )
        self.menus = {
            DisplayMode.TRADITIONAL: self.traditional_menu,
            DisplayMode.SIMPLIFIED: self.simplified_menu,
        }
        self.buttons: dict[DisplayMode, QToolButton] = {}

        self.cycle_action = QAction(self.tr("Cycle Display Script"), self)
        self.cycle_action.setShortcut(QKeySequence("Ctrl+Shift+T"))
        self.cycle_action.triggered.connect(self.cycle)

    def add_to_toolbar(self, toolbar: QToolBar) -> None:
        """Put Original / 繁 / 简 on ``toolbar``; 繁 and 简 get an arrow opening their forms.

        (The menus are not set on the shared actions themselves: an action with a menu turns
        into a submenu in the View menu, where 繁 and 简 must stay checkable items.)
        """
        for mode, action in self.actions.items():
            menu = self.menus.get(mode)
            if menu is None:
                toolbar.addAction(action)
                continue
            button = QToolButton(toolbar)
            button.setDefaultAction(action)
            button.setMenu(menu)
            button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
            button.setObjectName(f"scriptButton_{mode.value}")
            toolbar.addWidget(button)
            self.buttons[mode] = button

    def add_to_menu(self, menu: QMenu) -> None:
        """The three scripts, their regional forms and the cycle action in a (View) menu."""
        for action in self.actions.values():
            menu.addAction(action)
        menu.addMenu(self.traditional_menu)
        menu.addMenu(self.simplified_menu)
        menu.addAction(self.cycle_action)

    def _variant_menu(
        self,
        title: str,
        variants: tuple[DisplayMode, ...],
        key: Key,
        parent: QWidget | None,
    ) -> QMenu:
        menu = QMenu(title, parent)
        group = QActionGroup(menu)
        group.setExclusive(True)
        remembered = read_text(self._settings, key) if self._settings is not None else ""
        first = variants[0]
        chosen = next((m for m in variants if m.value == remembered), first)
        for mode in variants:
            action = QAction(mode_menu_label(mode), menu)
            action.setCheckable(True)
            action.setData(mode.value)
            action.setChecked(mode is chosen)
            group.addAction(action)
            menu.addAction(action)
            self.variant_actions[mode] = action
        group.triggered.connect(self._on_variant_triggered)
        return menu

    @property
    def traditional_variant(self) -> DisplayMode:
        """How Traditional is shown: TRADITIONAL, TAIWAN or HONGKONG."""
        return self._checked_variant(TRADITIONAL_VARIANTS)

    @property
    def simplified_variant(self) -> DisplayMode:
        """How Simplified is shown: SIMPLIFIED or MAINLAND."""
        return self._checked_variant(SIMPLIFIED_VARIANTS)

    def _checked_variant(self, variants: tuple[DisplayMode, ...]) -> DisplayMode:
        for mode in variants:
            if self.variant_actions[mode].isChecked():
                return mode
        return variants[0]

    @property
    def mode(self) -> DisplayMode:
        """The mode to show: Original, or the chosen form of the checked script."""
        checked = self.group.checkedAction()
        base = DisplayMode(checked.data()) if checked else DisplayMode.ORIGINAL
        if base is DisplayMode.TRADITIONAL:
            return self.traditional_variant
        if base is DisplayMode.SIMPLIFIED:
            return self.simplified_variant
        return base

    def set_mode(self, mode: DisplayMode) -> None:
        """Check ``mode`` (any of the six, choosing its regional form) and announce a change."""
        if mode in TRADITIONAL_VARIANTS or mode in SIMPLIFIED_VARIANTS:
            self._choose_variant(mode)
        self.actions[_base(mode)].setChecked(True)
        self._announce()

    def _announce(self) -> None:
        # Actions are already checked when their ``triggered`` arrives, so compare with what
        # was last announced rather than with the state before.
        mode = self.mode
        if mode is not self._announced:
            self._announced = mode
            self.mode_changed.emit(mode.value)

    def _choose_variant(self, mode: DisplayMode) -> None:
        self.variant_actions[mode].setChecked(True)
        if self._settings is not None:
            key = (
                Key.TRADITIONAL_VARIANT if mode in TRADITIONAL_VARIANTS else Key.SIMPLIFIED_VARIANT
            )
            write(self._settings, key, mode)

    @Slot()
    def cycle(self) -> None:
        """Original → Traditional → Simplified → Original (each in its chosen form)."""
        base = _base(self.mode)
        nxt = _ORDER[(_ORDER.index(base) + 1) % len(_ORDER)]
        if nxt is DisplayMode.TRADITIONAL:
            nxt = self.traditional_variant
        elif nxt is DisplayMode.SIMPLIFIED:
            nxt = self.simplified_variant
        self.set_mode(nxt)

    @Slot(QAction)
    def _on_group_triggered(self, action: QAction) -> None:
        self._announce()

    @Slot(QAction)
    def _on_variant_triggered(self, action: QAction) -> None:
        # Choosing a form also switches to its script.
        self.set_mode(DisplayMode(str(action.data())))


def _base(mode: DisplayMode) -> DisplayMode:
    if mode.is_traditional:
        return DisplayMode.TRADITIONAL
    if mode.is_simplified:
        return DisplayMode.SIMPLIFIED
    return DisplayMode.ORIGINAL
