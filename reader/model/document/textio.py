"""Reading document bytes as text: encoding detection that does not trust the file extension."""

from __future__ import annotations

import codecs

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Legacy Chinese encodings tried, in this order, when a file is not UTF-8. GB18030 is a superset
# of GBK/GB2312 and Big5 text very often also decodes as GB18030, so the candidates are ranked by
# how plausible their result is (see _cjk_score) rather than taken first-come.
_LEGACY = ("gb18030", "big5hkscs")


# Among equally plausible guesses, the more common encoding wins.
_PREFERRED = {"utf_8": 0, "cp1252": 1, "latin_1": 2, "iso8859_15": 3, "cp1250": 4}

# The most frequent Chinese characters (both scripts): in any real Chinese text they are well
# over a tenth of the Han characters; Korean or Japanese bytes read as GB18030 (which accepts
# nearly any byte pair) give rare characters instead.
_FREQUENT = frozenset(
    "的一是不了在人有我他这這个個们們中来來上大为為和国國地到以说說时時要就出会會也对對"
)
_MIN_FREQUENT_SHARE = 0.06


def _reads_as_chinese(text: str) -> bool:
    """Whether decoded legacy-encoding text looks like Chinese (not other CJK misread)."""
    han = frequent = 0
    for ch in text:
        if 0x4E00 <= ord(ch) <= 0x9FFF:
            han += 1
            frequent += ch in _FREQUENT
    return han < 60 or frequent >= _MIN_FREQUENT_SHARE * han


def _damaged(label: str) -> str:
    return f"the file is not entirely valid {label}: damaged bytes were replaced with U+FFFD"


class UnreadableError(ValueError):
    """The bytes are not text in any encoding we can recognise."""


class DecodedText:
    """Text decoded from bytes, with the encoding used and what had to be guessed.

    A plain class, not a frozen dataclass (STYLE.md) or a NamedTuple: ``reader convert``
    decodes its input with this module, and ``dataclasses`` (with ``inspect`` under it, ~10 ms)
    or ``typing`` (~2 ms) would be much of its start-up.
    """

    __slots__ = ("encoding", "text", "warnings")

    def __init__(self, text: str, encoding: str, warnings: tuple[str, ...] = ()) -> None:
        self.text = text
        self.encoding = encoding
        self.warnings = warnings

    def __repr__(self) -> str:
        return f"DecodedText({self.text!r}, {self.encoding!r}, {self.warnings!r})"


def _nul_pattern(data: bytes) -> str | None:
    """For data with NUL bytes: "utf-16-le" or "utf-16-be" when they fall in the regular
    pattern of UTF-16 text without a BOM (every other byte of ASCII), else "binary";
    None when there are no NULs."""
    sample = data[:4096]
    if b"\x00" not in sample:
        return None
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    half = max(1, len(sample) // 2)
    if odd > 0.3 * half and even < 0.05 * half:
        return "utf-16-le"
    if even > 0.3 * half and odd < 0.05 * half:
        return "utf-16-be"
    return "binary"


def _cjk_score(text: str) -> float:
    """Fraction of characters that are common CJK, ASCII or CJK punctuation."""
    if not text:
        return 0.0
    good = 0
    for ch in text:
        o = ord(ch)
        if o < 0x80 or 0x4E00 <= o <= 0x9FFF or 0x3000 <= o <= 0x303F or 0xFF00 <= o <= 0xFFEF:
            good += 1
    return good / len(text)


def decode_bytes(data: bytes) -> DecodedText:
    """Decode a file's bytes, detecting BOMs, UTF-8, UTF-16 and the legacy Chinese encodings.

    Raises:
        UnreadableError: the data is binary or no encoding fits.
    """
    for bom, name in _BOMS:
        if data.startswith(bom):
            label = name.replace("-sig", "")
            try:
                return DecodedText(data.decode(name), label)
            except UnicodeDecodeError:
                # A byte-order mark says what the file is: damaged bytes in it are replaced,
                # as they are in a UTF-8 file without one.
                text = data.decode(name, errors="replace")
                return DecodedText(text, label, (_damaged(label.upper()),))
    try:
        return DecodedText(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as exc:
        if exc.reason == "unexpected end of data" and exc.start >= len(data) - 3:
            # Valid UTF-8 cut off inside its last character: a truncated file.
            return DecodedText(
                data[: exc.start].decode("utf-8"),
                "utf-8",
                ("the file ends in the middle of a character (truncated?); the rest is shown",),
            )
    pattern = _nul_pattern(data)
    if pattern is not None:
        # UTF-16 without a BOM (its ASCII has a NUL in every other byte), or binary data. An odd
        # last byte (a truncated file) or a damaged pair becomes U+FFFD.
        text = data.decode(pattern, errors="replace") if pattern != "binary" else ""
        if text and _cjk_score(text.replace("\ufffd", "")) > 0.9:
            notes = ["encoding detected as UTF-16 without a BOM"]
            if "\ufffd" in text:
                notes.append(_damaged("UTF-16"))
            return DecodedText(text, "utf-16", tuple(notes))
        raise UnreadableError("not a text file (it contains binary data)")
    best: tuple[float, str, str] | None = None
    for name in _LEGACY:
        try:
            text = data.decode(name)
        except UnicodeDecodeError:
            continue
        score = _cjk_score(text)
        if best is None or score > best[0]:
            best = (score, name, text)
    if best is not None and best[0] > 0.95 and _reads_as_chinese(best[2]):
        label = "GB18030" if best[1] == "gb18030" else "Big5"
        return DecodedText(best[2], best[1], (f"encoding detected as {label}",))
    from charset_normalizer import from_bytes  # ~12 ms to import; only odd files get here

    matches = list(from_bytes(data))
    if matches:
        top = matches[0]
        # Equally good guesses (Latin-1 text fits every Western code page alike): the most
        # widely used one, so crème stays crème rather than becoming crčme in cp1250.
        ties = [m for m in matches if (m.chaos, m.coherence) == (top.chaos, top.coherence)]
        guess = min(ties, key=lambda m: _PREFERRED.get(m.encoding, len(_PREFERRED)))
        text = str(guess)
        return DecodedText(text, guess.encoding, (f"encoding guessed as {guess.encoding}",))
    text = data.decode("utf-8", errors="replace")
    return DecodedText(text, "utf-8", ("invalid UTF-8 bytes were replaced with U+FFFD",))
