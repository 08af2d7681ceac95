"""The article session: what the pane shows, in which mode, and what happens when it fails."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from reader.model.document.cache import DocumentCache
from reader.model.script.modes import DisplayMode
from reader.ui.article.session import ArticleSession
from reader.ui.article.view import ArticleView
from reader.ui.dates import format_date
from reader.ui.tasks import TaskOwner
from tests.integration.script_library import SIMPLIFIED_POST, TRADITIONAL_SAMPLE


class Parts:
    """A view, a cache, a task owner and the session over them."""

    def __init__(self, qtbot: QtBot, tmp_path: Path) -> None:
        self.view = ArticleView()
        qtbot.addWidget(self.view)
        self.cache = DocumentCache(tmp_path / "cache.sqlite3")
        # Children of the view, deleted with it on this thread (see test_controller.py).
        self.tasks = TaskOwner(self.view)
        self.session = ArticleSession(self.view, self.cache, self.tasks, format_date, self.view)

    def close(self) -> None:
        self.tasks.shutdown()
        self.cache.close()


@pytest.fixture
def parts(qtbot: QtBot, tmp_path: Path) -> Iterator[Parts]:
    made = Parts(qtbot, tmp_path)
    yield made
    made.close()


def test_open_shows_the_document_and_says_so(qtbot: QtBot, parts: Parts) -> None:
    with qtbot.waitSignal(parts.session.shown, timeout=20000) as shown:
        parts.session.open(SIMPLIFIED_POST)
    assert shown.args == [str(SIMPLIFIED_POST)]
    doc = parts.session.document
    assert doc is not None and doc.path == SIMPLIFIED_POST
    assert parts.view.pane_map is not None
    assert "软件" in parts.view.toPlainText()


def test_set_mode_shows_the_same_document_in_the_new_mode(qtbot: QtBot, parts: Parts) -> None:
    with qtbot.waitSignal(parts.session.shown, timeout=20000):
        parts.session.open(SIMPLIFIED_POST)
    with qtbot.waitSignals([parts.session.mode_applied, parts.session.shown], timeout=20000):
        parts.session.set_mode(DisplayMode.TRADITIONAL)
    qtbot.waitUntil(
        lambda: (
            parts.session.display is not None
            and parts.session.display.mode is DisplayMode.TRADITIONAL
        ),
        timeout=20000,
    )
    assert parts.session.mode is DisplayMode.TRADITIONAL
    assert "軟件" in parts.view.toPlainText()


def test_a_document_that_cannot_be_shown_replaces_the_previous_one(
    qtbot: QtBot, parts: Parts, monkeypatch: pytest.MonkeyPatch
) -> None:
    with qtbot.waitSignal(parts.session.shown, timeout=20000):
        parts.session.open(SIMPLIFIED_POST)

    def broken(path: Path) -> object:
        raise RuntimeError("the parser fell over")

    monkeypatch.setattr(parts.cache, "get", broken)
    monkeypatch.setattr(parts.cache, "peek", lambda path: None)
    with qtbot.waitSignal(parts.session.shown, timeout=20000):
        parts.session.open(TRADITIONAL_SAMPLE)
    doc = parts.session.document
    assert doc is not None and doc.path == TRADITIONAL_SAMPLE and not doc.ok
    assert "the parser fell over" in (doc.error or "")
    assert "软件" not in parts.view.toPlainText()  # not the previous document


def test_reload_if_changed_shows_the_file_again(qtbot: QtBot, parts: Parts, tmp_path: Path) -> None:
    path = tmp_path / "post.md"
    shutil.copy(SIMPLIFIED_POST, path)
    with qtbot.waitSignal(parts.session.shown, timeout=20000):
        parts.session.open(path)
    with qtbot.assertNotEmitted(parts.session.shown, wait=100):
        parts.session.reload_if_changed()  # unchanged: nothing to do
    path.write_text(path.read_text("utf-8") + "\n新加的一段。\n", "utf-8")
    with qtbot.waitSignal(parts.session.shown, timeout=20000):
        parts.session.reload_if_changed()
    assert "新加的一段" in parts.view.toPlainText()
