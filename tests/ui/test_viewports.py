"""Viewports made in Python have exactly the state of the ones Qt makes itself: every widget
attribute, role, cursor, policy, palette and font, where they sit among the area's children,
hidden and shown, and a text browser's document lays itself out for the new one."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import pytest
from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QAbstractScrollArea, QListView, QTextBrowser, QWidget
from pytestqt.qtbot import QtBot

from reader.ui.article.view import ArticleView
from reader.ui.viewports import item_view_viewport, text_browser_viewport

A = TypeVar("A", bound=QAbstractScrollArea)

_GROUPS = [QPalette.ColorGroup.Active, QPalette.ColorGroup.Disabled, QPalette.ColorGroup.Inactive]
_ROLES = [r for r in QPalette.ColorRole if r is not QPalette.ColorRole.NColorRoles]
# Focus decides these two between two top-level windows shown at once; not the viewport's.
_FOCUS = {Qt.WidgetAttribute.WA_UnderMouse, Qt.WidgetAttribute.WA_InputMethodEnabled}


def state(area: QAbstractScrollArea) -> dict[str, object]:
    """Everything Qt lets one read of an area's viewport (and what the viewport changes in
    the area itself)."""
    v = area.viewport()
    attributes = [a for a in Qt.WidgetAttribute if a is not Qt.WidgetAttribute.WA_AttributeCount]
    policy = v.sizePolicy()
    return {
        "object name": v.objectName(),
        "roles": (v.backgroundRole(), v.foregroundRole()),
        "fills its background": v.autoFillBackground(),
        "mouse tracking": (v.hasMouseTracking(), v.hasTabletTracking()),
        "cursor": v.cursor().shape(),
        "policies": (v.focusPolicy(), v.contextMenuPolicy(), policy.horizontalPolicy()),
        "size policy": (policy.verticalPolicy(), policy.controlType()),
        "drops": v.acceptDrops(),
        "direction": v.layoutDirection(),
        "input hints": v.inputMethodHints(),
        "shown": (v.isHidden(), v.isVisible(), v.isVisibleTo(area), v.isEnabled()),
        "style sheet": v.styleSheet(),
        "flags": v.windowFlags(),
        "sizes": (v.minimumSize(), v.maximumSize(), v.baseSize(), v.sizeIncrement()),
        "geometry": v.geometry(),
        "margins": v.contentsMargins(),
        "palette": [v.palette().color(g, r).name() for g in _GROUPS for r in _ROLES],
        "font": v.font().toString(),
        "locale": v.locale().name(),
        "focus proxy": v.focusProxy() is area,
        "parent": v.parentWidget() is area,
        "attributes": [a for a in attributes if v.testAttribute(a)],
        "its children": [(type(c).__name__, c.objectName()) for c in v.children()],
        "area's children": [(type(c).__name__, c.objectName()) for c in area.children()],
        "area's attributes": [a for a in attributes if area.testAttribute(a) and a not in _FOCUS],
    }


def pair(qtbot: QtBot, make: Callable[[], A], replace: Callable[[A], QWidget]) -> tuple[A, A]:
    qt_own, ours = make(), make()
    for area in (qt_own, ours):
        qtbot.addWidget(area)
    assert replace(ours) is ours.viewport()
    return qt_own, ours


def assert_same(qt_own: QAbstractScrollArea, ours: QAbstractScrollArea) -> None:
    expected, got = state(qt_own), state(ours)
    assert [k for k in expected if expected[k] != got[k]] == []


def list_with_rows() -> QListView:
    view = QListView()
    view.setModel(QStringListModel(["一", "二", "三"], view))
    return view


@pytest.mark.parametrize("shown", [False, True])
def test_a_list_views_viewport_is_as_qts(qtbot: QtBot, shown: bool) -> None:
    qt_own, ours = pair(qtbot, list_with_rows, item_view_viewport)
    if shown:
        for view in (qt_own, ours):
            view.resize(200, 150)
            view.show()
            qtbot.waitExposed(view)
    assert_same(qt_own, ours)
    if shown:
        assert ours.indexAt(ours.visualRect(ours.model().index(1, 0)).center()).row() == 1


@pytest.mark.parametrize("shown", [False, True])
def test_a_text_browsers_viewport_is_as_qts(qtbot: QtBot, shown: bool) -> None:
    qt_own, ours = pair(qtbot, QTextBrowser, text_browser_viewport)
    for browser in (qt_own, ours):
        browser.setHtml("<h1>標題</h1><p>" + "早在蘇聯統治時期，" * 200 + "</p>")
        if shown:
            browser.resize(300, 200)
            browser.show()
            qtbot.waitExposed(browser)
    assert_same(qt_own, ours)
    layout = ours.document().documentLayout()
    assert layout.paintDevice() is ours.viewport()
    # Laid out alike: the same height for the same text at the same width.
    assert layout.documentSize() == qt_own.document().documentLayout().documentSize()
    if shown:
        assert ours.verticalScrollBar().maximum() == qt_own.verticalScrollBar().maximum() > 0


def test_the_article_pane_has_its_own_viewport(qtbot: QtBot) -> None:
    view = ArticleView()
    qtbot.addWidget(view)
    reference = QTextBrowser()
    qtbot.addWidget(reference)
    assert view.viewport().objectName() == reference.viewport().objectName()
    assert view.document().documentLayout().paintDevice() is view.viewport()
    assert view.viewport().parentWidget() is view
