"""The interface language: 繁體中文 (Taiwan usage), 简体中文 (mainland usage) or English.

Chosen from the system locale unless the reader picked one in View ▸ Language (remembered as
``view/language``). :func:`install_translators` runs in ``reader.app`` before the window is
built; it installs the app's catalogue (``resources/translations/tongwen_<lang>.qm``, built by
``pyside6-lrelease`` from the ``.ts`` sources next to it) and Qt's own (``qtbase_<lang>.qm``
from PySide6's translations folder, so that standard buttons such as Save/Cancel match).

A new choice applies when the app next starts (the window says so): retranslating every
widget in place would need a ``changeEvent`` in each, for a choice made once.

Translation contexts: ``self.tr()`` in PySide6 takes the *runtime* class name as its context,
so it is used only in classes nothing subclasses; module-level code and tables call
``QCoreApplication.translate`` with an explicit context, at the time of use (never at import,
when no translator is installed yet).
"""

from __future__ import annotations

import enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QSettings, Slot
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from reader.model.script.tables import package_folder
from reader.ui.plain import message_box
from reader.ui.settings import Key, read_text, write


class Language(enum.StrEnum):
    """An interface language (its value is the catalogue suffix)."""

    TRADITIONAL = "zh_TW"
    SIMPLIFIED = "zh_CN"
    ENGLISH = "en"


#: Each language as it names itself (the menu shows them so, whatever the interface language).
NATIVE_NAMES = {
    Language.TRADITIONAL: "繁體中文",
    Language.SIMPLIFIED: "简体中文",
    Language.ENGLISH: "English",
}

_TRADITIONAL_REGIONS = {"TW", "HK", "MO"}


def language_for_locale(locale: QLocale) -> Language:
    """The language for a system locale: zh_TW/HK/MO → 繁體, other Chinese → 简体, else English.

    A Chinese locale named by script alone (``zh_Hant``) counts by its script.
    """
    if locale.language() != QLocale.Language.Chinese:
        return Language.ENGLISH
    name = locale.name()  # e.g. "zh_TW", "zh_CN"
    region = name.split("_")[-1] if "_" in name else ""
    if locale.script() == QLocale.Script.TraditionalChineseScript or region in _TRADITIONAL_REGIONS:
        return Language.TRADITIONAL
    return Language.SIMPLIFIED


def chosen_language(settings: QSettings, system: QLocale | None = None) -> Language:
    """The remembered choice, else the system locale's language."""
    value = read_text(settings, Key.LANGUAGE)
    remembered = next((lang for lang in Language if lang.value == value), None)
    return remembered or language_for_locale(system if system is not None else QLocale.system())


def catalogue(language: Language) -> Path | None:
    """The app's compiled catalogue for ``language`` (None for English, the source language).

    English has a catalogue too, holding only its plural forms ("1 result", "2 results").
    """
    path = package_folder("reader.resources") / "translations" / f"tongwen_{language.value}.qm"
    return path if path.is_file() else None


def qt_catalogue(language: Language) -> Path | None:
    """Qt's own catalogue (``qtbase_zh_TW.qm``…) for ``language``, when PySide6 ships one."""
    if language is Language.ENGLISH:
        return None
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    path = folder / f"qtbase_{language.value}.qm"
    return path if path.is_file() else None


def install_translators(app: QCoreApplication, language: Language) -> list[QObject]:
    """Install the catalogues of ``language`` on ``app``; the translators (keep them alive).

    Also makes the language's locale the default one, so that Qt's own formatting (and the
    ``QLocale()`` of widgets) agrees with the interface.
    """
    from PySide6.QtCore import QTranslator

    QLocale.setDefault(QLocale(language.value if language is not Language.ENGLISH else "en_US"))
    installed: list[QObject] = []
    for path in (qt_catalogue(language), catalogue(language)):
        if path is None:
            continue
        translator = QTranslator(app)
        if translator.load(str(path)) and app.installTranslator(translator):
            installed.append(translator)
    return installed


class LanguageMenu(QObject):
    """View ▸ Language: the three languages, each in its own name; a choice is remembered and
    applies on the next start (a message says so)."""

    def __init__(self, settings: QSettings, current: Language, parent: QWidget) -> None:
        super().__init__(parent)
        self._settings = settings
        self._current = current
        self._parent = parent
        self.menu = QMenu(self.tr("&Language"), parent)
        self.menu.setObjectName("languageMenu")
        self.group = QActionGroup(self)
        self.group.setExclusive(True)
        self.actions: dict[Language, QAction] = {}
        for language, name in NATIVE_NAMES.items():
            action = QAction(name, self.menu)
            action.setCheckable(True)
            action.setChecked(language is current)
            action.setData(language.value)
            self.group.addAction(action)
            self.menu.addAction(action)
            self.actions[language] = action
        self.group.triggered.connect(self._on_group_triggered)

    def choose(self, language: Language) -> None:
        """Remember ``language``; it applies on the next start."""
        self.actions[language].setChecked(True)
        write(self._settings, Key.LANGUAGE, language)
        if language is not self._current:
            from PySide6.QtWidgets import QMessageBox

            message_box(
                self._parent,
                QMessageBox.Icon.Information,
                self.tr("Language"),
                self.tr("Tongwen Reader will use {language} the next time it starts.").format(
                    language=NATIVE_NAMES[language]
                ),
            ).exec()

    @Slot(QAction)
    def _on_group_triggered(self, action: QAction) -> None:
        self.choose(Language(str(action.data())))
