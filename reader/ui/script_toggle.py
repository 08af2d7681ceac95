"""The toolbar's script toggle: Original / 繁 / 简, three exclusive actions."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QAction, QActionGroup, QKeySequence

from reader.model.script import DisplayMode

_ORDER = (DisplayMode.ORIGINAL, DisplayMode.TRADITIONAL, DisplayMode.SIMPLIFIED)
_LABELS = {
    DisplayMode.ORIGINAL: ("Original", "Show the document as written"),
    DisplayMode.TRADITIONAL: ("繁", "Show in Traditional script"),
    DisplayMode.SIMPLIFIED: ("简", "Show in Simplified script"),
}


class ScriptToggle(QObject):
    """Owns the three display-script actions and the cycle action (Ctrl+Shift+T)."""

    mode_changed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.group = QActionGroup(self)
        self.group.setExclusive(True)
        self.actions: dict[DisplayMode, QAction] = {}
        for mode in _ORDER:
            text, tip = _LABELS[mode]
            action = QAction(text, self)
            action.setCheckable(True)
            action.setToolTip(tip)
            action.setData(mode.value)
            self.group.addAction(action)
            self.actions[mode] = action
        self.actions[DisplayMode.ORIGINAL].setChecked(True)
        self.group.triggered.connect(self._on_group_triggered)
        self.cycle_action = QAction("Cycle Display Script", self)
        self.cycle_action.setShortcut(QKeySequence("Ctrl+Shift+T"))
        self.cycle_action.triggered.connect(self.cycle)

    @property
    def mode(self) -> DisplayMode:
        """The checked mode."""
        checked = self.group.checkedAction()
        return DisplayMode(checked.data()) if checked else DisplayMode.ORIGINAL

    def set_mode(self, mode: DisplayMode) -> None:
        """Check ``mode`` and announce it if it changed."""
        base = _base(mode)
        if base is self.mode:
            return
        self.actions[base].setChecked(True)
        self.mode_changed.emit(base.value)

    @Slot()
    def cycle(self) -> None:
        """Original → Traditional → Simplified → Original."""
        self.set_mode(_ORDER[(_ORDER.index(self.mode) + 1) % len(_ORDER)])

    @Slot(QAction)
    def _on_group_triggered(self, action: QAction) -> None:
        self.mode_changed.emit(str(action.data()))


def _base(mode: DisplayMode) -> DisplayMode:
    if mode.is_traditional:
        return DisplayMode.TRADITIONAL
    if mode.is_simplified:
        return DisplayMode.SIMPLIFIED
    return DisplayMode.ORIGINAL
