"""The personal rules on disk: the user's own file in the data folder, and its export format.

The same JSON serves the data folder's ``conversion-rules.json`` and an exported file::

    {
      "format": "tongwen-reader/conversion-rules",
      "version": 1,
      "rules": [
        {"original": "软件", "shown": "軟件", "in": "traditional"},
        {"original": "乾隆", "shown": "乾隆", "in": "all"}
      ]
    }

``original`` is the text as a document has it; ``shown`` what a display shows for it (the same
text: never convert; left out, it is the same text too); ``in`` where the rule holds:
``traditional`` (every Traditional mode), ``simplified`` (every Simplified mode) or ``all``
(the default). A rule for the same original and ``in`` as an earlier one replaces it.

The file is user data: it is written atomically (a temporary file in the same folder, flushed,
then renamed over the old one), and one that cannot be read is copied aside before it is ever
written again, so a damaged file loses nothing.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import time
from pathlib import Path
from typing import Any

from reader.model.script.rule_problems import (
    RuleError,
    RuleProblem,
    RuleReason,
    problem_of_os_error,
)
from reader.model.script.rules import Rule, RuleSet, Scope

FORMAT = "tongwen-reader/conversion-rules"
VERSION = 1
MAX_FILE_BYTES = 4 * 1024 * 1024
MAX_RULES = 20_000


class RuleFileError(RuleError):
    """A rules file that cannot be used: ``problem`` says why (``str(exc)`` in English)."""


def dump_rules(rules: RuleSet) -> bytes:
    """The rules as the JSON document described above (UTF-8)."""
    items = [{"original": r.original, "shown": r.shown, "in": r.scope.value} for r in rules]
    document = {"format": FORMAT, "version": VERSION, "rules": items}
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def _refused(reason: RuleReason, *values: object) -> RuleFileError:
    return RuleFileError(RuleProblem(reason, tuple(str(v) for v in values)))


def parse_rules(data: bytes) -> RuleSet:
    """The rules of a JSON document; :class:`RuleFileError` says what is wrong with a bad one."""
    if len(data) > MAX_FILE_BYTES:
        raise _refused(RuleReason.FILE_TOO_LARGE, MAX_FILE_BYTES // (1024 * 1024))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise _refused(RuleReason.NOT_UTF8, error.start) from None
    try:
        document = json.loads(text)
    except RecursionError:
        raise _refused(RuleReason.NESTED_TOO_DEEPLY) from None
    except json.JSONDecodeError as error:
        raise _refused(RuleReason.NOT_JSON, error.lineno, error.colno, error.msg) from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise _refused(RuleReason.NOT_RULES_FILE, FORMAT)
    version = document.get("version")
    if version != VERSION:
        raise _refused(RuleReason.UNKNOWN_VERSION, repr(version))
    items = document.get("rules")
    if not isinstance(items, list):
        raise _refused(RuleReason.NO_RULES_LIST)
    if len(items) > MAX_RULES:
        raise _refused(RuleReason.TOO_MANY, f"{MAX_RULES:,}")
    return RuleSet.of(_rule(item, number) for number, item in enumerate(items, 1))


def _rule(item: Any, number: int) -> Rule:
    if not isinstance(item, dict):
        raise _refused(RuleReason.RULE_NOT_OBJECT, number)
    original = item.get("original")
    shown = item.get("shown", original)
    scope = item.get("in", Scope.ALL.value)
    if not isinstance(original, str) or not original:
        raise _refused(RuleReason.NO_ORIGINAL, number)
    if not isinstance(shown, str):
        raise _refused(RuleReason.SHOWN_NOT_TEXT, number)
    if scope not in {s.value for s in Scope}:
        raise _refused(RuleReason.BAD_SCOPE, number)
    if any(_unusable(ch) for ch in original + shown):
        raise _refused(RuleReason.CONTROL_CHARACTERS, number)
    try:
        return Rule(original, shown, Scope(scope))
    except RuleError as error:
        raise RuleFileError(error.problem.in_rule(number)) from None


def _unusable(ch: str) -> bool:
    return (ord(ch) < 0x20 and ch != "\t") or 0xD800 <= ord(ch) <= 0xDFFF


def write_atomically(path: Path, data: bytes) -> None:
    """Replace ``path`` by ``data`` all at once (never a half-written file)."""
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


class RuleFile:
    """The data folder's rules file: read once, written whole on every change."""

    def __init__(self, path: Path) -> None:
        self.path = path
        #: Why the file on disk could not be read, if it could not.
        self.problem: RuleProblem | None = None

    def load(self) -> RuleSet:
        """The stored rules (none when there is no file, or it cannot be read: see ``problem``)."""
        self.problem = None
        try:
            with self.path.open("rb") as source:
                data = source.read(MAX_FILE_BYTES + 1)
        except FileNotFoundError:
            return RuleSet()
        except OSError as error:
            self.problem = problem_of_os_error(error)
            return RuleSet()
        try:
            return parse_rules(data)
        except RuleFileError as error:
            self.problem = error.problem
            return RuleSet()

    def save(self, rules: RuleSet) -> None:
        """Store ``rules`` (an unreadable file on disk is copied aside first)."""
        if self.problem is not None and self.path.exists():
            stamp = time.strftime("%Y%m%d-%H%M%S")
            shutil.copy2(
                self.path, self.path.with_name(f"{self.path.stem}-unreadable-{stamp}.json")
            )
            self.problem = None
        write_atomically(self.path, dump_rules(rules))
