"""Tooltips that show what the source said under a converted word ("原文：網際網路").

An event filter on the article pane's viewport answers ``QEvent.ToolTip``: the character under
the pointer → its display offset (``ArticleView.pane_map``) → the converted piece there and its
original form (``DisplayText.change_at``). Where the display shows the original unchanged (and
in Original mode) there is no tooltip.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, QRect, Qt
from PySide6.QtGui import QHelpEvent, QTextCursor
from PySide6.QtWidgets import QToolTip

from reader.model.script.mapped import Change
from reader.ui.article.view import ArticleView
from reader.ui.noop import override
from reader.ui.plain import plain_tip


class OriginalFormTips(QObject):
    """Shows the original form of the converted word under the pointer in ``view``."""

    def __init__(self, view: ArticleView) -> None:
        super().__init__(view)
        self._view = view
        view.viewport().installEventFilter(self)

    def change_at(self, viewport_pos: QPoint) -> tuple[Change, QRect] | None:
        """The converted piece under ``viewport_pos`` and its rectangle, if any."""
        view = self._view
        pane = view.pane_map
        if pane is None or not pane.text.changed:
            return None
        layout = view.document().documentLayout()
        point = QPointF(
            viewport_pos.x() + view.horizontalScrollBar().value(),
            viewport_pos.y() + view.verticalScrollBar().value(),
        )
        if layout.hitTest(point, Qt.HitTestAccuracy.ExactHit) < 0:
            return None  # not over text
        cursor = view.cursorForPosition(viewport_pos)
        qt_pos = cursor.position()
        if viewport_pos.x() < view.cursorRect(cursor).left() and qt_pos > 0:
            # The pointer is over the character before the nearest cursor position.
            before = QTextCursor(cursor)
            before.movePosition(QTextCursor.MoveOperation.PreviousCharacter)
            qt_pos = before.position()
        display = pane.display_offset(qt_pos)
        if display is None or pane.qt_position(display) != qt_pos:
            return None  # a decoration, the header or a gap between blocks
        change = pane.text.change_at(display)
        if change is None:
            return None
        start = QTextCursor(view.document())
        start.setPosition(pane.qt_position(change.disp_start) or qt_pos)
        end = QTextCursor(view.document())
        end.setPosition(pane.qt_position(change.disp_end, end=True) or qt_pos)
        rect = view.cursorRect(start).united(view.cursorRect(end))
        return change, rect

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and watched is self._view.viewport():
            assert isinstance(event, QHelpEvent)
            found = self.change_at(event.pos())
            if found is not None:
                change, rect = found
                QToolTip.showText(
                    event.globalPos(),
                    plain_tip(self.tr("原文：{text}").format(text=change.original)),
                    self._view.viewport(),
                    rect,
                )
                return True
            QToolTip.hideText()
        return super().eventFilter(watched, event)
