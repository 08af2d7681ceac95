"""The annotation controller on its own: an article view, a session, a store and settings."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from reader.model.annotations.changes import AnnotationChange, ChangeKind
from reader.model.annotations.store import AnnotationStore, Colour
from reader.model.document.cache import DocumentCache
from reader.model.script.modes import DisplayMode
from reader.ui.annotations.controller import AnnotationController
from reader.ui.annotations.layer import LAYER
from reader.ui.article.session import ArticleSession
from reader.ui.article.view import ArticleView
from reader.ui.dates import format_date
from reader.ui.tasks import TaskOwner
from tests.integration.script_library import SIMPLIFIED_POST


class Parts:
    """What the window would give the controller, without the window."""

    def __init__(self, qtbot: QtBot, tmp_path: Path) -> None:
        self.view = ArticleView()
        qtbot.addWidget(self.view)
        self.view.resize(800, 600)
        self.cache = DocumentCache(tmp_path / "cache.sqlite3")
        # Everything Qt is a child of the view, deleted with it on this thread: a QObject left
        # to Python's garbage collector can be destroyed on a worker thread and crash.
        self.tasks = TaskOwner(self.view)
        self.session = ArticleSession(self.view, self.cache, self.tasks, format_date, self.view)
        self.store = AnnotationStore(tmp_path / "annotations.sqlite3")
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        self.controller = AnnotationController(
            self.view, self.session, self.store, settings, self.view
        )
        self.changes: list[AnnotationChange] = []
        self.controller.changed.connect(self.changes.append)

    def close(self) -> None:
        self.tasks.shutdown()
        self.controller.close()
        self.cache.close()


@pytest.fixture
def parts(qtbot: QtBot, tmp_path: Path) -> Iterator[Parts]:
    made = Parts(qtbot, tmp_path)
    with qtbot.waitSignal(made.session.shown, timeout=20000):
        made.session.open(SIMPLIFIED_POST)
    yield made
    made.close()


def _select(parts: Parts, quote: str) -> None:
    doc = parts.session.document
    pane = parts.view.pane_map
    assert doc is not None and pane is not None
    start = doc.text.index(quote)
    qt = pane.qt_range(start, start + len(quote))
    assert qt is not None
    cursor = QTextCursor(parts.view.document())
    cursor.setPosition(qt[0])
    cursor.setPosition(qt[1], QTextCursor.MoveMode.KeepAnchor)
    parts.view.setTextCursor(cursor)


def test_a_highlight_is_painted_listed_and_announced_for_its_document(parts: Parts) -> None:
    _select(parts, "软件")
    ann = parts.controller.highlight(Colour.GREEN)
    assert ann is not None
    assert len(parts.view.layer(LAYER)) == 1
    assert parts.controller.panel.visible_ids() == [ann.id]
    assert parts.changes == [AnnotationChange(ChangeKind.ADDED, {str(SIMPLIFIED_POST): 1})]


def test_a_script_toggle_places_the_highlights_again_without_anchoring_them(
    qtbot: QtBot, parts: Parts, monkeypatch: pytest.MonkeyPatch
) -> None:
    _select(parts, "软件")
    assert parts.controller.highlight() is not None
    calls: list[object] = []
    original = parts.store.anchored
    monkeypatch.setattr(parts.store, "anchored", lambda doc: calls.append(doc) or original(doc))
    with qtbot.waitSignals([parts.session.mode_applied, parts.session.shown], timeout=20000):
        parts.session.set_mode(DisplayMode.TRADITIONAL)
    qtbot.waitUntil(
        lambda: (
            parts.session.display is not None
            and parts.session.display.mode is DisplayMode.TRADITIONAL
        ),
        timeout=20000,
    )
    selections = parts.view.layer(LAYER)
    assert len(selections) == 1
    assert selections[0].cursor.selectedText() == "軟件"  # type: ignore[attr-defined]
    assert calls == []  # only the display changed: nothing was anchored again
