"""The fidelity benchmark: its split, its error count and a run over a tiny native set."""

from __future__ import annotations

import io
import re
import tarfile
from pathlib import Path

import pytest

from benchmarks import fidelity
from benchmarks.__main__ import main as bench_main


def test_the_split_is_by_file_name_and_keeps_one_in_five() -> None:
    names = [f"2021-01-{i:04d}-post.md" for i in range(2000)]
    held = [n for n in names if fidelity.is_held(n)]
    assert held == [n for n in names if fidelity.is_held(n)]
    assert 300 < len(held) < 500


def test_tally_counts_characters_with_and_without_tai() -> None:
    tally = fidelity.Tally()
    tally.add("臺灣宣布", "台灣宣佈")
    tally.add("互联网", "网际网路")
    tally.add("same", "same")
    # Lines of equal length compare position by position; others through an alignment.
    assert tally.errors >= 2 + 4
    assert tally.errors - tally.errors_no_tai == 1  # 臺/台
    assert tally.pairs[("宣布", "宣佈")] == 1


def _archive(path: Path, texts: list[str]) -> None:
    with tarfile.open(path, "w:xz") as tar:
        for i, text in enumerate(texts):
            data = f"---\ntitle: t{i}\n---\n{text}\n".encode()
            info = tarfile.TarInfo(f"_posts/2021-01-01-{i}.md")
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))


def test_benchmark_over_a_tiny_native_set(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert bench_main(["fidelity", "--native", str(tmp_path)]) == 1
    posts = 40
    _archive(tmp_path / "native-tw.tar.xz", ["政府今天宣布發布數據，臺灣的軟體。"] * posts)
    _archive(tmp_path / "native-cn.tar.xz", ["政府今天宣布新增数据，互联网上的软件。"] * posts)
    assert bench_main(["fidelity", "--native", str(tmp_path), "--no-cache"]) == 0
    out = capsys.readouterr().out
    assert re.search(r"^ours taiwan +\d+\.\d +\d+\.\d", out, re.M)
    assert re.search(r"^opencc tw2sp +\d+\.\d", out, re.M)
    assert "  opencc s2twp: " in out


def test_lines_written_in_traditional_are_left_out_of_the_simplified_lines_figure() -> None:
    written = fidelity.written_in_simplified()
    assert written("政府今天宣布新增数据，互联网上的软件。")
    assert written("这是什麽问题")  # one Traditional form in a Simplified line: still counted
    assert not written("忘掉了愛無謂再愛身體")  # a quoted Traditional line
    (chars, chars_written), tallies, _ = fidelity.measure(
        ["这个软件。\n愛無謂再愛身體"],
        lambda line: line,
        {"t2s": fidelity._plain("t2s")},
        written_in=written,
    )
    assert (chars, chars_written) == (12, 5)
    tally = tallies["t2s"]
    assert tally.errors == 5 and tally.errors_written == 0  # 愛無謂再愛身體: none counted
