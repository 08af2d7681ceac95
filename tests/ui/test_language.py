"""The interface language: chosen from the locale or the settings; catalogues present,
current, complete and written in their own script."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QMessageBox

from reader.model.script.detect import _script_marks
from reader.ui.language import (
    Language,
    LanguageMenu,
    catalogue,
    chosen_language,
    language_for_locale,
    qt_catalogue,
)
from reader.ui.settings import Key, open_settings, read_text
from tests.conftest import ROOT

TRANSLATIONS = ROOT / "resources" / "translations"
LUPDATE = ROOT / ".venv" / "bin" / "pyside6-lupdate"
LRELEASE = ROOT / ".venv" / "bin" / "pyside6-lrelease"


@pytest.mark.parametrize(
    ("name", "language"),
    [
        ("zh_TW", Language.TRADITIONAL),
        ("zh_HK", Language.TRADITIONAL),
        ("zh_MO", Language.TRADITIONAL),
        ("zh_CN", Language.SIMPLIFIED),
        ("zh_SG", Language.SIMPLIFIED),
        ("en_US", Language.ENGLISH),
        ("de_DE", Language.ENGLISH),
        ("C", Language.ENGLISH),
    ],
)
def test_language_follows_the_system_locale(name: str, language: Language) -> None:
    assert language_for_locale(QLocale(name)) is language


def test_a_remembered_choice_wins_over_the_locale(data_dir: Path) -> None:
    settings = open_settings(data_dir)
    assert chosen_language(settings, QLocale("zh_TW")) is Language.TRADITIONAL
    settings.setValue(Key.LANGUAGE.value, "zh_CN")
    assert chosen_language(settings, QLocale("zh_TW")) is Language.SIMPLIFIED
    settings.setValue(Key.LANGUAGE.value, "klingon")  # a hand-edited file
    assert chosen_language(settings, QLocale("en_US")) is Language.ENGLISH


def test_the_menu_remembers_a_choice_and_says_it_applies_on_restart(
    qtbot: object, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QWidget

    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: said.append(box.text()))
    parent = QWidget()
    settings = open_settings(data_dir)
    menu = LanguageMenu(settings, Language.ENGLISH, parent)
    assert [a.text() for a in menu.menu.actions()] == ["繁體中文", "简体中文", "English"]
    menu.actions[Language.SIMPLIFIED].trigger()
    assert read_text(settings, Key.LANGUAGE) == "zh_CN"
    assert said == ["Tongwen Reader will use 简体中文 the next time it starts."]
    parent.deleteLater()


def test_catalogues_are_found_through_the_package() -> None:
    for language in Language:
        path = catalogue(language)
        assert path is not None and path.stat().st_size > 0
    assert qt_catalogue(Language.ENGLISH) is None
    for language in (Language.TRADITIONAL, Language.SIMPLIFIED):
        path = qt_catalogue(language)
        assert path is not None and path.name == f"qtbase_{language.value}.qm"


def _messages(ts: Path) -> list[tuple[str, str, list[str], str | None]]:
    root = ET.parse(ts).getroot()
    found = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [f.text or "" for f in translation.iter("numerusform")] or [
                translation.text or ""
            ]
            found.append((name, message.findtext("source") or "", forms, translation.get("type")))
    return found


@pytest.mark.parametrize("language", ["zh_TW", "zh_CN"])
def test_every_string_is_translated(language: str) -> None:
    messages = _messages(TRANSLATIONS / f"tongwen_{language}.ts")
    assert len(messages) > 100
    for context, source, forms, kind in messages:
        assert kind is None, f"{context}: {source!r} is {kind}"
        assert all(forms), f"{context}: {source!r} has an empty translation"
        for field in ("{error}", "{path}", "{query}", "{count}", "{colour}", "%n"):
            if field in source:
                assert all(field in f for f in forms), f"{context}: {source!r} lost {field}"


def foreign_characters(text: str, language: str) -> set[str]:
    """The characters of ``text`` that only the other script has: Simplified-only ones in a
    ``zh_TW`` text, Traditional-only ones in a ``zh_CN`` text (the user guides use it too)."""
    # Traditional-only characters are marks [0], Simplified-only [1].
    foreign = _script_marks()[1 if language == "zh_TW" else 0]
    return {ch for ch in text if ch in foreign}


@pytest.mark.parametrize("language", ["zh_TW", "zh_CN"])
def test_each_catalogue_is_written_in_its_own_script(language: str) -> None:
    for context, _source, forms, _ in _messages(TRANSLATIONS / f"tongwen_{language}.ts"):
        wrong = foreign_characters("".join(forms), language)
        assert not wrong, f"{language} {context}: {forms} has {sorted(wrong)}"


@pytest.mark.skipif(not LUPDATE.exists(), reason="needs the venv's pyside6-lupdate")
def test_catalogues_are_current(tmp_path: Path) -> None:
    """The .ts files hold every string of the code, and the .qm files are built from them
    (run ``bash scripts/translations.sh`` after changing a string)."""
    sources = sorted(str(p) for p in (ROOT / "reader" / "ui").rglob("*.py"))
    for language in ("zh_TW", "zh_CN", "en"):
        ts = TRANSLATIONS / f"tongwen_{language}.ts"
        fresh = tmp_path / ts.name
        shutil.copy(ts, fresh)
        args = [str(LUPDATE), *sources, "-locations", "none", "-no-obsolete"]
        if language == "en":
            args.append("-pluralonly")
        subprocess.run([*args, "-ts", str(fresh)], check=True, capture_output=True, cwd=ROOT)
        assert fresh.read_text(encoding="utf-8") == ts.read_text(encoding="utf-8"), (
            f"{ts.name} is out of date: run bash scripts/translations.sh"
        )
        qm = tmp_path / f"tongwen_{language}.qm"
        subprocess.run(
            [str(LRELEASE), "-silent", str(ts), "-qm", str(qm)], check=True, capture_output=True
        )
        assert qm.read_bytes() == (TRANSLATIONS / qm.name).read_bytes(), (
            f"{qm.name} is not built from {ts.name}: run bash scripts/translations.sh release"
        )
