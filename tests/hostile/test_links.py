"""Attack 5: symbolic links never lead out of a library folder.

A ``passwd.md -> /etc/passwd`` link inside a library folder was indexed, searchable and copied
into ``library.sqlite3``. Now a link is read only when it points into its own folder (or below
it); any other is listed with the reason, and links to folders are not followed.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from reader.app import main
from reader.model.document.parser import parse_file
from reader.model.document.problems import Problem
from reader.model.library.index import LibraryIndex
from reader.model.library.search import search
from reader.ui.main_window import MainWindow
from tests.hostile.fixtures import PRIVATE_TEXT, link_documents

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.fixture
def links(tmp_path: Path) -> dict[str, Path]:
    return link_documents(tmp_path / "lib", tmp_path / "outside")


def test_links_out_of_the_library_are_listed_not_read(
    tmp_path: Path, links: dict[str, Path]
) -> None:
    db = tmp_path / "library.sqlite3"
    index = LibraryIndex(db)
    try:
        stats = index.update([tmp_path / "lib"], workers=1)
        for key in ("passwd", "outside", "up"):
            summary = index.summary_of(links[key])
            assert summary is not None, key
            assert "outside its folder" in Problem.decode(summary.error or "").english, key
        alias = index.summary_of(links["inside"])
        assert alias is not None and alias.error is None and alias.title == "真的"
        assert index.summary_of(links["folder"] / "secret.md") is None  # folder link not followed
        assert stats.errors == 3
        assert search(index, "root") == [] and search(index, "PRIVATE") == []
    finally:
        index.close()
    stored = b"".join(
        str(row).encode() for row in sqlite3.connect(db).execute("SELECT * FROM documents")
    )
    assert b"root:x:0" not in stored and PRIVATE_TEXT.encode() not in stored


def test_show_refuses_a_link_out_of_its_folder(
    links: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["show", str(links["passwd"]), str(links["outside"])]) == 1
    captured = capsys.readouterr()
    assert "root:" not in captured.out and PRIVATE_TEXT not in captured.out
    assert captured.err.count("outside its folder") == 2
    assert parse_file(links["inside"]).title == "真的"


def test_the_window_shows_the_reason_not_the_file(
    tmp_path: Path, links: dict[str, Path], qtbot: QtBot, data_dir: Path
) -> None:
    window = MainWindow(data_dir, [tmp_path / "lib"])
    qtbot.addWidget(window)
    window.library.indexer.workers = 1
    try:
        qtbot.waitUntil(lambda: window.model.rowCount() == 5, timeout=20000)
        window.session.open(links["passwd"])
        qtbot.waitUntil(lambda: "outside its folder" in window.article.toPlainText(), timeout=10000)
        assert "root:" not in window.article.toPlainText()
    finally:
        window.close()
