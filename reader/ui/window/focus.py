"""Full screen (F11) and focus mode (Ctrl+Shift+F): the article alone, without the list, the
annotation panel, the menu, tool and status bars. Esc leaves either.

The menus' shortcuts keep working while the menu bar is hidden: every menu action is also
added to the window itself.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Slot
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

from reader.ui.noop import override
from reader.ui.window.panes import PaneLayout


class FocusMode(QObject):
    """The window's full-screen and focus modes; see the module documentation."""

    def __init__(self, window: QMainWindow, panes: PaneLayout, bars: list[QWidget]) -> None:
        super().__init__(window)
        self._window = window
        self._panes = panes
        self._bars = bars
        self._bars_shown: list[bool] = []
        self._was_maximized = False
        self.full_screen_action = QAction(self.tr("&Full Screen"), self)
        self.full_screen_action.setCheckable(True)
        self.full_screen_action.setShortcut(QKeySequence("F11"))
        self.full_screen_action.toggled.connect(self.set_full_screen)
        self.focus_action = QAction(self.tr("F&ocus Mode"), self)
        self.focus_action.setCheckable(True)
        self.focus_action.setShortcut(QKeySequence("Ctrl+Shift+F"))
        self.focus_action.setToolTip(self.tr("Only the article: no list, panel or bars (Esc)"))
        self.focus_action.toggled.connect(self.set_focus)
        for action in (self.full_screen_action, self.focus_action):
            window.addAction(action)
        # Esc reaches the window only when the widget with the focus did not want it (the find
        # bar closes on Esc, the search results go back to the list): an event filter rather
        # than a shortcut, which would be ambiguous with theirs.
        window.installEventFilter(self)

    @property
    def focused(self) -> bool:
        """Whether focus mode is on."""
        return self.focus_action.isChecked()

    @property
    def full_screen(self) -> bool:
        """Whether the window is full screen (by F11)."""
        return self.full_screen_action.isChecked()

    def add_to_menu(self, menu: QMenu) -> None:
        """The two entries in a (View) menu."""
        menu.addAction(self.full_screen_action)
        menu.addAction(self.focus_action)

    def keep_shortcuts(self, menus: list[QMenu]) -> None:
        """Add every action of ``menus`` (and their submenus) to the window, so their shortcuts
        work while the menu bar is hidden."""
        for menu in menus:
            for action in menu.actions():
                sub = action.menu()
                if isinstance(sub, QMenu):
                    self.keep_shortcuts([sub])
                elif not action.isSeparator() and not action.shortcut().isEmpty():
                    self._window.addAction(action)

    @Slot(bool)
    def set_full_screen(self, on: bool) -> None:
        """Full screen on or off."""
        if self.full_screen_action.isChecked() != on:
            self.full_screen_action.setChecked(on)  # comes back here
            return
        if on:
            self._was_maximized = self._window.isMaximized()
            self._window.showFullScreen()
        elif self._was_maximized:
            self._window.showMaximized()
        else:
            self._window.showNormal()

    @Slot(bool)
    def set_focus(self, on: bool) -> None:
        """Focus mode on or off."""
        if self.focus_action.isChecked() != on:
            self.focus_action.setChecked(on)  # comes back here
            return
        if on:
            self._bars_shown = [not bar.isHidden() for bar in self._bars]
            for bar in self._bars:
                bar.hide()
        else:
            for bar, shown in zip(self._bars, self._bars_shown, strict=False):
                bar.setVisible(shown)
        self._panes.set_suspended(on)

    def leave(self) -> bool:
        """Leave focus mode and full screen; False when neither was on."""
        if not (self.focused or self.full_screen):
            return False
        self.set_focus(False)
        self.set_full_screen(False)
        return True

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self._window
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
            and not event.modifiers()
            and self.leave()
        ):
            return True
        return super().eventFilter(watched, event)
