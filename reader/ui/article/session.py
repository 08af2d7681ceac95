"""The article session: the one owner of what the article pane shows.

It holds the current document, its display (title and text in the display script, with the
position maps), the display mode applied to it and the file's stamp when it was shown. Parsing
and conversion run through the window's :class:`~reader.ui.tasks.TaskOwner`; what is already
parsed and converted (a repeat toggle, going back to a document) is shown at once.

Everything else that depends on the shown article listens to :attr:`ArticleSession.shown` and
:attr:`ArticleSession.mode_applied` and reads the session's properties; nothing else keeps a
copy of "what is shown".
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot

from reader.model.article.display import DocumentDisplay, display_of, render_article
from reader.model.article.display_cache import ConversionCache, display_key
from reader.model.article.render import Phrases, header_block_count
from reader.model.document.cache import DocumentCache
from reader.model.document.document import Document, error_document
from reader.model.document.problems import UNTITLED, Problem, Reason
from reader.model.script.convert import converters_ready, prepare
from reader.model.script.modes import DisplayMode
from reader.model.script.options import DEFAULT_OPTIONS, ScriptOptions
from reader.ui.article.view import ArticleView
from reader.ui.problems import describe_problem, shown_title
from reader.ui.tasks import TaskOwner, describe

Stamp = tuple[int, int]


def file_stamp(path: Path) -> Stamp | None:
    """(size, mtime) of a file, to notice that it changed; None if it is gone."""
    try:
        stat = path.stat()
    except OSError:
        return None
    return stat.st_size, stat.st_mtime_ns


def article_phrases() -> Phrases:
    """The renderer's own words in the interface language."""
    translate = QCoreApplication.translate
    return Phrases(
        image_not_downloaded=translate("article", "Image not downloaded"),
        cannot_show=translate("article", "This file cannot be shown: {error}."),
        embedded=translate("article", "Embedded"),
        post=translate("article", "{service} post"),
        post_by=translate("article", "{service} post by {account}"),
        video=translate("article", "{service} video"),
        video_file=translate("article", "Video"),
        audio_file=translate("article", "Audio"),
        separator=translate("article", ": ", "between an embed card's words and its text"),
        untitled=shown_title(UNTITLED),
        describe=describe_problem,
    )


class ArticleSession(QObject):
    """What the article pane shows, and in which display mode.

    Signals: ``shown(path)`` after a document (or the same one in another mode) was put in
    the pane; ``mode_applied(mode)`` once a display mode is in effect (its converters built),
    and again when the conversion options (vocabulary, 台/臺, personal rules) change.
    """

    shown = Signal(str)
    mode_applied = Signal(str)

    def __init__(
        self,
        view: ArticleView,
        cache: DocumentCache,
        tasks: TaskOwner,
        date_format: Callable[[datetime], str],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._view = view
        self._cache = cache
        self._tasks = tasks
        self._date_format = date_format
        self._displays: ConversionCache[DocumentDisplay] = ConversionCache(capacity=32)
        self._document: Document | None = None
        self._display: DocumentDisplay | None = None
        self._stamp: Stamp | None = None
        self._mode = DisplayMode.ORIGINAL
        # The mode asked for last: its converters may still be on the way.
        self._asked = DisplayMode.ORIGINAL
        self._options = DEFAULT_OPTIONS
        self._wanted: Path | None = None
        self._reveal: tuple[int, int] | None = None
        self._select = False
        self._top = False

    # ----- what is shown -----
    @property
    def document(self) -> Document | None:
        """The document in the pane."""
        return self._document

    @property
    def display(self) -> DocumentDisplay | None:
        """The document as shown: title and text in the display script, with maps."""
        return self._display

    @property
    def mode(self) -> DisplayMode:
        """The display mode applied to what is shown."""
        return self._mode

    @property
    def options(self) -> ScriptOptions:
        """The conversion options applied to what is shown."""
        return self._options

    @property
    def path(self) -> Path | None:
        """The document asked for last (shown, or on its way)."""
        return self._wanted

    @property
    def displays(self) -> ConversionCache[DocumentDisplay]:
        """Conversions kept per (document, mode, options)."""
        return self._displays

    # ----- requests -----
    def open(
        self,
        path: Path,
        reveal: tuple[int, int] | None = None,
        *,
        top: bool = False,
        select: bool = False,
    ) -> None:
        """Show the document at ``path`` in the current mode; ``reveal`` is an original-text
        range to scroll to and mark once it is shown (``select``: and select, as for a
        highlight chosen in the annotation browser; a search hit is only marked); ``top``: show
        it from the top (rather than where the reader left off). Either, in the document
        already shown, is a jump."""
        doc = self._document
        if (reveal is not None or top) and doc is not None and doc.path == path:
            self._view.mark_jump()
        self._wanted = path
        self._reveal = reveal
        self._select = select
        self._top = top and reveal is None
        self._request(path)

    def set_mode(self, mode: DisplayMode) -> None:
        """Show everything in ``mode`` from now on (its converters are built first, in the
        background, if they are not ready)."""
        self._asked = mode
        options = self._options
        if converters_ready(mode, options):
            self._tasks.supersede("mode")
            self._apply_mode(mode)
            return
        self._tasks.submit(lambda: prepare(mode, options), self._on_prepare_done, key="mode")

    @Slot(object)
    def set_options(self, options: ScriptOptions) -> None:
        """Convert with ``options`` from now on (vocabulary, 台/臺, personal rules)."""
        if options == self._options:
            return
        self._options = options
        self.set_mode(self._asked)

    def reload_if_changed(self, paths: Iterable[Path] | None = None) -> None:
        """Show the current document again if its file changed on disk since it was shown.

        ``paths`` narrows the check to files known to have changed (None: check anyway).
        """
        doc = self._document
        if doc is None or (paths is not None and doc.path not in set(paths)):
            return
        stamp = file_stamp(doc.path)
        if stamp == self._stamp:
            return
        self._stamp = stamp
        self._request(doc.path)

    # ----- internals -----
    def _request(self, path: Path) -> None:
        mode, options = self._mode, self._options
        doc = self._cache.peek(path)
        shown = self._displays.get(display_key(doc, mode, options)) if doc is not None else None
        if doc is not None and shown is not None:
            self._tasks.supersede("article")
            self._show(doc, shown)
            return
        cache, displays, date_format = self._cache, self._displays, self._date_format
        phrases = article_phrases()
        self._tasks.submit(
            lambda: render_article(cache, path, mode, date_format, displays, phrases, options),
            self._on_render_done,
            self._on_render_failed,
            key="article",
        )

    def _apply_mode(self, mode: DisplayMode) -> None:
        self._mode = mode
        self.mode_applied.emit(mode.value)
        if self._wanted is not None:
            self._request(self._wanted)

    def _show(self, doc: Document, shown: DocumentDisplay) -> None:
        self._document = doc
        self._display = shown
        self._stamp = file_stamp(doc.path)
        self._view.show_html(
            shown.html,
            doc.path.parent,
            key=str(doc.path),
            text=shown.text,
            header_blocks=header_block_count(doc),
            glyphs=shown.glyphs,
            latin=shown.latin,
        )
        reveal, self._reveal = self._reveal, None
        top, self._top = self._top, False
        if reveal is not None:
            self._view.reveal(*reveal, select=self._select)
        elif top:
            self._view.verticalScrollBar().setValue(0)
        self.shown.emit(str(doc.path))

    @Slot(object)
    def _on_prepare_done(self, mode: DisplayMode) -> None:
        self._apply_mode(mode)

    @Slot(object)
    def _on_render_failed(self, error: BaseException) -> None:
        # The pane must not go on showing the previous document as if it were this one.
        path = self._wanted
        if path is None:
            return
        reason = self.tr("the document could not be shown ({0})").format(describe(error))
        doc = error_document(path, Problem(Reason.OTHER, reason))
        self._show(
            doc,
            display_of(doc, self._mode, self._date_format, article_phrases(), self._options),
        )

    @Slot(object)
    def _on_render_done(self, result: tuple[Document, DocumentDisplay]) -> None:
        doc, shown = result
        if doc.path == self._wanted:
            self._show(doc, shown)
