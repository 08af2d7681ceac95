"""Fitting the window to the screen and the panes to the window (plain arithmetic, no widgets).

The article must always get a readable width. :func:`plan_panes` decides, for a splitter
width, how wide each side pane is and which ones collapse: side panes first shrink from the
width the reader gave them towards their minimum, then collapse one by one (the annotation
panel before the list, or whichever the reader asked for last goes last). :func:`fit_window`
puts a window of a wanted size on the screen's available area.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Side:
    """A side pane as the planner sees it."""

    wanted: int  # the width the reader gave it (dragging its handle), in pixels
    minimum: int  # below this it is not usable: it collapses instead
    shown: bool  # whether the reader wants it shown
    # The article width this pane gives way to: it collapses rather than leave the article
    # less than this (0: only the article's readable width).
    article: int = 0


@dataclass(frozen=True, slots=True)
class Plan:
    """What :func:`plan_panes` decided: a width per side pane (0: collapsed or hidden), the
    article's width, and which wanted panes collapsed for lack of room."""

    widths: tuple[int, ...]
    article: int
    collapsed: frozenset[int]


def plan_panes(
    total: int, article: int, sides: tuple[Side, ...], handle: int, order: tuple[int, ...]
) -> Plan:
    """Widths for the side panes of a splitter ``total`` pixels wide.

    ``article`` is the article's readable width; ``handle`` the width of a splitter handle;
    ``order`` the indexes of ``sides`` in the order they collapse (first collapses first).
    The article gets at least ``article`` whenever that is possible at all (and at least each
    shown pane's own ``Side.article``), and everything left over beyond what the side panes
    want.
    """
    visible = [i for i, side in enumerate(sides) if side.shown]
    collapsed: set[int] = set()

    def room() -> int:
        need = max([article] + [sides[i].article for i in visible])
        return total - need - handle * len(visible)

    queue = [i for i in order if i in visible] + [i for i in visible if i not in order]
    while visible and room() < sum(sides[i].minimum for i in visible):
        gone = queue.pop(0)
        visible.remove(gone)
        collapsed.add(gone)
    widths = [0] * len(sides)
    if visible:
        spare = room()
        wanted = sum(max(sides[i].wanted, sides[i].minimum) for i in visible)
        least = sum(sides[i].minimum for i in visible)
        if spare >= wanted:
            for i in visible:
                widths[i] = max(sides[i].wanted, sides[i].minimum)
        else:
            # Between the minimum and the wanted width, each pane gives up the same share of
            # what it would like beyond its minimum.
            share = (spare - least) / (wanted - least) if wanted > least else 0.0
            for i in visible:
                extra = max(sides[i].wanted, sides[i].minimum) - sides[i].minimum
                widths[i] = sides[i].minimum + int(extra * share)
    used = sum(widths) + handle * len(visible)
    return Plan(tuple(widths), max(0, total - used), frozenset(collapsed))


@dataclass(frozen=True, slots=True)
class Rect:
    """A rectangle on the screen (logical pixels)."""

    x: int
    y: int
    width: int
    height: int


# The share of the available screen a first window takes at most.
FIRST_SHARE = 0.9


def fit_window(available: Rect, width: int, height: int, minimum: tuple[int, int]) -> Rect:
    """Where a window that would like ``width`` × ``height`` goes on the ``available`` area
    of its screen: never larger than ``FIRST_SHARE`` of it (nor smaller than ``minimum``, nor
    than the screen itself allows), centred."""
    w = min(width, int(available.width * FIRST_SHARE))
    h = min(height, int(available.height * FIRST_SHARE))
    w = min(max(w, minimum[0]), available.width)
    h = min(max(h, minimum[1]), available.height)
    x = available.x + (available.width - w) // 2
    y = available.y + (available.height - h) // 2
    return Rect(x, y, w, h)


def keep_on_screen(window: Rect, available: Rect) -> Rect:
    """A saved window geometry moved and shrunk so that it lies on the ``available`` area
    (a screen that got smaller, or a larger scale factor since it was saved)."""
    w = min(window.width, available.width)
    h = min(window.height, available.height)
    x = min(max(window.x, available.x), available.x + available.width - w)
    y = min(max(window.y, available.y), available.y + available.height - h)
    return Rect(x, y, w, h)
