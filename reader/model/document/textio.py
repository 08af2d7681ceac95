"""Reading document bytes as text: encoding detection that does not trust the file extension."""

from __future__ import annotations

import codecs
from dataclasses import dataclass

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


class UnreadableError(ValueError):
    """The bytes are not text in any encoding we can recognise."""


@dataclass(frozen=True, slots=True)
class DecodedText:
    """Text decoded from bytes, with the encoding used and what had to be guessed."""

    text: str
    encoding: str
    warnings: tuple[str, ...] = ()


def _looks_binary(data: bytes) -> bool:
    sample = data[:4096]
    if b"\x00" not in sample:
        return False
    # UTF-16/32 text without a BOM has many NULs in a regular pattern; binary has them anywhere.
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    half = max(1, len(sample) // 2)
    return not (odd > 0.3 * half and even < 0.05 * half) and not (
        even > 0.3 * half and odd < 0.05 * half
    )


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
            try:
                return DecodedText(data.decode(name), name.replace("-sig", ""))
            except UnicodeDecodeError as exc:
                label = name.replace("-sig", "").upper()
                raise UnreadableError(
                    f"the file starts with a {label} byte-order mark but is not valid {label}"
                    " (damaged or truncated)"
                ) from exc
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
    if _looks_binary(data):
        for name in ("utf-16-le", "utf-16-be"):
            try:
                text = data.decode(name)
            except UnicodeDecodeError:
                continue
            if _cjk_score(text) > 0.9:
                return DecodedText(text, "utf-16", ("encoding detected as UTF-16 without a BOM",))
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
    if best is not None and best[0] > 0.95:
        label = "GB18030" if best[1] == "gb18030" else "Big5"
        return DecodedText(best[2], best[1], (f"encoding detected as {label}",))
    from charset_normalizer import from_bytes  # ~12 ms to import; only odd files get here

    guess = from_bytes(data).best()
    if guess is not None and guess.encoding:
        text = str(guess)
        return DecodedText(text, guess.encoding, (f"encoding guessed as {guess.encoding}",))
    text = data.decode("utf-8", errors="replace")
    return DecodedText(text, "utf-8", ("invalid UTF-8 bytes were replaced with U+FFFD",))
