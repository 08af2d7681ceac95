"""Every subcommand against bad input: a message on one line and exit code 1, never a traceback,
and nothing half-written."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from reader.app import main

ITEM = {
    "type": "Annotation",
    "id": "urn:uuid:8f9a4c1e-2d3b-4e5f-8a6b-7c8d9e0f1a2b",
    "target": {
        "source": "https://example.com/post",
        "selector": [{"type": "TextQuoteSelector", "exact": "停火"}],
    },
}


def _with(**changes: object) -> str:
    item = json.loads(json.dumps(ITEM))
    for path, value in changes.items():
        node = item
        *parents, last = path.split("__")
        for part in parents:
            node = node[int(part)] if part.isdigit() else node[part]
        node[last] = value
    return json.dumps(item)


IMPORTS = {
    "a date past the last storable moment": _with(created="9999-12-31T23:59:59-12:00"),
    "a position of 2**70": _with(
        target__selector=[
            {"type": "TextQuoteSelector", "exact": "停火"},
            {"type": "TextPositionSelector", "start": 2**70, "end": 2**70 + 2},
        ]
    ),
    "a lone surrogate": json.dumps(ITEM, ensure_ascii=False).replace("停火", "\\ud800"),
    "100,000 nested brackets": "[" * 100_000,
}


def _run(argv: list[str], stdin: bytes = b"") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    old = sys.stdin, sys.stdout, sys.stderr
    sys.stdin = io.TextIOWrapper(io.BytesIO(stdin))
    sys.stdout, sys.stderr = out, err
    try:
        code = main(argv)
    finally:
        sys.stdin, sys.stdout, sys.stderr = old
    return code, out.getvalue(), err.getvalue()


def _fails_cleanly(code: int, err: str) -> None:
    assert code == 1
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1, err


@pytest.mark.parametrize("case", sorted(IMPORTS))
def test_a_bad_import_is_one_line_and_stores_nothing(
    case: str, tmp_path: Path, data_dir: Path
) -> None:
    path = tmp_path / "import.json"
    path.write_text(IMPORTS[case], encoding="utf-8")
    code, _, err = _run(["annotations", "import", str(path)])
    _fails_cleanly(code, err)
    code, out, _ = _run(["annotations", "export", "--format", "w3c"])
    assert code == 0 and json.loads(out)["total"] == 0


@pytest.mark.parametrize(
    "argv",
    [
        ["index", "."],
        ["search", "x"],
        ["annotations", "export"],
        ["show", "whatever.md"],
    ],
)
def test_a_data_folder_that_is_a_file(argv: list[str], tmp_path: Path) -> None:
    not_a_folder = tmp_path / "data-file"
    not_a_folder.write_text("a file", "utf-8")
    code, _, err = _run(["--data-dir", str(not_a_folder), *argv])
    if argv[0] == "show":
        assert (
            code == 1 and "Traceback" not in err
        )  # show needs no data folder: the file is missing
    else:
        _fails_cleanly(code, err)
        assert "not a folder" in err


def test_convert_reads_legacy_encodings_and_refuses_binary() -> None:
    code, out, _ = _run(["convert", "--script", "simplified"], "中文字".encode("big5"))
    assert code == 0 and out == "中文字"
    code, out, _ = _run(["convert", "--script", "traditional"], "软件".encode("gb18030"))
    assert code == 0 and out == "軟件"
    code, _, err = _run(["convert", "--script", "traditional"], bytes(range(256)) * 8)
    _fails_cleanly(code, err)
    assert "not text" in err


def test_a_limit_beyond_what_sqlite_takes_is_refused(data_dir: Path) -> None:
    from tests.conftest import SAMPLES

    assert _run(["index", str(SAMPLES)])[0] == 0
    code, _, err = _run(["search", "亞", "--limit", "99999999999999999999"])
    _fails_cleanly(code, err)


def test_a_file_name_that_is_not_utf8_is_shown_and_round_trips_in_json(tmp_path: Path) -> None:
    import os

    name = os.fsdecode(b"bad\xff.md")
    path = tmp_path / name
    path.write_text("---\ntitle: x\n---\n\nbody\n", "utf-8")
    code, out, err = _run(["show", "--format", "json", str(path)])
    assert code == 0 and "Traceback" not in err
    assert json.loads(out)["path"] == str(path)
    code, out, err = _run(["show", str(path)])
    assert code == 0 and out.startswith("x\n") and "Traceback" not in err
