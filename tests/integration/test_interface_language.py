"""The window in 繁體中文 and 简体中文: every menu, action, tool tip, button, placeholder,
label and dialog is translated (names such as OpenCC excepted), Qt's own buttons too."""

from __future__ import annotations

import html
import json
import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from reader.ui.annotations import transfer as transfer_module
from reader.ui.annotations.dialogs import ExportDialog, NoteDialog
from reader.ui.annotations.menus import context_menu
from reader.ui.language import Language
from reader.ui.library.roles import Role
from reader.ui.main_window import MainWindow
from reader.ui.script import rules_dialog as rules_dialog_module
from reader.ui.script.rules_dialog import RulesDialog
from tests.ui.translated import translated

# Names and notations that stay as they are in every language.
ALLOWED = (
    "OpenCC",
    "W3C Web Annotation JSON-LD",
    "JSON-LD",
    "W3C Web Annotation",
    "AnnotationCollection",  # W3C type names, as an import file has them
    '"Annotation"',
    "TextQuoteSelector",
    "TextPositionSelector",
    "UTF-8",
    "JSON",  # a format's name, in import problems ("not a JSON object")
    "Markdown",
    "PDF",
    "English",
    "Ctrl+Shift+H",
    "Ctrl+Shift+M",
    "Ctrl+K",
    "Ctrl+Z",
    "Shift+F3",
    "F3",
    "Esc",
    "YYYY-MM-DD",
    "Debian/Ubuntu",
    "sudo apt install fonts-noto-cjk",
    "*.jsonld",
    "*.json",
    "*.md",
    "Ctrl+Shift+A",
    "Ctrl+Shift+P",
    "Ctrl+Shift+L",
    "Shift",  # a key's name (Shift+arrows), after the shortcuts that contain it
)
LATIN_WORD = re.compile(r"[A-Za-z]{2,}")


def english_left(text: str) -> list[str]:
    """The Latin words of ``text`` once names and shortcut markers are taken out."""
    text = re.sub(r"\(&\w\)|&", "", text.split("\t")[0])  # a menu entry's "\tCtrl+C" is a key
    for name in ALLOWED:
        text = text.replace(name, "")
    return LATIN_WORD.findall(text)


def texts_of(widget: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for everything a user can read in ``widget`` and its children."""
    yield "window title", widget.windowTitle()
    for action in widget.findChildren(QAction):
        yield "action", action.text()
        yield "tool tip", action.toolTip()
    for menu in widget.findChildren(QMenu):
        yield "menu", menu.title()
    for label in widget.findChildren(QLabel):
        yield "label", label.text()
    for button in widget.findChildren(QAbstractButton):
        yield "button", button.text()
        yield "tool tip", button.toolTip()
    for edit in widget.findChildren(QLineEdit):
        yield "placeholder", edit.placeholderText()
        yield "tool tip", edit.toolTip()
    for edit in widget.findChildren(QPlainTextEdit):
        yield "placeholder", edit.placeholderText()
    for box in widget.findChildren(QComboBox):
        yield "tool tip", box.toolTip()
        for i in range(box.count()):
            if box.itemData(i) in (None, "") or box.objectName() in ("sortBox", "readBox"):
                yield "choice", box.itemText(i)
    for group in widget.findChildren(QGroupBox):
        yield "group", group.title()


def untranslated(widget: QWidget) -> list[tuple[str, str]]:
    return [(where, text) for where, text in texts_of(widget) if english_left(text)]


@pytest.fixture(params=["zh_TW", "zh_CN"])
def language(request: pytest.FixtureRequest) -> Iterator[Language]:
    with translated(request.param) as chosen:
        yield chosen


# The offscreen platform cannot raise the (non-modal) Reading Settings dialog.
@pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")
def test_the_whole_window_is_translated(qtbot: QtBot, data_dir: Path, language: Language) -> None:
    window = MainWindow(data_dir, language=language)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.article_shown, timeout=20000):
        window.show()
    try:
        assert len([text for _, text in texts_of(window) if text]) > 100
        assert untranslated(window) == []
        menus = [a.text() for a in window.menuBar().actions()]
        expected = {
            Language.TRADITIONAL: [
                "檔案(&F)",
                "編輯(&E)",
                "檢視(&V)",
                "文庫(&L)",
                "前往(&G)",
                "說明(&H)",
            ],
            Language.SIMPLIFIED: [
                "文件(&F)",
                "编辑(&E)",
                "视图(&V)",
                "文库(&L)",
                "转到(&G)",
                "帮助(&H)",
            ],
        }[language]
        assert menus == expected
        assert "同文" in window.windowTitle()
        # The article pane's context menu: ours and Qt's own entries (Copy, Select All).
        menu = context_menu(window.annotations, QPoint(5, 5))
        assert untranslated(menu) == []
        assert [where for where, text in texts_of(menu) if text]
        # The Reading Settings dialog, with Qt's own Restore Defaults and Close buttons.
        window.reading_settings.open()
        dialog = window.reading_settings.dialog
        assert dialog is not None
        assert untranslated(dialog) == []
        assert not english_left(dialog.windowTitle())
        dialog.close()
    finally:
        window.close()


def test_dialogs_and_qt_buttons_are_translated(qtbot: QtBot, language: Language) -> None:
    note = NoteDialog("一段引文", "")
    export = ExportDialog(True, "繁體")
    for dialog in (note, export):
        qtbot.addWidget(dialog)
        assert untranslated(dialog) == []
        for box in dialog.findChildren(QDialogButtonBox):
            for button in box.buttons():
                assert not english_left(button.text()), button.text()
    save = note.findChild(QDialogButtonBox)
    assert save is not None
    words = {b.text() for b in save.buttons()}
    assert words == ({"儲存", "取消"} if language is Language.TRADITIONAL else {"保存", "取消"})


def test_the_english_window_is_english(qtbot: QtBot, data_dir: Path) -> None:
    """The check itself finds English: without catalogues the window fails it."""
    window = MainWindow(data_dir, language=Language.ENGLISH)
    qtbot.addWidget(window)
    try:
        assert ("menu", "&File") in untranslated(window)
        assert [a.text() for a in window.menuBar().actions()] == [
            "&File",
            "&Edit",
            "&View",
            "&Library",
            "&Go",
            "&Help",
        ]
    finally:
        window.close()


def test_the_articles_own_words_are_translated(
    qtbot: QtBot, data_dir: Path, tmp_path: Path, language: Language
) -> None:
    post = tmp_path / "posts" / "2020-10-26-embed.md"
    post.parent.mkdir()
    post.write_text(
        "---\ntitle: 嵌入測試\ndate: 2020-10-26\n---\n"
        '<p>正文。</p><img src="https://img.example/a.jpg" alt="圖說">'
        '<iframe src="https://www.youtube.com/embed/P-buu3nBhAo" title="影片標題"></iframe>'
        "<blockquote class='twitter-tweet'>"
        "<a href='https://twitter.com/SecPompeo/status/1319696375160909825'></a></blockquote>",
        encoding="utf-8",
    )
    window = MainWindow(data_dir, [post.parent], language=language)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.article_shown, timeout=20000):
        window.show()
    try:
        text = window.article.toPlainText()
        expected = {
            Language.TRADITIONAL: (
                "2020年10月26日",
                "圖片未下載",
                "YouTube 影片：影片標題",
                "貼文",
            ),
            Language.SIMPLIFIED: ("2020年10月26日", "图片未下载", "YouTube 视频：影片標題", "帖子"),
        }[language]
        for words in expected:
            assert words in text
        assert not {"Image", "video", "post"} & set(english_left(text))
    finally:
        window.close()


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_why_a_file_cannot_be_read_is_said_in_the_interface_language(
    qtbot: QtBot, data_dir: Path, tmp_path: Path, language: Language
) -> None:
    """The model gives reason codes; the list, its tool tips and the error page word them."""
    folder = tmp_path / "lib"
    folder.mkdir()
    (folder / "empty.md").write_bytes(b"")
    (folder / "blank.md").write_text("  \n\n", encoding="utf-8")
    (folder / "binary.md").write_bytes(bytes(range(256)) * 8)
    outside = tmp_path / "secret.md"
    outside.write_text("---\ntitle: 外面\n---\n<p>外面。</p>", encoding="utf-8")
    (folder / "link.md").symlink_to(outside)
    # No title anywhere, not even in the file name (a date alone): "Untitled".
    (folder / "2020-10-26.md").write_text("<!-- -->\n<p></p><hr>", encoding="utf-8")
    window = MainWindow(data_dir, [folder], language=language)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.library_loaded, timeout=20000) as loaded:
        pass
    try:
        assert loaded.args == [5]
        seen: list[str] = []
        for row in range(window.sorted_model.rowCount()):
            index = window.sorted_model.index(row, 0)
            name = Path(str(index.data(Role.PATH))).name
            reason = index.data(Role.ERROR)
            tip = html.unescape(
                re.sub(r"<[^>]*>", "", str(index.data(Qt.ItemDataRole.ToolTipRole)))
            )
            title = str(index.data(Qt.ItemDataRole.DisplayRole))
            with qtbot.waitSignal(window.article_shown, timeout=20000):
                window.list_view.setCurrentIndex(index)
            page = window.article.toPlainText().replace(str(folder), "").replace(name, "")
            seen.append(page)
            shown = (reason or "", tip.replace(str(folder), "").replace(name, ""), page)
            for text in (*shown, window.windowTitle().replace(name, "")):
                assert not english_left(text), (name, text)
            if name != "2020-10-26.md":
                assert reason, name
            else:
                assert title == ("無標題" if language is Language.TRADITIONAL else "无标题")
        words = {
            Language.TRADITIONAL: ("檔案是空的（0 位元組）", "檔案是空的", "二進位", "資料夾以外"),
            Language.SIMPLIFIED: ("文件是空的（0 字节）", "文件是空的", "二进制", "文件夹以外"),
        }[language]
        for word in words:
            assert any(word in page for page in seen), word
    finally:
        window.close()


def test_the_help_and_the_annotation_browser_are_translated(
    qtbot: QtBot, data_dir: Path, language: Language
) -> None:
    window = MainWindow(data_dir, language=language)
    qtbot.addWidget(window)
    try:
        for show in (window.help_menu.show_shortcuts, window.help_menu.show_guide):
            dialog = show()
            assert untranslated(dialog) == []
            assert not english_left(dialog.windowTitle()), dialog.windowTitle()
        about = window.help_menu.about_text()
        assert ("同文閱讀器" if language is Language.TRADITIONAL else "同文阅读器") in about
        window.notebook.show()
        assert untranslated(window.notebook) == []
        assert not english_left(window.notebook.windowTitle())
    finally:
        window.close()


def test_a_storage_notice_is_said_in_the_interface_language(
    qtbot: QtBot, data_dir: Path, language: Language
) -> None:
    """An annotation database from a newer reader: the notice is worded by the window."""
    db = sqlite3.connect(data_dir / "annotations.sqlite3")
    db.execute("PRAGMA user_version = 99")
    db.close()
    window = MainWindow(data_dir, language=language)
    qtbot.addWidget(window)
    try:
        notices = [label.text() for label in window.findChildren(QLabel) if "99" in label.text()]
        assert notices, "no notice names the database's version"
        for text in notices:
            assert not english_left(text), text
        assert untranslated(window) == []
    finally:
        window.close()


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_why_an_import_fails_is_said_in_the_interface_language(
    qtbot: QtBot,
    data_dir: Path,
    tmp_path: Path,
    language: Language,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Bad annotation and rules files: the model gives reason codes with their numbers, the
    window words them, the "nothing was imported: …; … (and N more)" summary included."""
    (data_dir / "conversion-rules.json").write_text("{damaged", encoding="utf-8")
    window = MainWindow(data_dir, language=language)
    qtbot.addWidget(window)
    warnings: list[str] = []
    monkeypatch.setattr(transfer_module, "warn", lambda parent, title, text: warnings.append(text))
    monkeypatch.setattr(
        rules_dialog_module, "warn", lambda parent, title, text: warnings.append(text)
    )
    try:
        # The data folder's rules file cannot be read: the notice bar says why.
        notice = window.notice.text()
        assert "JSON" in notice and "1" in notice
        assert not english_left(notice), notice
        # Annotation files: seven unusable items (five named, "2 more"), a file that is not
        # JSON, one that is not W3C, one with the same id twice, one that is not UTF-8.
        source = {"source": "https://example.org/a", "selector": []}
        quote = {"type": "TextQuoteSelector", "exact": "引文"}
        item = {"type": "Annotation", "id": "urn:uuid:7d7d6c9e-35cb-4e44-a11e-2b0ea1a4d2d8"}
        bad = [
            3,
            {"type": "Note"},
            {**item, "id": ""},
            {**item, "target": []},
            {**item, "target": {**source, "selector": [3]}},
            {**item, "target": {**source, "selector": [quote]}, "created": "昨天"},
            {**item, "target": {**source, "selector": [quote]}, "body": ["\ud800"]},
        ]
        files = {
            "項目.jsonld": json.dumps(bad),
            "壞的.jsonld": "{壞",
            "其他.jsonld": json.dumps({"type": "Something"}),
            "重複.jsonld": json.dumps([{**item, "target": {**source, "selector": [quote]}}] * 2),
        }
        for name, text in files.items():
            (tmp_path / name).write_text(text, encoding="utf-8")
        (tmp_path / "編碼.jsonld").write_bytes(b"\xff\xfe\x00[")
        for name in (*files, "編碼.jsonld"):
            chosen = str(tmp_path / name)
            monkeypatch.setattr(
                QFileDialog,  # imported by the import action when it runs
                "getOpenFileName",
                lambda *args, chosen=chosen: (chosen, ""),
            )
            window.annotations.import_action.trigger()
        assert len(warnings) == 5
        items = warnings[0]
        number = "項" if language is Language.TRADITIONAL else "项"
        assert [f"第 {n} {number}" in items for n in range(1, 8)] == [True] * 5 + [False] * 2
        assert f"（另有 2 {number}）" in items
        assert items.count("；") == 4
        # The rules dialog: a file whose third rule is unusable.
        window.script_options.rules_action.trigger()
        dialog = window.findChild(RulesDialog, "rulesDialog")
        assert isinstance(dialog, RulesDialog)
        rules = tmp_path / "規則.json"
        rules.write_text(
            json.dumps(
                {
                    "format": "tongwen-reader/conversion-rules",
                    "version": 1,
                    "rules": [{"original": "软件"}, {"original": "乾隆"}, {"original": "a\u0007"}],
                }
            ),
            encoding="utf-8",
        )
        assert not dialog.import_file(rules)
        assert "3" in warnings[-1]
        dialog.close()
        assert len(warnings) == 6
        for text in warnings:
            for name in (str(tmp_path), *files, "編碼.jsonld", rules.name):
                text = text.replace(name, "")
            assert not english_left(text), text
    finally:
        window.close()
