"""What the library's item models and delegates share (the document list, the search results).

:class:`Role`, the item data roles beyond Qt's own; :data:`Index`, the index types Qt hands a
model's and a delegate's virtual methods; :data:`DisplayConverter`, how a model shows a
document's text (title, source, snippet) in the current display mode.
"""

from __future__ import annotations

import enum
from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from reader.model.script.modes import Script

_USER = int(Qt.ItemDataRole.UserRole)

#: The index a model's or a delegate's virtual method is given.
Index = QModelIndex | QPersistentModelIndex
#: (text, the script of its document) → the text shown in the current display mode.
DisplayConverter = Callable[[str, Script], str]


class Role(enum.IntEnum):
    """Roles beyond Qt's own, one table for the document list and the search results."""

    PATH = _USER + 1
    DATE = _USER + 2
    SOURCE = _USER + 3
    ERROR = _USER + 4
    SORT_DATE = _USER + 5
    READ = _USER + 6  # True once read; unread rows are drawn bold
    ANNOTATION_COUNT = _USER + 7  # how many highlights the document has
    STARRED = _USER + 8  # starred by the user (drawn ★)
    KEY = _USER + 9  # where its read mark and star are stored (state.document_key)
    ID = _USER + 11
    HIT = _USER + 20
    SNIPPET_HTML = _USER + 21
