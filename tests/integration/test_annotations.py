"""Highlights and notes in the real window: selecting, highlighting, every display script,
restyles, documents edited on disk, notes, colours, delete and undo, export and import."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtGui import QContextMenuEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu, QSplitter, QWidget
from pytestqt.qtbot import QtBot

from reader.model.annotations.annotation import Colour
from reader.model.annotations.store import AnnotationStore
from reader.model.script.modes import DisplayMode
from reader.ui.annotations import dialogs as annotation_dialogs
from reader.ui.annotations import transfer as transfer_module
from reader.ui.annotations.colours import highlight_colour
from reader.ui.annotations.controller import AnnotationController
from reader.ui.annotations.dialogs import ExportChoice, ExportFormat, ExportScope, NoteDialog
from reader.ui.annotations.layer import FLASH_LAYER, LAYER
from reader.ui.annotations.panel import Role
from reader.ui.article.reading_prefs import Theme
from reader.ui.main_window import MainWindow

POST = """---
layout: post
title: 軟體與網際網路
date: 2021-01-01T08:00:00+08:00
---

<p>第一段：這個軟體很著名，乾隆也在網際網路上用過。𫫇字與😀表情都在這裡。</p>
<p>第二段：另一個句子在這裡，資訊科技發展很快，人們每天都在使用軟體。</p>
<p>第三段：最後一句話寫在這裡，我們下次再見。</p>
"""

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
ALL_MODES = (
    DisplayMode.ORIGINAL,
    DisplayMode.TRADITIONAL,
    DisplayMode.TAIWAN,
    DisplayMode.HONGKONG,
    DisplayMode.SIMPLIFIED,
    DisplayMode.MAINLAND,
)


@pytest.fixture
def library(tmp_path: Path) -> Path:
    folder = tmp_path / "lib"
    folder.mkdir()
    (folder / "post.md").write_text(POST, encoding="utf-8")
    return folder


def _open(qtbot: QtBot, data_dir: Path, library: Path) -> MainWindow:
    window = MainWindow(data_dir, [library])
    qtbot.addWidget(window)
    window.resize(1200, 700)
    window.show()
    qtbot.waitSignals([window.library_loaded, window.article_shown], timeout=20000).wait()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
    return window


def _ctl(window: MainWindow) -> AnnotationController:
    return window.annotations


def _store(window: MainWindow) -> AnnotationStore:
    store = window.annotations.store
    assert store is not None
    return store


def _range(window: MainWindow, quote: str) -> tuple[int, int]:
    doc = window.current_document
    assert doc is not None
    start = doc.text.index(quote)
    return start, start + len(quote)


def _qt_range(window: MainWindow, quote: str) -> tuple[int, int]:
    pane = window.article.pane_map
    assert pane is not None
    qt = pane.qt_range(*_range(window, quote))
    assert qt is not None
    return qt


def _point(window: MainWindow, qt_pos: int) -> QPoint:
    cursor = QTextCursor(window.article.document())
    cursor.setPosition(qt_pos)
    rect = window.article.cursorRect(cursor)
    return QPoint(rect.left(), rect.center().y())


def _select_with_mouse(qtbot: QtBot, window: MainWindow, quote: str) -> None:
    a, b = _qt_range(window, quote)
    viewport = window.article.viewport()
    left = Qt.MouseButton.LeftButton
    qtbot.mousePress(viewport, left, pos=_point(window, a))
    qtbot.mouseMove(viewport, _point(window, (a + b) // 2))
    qtbot.mouseMove(viewport, _point(window, b))
    qtbot.mouseRelease(viewport, left, pos=_point(window, b))


def _select(window: MainWindow, quote: str) -> None:
    a, b = _qt_range(window, quote)
    cursor = QTextCursor(window.article.document())
    cursor.setPosition(a)
    cursor.setPosition(b, QTextCursor.MoveMode.KeepAnchor)
    window.article.setTextCursor(cursor)


def _press(qtbot: QtBot, window: MainWindow, key: str, modifiers: Qt.KeyboardModifier) -> None:
    qtbot.keyClick(window.article, key, modifiers)


def _layer_ranges(window: MainWindow) -> list[tuple[int, int]]:
    """The original ranges the "annotations" layer covers (mapped back through the pane)."""
    pane = window.article.pane_map
    assert pane is not None
    ranges = []
    for selection in window.article.layer(LAYER):
        cursor = selection.cursor  # type: ignore[attr-defined]
        found = pane.original_range(cursor.selectionStart(), cursor.selectionEnd())
        assert found is not None
        ranges.append(found)
    return ranges


def _choose_on_toolbar(qtbot: QtBot, window: MainWindow, mode: DisplayMode) -> None:
    """Switch the display mode with the toolbar: Original's button, or 繁/简's menu."""
    if window.mode is mode:
        return
    with qtbot.waitSignals([window.mode_applied, window.article_shown], timeout=20000):
        if mode is DisplayMode.ORIGINAL:
            button = window.toolbar.widgetForAction(window.toggle.actions[mode])
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        else:
            base = DisplayMode.TRADITIONAL if mode.is_traditional else DisplayMode.SIMPLIFIED
            menu = window.toggle.buttons[base].menu()
            assert menu is not None
            action = next(a for a in menu.actions() if a.data() == mode.value)
            action.trigger()
    assert window.mode is mode


def _panel_rows(window: MainWindow) -> list[tuple[str, str, str, bool]]:
    model = _ctl(window).panel.filter_model
    rows = []
    for r in range(model.rowCount()):
        index = model.index(r, 0)
        rows.append(
            (
                str(index.data()),
                str(index.data(Role.COLOUR)),
                str(index.data(Role.NOTE)),
                bool(index.data(Role.ORPHAN)),
            )
        )
    return rows


def test_mouse_selection_highlight_covers_the_same_text_in_every_script(
    qtbot: QtBot, data_dir: Path, library: Path
) -> None:
    window = _open(qtbot, data_dir, library)
    _select_with_mouse(qtbot, window, "軟體很著名")
    assert window.article.textCursor().selectedText() == "軟體很著名"
    _press(qtbot, window, "H", CTRL_SHIFT)
    stored = _store(window).anchored(window.current_document)  # type: ignore[arg-type]
    assert [a.annotation.quote.exact for a in stored] == ["軟體很著名"]
    expected = _range(window, "軟體很著名")
    assert _layer_ranges(window) == [expected]
    assert not window.article.textCursor().hasSelection()
    shown = {}
    for mode in ALL_MODES[1:] + ALL_MODES[:1]:
        _choose_on_toolbar(qtbot, window, mode)
        assert _layer_ranges(window) == [expected], mode
        pane = window.article.pane_map
        assert pane is not None
        cursor = window.article.layer(LAYER)[0].cursor  # type: ignore[attr-defined]
        d_start, d_end = pane.text.display_range(*expected)
        assert cursor.selectedText() == pane.text.display[d_start:d_end]
        shown[mode] = cursor.selectedText()
        # The panel quotes the highlight in the current script.
        assert _panel_rows(window)[0][0] == shown[mode]
    assert shown[DisplayMode.ORIGINAL] == "軟體很著名"
    assert shown[DisplayMode.MAINLAND] == "软件很著名"
    assert shown[DisplayMode.SIMPLIFIED] == "软体很著名"
    window.close()


def test_highlight_made_in_another_script_and_non_bmp_text(
    qtbot: QtBot, data_dir: Path, library: Path
) -> None:
    window = _open(qtbot, data_dir, library)
    _choose_on_toolbar(qtbot, window, DisplayMode.MAINLAND)
    # 網際網路 shows as 互联网 (3 characters for 4): select what is shown.
    a, b = _qt_range(window, "網際網路")
    assert window.article.document().toPlainText()  # laid out
    cursor = QTextCursor(window.article.document())
    cursor.setPosition(a)
    cursor.setPosition(b, QTextCursor.MoveMode.KeepAnchor)
    assert cursor.selectedText() == "互联网"
    window.article.setTextCursor(cursor)
    _press(qtbot, window, "H", CTRL_SHIFT)
    # Non-BMP characters (two UTF-16 units each) in the Taiwan display.
    _choose_on_toolbar(qtbot, window, DisplayMode.TAIWAN)
    _select(window, "𫫇字與😀")
    assert window.article.textCursor().selectedText() == "𫫇字與😀"
    _ctl(window).highlight(Colour.PINK)
    store = _store(window)
    doc = window.current_document
    assert doc is not None
    exact = sorted(a.annotation.quote.exact for a in store.anchored(doc))
    assert exact == ["網際網路", "𫫇字與😀"]
    expected = sorted([_range(window, "網際網路"), _range(window, "𫫇字與😀")])
    for mode in ALL_MODES:
        _choose_on_toolbar(qtbot, window, mode)
        assert sorted(_layer_ranges(window)) == expected, mode
    window.close()


def test_highlights_survive_theme_and_text_size_changes(
    qtbot: QtBot, data_dir: Path, library: Path
) -> None:
    window = _open(qtbot, data_dir, library)
    _select(window, "資訊科技")
    _ctl(window).highlight(Colour.BLUE)
    expected = [_range(window, "資訊科技")]
    for theme in (Theme.DARK, Theme.SEPIA, Theme.LIGHT):
        window.reading_prefs.set_theme(theme)
        assert _layer_ranges(window) == expected
        background = window.article.layer(LAYER)[0].format.background().color()  # type: ignore[attr-defined]
        assert background == highlight_colour(Colour.BLUE, theme is Theme.DARK)
        assert 0 < background.alpha() < 255  # the text shows through in every theme
    window.reading_prefs.set_point_size(window.reading_prefs.point_size + 6)
    assert _layer_ranges(window) == expected
    window.close()


def test_document_edited_on_disk_reanchors_and_shows_an_orphan(
    qtbot: QtBot, data_dir: Path, library: Path
) -> None:
    window = _open(qtbot, data_dir, library)
    _select(window, "資訊科技發展很快")
    _ctl(window).highlight(Colour.GREEN)
    _select(window, "最後一句話寫在這裡")
    _ctl(window).highlight(Colour.YELLOW)
    assert [r[3] for r in _panel_rows(window)] == [False, False]
    path = library / "post.md"
    edited = POST.replace(
        "第一段：這個軟體很著名", "第一段（已更新）：這個軟體一直都很著名"
    ).replace("<p>第三段：最後一句話寫在這裡，我們下次再見。</p>\n", "")
    assert edited != POST
    path.write_text(edited, encoding="utf-8")
    with qtbot.waitSignal(window.article_shown, timeout=20000):
        window.open_paths([library])
    assert "最後一句話" not in window.current_document.text  # type: ignore[union-attr]
    assert _layer_ranges(window) == [_range(window, "資訊科技發展很快")]
    rows = _panel_rows(window)
    assert rows[0] == ("資訊科技發展很快", "green", "", False)
    assert rows[1] == ("最後一句話寫在這裡", "yellow", "", True)  # the orphan, last, marked
    panel = _ctl(window).panel
    assert "1 not found" in panel.title.text()
    orphan_id = panel.visible_ids()[1]
    assert _ctl(window).go_to(orphan_id) is False
    assert "not in the current version" in window.statusBar().currentMessage()
    window.close()


def test_note_is_added_edited_and_undone(
    qtbot: QtBot, data_dir: Path, library: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _open(qtbot, data_dir, library)
    answers = ["值得記住", "改過的筆記"]
    asked: list[tuple[str, str]] = []

    def fake_ask(parent: object, quote: str, note: str = "") -> str:
        asked.append((quote, note))
        return answers.pop(0)

    monkeypatch.setattr(annotation_dialogs, "ask_note", fake_ask)
    _choose_on_toolbar(qtbot, window, DisplayMode.SIMPLIFIED)
    _select(window, "乾隆也在網際網路上用過")
    _press(qtbot, window, "M", CTRL_SHIFT)
    store = _store(window)
    doc = window.current_document
    assert doc is not None
    (first,) = store.anchored(doc)
    assert first.annotation.note == "值得記住"
    assert asked[0][1] == "" and asked[0][0].startswith("乾隆也在")  # shown in Simplified
    # Ctrl+Shift+M inside an existing highlight edits its note.
    a, _ = _qt_range(window, "乾隆也在網際網路上用過")
    cursor = QTextCursor(window.article.document())
    cursor.setPosition(a + 2)
    window.article.setTextCursor(cursor)
    _press(qtbot, window, "M", CTRL_SHIFT)
    assert asked[1][1] == "值得記住"
    assert store.get(first.annotation.id).note == "改過的筆記"  # type: ignore[union-attr]
    assert _panel_rows(window)[0][2] == "改過的筆記"
    _press(qtbot, window, "Z", Qt.KeyboardModifier.ControlModifier)
    assert store.get(first.annotation.id).note == "值得記住"  # type: ignore[union-attr]
    _press(qtbot, window, "Z", CTRL_SHIFT)  # redo
    assert store.get(first.annotation.id).note == "改過的筆記"  # type: ignore[union-attr]
    window.close()


def test_note_dialog(qtbot: QtBot) -> None:
    dialog = NoteDialog("一段很長的引文" * 30, "舊的")
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Edit Note"
    assert dialog.quote.text().endswith("…」")
    dialog.editor.clear()
    qtbot.keyClicks(dialog.editor, "  new note  ")
    assert dialog.note() == "new note"


def test_context_menu_changes_colour_and_deletes_with_undo(
    qtbot: QtBot, data_dir: Path, library: Path
) -> None:
    window = _open(qtbot, data_dir, library)
    ctl = _ctl(window)
    _select(window, "人們每天都在使用軟體")
    menu = ctl.context_menu(_point(window, _qt_range(window, "人們每天")[1]))
    highlight_menu = menu.findChild(QMenu, "highlightMenu")
    assert highlight_menu is not None and highlight_menu.menuAction().isEnabled()
    next(a for a in highlight_menu.actions() if a.text() == "Purple").trigger()
    store = _store(window)
    doc = window.current_document
    assert doc is not None
    (placed,) = store.anchored(doc)
    ann_id = placed.annotation.id
    assert placed.annotation.colour is Colour.PURPLE
    assert ctl.colour is Colour.PURPLE  # remembered for Ctrl+Shift+H
    # Right-click on the highlight: change its colour.
    at = _point(window, _qt_range(window, "每天")[0] + 1)
    menu = ctl.context_menu(at)
    change = menu.findChild(QMenu, "changeColourMenu")
    assert change is not None and change.menuAction().isEnabled()
    assert next(a for a in change.actions() if a.isChecked()).text() == "Purple"
    next(a for a in change.actions() if a.text() == "Green").trigger()
    assert store.get(ann_id).colour is Colour.GREEN  # type: ignore[union-attr]
    background = window.article.layer(LAYER)[0].format.background().color()  # type: ignore[attr-defined]
    assert background == highlight_colour(Colour.GREEN, False)
    assert _panel_rows(window)[0][1] == "green"
    # Delete, then Ctrl+Z brings it back as it was; Ctrl+Shift+Z deletes it again.
    menu = ctl.context_menu(at)
    delete = next(a for a in menu.actions() if a.objectName() == "deleteAction")
    assert delete.isEnabled()
    delete.trigger()
    assert store.get(ann_id) is None
    assert window.article.layer(LAYER) == [] and _panel_rows(window) == []
    _press(qtbot, window, "Z", Qt.KeyboardModifier.ControlModifier)
    restored = store.get(ann_id)
    assert restored is not None and restored.colour is Colour.GREEN
    assert _layer_ranges(window) == [_range(window, "人們每天都在使用軟體")]
    _press(qtbot, window, "Z", CTRL_SHIFT)
    assert store.get(ann_id) is None
    _press(qtbot, window, "Z", Qt.KeyboardModifier.ControlModifier)
    _press(qtbot, window, "Z", Qt.KeyboardModifier.ControlModifier)  # undo the colour change
    assert store.get(ann_id).colour is Colour.PURPLE  # type: ignore[union-attr]
    # Away from any highlight, nothing to change or delete.
    menu = ctl.context_menu(_point(window, _qt_range(window, "第三段")[0]))
    change = menu.findChild(QMenu, "changeColourMenu")
    assert change is not None and not change.menuAction().isEnabled()
    assert not next(a for a in menu.actions() if a.objectName() == "deleteAction").isEnabled()
    window.close()


# Popups on the offscreen platform warn that they cannot raise or grab the keyboard.
@pytest.mark.qt_log_ignore("This plugin does not support")
def test_a_real_right_click_opens_the_menu(qtbot: QtBot, data_dir: Path, library: Path) -> None:
    window = _open(qtbot, data_dir, library)
    viewport = window.article.viewport()
    pos = _point(window, _qt_range(window, "第二段")[0])
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, pos, viewport.mapToGlobal(pos), Qt.KeyboardModifier(0)
    )
    QApplication.sendEvent(viewport, event)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu), timeout=3000)
    popup = QApplication.activePopupWidget()
    assert popup is not None and popup.objectName() == "articleContextMenu"
    texts = [a.text() for a in popup.actions()]
    assert "&Delete Highlight" in texts and "Add &Note…" in texts
    popup.close()
    window.close()


def test_floating_toolbar_follows_the_selection(
    qtbot: QtBot, data_dir: Path, library: Path
) -> None:
    window = _open(qtbot, data_dir, library)
    toolbar = _ctl(window).toolbar
    assert not toolbar.isVisible()
    _select_with_mouse(qtbot, window, "另一個句子")
    qtbot.waitUntil(toolbar.isVisible, timeout=3000)
    # It sits near the selection, inside the pane.
    a, _ = _qt_range(window, "另一個句子")
    near = window.article.viewport().mapTo(window.article, _point(window, a))
    assert abs(toolbar.geometry().center().y() - near.y()) < 120
    assert window.article.rect().contains(toolbar.geometry())
    qtbot.mouseClick(toolbar.buttons[Colour.GREEN], Qt.MouseButton.LeftButton)
    doc = window.current_document
    assert doc is not None
    (placed,) = _store(window).anchored(doc)
    assert (placed.annotation.quote.exact, placed.annotation.colour) == ("另一個句子", Colour.GREEN)
    assert not toolbar.isVisible()
    # Clearing a selection hides it.
    _select(window, "最後一句話")
    qtbot.waitUntil(toolbar.isVisible, timeout=3000)
    cursor = window.article.textCursor()
    cursor.clearSelection()
    window.article.setTextCursor(cursor)
    assert not toolbar.isVisible()
    window.close()


def test_panel_click_scrolls_and_flashes_and_filters(
    qtbot: QtBot, data_dir: Path, library: Path
) -> None:
    window = _open(qtbot, data_dir, library)
    ctl = _ctl(window)
    for quote, colour in (
        ("第三段", Colour.BLUE),
        ("第一段", Colour.YELLOW),
        ("第二段", Colour.BLUE),
    ):
        _select(window, quote)
        ctl.highlight(colour)
    panel = ctl.panel
    assert [r[0] for r in _panel_rows(window)] == ["第一段", "第二段", "第三段"]  # reading order
    assert panel.title.text() == "Annotations (3)"
    view = panel.list_view
    index = panel.index_of(panel.visible_ids()[2])
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
    )
    flash = window.article.layer(FLASH_LAYER)
    assert len(flash) == 1
    cursor = flash[0].cursor  # type: ignore[attr-defined]
    assert (cursor.selectionStart(), cursor.selectionEnd()) == _qt_range(window, "第三段")
    qtbot.waitUntil(lambda: not window.article.layer(FLASH_LAYER), timeout=3000)
    panel.set_colour_filter(Colour.BLUE)
    assert [r[0] for r in _panel_rows(window)] == ["第二段", "第三段"]
    panel.set_colour_filter(None)
    assert len(_panel_rows(window)) == 3
    window.close()


def test_panel_toggle_is_remembered(qtbot: QtBot, data_dir: Path, library: Path) -> None:
    window = _open(qtbot, data_dir, library)
    ctl = _ctl(window)
    assert ctl.panel.isVisible() and ctl.panel_action.isChecked()
    ctl.panel_action.trigger()
    assert not ctl.panel.isVisible()
    window.close()
    again = _open(qtbot, data_dir, library)
    assert not _ctl(again).panel.isVisible() and not _ctl(again).panel_action.isChecked()
    _ctl(again).panel_action.trigger()
    assert _ctl(again).panel.isVisible() and _ctl(again).panel.width() > 50
    again.close()


def test_export_import_round_trip_through_the_menus(
    qtbot: QtBot,
    data_dir: Path,
    library: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = _open(qtbot, data_dir, library)
    ctl = _ctl(window)
    _select(window, "𫫇字與😀")
    ctl.highlight(Colour.PINK)
    monkeypatch.setattr(annotation_dialogs, "ask_note", lambda *a: "筆記 with note")
    _select(window, "資訊科技發展很快")
    ctl.add_note()
    before = _panel_rows(window)
    before_ranges = _layer_ranges(window)
    # W3C JSON-LD of this document.
    out = tmp_path / "out.jsonld"
    monkeypatch.setattr(
        annotation_dialogs,
        "ask_export_choice",
        lambda *a: ExportChoice(ExportFormat.W3C, ExportScope.DOCUMENT),
    )
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    ctl.export_action.trigger()
    data = json.loads(out.read_text("utf-8"))
    assert data["type"] == "AnnotationCollection" and data["total"] == 2
    # Markdown of the whole library, in the current display script (mainland phrasing).
    _choose_on_toolbar(qtbot, window, DisplayMode.MAINLAND)
    md = tmp_path / "out.md"
    monkeypatch.setattr(
        annotation_dialogs,
        "ask_export_choice",
        lambda *a: ExportChoice(ExportFormat.MARKDOWN, ExportScope.LIBRARY),
    )
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(md), ""))
    ctl.export_action.trigger()
    text = md.read_text("utf-8")
    assert "## 软件与互联网" in text and "> 信息技术发展很快" in text and "筆記 with note" in text
    assert "Exported 2 annotations" in window.statusBar().currentMessage()
    window.close()

    # Another data folder: import brings the same highlights back, at the same places.
    other = _open(qtbot, tmp_path / "data2", library)
    _choose_on_toolbar(qtbot, other, DisplayMode.ORIGINAL)
    assert _panel_rows(other) == []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(out), ""))
    _ctl(other).import_action.trigger()
    assert _panel_rows(other) == before
    assert _layer_ranges(other) == before_ranges
    assert "2 added" in other.statusBar().currentMessage()
    _ctl(other).import_action.trigger()  # twice: nothing new
    assert "0 added" in other.statusBar().currentMessage()
    assert len(_panel_rows(other)) == 2
    # A file that is not an annotation export: a clear message, nothing changes.
    bad = tmp_path / "bad.json"
    bad.write_text('{"hello": 1}', encoding="utf-8")
    warnings: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    monkeypatch.setattr(transfer_module, "warn", lambda parent, title, msg: warnings.append(msg))
    _ctl(other).import_action.trigger()
    assert warnings and "bad.json" in warnings[0]
    assert len(_panel_rows(other)) == 2
    other.close()


def test_export_dialog_choices(qtbot: QtBot) -> None:
    dialog = annotation_dialogs.ExportDialog(False, "Simplified")
    qtbot.addWidget(dialog)
    # Without a document only the library can be exported.
    assert dialog.choice() == ExportChoice(ExportFormat.MARKDOWN, ExportScope.LIBRARY)
    assert not dialog.document.isEnabled()
    dialog.w3c.setChecked(True)
    assert dialog.choice().format is ExportFormat.W3C
    assert "Simplified" in dialog.markdown.text()


def test_damaged_annotation_database_leaves_the_window_working(
    qtbot: QtBot, data_dir: Path, library: Path
) -> None:
    (data_dir / "annotations.sqlite3").write_bytes(b"this is not a database" * 100)
    window = _open(qtbot, data_dir, library)
    ctl = _ctl(window)
    assert ctl.store is None
    assert not ctl.highlight_action.isEnabled()
    assert "Annotations are unavailable" in window.statusBar().currentMessage()
    _select(window, "第二段")
    assert ctl.highlight() is None
    assert "第二段" in window.article.toPlainText()
    window.close()


def test_splitter_sizes_saved_without_the_panel_give_it_room(
    qtbot: QtBot, data_dir: Path, library: Path
) -> None:
    old = QSplitter()
    old.addWidget(QWidget())
    old.addWidget(QWidget())
    old.setSizes([300, 900])
    settings = QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("window/splitter", old.saveState())
    settings.sync()
    old.deleteLater()
    window = _open(qtbot, data_dir, library)
    assert _ctl(window).panel.width() > 80
    window.close()


def test_panel_click_scrolls_a_long_document_to_the_highlight(
    qtbot: QtBot, data_dir: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "long"
    folder.mkdir()
    body = "\n".join(
        f"<p>第{i}段：這是一段很長的文字，用來讓文章需要捲動才能看到後面。</p>" for i in range(120)
    )
    (folder / "long.md").write_text(f"---\ntitle: 長文\n---\n\n{body}\n", encoding="utf-8")
    window = _open(qtbot, data_dir, folder)
    _select(window, "第118段")
    _ctl(window).highlight()
    bar = window.article.verticalScrollBar()
    bar.setValue(0)
    panel = _ctl(window).panel
    view = panel.list_view
    index = panel.index_of(panel.visible_ids()[0])
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
    )
    assert bar.value() > 0
    cursor = QTextCursor(window.article.document())
    cursor.setPosition(_qt_range(window, "第118段")[0])
    assert window.article.viewport().rect().contains(window.article.cursorRect(cursor))
    assert len(window.article.layer(FLASH_LAYER)) == 1
    window.close()


def test_highlighting_a_highlight_again_recolours_it(
    qtbot: QtBot, data_dir: Path, library: Path
) -> None:
    window = _open(qtbot, data_dir, library)
    ctl = _ctl(window)
    _select(window, "第二段")
    first = ctl.highlight(Colour.YELLOW)
    _select(window, "第二段")
    again = ctl.highlight(Colour.BLUE)
    assert first is not None and again is not None and again.id == first.id
    assert again.colour is Colour.BLUE
    assert len(_panel_rows(window)) == 1
    _press(qtbot, window, "Z", Qt.KeyboardModifier.ControlModifier)
    assert _store(window).get(first.id).colour is Colour.YELLOW  # type: ignore[union-attr]
    window.close()


def test_document_list_shows_the_annotation_count(
    qtbot: QtBot, data_dir: Path, library: Path
) -> None:
    from reader.ui.library.roles import Role

    window = _open(qtbot, data_dir, library)
    row = window.list_view.model().index(0, 0)
    assert row.data(Role.ANNOTATION_COUNT) == 0
    _select(window, "資訊科技發展很快")
    _ctl(window).highlight(Colour.GREEN)
    _select(window, "最後一句話寫在這裡")
    _ctl(window).highlight(Colour.YELLOW)
    assert row.data(Role.ANNOTATION_COUNT) == 2
    window.close()
    again = _open(qtbot, data_dir, library)  # the count is there on the next start too
    qtbot.waitUntil(
        lambda: again.list_view.model().index(0, 0).data(Role.ANNOTATION_COUNT) == 2, timeout=5000
    )
    again.close()
