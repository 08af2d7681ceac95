"""The annotation panel's model, filter and delegate."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from reader.model.annotations.annotation import Colour
from reader.ui.annotations.colours import SWATCHES
from reader.ui.annotations.panel import (
    ORPHAN_LABEL,
    AnnotationListModel,
    AnnotationPanel,
    PanelItem,
    Role,
)
from reader.ui.plain import TIP_PREFIX

WHEN = datetime(2024, 5, 1, 12, 30, tzinfo=UTC)

ITEMS = [
    PanelItem("a", Colour.YELLOW, "第一段的引文", "", WHEN, False),
    PanelItem("b", Colour.GREEN, "第二段𫫇😀", "一條筆記", WHEN, False),
    PanelItem("c", Colour.GREEN, "已經不在了", "孤兒的筆記", WHEN, True),
]


def test_model_is_consistent(qtmodeltester: ModelTester) -> None:
    model = AnnotationListModel()
    qtmodeltester.check(model)
    model.set_items(ITEMS)
    qtmodeltester.check(model)
    assert model.rowCount() == 3
    index = model.index(1)
    assert index.data() == "第二段𫫇😀"
    assert index.data(Role.ID) == "b" and index.data(Role.COLOUR) == "green"
    assert index.data(Role.NOTE) == "一條筆記" and index.data(Role.ORPHAN) is False
    assert index.data(Qt.ItemDataRole.DecorationRole) == QColor(SWATCHES[Colour.GREEN])
    assert index.data(Role.DATE)  # a locale date
    orphan = model.index(2)
    assert orphan.data(Qt.ItemDataRole.ToolTipRole).startswith(TIP_PREFIX + ORPHAN_LABEL)
    assert ORPHAN_LABEL in orphan.data(Qt.ItemDataRole.AccessibleTextRole)
    assert model.row_of("c") == 2 and model.row_of("x") is None


def test_filter_and_panel(qtbot: QtBot, qtmodeltester: ModelTester) -> None:
    panel = AnnotationPanel()
    qtbot.addWidget(panel)
    panel.resize(320, 500)
    panel.show()
    assert panel.empty.isVisible() and not panel.list_view.isVisible()
    panel.set_items(ITEMS)
    assert panel.title.text() == "Annotations (3) · 1 not found"
    assert panel.list_view.isVisible() and not panel.empty.isVisible()
    assert panel.visible_ids() == ["a", "b", "c"]
    panel.set_colour_filter(Colour.GREEN)
    qtmodeltester.check(panel.filter_model)
    assert panel.visible_ids() == ["b", "c"]
    assert not panel.index_of("a").isValid()
    panel.set_colour_filter(Colour.PINK)
    assert panel.visible_ids() == []
    panel.set_colour_filter(None)
    assert panel.visible_ids() == ["a", "b", "c"]
    # Rows with a note or an orphan mark are taller; every row is painted without error.
    view = panel.list_view
    plain = view.visualRect(panel.index_of("a")).height()
    noted = view.visualRect(panel.index_of("b")).height()
    orphan = view.visualRect(panel.index_of("c")).height()
    assert plain < noted < orphan
    assert not panel.grab().isNull()
    with qtbot.waitSignal(panel.annotation_activated) as blocker:
        qtbot.mouseClick(
            view.viewport(),
            Qt.MouseButton.LeftButton,
            pos=view.visualRect(panel.index_of("b")).center(),
        )
    assert blocker.args == ["b"]
