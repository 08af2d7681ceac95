"""The window's settings: every key once, and typed readers that never trust the file.

Settings live in ``settings.ini`` in the data folder (:class:`reader.model.paths.DataFiles`),
written by :class:`QSettings` in INI format. A value read back may be missing, of another type
(a hand-edited file, an older version) or out of range: the readers here return the default
then, so a damaged settings file never stops the window.
"""

from __future__ import annotations

import enum
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QByteArray, QSettings

from reader.model.paths import DataFiles

E = TypeVar("E", bound=enum.Enum)


class Key(enum.StrEnum):
    """Every settings key."""

    DOCUMENT = "view/document"
    SCRIPT = "view/script"
    TRADITIONAL_VARIANT = "view/traditional_variant"
    SIMPLIFIED_VARIANT = "view/simplified_variant"
    VOCABULARY = "view/vocabulary"  # regional vocabulary on (characters only: off)
    TAI = "view/tai"  # 台 or 臺 for the Taiwan forms; empty: as native writers mix them
    ANNOTATION_PANEL = "view/annotation_panel"
    LANGUAGE = "view/language"  # the interface language; unset: the system's
    LIBRARY_LIST = "view/library_list"  # whether the reader wants the list shown
    CARET_BROWSING = "view/caret_browsing"
    LAST_FOLDER = "library/last_folder"  # where Open Folder starts
    LIBRARY_PATHS = "library/paths"
    LIBRARY_SORT = "library/sort"  # the list's sort order, e.g. "date-desc"
    GEOMETRY = "window/geometry"
    SPLITTER = "window/splitter"
    COLOUR = "annotations/colour"
    POINT_SIZE = "reading/point_size"
    THEME = "reading/theme"
    CHINESE_FONT = "reading/chinese_font"
    LATIN_FONT = "reading/latin_font"
    LINE_SPACING = "reading/line_spacing"
    PARAGRAPH_SPACING = "reading/paragraph_spacing"
    MEASURE = "reading/measure"
    JUSTIFY = "reading/justify"


def open_settings(data_dir: Path) -> QSettings:
    """The settings of the data folder ``data_dir``."""
    return QSettings(str(DataFiles(data_dir).settings), QSettings.Format.IniFormat)


def read_text(settings: QSettings, key: Key, default: str = "") -> str:
    """A string value (``default`` when unset or empty)."""
    value = settings.value(key.value, default)
    return str(value) if value not in (None, "") else default


def read_bool(settings: QSettings, key: Key, default: bool) -> bool:
    """A true/false value (INI files store it as text)."""
    value = settings.value(key.value, default)
    if isinstance(value, bool):
        return value
    return str(value).strip().lower() not in ("false", "0", "no", "off", "")


def read_int(settings: QSettings, key: Key, default: int, low: int, high: int) -> int:
    """A whole number clamped to ``[low, high]``."""
    try:
        number = int(str(settings.value(key.value, default)))
    except ValueError:
        number = default
    return min(high, max(low, number))


def read_choice(settings: QSettings, key: Key, default: E) -> E:
    """One of the members of ``default``'s enumeration (by value), else ``default``."""
    value = str(settings.value(key.value, default.value))
    kind = type(default)
    return next((m for m in kind if str(m.value) == value), default)


def read_paths(settings: QSettings, key: Key) -> list[Path]:
    """A list of paths that still exist."""
    value = settings.value(key.value, [])
    items = [value] if isinstance(value, str) else list(value) if isinstance(value, list) else []
    return [Path(p) for p in items if p and Path(str(p)).exists()]


def read_bytes(settings: QSettings, key: Key) -> QByteArray | None:
    """A saved binary state (window geometry, splitter), None when there is none."""
    value = settings.value(key.value)
    return value if isinstance(value, QByteArray) and not value.isEmpty() else None


def write(settings: QSettings, key: Key, value: object) -> None:
    """Store ``value`` under ``key`` (enumerations by value)."""
    settings.setValue(key.value, value.value if isinstance(value, enum.Enum) else value)
