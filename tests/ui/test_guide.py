"""The user guides of the Chinese interfaces (docs/guide.zh_TW.md, docs/guide.zh_CN.md): in
step with the README's user sections, naming the interface as its catalogue does, written in
their own script, rendered as written; Help ▸ User Guide finds them (or falls back to English)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from difflib import ndiff
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from reader.model.script.modes import DisplayMode
from reader.ui import help as help_module
from reader.ui.help import GUIDE_SECTIONS, README, guide_file, guide_markdown, guide_text
from reader.ui.language import NATIVE_NAMES, Language, qt_catalogue
from reader.ui.script.labels import SCRIPT_BUTTONS
from tests.conftest import ROOT
from tests.ui.test_language import TRANSLATIONS, _messages, foreign_characters

GUIDES = {language: ROOT / "docs" / f"guide.{language}.md" for language in ("zh_TW", "zh_CN")}
CODE_SPAN = re.compile(r"`([^`]+)`")
# A key as the shortcut table writes it: Ctrl+Shift+T, F3, J, Space, Ctrl+=, Ctrl+/…
KEY = re.compile(r"(?<![A-Za-z0-9])[A-Z][A-Za-z0-9]*(?:\+[A-Za-z0-9=/\-]+)*")
BOLD = re.compile(r"\*\*(.+?)\*\*")


@dataclass
class Section:
    """One ``##`` section's shape: its title and its blocks, in order."""

    title: str
    blocks: list[str] = field(default_factory=list)


def _first_cell_marks(row: str) -> tuple[str, ...]:
    """What a table row's first cell names: its code spans (a file), else its keys."""
    cell = row.strip().strip("|").split("|")[0]
    return tuple(CODE_SPAN.findall(cell)) or tuple(KEY.findall(cell))


def shape(markdown: str) -> list[Section]:
    """The ``##`` sections of ``markdown`` (pictures taken out, as the guide shows it), each as
    its blocks: headings by level, paragraphs, list items by their first code span, tables by
    the first cell of each row, code blocks by their exact text."""
    sections: list[Section] = []
    fence: list[str] | None = None
    table: list[str] = []
    item: list[str] = []  # a list item's lines
    previous = ""

    def add(block: str) -> None:
        assert sections, f"text before the first section: {block}"
        sections[-1].blocks.append(block)

    def end_table() -> None:
        if table:
            rows = [_first_cell_marks(r) for r in table[2:]]  # header and rule apart
            add(f"table of {len(rows)} rows: {rows}")
            table.clear()

    def end_item() -> None:
        if item:
            spans = CODE_SPAN.findall(" ".join(item))
            add(f"list item {spans[0] if spans else '(no code)'}")
            item.clear()

    for line in help_module.without_pictures(markdown).splitlines():
        if fence is not None:
            if line.startswith("```"):
                add("code:\n" + "\n".join(fence))
                fence = None
            else:
                fence.append(line)
            continue
        if not line.startswith("|"):
            end_table()
        if item and line.startswith("  "):
            item.append(line.strip())  # the item goes on
            continue
        end_item()
        if line.startswith("```"):
            fence = []
        elif line.startswith("## "):
            sections.append(Section(line[3:].strip()))
        elif line.startswith("#"):
            add(f"heading level {len(line) - len(line.lstrip('#'))}")
        elif line.startswith("|"):
            table.append(line)
        elif line.startswith("- "):
            item.append(line[2:])
        elif line.strip() and not previous.strip():
            add("paragraph")
        previous = line
    end_table()
    end_item()
    return sections


@pytest.mark.parametrize("language", GUIDES)
def test_each_guide_has_the_shape_of_the_readme_user_sections(language: str) -> None:
    english = shape(guide_markdown(README.read_text(encoding="utf-8")))
    chinese = shape(GUIDES[language].read_text(encoding="utf-8"))
    assert [s.title for s in english] == list(GUIDE_SECTIONS)
    assert len(chinese) == len(english), (
        f"{GUIDES[language].name} has {len(chinese)} sections, the README's user sections "
        f"{len(english)} ({', '.join(GUIDE_SECTIONS)})"
    )
    for ours, theirs in zip(english, chinese, strict=True):
        assert ours.blocks == theirs.blocks, (
            f"{GUIDES[language].name}, section “{theirs.title}” is out of step with the "
            f"README's “{ours.title}” (- README only, + guide only):\n"
            + "\n".join(d for d in ndiff(ours.blocks, theirs.blocks) if d[:1] in "-+")
        )


def test_the_shape_sees_a_change_in_the_readme() -> None:
    readme = guide_markdown(README.read_text(encoding="utf-8"))
    guide = shape(GUIDES["zh_TW"].read_text(encoding="utf-8"))
    changed = [
        readme.replace("| Ctrl+Q | quit |", "| Ctrl+Q | quit |\n| Ctrl+W | close |"),
        readme.replace("reader --version\n", "reader --version\nreader doctor\n"),
        readme.replace("\n\n## Where data lives", "\n\nA new paragraph.\n\n## Where data lives"),
        readme.replace("### Command line", "### Command line\n\n#### Exit codes"),
    ]
    for text in changed:
        assert text != readme
        assert [s.blocks for s in shape(text)] != [s.blocks for s in guide]


def _catalogue_names(language: str) -> tuple[set[str], list[re.Pattern[str]], set[str]]:
    """What the interface names in ``language``: every translation as shown (no mnemonic),
    the translations holding a ``{field}`` as patterns, and the menu bar's menus."""

    def shown(text: str) -> str:
        return re.sub(r"\(&.\)|&(?=.)", "", text).strip().rstrip(":：").strip()

    names: set[str] = set()
    patterns: list[re.Pattern[str]] = []
    menus: set[str] = set()
    top = {("MainWindow", s) for s in ("&File", "&Edit", "&View", "&Library", "&Go")}
    for context, source, forms, _ in _messages(TRANSLATIONS / f"tongwen_{language}.ts"):
        for form in forms:
            name = shown(form)
            names.add(name)
            if name.endswith("）") and "（" in name:  # 臺灣用語（軟件 → 軟體）: also 臺灣用語
                names.add(name[: name.index("（")])
            if "{" in name:
                parts = re.split(r"\{\w+\}", name)
                patterns.append(re.compile(".+".join(map(re.escape, parts))))
            if (context, source) in top or (context, source) == ("HelpMenu", "&Help"):
                menus.add(name)
    return names, patterns, menus


def _qt_names(language: str, parent: QWidget) -> set[str]:
    """The names Qt's own catalogue gives the standard buttons the guide names."""
    path = qt_catalogue(Language(language))
    assert path is not None
    translator = QTranslator(parent)
    assert translator.load(str(path))
    return {translator.translate("QPlatformTheme", "Restore Defaults")}


# The toolbar's 繁 and 简, the same in every language.
BUTTONS = [SCRIPT_BUTTONS[m][0] for m in (DisplayMode.TRADITIONAL, DisplayMode.SIMPLIFIED)]
# Bold words that are no interface name: the guide's own terms and a table's answers.
EMPHASIS = {"zh_TW": {"智慧檢視", "不行"}, "zh_CN": {"智能视图", "不可以"}}


@pytest.mark.parametrize("language", GUIDES)
def test_every_menu_path_and_name_in_bold_is_the_interfaces(qtbot: QtBot, language: str) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    names, patterns, menus = _catalogue_names(language)
    names |= _qt_names(language, parent)

    def known(name: str) -> bool:
        return name in names or name in BUTTONS or any(p.fullmatch(name) for p in patterns)

    text = GUIDES[language].read_text(encoding="utf-8")
    paths = 0
    for span in BOLD.findall(text):
        if span.endswith("。") or re.fullmatch(r"[ -~]+", span) or span in EMPHASIS[language]:
            continue  # a paragraph's lead, a key (Ctrl+Shift+A) or the guide's own word
        if "→" in span:
            first, *rest = [part.strip() for part in span.split("→")]
            assert first in menus, f"{language}: “{span}” starts with no menu of the menu bar"
            unknown = [part for part in rest if not known(part)]
            assert not unknown, f"{language}: “{span}”: {unknown} not in the catalogue"
            paths += 1
        else:
            assert known(span), f"{language}: “{span}” is not what the interface calls it"
    assert paths > 15


def _prose(markdown: str) -> str:
    """The guide's own words: without code (commands, paths and quoted examples stay as
    written, in either script)."""
    without_fences = re.sub(r"^```.*?^```", "", markdown, flags=re.DOTALL | re.MULTILINE)
    return CODE_SPAN.sub("", without_fences)


# Names the interface shows the same in every language: the language menu's entries, the
# toolbar's 繁 and 简, the 台/臺 choice (its menu names both characters).
SAME_IN_EVERY_LANGUAGE = [*NATIVE_NAMES.values(), *BUTTONS, "台/臺", "写作 臺"]


@pytest.mark.parametrize("language", GUIDES)
def test_each_guide_is_written_in_its_own_script(language: str) -> None:
    text = _prose(GUIDES[language].read_text(encoding="utf-8"))
    for name in SAME_IN_EVERY_LANGUAGE:
        text = text.replace(name, "")
    for number, line in enumerate(text.splitlines(), 1):
        wrong = foreign_characters(line, language)
        assert not wrong, f"{GUIDES[language].name}, line {number}: {sorted(wrong)} in {line}"


@pytest.mark.parametrize("language", GUIDES)
def test_every_bold_span_renders_bold(qapp: object, language: str) -> None:
    # Markdown ends a bold span before a letter only when it does not end in punctuation
    # ("**一律顯示為…**或" stays open): every span must come out bold, as written.
    markdown = GUIDES[language].read_text(encoding="utf-8")
    document = QTextDocument()
    document.setMarkdown(
        guide_text(Language(language)) or "",
        QTextDocument.MarkdownFeature.MarkdownDialectGitHub
        | QTextDocument.MarkdownFeature.MarkdownNoHTML,
    )
    shown: list[str] = []
    block = document.begin()
    while block.isValid():
        runs, run = [], ""
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.charFormat().fontWeight() >= 700 and not block.blockFormat().headingLevel():
                run += fragment.text()
            elif run:
                runs.append(run)
                run = ""
            it += 1
        shown += [*runs, run] if run else runs
        block = block.next()
    written = [CODE_SPAN.sub(r"\1", s) for s in BOLD.findall(markdown)]
    # In order, each by itself (a table's header cells are bold too, in between).
    rest = iter(shown)
    missing = [span for span in written if not any(run == span for run in rest)]
    assert not missing, f"{language}: not shown in bold as written: {missing[:3]}"
    assert "**" not in document.toPlainText()


@pytest.mark.parametrize("language", [Language.TRADITIONAL, Language.SIMPLIFIED])
def test_the_guide_of_each_chinese_interface_is_found(language: Language) -> None:
    path = guide_file(language)
    assert path is not None and path.samefile(GUIDES[language.value])
    text = guide_text(language)
    assert text is not None and text.startswith("## ") and "![" not in text
    assert guide_file(Language.ENGLISH) is None
    assert guide_text(Language.ENGLISH) == guide_markdown(README.read_text(encoding="utf-8"))


def test_a_missing_or_unreadable_guide_falls_back_to_english(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    english = guide_text(Language.ENGLISH)
    monkeypatch.setattr(help_module, "guide_file", lambda language: None)
    assert guide_text(Language.TRADITIONAL) == english
    broken = tmp_path / "guide.zh_CN.md"
    broken.write_bytes(b"\xff\xfe not UTF-8 \x81")
    monkeypatch.setattr(help_module, "guide_file", lambda language: broken)
    assert guide_text(Language.SIMPLIFIED) == english
    monkeypatch.setattr(help_module, "README", tmp_path / "missing" / "README.md")
    assert guide_text(Language.SIMPLIFIED) is None


def test_a_table_of_pictures_alone_is_left_out() -> None:
    markdown = "\n".join(
        [
            "## Using it",
            "| 繁體中文 | 简体中文 |",
            "|---|---|",
            "| ![a](docs/a.png) | ![b](docs/b.png) |",
            "",
            "| file | holds |",
            "|---|---|",
            "| `x` | ![c](docs/c.png) |",
        ]
    )
    assert help_module.without_pictures(markdown).splitlines() == [
        "## Using it",
        "",
        "| file | holds |",
        "|---|---|",
        "| `x` |  |",
    ]
    for language in Language:  # the screenshots of both interfaces
        rows = [r for r in (guide_text(language) or "").splitlines() if r.startswith("|")]
        assert rows and not [r for r in rows if "LANG=zh_TW.UTF-8" in r]
