"""The window's size and place: the first window fits its screen, a restored one stays on it.

A window restored from a geometry saved on a larger screen, or at a smaller scale factor
(``QT_SCALE_FACTOR``, the desktop's scaling), would otherwise open larger than the screen.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSettings
from PySide6.QtWidgets import QWidget

from reader.ui.settings import Key, read_bytes
from reader.ui.window.fitting import Rect, fit_window, keep_on_screen

# The size a first window would like (logical pixels); fit_window keeps it on the screen.
FIRST_WIDTH, FIRST_HEIGHT = 1200, 800


def _rect(r: QRect) -> Rect:
    return Rect(r.x(), r.y(), r.width(), r.height())


def restore_geometry(window: QWidget, settings: QSettings) -> None:
    """Restore the saved geometry, or fit a first window to its screen; either way on it."""
    screen = window.screen()
    available = _rect(screen.availableGeometry()) if screen is not None else None
    saved = read_bytes(settings, Key.GEOMETRY)
    if saved is not None and window.restoreGeometry(saved):
        if available is not None and not window.isMaximized():
            fitted = keep_on_screen(_rect(window.geometry()), available)
            window.setGeometry(fitted.x, fitted.y, fitted.width, fitted.height)
        return
    if available is None:
        window.resize(FIRST_WIDTH, FIRST_HEIGHT)
        return
    hint = window.minimumSizeHint()
    fitted = fit_window(available, FIRST_WIDTH, FIRST_HEIGHT, (hint.width(), hint.height()))
    window.setGeometry(fitted.x, fitted.y, fitted.width, fitted.height)
