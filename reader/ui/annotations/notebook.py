"""The annotation browser (View → All Annotations…, Ctrl+Shift+A): every highlight and note.

A window of its own beside the reader's: a search box (either script: 台湾 finds 臺灣 and
台灣; as you type), filters by colour, document, source and period, the order, and the list
(paged lazily from :class:`reader.model.annotations.notebook.Notebook`, which runs the query
in SQL). The query runs off the UI thread through the :class:`TaskOwner`, a newer one making
the older stale. Opening an entry (double-click, Enter, Open) shows its document in the
article pane through the :class:`ArticleSession`, with the highlight revealed; Export writes
the chosen entries as Markdown (in the display script) or W3C Web Annotation JSON-LD, with the
export code of :mod:`reader.model.annotations.transfer`.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSaveFile,
    QSize,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from reader.model.annotations.annotation import Colour
from reader.model.annotations.notebook import Notebook, NotebookQuery, NotebookSort
from reader.model.annotations.transfer import markdown, w3c_collection
from reader.model.script.convert import converter_function
from reader.model.script.detect import detect_script
from reader.model.script.modes import DisplayMode
from reader.ui.annotations.colours import colour_name, swatch_icon
from reader.ui.annotations.notebook_model import ID_ROLE, NotebookModel
from reader.ui.article.session import ArticleSession
from reader.ui.noop import QT_TRANSLATE_NOOP, override
from reader.ui.plain import plain_labels, warn
from reader.ui.tasks import TaskOwner, describe

SEARCH_DELAY_MS = 150  # typing pauses this long before the query runs

# (label, days back; 0 = since local midnight, None = any time)
PERIODS: tuple[tuple[str, int | None], ...] = (
    (QT_TRANSLATE_NOOP("NotebookWindow", "Any time"), None),
    (QT_TRANSLATE_NOOP("NotebookWindow", "Today"), 0),
    (QT_TRANSLATE_NOOP("NotebookWindow", "Past 7 days"), 7),
    (QT_TRANSLATE_NOOP("NotebookWindow", "Past 30 days"), 30),
    (QT_TRANSLATE_NOOP("NotebookWindow", "Past year"), 365),
)

SORTS: tuple[tuple[str, NotebookSort], ...] = (
    (QT_TRANSLATE_NOOP("NotebookWindow", "Newest first"), NotebookSort.NEWEST),
    (QT_TRANSLATE_NOOP("NotebookWindow", "Oldest first"), NotebookSort.OLDEST),
    (QT_TRANSLATE_NOOP("NotebookWindow", "By document"), NotebookSort.DOCUMENT),
    (QT_TRANSLATE_NOOP("NotebookWindow", "By colour"), NotebookSort.COLOUR),
)


# What the document and source filters offer: (id, title, count) and (source, count).
Facets = tuple[list[tuple[int, str, int]], list[tuple[str, int]]]


def _tr(text: str) -> str:
    return QCoreApplication.translate("NotebookWindow", text)


def period_start(days: int | None, now: datetime | None = None) -> datetime | None:
    """The first moment a period choice includes (local midnight ``days`` days back)."""
    if days is None:
        return None
    local = (now or datetime.now(UTC)).astimezone()
    midnight = local.replace(hour=0, minute=0, second=0, microsecond=0)
    return (midnight - timedelta(days=days)).astimezone(UTC)


class _RowDelegate(QStyledItemDelegate):
    """Every row three lines high, measured with the fonts Chinese text falls back to (the
    list's rows are all one height; the first row alone would set it otherwise)."""

    @override
    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        lines = option.fontMetrics.boundingRect(
            QRect(0, 0, 100000, 100000), 0, "國Ag\n國Ag\n國Ag"
        ).height()
        return QSize(size.width(), max(size.height(), lines + 8))


class NotebookWindow(QWidget):
    """Every annotation of the library, searchable, filtered, sorted, opened and exported.

    Signals: ``listed(shown, total)`` after each query.
    """

    listed = Signal(int, int)

    def __init__(
        self,
        annotations: Path,
        library: Path,
        session: ArticleSession,
        tasks: TaskOwner,
        parent: QWidget,
        enabled: bool = True,
        action: QAction | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("notebookWindow")
        self.setWindowTitle(self.tr("All Annotations"))
        self._paths = (annotations, library)
        self._session = session
        self._tasks = tasks
        self._notebook: Notebook | None = None
        self._mode = DisplayMode.ORIGINAL
        self._stale = True
        self._facets: Facets | None = None

        # A window that builds this one on first use makes the action itself (its menu lists
        # it from the start) and has it call open_window(); else it is made here.
        if action is None:
            action = QAction(self.tr("All &Annotations…"), self)
            action.setShortcut(QKeySequence("Ctrl+Shift+A"))
            action.setEnabled(enabled)
            action.triggered.connect(self.open_window)
            parent.addAction(action)
        self.action = action
        self.close_action = QAction(self.tr("Close All Annotations"), self)
        self.close_action.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self.close_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.close_action.triggered.connect(self.close)
        self.addAction(self.close_action)

        self.search = QLineEdit(self)
        self.search.setObjectName("notebookSearch")
        self.search.setPlaceholderText(self.tr("Search highlights and notes (either script)"))
        self.search.setClearButtonEnabled(True)
        self.colour = QComboBox(self)
        self.colour.addItem(self.tr("All colours"), None)
        for colour in Colour:
            self.colour.addItem(swatch_icon(colour), colour_name(colour), colour.value)
        self.document = QComboBox(self)
        self.document.setMinimumContentsLength(8)
        self.document.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.source = QComboBox(self)
        self.source.setMinimumContentsLength(6)
        self.source.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.period = QComboBox(self)
        for label, days in PERIODS:
            self.period.addItem(_tr(label), days)
        self.sort = QComboBox(self)
        for label, sort in SORTS:
            self.sort.addItem(_tr(label), sort.value)
        self.model = NotebookModel(self)
        self.list = QListView(self)
        self.list.setObjectName("notebookList")
        self.list.setModel(self.model)
        self.list.setItemDelegate(_RowDelegate(self.list))
        self.list.setUniformItemSizes(True)  # 10,000 rows: no per-row size query
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setWordWrap(False)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setAlternatingRowColors(True)
        self.list.setSpacing(2)
        self.count = QLabel(self)
        self.count.setObjectName("notebookCount")
        self.open_button = QPushButton(self.tr("&Open"), self)
        self.export_button = QPushButton(self.tr("&Export Selected"), self)
        export_menu = QMenu(self.export_button)
        self.markdown_action = export_menu.addAction(self.tr("As &Markdown…"))
        self.w3c_action = export_menu.addAction(self.tr("As &W3C Web Annotation JSON-LD…"))
        self.export_button.setMenu(export_menu)
        self._layout()
        self._on_selection_changed()

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(self._timer.start)
        for combo in (self.colour, self.document, self.source, self.period, self.sort):
            combo.currentIndexChanged.connect(self.refresh)
        self.list.activated.connect(self._on_list_activated)
        self.list.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.open_button.clicked.connect(self._on_open_clicked)
        self.markdown_action.triggered.connect(self._on_markdown_triggered)
        self.w3c_action.triggered.connect(self._on_w3c_triggered)
        self.resize(760, 620)
        plain_labels(self)

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        filters = QHBoxLayout()
        for label, combo, row in (
            (self.tr("Sort:"), self.sort, top),
            (self.tr("Colour:"), self.colour, filters),
            (self.tr("Document:"), self.document, filters),
            (self.tr("Source:"), self.source, filters),
            (self.tr("When:"), self.period, filters),
        ):
            caption = QLabel(label, self)
            caption.setBuddy(combo)
            row.addWidget(caption)
            row.addWidget(combo, 1 if combo in (self.document, self.source) else 0)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count, 1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)

    # ----- life cycle -----
    @Slot()
    def open_window(self) -> None:
        """Show the window (its query is run again if the annotations changed meanwhile)."""
        if self._notebook is None:
            try:
                self._notebook = Notebook(*self._paths)
            except sqlite3.Error as exc:
                warn(
                    self.parentWidget(),
                    self.tr("All Annotations"),
                    self.tr("Could not read the annotations: {error}").format(error=exc),
                )
                return
            self.model.set_notebook(self._notebook)
        self.show()
        self.raise_()
        self.activateWindow()
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if self._stale:
            self.refresh(with_filters=True)

    def close_notebook(self) -> None:
        """Close the database connection (the window closes with the main window)."""
        self._tasks.supersede("notebook")
        self.model.set_notebook(None)
        if self._notebook is not None:
            self._notebook.close()
            self._notebook = None
        self.hide()

    @Slot(object)
    def annotations_changed(self, change: object = None) -> None:
        """Some annotations changed: list them again (now if shown, else when next shown)."""
        self._stale = True
        if self.isVisible() and self._notebook is not None:
            self.refresh(with_filters=True)

    def set_mode(self, mode: DisplayMode) -> None:
        """Show quotes, titles and sources in the display mode ``mode``."""
        self._mode = mode
        self.model.set_mode(mode)
        if self._facets is not None:
            self._fill_filters(*self._facets)

    # ----- the query -----
    def query(self) -> NotebookQuery:
        """What the search box and the filters ask for."""
        colour = self.colour.currentData()
        days = self.period.currentData()
        return NotebookQuery(
            text=self.search.text(),
            colours=frozenset({Colour(colour)}) if colour else frozenset(),
            document_id=self.document.currentData(),
            source=self.source.currentData(),
            since=period_start(days),
            sort=NotebookSort(self.sort.currentData()),
        )

    @Slot()
    def refresh(self, with_filters: bool = False) -> None:
        """Run the query again (off the UI thread; an older run's result is dropped), and
        with ``with_filters`` also what the document and source filters offer."""
        notebook = self._notebook
        if notebook is None:
            return
        self._timer.stop()
        self._stale = False
        query = self.query()

        def run() -> tuple[list[str], int, Facets | None]:
            facets = (notebook.documents(), notebook.sources()) if with_filters else None
            return notebook.ids(query), notebook.total(), facets

        self._tasks.submit(run, self._on_query_done, self._on_query_failed, key="notebook")

    def _fill_filters(
        self, documents: list[tuple[int, str, int]], sources: list[tuple[str, int]]
    ) -> None:
        self._fill(
            self.document,
            self.tr("All documents"),
            [(self._shown(title) or self.tr("(untitled)"), doc_id, n)
             for doc_id, title, n in documents],
        )  # fmt: skip
        self._fill(
            self.source,
            self.tr("All sources"),
            [(self._shown(s) if s else self.tr("(no source)"), s, n) for s, n in sources],
        )

    def _shown(self, text: str) -> str:
        if self._mode is DisplayMode.ORIGINAL:
            return text
        return converter_function(self._mode, detect_script(text))(text)

    def _fill(
        self, combo: QComboBox, everything: str, items: list[tuple[str, object, int]]
    ) -> None:
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, None)
        for label, value, n in items:
            combo.addItem(f"{label} ({n})", value)
        found = combo.findData(chosen) if chosen is not None else 0
        combo.setCurrentIndex(max(found, 0))
        combo.blockSignals(False)

    @Slot(object)
    def _on_query_done(self, result: tuple[list[str], int, Facets | None]) -> None:
        ids, total, facets = result
        if facets is not None:
            self._facets = facets
            self._fill_filters(*facets)
        self.model.set_ids(ids)
        if ids:
            self.list.setCurrentIndex(self.model.index(0))
            self.list.clearSelection()
        self.count.setText(
            self.tr("%n annotation(s) shown", "", len(ids))
            + " · "
            + self.tr("%n in all", "", total)
        )
        self._on_selection_changed()
        self.listed.emit(len(ids), total)

    @Slot(object)
    def _on_query_failed(self, error: BaseException) -> None:
        self.count.setText(self.tr("Could not read the annotations: {error}").format(
            error=describe(error)))  # fmt: skip

    # ----- opening and exporting -----
    def chosen_ids(self) -> list[str]:
        """The ids of the selected entries, in list order."""
        rows = sorted(i.row() for i in self.list.selectionModel().selectedRows())
        return [str(self.model.index(r).data(ID_ROLE)) for r in rows]

    def open_row(self, row: int) -> bool:
        """Show the annotation at ``row`` in its article; False when its file is gone."""
        entry = self.model.entry(row)
        if entry is None:
            return False
        path = Path(entry.path)
        if not entry.path or not path.is_file():
            self.count.setText(self.tr("The document of this highlight is not there any more."))
            return False
        self._session.open(path, reveal=(entry.start, entry.end), select=True)
        main = self.parentWidget()
        if main is not None:
            main.raise_()
            main.activateWindow()
        return True

    def export(self, w3c: bool) -> int:
        """Ask where, then write the chosen annotations; returns how many were written."""
        ids = self.chosen_ids()
        if not ids or self._notebook is None:
            return 0
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export Annotations"),
            str(Path.home() / ("annotations.jsonld" if w3c else "annotations.md")),
            self.tr("W3C Web Annotation JSON-LD (*.jsonld *.json)")
            if w3c
            else self.tr("Markdown (*.md)"),
        )
        if not path:
            return 0
        try:
            entries = self._notebook.export_entries(ids)
        except sqlite3.Error as exc:
            warn(self, self.tr("Export Annotations"),
                 self.tr("Could not read the annotations: {error}").format(error=exc))  # fmt: skip
            return 0
        if w3c:
            text = json.dumps(w3c_collection(entries), ensure_ascii=False, indent=2) + "\n"
        else:
            text = markdown(entries, self._mode)
        target = QSaveFile(path)
        if not (
            target.open(QSaveFile.OpenModeFlag.WriteOnly)
            and target.write(text.encode("utf-8")) >= 0
            and target.commit()
        ):
            warn(self, self.tr("Export Annotations"),
                 self.tr("Cannot write {path}: {error}").format(
                     path=path, error=target.errorString()))  # fmt: skip
            return 0
        count = sum(len(anns) for _, anns in entries)
        self.count.setText(
            self.tr("Exported %n annotation(s) to {path}", "", count).format(path=path)
        )
        return count

    # ----- slots -----
    @Slot(QModelIndex)
    def _on_list_activated(self, index: QModelIndex) -> None:
        self.open_row(index.row())

    @Slot()
    def _on_open_clicked(self) -> None:
        index = self.list.currentIndex()
        if index.isValid():
            self.open_row(index.row())

    @Slot()
    def _on_selection_changed(self) -> None:
        chosen = bool(self.list.selectionModel().selectedRows())
        self.export_button.setEnabled(chosen)
        self.open_button.setEnabled(self.list.currentIndex().isValid())

    @Slot()
    def _on_markdown_triggered(self) -> None:
        self.export(w3c=False)

    @Slot()
    def _on_w3c_triggered(self) -> None:
        self.export(w3c=True)

    @override
    def closeEvent(self, event: QCloseEvent) -> None:
        self._timer.stop()
        super().closeEvent(event)
