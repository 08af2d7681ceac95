"""The main window as a user sees it: the sample library, reading, toggling the script."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QToolButton
from pytestqt.qtbot import QtBot

from reader.model.script.modes import DisplayMode
from reader.ui.main_window import APP_TITLE, MainWindow

CNA_TITLE = "亞塞拜然亞美尼亞再次同意停火 能否奏效待觀察"
CNA2_TITLE = "亞美尼亞與亞塞拜然交戰第4日 國際籲協商遭拒"


@pytest.fixture
def window(qtbot: QtBot, data_dir: Path) -> Iterator[MainWindow]:
    win = MainWindow(data_dir)
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.article_shown, timeout=20000):
        win.show()
    yield win
    win.close()


def list_titles(win: MainWindow) -> list[str]:
    model = win.list_view.model()
    return [str(model.index(r, 0).data()) for r in range(model.rowCount())]


def click_row(qtbot: QtBot, win: MainWindow, row: int) -> None:
    index = win.list_view.model().index(row, 0)
    rect = win.list_view.visualRect(index)
    with qtbot.waitSignal(win.article_shown, timeout=20000):
        qtbot.mouseClick(win.list_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def click_action(qtbot: QtBot, win: MainWindow, mode: DisplayMode) -> None:
    button = win.toggle.buttons.get(mode) or win.toolbar.widgetForAction(win.toggle.actions[mode])
    assert isinstance(button, QToolButton) and button.isVisible()
    with qtbot.waitSignal(win.article_shown, timeout=20000):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))


def test_lists_the_three_samples_newest_first(window: MainWindow) -> None:
    titles = list_titles(window)
    assert len(titles) == 3
    # The extract is dated 2023-09-24 (its date line), the CNA posts 2020-10-26 and 2020-09-30.
    assert titles[1:] == [CNA_TITLE, CNA2_TITLE]
    assert window.list_view.currentIndex().row() == 0


def test_selecting_each_document_shows_it(qtbot: QtBot, window: MainWindow) -> None:
    click_row(qtbot, window, 1)
    text = window.article.toPlainText()
    assert text.startswith(CNA_TITLE)
    assert "（中央社華盛頓25日綜合外電報導）" in text
    assert "<p>" not in text and "](https://" not in text and "获取更多RSS" not in text
    assert window.windowTitle() == f"{CNA_TITLE} — {APP_TITLE}"
    click_row(qtbot, window, 2)
    assert window.article.toPlainText().startswith(CNA2_TITLE)
    assert window.windowTitle() == f"{CNA2_TITLE} — {APP_TITLE}"
    click_row(qtbot, window, 0)
    assert "納戈爾諾-卡拉巴赫" in window.article.toPlainText()


def test_toggle_converts_list_pane_and_title(qtbot: QtBot, window: MainWindow) -> None:
    click_row(qtbot, window, 1)
    click_action(qtbot, window, DisplayMode.SIMPLIFIED)
    assert window.mode is DisplayMode.SIMPLIFIED
    simplified = "亚塞拜然亚美尼亚再次同意停火 能否奏效待观察"
    assert list_titles(window)[1] == simplified
    assert window.article.toPlainText().startswith(simplified)
    assert "亚美尼亚" in window.article.toPlainText()
    assert "亞美尼亞" not in window.article.toPlainText()
    assert window.windowTitle() == f"{simplified} — {APP_TITLE}"
    click_action(qtbot, window, DisplayMode.ORIGINAL)
    assert list_titles(window)[1] == CNA_TITLE
    assert window.article.toPlainText().startswith(CNA_TITLE)
    assert window.windowTitle() == f"{CNA_TITLE} — {APP_TITLE}"


def test_ctrl_shift_t_cycles(qtbot: QtBot, window: MainWindow) -> None:
    seen = []
    for _ in range(3):
        with qtbot.waitSignal(window.mode_applied, timeout=20000):
            qtbot.keyClick(
                window,
                Qt.Key.Key_T,
                Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
            )
        seen.append(window.mode)
    assert seen == [DisplayMode.TRADITIONAL, DisplayMode.SIMPLIFIED, DisplayMode.ORIGINAL]


def test_state_is_restored_on_next_start(qtbot: QtBot, data_dir: Path) -> None:
    first = MainWindow(data_dir)
    qtbot.addWidget(first)
    with qtbot.waitSignal(first.article_shown, timeout=20000):
        first.show()
    click_row(qtbot, first, 2)
    click_action(qtbot, first, DisplayMode.SIMPLIFIED)
    first.resize(700, 500)
    first.splitter.setSizes([250, 450])
    sizes = first.splitter.sizes()
    first.close()

    second = MainWindow(data_dir)
    qtbot.addWidget(second)
    with qtbot.waitSignal(second.article_shown, timeout=20000):
        second.show()
    qtbot.waitUntil(lambda: second.mode is DisplayMode.SIMPLIFIED, timeout=20000)
    assert second.toggle.actions[DisplayMode.SIMPLIFIED].isChecked()
    assert second.current_document is not None
    assert second.current_document.title == CNA2_TITLE
    assert (second.size().width(), second.size().height()) == (700, 500)
    assert second.splitter.sizes() == sizes
    second.close()


def test_missing_cjk_font_shows_a_notice(
    qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("reader.ui.fonts.has_cjk_font", lambda: False)
    monkeypatch.setattr("sys.platform", "linux")
    win = MainWindow(data_dir)
    qtbot.addWidget(win)
    win.show()
    assert win.notice.isVisible()
    assert "fonts-noto-cjk" in win.notice.text()
    win.close()


def test_reading_place_is_kept_across_scripts(qtbot: QtBot, window: MainWindow) -> None:
    window.resize(900, 500)
    assert window.list_view.currentIndex().row() == 0  # the long extract, shown at start
    view = window.article
    pane = view.pane_map
    assert pane is not None
    doc = window.current_document
    assert doc is not None
    target = doc.text.index("2022年12月")
    view.restore_position(type(view.current_position())(target, 0.0))
    before = view.current_position().offset
    assert 0 < before <= target
    click_action(qtbot, window, DisplayMode.SIMPLIFIED)
    after = view.current_position().offset
    assert abs(after - before) < 60  # the same line of the same paragraph, now in 简体
    assert "2022年12月,亚塞拜然当局封锁" in view.toPlainText()


def test_a_library_already_indexed_is_updated_only_after_the_first_article(
    qtbot: QtBot, data_dir: Path
) -> None:
    first = MainWindow(data_dir)  # a first start: the list is empty, so it indexes at once
    qtbot.addWidget(first)
    with qtbot.waitSignal(first.library_loaded, timeout=30000):
        first.show()
    assert first.library.indexer.held is False
    first.close()

    again = MainWindow(data_dir)
    qtbot.addWidget(again)
    events: list[str] = []
    indexer = again.library.indexer
    again.article_shown.connect(lambda path: events.append(f"shown, held {indexer.held}"))
    again.library.indexing_finished.connect(lambda stats: events.append("indexed"))
    with qtbot.waitSignal(again.library.indexing_finished, timeout=30000):
        again.show()
    assert events[:2] == ["shown, held True", "indexed"]
    assert len(list_titles(again)) == 3
    again.close()


def test_a_file_read_alone_last_time_is_not_what_the_library_opens_with(
    qtbot: QtBot, data_dir: Path, tmp_path: Path
) -> None:
    alone = tmp_path / "elsewhere" / "alone.md"
    alone.parent.mkdir()
    alone.write_text("---\ntitle: 獨自一篇\n---\n\n只在命令列上開過的文件。\n", encoding="utf-8")
    first = MainWindow(data_dir, [alone])
    qtbot.addWidget(first)
    with qtbot.waitSignal(first.article_shown, timeout=20000):
        first.show()
    assert first.current_document is not None and first.current_document.path == alone
    first.close()

    again = MainWindow(data_dir)  # the samples again: the first row, as always
    qtbot.addWidget(again)
    shown: list[str] = []
    again.article_shown.connect(shown.append)
    with qtbot.waitSignal(again.article_shown, timeout=20000):
        again.show()
    assert shown[0] != str(alone)
    assert again.current_document is not None
    assert again.current_document.path.name == list_titles_paths(again)[0]
    again.close()


def list_titles_paths(win: MainWindow) -> list[str]:
    from reader.ui.library.roles import Role

    model = win.list_view.model()
    return [Path(str(model.index(r, 0).data(Role.PATH))).name for r in range(model.rowCount())]
