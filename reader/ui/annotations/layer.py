"""Where the shown document's annotations are in the pane, and their highlight layers.

Anchoring (finding an annotation's original text again) is the store's job and runs when the
document or its annotations change; *placing* maps those original ranges through the pane map
of what is shown now, which is all a script toggle needs.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextEdit

from reader.model.annotations.anchoring import Anchor
from reader.model.annotations.annotation import AnchoredAnnotation, Annotation
from reader.model.script.convert import convert
from reader.model.script.modes import DisplayMode, Script
from reader.model.script.options import ScriptOptions
from reader.ui.annotations.colours import SWATCHES, flash_colour, highlight_colour
from reader.ui.article.pane_map import PaneMap
from reader.ui.article.view import ArticleView

TYPE_CHECKING = False  # typing's, without importing typing at start-up (mypy reads it so)
if TYPE_CHECKING:
    from reader.ui.annotations.panel import PanelItem

LAYER = "annotations"
FLASH_LAYER = "annotation-flash"


@dataclass(frozen=True, slots=True)
class Placed:
    """An annotation of the shown document and where it is: ``qt`` is its pane range (None
    for an orphan), ``shown`` its text in the current display script."""

    annotation: Annotation
    anchor: Anchor
    qt: tuple[int, int] | None
    shown: str


def place(
    anchored: list[AnchoredAnnotation],
    pane: PaneMap | None,
    mode: DisplayMode,
    script: Script,
    options: ScriptOptions | None = None,
) -> list[Placed]:
    """Where each anchored annotation is shown in the pane (in reading order, as given)."""
    placed: list[Placed] = []
    for item in anchored:
        anc = item.anchor
        qt = None if anc.orphan or pane is None else pane.qt_range(anc.start, anc.end)
        if qt is not None and pane is not None:
            d_start, d_end = pane.text.display_range(anc.start, anc.end)
            shown = pane.text.display[d_start:d_end]
        else:
            shown = convert(item.annotation.quote.exact, mode, script, options=options)
        placed.append(Placed(item.annotation, anc, qt, shown))
    return placed


def panel_item(placed: Placed) -> PanelItem:
    """The annotation panel's row for a placed annotation (orphans: no pane range)."""
    from reader.ui.annotations.panel import PanelItem  # (made with the panel)

    ann = placed.annotation
    return PanelItem(ann.id, ann.colour, placed.shown, ann.note, ann.created, placed.qt is None)


def original_selection(
    text: str, pane: PaneMap | None, qt_start: int, qt_end: int
) -> tuple[int, int] | None:
    """The original clean-text range shown at pane positions ``[qt_start, qt_end)``, with the
    white space at its ends left out (None when nothing of the text is there)."""
    found = pane.original_range(qt_start, qt_end) if pane is not None else None
    if found is None:
        return None
    start, end = found
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


def shown_at(placed: list[Placed], qt_pos: int) -> Placed | None:
    """The shortest highlight shown at a pane position."""
    hits = [p for p in placed if p.qt is not None and p.qt[0] <= qt_pos <= p.qt[1]]
    return min(hits, key=lambda p: p.qt[1] - p.qt[0] if p.qt else 0, default=None)


def containing(placed: list[Placed], start: int, end: int) -> Placed | None:
    """The shortest shown highlight whose original range holds ``[start, end)``."""
    inside = [
        p for p in placed if p.qt is not None and p.anchor.start <= start and end <= p.anchor.end
    ]
    return min(inside, key=lambda p: p.anchor.end - p.anchor.start, default=None)


def _selection(
    view: ArticleView, qt: tuple[int, int], fmt: QTextCharFormat
) -> QTextEdit.ExtraSelection:
    selection = QTextEdit.ExtraSelection()
    cursor = QTextCursor(view.document())
    cursor.setPosition(qt[0])
    cursor.setPosition(qt[1], QTextCursor.MoveMode.KeepAnchor)
    selection.cursor = cursor  # type: ignore[attr-defined]
    selection.format = fmt  # type: ignore[attr-defined]
    return selection


def paint(view: ArticleView, placed: list[Placed], dark: bool) -> None:
    """Draw every placed highlight as the pane's annotation layer."""
    selections = []
    for p in placed:
        if p.qt is None or p.qt[0] == p.qt[1]:
            continue
        fmt = QTextCharFormat()
        fmt.setBackground(highlight_colour(p.annotation.colour, dark))
        if p.annotation.note:
            # A note is marked by a dotted underline in the highlight's own colour.
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
            fmt.setUnderlineColor(QColor(SWATCHES[p.annotation.colour]))
        selections.append(_selection(view, p.qt, fmt))
    view.set_layer(LAYER, selections)


def flash(view: ArticleView, placed: Placed, dark: bool) -> None:
    """Draw one highlight strongly (the reader just went to it); :func:`unflash` ends it."""
    assert placed.qt is not None
    fmt = QTextCharFormat()
    fmt.setBackground(flash_colour(placed.annotation.colour, dark))
    view.set_layer(FLASH_LAYER, [_selection(view, placed.qt, fmt)])


def unflash(view: ArticleView) -> None:
    """Remove the flash of :func:`flash`."""
    view.set_layer(FLASH_LAYER, [])
