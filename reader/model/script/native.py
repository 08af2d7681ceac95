"""Conversion as native writers write: OpenCC's dictionaries, corrected by what native text shows.

Plain OpenCC over-converts regional vocabulary (發布→釋出, 新增→添加) and picks one form for every
one-to-many character whatever the context (宣布→宣佈, 想象→想像). A *native* configuration
(``"s2twp+native"`` and the like, see :data:`NATIVE_CONFIGS`) corrects both, from data learned on
native Taiwan and mainland posts by ``scripts/build_script_native.py``
(``reader/resources/script_native.json.gz``):

- **regional phrases**: the phrase entries of OpenCC's regional dictionary (``TWPhrases``,
  ``TWPhrasesRev``) that native writers do not use — the source form is more frequent in native
  text than the target form — are skipped, so OpenCC's other dictionaries convert that text;
- **characters**: after conversion, each character of the display that native text showed to be
  ambiguous is looked up in a small decision list keyed by its display context (the character
  with its neighbours: both, left, right, alone; the most specific entry wins), which may replace
  it by the form native writers use there.

Both keep the position map exact: skipping a phrase happens inside OpenCC's own stages, which
:func:`~reader.model.script.mapped.convert_mapped` repeats as they are, and the character pass
replaces one character by one character, so no unit moves.
"""

from __future__ import annotations

import json
import threading
import zlib

from reader.model.script.tables import Converter, Group, package_folder, read_data, run_stages

TYPE_CHECKING = False  # typing's, without importing typing at start-up (mypy reads it so)
if TYPE_CHECKING:
    from typing import Any

    from reader.model.script.tables import Matcher

# name -> (the OpenCC configuration it refines, the chain stage and group member of its
# regional phrase dictionary, or None for a characters-only configuration)
NATIVE_CONFIGS: dict[str, tuple[str, tuple[int, int] | None]] = {
    "s2twp+native": ("s2twp", (1, 0)),
    "s2tw+native": ("s2tw", None),
    "tw2sp+native": ("tw2sp", (0, 0)),
    "t2s+native": ("t2s", None),
}
DATA_FILE = "script_native.json.gz"
DATA_VERSION = 1
EDGE = " "  # stands for the text's edge in a context key
_CHAR_AT = {"3": 2, "l": 2, "r": 1, "u": 1}  # where a key holds the character it decides

_lock = threading.Lock()
_data: dict[str, Any] | None = None


# The Taiwan forms may be asked for as 台 or 臺 (``"s2twp+native+臺"``) instead of as native
# writers mix them (CNA writes 台灣 but 臺北市政府 in places).
TAI_FORMS = ("台", "臺")


def split_config(config: str) -> tuple[str, str | None]:
    """A native configuration's name without its 台/臺 choice, and that choice (or None)."""
    name, _, tai = config.rpartition("+")
    if tai in TAI_FORMS and name in NATIVE_CONFIGS:
        return name, tai
    return config, None


def is_native(config: str) -> bool:
    """Whether ``config`` names a native configuration (with or without a 台/臺 choice)."""
    return split_config(config)[0] in NATIVE_CONFIGS


def base_config(config: str) -> str:
    """The OpenCC configuration under ``config`` (itself for a plain one)."""
    entry = NATIVE_CONFIGS.get(split_config(config)[0])
    return entry[0] if entry else config


def _with_tai_rules(rules: dict[str, str], tai: str | None) -> dict[str, str]:
    """The character rules with a 台/臺 choice: the learned rules for either form give way.

    台: every 臺 shows as 台. 臺: every 台 shows as 臺, but for the names and phrases OpenCC's
    dictionaries write with 台 (台州, 天台, 郭台銘, 控制台), each kept by its neighbour.
    """
    if tai is None:
        return rules
    kept = {k: v for k, v in rules.items() if k[_CHAR_AT[k[0]]] not in TAI_FORMS}
    if tai == "台":
        kept["u臺"] = "台"
        return kept
    kept["u台"] = "臺"
    for name in ("STPhrases.txt", "TWPhrases.txt"):
        # Only a line holding 台 can give a key (~1 in 100: 5× faster than splitting them all).
        for line in (line for line in read_data(name).splitlines() if "台" in line):
            for value in line.partition("\t")[2].split(" ")[:1]:
                if "臺" in value:
                    continue  # 臺灣台…: its 台 belongs to the next word, not to a name
                for k, ch in enumerate(value):
                    if ch == "台":
                        key = (
                            "r台" + value[k + 1]
                            if k + 1 < len(value)
                            else "l" + value[k - 1] + "台"
                        )
                        kept[key] = "台"
    return kept


def load_data() -> dict[str, Any]:
    """The learned data shipped with the reader (read once)."""
    global _data
    with _lock:
        if _data is None:
            raw = (package_folder("reader.resources") / DATA_FILE).read_bytes()
            data = json.loads(zlib.decompress(raw, 31).decode("utf-8"))  # gzip's frame
            if data.get("version") != DATA_VERSION:
                raise ValueError(f"{DATA_FILE}: version {data.get('version')} unknown")
            _data = data
        return _data


class SkippingMatcher:
    """A dictionary matcher that ignores the entries whose source text is in ``skipped``."""

    __slots__ = ("inner", "skipped")

    def __init__(self, inner: Any, skipped: frozenset[str]) -> None:
        self.inner = inner
        self.skipped = skipped

    def match(self, text: str, pos: int) -> tuple[int, str | None]:
        """OpenCC's ``match``; a skipped entry is no match (the group's next dictionary tries)."""
        length, value = self.inner.match(text, pos)
        if length and text[pos : pos + length] in self.skipped:
            return 0, None
        return length, value


def context_keys(text: str, i: int) -> tuple[str, str, str, str]:
    """The keys of ``text[i]``, most specific first: both sides, left, right, alone."""
    ch = text[i]
    left = text[i - 1] if i > 0 else EDGE
    right = text[i + 1] if i + 1 < len(text) else EDGE
    return ("3" + left + ch + right, "l" + left + ch, "r" + ch + right, "u" + ch)


class CharacterChooser:
    """Replaces ambiguous display characters by the form native writers use in that context."""

    __slots__ = ("candidates", "rules")

    def __init__(self, rules: dict[str, str]) -> None:
        self.rules = rules
        self.candidates = frozenset(key[_CHAR_AT[key[0]]] for key in rules)

    def choose(self, text: str) -> str:
        """``text`` with its ambiguous characters chosen by context (same length)."""
        candidates = self.candidates
        if candidates.isdisjoint(text):
            return text
        rules = self.rules
        chars: list[str] | None = None
        for i, ch in enumerate(text):
            if ch not in candidates:
                continue
            for key in context_keys(text, i):
                chosen = rules.get(key)
                if chosen is not None:
                    if chosen != ch:
                        if chars is None:
                            chars = list(text)
                        chars[i] = chosen
                    break
        return text if chars is None else "".join(chars)


class NativeConverter(Converter):
    """An OpenCC converter with the native corrections (the same stages as its base).

    ``mapped.convert_mapped`` repeats ``_normalization``, ``_segmenter`` and ``_chain`` and then
    applies :meth:`refine`; :meth:`convert` does the same without a map.
    """

    def __init__(self, config: str, base: Converter, data: dict[str, Any]) -> None:
        name, tai = split_config(config)
        _, phrase_stage = NATIVE_CONFIGS[name]
        chain: list[Matcher] = list(base._chain)
        if phrase_stage is not None:
            stage, member = phrase_stage
            group = chain[stage]
            assert isinstance(group, Group)
            matchers = list(group.matchers)
            skipped = frozenset(data["skipped_phrases"].get(name, ()))
            matchers[member] = SkippingMatcher(matchers[member], skipped)
            chain[stage] = Group(matchers, group.policy)
        super().__init__(config, list(base._normalization), base._segmenter, chain)
        rules = _with_tai_rules(data["characters"].get(name, {}), tai)
        self._chooser = CharacterChooser(rules)

    def refine(self, display: str) -> str:
        """The character pass on a converted text (same length)."""
        return self._chooser.choose(display)

    def convert(self, text: str) -> str:
        """Convert ``text`` (the same result as the mapped conversion's display)."""
        return self.refine(run_stages(self._normalization, self._segmenter, self._chain, text))
