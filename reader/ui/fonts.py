"""Checking that Chinese text can be shown at all."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFontDatabase

from reader.ui.noop import QT_TRANSLATE_NOOP

FONT_PACKAGE_HINT = QT_TRANSLATE_NOOP(
    "fonts",
    "No Chinese font is installed, so Chinese text shows as empty boxes. "
    "Install one, e.g. on Debian/Ubuntu: sudo apt install fonts-noto-cjk",
)


def has_cjk_font() -> bool:
    """Whether any installed font covers Chinese."""
    systems = (
        QFontDatabase.WritingSystem.SimplifiedChinese,
        QFontDatabase.WritingSystem.TraditionalChinese,
    )
    return any(QFontDatabase.families(ws) for ws in systems)


def missing_font_notice(platform: str | None = None) -> str | None:
    """The notice to show when no CJK font is installed on Linux, else None."""
    if (platform or sys.platform).startswith("linux") and not has_cjk_font():
        return QCoreApplication.translate("fonts", FONT_PACKAGE_HINT)
    return None
