"""The hold of what waits for the window's first article."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from reader.ui.library.first_article import FirstArticleHold


def test_a_hold_ends_a_moment_after_its_release(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    hold = FirstArticleHold(parent)
    ended: list[bool] = []
    hold.ended.connect(lambda: ended.append(hold.held))
    hold.release()  # not held: nothing to end
    assert not hold.held and not hold.awaiting_release
    hold.hold(at_most_ms=60000)
    assert hold.held and hold.awaiting_release
    qtbot.wait(100)
    assert not ended
    hold.release()
    assert hold.held and not ended  # still held in the turn of the event loop that released it
    assert not hold.awaiting_release  # but released
    qtbot.waitUntil(lambda: ended == [False], timeout=5000)
    qtbot.wait(100)
    assert ended == [False] and not hold.awaiting_release


def test_a_hold_never_released_ends_at_its_limit(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    hold = FirstArticleHold(parent)
    with qtbot.waitSignal(hold.ended, timeout=5000):
        hold.hold(at_most_ms=100)
        assert hold.awaiting_release
    assert not hold.held and not hold.awaiting_release


def test_holding_again_waits_for_another_release(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    hold = FirstArticleHold(parent)
    ended: list[bool] = []
    hold.ended.connect(lambda: ended.append(hold.held))
    hold.hold(at_most_ms=60000)
    hold.release()
    hold.hold(at_most_ms=60000)  # before the released hold ended: held until released again
    qtbot.wait(300)
    assert not ended and hold.held and hold.awaiting_release
    with qtbot.waitSignal(hold.ended, timeout=5000):
        hold.release()
    assert ended == [False]
