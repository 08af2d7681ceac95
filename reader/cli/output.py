"""What the command line prints: text that cannot drive a terminal, JSON that stays exact.

A post's title or body can hold terminal control sequences — ``ESC ]0;…`` (set the window
title), ``ESC [2J`` (clear the screen), OSC 52 (write the clipboard) — and a file name can too.
Every text line the command line prints goes through :class:`TerminalStream`, which shows each
C0 and C1 control character except newline and tab as a visible stand-in (C0 and DEL as their
Unicode control pictures, ``␛``; C1 as U+FFFD). JSON output is exact instead: :func:`json_text`
writes every such character as a ``\\uXXXX`` escape, and U+2028, U+2029 and U+0085 too, which
some JSON-lines readers take for line ends.
"""

from __future__ import annotations

import re

TYPE_CHECKING = False  # typing's, without importing typing at start-up (mypy reads it so)
if TYPE_CHECKING:
    from typing import Any, TextIO

# Lone surrogates are the bytes of a file name that is not UTF-8 (Python's surrogateescape):
# they cannot be written as UTF-8, so the terminal shows U+FFFD and JSON escapes them (read
# back, they give the same file name). Compiled on first use (``re`` keeps them): ~0.5 ms each,
# which ``--version`` and ``convert`` need not pay.
_TERMINAL_CONTROL = "[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]"
_JSON_UNSAFE = "[\x7f-\x9f\u2028\u2029\ud800-\udfff]"


def _picture(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x20:
        return chr(0x2400 + code)  # ␀ … ␟
    if code == 0x7F:
        return "\u2421"  # ␡
    return "\ufffd"


def terminal_text(text: str) -> str:
    """``text`` with every control character but newline and tab made visible and inert."""
    return re.sub(_TERMINAL_CONTROL, _picture, text)


def json_text(value: object, indent: int | None = None) -> str:
    """``value`` as JSON (UTF-8 text, not ASCII-escaped) in which no character is a control
    character or a line separator: those are ``\\uXXXX`` escapes, so the value reads back
    exactly."""
    import json  # not for every subcommand: --version, convert and text output start without

    text = json.dumps(value, ensure_ascii=False, indent=indent)
    # Outside strings JSON has only ASCII punctuation and white space: these are in strings.
    return re.sub(_JSON_UNSAFE, lambda m: f"\\u{ord(m.group()):04x}", text)


class TerminalStream:
    """A text stream that writes through :func:`terminal_text` (``raw`` is the stream below,
    for the command line's own control characters, such as the progress line's ``\\r``)."""

    def __init__(self, raw: TextIO) -> None:
        self.raw = raw

    def write(self, text: str) -> int:
        """Write ``text`` with its control characters neutralised."""
        return self.raw.write(terminal_text(text))

    def flush(self) -> None:
        """Flush the stream below."""
        self.raw.flush()

    def __getattr__(self, name: str) -> Any:
        return getattr(self.raw, name)


def raw_stream(stream: TextIO | TerminalStream) -> TextIO:
    """The stream below a :class:`TerminalStream` (or ``stream`` itself)."""
    return stream.raw if isinstance(stream, TerminalStream) else stream
