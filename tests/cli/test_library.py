"""Tests of ``reader index`` and ``reader search``."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from reader.cli.main import run, wants_cli

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "corpus"


def test_index_then_search_json(
    tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lib = tmp_path / "lib"
    shutil.copytree(FIXTURES, lib)
    assert wants_cli(["index", str(lib)]) and wants_cli(["search", "x"])
    assert run(["index", str(lib)]) == 0
    err = capsys.readouterr().err
    assert "indexed" in err and "0 unchanged" in err
    assert run(["search", "川普", "--json", "--limit", "3"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert 1 <= len(lines) <= 3
    hit = json.loads(lines[0])
    assert "川普" in hit["title"] or "川普" in hit["snippet"]
    assert run(["search", "川普", "--json"]) == 0  # simplified query, traditional text
    assert lines[0] in capsys.readouterr().out
    assert run(["index", str(lib)]) == 0
    assert "0 indexed" in capsys.readouterr().err


def test_search_with_library_indexes_it_first(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lib = tmp_path / "lib"
    lib.mkdir()
    (lib / "a.md").write_text('---\ntitle: "停火協議"\n---\n\n雙方停火。\n', encoding="utf-8")
    assert run(["search", "停火", "--library", str(lib)]) == 0
    assert "停火協議" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["search", "停火"], "library is empty"),
        (["search", '"'], "library is empty"),  # said before the query's own problem
        (["search", '"', "--library", "."], "no words"),
        (["search", "x", "--limit", "0"], "--limit"),
        (["index", "/no/such/folder"], "no such file"),
        (["index"], "required"),
    ],
)
def test_user_errors_exit_1_with_a_message(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(argv) == 1
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err
