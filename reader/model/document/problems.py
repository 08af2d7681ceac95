"""Why a file cannot be read: a reason code with its parameter, and its English wording.

The model never words a problem for the window: it gives the reason (an enum) and what it
needs (a size, the system's message); the window translates it into the interface language,
the command line prints :attr:`Problem.english`. The index stores :meth:`Problem.encode`.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass


class Reason(enum.StrEnum):
    """A reason a document file is not read (its value is stored in the library index)."""

    EMPTY = "empty"  # nothing but white space
    ZERO_BYTES = "zero-bytes"
    BINARY = "binary"
    PERMISSION = "permission"
    FOLDER = "folder"
    MISSING = "missing"
    CANNOT_READ = "cannot-read"  # detail: the system's message
    TOO_LARGE = "too-large"  # detail: its size in MB
    GREW = "grew"  # detail: the limit in MB
    FIFO = "fifo"
    DEVICE = "device"
    SOCKET = "socket"
    SPECIAL = "special"
    LINK_OUTSIDE = "link-outside"
    NOT_LAID_OUT = "not-laid-out"  # detail: the failure
    NOT_PARSED = "not-parsed"  # detail: the failure
    WORKER_DIED = "worker-died"  # the parser's process ended while reading it
    OTHER = "other"  # detail: the words themselves (an entry written before reason codes)


#: The English wording of each reason; ``{detail}`` is the problem's parameter. The window
#: has its own copy of these, marked for translation (reader/ui/problems.py).
ENGLISH: dict[Reason, str] = {
    Reason.EMPTY: "the file is empty",
    Reason.ZERO_BYTES: "the file is empty (0 bytes)",
    Reason.BINARY: "not a text file (it contains binary data)",
    Reason.PERMISSION: "permission denied",
    Reason.FOLDER: "this is a folder, not a file",
    Reason.MISSING: "the file does not exist",
    Reason.CANNOT_READ: "cannot read the file: {detail}",
    Reason.TOO_LARGE: "the file is too large ({detail} MB)",
    Reason.GREW: "the file grew past {detail} MB while it was read; not read",
    Reason.FIFO: "a named pipe (FIFO), not a file; not read",
    Reason.DEVICE: "a device, not a file; not read",
    Reason.SOCKET: "a socket, not a file; not read",
    Reason.SPECIAL: "not a regular file; not read",
    Reason.LINK_OUTSIDE: "a link to a file outside its folder; not read",
    Reason.NOT_LAID_OUT: "the document could not be laid out ({detail})",
    Reason.NOT_PARSED: "the document could not be read ({detail})",
    Reason.WORKER_DIED: (
        "the document could not be read (the parser's process ended while reading it)"
    ),
    Reason.OTHER: "{detail}",
}

#: The title of a document with no title anywhere (the window shows it translated).
UNTITLED = "Untitled"

_SEP = ":"


@dataclass(frozen=True, slots=True)
class Problem:
    """Why a file is not read: the reason and its parameter (``""`` when it has none)."""

    reason: Reason
    detail: str = ""

    @property
    def english(self) -> str:
        """The problem in English (the command line's words)."""
        return ENGLISH[self.reason].replace("{detail}", self.detail)

    def encode(self) -> str:
        """The problem as one string for storage (``reason`` or ``reason:detail``)."""
        return f"{self.reason.value}{_SEP}{self.detail}" if self.detail else self.reason.value

    @classmethod
    def decode(cls, stored: str) -> Problem:
        """The problem :meth:`encode` stored; words stored before reason codes (or anything
        else) come back as :attr:`Reason.OTHER` with the words as its detail."""
        code, sep, detail = stored.partition(_SEP)
        try:
            reason = Reason(code)
        except ValueError:
            return cls(Reason.OTHER, stored)
        if reason is Reason.OTHER or (sep and "{detail}" not in ENGLISH[reason]):
            return cls(Reason.OTHER, detail if reason is Reason.OTHER else stored)
        return cls(reason, detail)
