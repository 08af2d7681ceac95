"""The command line contract of DESIGN.md: show, convert, --version, exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from reader.app import main
from tests.conftest import SAMPLES

CNA = SAMPLES / "001_9d316e97139cf3b5.txt"


def test_show_json_lines(capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        main(["show", str(CNA), str(SAMPLES / "000_d043fc81a1e0b39c.txt"), "--format", "json"]) == 0
    )
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2
    first = json.loads(lines[0])
    assert set(first) == {
        "path", "title", "date", "author", "source_url", "tags", "script", "text", "warnings",
    }  # fmt: skip
    assert first["title"] == "亞塞拜然亞美尼亞再次同意停火 能否奏效待觀察"
    assert first["date"] == "2020-10-26T05:56:17+00:00"
    assert first["script"] == "traditional"
    assert isinstance(first["warnings"], list)


def test_show_json_simplified(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["show", str(CNA), "--format", "json", "--script", "simplified"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["title"] == "亚塞拜然亚美尼亚再次同意停火 能否奏效待观察"
    assert "亚美尼亚" in data["text"] and "亞美尼亞" not in data["text"]


def test_show_text(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["show", str(CNA)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("亞塞拜然亞美尼亞再次同意停火")
    assert "<p>" not in out


def test_show_unreadable_file_is_error_after_all_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "empty.md"
    bad.write_bytes(b"")
    assert main(["show", str(bad), str(CNA), "--format", "json"]) == 1
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert lines[0] == {"path": str(bad), "error": lines[0]["error"]} and lines[0]["error"]
    assert lines[1]["title"].startswith("亞塞拜然")


def test_user_error_is_a_message_not_a_traceback(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["show", str(CNA), "--script", "klingon"]) == 1
    err = capsys.readouterr().err
    assert "invalid choice" in err and "Traceback" not in err


def test_data_dir_option_is_accepted(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data-dir", str(tmp_path / "d"), "show", str(CNA), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["script"] == "traditional"


def test_convert_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    import io

    monkeypatch.setattr(sys, "stdin", io.StringIO("网际网路 软件"))
    assert main(["convert", "--script", "taiwan"]) == 0
    assert capsys.readouterr().out == "網際網路 軟體"


def test_version_and_module_entry_point() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "reader", "--version"], capture_output=True, text=True, check=True
    )
    assert out.stdout.startswith("Tongwen Reader ")
