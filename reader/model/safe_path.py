"""Where Python code may be imported from: never the working directory or a document folder.

A library folder is often a downloaded archive, and the reader is often started from inside
it. Python puts the working directory first on ``sys.path`` for ``python -m …`` and ``python -c
…`` — and the "spawn" worker processes of the parse pool start with ``-c`` — so a
``multiprocessing.py``, ``bs4.py`` or ``lxml.py`` in that folder would be imported and run.

:func:`make_safe` takes such entries out of this process's ``sys.path`` (the module search path
a spawned worker is also given); :func:`child_environment` makes every child Python start
with ``PYTHONSAFEPATH`` (``-P``: nothing prepended to its path), which covers the worker's own
start-up and multiprocessing's resource tracker.
"""

from __future__ import annotations

# Only os and sys (always loaded before any script runs): ``python -m reader`` calls this
# before anything else is imported, while the working directory is still on the path.
import os
import sys


def _code_home() -> str:
    """The folder holding the ``reader`` package: trusted, it is where this code runs from."""
    return os.path.dirname(os.path.dirname(os.path.dirname(os.path.realpath(__file__))))


def unsafe_entry(entry: str, cwd: str) -> bool:
    """Whether a ``sys.path`` entry may hold code from the working directory: empty or
    relative (both are looked up in the working directory) or the working directory itself."""
    if not entry or not os.path.isabs(entry):
        return True
    try:
        real = os.path.realpath(entry)
    except (OSError, ValueError):
        return True
    return real == cwd and real != _code_home()


def safe_sys_path(path: list[str]) -> list[str]:
    """``path`` without the entries :func:`unsafe_entry` rejects."""
    try:
        cwd = os.path.realpath(os.getcwd())
    except OSError:
        cwd = ""
    return [entry for entry in path if not unsafe_entry(entry, cwd)]


def make_safe() -> None:
    """Take the working directory (and empty or relative entries) out of ``sys.path``, in
    place, so that neither this process nor a worker it spawns imports from there."""
    sys.path[:] = safe_sys_path(sys.path)


def child_environment() -> bool:
    """Make every child Python process start with a safe path; False when that cannot be
    promised (this interpreter ignores the environment, ``-E``, and was not started with
    ``-P`` or ``-I``, which children inherit), and no child Python should be started."""
    os.environ["PYTHONSAFEPATH"] = "1"
    return bool(sys.flags.safe_path or sys.flags.isolated or not sys.flags.ignore_environment)
