"""``reader show --format json`` says what was repaired or guessed, per file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.cli.main import run
from tests.conftest import FIXTURES

DOCS = FIXTURES / "documents"


def _show(capsys: pytest.CaptureFixture[str], *paths: Path) -> tuple[int, list[dict[str, object]]]:
    code = run(["show", "--format", "json", *map(str, paths)])
    out = capsys.readouterr().out
    return code, [json.loads(line) for line in out.splitlines()]


def test_json_carries_warnings(capsys: pytest.CaptureFixture[str]) -> None:
    code, rows = _show(
        capsys,
        DOCS / "invalid-yaml.md",
        DOCS / "history-style.md",
        DOCS / "toml-front-matter.md",
        FIXTURES / "encodings" / "big5.md",
    )
    assert code == 0
    broken, history, toml, big5 = rows
    assert any("not valid YAML" in w for w in broken["warnings"])  # type: ignore[union-attr]
    assert "removed: ad slot, feed footer, tracking pixel" in broken["warnings"]  # type: ignore[operator]
    assert "date taken from the <!--epoch--> comment" in history["warnings"]  # type: ignore[operator]
    assert history["date"] == "2020-07-19T05:32:38+00:00"
    assert toml["warnings"] == []
    assert big5["warnings"] == ["encoding detected as Big5"]
    assert big5["title"] == "編碼測試：繁體中文"


def test_unreadable_files_give_path_and_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, rows = _show(capsys, DOCS / "empty.md", DOCS / "binary.md", DOCS / "page.html")
    assert code == 1
    assert rows[0] == {"path": str(DOCS / "empty.md"), "error": "the file is empty (0 bytes)"}
    assert set(rows[1]) == {"path", "error"}
    assert rows[2]["title"] == "網頁文件的標題"
    assert isinstance(rows[2]["warnings"], list)
