"""Scripts and display modes: what a text is written in, what the reader shows, and which OpenCC
configuration turns one into the other."""

from __future__ import annotations

import enum


class Script(enum.StrEnum):
    """The script a text is written in, as detected."""

    TRADITIONAL = "traditional"
    SIMPLIFIED = "simplified"
    MIXED = "mixed"
    NON_CHINESE = "non-chinese"


class DisplayMode(enum.StrEnum):
    """What the reader shows: the original, or one converted form (CLI names)."""

    ORIGINAL = "original"
    TRADITIONAL = "traditional"
    SIMPLIFIED = "simplified"
    TAIWAN = "taiwan"
    HONGKONG = "hongkong"
    MAINLAND = "mainland"

    @property
    def is_traditional(self) -> bool:
        """Whether the mode shows Traditional characters."""
        return self in (DisplayMode.TRADITIONAL, DisplayMode.TAIWAN, DisplayMode.HONGKONG)

    @property
    def is_simplified(self) -> bool:
        """Whether the mode shows Simplified characters."""
        return self in (DisplayMode.SIMPLIFIED, DisplayMode.MAINLAND)


# The OpenCC configuration to apply, by display mode and by the detected script of the source.
# A Traditional source is never sent through a Simplified round trip (and the reverse); a
# source already in the target script only gets the regional conversion, if any. "+native":
# OpenCC's configuration with the corrections learned from native text (native.py).
_CONFIGS: dict[DisplayMode, dict[Script, str | None]] = {
    DisplayMode.TRADITIONAL: {
        Script.SIMPLIFIED: "s2t",
        Script.MIXED: "s2t",
        Script.TRADITIONAL: None,
    },
    DisplayMode.TAIWAN: {
        Script.SIMPLIFIED: "s2twp+native",
        Script.MIXED: "s2twp+native",
        Script.TRADITIONAL: "t2tw",
    },
    DisplayMode.HONGKONG: {
        Script.SIMPLIFIED: "s2hk",
        Script.MIXED: "s2hk",
        Script.TRADITIONAL: "t2hk",
    },
    DisplayMode.SIMPLIFIED: {
        Script.TRADITIONAL: "t2s",
        Script.MIXED: "t2s",
        Script.SIMPLIFIED: None,
    },
    DisplayMode.MAINLAND: {
        Script.TRADITIONAL: "tw2sp+native",
        Script.MIXED: "tw2sp+native",
        Script.SIMPLIFIED: None,
    },
}


# Regional vocabulary off: the characters-only configuration under each phrase one.
_CHARACTERS_ONLY = {"s2twp+native": "s2tw+native", "tw2sp+native": "t2s+native"}
_TAIWAN_NATIVE = frozenset({"s2twp+native", "s2tw+native"})  # where 台 or 臺 may be chosen
TAI_CHOICES = (None, "台", "臺")  # None: as native writers mix them


def check_tai(tai: str | None) -> None:
    """Raise ValueError unless ``tai`` is one of :data:`TAI_CHOICES`."""
    if tai not in TAI_CHOICES:
        raise ValueError(f"台 or 臺, not {tai!r}")


def config_for(
    mode: DisplayMode, source: Script, *, vocabulary: bool = True, tai: str | None = None
) -> str | None:
    """The OpenCC configuration that shows a ``source`` text in ``mode``; None for no change.

    Without ``vocabulary`` the Taiwan and mainland modes convert characters only (their
    regional phrases, 软件→軟體, are left as they are). ``tai`` ("台" or "臺") asks the Taiwan
    mode for that form throughout, instead of the mix native writers use.
    """
    if mode is DisplayMode.ORIGINAL or source is Script.NON_CHINESE:
        return None
    config = _CONFIGS[mode][source]
    if not vocabulary and config is not None:
        config = _CHARACTERS_ONLY.get(config, config)
    if tai is not None and config in _TAIWAN_NATIVE:
        check_tai(tai)
        config = f"{config}+{tai}"
    return config


def offered_configs() -> frozenset[str]:
    """Every OpenCC configuration the reader may apply (regional vocabulary on or off)."""
    configs = {c for by_source in _CONFIGS.values() for c in by_source.values() if c}
    return frozenset(configs | {_CHARACTERS_ONLY.get(c, c) for c in configs})


def mode_configs(
    mode: DisplayMode, *, vocabulary: bool = True, tai: str | None = None
) -> frozenset[str]:
    """Every OpenCC configuration ``mode`` may need, whatever the source script."""
    configs = (config_for(mode, script, vocabulary=vocabulary, tai=tai) for script in Script)
    return frozenset(c for c in configs if c is not None)
