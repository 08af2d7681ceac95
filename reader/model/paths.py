"""Where the reader keeps its state."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "TongwenReader"


def data_dir(explicit: Path | None = None) -> Path:
    """The data folder: ``--data-dir``, else ``READER_DATA_DIR``, else the platform's default."""
    if explicit is not None:
        path = explicit
    elif os.environ.get("READER_DATA_DIR"):
        path = Path(os.environ["READER_DATA_DIR"])
    else:
        path = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    path = path.expanduser()
    path.mkdir(parents=True, exist_ok=True)
    return path
