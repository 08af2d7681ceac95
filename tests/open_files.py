"""What files this process holds open (Linux's ``/proc/self/fd``), for tests that check a
connection was closed."""

from __future__ import annotations

import os
from pathlib import Path


def open_files(path: Path) -> list[str]:
    """The files this process holds open whose name starts with ``path``'s (the database and
    its log and shared-memory files)."""
    found = []
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue
        if target.startswith(str(path)):
            found.append(target)
    return found
