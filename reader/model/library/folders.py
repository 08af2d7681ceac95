"""Finding documents: the bundled sample library and folders the user opens."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from importlib import resources
from pathlib import Path

from reader.model.document.parser import DOCUMENT_SUFFIXES


def sample_library() -> Path:
    """The folder of the bundled sample documents (the seed documents)."""
    try:
        root = resources.files("reader.resources")
    except ModuleNotFoundError:
        # Running from a source tree that was never installed: resources/ sits beside reader/.
        return Path(__file__).resolve().parents[3] / "resources" / "samples"
    return Path(str(root.joinpath("samples")))


def is_document(path: Path) -> bool:
    """Whether a file name has one of the readable document suffixes."""
    return path.suffix.lower() in DOCUMENT_SUFFIXES


def scan(paths: Iterable[Path]) -> Iterator[Path]:
    """Every document file under the given files and folders (recursively, sorted per folder).

    Hidden folders are skipped; symbolic links to folders are not followed (no cycles).
    """
    for path in paths:
        if path.is_dir():
            yield from _scan_dir(path)
        elif is_document(path) or path.is_file():
            yield path


def _scan_dir(root: Path) -> Iterator[Path]:
    for dirpath, dirnames, filenames in os.walk(root, onerror=None, followlinks=False):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        base = Path(dirpath)
        for name in sorted(filenames):
            if not name.startswith(".") and is_document(base / name):
                yield base / name
