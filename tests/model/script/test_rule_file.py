"""The personal rules on disk: the documented JSON, atomic writes, damaged files kept."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.model.script.rule_file import (
    FORMAT,
    RuleFile,
    RuleFileError,
    dump_rules,
    parse_rules,
)
from reader.model.script.rules import Rule, RuleSet, Scope

texts = st.text(alphabet=st.characters(blacklist_categories=["Cs", "Cc"]), min_size=1, max_size=20)
rules = st.lists(st.builds(Rule, texts, texts, st.sampled_from(list(Scope))), max_size=8).map(
    RuleSet.of
)


@given(rules)
def test_dump_and_parse_round_trip(ruleset: RuleSet) -> None:
    assert parse_rules(dump_rules(ruleset)) == ruleset


def test_the_documented_example_reads() -> None:
    document = {
        "format": FORMAT,
        "version": 1,
        "rules": [
            {"original": "软件", "shown": "軟件", "in": "traditional"},
            {"original": "乾隆"},
        ],
    }
    parsed = parse_rules(json.dumps(document, ensure_ascii=False).encode("utf-8"))
    assert parsed.rules == (Rule("软件", "軟件", Scope.TRADITIONAL), Rule.never_convert("乾隆"))


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"\xff\xfe\x00", "not UTF-8 text"),
        (b"{", "not JSON (line 1, column 2"),
        (b"[" * 100_000, "not JSON"),
        (b'{"rules": []}', "not a conversion rules file"),
        (json.dumps({"format": FORMAT, "version": 9, "rules": []}).encode(), "version 9"),
        (json.dumps({"format": FORMAT, "version": 1}).encode(), 'no "rules" list'),
        (json.dumps({"format": FORMAT, "version": 1, "rules": [3]}).encode(), "rule 1 is not"),
        (
            json.dumps({"format": FORMAT, "version": 1, "rules": [{"original": ""}]}).encode(),
            '"original" must be some text',
        ),
        (
            json.dumps(
                {"format": FORMAT, "version": 1, "rules": [{"original": "a", "in": "tw"}]}
            ).encode(),
            '"in" must be',
        ),
        (
            json.dumps(
                {"format": FORMAT, "version": 1, "rules": [{"original": "a", "shown": 1}]}
            ).encode(),
            '"shown" must be text',
        ),
        (
            json.dumps(
                {"format": FORMAT, "version": 1, "rules": [{"original": "a\u0007"}]}
            ).encode(),
            "control characters",
        ),
        (
            json.dumps(
                {"format": FORMAT, "version": 1, "rules": [{"original": "a" * 300}]}
            ).encode(),
            "rule 1: a rule is for at most 200 characters",
        ),
    ],
)
def test_bad_files_say_what_is_wrong(data: bytes, message: str) -> None:
    with pytest.raises(RuleFileError, match=re.escape(message)):
        parse_rules(data)


def test_the_rule_file_writes_atomically_and_reads_back(tmp_path: Path) -> None:
    folder = tmp_path / "rules"
    folder.mkdir()
    store = RuleFile(folder / "conversion-rules.json")
    assert store.load() == RuleSet() and store.problem is None
    kept = RuleSet.of([Rule("软件", "軟件", Scope.TRADITIONAL)])
    store.save(kept)
    assert RuleFile(store.path).load() == kept
    assert [p.name for p in folder.iterdir()] == ["conversion-rules.json"]  # no temporary


def test_a_damaged_file_is_copied_aside_before_it_is_written(tmp_path: Path) -> None:
    tmp_path = tmp_path / "rules"
    tmp_path.mkdir()
    path = tmp_path / "conversion-rules.json"
    path.write_bytes(b"{damaged")
    store = RuleFile(path)
    assert store.load() == RuleSet()
    assert store.problem is not None and "not JSON" in store.problem.english
    store.save(RuleSet.of([Rule.never_convert("乾隆")]))
    copies = [p for p in tmp_path.iterdir() if p.name.startswith("conversion-rules-unreadable-")]
    assert len(copies) == 1 and copies[0].read_bytes() == b"{damaged"
    assert len(RuleFile(path).load()) == 1
