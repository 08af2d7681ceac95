"""Fitting panes to the window and the window to the screen: the arithmetic."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from reader.ui.window.fitting import Rect, Side, fit_window, keep_on_screen, plan_panes

LIST, PANEL = 0, 1
ORDER = (PANEL, LIST)


def sides(list_wanted: int = 300, panel_wanted: int = 280) -> tuple[Side, Side]:
    return Side(list_wanted, 200, True), Side(panel_wanted, 170, True)


def test_wide_window_gives_each_pane_its_width_and_the_article_the_rest() -> None:
    plan = plan_panes(1600, 400, sides(), 4, ORDER)
    assert plan.widths == (300, 280)
    assert plan.article == 1600 - 300 - 280 - 8
    assert not plan.collapsed


def test_side_panes_shrink_before_anything_collapses() -> None:
    plan = plan_panes(800, 385, sides(), 4, ORDER)
    assert not plan.collapsed
    assert 200 <= plan.widths[LIST] < 300 and 170 <= plan.widths[PANEL] < 280
    assert plan.article >= 385


def test_the_panel_collapses_first_then_the_list() -> None:
    plan = plan_panes(640, 385, sides(), 4, ORDER)
    assert plan.collapsed == {PANEL} and plan.widths[PANEL] == 0 and plan.widths[LIST] >= 200
    plan = plan_panes(500, 385, sides(), 4, ORDER)
    assert plan.collapsed == {PANEL, LIST} and plan.article == 500


def test_the_pane_asked_for_last_stays_longest() -> None:
    plan = plan_panes(640, 385, sides(), 4, (LIST, PANEL))
    assert plan.collapsed == {LIST} and plan.widths[PANEL] >= 170


@given(
    total=st.integers(0, 4000),
    article=st.integers(100, 900),
    wanted=st.tuples(st.integers(0, 1500), st.integers(0, 1500)),
    shown=st.tuples(st.booleans(), st.booleans()),
    handle=st.integers(0, 10),
)
def test_the_article_gets_its_readable_width_whenever_possible(
    total: int, article: int, wanted: tuple[int, int], shown: tuple[bool, bool], handle: int
) -> None:
    panes = (Side(wanted[0], 200, shown[0]), Side(wanted[1], 170, shown[1]))
    plan = plan_panes(total, article, panes, handle, ORDER)
    visible = [i for i in (LIST, PANEL) if plan.widths[i] > 0]
    assert plan.article + sum(plan.widths) + handle * len(visible) == total
    if total >= article:
        assert plan.article >= article
    for i in (LIST, PANEL):
        if plan.widths[i]:
            assert panes[i].shown and plan.widths[i] >= panes[i].minimum
        assert (i in plan.collapsed) == (panes[i].shown and plan.widths[i] == 0)


def test_a_first_window_fits_a_small_or_scaled_screen() -> None:
    # 1600×1000 at QT_SCALE_FACTOR=2 is an 800×500 screen in logical pixels.
    fitted = fit_window(Rect(0, 0, 800, 500), 1200, 800, (390, 230))
    assert fitted.width <= 800 and fitted.height <= 500
    assert fitted.x >= 0 and fitted.y >= 0
    assert fitted.x + fitted.width <= 800 and fitted.y + fitted.height <= 500
    assert fit_window(Rect(0, 0, 2560, 1440), 1200, 800, (390, 230)) == Rect(680, 320, 1200, 800)


def test_a_saved_window_larger_than_the_screen_is_brought_onto_it() -> None:
    assert keep_on_screen(Rect(100, 50, 2400, 1600), Rect(0, 0, 800, 500)) == Rect(0, 0, 800, 500)
    assert keep_on_screen(Rect(700, 400, 400, 300), Rect(0, 0, 800, 500)) == Rect(
        400, 200, 400, 300
    )
