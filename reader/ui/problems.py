"""Why a file cannot be read, in the interface language (the model gives reason codes)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from reader.model.document.problems import UNTITLED, Problem, Reason
from reader.ui.noop import QT_TRANSLATE_NOOP

# The same wording as the model's English (reader/model/document/problems.py), marked for
# translation; {detail} is the problem's parameter.
_TEXTS: dict[Reason, str] = {
    Reason.EMPTY: QT_TRANSLATE_NOOP("problems", "the file is empty"),
    Reason.ZERO_BYTES: QT_TRANSLATE_NOOP("problems", "the file is empty (0 bytes)"),
    Reason.BINARY: QT_TRANSLATE_NOOP("problems", "not a text file (it contains binary data)"),
    Reason.PERMISSION: QT_TRANSLATE_NOOP("problems", "permission denied"),
    Reason.FOLDER: QT_TRANSLATE_NOOP("problems", "this is a folder, not a file"),
    Reason.MISSING: QT_TRANSLATE_NOOP("problems", "the file does not exist"),
    Reason.CANNOT_READ: QT_TRANSLATE_NOOP("problems", "cannot read the file: {detail}"),
    Reason.TOO_LARGE: QT_TRANSLATE_NOOP("problems", "the file is too large ({detail} MB)"),
    Reason.GREW: QT_TRANSLATE_NOOP(
        "problems", "the file grew past {detail} MB while it was read; not read"
    ),
    Reason.FIFO: QT_TRANSLATE_NOOP("problems", "a named pipe (FIFO), not a file; not read"),
    Reason.DEVICE: QT_TRANSLATE_NOOP("problems", "a device, not a file; not read"),
    Reason.SOCKET: QT_TRANSLATE_NOOP("problems", "a socket, not a file; not read"),
    Reason.SPECIAL: QT_TRANSLATE_NOOP("problems", "not a regular file; not read"),
    Reason.LINK_OUTSIDE: QT_TRANSLATE_NOOP(
        "problems", "a link to a file outside its folder; not read"
    ),
    Reason.NOT_LAID_OUT: QT_TRANSLATE_NOOP(
        "problems", "the document could not be laid out ({detail})"
    ),
    Reason.NOT_PARSED: QT_TRANSLATE_NOOP("problems", "the document could not be read ({detail})"),
    Reason.WORKER_DIED: QT_TRANSLATE_NOOP(
        "problems",
        "the document could not be read (the parser's process ended while reading it)",
    ),
}

_UNTITLED = QT_TRANSLATE_NOOP("problems", "Untitled")  # the parser's UNTITLED


def describe_problem(problem: Problem) -> str:
    """The problem in the interface language (its parameter, a size or the system's own
    message, as it is)."""
    text = _TEXTS.get(problem.reason)
    if text is None:  # Reason.OTHER: words that are already the message
        return problem.detail
    return QCoreApplication.translate("problems", text).replace("{detail}", problem.detail)


def describe_stored(stored: str | None) -> str | None:
    """A problem as the library index stores it (``Problem.encode``), in the interface language."""
    return None if stored is None else describe_problem(Problem.decode(stored))


def shown_title(title: str) -> str:
    """A document's title as the window shows it: the parser's "Untitled" translated."""
    return QCoreApplication.translate("problems", _UNTITLED) if title == UNTITLED else title
