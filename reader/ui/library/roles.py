"""Item data roles of the library's list models (the document list and search results)."""

from __future__ import annotations

import enum

from PySide6.QtCore import Qt

_USER = int(Qt.ItemDataRole.UserRole)


class Role(enum.IntEnum):
    """Roles beyond Qt's own, one table for the document list and the search results."""

    PATH = _USER + 1
    DATE = _USER + 2
    SOURCE = _USER + 3
    ERROR = _USER + 4
    SORT_DATE = _USER + 5
    READ = _USER + 6  # True once read; unread rows are drawn bold
    ANNOTATION_COUNT = _USER + 7  # how many highlights the document has
    ID = _USER + 11
    HIT = _USER + 20
    SNIPPET_HTML = _USER + 21
