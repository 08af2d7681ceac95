"""The marks benchmark runs end to end on a small library and prints its figures."""

from __future__ import annotations

import pytest

from benchmarks.__main__ import main as bench_main


def test_the_marks_benchmark_prints_every_figure(capsys: pytest.CaptureFixture[str]) -> None:
    assert bench_main(["marks", "--count", "300", "--runs", "1"]) == 0
    out = capsys.readouterr().out
    assert "Unread view (150 rows)" in out
    assert "unread 150, starred 300" in out  # 1,000 stars asked for, 300 documents there
    assert "mark all 300 listed as read" in out
