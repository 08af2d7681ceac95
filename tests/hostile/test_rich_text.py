"""Attack 3: text from documents, file names and imports is never rendered as HTML.

QLabel, QToolTip and QMessageBox guess rich text: a quote holding ``<img src="/private.png">``
(shown as text in the article) drew that image in the note dialog and the annotation panel's
tool tip, a file named ``<img src=…>.md`` did it in the list's tool tip and in search results,
an imported annotation id did it in the import warning — and ``/dev/stdin`` hung the app.

The walk at the end of the window test fails on any label or message box left to guess and
on any tool tip that looks like HTML without being escaped by :func:`reader.ui.plain.plain_tip`,
so a new widget cannot bring the guess back. The same test is the no-network test of the
annotation panel, its tool tips, the dialogs and the note editor.
"""

from __future__ import annotations

import ast
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtNetwork import QNetworkAccessManager
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFileDialog,
    QLabel,
    QMessageBox,
    QToolTip,
    QWidget,
)
from pytestqt.qtbot import QtBot

from reader.ui.annotations import dialogs as annotation_dialogs
from reader.ui.annotations.dialogs import NoteDialog
from reader.ui.main_window import MainWindow
from reader.ui.plain import TIP_PREFIX, plain_tip
from tests.hostile.fixtures import make_private_file, rich_text_documents

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")

UI = Path(__file__).resolve().parents[2] / "reader" / "ui"


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, Qt.TextFormat]]:
    """Every message box shown: its text and text format (closed at once)."""
    shown: list[tuple[str, Qt.TextFormat]] = []

    def exec_(box: QMessageBox) -> int:
        shown.append((box.text(), box.textFormat()))
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return shown


def _renders_image(rich: str) -> bool:
    doc = QTextDocument()
    doc.setHtml(rich)
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            if it.fragment().charFormat().isImageFormat():
                return True
            it += 1
        block = block.next()
    return False


def _guessing_widgets() -> Iterator[str]:
    """Every widget in use that would guess rich text from what it shows."""
    for widget in QApplication.allWidgets():
        kind = widget.metaObject().className()
        if isinstance(widget, QLabel) and kind != "QTipLabel" and widget.text():
            box = widget.window()
            if isinstance(box, QMessageBox):
                if box.textFormat() != Qt.TextFormat.PlainText:
                    yield f"message box {box.text()[:40]!r}"
            elif widget.textFormat() == Qt.TextFormat.AutoText:
                yield f"{kind} {widget.objectName()!r}: {widget.text()[:40]!r}"
        tip = widget.toolTip()
        if tip and GuiQt.mightBeRichText(tip) and not tip.startswith(TIP_PREFIX):
            yield f"tool tip of {kind} {widget.objectName()!r}: {tip[:40]!r}"
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            for row in range(model.rowCount()):
                tip = str(model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole) or "")
                if GuiQt.mightBeRichText(tip) and not tip.startswith(TIP_PREFIX):
                    yield f"tool tip of row {row} of {widget.objectName()!r}: {tip[:40]!r}"


def test_plain_tips_show_markup_as_written() -> None:
    markup = '<img src="/dev/stdin"> & <b>x</b>\nline two'
    tip = plain_tip(markup)
    assert GuiQt.mightBeRichText(tip) and not _renders_image(tip)
    shown = QTextDocument()
    shown.setHtml(tip)
    assert shown.toPlainText() == markup


def test_the_note_dialog_shows_the_quote_as_written(qtbot: QtBot, tmp_path: Path) -> None:
    markup = f'<img src="{make_private_file(tmp_path)}">'
    dialog = NoteDialog(markup, markup)
    qtbot.addWidget(dialog)
    assert dialog.quote.textFormat() == Qt.TextFormat.PlainText
    assert markup in dialog.quote.text()
    assert dialog.note() == markup  # the note editor is plain text too


def test_no_message_box_guesses() -> None:
    """The static QMessageBox functions guess rich text: nothing in the UI calls them."""
    static = {"warning", "question", "information", "critical", "about"}
    for path in UI.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Attribute)
                and node.attr in static
                and isinstance(node.value, ast.Name)
                and node.value.id == "QMessageBox"
            ):
                pytest.fail(f"{path.name}:{node.lineno} QMessageBox.{node.attr} guesses rich text")


def test_window_shows_hostile_text_as_written_and_fetches_nothing(
    qtbot: QtBot,
    tmp_path: Path,
    data_dir: Path,
    no_network: list[object],
    boxes: list[tuple[str, Qt.TextFormat]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    private = make_private_file(tmp_path / "outside")
    lib = tmp_path / "lib"
    quoted, _named, markup = rich_text_documents(lib, private)
    window = MainWindow(data_dir, [lib])
    qtbot.addWidget(window)
    window.library.indexer.workers = 1
    window.resize(1200, 700)
    window.show()
    try:
        qtbot.waitUntil(lambda: window.model.rowCount() == 2, timeout=20000)
        # The list's tool tips: the file named like markup.
        view = window.list_view
        tips = [str(view.model().index(r, 0).data(Qt.ItemDataRole.ToolTipRole)) for r in (0, 1)]
        assert any(tip.startswith(TIP_PREFIX) and "&lt;img" in tip for tip in tips)

        # A highlight with a note on the quoted markup: panel, tool tip, note dialog.
        window.session.open(quoted)
        qtbot.waitUntil(lambda: markup in window.article.toPlainText(), timeout=10000)
        doc = window.current_document
        assert doc is not None and window.article.pane_map is not None
        start = doc.text.index(markup)
        qt = window.article.pane_map.qt_range(start, start + len(markup))
        assert qt is not None
        cursor = QTextCursor(window.article.document())
        cursor.setPosition(qt[0])
        cursor.setPosition(qt[1], QTextCursor.MoveMode.KeepAnchor)
        window.article.setTextCursor(cursor)
        quotes: list[str] = []

        def ask_note(parent: QWidget | None, quote: str, note: str = "") -> str:
            dialog = NoteDialog(quote, note, parent)  # made, walked below, then answered
            dialog.show()
            quotes.append(quote)
            return markup

        monkeypatch.setattr(annotation_dialogs, "ask_note", ask_note)
        window.annotations.add_note()
        panel = window.annotations.panel
        qtbot.waitUntil(lambda: panel.filter_model.rowCount() == 1, timeout=5000)
        tip = str(panel.filter_model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole))
        assert tip.startswith(TIP_PREFIX) and not _renders_image(tip) and "&lt;img" in tip
        assert quotes == [markup]
        QToolTip.showText(panel.mapToGlobal(panel.rect().center()), tip, panel)

        # The annotation browser: the quote and the note in its row and its tool tip.
        with qtbot.waitSignal(window.notebook.listed, timeout=10000):
            window.notebook.open_window()
        row = window.notebook.model.index(0)
        assert markup in str(row.data())
        row_tip = str(row.data(Qt.ItemDataRole.ToolTipRole))
        assert row_tip.startswith(TIP_PREFIX) and not _renders_image(row_tip)

        # Search results: the title holds the markup; their tool tip is the file name.
        with qtbot.waitSignal(window.library.search_done, timeout=10000):
            window.library.search("名字")
        qtbot.waitUntil(lambda: window.search_panel.model.rowCount() == 1, timeout=5000)
        hit_tip = str(window.search_panel.model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole))
        assert hit_tip.startswith(TIP_PREFIX) and not _renders_image(hit_tip)

        # An import whose annotation id is markup: the warning box is plain text.
        bad = tmp_path / "bad.json"
        bad.write_text(
            json.dumps({"type": "AnnotationCollection", "first": {"items": [{"id": markup}]}}),
            encoding="utf-8",
        )
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
        window.annotations.transfer.import_action.trigger()
        assert boxes and all(fmt == Qt.TextFormat.PlainText for _, fmt in boxes)

        assert list(_guessing_widgets()) == []
        assert no_network == []
        app = QApplication.instance()
        assert app is not None and app.findChildren(QNetworkAccessManager) == []
    finally:
        QToolTip.hideText()
        window.close()


def test_search_snippets_load_no_resource(tmp_path: Path) -> None:
    from reader.ui.library.search_results import _SnippetDocument

    private = make_private_file(tmp_path)
    doc = _SnippetDocument()
    doc.setHtml(f'<img src="{private.as_uri()}"><img src="/dev/stdin">')
    doc.size()  # lays it out: images are asked for now
    kind = QTextDocument.ResourceType.ImageResource.value
    assert doc.loadResource(kind, QUrl(private.as_uri())).width() == 1
    assert doc.loadResource(QTextDocument.ResourceType.StyleSheetResource.value, "x.css") == ""
