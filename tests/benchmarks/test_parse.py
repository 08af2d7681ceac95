"""The parse benchmark runs over a corpus and reports measured figures."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from benchmarks.__main__ import main as bench_main
from tests.conftest import FIXTURES


def test_parse_benchmark_over_the_fixture_set(capsys: pytest.CaptureFixture[str]) -> None:
    assert bench_main(["parse", "--corpus", str(FIXTURES / "corpus"), "--runs", "1"]) == 0
    out = capsys.readouterr().out
    assert re.search(r"^median .* parse +\d+\.\d ms +render +\d+\.\d ms", out, re.M)
    assert re.search(r"^largest .* total +\d+\.\d ms", out, re.M)


def test_unknown_subcommand_and_missing_corpus(tmp_path: Path) -> None:
    assert bench_main(["nope"]) == 1
    assert bench_main(["parse", "--corpus", str(tmp_path / "none")]) == 1
