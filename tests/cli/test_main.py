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


def test_annotations_export_and_import(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from reader.model.annotations.annotation import Colour
    from reader.model.annotations.store import AnnotationStore
    from reader.model.document.parser import parse_file

    data = tmp_path / "data"
    with AnnotationStore.in_data_dir(data) as store:
        doc = parse_file(CNA)
        store.add(doc, 0, 8, Colour.PINK, "筆記")
    assert main(["--data-dir", str(data), "annotations", "export", "--format", "w3c"]) == 0
    exported = capsys.readouterr().out
    assert json.loads(exported)["total"] == 1
    assert main(["--data-dir", str(data), "annotations", "export", str(CNA), "--script",
                 "simplified"]) == 0  # fmt: skip
    md = capsys.readouterr().out
    assert "筆記" in md and "*pink" in md
    target = tmp_path / "export.json"
    target.write_text(exported, encoding="utf-8")
    other = tmp_path / "other"
    assert main(["--data-dir", str(other), "annotations", "import", str(target)]) == 0
    assert "1 added" in capsys.readouterr().out
    assert main(["--data-dir", str(other), "annotations", "import", str(target)]) == 0
    assert "0 added, 0 updated, 1 already there" in capsys.readouterr().out


def test_annotations_export_uses_the_personal_rules(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from reader.model.annotations.annotation import Colour
    from reader.model.annotations.store import AnnotationStore
    from reader.model.document.parser import parse_file
    from reader.model.script.rule_file import RuleFile
    from reader.model.script.rules import Rule, RuleSet, Scope

    data = tmp_path / "data"
    doc = parse_file(CNA)
    with AnnotationStore.in_data_dir(data) as store:
        store.add(doc, 0, 8, Colour.PINK, "")
    export = ["--data-dir", str(data), "annotations", "export", str(CNA), "--script", "simplified"]
    assert main(export) == 0
    assert "## 亚塞拜然亚美尼亚" in capsys.readouterr().out
    RuleFile(data / "conversion-rules.json").save(
        RuleSet.of([Rule("亞塞拜然", "阿塞拜疆", Scope.SIMPLIFIED)])
    )
    assert main(export) == 0
    assert "## 阿塞拜疆亚美尼亚" in capsys.readouterr().out
    (data / "conversion-rules.json").write_text("{", encoding="utf-8")
    assert main(export) == 0
    out, err = capsys.readouterr()
    assert (
        "## 亚塞拜然亚美尼亚" in out
        and "conversion rules are not used: the file is not JSON" in err
    )


@pytest.mark.parametrize(
    "args",
    [
        ["annotations", "import", "/no/such/file.json"],
        ["annotations", "import"],
        ["annotations"],
        ["annotations", "export", "--format", "pdf"],
    ],
)
def test_annotations_user_errors(
    args: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--data-dir", str(tmp_path / "d"), *args]) == 1
    err = capsys.readouterr().err
    assert err.strip() and "Traceback" not in err


def test_annotations_import_bad_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"type": "AnnotationCollection", "items": [{"type": "Note"}]}')
    assert main(["--data-dir", str(tmp_path / "d"), "annotations", "import", str(bad)]) == 1
    err = capsys.readouterr().err
    assert "nothing was imported" in err and 'item 1: is not of type "Annotation"' in err


def test_the_window_refuses_a_data_folder_that_is_a_file(tmp_path: Path) -> None:
    from reader.app import main

    not_a_folder = tmp_path / "data-file"
    not_a_folder.write_text("a file", "utf-8")
    assert main(["--data-dir", str(not_a_folder)]) == 1
