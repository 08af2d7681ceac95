"""Script conversion through OpenCC (the ``opencc-py`` package).

Converters are expensive to build (each loads its dictionaries), so each configuration is built
once, lazily, and shared; building is thread-safe so a worker thread can warm one up.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from reader.model.script.modes import DisplayMode, Script, config_for, mode_configs

if TYPE_CHECKING:
    from opencc import OpenCC


_lock = threading.Lock()
_converters: dict[str, OpenCC] = {}


def converter(config: str) -> OpenCC:
    """The shared converter for an OpenCC configuration, built on first use.

    A native configuration (``native.NATIVE_CONFIGS``) gives a
    :class:`~reader.model.script.native.NativeConverter`, which has the same stages and
    ``convert``; it is typed as its base here because callers use only those.
    """
    with _lock:
        return _converter_locked(config)


def _converter_locked(config: str) -> OpenCC:
    conv = _converters.get(config)
    if conv is not None:
        return conv
    from reader.model.script.native import NativeConverter, base_config, is_native, load_data

    built: OpenCC
    if is_native(config):
        base = _converter_locked(base_config(config))
        built = NativeConverter(config, base, load_data())  # type: ignore[assignment]
    else:
        # Imported here: opencc's import alone costs ~20 ms of start-up (package metadata),
        # and the first converter is built off the UI thread anyway.
        from opencc import OpenCC

        built = OpenCC(config)
    _converters[config] = built
    return built


def converters_ready(mode: DisplayMode) -> bool:
    """Whether every converter ``mode`` may need has been built already."""
    with _lock:
        return mode_configs(mode) <= _converters.keys()


def converter_function(
    mode: DisplayMode, source: Script, *, vocabulary: bool = True, tai: str | None = None
) -> Callable[[str], str]:
    """A function converting text of script ``source`` for display in ``mode``."""
    config = config_for(mode, source, vocabulary=vocabulary, tai=tai)
    if config is None:
        return _identity
    return converter(config).convert


def convert(
    text: str, mode: DisplayMode, source: Script, *, vocabulary: bool = True, tai: str | None = None
) -> str:
    """Convert ``text`` (written in ``source``) for display in ``mode``."""
    return converter_function(mode, source, vocabulary=vocabulary, tai=tai)(text)


def _identity(text: str) -> str:
    return text


def prepare(mode: DisplayMode) -> DisplayMode:
    """Build the converters ``mode`` needs for any source script (slow the first time)."""
    for config in mode_configs(mode):
        converter(config)
    return mode
