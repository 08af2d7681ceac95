"""Finding document files on disk, and how their paths are stored in the index.

:func:`scan` walks the library folders (files with a document suffix; hidden entries and links
to folders are skipped) and stats each file, so an update can tell what changed without reading
anything. Only regular files are read later: a named pipe, a device or a socket with a document
suffix, and a symbolic link to a file outside the link's own folder, are listed with the reason
instead (see :mod:`reader.model.document.files`), so nothing outside a library folder is read.
:func:`path_key`, :func:`key_path` and :func:`path_hash` (:mod:`~reader.model.library.path_keys`,
re-exported) turn a path into its stored form (text, or the raw bytes of a name that is not
valid UTF-8) and back, and give the number the index finds a stored path by.
"""

from __future__ import annotations

import os
import stat as stat_module
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from reader.model.document.version import DOCUMENT_SUFFIXES
from reader.model.library.path_keys import key_path as key_path  # re-exported
from reader.model.library.path_keys import path_hash as path_hash
from reader.model.library.path_keys import path_key as path_key

TYPE_CHECKING = False  # typing's, without importing typing at start-up (mypy reads it so)
if TYPE_CHECKING:
    from reader.model.document.problems import Problem

# What walking the folders needs of the document layer (file kinds, problems) is imported by
# the walk itself.


@dataclass(frozen=True, slots=True)
class ScannedFile:
    """A document file found on disk (or one that could not even be looked at)."""

    path: Path
    root: Path
    size: int
    mtime_ns: int
    error: Problem | None = None


@dataclass(frozen=True, slots=True)
class ScanResult:
    """What a scan found: document files, and folders that could not be listed."""

    files: list[ScannedFile]
    problems: list[tuple[Path, str]]


def scan(roots: Iterable[Path]) -> ScanResult:
    """Every document file under ``roots`` (recursively; hidden entries and links to folders
    are skipped). A root that is a file is taken as it is."""
    from reader.model.document.files import kind_reason, link_escape

    files: list[ScannedFile] = []
    problems: list[tuple[Path, str]] = []
    for root in roots:
        try:
            st = root.stat()
        except OSError as exc:
            problems.append((root, f"cannot open: {exc.strerror or exc}"))
            continue
        if stat_module.S_ISDIR(st.st_mode):
            files.extend(_scan_dir(root, root, problems))
        else:
            reason = link_escape(root) or kind_reason(st.st_mode)
            files.append(ScannedFile(root, root, st.st_size, st.st_mtime_ns, reason))
    return ScanResult(files, problems)


def _scan_dir(folder: Path, root: Path, problems: list[tuple[Path, str]]) -> Iterator[ScannedFile]:
    from reader.model.document.files import kind_reason, link_escape
    from reader.model.document.problems import Problem, Reason

    try:
        with os.scandir(folder) as it:
            entries = sorted(it, key=lambda e: e.name)
    except OSError as exc:
        problems.append((folder, f"cannot list the folder: {exc.strerror or exc}"))
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = folder / entry.name
        try:
            if entry.is_dir(follow_symlinks=False):
                yield from _scan_dir(path, root, problems)
                continue
            if os.path.splitext(entry.name)[1].lower() not in DOCUMENT_SUFFIXES:
                continue
            if entry.is_symlink():
                # Never followed out of the folder the link is in: not even stat'ed there.
                escape = link_escape(path)
                if escape is not None:
                    st = entry.stat(follow_symlinks=False)
                    yield ScannedFile(path, root, st.st_size, st.st_mtime_ns, escape)
                    continue
            st = entry.stat()
        except OSError as exc:
            problem = Problem(Reason.CANNOT_READ, str(exc.strerror or exc))
            yield ScannedFile(path, root, 0, 0, problem)
            continue
        if stat_module.S_ISDIR(st.st_mode):
            continue  # a link to a folder: not followed
        yield ScannedFile(path, root, st.st_size, st.st_mtime_ns, kind_reason(st.st_mode))
