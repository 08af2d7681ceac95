"""Reading a document file as an untrusted input: regular files only, inside their folder, bounded.

:func:`read_file` is the one way a document's bytes are read. It never blocks on a named pipe
(the file is opened non-blocking and checked on the open handle before anything is read), never
reads a device such as ``/dev/zero`` (its size says 0), reads at most ``limit`` bytes however
much the file grows meanwhile, and follows a symbolic link only to a file in the link's own
folder (or below it): a link out of the folder is refused, so a ``passwd.md -> /etc/passwd`` in
a downloaded archive is never read.
"""

from __future__ import annotations

import os
import stat as stat_module
from dataclasses import dataclass
from pathlib import Path

from reader.model.document.problems import Problem, Reason

#: The largest document read (bigger files are listed as too large).
MAX_BYTES = 32 * 1024 * 1024

_CHUNK = 1024 * 1024
_OPEN_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NONBLOCK", 0)  # opening a FIFO must not wait for a writer
    | getattr(os, "O_NOCTTY", 0)
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_BINARY", 0)
)


class RefusedFileError(OSError):
    """The file is not read: a reason a person can act on (``problem``; ``str(exc)`` in
    English)."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.english)
        self.problem = problem

    def __str__(self) -> str:
        return self.problem.english


@dataclass(frozen=True, slots=True)
class FileData:
    """The bytes of a file, and its size and modification time as seen on the open handle."""

    data: bytes
    size: int
    mtime: float
    mtime_ns: int


def kind_reason(mode: int) -> Problem | None:
    """Why a file of this ``st_mode`` is not read (None: a regular file, which is read)."""
    if stat_module.S_ISREG(mode):
        return None
    if stat_module.S_ISDIR(mode):
        return Problem(Reason.FOLDER)
    if stat_module.S_ISFIFO(mode):
        return Problem(Reason.FIFO)
    if stat_module.S_ISCHR(mode) or stat_module.S_ISBLK(mode):
        return Problem(Reason.DEVICE)
    if stat_module.S_ISSOCK(mode):
        return Problem(Reason.SOCKET)
    return Problem(Reason.SPECIAL)


def link_escape(path: Path, folder: Path | None = None) -> Problem | None:
    """Why ``path`` is refused as a way out of ``folder`` (default: the folder ``path`` is in),
    or None when it stays inside. Only symbolic links (in the last component) can lead out."""
    if not os.path.islink(path):
        return None
    base = os.path.realpath(
        folder if folder is not None else os.path.dirname(os.path.abspath(path))
    )
    target = os.path.realpath(path)
    if target == base or not target.startswith(base.rstrip(os.sep) + os.sep):
        return Problem(Reason.LINK_OUTSIDE)
    return None


def read_file(path: Path, limit: int = MAX_BYTES, *, links_out: bool = False) -> FileData:
    """The bytes of the document file at ``path`` (at most ``limit`` of them).

    ``links_out``: follow a link out of its folder too (for a file the user picked in a file
    dialog, such as an annotation export; never for a document).

    Raises:
        RefusedFileError: a link out of its folder, a FIFO, a device, a folder, too large.
        OSError: the file cannot be opened or read (missing, permission denied…).
    """
    if links_out or os.path.islink(path):
        escape = None if links_out else link_escape(path)
        if escape is not None:
            raise RefusedFileError(escape)
        # The resolved path, not the link: what was checked above is what is opened.
        target: str | Path = os.path.realpath(path)
    else:
        # Not a link: opened as it is, unresolved (resolving looked at every folder on the
        # way: 8 lstat calls a file in the real archive); O_NOFOLLOW refuses it should it have
        # become a link since.
        target = path
    fd = os.open(target, _OPEN_FLAGS | getattr(os, "O_NOFOLLOW", 0))
    try:
        st = os.fstat(fd)
        reason = kind_reason(st.st_mode)
        if reason is not None:
            raise RefusedFileError(reason)
        if st.st_size > limit:
            raise RefusedFileError(Problem(Reason.TOO_LARGE, str(st.st_size // 1_048_576)))
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        chunks: list[bytes] = []
        total = 0
        while total <= limit:
            chunk = os.read(fd, min(_CHUNK, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
        if total > limit:
            raise RefusedFileError(Problem(Reason.GREW, str(limit // 1_048_576)))
        return FileData(b"".join(chunks), st.st_size, st.st_mtime, st.st_mtime_ns)
    finally:
        os.close(fd)
