"""The window's three panes — library list, article, annotation panel — and the room for
the article.

:class:`PaneLayout` owns the splitter that holds them. Whatever the window's size (or the
text size), the article keeps a readable width (:attr:`ArticleView.readable_width`): the side
panes shrink from the widths the reader gave them, then collapse (the annotation panel first,
then the list; the pane the reader asked for last stays longest), and come back when there is
room again. A hint in the status bar names what is hidden and the shortcuts that bring it
back; the View menu has a toggle for each pane (the list's is here, the annotation panel's is
the annotation controller's, given a shortcut here). Focus mode hides both side panes at once
(:meth:`set_suspended`).

Tab and Shift+Tab in the list, the article or the annotation list move to the next (previous)
shown pane, to the widget that had the focus there last.

The annotation panel may be made after the window: a slot (an empty widget) holds its place in
the splitter — its width, its shown or hidden state — until :meth:`PaneLayout.adopt_panel`
puts the panel there. The fit makes it (``make_panel``) as soon as it is to be shown.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QByteArray,
    QDataStream,
    QEvent,
    QObject,
    QSettings,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLabel,
    QMainWindow,
    QSplitter,
    QTextEdit,
    QWidget,
)

from reader.ui.article.view import ArticleView
from reader.ui.noop import override
from reader.ui.settings import Key, read_bool, read_bytes, write
from reader.ui.window.fitting import Plan, Side, plan_panes

LIST, PANEL = 0, 1
# Below these widths a side pane is not usable: it collapses instead.
LIST_MINIMUM = 200
PANEL_MINIMUM = 170
# The widths a side pane gets until the reader drags its handle.
LIST_WIDTH = 300
PANEL_WIDTH = 280


class PaneSplitter(QSplitter):
    """A splitter that says when it was resized (after laying its panes out)."""

    resized = Signal()

    @override
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.resized.emit()


class PaneLayout(QObject):
    """The splitter of list, article and annotation panel; see the module documentation."""

    def __init__(
        self,
        window: QMainWindow,
        list_pane: QWidget,
        article: ArticleView,
        article_pane: QWidget,
        panel: QWidget,
        panel_action: QAction,
        settings: QSettings,
        make_panel: Callable[[], QWidget] | None = None,
    ) -> None:
        super().__init__(window)
        self._make_panel = make_panel  # (None: ``panel`` is the panel itself)
        self._window = window
        self._settings = settings
        self._article = article
        self._sides = (list_pane, panel)
        self.splitter = PaneSplitter(Qt.Orientation.Horizontal, window)
        self.splitter.setObjectName("paneSplitter")
        for widget in (list_pane, article_pane, panel):
            self.splitter.addWidget(widget)
        self.splitter.setStretchFactor(1, 1)
        # Side panes are collapsed by hiding them, never squeezed to nothing by the splitter;
        # and they must not hold the window wider than the article needs (the window could
        # then not be made small, and nothing would ever collapse).
        for i in range(3):
            self.splitter.setCollapsible(i, False)
        for side in self._sides:
            side.setMinimumWidth(1)
        self._minimums = (LIST_MINIMUM, PANEL_MINIMUM)
        self._wanted = [LIST_WIDTH, PANEL_WIDTH]
        self._wish = [read_bool(settings, Key.LIBRARY_LIST, True), panel_action.isChecked()]
        self._first: int | None = None  # the pane the reader asked for last: it stays longest
        self._suspended = False
        self._fitting = False
        self.plan: Plan | None = None

        self.list_action = QAction(self.tr("Library &List"), self)
        self.list_action.setCheckable(True)
        self.list_action.setChecked(self._wish[LIST])
        self.list_action.setShortcuts([QKeySequence("Ctrl+Shift+L"), QKeySequence("F9")])
        self.panel_action = panel_action
        self.panel_action.setShortcut(QKeySequence("Ctrl+Shift+P"))
        self._actions = (self.list_action, self.panel_action)
        self.list_action.toggled.connect(self._on_list_action_toggled)
        self.panel_action.toggled.connect(self._on_panel_action_toggled)
        window.addAction(self.list_action)
        window.addAction(self.panel_action)

        self.hint = QLabel(window)
        self.hint.setObjectName("paneHint")
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.hide()
        window.statusBar().addWidget(self.hint, 1)

        self._refit = QTimer(self)
        self._refit.setSingleShot(True)
        self._refit.setInterval(0)
        self._refit.timeout.connect(self.fit)
        self.splitter.resized.connect(self.fit)
        self.splitter.splitterMoved.connect(self._on_splitter_moved)
        for side in self._sides:
            side.installEventFilter(self)
        self._last_focus: list[QWidget | None] = [None, None, None]
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_app_focus_changed)
        self._panes = (list_pane, article_pane, panel)
        self._tab_watched: list[QWidget] = []
        self.watch_tab()

    def adopt_panel(self, panel: QWidget) -> None:
        """Put the annotation panel, made now, where its slot stands (its place, width and
        shown state are the slot's)."""
        slot = self._sides[PANEL]
        if panel is slot:
            return
        self._make_panel = None
        slot.removeEventFilter(self)
        self.splitter.replaceWidget(2, panel)
        slot.deleteLater()
        panel.setMinimumWidth(1)
        panel.installEventFilter(self)
        self._sides = (self._sides[LIST], panel)
        self._panes = (*self._panes[:2], panel)
        self.watch_tab()

    # ----- state -----
    def restore(self) -> None:
        """Take the side panes' widths from the saved splitter state (``window/splitter``)."""
        state = read_bytes(self._settings, Key.SPLITTER)
        if state is None or not self.splitter.restoreState(state):
            return
        # (Read from the state itself: the splitter scales what it restores to its size now,
        # which before the window is shown is nothing.)
        sizes = _saved_sizes(state)
        for i, at in ((LIST, 0), (PANEL, 2)):
            if at < len(sizes) and sizes[at] >= self._minimums[i]:
                self._wanted[i] = sizes[at]
        for side, wish in zip(self._sides, self._wish, strict=True):
            side.setVisible(wish)  # the fit decides again once the window has its size

    def save(self) -> None:
        """Write the splitter state, with each side pane at the width the reader gave it."""
        sizes = self.splitter.sizes()
        if len(sizes) == 3:
            self._adopt(sizes)
            self._fitting = True
            try:
                self.splitter.setSizes([self._wanted[LIST], max(1, sizes[1]), self._wanted[PANEL]])
                write(self._settings, Key.SPLITTER, self.splitter.saveState())
            finally:
                self._fitting = False

    def _adopt(self, sizes: list[int]) -> None:
        """Take a shown side pane's width as the reader's when someone other than the fit set
        it (a drag, or a program calling ``setSizes``)."""
        plan = self.plan
        for i, at in ((LIST, 0), (PANEL, 2)):
            fitted = plan.widths[i] if plan is not None else None
            if sizes[at] != fitted and sizes[at] >= self._minimums[i]:
                self._wanted[i] = sizes[at]

    @property
    def hidden_for_room(self) -> frozenset[int]:
        """The side panes (LIST, PANEL) the reader wants but that are hidden for lack of room."""
        return self.plan.collapsed if self.plan is not None else frozenset()

    def set_suspended(self, suspended: bool) -> None:
        """Hide both side panes (focus mode), or let them come back."""
        self._suspended = suspended
        self.fit()

    # ----- fitting -----
    @Slot()
    def fit(self) -> None:
        """Lay the panes out for the splitter's width now (see the module documentation)."""
        width = self.splitter.width()
        if self._fitting or width <= 0:
            return
        self._fitting = True
        try:
            self._fit(width)
        finally:
            self._fitting = False

    def _fit(self, width: int) -> None:
        wanted = [self._wish[i] and not self._suspended for i in (LIST, PANEL)]
        sides = (
            Side(self._wanted[LIST], LIST_MINIMUM, wanted[LIST]),
            # The panel goes before the article drops below a comfortable width (unless the
            # reader asked for it last); the list, needed to move between documents, stays
            # down to the readable width.
            Side(
                self._wanted[PANEL],
                PANEL_MINIMUM,
                wanted[PANEL],
                0 if self._first == PANEL else self._article.comfortable_width,
            ),
        )
        order = (LIST, PANEL) if self._first == PANEL else (PANEL, LIST)
        plan = plan_panes(
            width, self._article.readable_width, sides, self.splitter.handleWidth(), order
        )
        self.plan = plan
        if plan.widths[PANEL] > 0 and (make := self._make_panel) is not None:
            self._make_panel = None
            self.adopt_panel(make())  # (the panel is made to be shown)
        for i, side in enumerate(self._sides):
            shown = plan.widths[i] > 0
            if side.isHidden() == shown:
                side.setVisible(shown)
            action = self._actions[i]
            if action.isChecked() != (shown or (self._suspended and self._wish[i])):
                action.blockSignals(True)
                action.setChecked(shown or (self._suspended and self._wish[i]))
                action.blockSignals(False)
        self.splitter.setSizes([plan.widths[LIST], plan.article, plan.widths[PANEL]])
        self._show_hint(plan)

    def _show_hint(self, plan: Plan) -> None:
        names = {
            LIST: self.tr("the list ({keys})"),
            PANEL: self.tr("the annotations ({keys})"),
        }
        hidden = [
            names[i].format(
                keys=self._actions[i].shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            )
            for i in (LIST, PANEL)
            if i in plan.collapsed
        ]
        if hidden:
            self.hint.setText(
                self.tr("Hidden to give the article room: {panes}").format(panes=", ".join(hidden))
            )
        self.hint.setVisible(bool(hidden))

    def _ask(self, i: int, shown: bool) -> None:
        """The reader asked for side pane ``i`` to be shown or hidden."""
        self._wish[i] = shown
        if shown:
            self._first = i
        self.fit()
        if shown and i in self.hidden_for_room and not self._suspended:
            self._window.statusBar().showMessage(
                self.tr("The window is too narrow for this pane beside the article."), 6000
            )

    # ----- slots -----
    @Slot(bool)
    def _on_list_action_toggled(self, checked: bool) -> None:
        write(self._settings, Key.LIBRARY_LIST, checked)
        self._ask(LIST, checked)

    @Slot(bool)
    def _on_panel_action_toggled(self, checked: bool) -> None:
        # (The annotation controller, connected first, remembered the choice.)
        self._ask(PANEL, checked)

    @Slot(int, int)
    def _on_splitter_moved(self, pos: int, index: int) -> None:
        if self._fitting:
            return
        sizes = self.splitter.sizes()
        for i, at in ((LIST, 0), (PANEL, 2)):
            if not self._sides[i].isHidden():
                self._wanted[i] = max(sizes[at], self._minimums[i])
        self._refit.start()

    @Slot(QWidget, QWidget)
    def _on_app_focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        if new is None:
            return
        for i, pane in enumerate(self._panes):
            if new is pane or pane.isAncestorOf(new):
                self._last_focus[i] = new

    # ----- Tab between the panes -----
    def watch_tab(self) -> None:
        """Make Tab in the panes' lists and the article move between the panes (call again
        after adding a list to a pane)."""
        for pane in self._panes:
            views: list[QWidget] = [*pane.findChildren(QAbstractItemView)]
            views += pane.findChildren(QTextEdit)
            for view in views:
                if view not in self._tab_watched:
                    view.installEventFilter(self)
                    self._tab_watched.append(view)

    def focus_pane(self, step: int, source: QWidget) -> QWidget | None:
        """Give the focus to the shown pane ``step`` panes after (before) ``source``'s."""
        here = next(
            (i for i, p in enumerate(self._panes) if p is source or p.isAncestorOf(source)), 1
        )
        for k in range(1, len(self._panes) + 1):
            j = (here + step * k) % len(self._panes)
            pane = self._panes[j]
            if pane.isHidden():
                continue
            target = self._last_focus[j]
            if target is None or not target.isVisible() or not pane.isAncestorOf(target):
                target = _default_focus(pane)
            if target is not None:
                if target not in self._tab_watched:  # Tab goes on from there too
                    target.installEventFilter(self)
                    self._tab_watched.append(target)
                target.setFocus(Qt.FocusReason.TabFocusReason)
                return target
        return None

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched in self._sides and kind in (QEvent.Type.Show, QEvent.Type.Hide):
            if not self._fitting:
                self._refit.start()  # shown or hidden by someone else: fit again
        elif kind == QEvent.Type.KeyPress and isinstance(watched, QWidget):
            assert isinstance(event, QKeyEvent)
            mods = event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier
            if event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and not mods:
                backwards = event.key() == Qt.Key.Key_Backtab or bool(
                    event.modifiers() & Qt.KeyboardModifier.ShiftModifier
                )
                self.focus_pane(-1 if backwards else 1, watched)
                return True
        return super().eventFilter(watched, event)


def _saved_sizes(state: QByteArray) -> list[int]:
    """The pane sizes in a QSplitter state (magic, version, then the list of sizes)."""
    stream = QDataStream(state)
    stream.readInt32()
    stream.readInt32()
    count = stream.readUInt32()
    sizes = [stream.readInt32() for _ in range(min(count, 16))]
    return sizes if stream.status() == QDataStream.Status.Ok else []


def _default_focus(pane: QWidget) -> QWidget | None:
    """The widget of a pane that takes the focus first: the pane itself when it is a text view,
    else its first shown list or text view, else its first shown widget that takes Tab."""
    if isinstance(pane, QTextEdit):
        return pane
    views: list[QWidget] = [*pane.findChildren(QTextEdit), *pane.findChildren(QAbstractItemView)]
    # (An empty annotation panel shows no list: its colour filter, then.)
    takers = [w for w in pane.findChildren(QWidget) if w.focusPolicy() & Qt.FocusPolicy.TabFocus]
    return next((w for w in views + takers if w.isVisible()), None)
