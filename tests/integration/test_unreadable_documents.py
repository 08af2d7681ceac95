"""Files that cannot be read are list entries with a reason and an error page, not crashes."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from reader.ui.library.roles import Role
from reader.ui.main_window import MainWindow
from tests.conftest import FIXTURES


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_unreadable_files_show_an_error_page(qtbot: QtBot, tmp_path: Path, data_dir: Path) -> None:
    folder = tmp_path / "lib"
    folder.mkdir()
    for name in ("empty.md", "binary.md", "toml-front-matter.md"):
        shutil.copy(FIXTURES / "documents" / name, folder / name)
    window = MainWindow(data_dir, [folder])
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.library_loaded, timeout=10000) as loaded:
        pass
    assert loaded.args == [3]
    pages: dict[str, str] = {}
    for row in range(window.sorted_model.rowCount()):
        index = window.sorted_model.index(row, 0)
        with qtbot.waitSignal(window.article_shown, timeout=10000):
            window.list_view.setCurrentIndex(index)
        pages[Path(str(index.data(Role.PATH))).name] = window.article.toPlainText()
    assert "This file cannot be shown: the file is empty (0 bytes)." in pages["empty.md"]
    assert "not a text file (it contains binary data)" in pages["binary.md"]
    assert "颱風今天清晨過境" in pages["toml-front-matter.md"]
    window.close()
