"""Script conversion by OpenCC's configurations and dictionaries (:mod:`.tables`).

Converters cost a little to build (each loads its dictionaries, 10–60 ms), so each
configuration is built once, lazily, and shared; building is thread-safe so a worker thread
can warm one up.
"""

from __future__ import annotations

import threading

from reader.model.script.modes import DisplayMode, Script, check_tai, config_for, mode_configs
from reader.model.script.tables import Converter, build

TYPE_CHECKING = False  # typing's, without importing typing at start-up (mypy reads it so)
if TYPE_CHECKING:
    from collections.abc import Callable

    # Options with personal rules come from the caller: without them (``reader convert``)
    # the rules' module, and the dataclass machinery under it, are never imported.
    from reader.model.script.options import ScriptOptions

_lock = threading.Lock()
_converters: dict[str, Converter] = {}


def converter(config: str) -> Converter:
    """The shared converter for an OpenCC configuration, built on first use.

    A native configuration (``native.NATIVE_CONFIGS``) gives a
    :class:`~reader.model.script.native.NativeConverter`, which has the same stages and
    ``convert``.
    """
    with _lock:
        return _converter_locked(config)


def _converter_locked(config: str) -> Converter:
    conv = _converters.get(config)
    if conv is not None:
        return conv
    from reader.model.script.native import NativeConverter, base_config, is_native, load_data

    built: Converter
    if is_native(config):
        base = _converter_locked(base_config(config))
        built = NativeConverter(config, base, load_data())
    else:
        built = build(config)
    _converters[config] = built
    return built


def _configs(mode: DisplayMode, options: ScriptOptions | None) -> frozenset[str]:
    if options is None:
        return mode_configs(mode)
    return mode_configs(mode, vocabulary=options.vocabulary, tai=options.tai)


def converters_ready(mode: DisplayMode, options: ScriptOptions | None = None) -> bool:
    """Whether every converter ``mode`` (with ``options``) may need has been built already."""
    with _lock:
        return _configs(mode, options) <= _converters.keys()


def converter_function(
    mode: DisplayMode,
    source: Script,
    *,
    vocabulary: bool = True,
    tai: str | None = None,
    options: ScriptOptions | None = None,
) -> Callable[[str], str]:
    """A function converting text of script ``source`` for display in ``mode``.

    ``options`` (vocabulary, 台/臺, personal rules) replace ``vocabulary`` and ``tai`` when given.
    """
    if options is not None:
        vocabulary, tai = options.vocabulary, options.tai
    else:
        check_tai(tai)
    config = config_for(mode, source, vocabulary=vocabulary, tai=tai)
    plain = _identity if config is None else converter(config).convert
    if options is None or not options.rules.forms(mode):
        return plain
    rules = options.rules

    def with_rules(text: str) -> str:
        pieces = rules.split(text, mode)
        if not pieces:
            return plain(text)
        return "".join(plain(piece) if shown is None else shown for piece, shown in pieces)

    return with_rules


def convert(
    text: str,
    mode: DisplayMode,
    source: Script,
    *,
    vocabulary: bool = True,
    tai: str | None = None,
    options: ScriptOptions | None = None,
) -> str:
    """Convert ``text`` (written in ``source``) for display in ``mode``."""
    return converter_function(mode, source, vocabulary=vocabulary, tai=tai, options=options)(text)


def _identity(text: str) -> str:
    return text


def prepare(mode: DisplayMode, options: ScriptOptions | None = None) -> DisplayMode:
    """Build the converters ``mode`` (with ``options``) needs for any source script, each with
    its full tables (slow the first time: a worker thread's job)."""
    for config in _configs(mode, options):
        converter(config).index()
    return mode
