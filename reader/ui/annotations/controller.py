"""Highlights and notes around the article pane: selecting, highlighting, notes, colours, undo.

The controller is built from the article view, the :class:`ArticleSession` (what is shown),
the :class:`AnnotationStore` (opened once by the window, closed with it) and the settings; it
never sees the window. It owns:

* the actions (Edit menu: Highlight ``Ctrl+Shift+H``, Add Note ``Ctrl+Shift+M``, Undo/Redo;
  File menu: Export/Import, from :mod:`.transfer`; View menu: the panel), the pane's context
  menu (:mod:`.menus`) and the :class:`SelectionToolbar` that floats near a selection;
* the pane's ``"annotations"`` highlight layer (:mod:`.layer`);
* the :class:`AnnotationPanel` beside the article, made when it is first shown or wanted
  (:attr:`AnnotationController.panel`): until then :attr:`~AnnotationController.panel_slot`
  stands in its place, and ``panel_made`` says when the panel takes it.

A selection is stored as the ORIGINAL clean-text range under it (``pane_map.original_range``),
so a highlight made in any display script covers the same original text in every other. The
shown document's annotations are *anchored* (found in its text) when the document or its
annotations change, and only *placed* again (through the new pane map) when the same document
is shown in another script. Every change is committed by the store at once, pushed on a
``QUndoStack``, and announced as an :class:`AnnotationChange` with the new count of the
document, so the document list redraws one row.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    QPoint,
    QSettings,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction, QContextMenuEvent, QKeySequence, QTextCursor, QUndoStack
from PySide6.QtWidgets import QMenu, QWidget

from reader.model.annotations.annotation import (
    AnchoredAnnotation,
    Annotation,
    Colour,
    NotFoundError,
    StoreError,
    StoreProblem,
)
from reader.model.annotations.changes import AnnotationChange, ChangeKind
from reader.model.annotations.store import AnnotationStore
from reader.model.document.document import Document
from reader.model.script.modes import DisplayMode
from reader.ui.annotations import layer, menus
from reader.ui.annotations.layer import Placed
from reader.ui.annotations.selection_toolbar import SelectionToolbar
from reader.ui.annotations.transfer import AnnotationTransfer
from reader.ui.annotations.undo import StoreCommand
from reader.ui.article.reading_prefs import Theme, resolve
from reader.ui.article.session import ArticleSession
from reader.ui.article.view import ArticleView
from reader.ui.deferred import Deferred
from reader.ui.noop import override
from reader.ui.settings import Key, read_bool, read_choice, write

if TYPE_CHECKING:
    from reader.ui.annotations.panel import AnnotationPanel
    from reader.ui.article.reading_prefs import ReadingPrefs


FLASH_MS = 600


def open_store(data_dir: Path) -> tuple[AnnotationStore | None, str | None]:
    """The data folder's annotation store, or None and the reason it cannot be opened."""
    try:
        return AnnotationStore.in_data_dir(data_dir), None
    except (StoreError, OSError) as exc:
        return None, QCoreApplication.translate(
            "AnnotationController", "Annotations are unavailable: {error}"
        ).format(error=store_problem(exc) if isinstance(exc, StoreError) else exc)


def store_problem(error: StoreError) -> str:
    """Why the annotation database cannot be used, in the interface language."""
    translate = QCoreApplication.translate
    details = error.details
    if error.problem is StoreProblem.NEWER and len(details) == 2:
        return translate(
            "AnnotationController",
            "the annotation database has schema version {0}, newer than this reader "
            "understands ({1}); it was left untouched",
        ).format(*details)
    if error.problem is StoreProblem.CANNOT_OPEN and len(details) == 2:
        return translate(
            "AnnotationController", "cannot open the annotation database {0}: {1}"
        ).format(*details)
    if error.problem is StoreProblem.CANNOT_READ and len(details) == 2:
        return translate(
            "AnnotationController", "cannot read the annotation database {0}: {1}"
        ).format(*details)
    return str(error)


class AnnotationController(QObject):
    """Everything annotation-related around the article pane (see the module documentation).

    Signals: ``message(text)`` for the status bar; ``changed(AnnotationChange)`` after the
    annotations of some documents changed; ``panel_made(AnnotationPanel)`` when the panel
    has just been made (to be put where the slot stands).
    """

    message = Signal(str)
    changed = Signal(object)
    panel_made = Signal(object)

    def __init__(
        self,
        view: ArticleView,
        session: ArticleSession,
        store: AnnotationStore | None,
        settings: QSettings,
        parent: QObject | None = None,
        error: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.view = view
        self._session = session
        self._settings = settings
        self.store = store
        self.error = error
        self._dark = False
        self._sized = False
        self._anchored: tuple[Document, list[AnchoredAnnotation]] | None = None
        self.placed: list[Placed] = []
        self.undo_stack = QUndoStack(self)
        self.colour = read_choice(settings, Key.COLOUR, Colour.YELLOW)

        # The panel's place until it is made (the first screen may not show it). Both are
        # children of the view until the window puts them in its splitter: owned by Qt from
        # the start, never by Python's garbage collector (which may run on a worker thread).
        self.panel_slot = QWidget(view)
        self.panel_slot.setObjectName("annotationPanelSlot")
        self._panel = Deferred(self._build_panel)
        self.toolbar = SelectionToolbar(
            view, lambda: self.selection_range() is not None, enabled=store is not None
        )
        self.toolbar.colour_chosen.connect(self._on_toolbar_colour_chosen)
        self.toolbar.note_requested.connect(self.add_note)
        self._flash_timer = QTimer(self)
        self._flash_timer.setSingleShot(True)
        self._flash_timer.setInterval(FLASH_MS)
        self._flash_timer.timeout.connect(self._on_flash_timer_timeout)
        # Others' entries at the end of the pane's context menu (the conversion rules).
        self.menu_extensions: list[Callable[[QMenu], None]] = []
        self.transfer = AnnotationTransfer(
            store,
            lambda: self.document,
            lambda: session.mode,
            view.window,
            self,
            options=lambda: session.options,
        )
        self.transfer.message.connect(self.message)
        self.transfer.imported.connect(self._on_transfer_imported)
        self.export_action = self.transfer.export_action
        self.import_action = self.transfer.import_action
        self._build_actions()

        session.shown.connect(self._on_session_shown)
        self._viewport = view.viewport()
        self._viewport.installEventFilter(self)

    # ----- actions and menus -----
    def _build_actions(self) -> None:
        self.highlight_action = QAction(self.tr("&Highlight"), self)
        self.highlight_action.setShortcut(QKeySequence("Ctrl+Shift+H"))
        self.highlight_action.setToolTip(self.tr("Highlight the selection in the last colour used"))
        self.highlight_action.triggered.connect(self._on_highlight_triggered)
        self.note_action = QAction(self.tr("Add &Note…"), self)
        self.note_action.setShortcut(QKeySequence("Ctrl+Shift+M"))
        self.note_action.triggered.connect(self.add_note)
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts(
            [QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")]
            if not QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
            else QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
        )
        self.panel_action = QAction(self.tr("&Annotations Panel"), self)
        self.panel_action.setCheckable(True)
        visible = read_bool(self._settings, Key.ANNOTATION_PANEL, True)
        self.panel_action.setChecked(visible)
        if not visible:
            self.panel_slot.hide()  # (shown, a widget without a parent yet would be a window)
        self.panel_action.toggled.connect(self._on_panel_action_toggled)
        for action in (self.highlight_action, self.note_action):
            action.setEnabled(self.store is not None)
            if self.store is None and self.error:
                action.setToolTip(self.error)  # why it is disabled

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
        highlight_in = menu.addMenu(self.tr("Highlight &In"))
        menus.add_colour_actions(highlight_in, self.highlight, None)
        menu.addAction(self.note_action)

    def add_to_view_menu(self, menu: QMenu) -> None:
        """The panel's toggle in the View menu."""
        menu.addAction(self.panel_action)

    @property
    def panel(self) -> AnnotationPanel:
        """The annotation panel (made now if it was not yet: ``panel_made`` is emitted)."""
        made = self._panel.built is None
        panel = self._panel.get()
        if made:
            self.panel_made.emit(panel)
        return panel

    def _build_panel(self) -> AnnotationPanel:
        from reader.ui.annotations.panel import AnnotationPanel

        panel = AnnotationPanel(self.view)
        panel.setVisible(not self.panel_slot.isHidden())
        panel.annotation_activated.connect(self._on_panel_annotation_activated)
        panel.context_menu_requested.connect(self._on_panel_context_menu_requested)
        panel.set_items([layer.panel_item(p) for p in self.placed])
        return panel

    def context_menu(self, pos: QPoint) -> QMenu:
        """The pane's context menu at ``pos`` (viewport coordinates)."""
        return menus.context_menu(self, pos)

    def panel_menu(self, annotation_id: str) -> QMenu:
        """The context menu of a row of the panel."""
        return menus.panel_menu(self, annotation_id)

    # ----- what is shown -----
    @property
    def document(self) -> Document | None:
        """The document in the pane (None when none, or when it could not be read)."""
        doc = self._session.document
        return doc if doc is not None and doc.ok and doc.text else None

    def placed_by_id(self, annotation_id: str) -> Placed | None:
        """The shown annotation with this id."""
        return next((p for p in self.placed if p.annotation.id == annotation_id), None)

    def refresh(self) -> None:
        """Anchor the shown document's annotations anew; place, paint and list them."""
        doc = self.document
        anchored: list[AnchoredAnnotation] = []
        if self.store is not None and doc is not None:
            try:
                anchored = self.store.anchored(doc)
            except sqlite3.Error as exc:
                self._say(self.tr("Could not read the annotations: {error}").format(error=exc))
        self._anchored = (doc, anchored) if doc is not None else None
        self._place()

    def _place(self) -> None:
        """Place the anchored annotations in the pane as shown now; paint and list them."""
        doc = self.document
        anchored = self._anchored[1] if self._anchored is not None else []
        display = self._session.display
        mode = display.mode if display is not None else DisplayMode.ORIGINAL
        options = display.options if display is not None else None
        script = doc.script if doc is not None else None
        self.placed = (
            layer.place(anchored, self.view.pane_map, mode, script, options)
            if script is not None
            else []
        )
        layer.paint(self.view, self.placed, self._dark)
        if (panel := self._panel.built) is not None:
            panel.set_items([layer.panel_item(p) for p in self.placed])

    def apply_reading_prefs(self, prefs: ReadingPrefs) -> None:
        """Repaint the highlights for the pane's new theme (the pane was just restyled)."""
        self._dark = resolve(prefs.theme) is Theme.DARK
        layer.paint(self.view, self.placed, self._dark)

    def announce_counts(self) -> None:
        """Announce every document's annotation count (for a freshly filled list)."""
        if self.store is None:
            return
        try:
            counts = self.store.counts_by_path()
        except sqlite3.Error as exc:
            self._say(self.tr("Could not read the annotations: {error}").format(error=exc))
            return
        self.changed.emit(AnnotationChange(ChangeKind.COUNTED, counts, complete=True))

    # ----- the selection -----
    def selection_range(self) -> tuple[int, int] | None:
        """The original clean-text range under the pane's selection, white space trimmed."""
        doc, cursor = self.document, self.view.textCursor()
        if doc is None or not cursor.hasSelection():
            return None
        return layer.original_selection(
            doc.text, self.view.pane_map, cursor.selectionStart(), cursor.selectionEnd()
        )

    def annotation_at(self, qt_pos: int) -> Placed | None:
        """The (shortest) highlight shown at a pane position."""
        return layer.shown_at(self.placed, qt_pos)

    def annotation_for_selection(self) -> Placed | None:
        """The highlight the selection lies in, or the one at the text cursor."""
        rng = self.selection_range()
        if rng is None:
            return self.annotation_at(self.view.textCursor().position())
        return layer.containing(self.placed, *rng)

    def _clear_selection(self) -> None:
        cursor = self.view.textCursor()
        if cursor.hasSelection():
            cursor.clearSelection()
            self.view.setTextCursor(cursor)
        self.toolbar.hide()

    # ----- changes -----
    def run_change(self, change: Callable[[], object], kind: ChangeKind = ChangeKind.ADDED) -> bool:
        """Make a store change, then show the result; a failure is reported, not raised."""
        try:
            change()
            ok = True
        except (NotFoundError, StoreError, sqlite3.Error, ValueError) as exc:
            self._say(self.tr("The annotation could not be changed: {error}").format(error=exc))
            ok = False
        self.refresh()
        doc = self.document
        if ok and doc is not None and self._anchored is not None:
            count = len(self._anchored[1])
            self.changed.emit(AnnotationChange(kind, {str(doc.path): count}))
        return ok

    def _push(
        self, text: str, kind: ChangeKind, redo: Callable[[], object], undo: Callable[[], object]
    ) -> None:
        self.undo_stack.push(StoreCommand(partial(self.run_change, kind=kind), text, redo, undo))

    def highlight(self, colour: Colour | None = None) -> Annotation | None:
        """Highlight the selection (in ``colour``, else the last colour used)."""
        return self._add(colour or self.colour, "", self.tr("Highlight"))

    def _add(self, colour: Colour, note: str, text: str) -> Annotation | None:
        store, doc = self.store, self.document
        rng = self.selection_range()
        if store is None or doc is None or rng is None:
            self._say(self.tr("Select some text in the article first."))
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
            return store.get(same.annotation.id)
        added: list[Annotation] = []
        if not self.run_change(lambda: added.append(store.add(doc, *rng, colour, note))):
            return None
        ann = added[0]
        self._push(
            text, ChangeKind.ADDED, partial(store.undelete, ann.id), partial(store.delete, ann.id)
        )
        self._remember_colour(colour)
        self._clear_selection()
        return ann

    def _remember_colour(self, colour: Colour) -> None:
        self.colour = colour
        write(self._settings, Key.COLOUR, colour)

    @Slot()
    def add_note(self) -> None:
        """Edit the note of the highlight at the selection or cursor; else highlight the
        selection with a note."""
        target = self.annotation_for_selection()
        if target is not None:
            self.edit_note(target.annotation.id)
            return
        rng = self.selection_range()
        doc, pane = self.document, self.view.pane_map
        if rng is None or doc is None or pane is None:
            self._say(self.tr("Select some text in the article first, or click a highlight."))
            return
        d_start, d_end = pane.text.display_range(*rng)
        from reader.ui.annotations import dialogs as annotation_dialogs  # when first wanted

        note = annotation_dialogs.ask_note(self.view, pane.text.display[d_start:d_end], "")
        if note is None:
            return
        self._add(self.colour, note, self.tr("Add Note"))

    def edit_note(self, annotation_id: str) -> None:
        """Ask for a new note for a highlight and store it (undoable)."""
        placed = self.placed_by_id(annotation_id)
        store = self.store
        if placed is None or store is None:
            return
        old = placed.annotation.note
        from reader.ui.annotations import dialogs as annotation_dialogs  # when first wanted

        note = annotation_dialogs.ask_note(self.view, placed.shown, old)
        if note is None or note == old:
            return
        if self.run_change(partial(store.set_note, annotation_id, note), ChangeKind.NOTE):
            self._push(
                self.tr("Edit Note"),
                ChangeKind.NOTE,
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
        kind = ChangeKind.RECOLOURED
        if self.run_change(partial(store.set_colour, annotation_id, colour), kind):
            self._push(
                self.tr("Change Colour"),
                kind,
                partial(store.set_colour, annotation_id, colour),
                partial(store.set_colour, annotation_id, old),
            )

    def delete(self, annotation_id: str) -> None:
        """Delete a highlight and its note (undoable with Ctrl+Z)."""
        store = self.store
        if store is None or self.placed_by_id(annotation_id) is None:
            return
        if self.run_change(partial(store.delete, annotation_id), ChangeKind.DELETED):
            self._push(
                self.tr("Delete Highlight"),
                ChangeKind.DELETED,
                partial(store.delete, annotation_id),
                partial(store.undelete, annotation_id),
            )
            self._say(self.tr("Highlight deleted — Ctrl+Z brings it back."))

    # ----- going to an annotation -----
    def go_to(self, annotation_id: str) -> bool:
        """Scroll the pane to a highlight and flash it briefly; False for an orphan."""
        placed = self.placed_by_id(annotation_id)
        if placed is None:
            return False
        if placed.qt is None:
            self._say(
                self.tr("This highlight's text is not in the current version of the document.")
            )
            return False
        self.view.mark_jump()  # a step to go back from
        cursor = QTextCursor(self.view.document())
        cursor.setPosition(placed.qt[0])
        bar = self.view.verticalScrollBar()
        top = self.view.cursorRect(cursor).top()
        bar.setValue(bar.value() + top - self.view.viewport().height() // 4)
        layer.flash(self.view, placed, self._dark)
        self._flash_timer.start()
        return True

    # ----- messages and life cycle -----
    def _say(self, message: str) -> None:
        self.message.emit(message)

    def close(self) -> None:
        """Close the store (everything is already committed)."""
        self._flash_timer.stop()
        self.toolbar.dismiss()
        self.undo_stack.clear()
        if self.store is not None:
            self.store.close()
            self.store = None
            self.transfer.store = None

    # ----- slots -----
    @Slot(str)
    def _on_session_shown(self, path: str) -> None:
        if not self._sized and (panel := self._panel.built) is not None:
            # (Not made yet, it is given room by the window's fit when it is shown.)
            from reader.ui.annotations.panel import ensure_room, saved_splitter_panes

            self._sized = True
            if saved_splitter_panes(self._settings) < 3:
                # Sizes saved before the window had this panel give it no room.
                ensure_room(panel)
        self.toolbar.hide()
        doc = self.document
        if self._anchored is not None and doc is not None and self._anchored[0] is doc:
            self._place()  # the same document in another script: only the display changed
        else:
            self.refresh()
        if self.error is not None:
            self._say(self.error)

    @Slot(object)
    def _on_transfer_imported(self, change: AnnotationChange) -> None:
        self.refresh()
        self.changed.emit(change)

    @Slot()
    def _on_flash_timer_timeout(self) -> None:
        layer.unflash(self.view)

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
        write(self._settings, Key.ANNOTATION_PANEL, visible)
        if visible:
            from reader.ui.annotations.panel import ensure_room

            self.panel.setVisible(True)
            ensure_room(self.panel)
        else:
            (self._panel.built or self.panel_slot).setVisible(False)

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self._viewport
            and event.type() == QEvent.Type.ContextMenu
            and isinstance(event, QContextMenuEvent)
        ):
            menu = self.context_menu(event.pos())
            menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            menu.popup(event.globalPos())
            return True
        return super().eventFilter(watched, event)
