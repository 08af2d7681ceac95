"""Attack 2: images never read a file outside the document's folder, nor block on one.

A ``data:image/svg+xml`` image whose SVG holds ``<image xlink:href="/some/private.png">`` made
Qt open that file and draw it; with ``/dev/stdin`` or a FIFO the UI thread blocked in read().
Now only raster images (PNG, JPEG, GIF, WebP, sniffed from their bytes) are decoded, SVG
becomes its placeholder, and files are read only when they are regular files in the folder.
"""

from __future__ import annotations

import base64
import os
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage, QTextDocument
from pytestqt.qtbot import QtBot

from reader.model.article.render import document_html
from reader.model.document.parser import parse_file
from reader.ui.article import images as images_module
from reader.ui.article.images import raster_format
from reader.ui.article.view import ArticleView
from tests.hostile.fixtures import make_private_file, png, svg_data_uri, svg_document

IMAGE = QTextDocument.ResourceType.ImageResource.value


def _refused(result: object) -> bool:
    """Whether the pane answered with its transparent pixel (never an empty answer)."""
    return isinstance(result, QImage) and (result.width(), result.height()) == (1, 1)


@pytest.fixture
def view(qtbot: QtBot) -> ArticleView:
    widget = ArticleView()
    widget.resize(600, 400)
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every path Qt or the pane opens through Python's os.open (the pane's only reader)."""
    seen: list[str] = []
    real = os.open

    def record(path: object, *args: object, **kwargs: object) -> int:
        seen.append(os.fsdecode(path))  # type: ignore[arg-type]
        return real(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(images_module.read_file.__globals__["os"], "open", record)
    return seen


def test_svg_images_are_placeholders_and_read_nothing(
    view: ArticleView, tmp_path: Path, qtbot: QtBot, opened: list[str]
) -> None:
    private = make_private_file(tmp_path / "outside")
    post = svg_document(tmp_path / "doc", private)
    doc = parse_file(post)
    view.show_html(document_html(doc), post.parent, key=str(post))
    view.repaint()
    qtbot.wait(50)  # a FIFO named by the SVG would block right here on the old code
    text = view.toPlainText()
    for alt in ("svg-private", "svg-stdin", "svg-fifo", "svg-file", "fifo-file"):
        assert f"Image not downloaded · {alt}" in text, alt
    assert not any(name.startswith("data:image/svg") for name in view.requested_resources)
    assert str(private) not in opened


def test_the_pane_refuses_svg_and_special_files_even_unsanitised(
    view: ArticleView, tmp_path: Path, qtbot: QtBot, opened: list[str]
) -> None:
    private = make_private_file(tmp_path / "outside")
    folder = tmp_path / "doc"
    post = svg_document(folder, private)
    (folder / "fine.png").write_bytes(png())
    (folder / "fake.png").write_bytes((folder / "inline.svg").read_bytes())
    raw = "".join(
        f'<img src="{src}">'
        for src in (svg_data_uri(private.as_uri()), svg_data_uri("/dev/stdin"),
                    "inline.svg", "pipe.png", "fake.png", (folder / "pipe.png").as_uri())
    )  # fmt: skip
    view.show_html(raw, post.parent)
    view.repaint()
    qtbot.wait(50)
    refused = (
        svg_data_uri(private.as_uri()), svg_data_uri("/dev/stdin"),
        (folder / "inline.svg").as_uri(), (folder / "pipe.png").as_uri(),
        (folder / "fake.png").as_uri(), "file:///dev/stdin", "file:///dev/zero",
    )  # fmt: skip
    for name in refused:
        # Through the document, as Qt asks: on an empty answer it would load it itself.
        assert _refused(view.document().loadResource(IMAGE, QUrl(name))), name[:40]
    assert str(private) not in opened
    good = view.document().loadResource(IMAGE, QUrl((folder / "fine.png").as_uri()))
    assert isinstance(good, QImage) and good.width() == 12
    data = "data:image/png;base64," + base64.b64encode(png()).decode()
    decoded = view.document().loadResource(IMAGE, QUrl(data))
    assert isinstance(decoded, QImage) and decoded.width() == 12
    # A style sheet or any other resource type is never loaded.
    sheet = QTextDocument.ResourceType.StyleSheetResource.value
    assert view.loadResource(sheet, QUrl((folder / "fine.png").as_uri())) == ""


def test_only_raster_formats_are_sniffed() -> None:
    assert raster_format(png()) == "PNG"
    assert raster_format(b"\xff\xd8\xff\xe0rest") == "JPEG"
    assert raster_format(b"GIF89a....") == "GIF"
    assert raster_format(b"RIFF\x00\x00\x00\x00WEBPVP8 ") == "WEBP"
    for other in (b"<svg", b"<?xml version='1.0'?><svg", b"\x1f\x8b svgz", b"BM bmp", b""):
        assert raster_format(other) is None
