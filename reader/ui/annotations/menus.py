"""The annotation menus: colour lists, the article pane's context menu and the panel's."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QPoint
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu

from reader.model.annotations.annotation import Colour
from reader.model.annotations.store import AnnotationStore
from reader.ui.annotations.colours import LOOKS, colour_name, swatch_icon
from reader.ui.annotations.layer import Placed
from reader.ui.article.view import ArticleView

if TYPE_CHECKING:
    from reader.ui.annotations.panel import AnnotationPanel

translate = QCoreApplication.translate


class Target(Protocol):
    """What the menus act on (the annotation controller)."""

    view: ArticleView

    @property
    def panel(self) -> AnnotationPanel: ...

    store: AnnotationStore | None
    menu_extensions: list[Callable[[QMenu], None]]

    def selection_range(self) -> tuple[int, int] | None: ...
    def annotation_for_selection(self) -> Placed | None: ...
    def annotation_at(self, qt_pos: int) -> Placed | None: ...
    def placed_by_id(self, annotation_id: str) -> Placed | None: ...
    def highlight(self, colour: Colour | None = None) -> object: ...
    def add_note(self) -> None: ...
    def edit_note(self, annotation_id: str) -> None: ...
    def set_colour(self, annotation_id: str, colour: Colour) -> None: ...
    def delete(self, annotation_id: str) -> None: ...
    def go_to(self, annotation_id: str) -> bool: ...


def add_colour_actions(
    menu: QMenu, slot: Callable[[Colour], object], checked: Colour | None
) -> None:
    """One entry per colour calling ``slot(colour)``; with ``checked``, a radio list."""
    group = QActionGroup(menu) if checked is not None else None
    for colour in LOOKS:
        action = menu.addAction(swatch_icon(colour), colour_name(colour))
        action.setData(colour.value)
        if group is not None:
            action.setCheckable(True)
            action.setChecked(colour is checked)
            group.addAction(action)
        action.triggered.connect(partial(slot, colour))


def context_menu(ctl: Target, pos: QPoint) -> QMenu:
    """The article pane's context menu at ``pos`` (viewport coordinates)."""
    view = ctl.view
    bars = QPoint(view.horizontalScrollBar().value(), view.verticalScrollBar().value())
    menu = view.createStandardContextMenu(pos + bars)
    menu.setObjectName("articleContextMenu")
    first = menu.actions()[0] if menu.actions() else None
    has_selection = ctl.selection_range() is not None
    writable = ctl.store is not None
    # The highlight the selection lies in, else the one under the pointer.
    target = ctl.annotation_for_selection() if has_selection else None
    if target is None:
        target = ctl.annotation_at(view.cursorForPosition(pos).position())
    highlight = QMenu(translate("menus", "&Highlight"), menu)
    highlight.setObjectName("highlightMenu")
    add_colour_actions(highlight, ctl.highlight, None)
    menu.insertMenu(first, highlight).setEnabled(has_selection and writable)  # type: ignore[arg-type]
    if target is not None:
        note_text = (
            translate("menus", "Edit &Note…")
            if target.annotation.note
            else translate("menus", "Add &Note…")
        )
        note = QAction(note_text, menu)
        note.triggered.connect(partial(ctl.edit_note, target.annotation.id))
    else:
        note = QAction(translate("menus", "Add &Note…"), menu)
        note.setEnabled(has_selection and writable)
        note.triggered.connect(ctl.add_note)
    note.setObjectName("noteAction")
    menu.insertAction(first, note)  # type: ignore[arg-type]
    change = QMenu(translate("menus", "Change &Colour"), menu)
    change.setObjectName("changeColourMenu")
    if target is not None:
        add_colour_actions(
            change, partial(ctl.set_colour, target.annotation.id), target.annotation.colour
        )
    menu.insertMenu(first, change).setEnabled(target is not None)  # type: ignore[arg-type]
    delete = QAction(translate("menus", "&Delete Highlight"), menu)
    delete.setObjectName("deleteAction")
    delete.setEnabled(target is not None)
    if target is not None:
        delete.triggered.connect(partial(ctl.delete, target.annotation.id))
    menu.insertAction(first, delete)  # type: ignore[arg-type]
    if first is not None:
        menu.insertSeparator(first)
    # The article's own entries (copy with citation) follow Qt's Copy.
    copy = next((a for a in menu.actions() if a.objectName() == "edit-copy"), None)
    after = menu.actions()[menu.actions().index(copy) + 1] if copy in menu.actions()[:-1] else None
    for action in view.context_actions:
        menu.insertAction(after, action)  # type: ignore[arg-type]
    # Other parts' entries for the selection (personal conversion rules).
    for extend in ctl.menu_extensions:
        extend(menu)
    return menu


def panel_menu(ctl: Target, annotation_id: str) -> QMenu:
    """The context menu of a row of the annotation panel."""
    menu = QMenu(ctl.panel)
    placed = ctl.placed_by_id(annotation_id)
    if placed is None:
        return menu
    go = menu.addAction(translate("menus", "&Show in Article"))
    go.setEnabled(placed.qt is not None)
    go.triggered.connect(partial(ctl.go_to, annotation_id))
    note = menu.addAction(
        translate("menus", "Edit &Note…")
        if placed.annotation.note
        else translate("menus", "Add &Note…")
    )
    note.triggered.connect(partial(ctl.edit_note, annotation_id))
    change = menu.addMenu(translate("menus", "Change &Colour"))
    add_colour_actions(change, partial(ctl.set_colour, annotation_id), placed.annotation.colour)
    delete = menu.addAction(translate("menus", "&Delete Highlight"))
    delete.triggered.connect(partial(ctl.delete, annotation_id))
    return menu
