"""The benchmark library builder: the archive unpacked, and copies made distinct."""

from __future__ import annotations

import io
import tarfile
from pathlib import Path

import pytest

from benchmarks.__main__ import main as bench_main
from benchmarks.archive import distinct
from benchmarks.ratios import table
from reader.model.document.parser import parse_file

POST = (
    '---\nlayout: post\ntitle: "美国大选 最新"\ndate: 2020-11-04\n'
    "from: https://www.voachinese.com/a/5646.html\n---\n\n正文 title: 不改\n"
)


def test_a_copy_has_its_own_title_and_url_and_the_same_text(tmp_path: Path) -> None:
    data = POST.encode()
    copy = distinct(data, 3)
    assert copy.endswith(b"\n---\n\n\xe6\xad\xa3\xe6\x96\x87 title: \xe4\xb8\x8d\xe6\x94\xb9\n")
    (tmp_path / "a.md").write_bytes(data)
    (tmp_path / "b.md").write_bytes(copy)
    a, b = parse_file(tmp_path / "a.md"), parse_file(tmp_path / "b.md")
    assert (a.title, b.title) == ("美国大选 最新", "美国大选 最新 #3")
    assert b.source_url == a.source_url + "#copy-3"
    assert a.text == b.text and a.date == b.date
    assert distinct(b"no front matter", 2) == b"no front matter"


def test_the_archive_is_unpacked_and_copied(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "archive.tar.xz"
    with tarfile.open(source, "w:xz") as tar:
        for name in ("waimei/_posts/2020-11-04-大选.md", "waimei/archived/x\ny.md"):
            info = tarfile.TarInfo(name)
            info.size = len(POST.encode())
            tar.addfile(info, io.BytesIO(POST.encode()))
    dest = tmp_path / "lib"
    assert bench_main(["archive", str(dest), "--copies", "2", "--source", str(source)]) == 0
    assert "4 posts" in capsys.readouterr().out
    second = dest / "copy-2" / "waimei" / "_posts" / "2020-11-04-大选.md"
    assert parse_file(second).title.endswith("#2")
    assert (dest / "copy-1" / "waimei" / "archived" / "x\ny.md").is_file()


def test_the_table_has_every_row_and_dashes_for_what_did_not_run() -> None:
    text = table(
        {
            "files": 10,
            "search_p50_ms": 3.0,
            "window_search_p95_ms": 7.5,
            "gui_warm": {"list_shows_s": 0.4},
        }
    )
    assert "| search p50 / p95 (ms), one connection | 3.0 / — | p95 ≤ 50 |" in text
    assert "| search p50 / p95 (ms), in the window | — / 7.5 | p95 ≤ 50 |" in text
    assert "| warm start until the list shows (s) | 0.4 | ≤ 0.5 |" in text
    assert "| longest UI stall scrolling the whole list (ms) | — | no stall |" in text
    assert text.count("\n") == 15
