"""Every subcommand against every fault of its surroundings (the data folder, the disk, the
databases in it): it either works, or says what is wrong on one line and exits with 1 — never
a traceback — and the data folder is left as it was (a derived database moved aside excepted).

Each command runs in a child process (``python -I``: nothing is imported from the working
directory), as a user would run it.
"""

from __future__ import annotations

import hashlib
import json
import os
import resource
import signal
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from pathlib import Path

import pytest

from reader.model.annotations.store import AnnotationStore
from reader.model.document.parser import parse_file
from tests.conftest import ROOT, SAMPLES, read_only

SAMPLE = sorted(p for p in SAMPLES.iterdir() if p.suffix == ".txt")[0]

IMPORT = {
    "@context": "http://www.w3.org/ns/anno.jsonld",
    "type": "AnnotationCollection",
    "items": [
        {
            "type": "Annotation",
            "id": "urn:uuid:5b2d3c1e-2d3b-4e5f-8a6b-7c8d9e0f1a2b",
            "target": {
                "source": "https://example.com/post",
                "selector": [{"type": "TextQuoteSelector", "exact": "停火"}],
            },
        }
    ],
}

COMMANDS: dict[str, list[str]] = {
    "show": ["show", str(SAMPLE)],
    "convert": ["convert", "--script", "simplified"],
    "index": ["index", str(SAMPLES)],
    "search": ["search", "亞塞拜然"],
    "export": ["annotations", "export"],
    "export w3c": ["annotations", "export", "--format", "w3c"],
    "import": ["annotations", "import", "{import}"],
}


@dataclass
class Setting:
    """Where a command runs: its environment, the --data-dir it is given (if any), and the
    folder that must be left as it was."""

    env: dict[str, str]
    data_args: list[str]
    watched: Path | None
    around: Callable[[], AbstractContextManager[object]] = nullcontext
    file_limit: int | None = None


def _filled(data: Path) -> None:
    """A data folder that has been used: the samples indexed, one highlight made."""
    data.mkdir(parents=True, exist_ok=True)
    code = _child(["--data-dir", str(data), "index", str(SAMPLES)], os.environ.copy())[0]
    assert code == 0
    with AnnotationStore(data / "annotations.sqlite3") as store:
        doc = parse_file(SAMPLE)
        store.add(doc, 0, 4, note="筆記")


def _env(**changes: str | None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("READER_DATA_DIR",)}
    for key, value in changes.items():
        if value is None:
            env.pop(key, None)
        else:
            env[key] = value
    return env


def _setting(fault: str, tmp_path: Path) -> Setting:
    data = tmp_path / "data-folder"
    if fault == "a data folder that is a file":
        data.write_text("not a folder", "utf-8")
        return Setting(_env(), ["--data-dir", str(data)], None)
    if fault == "a data folder that cannot be made":
        (tmp_path / "file").write_text("x", "utf-8")
        return Setting(_env(), ["--data-dir", str(tmp_path / "file" / "data")], None)
    if fault == "a read-only data folder":
        _filled(data)
        return Setting(_env(), ["--data-dir", str(data)], data, lambda: read_only(data))
    if fault == "an unwritable home, no --data-dir":
        home = tmp_path / "home"
        home.mkdir()
        return Setting(_env(HOME=str(home), XDG_DATA_HOME=None), [], home, lambda: read_only(home))
    if fault == "a full disk":
        return Setting(_env(), ["--data-dir", str(data)], None, file_limit=16 * 1024)
    if fault == "a damaged library index":
        _filled(data)
        (data / "library.sqlite3").write_bytes(b"\x00garbage" * 1024)
        return Setting(_env(), ["--data-dir", str(data)], None)
    if fault == "a damaged annotation database":
        data.mkdir()
        (data / "annotations.sqlite3").write_bytes(b"\x00garbage" * 1024)
        return Setting(_env(), ["--data-dir", str(data)], data / "annotations.sqlite3")
    raise AssertionError(fault)


# What each command does under each fault: True = works (exit 0), False = one line, exit 1.
EXPECTED: dict[str, dict[str, bool]] = {
    "a data folder that is a file": {
        "show": True, "convert": True, "index": False, "search": False,
        "export": False, "export w3c": False, "import": False,
    },
    "a data folder that cannot be made": {
        "show": True, "convert": True, "index": False, "search": False,
        "export": False, "export w3c": False, "import": False,
    },
    # A backup (export) and a search need no writing.
    "a read-only data folder": {
        "show": True, "convert": True, "index": False, "search": True,
        "export": True, "export w3c": True, "import": False,
    },
    "an unwritable home, no --data-dir": {
        "show": True, "convert": True, "index": False, "search": False,
        "export": False, "export w3c": False, "import": False,
    },
    "a full disk": {
        "show": True, "convert": True, "index": False, "search": False,
        "export": True, "export w3c": True, "import": False,
    },
    # Derived: moved aside and made anew (search then finds nothing yet: says so, exit 1).
    "a damaged library index": {
        "show": True, "convert": True, "index": True, "search": False,
        "export": True, "export w3c": True, "import": True,
    },
    # The user's own: never touched; what needs it says so.
    "a damaged annotation database": {
        "show": True, "convert": True, "index": True, "search": False,
        "export": False, "export w3c": False, "import": False,
    },
}  # fmt: skip


def _limit(size: int | None) -> Callable[[], None] | None:
    if size is None:
        return None

    def limit() -> None:
        # Writing past the limit fails with EFBIG, as on a full disk (SIGXFSZ ignored).
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (size, size))

    return limit


# This checkout's code (not whatever `reader` the interpreter has installed), run as
# `python -m reader` runs it.
CHILD = (
    f"import sys; sys.path.insert(0, {str(ROOT)!r}); import runpy;"
    " runpy.run_module('reader', run_name='__main__')"
)


def _child(
    argv: list[str], env: dict[str, str], file_limit: int | None = None
) -> tuple[int, str, str]:
    run = subprocess.run(
        [sys.executable, "-I", "-c", CHILD, *argv],
        input="软件和硬件".encode(),
        capture_output=True,
        env=env,
        timeout=120,
        preexec_fn=_limit(file_limit),
    )
    return run.returncode, run.stdout.decode("utf-8", "replace"), run.stderr.decode()


def _snapshot(path: Path | None) -> dict[str, str]:
    if path is None or not path.exists():
        return {}
    files = [path] if path.is_file() else sorted(p for p in path.rglob("*") if p.is_file())
    return {str(p): hashlib.sha256(p.read_bytes()).hexdigest() for p in files}


def _cases() -> Iterator[tuple[str, str]]:
    for fault, commands in EXPECTED.items():
        assert set(commands) == set(COMMANDS), fault
        for command in commands:
            yield fault, command


@pytest.mark.parametrize(("fault", "command"), list(_cases()))
def test_fault(fault: str, command: str, tmp_path: Path) -> None:
    setting = _setting(fault, tmp_path)
    import_file = tmp_path / "import.json"
    import_file.write_text(json.dumps(IMPORT), "utf-8")
    argv = [
        *setting.data_args,
        *(a.replace("{import}", str(import_file)) for a in COMMANDS[command]),
    ]
    before = _snapshot(setting.watched)
    with setting.around():
        code, out, err = _child(argv, setting.env, setting.file_limit)
        after = _snapshot(setting.watched)
    assert "Traceback" not in err, err
    if EXPECTED[fault][command]:
        assert code == 0, err
        if command.startswith("export") and fault == "a read-only data folder":
            assert "筆記" in out  # the backup has the highlight
    else:
        assert code == 1, (out, err)
        lines = [line for line in err.replace("\r", "\n").splitlines() if line.strip()]
        # Progress counts may come first; the message is one line, the last.
        message = [line for line in lines if line.startswith("reader")]
        assert len(message) == 1, err
    assert after == before, "the data folder was changed"
