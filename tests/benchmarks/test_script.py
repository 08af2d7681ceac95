"""The script benchmark runs end to end on the fixture posts."""

from __future__ import annotations

import pytest

from benchmarks.__main__ import main
from tests.conftest import FIXTURES


def test_unknown_benchmark_prints_usage(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["nope"]) == 1
    assert "script" in capsys.readouterr().out


def test_script_benchmark_reports_figures(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["script", "--corpus", str(FIXTURES / "corpus"), "--runs", "1"]) == 0
    out = capsys.readouterr().out
    assert "converter build" in out and "s2twp" in out
    assert out.count("end to end in the window: first") == 2
    assert out.count("UI thread per toggle (setHtml + PaneMap.build") == 2
    assert "with find showing" in out and " 0 hits" not in out
