"""The annotation browser driven through its widgets: search, filters, open, export."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from reader.model.annotations.annotation import Annotation, Colour
from reader.model.annotations.store import AnnotationStore
from reader.model.document.cache import DocumentCache
from reader.model.document.parser import parse_file
from reader.model.library.index import LibraryIndex
from reader.model.paths import DataFiles
from reader.model.script.modes import DisplayMode
from reader.ui.annotations.notebook import NotebookWindow, period_start
from reader.ui.article.session import ArticleSession
from reader.ui.article.view import ArticleView
from reader.ui.dates import format_date
from reader.ui.tasks import TaskOwner

# The offscreen platform cannot raise a window (the browser raises itself and the main window).
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise")

POST = """---
title: "{title}"
date: 2021-03-04T05:06:07.000Z
author: {author}
---

{body}
"""


class Parts:
    """What the window gives the browser: a main window, the article pane, a session."""

    def __init__(self, qtbot: QtBot, tmp_path: Path, data_dir: Path) -> None:
        folder = tmp_path / "lib"
        folder.mkdir()
        self.paths = {}
        for name, title, author, body in (
            ("tw", "臺灣半導體", "中央社", "臺灣的半導體產業很發達。\n\n晶片出口創新高。"),
            ("cn", "台湾软件", "新华社", "台湾的软件公司很多。\n\n互联网也很发达。"),
        ):
            path = folder / f"{name}.md"
            path.write_text(POST.format(title=title, author=author, body=body), encoding="utf-8")
            self.paths[name] = path
        files = DataFiles(data_dir)
        index = LibraryIndex(files.library)
        index.update([folder], workers=1)
        index.close()
        self.store = AnnotationStore(files.annotations)
        self.anns: dict[str, Annotation] = {}
        for key, name, quote, colour, note in (
            ("chip", "tw", "晶片出口", Colour.GREEN, "出口數字"),
            ("tw", "tw", "臺灣的半導體", Colour.YELLOW, ""),
            ("cn", "cn", "台湾的软件", Colour.BLUE, "对比"),
        ):
            doc = parse_file(self.paths[name])
            start = doc.text.index(quote)
            self.anns[key] = self.store.add(doc, start, start + len(quote), colour, note)
        self.main = QWidget()
        qtbot.addWidget(self.main)
        self.view = ArticleView(self.main)
        self.view.resize(700, 500)
        self.cache = DocumentCache(files.cache)
        self.tasks = TaskOwner(self.main)
        self.session = ArticleSession(self.view, self.cache, self.tasks, format_date, self.main)
        self.window = NotebookWindow(
            files.annotations, files.library, self.session, self.tasks, self.main
        )
        self.qtbot = qtbot

    def open(self) -> None:
        with self.qtbot.waitSignal(self.window.listed, timeout=10000):
            self.window.action.trigger()

    def rows(self) -> list[str]:
        model = self.window.model
        return [str(model.index(r).data()) for r in range(model.rowCount())]

    def quotes(self) -> list[str]:
        return [row.split("\n")[0] for row in self.rows()]

    def close(self) -> None:
        self.tasks.shutdown()
        self.window.close_notebook()
        self.store.close()
        self.cache.close()


@pytest.fixture
def parts(
    qtbot: QtBot, tmp_path: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Parts]:
    clock = iter(datetime(2024, 5, 1, 8, tzinfo=UTC) + timedelta(minutes=i) for i in range(99))
    monkeypatch.setattr("reader.model.annotations.store.now", lambda: next(clock))
    made = Parts(qtbot, tmp_path, data_dir)
    yield made
    made.close()


def test_it_lists_every_annotation_with_its_document(parts: Parts) -> None:
    parts.open()
    assert parts.window.isVisible()
    assert parts.quotes() == ["“台湾的软件”", "“臺灣的半導體”", "“晶片出口”"]
    first = parts.rows()[0].split("\n")
    dated = format_date(datetime(2021, 3, 4, 5, 6, 7, tzinfo=UTC))
    assert first[1] == f"台湾软件 · 新华社 · {dated}"
    assert first[2].startswith("✎ 对比 · noted 2024-05-01")
    # Every row is three lines (the list draws them all one height).
    assert {row.count("\n") for row in parts.rows()} == {2}
    assert parts.rows()[1].split("\n")[2].startswith("noted 2024-05-01")
    assert parts.window.model.index(0).data(Qt.ItemDataRole.AccessibleDescriptionRole) == "Blue"
    assert parts.window.count.text() == "3 annotations shown · 3 in all"


def _type(widget: QWidget, text: str) -> None:
    """Type ``text`` as an input method does (QTest's key clicks cannot send Han characters)."""
    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def test_the_model_keeps_qts_rules(parts: Parts, qtmodeltester: ModelTester) -> None:
    parts.open()
    qtmodeltester.check(parts.window.model)


def test_typing_searches_in_either_script(parts: Parts, qtbot: QtBot) -> None:
    parts.open()
    with qtbot.waitSignal(parts.window.listed, timeout=10000):
        _type(parts.window.search, "台灣")
    assert parts.quotes() == ["“台湾的软件”", "“臺灣的半導體”"]
    with qtbot.waitSignal(parts.window.listed, timeout=10000):
        parts.window.search.clear()
        _type(parts.window.search, "數字")  # a note, typed in the other script
    assert parts.quotes() == ["“晶片出口”"]
    assert parts.window.count.text() == "1 annotation shown · 3 in all"


def _choose(parts: Parts, combo_name: str, text: str, qtbot: QtBot) -> None:
    combo = getattr(parts.window, combo_name)
    index = next(i for i in range(combo.count()) if combo.itemText(i).startswith(text))
    with qtbot.waitSignal(parts.window.listed, timeout=10000):
        combo.setCurrentIndex(index)


def test_filters_and_order(parts: Parts, qtbot: QtBot) -> None:
    parts.open()
    documents = [parts.window.document.itemText(i) for i in range(parts.window.document.count())]
    assert documents == ["All documents", "台湾软件 (1)", "臺灣半導體 (2)"]
    sources = [parts.window.source.itemText(i) for i in range(parts.window.source.count())]
    assert sources == ["All sources", "中央社 (2)", "新华社 (1)"]
    _choose(parts, "document", "臺灣半導體", qtbot)
    assert parts.quotes() == ["“臺灣的半導體”", "“晶片出口”"]
    _choose(parts, "colour", "Green", qtbot)
    assert parts.quotes() == ["“晶片出口”"]
    _choose(parts, "colour", "All colours", qtbot)
    _choose(parts, "document", "All documents", qtbot)
    _choose(parts, "source", "新华社", qtbot)
    assert parts.quotes() == ["“台湾的软件”"]
    _choose(parts, "source", "All sources", qtbot)
    _choose(parts, "sort", "By document", qtbot)
    assert parts.quotes() == ["“台湾的软件”", "“臺灣的半導體”", "“晶片出口”"]
    _choose(parts, "sort", "Oldest first", qtbot)
    assert parts.quotes() == ["“晶片出口”", "“臺灣的半導體”", "“台湾的软件”"]
    # The annotations were made on 2024-05-01: none in the past week.
    _choose(parts, "period", "Past 7 days", qtbot)
    assert parts.quotes() == []
    assert parts.window.count.text() == "0 annotations shown · 3 in all"


def test_period_start_is_local_midnight() -> None:
    now = datetime(2024, 5, 10, 15, 30, tzinfo=UTC)
    start = period_start(0, now)
    assert start is not None and start <= now and now - start < timedelta(days=1, hours=14)
    assert start.astimezone().hour == 0 and start.astimezone().minute == 0
    assert period_start(None, now) is None


def test_enter_opens_the_article_with_the_highlight_revealed(parts: Parts, qtbot: QtBot) -> None:
    parts.open()
    parts.window.list.setFocus()
    parts.window.list.setCurrentIndex(parts.window.model.index(2))  # 晶片出口
    with qtbot.waitSignal(parts.session.shown, timeout=20000) as shown:
        qtbot.keyClick(parts.window.list, Qt.Key.Key_Return)
    assert shown.args == [str(parts.paths["tw"])]
    assert parts.view.textCursor().selectedText() == "晶片出口"


def test_a_document_that_is_gone_says_so(parts: Parts, qtbot: QtBot) -> None:
    parts.paths["cn"].unlink()
    parts.open()
    assert parts.window.open_row(0) is False
    assert "not there any more" in parts.window.count.text()


def test_changes_and_the_display_script_are_followed(parts: Parts, qtbot: QtBot) -> None:
    parts.open()
    parts.window.set_mode(DisplayMode.TRADITIONAL)
    assert parts.quotes()[0] == "“臺灣的軟件”"
    assert parts.window.document.itemText(1) == "臺灣軟件 (1)"
    parts.store.delete(parts.anns["cn"].id)
    with qtbot.waitSignal(parts.window.listed, timeout=10000):
        parts.window.annotations_changed()
    assert parts.quotes() == ["“臺灣的半導體”", "“晶片出口”"]


@pytest.mark.parametrize("w3c", [False, True])
def test_export_of_the_selected_entries(
    parts: Parts, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, w3c: bool
) -> None:
    parts.open()
    assert not parts.window.export_button.isEnabled()
    target = tmp_path / ("out.jsonld" if w3c else "out.md")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    selection = parts.window.list.selectionModel()
    for row in (0, 2):
        selection.select(
            parts.window.model.index(row),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )
    assert parts.window.export_button.isEnabled()
    (parts.window.w3c_action if w3c else parts.window.markdown_action).trigger()
    text = target.read_text(encoding="utf-8")
    if w3c:
        items = json.loads(text)["first"]["items"]
        assert sorted(i["target"]["selector"][0]["exact"] for i in items) == [
            "台湾的软件",
            "晶片出口",
        ]
    else:
        assert "台湾的软件" in text and "晶片出口" in text and "臺灣的半導體" not in text
    assert parts.window.count.text().startswith("Exported 2 annotations to ")


def test_escape_closes_the_window(parts: Parts, qtbot: QtBot) -> None:
    parts.open()
    parts.window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is parts.window, timeout=5000)
    qtbot.keyClick(parts.window.list, Qt.Key.Key_Escape)
    assert not parts.window.isVisible()
