"""The window's settings: every key once, and typed readers that never trust the file.

Settings live in ``settings.ini`` in the data folder (:class:`reader.model.paths.DataFiles`),
written by :class:`QSettings` in INI format. A value read back may be missing, of another type
(a hand-edited file, an older version) or out of range: the readers here return the default
then, so a damaged settings file never stops the window.

The window's own settings (:class:`WindowSettings`) are written to the file on a thread of
their own: Qt's sync of a changed settings file locks it and commits a new copy, and both wait
for the disk (two fdatasyncs, 34 ms and once 393 ms on a busy disk), which on the UI thread
stalled the window after every change (the first article, each article opened, the script
toggle…).
"""

from __future__ import annotations

import enum
import threading
import weakref
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QObject,
    QSettings,
    Qt,
    QThread,
    Signal,
    Slot,
)

from reader.model.paths import DataFiles

E = TypeVar("E", bound=enum.Enum)


class Key(enum.StrEnum):
    """Every settings key."""

    DOCUMENT = "view/document"
    SCRIPT = "view/script"
    TRADITIONAL_VARIANT = "view/traditional_variant"
    SIMPLIFIED_VARIANT = "view/simplified_variant"
    VOCABULARY = "view/vocabulary"  # regional vocabulary on (characters only: off)
    TAI = "view/tai"  # 台 or 臺 for the Taiwan forms; empty: as native writers mix them
    ANNOTATION_PANEL = "view/annotation_panel"
    LANGUAGE = "view/language"  # the interface language; unset: the system's
    LIBRARY_LIST = "view/library_list"  # whether the reader wants the list shown
    CARET_BROWSING = "view/caret_browsing"
    LAST_FOLDER = "library/last_folder"  # where Open Folder starts
    LIBRARY_PATHS = "library/paths"
    LIBRARY_SORT = "library/sort"  # the list's sort order, e.g. "date-desc"
    GEOMETRY = "window/geometry"
    SPLITTER = "window/splitter"
    COLOUR = "annotations/colour"
    POINT_SIZE = "reading/point_size"
    THEME = "reading/theme"
    CHINESE_FONT = "reading/chinese_font"
    LATIN_FONT = "reading/latin_font"
    LINE_SPACING = "reading/line_spacing"
    PARAGRAPH_SPACING = "reading/paragraph_spacing"
    MEASURE = "reading/measure"
    JUSTIFY = "reading/justify"


def open_settings(data_dir: Path) -> WindowSettings:
    """The settings of the data folder ``data_dir``."""
    return WindowSettings(str(DataFiles(data_dir).settings))


class WindowSettings(QSettings):
    """The window's settings, read from memory and written to the file off the UI thread.

    A :class:`QSettings` (every part of the window takes one) that reads the file once, when
    it is made, and then answers from memory: what it was given at once, what the file held
    otherwise. Each value given to it goes to a thread of its own (made at the first), where a
    QSettings of that thread's (Qt's supported way: one instance per thread, the same file)
    takes it, and Qt's own deferred sync writes the file there, in C++ without holding
    Python's lock, as soon as that thread has taken what was given meanwhile: a crash loses
    what Qt's deferred sync on the UI thread would have lost. Qt merges what another window
    wrote to the file in the meantime, as before (each process writes only the keys it was
    given). :meth:`sync` waits until everything given so far is in the file; the thread ends
    with this object (and at exit), after writing what it still holds.

    The UI thread never touches the file after this object is made: the file's lock is held
    by the writing thread while it waits for the disk, and a read would wait for it too. Only
    :meth:`value`, :meth:`setValue` and :meth:`sync` are the window's (the readers and
    :func:`write` below use nothing else).
    """

    _stored = Signal(str, object)
    _flushed = Signal(object)
    #: The class of the writing thread's QSettings (a test double sees which thread writes).
    writer_file_type: type[QSettings] = QSettings

    def __init__(self, path: str) -> None:
        super().__init__(path, QSettings.Format.IniFormat)
        #: Every value as this process knows it: the file's, then what it was given.
        self._values: dict[str, object] = {
            key: QSettings.value(self, key) for key in QSettings.allKeys(self)
        }
        self._writer: _SettingsWriter | None = None

    # QSettings' own parameter names (a caller may name them).
    def value(
        self,
        key: str,
        /,
        defaultValue: Any = None,  # noqa: N803
        type: object | None = None,  # noqa: A002
    ) -> Any:
        """The value under ``key`` (``defaultValue`` when there is none); ``type`` is not
        supported (the readers below convert)."""
        if type is not None:
            raise TypeError("WindowSettings.value does not convert: use the readers")
        return self._values.get(key, defaultValue)

    def setValue(self, key: str, value: Any, /) -> None:
        """Remember ``value`` under ``key`` (read back at once) and have the thread write it."""
        # A copy, as QSettings keeps (not the caller's list or bytes, should they change).
        if isinstance(value, list):
            value = list(value)
        elif isinstance(value, QByteArray):
            value = QByteArray(value)
        self._values[key] = value
        if self._writer is None:
            self._writer = self._start_writer()
        self._stored.emit(key, value)

    def sync(self) -> None:
        """Wait until everything given so far is written to the file."""
        if self._writer is None:
            return  # nothing given: nothing to write
        done = threading.Event()
        self._flushed.emit(done)
        done.wait()  # the writer's thread needs Python's lock: Event.wait gives it up

    def _start_writer(self) -> _SettingsWriter:
        if QCoreApplication.instance() is None:  # the thread's event loop would never run
            raise RuntimeError("WindowSettings writes only once a QCoreApplication exists")
        thread = QThread()
        thread.setObjectName("settings-writer")
        writer = _SettingsWriter(self.fileName(), self.writer_file_type)
        writer.moveToThread(thread)
        queued = Qt.ConnectionType.QueuedConnection
        self._stored.connect(writer.store, queued)
        self._flushed.connect(writer.flush, queued)
        thread.start()
        # Not a method of self: the thread is stopped once self is gone (or at exit).
        weakref.finalize(self, _SettingsWriter.stop, writer, thread)
        return writer


class _SettingsWriter(QObject):
    """Lives on the settings' writing thread: gives each value to that thread's QSettings,
    whose deferred sync (an event on this thread's loop) writes the file."""

    _finish = Signal()

    def __init__(self, path: str, file_type: type[QSettings]) -> None:
        super().__init__()
        self._path, self._file_type = path, file_type
        self._settings: QSettings | None = None
        self._finish.connect(self._on_finish, Qt.ConnectionType.QueuedConnection)

    def _file(self) -> QSettings:
        if self._settings is None:  # made on this thread, the one that uses it
            self._settings = self._file_type(self._path, QSettings.Format.IniFormat, self)
        return self._settings

    @Slot(str, object)
    def store(self, key: str, value: object) -> None:
        """Take ``value``: Qt writes the file once this thread has taken what is waiting."""
        self._file().setValue(key, value)

    @Slot(object)
    def flush(self, done: threading.Event) -> None:
        """Write the file now, then set ``done``."""
        try:
            self._file().sync()
        finally:
            done.set()

    @Slot()
    def _on_finish(self) -> None:
        if self._settings is not None:
            self._settings.sync()
        QThread.currentThread().quit()

    @staticmethod
    def stop(writer: _SettingsWriter, thread: QThread) -> None:
        """Write what ``writer`` still holds and end its ``thread`` (waits for both, unless
        the garbage collector runs this on that thread itself)."""
        writer._finish.emit()
        if QThread.currentThread() is not thread:
            thread.wait()


def read_text(settings: QSettings, key: Key, default: str = "") -> str:
    """A string value (``default`` when unset or empty)."""
    value = settings.value(key.value, default)
    return str(value) if value not in (None, "") else default


def read_bool(settings: QSettings, key: Key, default: bool) -> bool:
    """A true/false value (INI files store it as text)."""
    value = settings.value(key.value, default)
    if isinstance(value, bool):
        return value
    return str(value).strip().lower() not in ("false", "0", "no", "off", "")


def read_int(settings: QSettings, key: Key, default: int, low: int, high: int) -> int:
    """A whole number clamped to ``[low, high]``."""
    try:
        number = int(str(settings.value(key.value, default)))
    except ValueError:
        number = default
    return min(high, max(low, number))


def read_choice(settings: QSettings, key: Key, default: E) -> E:
    """One of the members of ``default``'s enumeration (by value), else ``default``."""
    value = str(settings.value(key.value, default.value))
    kind = type(default)
    return next((m for m in kind if str(m.value) == value), default)


def read_paths(settings: QSettings, key: Key) -> list[Path]:
    """A list of paths that still exist."""
    value = settings.value(key.value, [])
    items = [value] if isinstance(value, str) else list(value) if isinstance(value, list) else []
    return [Path(p) for p in items if p and Path(str(p)).exists()]


def read_bytes(settings: QSettings, key: Key) -> QByteArray | None:
    """A saved binary state (window geometry, splitter), None when there is none."""
    value = settings.value(key.value)
    return value if isinstance(value, QByteArray) and not value.isEmpty() else None


def write(settings: QSettings, key: Key, value: object) -> None:
    """Store ``value`` under ``key`` (enumerations by value)."""
    settings.setValue(key.value, value.value if isinstance(value, enum.Enum) else value)
