"""A fast reading of the simple YAML front matter nearly every archive post has.

Feed archives write front matter as one ``key: value`` line per field: a plain or quoted
string, a date, a ``[a, b]`` list. :func:`simple_yaml` reads exactly that shape, and nothing
else: for anything it is not sure of (a block scalar, an escape, a comment, a nested value…)
it gives None and the caller asks the YAML library. What it reads it reads as the YAML library
does: the type of a plain value (a date, a number, ``yes``) is decided by PyYAML's own resolver
and built by its own constructors, so the two cannot disagree on it — but for two shapes it
is sure of without asking (PyYAML, 15 ms of imports, is then imported only for the others):
a value starting with a character none of the library's implicit resolvers starts with (a
string to it; so is a key that is none of its boolean or null words), and the archive's own
date, ``2020-10-26T05:56:17.000Z`` (built as the library's timestamp constructor builds it).
Tests hold both against the library.
"""

from __future__ import annotations

import functools
import re
from datetime import UTC, datetime
from typing import Any

_LINE_RE = re.compile(r"([A-Za-z_][A-Za-z0-9_-]*):(?: (.*))?")
# What PyYAML's reader refuses (all but "\n", "\x20"-"\x7e", "\xa0"-"\ud7ff", "\ue000"-"\ufefe",
# "\uff00"-"\ufffd" and beyond the BMP), and the line breaks it knows beyond "\n" (read by the
# library). Written as the few characters it is, not as the complement of the many it is not: a
# class's every character is set one by one as it compiles (4 ms for the complement, at import).
_UNSURE_RE = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufeff\ufffe\uffff]")
# A plain value may not start with an indicator, hold ": " or " #", or end with ":".
_INDICATORS = frozenset("-?:,[]{}#&*!|>'\"%@`")
_STR = "tag:yaml.org,2002:str"
_MAX_KEY = 1000  # PyYAML refuses a simple key longer than 1024 characters
# The first characters PyYAML's implicit resolvers are registered for (its safe loader's
# ``yaml_implicit_resolvers``, which has none for every character): a plain value starting
# with another is a string to it.
_RESOLVED_FIRST = frozenset("!&*+-.0123456789<=FNOTYfnoty~")
# Keys that may be one of its boolean or null words (any case: more than it reads so).
_KEY_WORDS = frozenset(("yes", "no", "true", "false", "on", "off", "null", "y", "n"))
# The archive's date: UTC, to the millisecond. The library reads it as a timestamp (not a
# number: the dashes), the fraction to six digits.
_ARCHIVE_DATE_RE = re.compile(  # ASCII digits only, as the library's patterns say
    r"([0-9]{4})-([0-9]{2})-([0-9]{2})T([0-9]{2}):([0-9]{2}):([0-9]{2})(?:\.([0-9]{1,6}))?Z"
)


@functools.cache
def _yaml() -> tuple[Any, Any, Any]:
    """PyYAML's resolver and constructor (as its safe loader uses them), and the library."""
    import yaml

    return yaml.SafeLoader(""), yaml.constructor.SafeConstructor(), yaml


def _plain(value: str, flow: bool) -> bool:
    """Whether ``value`` is surely a whole plain scalar (in a ``[…]`` list when ``flow``)."""
    if not value or value[0] in _INDICATORS or value[-1] in ": " or value[0] == " ":
        return False
    if ": " in value or " #" in value:
        return False
    return not (flow and (":" in value or any(c in value for c in "[]{}")))


def _archive_date(match: re.Match[str]) -> datetime:
    """The archive's date as PyYAML's timestamp constructor builds it (ValueError when
    there is no such day or time, as there)."""
    year, month, day, hour, minute, second, fraction = match.groups()
    micro = int(fraction.ljust(6, "0")) if fraction else 0
    return datetime(
        int(year), int(month), int(day), int(hour), int(minute), int(second), micro, tzinfo=UTC
    )


@functools.lru_cache(maxsize=4096)  # layouts, authors, tags: the same values again and again
def _scalar(value: str) -> object:
    """A plain scalar as PyYAML reads it (a string, a date, a number, a boolean, None).

    Raises:
        ValueError: the library refuses it (a date with no such day).
    """
    if value[0] not in _RESOLVED_FIRST:
        return value
    date = _ARCHIVE_DATE_RE.fullmatch(value)
    if date is not None:
        return _archive_date(date)
    resolver, constructor, yaml = _yaml()
    tag = resolver.resolve(yaml.ScalarNode, value, (True, False))
    if tag == _STR:
        return value
    try:
        return constructor.yaml_constructors[tag](constructor, yaml.ScalarNode(tag, value))
    except yaml.YAMLError as exc:
        raise ValueError(str(exc)) from exc


def _is_key(key: str) -> bool:
    """Whether the name ``key`` (``[A-Za-z_][A-Za-z0-9_-]*``) is read as that string: only a
    boolean or null word could be read otherwise (numbers, dates start with no letter)."""
    return key.lower() not in _KEY_WORDS or _scalar(key) == key


def _value(raw: str) -> tuple[bool, object]:
    """(understood, value) of the text after ``key:``."""
    value = raw.strip(" ")
    if not value:
        return True, None
    first = value[0]
    if first in "\"'":
        inner = value[1:-1]
        if len(value) < 2 or value[-1] != first or first in inner or "\\" in inner:
            return False, None
        return True, inner
    if first == "[":
        if value[-1] != "]" or any(c in value[1:-1] for c in "\"'"):
            return False, None
        inner = value[1:-1].strip(" ")
        if not inner:
            return True, []
        items = [item.strip(" ") for item in inner.split(",")]
        if not all(_plain(item, flow=True) for item in items):
            return False, None
        return True, [_scalar(item) for item in items]
    if not _plain(value, flow=False):
        return False, None
    return True, _scalar(value)


def simple_yaml(block: str) -> dict[str, Any] | None:
    """The mapping of a front matter block of simple ``key: value`` lines, exactly as
    ``yaml.safe_load`` reads it, or None when the block is anything else."""
    if _UNSURE_RE.search(block):
        return None
    out: dict[str, Any] = {}
    try:
        for line in block.split("\n"):
            if not line:
                continue
            match = _LINE_RE.fullmatch(line)
            if match is None:
                return None
            key = match.group(1)
            if len(key) > _MAX_KEY or key in out or not _is_key(key):
                return None
            ok, value = _value(match.group(2) or "")
            if not ok:
                return None
            out[key] = value
    except (ValueError, TypeError, KeyError):
        return None  # a value the library refuses (2021-13-45): its own error says why
    return out or None
