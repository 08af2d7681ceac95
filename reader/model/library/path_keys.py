"""How a document's path is stored in the index: text, or the raw bytes of a name that is not
valid UTF-8, and the number it is found by. Its own module (:mod:`~reader.model.library.scan`
re-exports them):
opening and searching the index read stored paths without the scan and its file records.
"""

from __future__ import annotations

import os
import zlib
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


def path_hash(key: str | bytes) -> int:
    """The number the index finds the stored path ``key`` by (its CRC-32: an index of these
    numbers takes a tenth of the space an index of the paths did; two paths that share one are
    told apart by the path itself)."""
    return zlib.crc32(key.encode("utf-8") if isinstance(key, str) else key)
