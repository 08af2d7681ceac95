"""Where the reader keeps its state."""

from __future__ import annotations

import errno
import os
from pathlib import Path

APP_NAME = "TongwenReader"


def data_dir(explicit: Path | None = None) -> Path:
    """The data folder: ``--data-dir``, else ``READER_DATA_DIR``, else the platform's default."""
    if explicit is not None:
        path = explicit
    elif os.environ.get("READER_DATA_DIR"):
        path = Path(os.environ["READER_DATA_DIR"])
    else:
        import platformdirs  # ~7 ms: only for the default folder

        path = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    path = path.expanduser()
    if path.exists() and not path.is_dir():
        raise NotADirectoryError(errno.ENOTDIR, "not a folder", str(path))
    path.mkdir(parents=True, exist_ok=True)
    return path


class DataFiles:
    """The files of a data folder, each named once.

    ``settings``, ``annotations``, ``state`` (read marks, stars), ``positions`` and ``rules``
    (personal conversion rules) are the user's own; ``library`` (the index) and ``cache``
    (parsed documents) are derived and can always be rebuilt.
    """

    SETTINGS = "settings.ini"
    ANNOTATIONS = "annotations.sqlite3"
    POSITIONS = "positions.sqlite3"
    RULES = "conversion-rules.json"
    LIBRARY = "library.sqlite3"
    CACHE = "cache.sqlite3"
    STATE = "state.sqlite3"
    LOCK = "instance.lock"

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    @property
    def settings(self) -> Path:
        """The settings file (window, display script, reading preferences)."""
        return self.folder / self.SETTINGS

    @property
    def annotations(self) -> Path:
        """The annotation store."""
        return self.folder / self.ANNOTATIONS

    @property
    def positions(self) -> Path:
        """Where the reader left off in each document."""
        return self.folder / self.POSITIONS

    @property
    def rules(self) -> Path:
        """The personal conversion rules ("always show this as …", "never convert this")."""
        return self.folder / self.RULES

    @property
    def library(self) -> Path:
        """The library index."""
        return self.folder / self.LIBRARY

    @property
    def cache(self) -> Path:
        """The parsed-document cache."""
        return self.folder / self.CACHE

    @property
    def state(self) -> Path:
        """Read marks and stars (the user's own, unlike the index)."""
        return self.folder / self.STATE

    @property
    def lock(self) -> Path:
        """The lock file held by the window using this data folder."""
        return self.folder / self.LOCK
