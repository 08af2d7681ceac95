"""Contents and progress: View → Contents lists the article's headings to jump to; the status
bar says how far through the article the reader is and how many minutes are left.

Headings and the reading point are original clean-text offsets
(:mod:`reader.model.article.outline`), shown in the display script.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QObject, Qt, QTimer, Slot
from PySide6.QtWidgets import QLabel, QMenu, QWidget

from reader.model.article.outline import (
    CHINESE_CHARACTERS_PER_MINUTE,
    ENGLISH_WORDS_PER_MINUTE,
    Heading,
    ReadingClock,
    outline,
    progress,
)
from reader.model.article.positions import ReadingPosition
from reader.ui.article.session import ArticleSession
from reader.ui.article.view import ArticleView
from reader.ui.plain import plain_tip


def read_to(view: ArticleView) -> int | None:
    """How far the reader has read, as an original offset: the text at the top of the view
    (what is in sight is still to be read), the end once scrolled to the bottom; None when
    nothing mapped is shown."""
    pane = view.pane_map
    if pane is None:
        return None
    bar = view.verticalScrollBar()
    top = bar.value()
    # The layout's own height decides, not the scroll bar's range (that one is adjusted
    # later); it is asked only at the bar's end, as it lays the whole text out first (Qt lays
    # a new page out in steps: forcing it on every page shown held the UI thread).
    if top > 0 and top >= bar.maximum() - 1:
        height = view.document().documentLayout().documentSize().height()
        if top + view.viewport().height() >= height - 1:
            return len(pane.text.original)
    return view.current_position().offset


class ContentsMenu(QObject):
    """The Contents menu: one entry per heading, indented by level; choosing one scrolls the
    article so that the heading is at the top."""

    def __init__(self, view: ArticleView, session: ArticleSession, parent: QWidget) -> None:
        super().__init__(parent)
        self._view = view
        self._session = session
        self.menu = QMenu(self.tr("&Contents"), parent)
        self.menu.setObjectName("contentsMenu")
        self.menu.aboutToShow.connect(self.rebuild)
        self.rebuild()

    def headings(self) -> list[tuple[Heading, str]]:
        """The shown article's headings with their text as shown."""
        doc, display = self._session.document, self._session.display
        if doc is None or display is None or display.text.original != doc.text:
            return []
        shown = display.text
        return [
            (h, shown.display[shown.to_display(h.start) : shown.to_display(h.end)].strip())
            for h in outline(doc)
        ]

    @Slot()
    def rebuild(self) -> None:
        """Fill the menu from the article shown now."""
        self.menu.clear()
        headings = self.headings()
        if not headings:
            self.menu.addAction(self.tr("No headings in this article")).setEnabled(False)
            return
        top = min(h.level for h, _ in headings)
        for heading, text in headings:
            indent = "\u2003" * (heading.level - top)  # em spaces: the menu has no tree
            action = self.menu.addAction(indent + text.replace("&", "&&"))
            action.triggered.connect(partial(self.go_to, heading.start))

    def go_to(self, offset: int) -> None:
        """Scroll so that the original offset ``offset`` is at the top, and remember it."""
        self._view.restore_position(ReadingPosition(offset, 0.0))
        self._view.save_position()
        self._view.setFocus(Qt.FocusReason.OtherFocusReason)


class ProgressLabel(QLabel):
    """ "42% · 6 min left": how far through the shown article the reader is."""

    def __init__(self, view: ArticleView, session: ArticleSession, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("readingProgress")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self._view = view
        self._clock: ReadingClock | None = None
        # Scrolling (and setting a page, which moves the bar several times while the page is
        # half built) asks once per turn of the event loop: each answer lays the text out.
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(0)
        self._later.timeout.connect(self.refresh)
        bar = view.verticalScrollBar()
        bar.valueChanged.connect(self._later.start)
        bar.rangeChanged.connect(self._later.start)
        # A new article too: on the next turn, not in the turn that lays the article out.
        session.shown.connect(self._later.start)

    @Slot()
    def refresh(self) -> None:
        """Say where the reader is now."""
        self._later.stop()
        offset = read_to(self._view)
        pane = self._view.pane_map
        if offset is None or pane is None or not pane.text.original:
            self.setText("")
            self.setToolTip("")
            return
        text = pane.text.original
        if self._clock is None or self._clock.text is not text:
            self._clock = ReadingClock(text)
        state = progress(text, offset, self._clock)
        if state.minutes_left == 0:
            left = self.tr("finished")
        else:
            left = self.tr("%n min left", "", state.minutes_left)
        self.setText(self.tr("{percent}% · {left}").format(percent=state.percent, left=left))
        self.setToolTip(
            plain_tip(
                self.tr(
                    "Read so far, and the time left at {chinese} Chinese characters "
                    "or {english} English words a minute"
                ).format(chinese=CHINESE_CHARACTERS_PER_MINUTE, english=ENGLISH_WORDS_PER_MINUTE)
            )
        )
