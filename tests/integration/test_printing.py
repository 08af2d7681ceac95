"""Print and Save as PDF from the File menu: the article in the display script and theme."""

from __future__ import annotations

import base64
import re
import unicodedata
import zlib
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog
from pytestqt.qtbot import QtBot

from reader.model.script.modes import DisplayMode
from reader.ui.article.printing import file_stem
from reader.ui.article.reading_prefs import COLORS, Theme
from reader.ui.main_window import MainWindow
from tests.conftest import SAMPLES
from tests.hostile.fixtures import png

CNA = SAMPLES / "001_9d316e97139cf3b5.txt"
TITLE = "亞塞拜然亞美尼亞再次同意停火 能否奏效待觀察"

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def _open(qtbot: QtBot, data_dir: Path, path: Path = CNA) -> MainWindow:
    window = MainWindow(data_dir, [path])
    qtbot.addWidget(window)
    window.resize(1000, 700)
    window.show()
    qtbot.waitSignals([window.library_loaded, window.article_shown], timeout=10000).wait()
    return window


def _streams(data: bytes) -> list[bytes]:
    """The PDF's streams, the Flate-compressed ones decompressed."""
    out = []
    for match in re.finditer(rb"stream\r?\n", data):
        raw = data[match.end() : data.find(b"endstream", match.end())].rstrip(b"\r\n")
        try:
            out.append(zlib.decompress(raw))
        except zlib.error:
            out.append(raw)
    return out


def _characters(data: bytes) -> set[str]:
    """Every character the PDF's fonts map back to Unicode (their ToUnicode maps).

    NFKC-folded: a CJK font can draw 火 with the glyph it shares with the Kangxi radical ⽕
    (U+2F55), and the map then names the radical.
    """
    chars: set[str] = set()
    for stream in _streams(data):
        if b"begincmap" in stream:
            for code in re.findall(rb"<([0-9A-F]{4})>", stream):
                chars.add(unicodedata.normalize("NFKC", chr(int(code, 16))))
    return chars


def _pdf_colour(hex_colour: str) -> bytes:
    r, g, b = (int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5))
    return f"{r:.9f} {g:.9f} {b:.9f} scn".encode()[:10]


def _menu_action(window: MainWindow, menu_text: str, text: str) -> None:
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == menu_text)
    next(a for a in menu.actions() if a.text() == text).trigger()


def test_save_as_pdf_in_script_and_theme(
    qtbot: QtBot, data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _open(qtbot, data_dir)
    asked: list[str] = []

    def save_name(parent: object, caption: str, start: str, filters: str) -> tuple[str, str]:
        asked.append(start)
        return str(tmp_path / "out"), filters  # no suffix typed: .pdf is added

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    _menu_action(window, "&File", "Save as P&DF…")
    assert Path(asked[0]).name == f"{TITLE}.pdf"
    data = (tmp_path / "out.pdf").read_bytes()
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
    assert len(data) > 20_000
    assert data.count(b"/Type /Page\n") >= 2  # the sample is longer than one A4 page
    chars = _characters(data)
    assert set(TITLE.replace(" ", "")) <= chars
    assert set("美國國務院今天宣布") <= chars

    # Dark theme, Simplified display: the page is dark and the text Simplified.
    window.reading_prefs.set_theme(Theme.DARK)
    with qtbot.waitSignals([window.mode_applied, window.article_shown], timeout=10000):
        window.toggle.variant_actions[DisplayMode.SIMPLIFIED].trigger()
    path = tmp_path / "dark.pdf"
    assert window.print_actions.save_pdf(path)
    data = path.read_bytes()
    pages = b"".join(s for s in _streams(data) if b"BT" in s)
    assert _pdf_colour(COLORS[Theme.DARK].background) in pages
    chars = _characters(data)
    assert set("亚美尼亚国务院") <= chars and not set("亞國務") & chars
    window.reading_prefs.set_theme(Theme.SYSTEM)
    window.close()


def test_print_goes_through_the_print_dialog(
    qtbot: QtBot, data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _open(qtbot, data_dir)
    assert window.print_actions.print_action.shortcut().toString() == "Ctrl+P"
    shown: list[str] = []

    def accept(dialog: QPrintDialog) -> int:
        # The reader chooses "print to file" in the dialog.
        shown.append(dialog.windowTitle())
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / "printed.pdf"))
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    _menu_action(window, "&File", "&Print…")
    assert shown == ["Print"]
    data = (tmp_path / "printed.pdf").read_bytes()
    assert data.startswith(b"%PDF-") and set("亞塞拜然") <= _characters(data)
    window.close()


@pytest.mark.qt_log_ignore("propagateSizeHints", r"QPainter::begin\(\): Returned false")
def test_a_pdf_that_cannot_be_written_is_said(
    qtbot: QtBot, data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _open(qtbot, data_dir)
    warned: list[str] = []
    monkeypatch.setattr(
        "reader.ui.article.printing.warn", lambda parent, title, text: warned.append(text)
    )
    assert not window.print_actions.save_pdf(tmp_path / "no such folder" / "x.pdf")
    assert warned and "x.pdf" in warned[0]
    window.close()


def test_file_stem() -> None:
    assert file_stem('a/b\\c:d*e?"f"<g>|h\x00i') == "a b c d e f g h i"
    assert file_stem("  .. ") == "article"
    assert len(file_stem("長" * 200)) == 80


def test_printing_reads_only_what_the_pane_may(
    qtbot: QtBot, data_dir: Path, tmp_path: Path, no_network: list[object]
) -> None:
    folder = tmp_path / "lib"
    folder.mkdir()
    (folder / "inside.png").write_bytes(png(30, 20))
    (tmp_path / "outside.png").write_bytes(png(30, 20))
    svg = "data:image/svg+xml;base64," + base64.b64encode(b"<svg/>" * 60).decode()
    (folder / "post.md").write_text(
        "---\ntitle: 圖片\ndate: 2021-01-01\n---\n"
        "<p><img src='http://evil.example/t.png' alt='遠端'></p>"
        "<p><img src='../outside.png' alt='外面'></p>"
        f"<p><img src='{svg}' alt='向量'></p>"
        "<p><img src='inside.png' alt='裡面'></p>\n",
        encoding="utf-8",
    )
    window = _open(qtbot, data_dir, folder / "post.md")
    window.article.requested_resources.clear()
    assert window.print_actions.save_pdf(tmp_path / "images.pdf")
    asked = window.article.requested_resources
    # The printed page asks the pane for its one allowed picture, and for nothing else.
    assert asked and all(name.endswith("inside.png") for name in asked)
    assert no_network == []
    window.close()
