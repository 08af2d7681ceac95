"""Back and forward steps: what is written down on leaving, what going back returns."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from reader.model.article.history import History, Step
from reader.model.article.positions import ReadingPosition


def at(offset: int) -> ReadingPosition:
    return ReadingPosition(offset, 0.0)


def test_back_and_forward_return_to_where_the_reader_left() -> None:
    history = History()
    history.visit("a")
    assert not history.can_go_back() and not history.can_go_forward()
    history.leave("a", at(500))
    history.visit("b")
    history.leave("b", at(20))
    assert history.back() == Step("a", at(500))
    assert history.can_go_forward()
    history.leave("a", at(600))  # the reader scrolled on before going forward
    assert history.forward() == Step("b", at(20))
    assert history.back() == Step("a", at(600))
    assert history.back() is None


def test_going_somewhere_new_drops_the_steps_ahead() -> None:
    history = History()
    for key in "abc":
        history.visit(key)
    history.back()
    history.back()
    history.visit("d")
    assert [s.key for s in history.steps] == ["a", "d"]
    assert not history.can_go_forward()


def test_leaving_another_document_than_the_current_step_changes_nothing() -> None:
    history = History()
    history.visit("a", at(1))
    history.leave("b", at(99))
    assert history.current == Step("a", at(1))


def test_a_jump_inside_a_document_is_a_step_of_its_own() -> None:
    history = History()
    history.visit("a")
    history.leave("a", at(100))
    history.visit("a")  # Ctrl+End
    history.leave("a", at(9000))
    assert history.back() == Step("a", at(100))
    assert history.forward() == Step("a", at(9000))


@given(st.lists(st.sampled_from(["visit", "back", "forward"]), max_size=60))
def test_the_current_step_is_always_one_of_the_steps(moves: list[str]) -> None:
    history = History(limit=10)
    for n, move in enumerate(moves):
        if move == "visit":
            history.visit(str(n))
        elif move == "back":
            history.back()
        else:
            history.forward()
        assert len(history.steps) <= 10
        if history.steps:
            assert history.current in history.steps
        assert history.can_go_back() == (
            bool(history.steps) and history.current != history.steps[0]
        )
