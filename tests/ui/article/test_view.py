"""The article pane: nothing fetched or read outside the document's folder, links ask first,
reading positions come back, reading preferences restyle it."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QUrl
from PySide6.QtGui import QDesktopServices, QImage, QPalette, QTextDocument
from PySide6.QtNetwork import QNetworkAccessManager
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from reader.model.article.positions import ReadingPositions
from reader.model.article.render import document_html
from reader.model.document.parser import parse_text
from reader.ui.article import view as view_module
from reader.ui.article.reading_prefs import ReadingPrefs, Theme
from reader.ui.article.view import ArticleView
from tests.hostile.fixtures import png

PNG_SMALL = png(12, 10)


HOSTILE = f"""---
title: 惡意文件
---
<p>正文開始。</p>
<img src="http://evil.example/track.png" alt="遠端圖片">
<img src="https://evil.example/a.jpg" onerror="fetch('http://evil.example/x')">
<img src="file:///etc/passwd" alt="passwd">
<img src="../outside.png" alt="外面">
<img src="/etc/hostname">
<img src="inside.png" alt="裡面">
<img src="data:image/png;base64,{base64.b64encode(PNG_SMALL).decode()}" alt="內嵌">
<script>document.location = "http://evil.example/"</script>
<iframe src="http://evil.example/frame"></iframe>
<link rel="stylesheet" href="http://evil.example/s.css">
<style>@import url("http://evil.example/i.css");
body {{ background: url(file:///etc/passwd) }}</style>
<p><a href="javascript:alert(1)">點我</a> <a href="file:///etc/passwd">檔案</a>
<a href="https://ok.example/page">好連結</a></p>
<video src="http://evil.example/v.mp4" poster="http://evil.example/p.jpg"></video>
<p style="background-image: url(http://evil.example/bg.png)">結尾。</p>
"""

RAW_HOSTILE_HTML = (
    '<img src="http://evil.example/raw.png"><img src="file:///etc/passwd">'
    '<p style="background-image: url(http://evil.example/bg.png)">x</p>'
    '<table background="http://evil.example/t.png"><tr><td>t</td></tr></table>'
    '<link rel="stylesheet" href="http://evil.example/s.css">'
)


@pytest.fixture
def view(qtbot: QtBot) -> ArticleView:
    widget = ArticleView()
    widget.confirm_links = True
    widget.resize(700, 500)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _image_names(doc: QTextDocument) -> list[str]:
    names: list[str] = []
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            if fmt.isImageFormat():
                names.append(fmt.toImageFormat().name())
            it += 1
        block = block.next()
    return names


def test_hostile_document_fetches_nothing_and_reads_only_its_folder(
    view: ArticleView, tmp_path: Path, no_network: list[object], qtbot: QtBot
) -> None:
    folder = tmp_path / "doc"
    folder.mkdir()
    (folder / "inside.png").write_bytes(PNG_SMALL)
    (tmp_path / "outside.png").write_bytes(PNG_SMALL)
    doc = parse_text(HOSTILE, folder / "hostile.md")
    html = document_html(doc)
    view.show_html(html, folder, key=str(folder / "hostile.md"))
    view.repaint()
    qtbot.wait(50)

    assert no_network == []
    requested = view.requested_resources
    # Only the two safe images were asked for at all: the sanitizer rewrote the rest.
    assert requested, "the safe images should have been loaded"
    for name in requested:
        assert name.startswith("data:image/") or name == (folder / "inside.png").as_uri()
    names = sorted(set(_image_names(view.document())), key=len)
    assert len(names) == 2
    assert names[0] == (folder / "inside.png").as_uri()
    assert names[1].startswith("data:image/png;base64,")
    text = view.toPlainText()
    assert "root:" not in text
    assert "document.location" not in text and "@import" not in text
    assert "正文開始。" in text and "結尾。" in text
    assert "遠端圖片" in text  # the placeholder keeps the alt text
    # No network machinery exists anywhere in the application.
    app = QApplication.instance()
    assert app is not None
    assert app.findChildren(QNetworkAccessManager) == []
    assert view.findChildren(QNetworkAccessManager) == []


def test_resource_guard_refuses_everything_outside_the_folder(
    view: ArticleView, tmp_path: Path, no_network: list[object], qtbot: QtBot
) -> None:
    # Raw HTML that never went through the sanitizer: the pane itself must still refuse.
    (tmp_path / "inside.png").write_bytes(PNG_SMALL)
    view.show_html(RAW_HOSTILE_HTML + '<img src="inside.png">', tmp_path)
    view.repaint()
    qtbot.wait(50)
    assert no_network == []
    asked = set(view.requested_resources)
    assert "http://evil.example/raw.png" in asked
    assert "file:///etc/passwd" in asked
    for name in ("http://evil.example/raw.png", "file:///etc/passwd", "/etc/passwd",
                 "https://evil.example/x.png", (tmp_path.parent / "x.png").as_uri()):  # fmt: skip
        refused = view.document().loadResource(
            QTextDocument.ResourceType.ImageResource.value, QUrl(name)
        )
        assert isinstance(refused, QImage) and refused.width() == 1
    inside = view.loadResource(
        QTextDocument.ResourceType.ImageResource.value, QUrl((tmp_path / "inside.png").as_uri())
    )
    assert inside is not None


def test_data_images_are_decoded_and_bad_ones_refused(view: ArticleView) -> None:
    kind = QTextDocument.ResourceType.ImageResource.value
    good = "data:image/png;base64," + base64.b64encode(PNG_SMALL).decode()
    image = view.loadResource(kind, QUrl(good))
    assert isinstance(image, QImage) and image.width() == 12
    for bad in ("data:image/png;base64,AAAA", "data:text/html,<script>x</script>",
                "data:image/svg+xml,<svg onload='x'/>"):  # fmt: skip
        refused = view.document().loadResource(kind, QUrl(bad))  # as Qt asks for it
        assert isinstance(refused, QImage) and refused.size().width() == 1


@pytest.mark.parametrize(
    ("url", "answer", "opened"),
    [
        ("https://ok.example/page", QMessageBox.StandardButton.Yes, True),
        ("https://ok.example/page", QMessageBox.StandardButton.No, False),
        ("javascript:alert(1)", QMessageBox.StandardButton.Yes, False),
        ("file:///etc/passwd", QMessageBox.StandardButton.Yes, False),
    ],
)
def test_links_ask_then_open_the_system_browser(
    view: ArticleView,
    monkeypatch: pytest.MonkeyPatch,
    url: str,
    answer: QMessageBox.StandardButton,
    opened: bool,
) -> None:
    asked: list[str] = []
    launched: list[QUrl] = []

    def question(parent: object, title: str, text: str) -> bool:
        asked.append(text)
        return answer == QMessageBox.StandardButton.Yes

    monkeypatch.setattr(view_module, "ask", question)
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda u: launched.append(u) or True)
    view.show_html('<p><a href="https://ok.example/page">x</a></p>', None)
    view.anchorClicked.emit(QUrl(url))
    assert [u.toString() for u in launched] == ([url] if opened else [])
    assert bool(asked) == url.startswith("https")
    assert "<p>" in view.toHtml() or "x" in view.toPlainText()  # never navigated away
    assert view.source().isEmpty()


LONG = "".join(f'<p align="justify">第{i}段。' + "很長的文字。" * 40 + "</p>" for i in range(80))


def test_reading_position_is_restored_per_document(
    view: ArticleView, tmp_path: Path, qtbot: QtBot
) -> None:
    store = ReadingPositions(tmp_path / "positions.sqlite3")
    view.set_position_store(store)
    view.show_html(LONG, tmp_path, key="/a.md")
    bar = view.verticalScrollBar()
    assert bar.maximum() > 1000
    bar.setValue(bar.maximum() // 2)
    place = view.current_position()
    assert place.offset > 0
    view.show_html(LONG.replace("段", "節"), tmp_path, key="/b.md")
    assert bar.value() == 0  # a new document starts at the top
    view.show_html(LONG, tmp_path, key="/a.md")
    assert abs(view.current_position().offset - place.offset) < 300
    assert abs(bar.value() - bar.maximum() // 2) < 60

    # And across a restart of the pane (a new view on the same store).
    view.save_position()
    store.close()
    other = ArticleView()
    qtbot.addWidget(other)
    other.resize(700, 500)
    other.show()
    other.set_position_store(ReadingPositions(tmp_path / "positions.sqlite3"))
    other.show_html(LONG, tmp_path, key="/a.md")
    assert abs(other.current_position().offset - place.offset) < 300


def test_scrolling_saves_after_a_pause(view: ArticleView, tmp_path: Path, qtbot: QtBot) -> None:
    store = ReadingPositions(tmp_path / "positions.sqlite3")
    view.set_position_store(store)
    view.show_html(LONG, tmp_path, key="/a.md")
    view.verticalScrollBar().setValue(2000)
    qtbot.waitUntil(lambda: store.get("/a.md") is not None, timeout=3000)
    stored = store.get("/a.md")
    assert stored is not None and stored.offset > 0


def test_rerender_of_the_same_document_keeps_the_place(view: ArticleView, tmp_path: Path) -> None:
    view.show_html(LONG, tmp_path, key="/a.md")
    view.verticalScrollBar().setValue(3000)
    before = view.current_position()
    view.show_html(LONG.replace("很長", "很长"), tmp_path, key="/a.md")  # another script
    assert abs(view.current_position().offset - before.offset) < 300


def test_reading_prefs_restyle_and_are_remembered(
    view: ArticleView, tmp_path: Path, qtbot: QtBot
) -> None:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    prefs = ReadingPrefs(settings)
    prefs.attach(view)
    view.show_html(LONG, tmp_path, key="/a.md")
    size = prefs.point_size
    prefs.bigger_action.trigger()
    prefs.bigger_action.trigger()
    assert prefs.point_size == size + 2
    assert view.document().defaultFont().pointSize() == size + 2
    assert f"font-size: {size + 2:.1f}pt" in view.document().defaultStyleSheet()
    prefs.theme_actions[Theme.DARK].trigger()
    assert view.palette().color(QPalette.ColorRole.Base).lightness() < 60
    prefs.theme_actions[Theme.SEPIA].trigger()
    settings.sync()

    again = ReadingPrefs(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    assert again.point_size == size + 2
    assert again.theme is Theme.SEPIA
    assert again.theme_actions[Theme.SEPIA].isChecked()
    again.reset_action.trigger()
    assert again.point_size == 12
    for _ in range(40):
        again.smaller_action.trigger()
    assert again.point_size == 9


def test_text_size_shortcuts() -> None:
    prefs = ReadingPrefs(QSettings())
    keys = [s.toString() for s in prefs.bigger_action.shortcuts()]
    assert "Ctrl+=" in keys
    assert prefs.smaller_action.shortcut().toString() == "Ctrl+-"
    assert prefs.reset_action.shortcut().toString() == "Ctrl+0"
