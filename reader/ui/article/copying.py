"""Copy with citation: the article's selection as plain text, as Markdown with its source, or
as a quotation in the display script (Edit menu and the article's context menu).

The selection is copied as it is shown, i.e. in the current display script; the title is the
one shown too. See :mod:`reader.model.article.citation` for the formats.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QMenu

from reader.ui.article.session import ArticleSession
from reader.ui.article.view import ArticleView

TYPE_CHECKING = False  # typing's, without importing typing at start-up (mypy reads it so)
if TYPE_CHECKING:  # the citation module is imported when first copying
    from reader.model.article.citation import Source


class CopyActions(QObject):
    """Three Copy actions over the article's selection, enabled while there is one."""

    def __init__(self, view: ArticleView, session: ArticleSession) -> None:
        super().__init__(view)
        self._view = view
        self._session = session
        self.plain_action = QAction(self.tr("Copy as &Plain Text"), self)
        self.plain_action.setObjectName("copyPlainAction")
        self.plain_action.setShortcut(QKeySequence("Ctrl+Shift+C"))
        self.plain_action.triggered.connect(self.copy_plain)
        self.markdown_action = QAction(self.tr("Copy as &Markdown with Source"), self)
        self.markdown_action.setObjectName("copyMarkdownAction")
        self.markdown_action.triggered.connect(self.copy_markdown)
        self.quote_action = QAction(self.tr("Copy as &Quotation"), self)
        self.quote_action.setObjectName("copyQuoteAction")
        self.quote_action.triggered.connect(self.copy_quote)
        self.actions = (self.plain_action, self.markdown_action, self.quote_action)
        for action in self.actions:
            action.setEnabled(False)
        view.copyAvailable.connect(self._on_view_copy_available)
        view.context_actions.extend(self.actions)

    def add_to_menu(self, menu: QMenu) -> None:
        """Add the three entries to a (the Edit) menu."""
        for action in self.actions:
            menu.addAction(action)

    def passage(self) -> str:
        """The selection as shown, as plain text ("" when nothing is selected)."""
        from reader.model.article.citation import plain_passage  # when first copying

        return plain_passage(self._view.textCursor().selection().toPlainText())

    def source(self) -> Source:
        """The shown document as a source: its title as shown, address and date."""
        from reader.model.article.citation import Source

        doc, display = self._session.document, self._session.display
        if doc is None:
            return Source("")
        title = display.title.display if display is not None else doc.title
        return Source(title, doc.source_url or doc.path.as_uri(), doc.date)

    def quotation(self) -> str:
        """The selection as a quotation in the conventions of the display script."""
        from reader.model.article.citation import quote_style, script_quote

        doc = self._session.document
        script = doc.script if doc is not None else None
        style = quote_style(self._session.mode, script) if script is not None else None
        if style is None:
            return ""
        return script_quote(self.passage(), self.source(), style)

    @Slot()
    def copy_plain(self) -> None:
        """Copy the selection as plain text only."""
        self._put(self.passage())

    @Slot()
    def copy_markdown(self) -> None:
        """Copy the selection as a Markdown quote naming its source."""
        from reader.model.article.citation import markdown_quote

        if self.passage():
            self._put(markdown_quote(self.passage(), self.source()))

    @Slot()
    def copy_quote(self) -> None:
        """Copy the selection as a quotation in the display script's punctuation."""
        if self.passage():
            self._put(self.quotation())

    def _put(self, text: str) -> None:
        if text:
            # Text alone: no HTML flavour for a paste to pick up instead.
            QGuiApplication.clipboard().setText(text)

    @Slot(bool)
    def _on_view_copy_available(self, available: bool) -> None:
        for action in self.actions:
            action.setEnabled(available)
