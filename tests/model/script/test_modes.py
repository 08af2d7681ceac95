"""Display modes: the source-aware choice of conversion."""

from __future__ import annotations

from reader.model.script.modes import DisplayMode, Script, config_for


def test_conversion_fits_the_source() -> None:
    # Taiwan form: Traditional sources only get Taiwan variants, Simplified ones the full s2twp.
    assert config_for(DisplayMode.TAIWAN, Script.TRADITIONAL) == "t2tw"
    assert config_for(DisplayMode.TAIWAN, Script.SIMPLIFIED) == "s2twp+native"
    assert config_for(DisplayMode.HONGKONG, Script.TRADITIONAL) == "t2hk"
    assert config_for(DisplayMode.HONGKONG, Script.SIMPLIFIED) == "s2hk"
    assert config_for(DisplayMode.MAINLAND, Script.TRADITIONAL) == "tw2sp+native"
    assert config_for(DisplayMode.SIMPLIFIED, Script.TRADITIONAL) == "t2s"
    # Already in the target script: no round trip through the other one.
    assert config_for(DisplayMode.TRADITIONAL, Script.TRADITIONAL) is None
    assert config_for(DisplayMode.SIMPLIFIED, Script.SIMPLIFIED) is None
    assert config_for(DisplayMode.MAINLAND, Script.SIMPLIFIED) is None
    for mode in DisplayMode:
        assert config_for(mode, Script.NON_CHINESE) is None
        for source in Script:
            assert config_for(DisplayMode.ORIGINAL, source) is None


def test_regional_vocabulary_is_a_switch_of_its_own() -> None:
    simplified, traditional = Script.SIMPLIFIED, Script.TRADITIONAL
    assert config_for(DisplayMode.TAIWAN, simplified, vocabulary=False) == "s2tw+native"
    assert config_for(DisplayMode.MAINLAND, traditional, vocabulary=False) == "t2s+native"
    # Modes without regional phrases are the same either way.
    for mode in DisplayMode:
        if mode not in (DisplayMode.TAIWAN, DisplayMode.MAINLAND):
            for source in Script:
                assert config_for(mode, source, vocabulary=False) == config_for(mode, source)
