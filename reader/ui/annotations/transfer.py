"""Exporting and importing annotations from the window: File → Export / Import Annotations…

Export asks what (this document or the library) and how (Markdown in the display script, or
W3C Web Annotation JSON-LD with the original text), then where; import reads W3C JSON-LD
(nothing is duplicated). File text and names go into dialogs as plain text only.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from reader.model.annotations.annotation import AnchoredAnnotation, Annotation, DocumentRecord
from reader.model.annotations.changes import AnnotationChange, ChangeKind
from reader.model.annotations.store import AnnotationStore
from reader.model.document.document import Document
from reader.model.document.files import RefusedFileError
from reader.model.document.problems import Problem, Reason
from reader.model.script.modes import DisplayMode
from reader.model.script.options import ScriptOptions
from reader.ui.plain import warn
from reader.ui.problems import describe_problem
from reader.ui.script.labels import mode_phrase


class AnnotationTransfer(QObject):
    """The Export… and Import… actions.

    ``document()``, ``mode()`` and ``options()`` say what is shown and how it is converted;
    ``parent_widget()`` is where dialogs open.
    Signals: ``message(text)`` for the status bar, ``imported(change)`` after an import.
    """

    message = Signal(str)
    imported = Signal(object)

    def __init__(
        self,
        store: AnnotationStore | None,
        document: Callable[[], Document | None],
        mode: Callable[[], DisplayMode],
        parent_widget: Callable[[], QWidget | None],
        parent: QObject | None = None,
        options: Callable[[], ScriptOptions] | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self._document = document
        self._mode = mode
        self._options = options
        self._parent_widget = parent_widget
        self.export_action = QAction(self.tr("&Export Annotations…"), self)
        self.export_action.triggered.connect(self.export_annotations)
        self.import_action = QAction(self.tr("&Import Annotations…"), self)
        self.import_action.triggered.connect(self.import_annotations)
        for action in (self.export_action, self.import_action):
            action.setEnabled(store is not None)

    @Slot()
    def export_annotations(self) -> None:
        """Ask what to export and where; write Markdown or W3C JSON-LD."""
        store = self.store
        if store is None:
            return
        doc = self._document()
        mode = self._mode()
        parent = self._parent_widget()
        # The dialogs are imported when first wanted (not at the window's start-up).
        from reader.ui.annotations import dialogs
        from reader.ui.annotations.dialogs import ExportFormat, ExportScope

        choice = dialogs.ask_export_choice(parent, doc is not None, mode_phrase(mode))
        if choice is None:
            return
        w3c = choice.format is ExportFormat.W3C
        stem = (
            doc.path.stem
            if doc is not None and choice.scope is ExportScope.DOCUMENT
            else "annotations"
        )
        from PySide6.QtWidgets import QFileDialog  # not needed for the first article

        path, _ = QFileDialog.getSaveFileName(
            parent,
            self.tr("Export Annotations"),
            str(Path.home() / (stem + (".jsonld" if w3c else ".md"))),
            self.tr("W3C Web Annotation JSON-LD (*.jsonld *.json)")
            if w3c
            else self.tr("Markdown (*.md)"),
        )
        if not path:
            return
        # The formats' module (and uuid, json's encoder) is imported on the first export or
        # import, not with the window.
        from reader.model.annotations.transfer import (
            document_entry,
            library_entries,
            markdown,
            w3c_collection,
        )

        try:
            entries: Sequence[tuple[DocumentRecord, Sequence[Annotation | AnchoredAnnotation]]]
            if choice.scope is ExportScope.DOCUMENT and doc is not None:
                entry = document_entry(store, doc)
                entries = [entry] if entry is not None else []
            else:
                entries = library_entries(store)
            count = sum(len(anns) for _, anns in entries)
            if w3c:
                text = json.dumps(w3c_collection(entries), ensure_ascii=False, indent=2) + "\n"
            else:
                text = markdown(entries, mode, self._options() if self._options else None)
        except sqlite3.Error as exc:
            self._warn(
                self.tr("Export Annotations"),
                self.tr("Could not read the annotations: {error}").format(error=exc),
            )
            return
        from PySide6.QtCore import QSaveFile

        target = QSaveFile(path)
        if not target.open(QSaveFile.OpenModeFlag.WriteOnly):
            self._cannot_write(path, target.errorString())
            return
        target.write(text.encode("utf-8"))
        if not target.commit():
            self._cannot_write(path, target.errorString())
            return
        self.message.emit(
            self.tr("Exported %n annotation(s) to {path}", "", count).format(path=path)
        )

    @Slot()
    def import_annotations(self) -> None:
        """Ask for a W3C Web Annotation file and import it (nothing is duplicated)."""
        store = self.store
        if store is None:
            return
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(
            self._parent_widget(),
            self.tr("Import Annotations"),
            str(Path.home()),
            self.tr("W3C Web Annotation JSON-LD (*.jsonld *.json);;All files (*)"),
        )
        if not path:
            return
        from reader.model.annotations.transfer import (
            AnnotationImportError,
            import_w3c,
            read_import_file,
        )
        from reader.ui.annotations.import_problems import describe_import_problem

        try:
            data = read_import_file(Path(path))
        except (OSError, UnicodeDecodeError) as exc:
            self._warn(
                self.tr("Import Annotations"),
                self.tr("Cannot read {path}: {error}").format(path=path, error=self._why(exc)),
            )
            return
        try:
            result = import_w3c(store, data)
        except AnnotationImportError as exc:
            self._warn(
                self.tr("Import Annotations"),
                self.tr("{name}: {problem}").format(
                    name=Path(path).name, problem=describe_import_problem(exc.problem)
                ),
            )
            return
        except sqlite3.Error as exc:
            self._warn(
                self.tr("Import Annotations"),
                self.tr("The annotations could not be stored: {error}").format(error=exc),
            )
            return
        self.imported.emit(AnnotationChange(ChangeKind.IMPORTED, store.counts_by_path(), True))
        self.message.emit(
            self.tr(
                "Imported {name}: {added} added, {updated} updated, {unchanged} already there"
            ).format(
                name=Path(path).name,
                added=result.added,
                updated=result.updated,
                unchanged=result.unchanged,
            )
        )

    def _why(self, error: OSError | UnicodeDecodeError) -> str:
        """Why an import file cannot be read, in the interface language where it can be."""
        if isinstance(error, UnicodeDecodeError):
            return self.tr("the file is not UTF-8 text")
        if isinstance(error, RefusedFileError):
            return describe_problem(error.problem)
        if isinstance(error, PermissionError):
            return describe_problem(Problem(Reason.PERMISSION))
        if isinstance(error, FileNotFoundError):
            return describe_problem(Problem(Reason.MISSING))
        if isinstance(error, IsADirectoryError):
            return describe_problem(Problem(Reason.FOLDER))
        return describe_problem(Problem(Reason.CANNOT_READ, error.strerror or str(error)))

    def _cannot_write(self, path: str, error: str) -> None:
        self._warn(
            self.tr("Export Annotations"),
            self.tr("Cannot write {path}: {error}").format(path=path, error=error),
        )

    def _warn(self, title: str, message: str) -> None:
        warn(self._parent_widget(), title, message)
