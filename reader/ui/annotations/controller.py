"""Highlights and notes in the window: selecting, highlighting, notes, colours, undo, export.

The controller owns the window's :class:`~reader.model.annotations.store.AnnotationStore`
(opened once, closed with the window) and everything annotation-related around the article pane:

* the actions (Edit menu: Highlight ``Ctrl+Shift+H``, Add Note ``Ctrl+Shift+M``, Undo/Redo;
  File menu: Export/Import Annotations; View menu: the panel), the pane's context menu, and a
  small toolbar that floats near a selection;
* the ``"annotations"`` highlight layer of the pane, rebuilt after every shown page (any display
  script) and every restyle (theme, text size);
* the :class:`~reader.ui.annotations.panel.AnnotationPanel` beside the article.

A selection is stored as the ORIGINAL clean-text range under it
(``pane_map.original_range``), so a highlight made in any display script covers the same
original text in every other. Every change is committed by the store at once and pushed on a
``QUndoStack`` (the commands call delete/undelete, or set the old colour or note back).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QByteArray,
    QDataStream,
    QEvent,
    QObject,
    QPoint,
    QRect,
    QSaveFile,
    QSettings,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QColor,
    QContextMenuEvent,
    QKeySequence,
    QTextCharFormat,
    QTextCursor,
    QUndoCommand,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QMenu,
    QMessageBox,
    QSplitter,
    QTextEdit,
    QToolButton,
    QWidget,
)
from typing_extensions import override

from reader.model.annotations.anchoring import Anchor
from reader.model.annotations.store import (
    Annotation,
    AnnotationStore,
    Colour,
    NotFoundError,
    StoreError,
)
from reader.model.annotations.transfer import (
    AnnotationImportError,
    import_w3c,
    library_entries,
    markdown,
    w3c_collection,
)
from reader.model.document.document import Document
from reader.model.script.convert import DisplayMode, convert
from reader.ui.annotations import dialogs as annotation_dialogs
from reader.ui.annotations.dialogs import ExportFormat, ExportScope
from reader.ui.annotations.panel import (
    COLOUR_NAMES,
    SWATCHES,
    AnnotationPanel,
    PanelItem,
    swatch_icon,
)
from reader.ui.article.reading_prefs import Theme, resolve

if TYPE_CHECKING:
    from reader.ui.article.reading_prefs import ReadingPrefs
    from reader.ui.main_window import MainWindow

LAYER = "annotations"
FLASH_LAYER = "annotation-flash"
FLASH_MS = 600
PANEL_KEY = "view/annotation_panel"
COLOUR_KEY = "annotations/colour"

MODE_NAMES = {
    DisplayMode.ORIGINAL: "the original script",
    DisplayMode.TRADITIONAL: "Traditional",
    DisplayMode.TAIWAN: "Traditional (Taiwan)",
    DisplayMode.HONGKONG: "Traditional (Hong Kong)",
    DisplayMode.SIMPLIFIED: "Simplified",
    DisplayMode.MAINLAND: "Simplified (mainland phrasing)",
}

# Semi-transparent so the text keeps its theme colour and stays readable: stronger on light
# paper (light, sepia), weaker on the dark theme where a bright wash would glare.
_ALPHA_LIGHT = {
    Colour.YELLOW: 120,
    Colour.GREEN: 95,
    Colour.BLUE: 85,
    Colour.PINK: 90,
    Colour.PURPLE: 85,
}
_ALPHA_DARK = {
    Colour.YELLOW: 80,
    Colour.GREEN: 80,
    Colour.BLUE: 95,
    Colour.PINK: 90,
    Colour.PURPLE: 100,
}


def highlight_colour(colour: Colour, dark: bool) -> QColor:
    """The pane's background for a highlight of ``colour`` on a light or dark theme."""
    result = QColor(SWATCHES[colour])
    result.setAlpha((_ALPHA_DARK if dark else _ALPHA_LIGHT)[colour])
    return result


@dataclass(frozen=True, slots=True)
class Placed:
    """An annotation of the shown document and where it is: ``qt`` is its pane range (None
    for an orphan), ``shown`` its text in the current display script."""

    annotation: Annotation
    anchor: Anchor
    qt: tuple[int, int] | None
    shown: str


class _StoreCommand(QUndoCommand):
    """An annotation change already made; undo and redo call the store again."""

    def __init__(
        self,
        controller: AnnotationController,
        text: str,
        redo: Callable[[], object],
        undo: Callable[[], object],
    ) -> None:
        super().__init__(text)
        self._controller = controller
        self._redo = redo
        self._undo = undo
        self._done = True  # the change was made before the command was pushed

    @override
    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._controller.run_change(self._redo)

    @override
    def undo(self) -> None:
        self._controller.run_change(self._undo)


class SelectionToolbar(QFrame):
    """The small toolbar that floats near a selection: five colours and a note button."""

    colour_chosen = Signal(str)
    note_requested = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("selectionToolbar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setCursor(Qt.CursorShape.ArrowCursor)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 3, 4, 3)
        layout.setSpacing(2)
        self.buttons: dict[Colour, QToolButton] = {}
        for colour, name in COLOUR_NAMES.items():
            button = QToolButton(self)
            button.setObjectName(f"highlight_{colour.value}")
            button.setIcon(swatch_icon(colour, 16))
            button.setToolTip(f"Highlight in {name.lower()}")
            button.setAccessibleName(f"Highlight in {name.lower()}")
            button.setAutoRaise(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keep the selection in the pane
            button.clicked.connect(partial(self.colour_chosen.emit, colour.value))
            layout.addWidget(button)
            self.buttons[colour] = button
        self.note_button = QToolButton(self)
        self.note_button.setObjectName("highlight_note")
        self.note_button.setText("Note…")
        self.note_button.setToolTip("Highlight and add a note (Ctrl+Shift+M)")
        self.note_button.setAutoRaise(True)
        self.note_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.note_button.clicked.connect(self.note_requested)
        layout.addWidget(self.note_button)
        self.hide()

    def show_near(self, selection: QRect) -> None:
        """Show just above ``selection`` (parent coordinates), or below it if no room."""
        self.adjustSize()
        parent = self.parentWidget()
        assert parent is not None
        size = self.sizeHint()
        x = max(4, min(selection.left(), parent.width() - size.width() - 4))
        y = selection.top() - size.height() - 6
        if y < 4:
            y = selection.bottom() + 8
        y = max(4, min(y, parent.height() - size.height() - 4))
        self.move(x, y)
        self.show()
        self.raise_()


class AnnotationController(QObject):
    """Everything annotation-related in the window (see the module documentation)."""

    # The path of a document whose annotations changed (for counts in the document list).
    annotations_changed = Signal(str)

    def __init__(self, window: MainWindow, data_dir: Path, settings: QSettings) -> None:
        super().__init__(window)
        self._window = window
        self._view = window.article
        self._settings = settings
        self.store: AnnotationStore | None = None
        self.error: str | None = None
        try:
            self.store = AnnotationStore.in_data_dir(data_dir)
        except (StoreError, OSError) as exc:
            self.error = f"Annotations are unavailable: {exc}"
        self._dark = False
        self._dragging = False
        self._sized = False
        self.placed: list[Placed] = []
        self.undo_stack = QUndoStack(self)
        remembered = str(settings.value(COLOUR_KEY, Colour.YELLOW.value))
        known = {c.value for c in Colour}
        self.colour = Colour(remembered) if remembered in known else Colour.YELLOW

        self.panel = AnnotationPanel(window)
        self.panel.annotation_activated.connect(self._on_panel_annotation_activated)
        self.panel.context_menu_requested.connect(self._on_panel_context_menu_requested)
        self.toolbar = SelectionToolbar(self._view)
        self.toolbar.colour_chosen.connect(self._on_toolbar_colour_chosen)
        self.toolbar.note_requested.connect(self.add_note)
        self._toolbar_timer = QTimer(self)
        self._toolbar_timer.setSingleShot(True)
        self._toolbar_timer.setInterval(150)
        self._toolbar_timer.timeout.connect(self._show_toolbar)
        self._flash_timer = QTimer(self)
        self._flash_timer.setSingleShot(True)
        self._flash_timer.setInterval(FLASH_MS)
        self._flash_timer.timeout.connect(self._on_flash_timer_timeout)
        self._build_actions()

        window.article_shown.connect(self._on_window_article_shown)
        self._view.selectionChanged.connect(self._on_view_selection_changed)
        self._view.verticalScrollBar().valueChanged.connect(self._on_view_scrolled)
        self._view.viewport().installEventFilter(self)
        # Restyling the pane (theme, text size) re-sets its page, which drops the layers; being
        # styled by the same preferences, after the pane, puts them back at once.
        window.reading_prefs.attach(self)

    # ----- actions and menus -----
    def _build_actions(self) -> None:
        parent = self._window
        self.highlight_action = QAction("&Highlight", parent)
        self.highlight_action.setShortcut(QKeySequence("Ctrl+Shift+H"))
        self.highlight_action.setToolTip("Highlight the selection in the last colour used")
        self.highlight_action.triggered.connect(self._on_highlight_triggered)
        self.note_action = QAction("Add &Note…", parent)
        self.note_action.setShortcut(QKeySequence("Ctrl+Shift+M"))
        self.note_action.triggered.connect(self.add_note)
        self.undo_action = self.undo_stack.createUndoAction(parent, "&Undo")
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(parent, "&Redo")
        self.redo_action.setShortcuts(
            [QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")]
            if not QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
            else QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
        )
        self.export_action = QAction("&Export Annotations…", parent)
        self.export_action.triggered.connect(self.export_annotations)
        self.import_action = QAction("&Import Annotations…", parent)
        self.import_action.triggered.connect(self.import_annotations)
        self.panel_action = QAction("&Annotations Panel", parent)
        self.panel_action.setCheckable(True)
        visible = str(self._settings.value(PANEL_KEY, "true")).lower() not in ("false", "0")
        self.panel_action.setChecked(visible)
        self.panel.setHidden(not visible)
        self.panel_action.toggled.connect(self._on_panel_action_toggled)
        for action in (
            self.highlight_action,
            self.note_action,
            self.export_action,
            self.import_action,
        ):
            action.setEnabled(self.store is not None)

    def add_to_file_menu(self, menu: QMenu) -> None:
        """Export… and Import… in the File menu."""
        menu.addAction(self.export_action)
        menu.addAction(self.import_action)

    def add_to_edit_menu(self, menu: QMenu) -> None:
        """Undo, Redo, Highlight and Add Note in the Edit menu."""
        menu.addAction(self.undo_action)
        menu.addAction(self.redo_action)
        menu.addSeparator()
        menu.addAction(self.highlight_action)
        highlight_in = menu.addMenu("Highlight &In")
        self._add_colour_actions(highlight_in, self.highlight, None)
        menu.addAction(self.note_action)

    def add_to_view_menu(self, menu: QMenu) -> None:
        """The panel's toggle in the View menu."""
        menu.addAction(self.panel_action)

    def _add_colour_actions(
        self, menu: QMenu, slot: Callable[[Colour], object], checked: Colour | None
    ) -> None:
        group = QActionGroup(menu) if checked is not None else None
        for colour, name in COLOUR_NAMES.items():
            action = menu.addAction(swatch_icon(colour), name)
            action.setData(colour.value)
            if group is not None:
                action.setCheckable(True)
                action.setChecked(colour is checked)
                group.addAction(action)
            action.triggered.connect(partial(slot, colour))

    # ----- what is shown -----
    @property
    def document(self) -> Document | None:
        """The document in the pane (None when none, or when it could not be read)."""
        doc = self._window.current_document
        return doc if doc is not None and doc.ok and doc.text else None

    def placed_by_id(self, annotation_id: str) -> Placed | None:
        """The shown annotation with this id."""
        return next((p for p in self.placed if p.annotation.id == annotation_id), None)

    def refresh(self) -> None:
        """Re-anchor the shown document's annotations; rebuild the layer and the panel."""
        doc = self.document
        pane = self._view.pane_map
        placed: list[Placed] = []
        if self.store is not None and doc is not None:
            try:
                anchored = self.store.anchored(doc)
            except sqlite3.Error as exc:
                self._say(f"Could not read the annotations: {exc}")
                anchored = []
            display = self._window.current_display
            mode = display.mode if display is not None else DisplayMode.ORIGINAL
            for item in anchored:
                anc = item.anchor
                qt = None if anc.orphan or pane is None else pane.qt_range(anc.start, anc.end)
                if qt is not None and pane is not None:
                    d_start, d_end = pane.text.display_range(anc.start, anc.end)
                    shown = pane.text.display[d_start:d_end]
                else:
                    shown = convert(item.annotation.quote.exact, mode, doc.script)
                placed.append(Placed(item.annotation, anc, qt, shown))
        self.placed = placed
        self._paint_layer()
        self.panel.set_items(
            [
                PanelItem(
                    p.annotation.id,
                    p.annotation.colour,
                    p.shown,
                    p.annotation.note,
                    p.annotation.created,
                    p.qt is None,
                )
                for p in placed
            ]
        )

    def _paint_layer(self) -> None:
        selections = []
        document = self._view.document()
        for p in self.placed:
            if p.qt is None or p.qt[0] == p.qt[1]:
                continue
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(document)
            cursor.setPosition(p.qt[0])
            cursor.setPosition(p.qt[1], QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor  # type: ignore[attr-defined]
            fmt = QTextCharFormat()
            fmt.setBackground(highlight_colour(p.annotation.colour, self._dark))
            if p.annotation.note:
                # A note is marked by a dotted underline in the highlight's own colour.
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
                fmt.setUnderlineColor(QColor(SWATCHES[p.annotation.colour]))
            selection.format = fmt  # type: ignore[attr-defined]
            selections.append(selection)
        self._view.set_layer(LAYER, selections)

    def apply_reading_prefs(self, prefs: ReadingPrefs) -> None:
        """Repaint the highlights for the pane's new theme (the pane was just restyled)."""
        self._dark = resolve(prefs.theme) is Theme.DARK
        self._paint_layer()

    # ----- the selection -----
    def selection_range(self) -> tuple[int, int] | None:
        """The original clean-text range under the pane's selection, white space trimmed."""
        doc = self.document
        pane = self._view.pane_map
        cursor = self._view.textCursor()
        if doc is None or pane is None or not cursor.hasSelection():
            return None
        found = pane.original_range(cursor.selectionStart(), cursor.selectionEnd())
        if found is None:
            return None
        start, end = found
        text = doc.text
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        return (start, end) if start < end else None

    def annotation_at(self, qt_pos: int) -> Placed | None:
        """The (shortest) highlight shown at a pane position."""
        hits = [p for p in self.placed if p.qt is not None and p.qt[0] <= qt_pos <= p.qt[1]]
        return min(hits, key=lambda p: p.qt[1] - p.qt[0] if p.qt else 0, default=None)

    def _annotation_for_selection(self) -> Placed | None:
        """The highlight the selection lies in, or the one at the text cursor."""
        rng = self.selection_range()
        if rng is None:
            return self.annotation_at(self._view.textCursor().position())
        inside = [
            p
            for p in self.placed
            if p.qt is not None and p.anchor.start <= rng[0] and rng[1] <= p.anchor.end
        ]
        return min(inside, key=lambda p: p.anchor.end - p.anchor.start, default=None)

    def _clear_selection(self) -> None:
        cursor = self._view.textCursor()
        if cursor.hasSelection():
            cursor.clearSelection()
            self._view.setTextCursor(cursor)
        self.toolbar.hide()

    # ----- changes -----
    def run_change(self, change: Callable[[], object]) -> bool:
        """Make a store change, then show the result; a failure is reported, not raised."""
        try:
            change()
            ok = True
        except (NotFoundError, StoreError, sqlite3.Error, ValueError) as exc:
            self._say(f"The annotation could not be changed: {exc}")
            ok = False
        self.refresh()
        doc = self.document
        if ok and doc is not None:
            self.annotations_changed.emit(str(doc.path))
        return ok

    def _push(self, text: str, redo: Callable[[], object], undo: Callable[[], object]) -> None:
        self.undo_stack.push(_StoreCommand(self, text, redo, undo))

    def highlight(self, colour: Colour | None = None) -> Annotation | None:
        """Highlight the selection (in ``colour``, else the last colour used)."""
        return self._add(colour or self.colour, "", "Highlight")

    def _add(self, colour: Colour, note: str, text: str) -> Annotation | None:
        store, doc = self.store, self.document
        rng = self.selection_range()
        if store is None or doc is None or rng is None:
            self._say("Select some text in the article first.")
            return None
        same = next(
            (p for p in self.placed if p.qt is not None and (p.anchor.start, p.anchor.end) == rng),
            None,
        )
        if same is not None and not note:
            # Highlighting a highlight again recolours it rather than stacking a copy on it.
            self.set_colour(same.annotation.id, colour)
            self._remember_colour(colour)
            self._clear_selection()
            return self.store.get(same.annotation.id) if self.store is not None else None
        added: list[Annotation] = []
        if not self.run_change(lambda: added.append(store.add(doc, *rng, colour, note))):
            return None
        ann = added[0]
        self._push(text, partial(store.undelete, ann.id), partial(store.delete, ann.id))
        self._remember_colour(colour)
        self._clear_selection()
        return ann

    def _remember_colour(self, colour: Colour) -> None:
        self.colour = colour
        self._settings.setValue(COLOUR_KEY, colour.value)

    @Slot()
    def add_note(self) -> None:
        """Edit the note of the highlight at the selection or cursor; else highlight the
        selection with a note."""
        target = self._annotation_for_selection()
        if target is not None:
            self.edit_note(target.annotation.id)
            return
        rng = self.selection_range()
        doc, pane = self.document, self._view.pane_map
        if rng is None or doc is None or pane is None:
            self._say("Select some text in the article first, or click a highlight.")
            return
        d_start, d_end = pane.text.display_range(*rng)
        note = annotation_dialogs.ask_note(self._view, pane.text.display[d_start:d_end], "")
        if note is None:
            return
        self._add(self.colour, note, "Add Note")

    def edit_note(self, annotation_id: str) -> None:
        """Ask for a new note for a highlight and store it (undoable)."""
        placed = self.placed_by_id(annotation_id)
        store = self.store
        if placed is None or store is None:
            return
        old = placed.annotation.note
        note = annotation_dialogs.ask_note(self._view, placed.shown, old)
        if note is None or note == old:
            return
        if self.run_change(partial(store.set_note, annotation_id, note)):
            self._push(
                "Edit Note",
                partial(store.set_note, annotation_id, note),
                partial(store.set_note, annotation_id, old),
            )

    def set_colour(self, annotation_id: str, colour: Colour) -> None:
        """Change a highlight's colour (undoable)."""
        placed = self.placed_by_id(annotation_id)
        store = self.store
        if placed is None or store is None or placed.annotation.colour is colour:
            return
        old = placed.annotation.colour
        if self.run_change(partial(store.set_colour, annotation_id, colour)):
            self._push(
                "Change Colour",
                partial(store.set_colour, annotation_id, colour),
                partial(store.set_colour, annotation_id, old),
            )

    def delete(self, annotation_id: str) -> None:
        """Delete a highlight and its note (undoable with Ctrl+Z)."""
        store = self.store
        if store is None or self.placed_by_id(annotation_id) is None:
            return
        if self.run_change(partial(store.delete, annotation_id)):
            self._push(
                "Delete Highlight",
                partial(store.delete, annotation_id),
                partial(store.undelete, annotation_id),
            )
            self._say("Highlight deleted — Ctrl+Z brings it back.")

    # ----- going to an annotation -----
    def go_to(self, annotation_id: str) -> bool:
        """Scroll the pane to a highlight and flash it briefly; False for an orphan."""
        placed = self.placed_by_id(annotation_id)
        if placed is None:
            return False
        if placed.qt is None:
            self._say("This highlight's text is not in the current version of the document.")
            return False
        cursor = QTextCursor(self._view.document())
        cursor.setPosition(placed.qt[0])
        bar = self._view.verticalScrollBar()
        top = self._view.cursorRect(cursor).top()
        bar.setValue(bar.value() + top - self._view.viewport().height() // 4)
        cursor.setPosition(placed.qt[1], QTextCursor.MoveMode.KeepAnchor)
        selection = QTextEdit.ExtraSelection()
        selection.cursor = cursor  # type: ignore[attr-defined]
        fmt = QTextCharFormat()
        strong = QColor(SWATCHES[placed.annotation.colour])
        strong.setAlpha(150 if self._dark else 230)  # light text stays readable on dark
        fmt.setBackground(strong)
        selection.format = fmt  # type: ignore[attr-defined]
        self._view.set_layer(FLASH_LAYER, [selection])
        self._flash_timer.start()
        return True

    @Slot()
    def _on_flash_timer_timeout(self) -> None:
        self._view.set_layer(FLASH_LAYER, [])

    # ----- menus -----
    def context_menu(self, pos: QPoint) -> QMenu:
        """The pane's context menu at ``pos`` (viewport coordinates)."""
        bars = QPoint(
            self._view.horizontalScrollBar().value(), self._view.verticalScrollBar().value()
        )
        menu = self._view.createStandardContextMenu(pos + bars)
        menu.setObjectName("articleContextMenu")
        first = menu.actions()[0] if menu.actions() else None
        has_selection = self.selection_range() is not None
        # The highlight the selection lies in, else the one under the pointer.
        target = self._annotation_for_selection() if has_selection else None
        if target is None:
            target = self.annotation_at(self._view.cursorForPosition(pos).position())
        highlight = QMenu("&Highlight", menu)
        highlight.setObjectName("highlightMenu")
        self._add_colour_actions(highlight, self.highlight, None)
        menu.insertMenu(first, highlight).setEnabled(has_selection and self.store is not None)  # type: ignore[arg-type]
        if target is not None:
            note_text = "Edit &Note…" if target.annotation.note else "Add &Note…"
            note = QAction(note_text, menu)
            note.triggered.connect(partial(self.edit_note, target.annotation.id))
        else:
            note = QAction("Add &Note…", menu)
            note.setEnabled(has_selection and self.store is not None)
            note.triggered.connect(self.add_note)
        note.setObjectName("noteAction")
        menu.insertAction(first, note)  # type: ignore[arg-type]
        change = QMenu("Change &Colour", menu)
        change.setObjectName("changeColourMenu")
        if target is not None:
            self._add_colour_actions(
                change,
                partial(self.set_colour, target.annotation.id),
                target.annotation.colour,
            )
        menu.insertMenu(first, change).setEnabled(target is not None)  # type: ignore[arg-type]
        delete = QAction("&Delete Highlight", menu)
        delete.setObjectName("deleteAction")
        delete.setEnabled(target is not None)
        if target is not None:
            delete.triggered.connect(partial(self.delete, target.annotation.id))
        menu.insertAction(first, delete)  # type: ignore[arg-type]
        if first is not None:
            menu.insertSeparator(first)
        return menu

    def panel_menu(self, annotation_id: str) -> QMenu:
        """The context menu of a row of the panel."""
        menu = QMenu(self.panel)
        placed = self.placed_by_id(annotation_id)
        if placed is None:
            return menu
        go = menu.addAction("&Show in Article")
        go.setEnabled(placed.qt is not None)
        go.triggered.connect(partial(self.go_to, annotation_id))
        note = menu.addAction("Edit &Note…" if placed.annotation.note else "Add &Note…")
        note.triggered.connect(partial(self.edit_note, annotation_id))
        change = menu.addMenu("Change &Colour")
        self._add_colour_actions(
            change, partial(self.set_colour, annotation_id), placed.annotation.colour
        )
        delete = menu.addAction("&Delete Highlight")
        delete.triggered.connect(partial(self.delete, annotation_id))
        return menu

    # ----- export / import -----
    @Slot()
    def export_annotations(self) -> None:
        """Ask what to export and where; write Markdown or W3C JSON-LD."""
        store = self.store
        if store is None:
            return
        doc = self.document
        mode = self._window.mode
        choice = annotation_dialogs.ask_export_choice(
            self._window, doc is not None, MODE_NAMES[mode]
        )
        if choice is None:
            return
        w3c = choice.format is ExportFormat.W3C
        stem = (
            doc.path.stem
            if doc is not None and choice.scope is ExportScope.DOCUMENT
            else "annotations"
        )
        path, _ = QFileDialog.getSaveFileName(
            self._window,
            "Export Annotations",
            str(Path.home() / (stem + (".jsonld" if w3c else ".md"))),
            "W3C Web Annotation JSON-LD (*.jsonld *.json)" if w3c else "Markdown (*.md)",
        )
        if not path:
            return
        try:
            if choice.scope is ExportScope.DOCUMENT and doc is not None:
                record = store.find_document(doc)
                anchored = store.anchored(doc) if record is not None else []
                count = len(anchored)
                if w3c:
                    plain = [(record, [a.annotation for a in anchored])] if record else []
                    text = json.dumps(w3c_collection(plain), ensure_ascii=False, indent=2) + "\n"
                else:
                    text = markdown([(record, anchored)] if record else [], mode)
            else:
                entries = library_entries(store)
                count = sum(len(anns) for _, anns in entries)
                if w3c:
                    text = json.dumps(w3c_collection(entries), ensure_ascii=False, indent=2) + "\n"
                else:
                    text = markdown(entries, mode)
        except sqlite3.Error as exc:
            self._warn("Export Annotations", f"Could not read the annotations: {exc}")
            return
        target = QSaveFile(path)
        if not target.open(QSaveFile.OpenModeFlag.WriteOnly):
            self._warn("Export Annotations", f"Cannot write {path}: {target.errorString()}")
            return
        target.write(text.encode("utf-8"))
        if not target.commit():
            self._warn("Export Annotations", f"Cannot write {path}: {target.errorString()}")
            return
        self._say(f"Exported {count} annotation{'s' if count != 1 else ''} to {path}")

    @Slot()
    def import_annotations(self) -> None:
        """Ask for a W3C Web Annotation file and import it (nothing is duplicated)."""
        store = self.store
        if store is None:
            return
        path, _ = QFileDialog.getOpenFileName(
            self._window,
            "Import Annotations",
            str(Path.home()),
            "W3C Web Annotation JSON-LD (*.jsonld *.json);;All files (*)",
        )
        if not path:
            return
        try:
            data = Path(path).read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            self._warn("Import Annotations", f"Cannot read {path}: {exc}")
            return
        try:
            result = import_w3c(store, data)
        except AnnotationImportError as exc:
            self._warn("Import Annotations", f"{Path(path).name}: {exc}")
            return
        except sqlite3.Error as exc:
            self._warn("Import Annotations", f"The annotations could not be stored: {exc}")
            return
        self.refresh()
        doc = self.document
        if doc is not None:
            self.annotations_changed.emit(str(doc.path))
        self._say(
            f"Imported {Path(path).name}: {result.added} added, {result.updated} updated,"
            f" {result.unchanged} already there"
        )

    # ----- messages -----
    def _say(self, message: str) -> None:
        self._window.statusBar().showMessage(message, 8000)

    def _warn(self, title: str, message: str) -> None:
        QMessageBox.warning(self._window, title, message)

    # ----- life cycle -----
    def close(self) -> None:
        """Close the store (everything is already committed)."""
        self._flash_timer.stop()
        self._toolbar_timer.stop()
        self.undo_stack.clear()
        if self.store is not None:
            self.store.close()
            self.store = None

    # ----- slots -----
    @Slot(str)
    def _on_window_article_shown(self, path: str) -> None:
        if not self._sized:
            self._sized = True
            if _saved_splitter_panes(self._settings) < 3:
                # Sizes saved before the window had this panel give it no room.
                self._ensure_panel_width()
        self.toolbar.hide()
        self.refresh()
        if self.error is not None:
            self._say(self.error)

    @Slot()
    def _on_highlight_triggered(self) -> None:
        self.highlight()

    @Slot(str)
    def _on_toolbar_colour_chosen(self, value: str) -> None:
        self.highlight(Colour(value))

    @Slot(str)
    def _on_panel_annotation_activated(self, annotation_id: str) -> None:
        self.go_to(annotation_id)

    @Slot(str, QPoint)
    def _on_panel_context_menu_requested(self, annotation_id: str, global_pos: QPoint) -> None:
        menu = self.panel_menu(annotation_id)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(global_pos)

    @Slot(bool)
    def _on_panel_action_toggled(self, visible: bool) -> None:
        self._settings.setValue(PANEL_KEY, visible)
        self.panel.setVisible(visible)
        if visible:
            self._ensure_panel_width()

    def _ensure_panel_width(self) -> None:
        """Give the shown panel room if the splitter left it none (a splitter state saved
        while it was hidden, or by a version without the panel)."""
        splitter = self.panel.parentWidget()
        if not self.panel.isHidden() and isinstance(splitter, QSplitter):
            sizes = splitter.sizes()
            at = splitter.indexOf(self.panel)
            if 0 <= at < len(sizes) and sizes[at] < 80:
                widest = max(range(len(sizes)), key=lambda i: sizes[i])
                give = min(300, sizes[widest] // 2)
                sizes[widest] -= give
                sizes[at] += give
                splitter.setSizes(sizes)

    @Slot()
    def _on_view_selection_changed(self) -> None:
        if not self._view.textCursor().hasSelection() or self.store is None:
            self._toolbar_timer.stop()
            self.toolbar.hide()
        elif not self._dragging:
            self._toolbar_timer.start()

    @Slot()
    def _show_toolbar(self) -> None:
        cursor = self._view.textCursor()
        if self._dragging or self.selection_range() is None:
            self.toolbar.hide()
            return
        start = QTextCursor(cursor)
        start.setPosition(cursor.selectionStart())
        end = QTextCursor(cursor)
        end.setPosition(cursor.selectionEnd())
        area = self._view.cursorRect(start).united(self._view.cursorRect(end))
        area.translate(self._view.viewport().geometry().topLeft())
        self.toolbar.show_near(area)

    @Slot(int)
    def _on_view_scrolled(self, value: int) -> None:
        if self.toolbar.isVisible():
            self._show_toolbar()

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._view.viewport():
            kind = event.type()
            if kind == QEvent.Type.ContextMenu and isinstance(event, QContextMenuEvent):
                menu = self.context_menu(event.pos())
                menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
                menu.popup(event.globalPos())
                return True
            if kind == QEvent.Type.MouseButtonPress:
                self._dragging = True
                self.toolbar.hide()
            elif kind == QEvent.Type.MouseButtonRelease:
                self._dragging = False
                if self._view.textCursor().hasSelection():
                    self._toolbar_timer.start()
        return super().eventFilter(watched, event)


def _saved_splitter_panes(settings: QSettings) -> int:
    """How many panes the window's saved splitter state (``window/splitter``) has sizes for;
    0 when none is saved. (QSplitter's state: magic, version, then the list of sizes.)"""
    state = settings.value("window/splitter")
    if not isinstance(state, QByteArray) or state.size() < 12:
        return 0
    stream = QDataStream(state)
    stream.readInt32()
    stream.readInt32()
    count = stream.readUInt32()
    return count if stream.status() == QDataStream.Status.Ok else 0
