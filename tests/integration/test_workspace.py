"""The library as a workspace, through the real window: command-line folders, one current
document, search as you type, read marks and stars, smart views, partial libraries and a
second window on the same data folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QKeyEvent, QTextDocument
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from reader.model.script.modes import DisplayMode
from reader.ui.library.library_search import PAGE
from reader.ui.library.roles import Role
from reader.ui.library.search_results import SnippetDelegate
from reader.ui.main_window import MainWindow
from tests.conftest import SAMPLES
from tests.integration.script_library import choose_mode, make_library, open_window

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def post(title: str, body: str, day: int = 1) -> str:
    return f'---\ntitle: "{title}"\ndate: 2021-03-{day:02}T08:00:00Z\n---\n\n{body}\n'


def many_posts(folder: Path, count: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(count):
        (folder / f"{n:03}.md").write_text(
            post(f"亞洲第{n}篇", f"亞洲新聞第{n}則。", 1 + n % 28), "utf-8"
        )
    return folder


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` key by key (qtbot.keyClicks takes only ASCII)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def listed_paths(window: MainWindow) -> list[Path]:
    model = window.list_view.model()
    return [Path(str(model.index(r, 0).data(Role.PATH))) for r in range(model.rowCount())]


def current_path(window: MainWindow) -> Path | None:
    index = window.list_view.currentIndex()
    return Path(str(index.data(Role.PATH))) if index.isValid() else None


# ----- command line -----
def test_a_folder_on_the_command_line_joins_the_library_and_is_remembered(
    qtbot: QtBot, data_dir: Path, tmp_path: Path
) -> None:
    first = make_library(tmp_path / "first")
    # Every window stays referenced to the end: qtbot deletes it then, on this thread (left to
    # the garbage collector, a window can be destroyed on a worker thread and crash).
    earlier = open_window(qtbot, data_dir, first)
    earlier.close()
    second = many_posts(tmp_path / "second", 2)
    window = open_window(qtbot, data_dir, second)
    assert sorted(window.library.roots) == sorted([first, second])
    window.close()
    settings = QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat)
    assert sorted(settings.value("library/paths")) == sorted([str(first), str(second)])
    # A plain start shows both folders, not the samples.
    plain = MainWindow(data_dir)
    qtbot.addWidget(plain)
    qtbot.waitUntil(lambda: plain.model.rowCount() == 5, timeout=20000)
    plain.close()


def test_a_file_on_the_command_line_is_opened_without_joining_the_library(
    qtbot: QtBot, data_dir: Path, tmp_path: Path
) -> None:
    library = make_library(tmp_path / "lib")
    earlier = open_window(qtbot, data_dir, library)  # referenced to the end (see above)
    earlier.close()
    lone = tmp_path / "elsewhere" / "lone.md"
    lone.parent.mkdir()
    lone.write_text(post("單獨的文件", "只是打開看看。"), "utf-8")
    window = MainWindow(data_dir, [lone])
    qtbot.addWidget(window)
    qtbot.waitUntil(
        lambda: window.current_document is not None and window.current_document.path == lone,
        timeout=20000,
    )
    qtbot.waitUntil(lambda: window.model.rowCount() == 3, timeout=20000)
    assert window.library.roots == [library]
    assert lone not in listed_paths(window) and current_path(window) is None
    assert window.current_document is not None and window.current_document.path == lone
    window.close()


# ----- one current document -----
def test_a_search_result_becomes_the_lists_current_document(
    qtbot: QtBot, data_dir: Path, tmp_path: Path
) -> None:
    window = open_window(qtbot, data_dir, many_posts(tmp_path / "lib", 6))
    window.list_view.setFocus()
    shown_first = window.current_document
    assert shown_first is not None
    with qtbot.waitSignal(window.library.search_done, timeout=10000):
        type_text(window.search_panel.box, "第4篇")
    hit = window.search_panel.model.hit(0)
    assert hit.path.name == "004.md"
    with qtbot.waitSignal(window.article_shown, timeout=10000):
        window.search_panel.view.activated.emit(window.search_panel.model.index(0))
    assert current_path(window) == hit.path  # the list follows the article
    # A script toggle keeps the document shown.
    choose_mode(qtbot, window, DisplayMode.SIMPLIFIED)
    assert window.current_document is not None and window.current_document.path == hit.path
    assert current_path(window) == hit.path
    # J continues from it.
    qtbot.keyClick(window.search_panel.box, Qt.Key.Key_Escape)
    row = window.list_view.currentIndex().row()
    with qtbot.waitSignal(window.article_shown, timeout=10000):
        qtbot.keyClick(window.list_view, Qt.Key.Key_J)
    assert window.list_view.currentIndex().row() == row + 1
    assert window.current_document is not None
    assert window.current_document.path == current_path(window)
    window.close()


def test_a_shown_document_outside_the_filtered_list_clears_the_selection(
    qtbot: QtBot, data_dir: Path, tmp_path: Path
) -> None:
    window = open_window(qtbot, data_dir, many_posts(tmp_path / "lib", 4))
    panel = window.library
    with qtbot.waitSignal(panel.list_updated, timeout=5000):
        panel.filters.from_field.set_text("2021-03-03")  # only 002.md and 003.md
    assert sorted(p.name for p in listed_paths(window)) == ["002.md", "003.md"]
    with qtbot.waitSignal(window.article_shown, timeout=10000):
        window.session.open(tmp_path / "lib" / "000.md")
    assert current_path(window) is None and not window.list_view.selectionModel().hasSelection()
    window.close()


# ----- search -----
def test_search_as_you_type_with_the_true_count_and_every_result(
    qtbot: QtBot, data_dir: Path, tmp_path: Path, qtmodeltester
) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, data_dir, many_posts(tmp_path / "lib", 130))
    panel = window.search_panel
    with qtbot.waitSignal(window.library.search_done, timeout=10000):
        type_text(panel.box, "亜")  # a variant with no match
    assert "0 results" in panel.status.text()
    qtbot.keyClick(panel.box, Qt.Key.Key_Backspace)
    with qtbot.waitSignal(window.library.search_done, timeout=10000):
        type_text(panel.box, "亚洲")
        # At once, before any result: the old count is gone.
        assert panel.status.text().strip() == "Searching…"
        assert panel.model.rowCount() == 0
        assert window.left_stack.currentWidget() is panel
    assert "130 results" in panel.status.text()
    assert panel.model.rowCount() == PAGE < 130 and panel.model.canFetchMore()
    while panel.model.rowCount() < 130:  # a page at a time, as the list is scrolled
        shown = panel.model.rowCount()
        assert panel.model.canFetchMore()
        with qtbot.waitSignal(window.library.search_done, timeout=10000):
            panel.view.scrollToBottom()
            panel.model.fetchMore()  # what the view does when it reaches the end
        qtbot.waitUntil(lambda shown=shown: panel.model.rowCount() > shown, timeout=5000)
        assert panel.model.rowCount() == min(shown + PAGE, 130)
    assert not panel.model.canFetchMore()
    assert len({panel.model.hit(r).path for r in range(130)}) == 130
    qtmodeltester.check(panel.model)
    window.close()


def test_a_snippet_is_not_clipped(qtbot: QtBot, data_dir: Path, tmp_path: Path) -> None:
    lib = tmp_path / "lib"
    lib.mkdir()
    long_body = "這是一段很長的文字，" * 8 + "停火協議" + "，後面還有很多很多的內容" * 8
    (lib / "long.md").write_text(post("長文", long_body), "utf-8")
    window = open_window(qtbot, data_dir, lib)
    window.resize(800, 600)
    with qtbot.waitSignal(window.library.search_done, timeout=10000):
        type_text(window.search_panel.box, "停火")
    view = window.search_panel.view
    index = window.search_panel.model.index(0)
    # The whole hit (title, date line, a snippet of several lines) laid out at the row's width.
    text = QTextDocument(view)
    text.setDocumentMargin(0)
    text.setDefaultFont(view.font())
    text.setHtml(str(index.data(Role.SNIPPET_HTML)))
    text.setTextWidth(view.viewport().width() - 2 * SnippetDelegate.PADDING)
    needed = text.size().height() + 2 * SnippetDelegate.PADDING
    assert needed > 4 * view.fontMetrics().height()  # the snippet wraps: more lines to show
    qtbot.waitUntil(lambda: view.visualRect(index).height() >= needed, timeout=5000)
    window.close()


def test_quitting_while_an_article_is_shown_raises_nothing(
    qtbot: QtBot, data_dir: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    # Qt's quit() closes the windows at once: inside the very signal that says an article is
    # shown, before the list has followed it or marked it read.
    window = MainWindow(data_dir, [SAMPLES])
    qtbot.addWidget(window)
    closed: list[bool] = []
    window.article_shown.connect(lambda path: closed.append(window.close()))
    with qtbot.waitSignal(window.article_shown, timeout=20000):
        window.show()
    assert closed == [True]
    assert "Traceback" not in capfd.readouterr().err
