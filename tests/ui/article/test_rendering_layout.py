"""How the pane lays out figures and tables (measured on the real article view)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QTextBlock
from pytestqt.qtbot import QtBot

from reader.model.article.render import document_html
from reader.model.document.parser import parse_file, parse_text
from reader.ui.article.view import ArticleView
from tests.conftest import FIXTURES
from tests.hostile.fixtures import png


def _view(qtbot: QtBot) -> ArticleView:
    view = ArticleView()
    qtbot.addWidget(view)
    view.resize(900, 700)
    view.show()
    return view


def _block(view: ArticleView, starts: str) -> QTextBlock:
    block = view.document().begin()
    while block.isValid() and not block.text().lstrip("\ufffc\u2028").startswith(starts):
        block = block.next()
    assert block.isValid(), starts
    return block


def test_caption_sits_right_under_a_shown_picture(qtbot: QtBot, tmp_path: Path) -> None:
    (tmp_path / "photo.png").write_bytes(png(200, 150))
    post = "---\ntitle: T\ndate: 2021-01-01\n---\n<p><img src='photo.png' alt='照片說明'></p>\n"
    doc = parse_text(post, tmp_path / "post.md")
    view = _view(qtbot)
    view.show_html(document_html(doc), tmp_path)
    view.document().documentLayout().documentSize()
    layout = _block(view, "照片說明").layout()
    picture, caption = layout.lineAt(0), layout.lineAt(1)
    assert picture.height() >= 150  # the picture is shown
    gap = caption.y() - (picture.y() + picture.height())
    assert -1 <= gap < 10  # was ~90 px: the paragraphs' 160% line height counted the picture


def test_a_table_keeps_clear_of_the_code_block_before_it(qtbot: QtBot) -> None:
    doc = parse_file(FIXTURES / "rendering" / "gaps.md")
    view = _view(qtbot)
    view.show_html(document_html(doc), None)
    layout = view.document().documentLayout()
    code = layout.blockBoundingRect(_block(view, "代码块"))
    cell = layout.blockBoundingRect(_block(view, "名称"))
    assert cell.top() - code.bottom() >= 15  # was 7.5 px: the cell padding alone
