"""The invariants every DisplayText must hold (for the mapped-conversion and display tests)."""

from __future__ import annotations

from reader.model.script.mapped import DisplayText


def check_map(shown: DisplayText) -> None:
    """The invariants every DisplayText must hold."""
    original, display = shown.original, shown.display
    assert shown.to_display(0) == 0
    assert shown.to_display(len(original), end=True) == len(display)
    inside: set[int] = set()
    previous_end = (0, 0)
    for unit in shown.units:
        assert unit.orig_start < unit.orig_end and unit.disp_start < unit.disp_end
        assert (unit.orig_start, unit.disp_start) >= previous_end
        # Between units, characters pair one to one.
        assert unit.orig_start - previous_end[0] == unit.disp_start - previous_end[1]
        previous_end = (unit.orig_end, unit.disp_end)
        inside.update(range(unit.orig_start + 1, unit.orig_end))
        for bound in (unit.orig_start, unit.orig_end):
            for end in (False, True):
                assert shown.to_original(shown.to_display(bound, end=end), end=end) == bound
        assert shown.display_range(unit.orig_start, unit.orig_end) == (
            unit.disp_start,
            unit.disp_end,
        )
        assert shown.original_range(unit.disp_start, unit.disp_end) == (
            unit.orig_start,
            unit.orig_end,
        )
    assert len(original) - previous_end[0] == len(display) - previous_end[1]
    last = -1
    for offset in range(len(original) + 1):
        pos = shown.to_display(offset)
        assert pos >= last
        last = pos
        if offset not in inside:
            for end in (False, True):
                assert shown.to_original(shown.to_display(offset, end=end), end=end) == offset
    # A display selection maps to whole phrases whose display covers it.
    for pos in range(len(display) + 1):
        start = shown.to_original(pos)
        stop = shown.to_original(pos, end=True)
        assert shown.to_display(start) <= pos <= shown.to_display(stop, end=True)
