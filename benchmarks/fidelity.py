"""Conversion fidelity on native text: how far each mode is from what native writers wrote.

``python -m benchmarks fidelity [--native DIR] [--part held|learn] [--limit N] [--no-cache]``

The native posts of ``../shared/corpus/native`` (Taiwan: CNA and RTI; mainland: CCTV 新闻联播,
中国数字时代 and three blogs) are split by a hash of their file name: one in five is *held apart*
(:func:`is_held`) and only ever measured, the rest is what ``scripts/build_script_fidelity.py``
learns from. Each post's text is extracted through the reader's own parser (``Document.text``).

- Taiwan: native text → OpenCC ``tw2s`` (near lossless) → each Traditional mode, compared with the
  native original;
- mainland: native text → OpenCC ``s2t`` → each Simplified mode, compared with the original.

An error is a character of the converted text that differs from the native original (lines of
equal length compare position by position, others through a character alignment, where a
replaced or inserted run counts as its longer side). Rates are per 10,000 characters of native
text (every character but white space), with and without the 台/臺 difference. The ten most
frequent remaining errors are printed per mode as ``native→shown``.

For the mainland, two more columns. *Simplified lines* (the figure the mainland target is read
on) leaves out, from the errors and the characters alike, the lines that their writer wrote in
Traditional (more of their characters are Traditional-only than Simplified-only: quotations of
Taiwan and Hong Kong posts, 0.6% of the text): for those the round trip's source is the line
itself and the "native" form is Traditional, so they measure whether a Simplified mode leaves
text unconverted, which no Simplified mode may. Their Traditional characters inside Simplified
lines (什麽, 衝突) still count. *Without native Traditional* (the older, more lenient figure)
leaves out every error whose native side is not Simplified but keeps all characters.
"""

from __future__ import annotations

import argparse
import difflib
import hashlib
import pickle
import tarfile
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

from reader.model.document.parser import parse_bytes

DEFAULT_NATIVE = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "native"
ARCHIVES = {"tw": "native-tw.tar.xz", "cn": "native-cn.tar.xz"}
HELD_EVERY = 5  # one post in five is held apart
_CACHE_VERSION = 1


def is_held(name: str) -> bool:
    """Whether the post with file name ``name`` belongs to the held-apart (measuring) part."""
    digest = hashlib.sha256(name.encode("utf-8", "surrogatepass")).digest()
    return digest[0] % HELD_EVERY == 0


def _extract(archive: Path) -> list[tuple[str, str]]:
    posts: list[tuple[str, str]] = []
    with tarfile.open(archive, "r:xz") as tar:
        for member in tar:
            if not member.isfile():
                continue
            handle = tar.extractfile(member)
            if handle is None:
                continue
            name = member.name.rsplit("/", 1)[-1]
            document = parse_bytes(handle.read(), Path(member.name))
            posts.append((name, document.text))
    posts.sort()
    return posts


def native_posts(
    region: str, native_dir: Path = DEFAULT_NATIVE, *, cache: bool = True
) -> list[tuple[str, str]]:
    """``(file name, text)`` of every native post of ``region`` ("tw" or "cn").

    Parsing takes a minute, so the texts are kept in the temporary folder (unless not ``cache``),
    keyed by the archive's size and time and this module's cache version.
    """
    archive = native_dir / ARCHIVES[region]
    if not cache:
        return _extract(archive)
    stat = archive.stat()
    key = f"{region}-{stat.st_size}-{int(stat.st_mtime)}-v{_CACHE_VERSION}"
    stored = Path(tempfile.gettempdir()) / f"tongwen-native-{key}.pickle"
    if stored.exists():
        with stored.open("rb") as f:
            cached: list[tuple[str, str]] = pickle.load(f)
        return cached
    posts = _extract(archive)
    tmp = stored.with_suffix(".tmp")
    with tmp.open("wb") as f:
        pickle.dump(posts, f)
    tmp.replace(stored)
    return posts


def native_texts(
    region: str, part: str, native_dir: Path = DEFAULT_NATIVE, *, cache: bool = True
) -> list[str]:
    """The texts of ``region``'s native posts in ``part``: "held" (measuring) or "learn"."""
    held = part == "held"
    posts = native_posts(region, native_dir, cache=cache)
    return [text for name, text in posts if is_held(name) == held]


def _lines(texts: list[str]) -> Iterator[str]:
    for text in texts:
        for line in text.split("\n"):
            if line.strip():
                yield line


class Tally:
    """Errors of one mode: counts with and without 台/臺, and the most frequent pairs."""

    def __init__(self, foreign: Callable[[str], bool] | None = None) -> None:
        self.errors = 0
        self.errors_no_tai = 0
        # Errors where the native text itself is in the other script (a mainland post quoting
        # Traditional text): no conversion from the round trip's source can restore those.
        self.foreign = foreign
        self.errors_foreign = 0
        self.errors_written = 0  # errors in lines written in the target script
        self.pairs: Counter[tuple[str, str]] = Counter()

    def add(self, native: str, shown: str, *, written: bool = True) -> None:
        """Compare one line (``written``: one its writer wrote in the target script)."""
        if native == shown:
            return
        before = self.errors
        self._compare(native, shown)
        if written:
            self.errors_written += self.errors - before

    def _compare(self, native: str, shown: str) -> None:
        if len(native) == len(shown):
            i, n = 0, len(native)
            while i < n:
                if native[i] == shown[i]:
                    i += 1
                    continue
                j = i
                while j < n and native[j] != shown[j]:
                    j += 1
                self._run(native[i:j], shown[i:j], native, i, j)
                i = j
            return
        matcher = difflib.SequenceMatcher(None, native, shown, autojunk=False)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            if tag != "equal":
                self._run(native[i1:i2], shown[j1:j2], native, i1, i2)

    def _run(self, native: str, shown: str, line: str, start: int, end: int) -> None:
        width = max(len(native), len(shown))
        self.errors += width
        if self.foreign is not None and self.foreign(native):
            self.errors_foreign += width
        if len(native) == len(shown):
            self.errors_no_tai += sum(
                1 for a, b in zip(native, shown, strict=True) if a != b and {a, b} != {"台", "臺"}
            )
        else:
            self.errors_no_tai += width
        # Show a one-character run with its neighbours: 宣布→宣佈 says more than 布→佈.
        if width == 1 and len(native) == len(shown):
            lo, hi = max(0, start - 1), min(len(line), end + 1)
            before, after = line[lo:start], line[end:hi]
            self.pairs[(before + native + after, before + shown + after)] += 1
        else:
            self.pairs[(native, shown)] += 1


def measure(
    native: list[str],
    to_source: Callable[[str], str],
    modes: dict[str, Callable[[str], str]],
    foreign: Callable[[str], bool] | None = None,
    written_in: Callable[[str], bool] | None = None,
) -> tuple[tuple[int, int], dict[str, Tally], dict[str, float]]:
    """Count characters and errors of each mode on ``native`` lines sent through ``to_source``.

    The characters are counted twice: all, and in the lines ``written_in`` the target script.
    """
    tallies = {name: Tally(foreign) for name in modes}
    seconds = dict.fromkeys(modes, 0.0)
    chars = chars_written = 0
    for line in _lines(native):
        count = sum(1 for ch in line if not ch.isspace())
        written = written_in is None or written_in(line)
        chars += count
        chars_written += count if written else 0
        source = to_source(line)
        for name, convert in modes.items():
            start = time.perf_counter()
            shown = convert(source)
            seconds[name] += time.perf_counter() - start
            tallies[name].add(line, shown, written=written)
    return (chars, chars_written), tallies, seconds


def _plain(config: str) -> Callable[[str], str]:
    from reader.model.script.convert import converter

    return converter(config).convert


def _ours(mode_name: str, source_name: str, *, vocabulary: bool = True) -> Callable[[str], str]:
    from reader.model.script.mapped import display_text
    from reader.model.script.modes import DisplayMode, Script

    mode, source = DisplayMode(mode_name), Script(source_name)
    return lambda text: display_text(text, mode, source, vocabulary=vocabulary).display


def _not_simplified() -> Callable[[str], bool]:
    t2s = _plain("t2s")
    return lambda text: t2s(text) != text


def written_in_simplified() -> Callable[[str], bool]:
    """Whether a line was written in Simplified: no more Traditional-only characters than
    Simplified-only ones (a character is Traditional-only when t2s changes it, and the reverse)."""
    t2s, s2t = _plain("t2s"), _plain("s2t")

    def written(line: str) -> bool:
        as_simplified, as_traditional = t2s(line), s2t(line)
        traditional = sum(1 for a, b in zip(line, as_simplified, strict=False) if a != b)
        simplified = sum(1 for a, b in zip(line, as_traditional, strict=False) if a != b)
        return traditional <= simplified

    return written


def report(
    title: str, chars: tuple[int, int], tallies: dict[str, Tally], seconds: dict[str, float]
) -> None:
    """Print one table and the ten most frequent errors of each mode."""
    chars_all, chars_written = chars
    foreign = any(t.foreign is not None for t in tallies.values())
    print(
        f"\n{title}: {chars_all:,} characters"
        + (f" ({chars_written:,} in Simplified lines)" if foreign else "")
    )
    extra = f" {'Simplified lines':>16} {'w/o native Trad.':>16}" if foreign else ""
    print(f"{'mode':28} {'errors/10k':>10} {'w/o 台臺':>9} {'errors':>8} {'time s':>7}{extra}")
    for name, tally in tallies.items():
        rest = tally.errors - tally.errors_foreign
        written = tally.errors_written * 10000 / max(1, chars_written)
        extra = f" {written:16.1f} {rest * 10000 / chars_all:16.1f}" if foreign else ""
        print(
            f"{name:28} {tally.errors * 10000 / chars_all:10.1f} "
            f"{tally.errors_no_tai * 10000 / chars_all:9.1f} {tally.errors:8d} {seconds[name]:7.1f}"
            + extra
        )
    for name, tally in tallies.items():
        top = ", ".join(f"{a}→{b} {n}" for (a, b), n in tally.pairs.most_common(10))
        print(f"  {name}: {top}")


def main(argv: list[str]) -> int:
    """Print the tables; 1 when the native archives are missing."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks fidelity", description=__doc__)
    parser.add_argument("--native", type=Path, default=DEFAULT_NATIVE)
    parser.add_argument("--part", choices=("held", "learn"), default="held")
    parser.add_argument("--limit", type=int, default=0, help="only the first N posts per region")
    parser.add_argument("--no-cache", action="store_true", help="parse the archives again")
    parser.add_argument("--region", choices=("both", "tw", "cn"), default="both")
    args = parser.parse_args(argv)
    if not all((args.native / name).is_file() for name in ARCHIVES.values()):
        print(f"no native archives in {args.native} (use --native DIR)")
        return 1
    cache = not args.no_cache
    tw = native_texts("tw", args.part, args.native, cache=cache)
    cn = native_texts("cn", args.part, args.native, cache=cache)
    if args.limit:
        tw, cn = tw[: args.limit], cn[: args.limit]
    print(f"part {args.part!r}: {len(tw)} Taiwan posts, {len(cn)} mainland posts")
    if args.region != "cn":
        _taiwan(tw)
    if args.region != "tw":
        _mainland(cn)
    return 0


def _taiwan(tw: list[str]) -> None:
    chars, tallies, seconds = measure(
        tw,
        _plain("tw2s"),
        {
            "ours taiwan": _ours("taiwan", "simplified"),
            "ours taiwan, characters only": _ours("taiwan", "simplified", vocabulary=False),
            "ours traditional (s2t)": _ours("traditional", "simplified"),
            "ours hongkong (s2hk)": _ours("hongkong", "simplified"),
            "opencc s2twp": _plain("s2twp"),
            "opencc s2tw": _plain("s2tw"),
            "opencc s2t": _plain("s2t"),
            "opencc s2hk": _plain("s2hk"),
        },
    )
    report("Taiwan native → tw2s → mode", chars, tallies, seconds)


def _mainland(cn: list[str]) -> None:
    chars, tallies, seconds = measure(
        cn,
        _plain("s2t"),
        {
            "ours mainland": _ours("mainland", "traditional"),
            "ours mainland, characters": _ours("mainland", "traditional", vocabulary=False),
            "ours simplified (t2s)": _ours("simplified", "traditional"),
            "opencc tw2sp": _plain("tw2sp"),
            "opencc t2s": _plain("t2s"),
            "opencc tw2s": _plain("tw2s"),
        },
        foreign=_not_simplified(),
        written_in=written_in_simplified(),
    )
    report("Mainland native → s2t → mode", chars, tallies, seconds)
