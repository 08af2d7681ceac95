"""Scroll areas' viewports made in Python, set up as Qt sets up its own.

The first time Python is handed a widget that C++ made as a plain ``QWidget`` (the first
``viewport()`` call of any scroll area, or an event filter that sees it), shiboken walks every
QWidget subclass it knows to find the widget's type, and so creates every one of those classes
with all their enums: about 60 enum classes, 10–15 ms at start-up, for classes the first screen
never uses (QWizard, QCalendarWidget, QMdiArea…). A viewport made in Python is already known,
so asking for it costs nothing. Each function gives the viewport exactly the state its area's
own would have had (``tests/ui/test_viewports.py`` compares them attribute by attribute).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QAbstractItemView, QTextBrowser, QWidget


def _viewport(area: QAbstractItemView | QTextBrowser) -> QWidget:
    # What QAbstractScrollArea gives its own viewport (setViewport adds the focus proxy, its
    # event filter and the pan gesture, as for its own).
    viewport = QWidget(area)
    viewport.setObjectName("qt_scrollarea_viewport")
    viewport.setBackgroundRole(QPalette.ColorRole.Base)
    viewport.setAutoFillBackground(True)
    return viewport


def _install(area: QAbstractItemView | QTextBrowser, viewport: QWidget) -> None:
    area.setViewport(viewport)
    viewport.lower()  # first among the area's children, under the scroll bars, as Qt's own


def item_view_viewport(view: QAbstractItemView) -> QWidget:
    """Give a just-made item view (a QListView) a viewport made in Python; return it."""
    viewport = _viewport(view)
    _install(view, viewport)
    return viewport


def text_browser_viewport(browser: QTextBrowser) -> QWidget:
    """Give a just-made text browser a viewport made in Python; return it."""
    viewport = _viewport(browser)
    # What QTextEdit and QTextBrowser add: a read-only browser shows the arrow until the
    # pointer is over selectable text or a link.
    viewport.setMouseTracking(True)
    viewport.setCursor(Qt.CursorShape.ArrowCursor)
    viewport.setAcceptDrops(True)
    viewport.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
    _install(browser, viewport)
    # The document lays itself out for its paint device, which QTextEdit set to the viewport
    # it made (deleted by setViewport).
    browser.document().documentLayout().setPaintDevice(viewport)
    return viewport
