"""Personal rules: matching, scopes, and the position map with rules applied."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.model.script.convert import convert, converter_function
from reader.model.script.mapped import RunConverter, display_text
from reader.model.script.modes import DisplayMode, Script
from reader.model.script.options import ScriptOptions
from reader.model.script.rules import Rule, RuleSet, Scope
from tests.model.script.mapped_checks import check_map
from tests.model.script.test_mapped import PIECES

TAIWAN, MAINLAND = DisplayMode.TAIWAN, DisplayMode.MAINLAND
SIMPLIFIED, TRADITIONAL = Script.SIMPLIFIED, Script.TRADITIONAL


def _options(*rules: Rule, **kwargs: object) -> ScriptOptions:
    return ScriptOptions(rules=RuleSet.of(rules), **kwargs)  # type: ignore[arg-type]


def test_always_show_replaces_the_conversion_in_its_script_only() -> None:
    options = _options(Rule("软件", "軟件", Scope.TRADITIONAL))
    shown = display_text("我用软件下载视频", TAIWAN, SIMPLIFIED, options=options)
    assert shown.display == "我用軟件下載影片"
    assert display_text("软件", DisplayMode.HONGKONG, SIMPLIFIED, options=options).display == "軟件"
    # Not a Traditional mode: the rule does not hold; Original never changes.
    assert display_text("软件", MAINLAND, SIMPLIFIED, options=options).display == "软件"
    assert display_text("软件", DisplayMode.ORIGINAL, SIMPLIFIED, options=options).display == "软件"


def test_never_convert_keeps_the_original_in_every_mode() -> None:
    options = _options(Rule.never_convert("網際網路"))
    expected = {MAINLAND: "網際網路上的软件", DisplayMode.SIMPLIFIED: "網際網路上的软体"}
    for mode, shown in expected.items():
        assert display_text("網際網路上的軟體", mode, TRADITIONAL, options=options).display == shown
    assert convert("網際網路上的軟體", MAINLAND, TRADITIONAL) == "互联网上的软件"


def test_rules_apply_where_the_source_needs_no_conversion() -> None:
    # A Traditional text in a Traditional mode has no OpenCC conversion; a rule still shows.
    options = _options(Rule("臺北", "台北", Scope.TRADITIONAL))
    assert display_text(
        "臺北市", DisplayMode.TRADITIONAL, TRADITIONAL, options=options
    ).display == ("台北市")


def test_longest_rule_wins_and_a_script_rule_beats_one_for_all() -> None:
    rules = RuleSet.of(
        [
            Rule("软件", "軟件", Scope.TRADITIONAL),
            Rule("软件工程", "軟件工程學", Scope.TRADITIONAL),
            Rule("视频", "视频", Scope.ALL),
            Rule("视频", "視頻", Scope.TRADITIONAL),
        ]
    )
    f = converter_function(TAIWAN, SIMPLIFIED, options=ScriptOptions(rules=rules))
    assert f("软件工程和软件视频") == "軟件工程學和軟件視頻"
    g = converter_function(MAINLAND, TRADITIONAL, options=ScriptOptions(rules=rules))
    assert g("视频") == "视频"


def test_a_later_rule_for_the_same_text_replaces_the_earlier() -> None:
    rules = RuleSet.of(
        [Rule("软件", "軟件", Scope.TRADITIONAL), Rule("软件", "軟體", Scope.TRADITIONAL)]
    )
    assert len(rules) == 1 and rules.rules[0].shown == "軟體"
    assert (
        rules.with_rule(Rule("软件", "軟件", Scope.SIMPLIFIED)).rules[1].scope is Scope.SIMPLIFIED
    )
    assert len(rules.without(rules.rules[0])) == 0


def test_rule_sets_are_hashable_cache_keys() -> None:
    a = ScriptOptions(rules=RuleSet.of([Rule("软件", "軟件", Scope.TRADITIONAL)]))
    b = ScriptOptions(rules=RuleSet.of([Rule("软件", "軟件", Scope.TRADITIONAL)]))
    a.rules.matches("软件", TAIWAN)  # a compiled pattern is not part of the key
    assert a == b and hash(a) == hash(b)
    assert a != ScriptOptions() and a != ScriptOptions(rules=a.rules, tai="臺")


@pytest.mark.parametrize(
    ("original", "shown"),
    [("", "x"), ("x", ""), ("a\nb", "x"), ("x", "a\nb"), ("x" * 201, "x")],
)
def test_unusable_rules_are_refused(original: str, shown: str) -> None:
    with pytest.raises(ValueError):
        Rule(original, shown)


def test_a_rule_is_one_unit_of_the_map() -> None:
    options = _options(Rule("软件", "軟體程式", Scope.TRADITIONAL))
    shown = display_text("用软件看", TAIWAN, SIMPLIFIED, options=options)
    assert shown.display == "用軟體程式看"
    assert shown.display_range(1, 3) == (1, 5)
    assert shown.original_range(2, 3) == (1, 3)
    check_map(shown)


def test_the_run_converter_applies_rules_to_every_run() -> None:
    runs = RunConverter(TAIWAN, SIMPLIFIED, options=_options(Rule.never_convert("头发")))
    assert runs("头发很长") == "头发很長"
    assert runs.mapped("头发很长").display == "头发很長"


pieces = st.sampled_from(PIECES)
han = st.characters(min_codepoint=0x4E00, max_codepoint=0x4E20)
texts = st.lists(st.one_of(pieces, pieces, han, st.just("😀")), max_size=30).map("".join)
rule_texts = st.lists(
    st.one_of(pieces.filter(lambda p: p != "\n"), han), min_size=1, max_size=3
).map("".join)
shown_texts = st.text(
    alphabet=st.sampled_from(["軟", "件", "x", "😀", "体"]), min_size=1, max_size=5
)
rules = st.lists(
    st.builds(Rule, rule_texts, shown_texts, st.sampled_from(list(Scope))), max_size=6
).map(RuleSet.of)


@settings(max_examples=120, deadline=None)
@given(
    text=texts,
    ruleset=rules,
    mode=st.sampled_from(list(DisplayMode)),
    source=st.sampled_from([SIMPLIFIED, TRADITIONAL, Script.MIXED]),
    vocabulary=st.booleans(),
    tai=st.sampled_from([None, "台", "臺"]),
)
def test_the_map_stays_exact_with_rules(
    text: str,
    ruleset: RuleSet,
    mode: DisplayMode,
    source: Script,
    vocabulary: bool,
    tai: str | None,
) -> None:
    options = ScriptOptions(vocabulary=vocabulary, tai=tai, rules=ruleset)
    shown = display_text(text, mode, source, options=options)
    assert shown.original == text
    # The mapped display and the plain conversion agree (titles and snippets use the latter).
    assert shown.display == convert(text, mode, source, options=options)
    check_map(shown)
    # Every rule match is shown as its rule says, at the place the map gives.
    for match in ruleset.matches(text, mode):
        start, end = shown.display_range(match.start, match.end)
        assert shown.display[start:end] == match.shown


def test_a_rule_gives_the_taiwan_word_native_writers_do_not_prefer() -> None:
    # CNA and RTI write 互聯網 (61 times in the learning part) more than 網際網路 (41), so the
    # Taiwan mode shows 互聯網; a reader who wants 網際網路 says so once.
    assert convert("上互联网", TAIWAN, SIMPLIFIED) == "上互聯網"
    options = _options(Rule("互联网", "網際網路", Scope.TRADITIONAL))
    shown = display_text("上互联网下载软件", TAIWAN, SIMPLIFIED, options=options)
    assert shown.display == "上網際網路下載軟體"
    assert shown.display_range(1, 4) == (1, 5)
    check_map(shown)
