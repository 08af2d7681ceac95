"""The Qt half: widgets, Qt models and the objects that own the window's state.

One package per subsystem, mirroring ``reader.model``: ``script`` (the display-script toggle
and the names of the modes), ``article`` (the pane, its session, find, reading preferences),
``library`` (folders, indexing, the list, search), ``annotations`` (highlights, notes, the
panel, export and import). Shared by all of them: ``tasks`` (the one owner of background
work), ``settings`` (every settings key, typed readers) and ``fonts``. ``main_window``
composes them and nothing imports it; the import contracts in ``pyproject.toml`` keep these
layers (annotations and library over article and script, over the shared modules).

Where this departs from STYLE.md: the house style's "one owner object runs the jobs and hands
results back through signals connected to bound slots" became callbacks carried by each request
(:mod:`reader.ui.tasks`): the result goes to the one object that asked, not to a broadcast every
receiver filters by a kind string; the callbacks are still bound methods of the receiver,
delivered on the UI thread, and dropped when the receiver is gone.
"""

import builtins

import PySide6.QtCore  # noqa: F401 - shiboken installs its import hook with QtCore

# Shiboken replaces ``__import__`` with a hook for its opt-in ``from __feature__ import
# snake_case``: after every import it reads the new module's whole source (inspect.getsource,
# then kept in linecache) to see whether it names PySide6. The reader uses no __feature__: the
# import shiboken wrapped (its lazy-loading one) is put back before the window's ~250 modules
# load: 15% of their CPU time and 8 MB of cached source at start-up (farm-bench, python -c
# "import reader.ui.main_window"). Modules imported before keep their default feature set.
_wrapped = getattr(builtins, "__orig_import__", None)
if _wrapped is not None and builtins.__import__ is getattr(builtins, "__feature_import__", None):
    builtins.__import__ = _wrapped
