"""The Help menu: Keyboard Shortcuts, User Guide and About.

* **Keyboard Shortcuts** lists every action of the window that has a key, read from the
  window's menus and actions when the window opens (so it cannot go stale): menu, command,
  keys in the platform's notation.
* **User Guide** shows the guide in the interface language: in English the user sections of the
  README (:data:`GUIDE_SECTIONS`), in 繁體中文 and 简体中文 ``docs/guide.zh_TW.md`` and
  ``docs/guide.zh_CN.md`` (the same sections, written for each audience; the English guide
  when the file is missing or cannot be read) — rendered from Markdown without HTML, without
  images and without loading anything (links are not followed, except to places in the guide
  itself).
* **About** says the version, the Qt, PySide6, OpenCC and Python versions, the licences and
  where the data lives — as plain text.
"""

from __future__ import annotations

import re
from pathlib import Path

import PySide6
from PySide6.QtCore import QObject, Qt, QUrl, Slot, qVersion
from PySide6.QtGui import QAction, QKeySequence, QTextCursor, QTextDocument
from PySide6.QtWidgets import QMainWindow, QMenu, QTextBrowser, QVBoxLayout, QWidget

from reader import __version__
from reader.model.script.tables import package_folder
from reader.ui.language import Language
from reader.ui.noop import override
from reader.ui.plain import message_box

TYPE_CHECKING = False  # typing's, without importing typing at start-up (mypy reads it so)
if TYPE_CHECKING:
    # Imported when a dialog is made: their classes (and enums) are not needed at start-up.
    from PySide6.QtWidgets import QDialog, QMessageBox

# The README's sections a user reads (its other sections are for developers).
GUIDE_SECTIONS = ("Start it", "Using it", "Where data lives")
README = Path(__file__).resolve().parents[2] / "README.md"
# The Chinese guides: docs/ of a checkout, or the package pyproject.toml maps docs/ to.
GUIDE_PACKAGE = "reader.guide"
_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_EMPTY_ROW = re.compile(r"\|(\s*\|)+\s*")


def _plain(text: str) -> str:
    """A menu text without its mnemonic marks and trailing ellipsis."""
    return re.sub(r"&(.)", r"\1", text).replace("&&", "&").rstrip("…").rstrip(".")


def shortcut_rows(window: QMainWindow) -> list[tuple[str, str, str]]:
    """(menu, command, keys) for every action of ``window`` that has a key: those in its menus
    (in menu order), then those the window and its widgets hold outside any menu (the find
    bar's Esc, say)."""
    rows: list[tuple[str, str, str]] = []
    seen: set[int] = set()

    def walk(menu: QMenu, path: str) -> None:
        for action in menu.actions():
            sub = action.menu()
            if isinstance(sub, QMenu):
                walk(sub, f"{path} ▸ {_plain(action.text())}")
            elif not action.isSeparator():
                add(action, path)

    def add(action: QAction, path: str) -> None:
        keys = [s for s in action.shortcuts() if not s.isEmpty()]
        if not keys or id(action) in seen:
            return
        seen.add(id(action))
        shown = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in keys)
        rows.append((path, _plain(action.text()), shown))

    for top in window.menuBar().actions():
        menu = top.menu()
        if isinstance(menu, QMenu):
            walk(menu, _plain(top.text()))
    for action in window.actions():
        add(action, "")
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, QMenu):
            for action in widget.actions():
                add(action, "")
    return rows


def guide_markdown(readme: str) -> str:
    """The user sections of the README as Markdown, without its pictures."""
    parts: list[str] = []
    keep = False
    for line in readme.splitlines():
        if line.startswith("## "):
            keep = line[3:].strip() in GUIDE_SECTIONS
        if keep:
            parts.append(line)
    return without_pictures("\n".join(parts))


def without_pictures(markdown: str) -> str:
    """``markdown`` without its pictures (``![…](…)``), and without a table that held only
    pictures (the screenshots' table would be left as its header)."""
    lines = _IMAGE.sub("", markdown).splitlines()
    kept: list[str] = []
    table: list[str] = []
    for line in [*lines, ""]:
        if line.startswith("|"):
            table.append(line)
            continue
        if any(_EMPTY_ROW.fullmatch(row) is None for row in table[2:]):
            kept += table  # a table with words in its rows (its first two: header and rule)
        table.clear()
        kept.append(line)
    return "\n".join(kept).strip() + "\n"


def guide_file(language: Language) -> Path | None:
    """The guide written for ``language`` (``guide.zh_TW.md``…), None for English (the README's
    sections) or when it is not there: in the installed package, else in the checkout's docs/."""
    if language is Language.ENGLISH:
        return None
    name = f"guide.{language.value}.md"
    try:
        folders = [package_folder(GUIDE_PACKAGE)]
    except ImportError:  # not installed as a package: the checkout's copy, if any
        folders = []
    folders.append(README.parent / "docs")
    for folder in folders:
        if (folder / name).is_file():
            return folder / name
    return None


def guide_text(language: Language) -> str | None:
    """The guide shown in ``language`` as Markdown without pictures: its own file's, else the
    README's user sections; None when neither can be read."""
    path = guide_file(language)
    sources = [(path, without_pictures)] if path is not None else []
    for source, extract in [*sources, (README, guide_markdown)]:
        try:
            return extract(source.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError):
            continue  # the next: the English guide, or nothing
    return None


class GuideBrowser(QTextBrowser):
    """A text browser that loads nothing: no file, no picture, no link target."""

    @override
    def loadResource(self, type: int, name: QUrl | str) -> object:  # noqa: A002 - Qt's own name (an override)
        return None


class HelpMenu(QObject):
    """The Help menu of ``window`` (``data_dir``: where the data lives, for About; ``language``:
    the interface language, which the User Guide is shown in)."""

    def __init__(
        self, window: QMainWindow, data_dir: Path, language: Language = Language.ENGLISH
    ) -> None:
        super().__init__(window)
        self._window = window
        self._data_dir = data_dir
        self._language = language
        self.menu = QMenu(self.tr("&Help"), window)
        self.shortcuts_action = self.menu.addAction(self.tr("&Keyboard Shortcuts…"))
        self.shortcuts_action.setShortcut(QKeySequence("Ctrl+/"))
        self.guide_action = self.menu.addAction(self.tr("&User Guide…"))
        self.guide_action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        self.menu.addSeparator()
        self.about_action = self.menu.addAction(self.tr("&About Tongwen Reader…"))
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        self.guide_action.triggered.connect(self.show_guide)
        self.about_action.triggered.connect(self.show_about)
        self.dialog: QDialog | None = None

    def _dialog(self, title: str, content: QWidget, name: str) -> QDialog:
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
        from PySide6.QtWidgets import QDialog, QDialogButtonBox

        dialog = QDialog(self._window)
        dialog.setObjectName(name)
        dialog.setWindowTitle(title)
        content.setParent(dialog)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
        buttons.rejected.connect(dialog.close)
        layout = QVBoxLayout(dialog)
        layout.addWidget(content, 1)
        layout.addWidget(buttons)
        self.dialog = dialog
        return dialog

    @Slot()
    def show_shortcuts(self) -> QDialog:
        """The table of every shortcut of the window."""
        from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem

        rows = shortcut_rows(self._window)
        table = QTableWidget(len(rows), 3)
        table.setObjectName("shortcutTable")
        table.setHorizontalHeaderLabels([self.tr("Menu"), self.tr("Command"), self.tr("Keys")])
        for r, values in enumerate(rows):
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                table.setItem(r, c, item)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        dialog = self._dialog(self.tr("Keyboard Shortcuts"), table, "shortcutsDialog")
        dialog.resize(560, 520)
        dialog.show()
        return dialog

    @Slot()
    def show_guide(self) -> QDialog:
        """The user guide in the interface language (the README's user sections in English)."""
        browser = GuideBrowser()
        browser.setObjectName("userGuide")
        browser.setOpenLinks(False)
        browser.anchorClicked.connect(self._on_guide_anchor_clicked)
        text = guide_text(self._language)
        if text is None:
            text = self.tr("The user guide is the README of Tongwen Reader; it is not installed.")
            browser.setPlainText(text)
        else:
            browser.document().setMarkdown(
                text,
                QTextDocument.MarkdownFeature.MarkdownDialectGitHub
                | QTextDocument.MarkdownFeature.MarkdownNoHTML,
            )
            browser.moveCursor(QTextCursor.MoveOperation.Start)  # from the top
        self._browser = browser
        dialog = self._dialog(self.tr("User Guide"), browser, "guideDialog")
        # 720×640, or what an 800×600 screen leaves of it (room for the title bar and a panel)
        room = self._window.screen().availableGeometry().size()
        dialog.resize(min(720, room.width() - 40), min(640, room.height() - 80))
        dialog.show()
        return dialog

    @Slot(QUrl)
    def _on_guide_anchor_clicked(self, url: QUrl) -> None:
        if url.hasFragment() and not url.scheme() and not url.path():
            self._browser.scrollToAnchor(url.fragment())

    def about_text(self) -> str:
        """What About says."""
        # Imported here: importlib.metadata brings the email package (12 ms at start-up).
        import importlib.metadata
        import platform

        def version(package: str) -> str:
            try:
                return importlib.metadata.version(package)
            except importlib.metadata.PackageNotFoundError:
                return "?"

        return "\n".join(
            [
                self.tr("Tongwen Reader {version}").format(version=__version__),
                self.tr("An offline reader for Chinese-language articles."),
                "",
                self.tr("Qt {qt} · PySide6 {pyside} · OpenCC (opencc-py) {opencc} · Python {py}")
                .format(qt=qVersion(), pyside=PySide6.__version__,
                        opencc=version("opencc-py"), py=platform.python_version()),
                "",
                self.tr("Licences: Tongwen Reader MIT; Qt and PySide6 LGPL-3.0; OpenCC and its"
                        " dictionaries Apache-2.0."),
                "",
                self.tr("Your data (annotations, settings, the library index) is in:"),
                str(self._data_dir),
            ]
        )  # fmt: skip

    @Slot()
    def show_about(self) -> QMessageBox:
        """The About box (plain text)."""
        from PySide6.QtWidgets import QMessageBox

        box = message_box(
            self._window,
            QMessageBox.Icon.Information,
            self.tr("About Tongwen Reader"),
            self.about_text(),
        )
        box.setObjectName("aboutBox")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.show()
        return box
