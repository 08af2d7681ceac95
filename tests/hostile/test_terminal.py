"""Attack 4: no terminal escape reaches the terminal; JSON output stays exact.

``reader show`` / ``search`` printed a post's ``ESC ]0;…``, ``ESC [2J`` and OSC 52 (clipboard
write) sequences straight to the terminal.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from reader.app import main
from reader.cli.output import json_text, terminal_text
from reader.model.document.parser import parse_file
from tests.hostile.fixtures import ESCAPES, escape_document

# Any C0 or C1 control character but newline and tab.
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


@pytest.fixture
def post(tmp_path: Path) -> Path:
    return escape_document(tmp_path / "lib")


@pytest.mark.parametrize("fmt", ["text", "html"])
def test_show_prints_no_control_characters(
    post: Path, capsys: pytest.CaptureFixture[str], fmt: str
) -> None:
    assert main(["show", str(post), "--format", fmt]) == 0
    out = capsys.readouterr().out
    assert not CONTROL.search(out), repr(CONTROL.search(out))
    assert "␛]0;pwned-title␇" in out or fmt == "html"  # visible, inert
    assert "clearend" not in out and "end" in out


def test_show_json_is_exact_and_one_line_per_file(
    post: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["show", str(post), str(post), "--format", "json"]) == 0
    out = capsys.readouterr().out
    assert not CONTROL.search(out.replace("\n", ""))
    assert "\u2028" not in out and "\u2029" not in out and "\x85" not in out
    lines = out.split("\n")  # not splitlines(): U+2028 and friends must not be there to split
    assert len(lines) == 3 and lines[2] == ""
    data = json.loads(lines[0])
    doc = parse_file(post)
    assert data["title"] == doc.title and data["text"] == doc.text  # exactly, escapes and all
    assert ESCAPES["clipboard"] in data["text"] and ESCAPES["nel"] in data["text"]


def test_search_prints_no_control_characters(
    post: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["search", "end", "--library", str(post.parent)]) == 0
    out = capsys.readouterr().out
    assert "標題" in out and not CONTROL.search(out.replace("\n", ""))
    assert main(["search", "end", "--library", str(post.parent), "--json"]) == 0
    hit = json.loads(capsys.readouterr().out.splitlines()[0])
    assert ESCAPES["title"] in hit["title"]


def test_file_names_and_errors_on_stderr_are_neutralised(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "\x1b]0;name\x07.md"
    bad.write_bytes(b"")
    assert main(["show", str(bad)]) == 1
    err = capsys.readouterr().err
    assert "\x1b" not in err and "␛]0;name␇.md" in err


def test_neutralising_and_escaping() -> None:
    assert terminal_text("a\tb\nc\x1b[2J\x07\x7f\x9b\r") == "a\tb\nc␛[2J␇␡\ufffd␍"
    text = "x\x1b\x7f\x85\x9b\u2028\u2029y"
    encoded = json_text({"t": text})
    assert json.loads(encoded) == {"t": text}
    assert not re.search("[\x00-\x1f\x7f-\x9f\u2028\u2029]", encoded)
