"""How a document's path is stored in the index: text, or the raw bytes of a name that is not
valid UTF-8. Its own module (:mod:`~reader.model.library.scan` re-exports both functions):
opening and searching the index read stored paths without the scan and its file records.
"""

from __future__ import annotations

import os
from pathlib import Path


def path_key(path: Path | str) -> str | bytes:
    """How a path is stored: text, or the raw bytes of a name that is not valid UTF-8."""
    text = str(path)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return os.fsencode(text)
    return text


def key_path(value: str | bytes) -> Path:
    """The path stored as ``value``."""
    return Path(os.fsdecode(value) if isinstance(value, bytes) else value)
