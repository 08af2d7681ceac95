"""Fonts that follow the text: CJK families of the display script's glyph forms, a Latin
family for Latin text, the reader's own choice first."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from reader.model.document.cache import DocumentCache
from reader.model.script.modes import DisplayMode
from reader.model.script.writing import Glyphs
from reader.ui.article.script_fonts import (
    LATIN_DEFAULTS,
    FontChoice,
    cjk_families,
    css_families,
    latin_families,
    typography_sheet,
)
from reader.ui.article.session import ArticleSession
from reader.ui.article.view import ArticleView
from reader.ui.dates import format_date
from reader.ui.tasks import TaskOwner

POST = (
    "---\ntitle: 美拟扩展四方同盟\n---\n"
    "<p>美国副国务卿斯蒂芬·比根（Stephen Biegun）周一表示，美国、印度和日本组成的四方同盟。</p>"
    "<p>IN JULY 1969 America launched three astronauts into space; America’s feat still"
    " dazzles.</p>"
)


@pytest.mark.parametrize("glyphs", list(Glyphs))
def test_each_glyph_form_has_its_own_fonts_first(glyphs: Glyphs) -> None:
    families = cjk_families(glyphs)
    assert families[0] == f"Noto Serif CJK {glyphs.value}"
    # Source Han names the Hong Kong forms "HC".
    assert families[1] == f"Source Han Serif {'HC' if glyphs is Glyphs.HK else glyphs.value}"
    # The other forms stay behind as the fallback, each family once.
    assert len(set(families)) == len(families)
    assert any("CJK SC" in f for f in families) and any("CJK TC" in f for f in families)


def test_the_readers_choice_comes_first_and_the_defaults_stay_behind() -> None:
    assert cjk_families(Glyphs.SC, "LXGW WenKai")[:2] == ("LXGW WenKai", "Noto Serif CJK SC")
    assert latin_families("Charter")[0] == "Charter" and latin_families()[0] == LATIN_DEFAULTS[0]
    sheet = typography_sheet(Glyphs.TC, FontChoice(cjk="LXGW WenKai", latin="Charter"))
    assert 'body { font-family: "LXGW WenKai", "Noto Serif CJK TC"' in sheet
    assert '.latin { font-family: "Charter", "Noto Serif"' in sheet
    assert css_families(('Evil"; } body { color: red',)) == '"Evil  body  color: red", serif'


class Parts:
    def __init__(self, qtbot: QtBot, tmp_path: Path) -> None:
        self.view = ArticleView()
        qtbot.addWidget(self.view)
        self.cache = DocumentCache(tmp_path / "cache.sqlite3")
        self.tasks = TaskOwner(self.view)
        self.session = ArticleSession(self.view, self.cache, self.tasks, format_date, self.view)
        self.post = tmp_path / "post.md"
        self.post.write_text(POST, encoding="utf-8")

    def families_at(self, text: str) -> list[str]:
        """The font families the pane sets the first character of ``text`` in."""
        found = self.view.document().find(text)
        assert not found.isNull(), text
        cursor = QTextCursor(self.view.document())
        cursor.setPosition(found.selectionStart() + 1)
        return list(cursor.charFormat().font().families())


@pytest.fixture
def parts(qtbot: QtBot, tmp_path: Path) -> Iterator[Parts]:
    made = Parts(qtbot, tmp_path)
    yield made
    made.tasks.shutdown()
    made.cache.close()


def test_the_pane_sets_each_display_script_in_its_own_glyph_forms(
    qtbot: QtBot, parts: Parts
) -> None:
    with qtbot.waitSignal(parts.session.shown, timeout=20000):
        parts.session.open(parts.post)
    # A Simplified original: mainland forms, whatever the system's language.
    assert parts.view.glyphs is Glyphs.SC
    assert parts.families_at("副国务卿")[0] == "Noto Serif CJK SC"
    for mode, glyphs, sample in (
        (DisplayMode.TAIWAN, Glyphs.TC, "副國務卿"),
        (DisplayMode.HONGKONG, Glyphs.HK, "副國務卿"),
        (DisplayMode.SIMPLIFIED, Glyphs.SC, "副国务卿"),
    ):
        with qtbot.waitSignals([parts.session.mode_applied, parts.session.shown], timeout=30000):
            parts.session.set_mode(mode)
        qtbot.waitUntil(lambda g=glyphs: parts.view.glyphs is g, timeout=30000)  # type: ignore[misc]
        assert parts.families_at(sample)[0] == f"Noto Serif CJK {glyphs.value}", mode


def test_latin_text_is_set_in_a_latin_font(qtbot: QtBot, parts: Parts) -> None:
    with qtbot.waitSignal(parts.session.shown, timeout=20000):
        parts.session.open(parts.post)
    assert parts.families_at("America’s")[0] == LATIN_DEFAULTS[0]
    assert parts.families_at("Stephen Biegun")[0] == LATIN_DEFAULTS[0]
    assert parts.families_at("四方同盟")[0] == "Noto Serif CJK SC"
