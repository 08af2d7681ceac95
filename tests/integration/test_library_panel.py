"""UI tests of the library: open a folder, index in the background, search, open a result."""

from __future__ import annotations

import shutil
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QAction, QDropEvent
from PySide6.QtWidgets import QListView
from pytestqt.qtbot import QtBot

from reader.model.library.index import LibraryIndex
from reader.model.library.views import SmartView
from reader.model.paths import DataFiles
from reader.ui.library import panel as panel_module
from reader.ui.library.roles import Role
from reader.ui.main_window import MainWindow

# The offscreen platform warns on every shown window; that is not our warning.
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "corpus"
# Every readable document file of the fixture folder (the posts and INDEX.txt).
COUNT = sum(1 for p in FIXTURES.rglob("*") if p.is_file())


@pytest.fixture
def library(tmp_path: Path) -> Path:
    lib = tmp_path / "lib"
    shutil.copytree(FIXTURES, lib)
    return lib


@pytest.fixture
def window(qtbot: QtBot, data_dir: Path, library: Path) -> Iterator[MainWindow]:
    win = MainWindow(data_dir, [library])
    qtbot.addWidget(win)
    win.library.indexer.workers = 1
    yield win
    win.close()  # stops the indexer thread before the window can be destroyed


def wait_indexed(qtbot: QtBot, window: MainWindow) -> None:
    if window.library.indexer.running:
        with qtbot.waitSignal(window.library.indexing_finished, timeout=60000):
            pass
    qtbot.waitUntil(lambda: window.model.rowCount() == COUNT, timeout=10000)


def test_open_folder_indexes_in_background_with_progress(qtbot: QtBot, window: MainWindow) -> None:
    seen: list[tuple[int, int]] = []
    window.library.indexer.progress.connect(lambda d, t, r: seen.append((d, t)))
    wait_indexed(qtbot, window)
    assert seen and seen[-1][0] == seen[-1][1] == COUNT
    assert window.library.count_label.text() == f"{COUNT} of {COUNT}"
    assert not window.library.status.isVisible()
    qtbot.waitUntil(
        lambda: window.article_shown is not None and window.current_document is not None
    )


def test_search_opens_the_result_at_the_match(qtbot: QtBot, window: MainWindow) -> None:
    wait_indexed(qtbot, window)
    (action,) = [a for a in window.findChildren(QAction) if a.shortcut().toString() == "Ctrl+K"]
    action.trigger()  # the offscreen platform has no focus to check
    # Simplified query; the matching post is written in Traditional script.
    window.search_panel.box.setText("川普政府")
    with qtbot.waitSignal(window.library.search_done, timeout=10000):
        qtbot.keyClick(window.search_panel.box, Qt.Key.Key_Return)
    assert window.left_stack.currentWidget() is window.search_panel
    model = window.search_panel.model
    assert model.rowCount() >= 1
    hit = model.hit(0)
    assert hit.match is not None
    html = model.data(model.index(0), Qt.ItemDataRole.UserRole + 21)
    assert "<b" in html and "川普政府" in html
    with qtbot.waitSignal(window.article_shown, timeout=10000) as blocker:
        window.search_panel.view.activated.emit(model.index(0))
    assert blocker.args == [str(hit.path)]
    # The match is marked, not selected (a selection would bring the highlight toolbar).
    assert not window.article.textCursor().hasSelection()
    [mark] = window.article.layer("reveal")
    assert mark.cursor.selectedText() == "川普政府"  # type: ignore[attr-defined]
    qtbot.keyClick(window.search_panel.box, Qt.Key.Key_Escape)
    assert window.search_panel.box.text() == ""
    assert window.left_stack.currentWidget() is window.library


def test_an_uncertain_count_says_up_to_until_every_result_is_loaded(
    qtbot: QtBot, window: MainWindow, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reader.model.library import search as search_module
    from reader.ui.library import library_search

    # One result a page, and no candidate checked for the count: the first page can only say
    # how many documents hold the query's words, which is more than hold the phrase.
    monkeypatch.setattr(library_search, "PAGE", 1)
    monkeypatch.setattr(search_module, "COUNT_CHECKS", 0)
    wait_indexed(qtbot, window)
    index = LibraryIndex(DataFiles(data_dir).library)
    try:
        exact = search_module.count(index, "中国政府")
        bound, sure = search_module.count_at_most(index, "中国政府")
    finally:
        index.close()
    assert bound > exact >= 2 and not sure
    panel = window.search_panel
    panel.box.setText("中国政府")
    with qtbot.waitSignal(window.library.search_done, timeout=10000):
        qtbot.keyClick(panel.box, Qt.Key.Key_Return)
    assert panel.status.text() == (
        f" up to {bound} results for “中国政府” — Esc to return to the list"
    )
    while panel.model.canFetchMore():  # as scrolling to the end does
        with qtbot.waitSignal(window.library.search_done, timeout=10000):
            panel.model.fetchMore()
    assert panel.model.rowCount() == exact
    assert panel.status.text() == f" {exact} results for “中国政府” — Esc to return to the list"


def test_read_marker_and_keyboard_navigation(
    qtbot: QtBot, window: MainWindow, data_dir: Path
) -> None:
    wait_indexed(qtbot, window)
    window.show()
    view = window.list_view
    view.setFocus()
    qtbot.waitUntil(lambda: view.currentIndex().isValid())
    first = view.currentIndex().row()
    with qtbot.waitSignal(window.article_shown, timeout=10000):
        qtbot.keyClick(view, Qt.Key.Key_J)
    assert view.currentIndex().row() == first + 1
    path = Path(view.currentIndex().data(Role.PATH))
    qtbot.waitUntil(lambda: bool(view.currentIndex().data(Role.READ)), timeout=20000)
    with qtbot.waitSignal(window.article_shown, timeout=10000):
        qtbot.keyClick(view, Qt.Key.Key_K)
    assert view.currentIndex().row() == first
    # Stored in the user's state.sqlite3 (not the derived index), as a new index shows.
    index = LibraryIndex(window.library.db_path, data_dir / "state.sqlite3")
    try:
        assert index.summary_of(path).read  # type: ignore[union-attr]
    finally:
        index.close()


def test_filters_and_sort(qtbot: QtBot, window: MainWindow) -> None:
    wait_indexed(qtbot, window)
    panel = window.library
    qtbot.waitUntil(lambda: window.current_document is not None, timeout=10000)
    with qtbot.waitSignal(panel.list_updated, timeout=20000):
        qtbot.mouseClick(panel.views.buttons[SmartView.UNREAD], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.model.rowCount() == COUNT - 1)  # all but the shown one
    with qtbot.waitSignal(panel.list_updated, timeout=20000):
        qtbot.mouseClick(panel.views.buttons[SmartView.ALL], Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(panel.list_updated, timeout=20000):
        qtbot.keyClicks(panel.date_from, "2021-01-01")  # applies after a pause, no Enter
    shown = window.model.rowCount()
    assert 0 < shown < COUNT
    assert panel.count_label.text() == f"{shown} of {COUNT}"
    with qtbot.waitSignal(panel.list_updated, timeout=20000):
        panel.sort_box.setCurrentIndex(2)  # title A–Z
    titles = [window.model.index(r).data() for r in range(window.model.rowCount())]
    assert titles == sorted(titles, key=str.casefold) or len(titles) == shown


def test_added_file_is_noticed(qtbot: QtBot, window: MainWindow, library: Path) -> None:
    wait_indexed(qtbot, window)
    # The folders are watched once the first update has finished (the list may show every
    # document before: the update's last batch is listed before it reports that it is done).
    qtbot.waitUntil(lambda: str(library) in window.library.watcher.directories(), timeout=20000)
    target = library / "new-post.md"
    target.write_text('---\ntitle: "新加的文章"\n---\n\n內容。\n', encoding="utf-8")
    with qtbot.waitSignal(window.library.indexing_finished, timeout=20000):
        pass
    qtbot.waitUntil(lambda: window.model.rowCount() == COUNT + 1, timeout=10000)


def test_list_model_passes_the_model_tester(
    qtbot: QtBot, window: MainWindow, qtmodeltester
) -> None:  # type: ignore[no-untyped-def]
    wait_indexed(qtbot, window)
    qtmodeltester.check(window.model)


def test_dropped_folder_joins_the_library_and_is_remembered(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, data_dir: Path, library: Path
) -> None:
    wait_indexed(qtbot, window)
    extra = tmp_path / "extra folder"
    extra.mkdir()
    (extra / "a post.md").write_text('---\ntitle: "拖放的文章"\n---\n\n內容。\n', encoding="utf-8")
    (extra / "broken.md").write_bytes(b"")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(extra))])
    event = QDropEvent(
        QPointF(10, 10), Qt.DropAction.CopyAction, mime,
        Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    with qtbot.waitSignal(window.library.indexing_finished, timeout=30000):
        window.dropEvent(event)
    qtbot.waitUntil(lambda: window.model.rowCount() == COUNT + 2, timeout=10000)
    errors = [
        window.model.index(r).data(Role.ERROR)
        for r in range(window.model.rowCount())
        if window.model.index(r).data(Role.ERROR)
    ]
    assert errors == ["the file is empty (0 bytes)"]

    def remembered() -> object:
        # Written to the file by the settings' own thread, soon after (the window stays open).
        settings = QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat)
        return sorted(settings.value("library/paths") or [])

    qtbot.waitUntil(lambda: remembered() == sorted([str(library), str(extra)]), timeout=10000)


def test_unread_asked_for_while_the_open_article_is_stored_as_read_leaves_it_out(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    wait_indexed(qtbot, window)
    qtbot.waitUntil(lambda: window.current_document is not None, timeout=10000)
    first = window.current_document  # shown at start, and stored as read
    assert first is not None

    def first_is_read() -> bool:
        rows = window.model
        return any(
            rows.index(i, 0).data(Role.PATH) == str(first.path)
            and rows.index(i, 0).data(Qt.ItemDataRole.FontRole) is None
            for i in range(rows.rowCount())
        )

    qtbot.waitUntil(first_is_read, timeout=10000)
    # The read mark is stored on a worker, beside the list's query: make it the slower one.
    called, stored = threading.Event(), threading.Event()
    real = panel_module.store_read

    def slow_store_read(*args: object) -> object:
        called.set()
        stored.wait(10)
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(panel_module, "store_read", slow_store_read)
    rows = window.library.list_view.model()
    window.library.list_view.setCurrentIndex(rows.index(1, 0))  # an unread one is opened
    qtbot.waitUntil(called.is_set, timeout=10000)
    with qtbot.waitSignal(window.library.list_updated, timeout=20000):
        qtbot.mouseClick(window.library.views.buttons[SmartView.UNREAD], Qt.MouseButton.LeftButton)
    opened = window.current_document
    assert opened is not None and opened is not first
    stored.set()  # the mark is stored after the list was made
    qtbot.waitUntil(lambda: window.model.rowCount() == COUNT - 2, timeout=20000)
    listed = {window.model.index(i, 0).data(Role.PATH) for i in range(window.model.rowCount())}
    assert str(opened.path) not in listed


def test_refresh_keeps_the_scroll_position(qtbot: QtBot, data_dir: Path, tmp_path: Path) -> None:
    lib = tmp_path / "many"
    lib.mkdir()
    for i in range(400):
        day = f"2020-{1 + i % 12:02}-{1 + i % 28:02}T{i % 24:02}:00:00Z"
        (lib / f"{i:03}.md").write_text(f'---\ntitle: "第{i}篇"\ndate: {day}\n---\n\n文字{i}。\n')
    win = MainWindow(data_dir, [lib])
    qtbot.addWidget(win)
    try:
        win.library.indexer.workers = 1
        win.list_view.setBatchSize(20)  # many layout turns, as with 64,000 rows
        win.show()
        with qtbot.waitSignal(win.library.indexing_finished, timeout=60000):
            pass
        qtbot.waitUntil(lambda: win.model.rowCount() == 400, timeout=10000)
        view = win.list_view

        def top() -> int:
            return view.indexAt(view.viewport().rect().topLeft()).row()

        def scrolled_to_300() -> bool:
            # The batched layout has to reach row 300 before the view can scroll there.
            view.scrollTo(win.sorted_model.index(300, 0), QListView.ScrollHint.PositionAtTop)
            return top() == 300

        qtbot.waitUntil(scrolled_to_300, timeout=20000)
        with qtbot.waitSignal(win.library.list_updated, timeout=20000):
            win.library.refresh_list()
        qtbot.waitUntil(lambda: top() == 300, timeout=20000)
    finally:
        win.close()


def test_library_loaded_is_emitted_once_the_whole_library_is_listed(
    qtbot: QtBot, data_dir: Path, library: Path
) -> None:
    win = MainWindow(data_dir, [library])
    qtbot.addWidget(win)
    try:
        with qtbot.waitSignal(win.library_loaded, timeout=60000) as blocker:
            pass
        assert blocker.args == [COUNT]
        assert win.model.rowCount() == COUNT
    finally:
        win.close()
    # A warm start: the same signal, with nothing to index.
    again = MainWindow(data_dir, [library])
    qtbot.addWidget(again)
    try:
        with qtbot.waitSignal(again.library_loaded, timeout=20000) as blocker:
            pass
        assert blocker.args == [COUNT]
    finally:
        again.close()
