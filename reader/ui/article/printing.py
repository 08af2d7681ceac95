"""Print and save as PDF (File → Print…, Ctrl+P; File → Save as PDF…).

The article is printed as the pane shows it: in the current display script, in the current
theme (page colour, text colours, fonts and spacing), without the pane's scroll position or
window width. The page is laid out again for the paper in a document of its own whose
resources come through the pane's :meth:`~reader.ui.article.view.ArticleView.loadResource`,
so printing reads nothing the pane would not (no SVG, nothing outside the document's folder).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QRectF, QUrl, Slot
from PySide6.QtGui import QAction, QColor, QKeySequence, QPainter, QTextDocument
from PySide6.QtWidgets import QWidget

from reader.ui.article.session import ArticleSession
from reader.ui.article.view import ArticleView, page_html, unjustify
from reader.ui.noop import override
from reader.ui.plain import warn

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from reader.ui.article.reading_prefs import ReadingPrefs

# QtPrintSupport (its library and bindings: ~4 ms) is imported when something is printed, not
# with the window.

_UNSAFE_NAME_RE = re.compile(r'[\x00-\x1f\x7f/\\:*?"<>|]+')


def file_stem(title: str, fallback: str = "article") -> str:
    """A file name (without suffix) made from a title: characters no file system takes
    dropped, white space collapsed, at most 80 characters."""
    stem = " ".join(_UNSAFE_NAME_RE.sub(" ", title).split()).strip(" .")
    return stem[:80].rstrip(" .") or fallback


class _PrintDocument(QTextDocument):
    """The article laid out for paper; its images are the pane's (same checks, same refusals)."""

    def __init__(self, view: ArticleView) -> None:
        super().__init__(view)
        self._view = view

    @override
    def loadResource(self, type: int, name: QUrl | str) -> Any:  # noqa: A002 - Qt's own name (an override)
        return self._view.loadResource(type, name)


def print_article(view: ArticleView, printer: QPrinter, background: QColor) -> bool:
    """Print what ``view`` shows to ``printer``, each page filled with ``background``.

    False when the printer could not be started (an unwritable PDF file, for one).
    """
    from PySide6.QtPrintSupport import QPrinter

    doc = _PrintDocument(view)
    try:
        # Laid out for the printer's resolution: point sizes stay point sizes on paper.
        doc.documentLayout().setPaintDevice(printer)
        doc.setDefaultStyleSheet(view.document().defaultStyleSheet())
        doc.setDefaultFont(view.document().defaultFont())
        doc.setDocumentMargin(0)
        doc.setHtml(page_html(view.html))
        if not view.justified:
            unjustify(doc)
        page = printer.pageRect(QPrinter.Unit.DevicePixel)
        paper = printer.paperRect(QPrinter.Unit.DevicePixel)
        doc.setPageSize(page.size())
        painter = QPainter()
        if not painter.begin(printer):
            return False
        try:
            height = page.height()
            for number in range(doc.pageCount()):
                if number:
                    printer.newPage()
                # The painter's origin is the printable area's corner: the margins get the
                # theme's colour too.
                painter.fillRect(paper.translated(-page.left(), -page.top()), background)
                painter.save()
                painter.translate(0, -number * height)
                doc.drawContents(painter, QRectF(0, number * height, page.width(), height))
                painter.restore()
        finally:
            painter.end()
        return True
    finally:
        doc.deleteLater()


class PrintActions(QObject):
    """File-menu actions: Print… (Ctrl+P) and Save as PDF…."""

    def __init__(self, view: ArticleView, session: ArticleSession, window: QWidget) -> None:
        super().__init__(window)
        self._view = view
        self._session = session
        self._window = window
        self.background = QColor("#ffffff")  # the theme's page colour (set by the window)
        self.print_action = QAction(self.tr("&Print…"), self)
        self.print_action.setObjectName("printAction")
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)
        self.print_action.triggered.connect(self._on_print_triggered)
        self.pdf_action = QAction(self.tr("Save as P&DF…"), self)
        self.pdf_action.setObjectName("pdfAction")
        self.pdf_action.triggered.connect(self._on_pdf_triggered)
        self._folder = Path.home()

    def apply_reading_prefs(self, prefs: ReadingPrefs) -> None:
        """Print in the theme's page colour (called by ReadingPrefs like every styled part)."""
        self.background = QColor(prefs.colors().background)

    def suggested_name(self) -> str:
        """The PDF's file name: the title as shown."""
        display = self._session.display
        title = display.title.display if display is not None else ""
        return file_stem(title) + ".pdf"

    def _printer(self) -> QPrinter:
        # Imported when printing (as the dialogs below): not needed for the first article.
        from PySide6.QtCore import QMarginsF
        from PySide6.QtGui import QPageLayout
        from PySide6.QtPrintSupport import QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)
        display = self._session.display
        if display is not None:
            printer.setDocName(display.title.display)
        return printer

    def save_pdf(self, path: Path) -> bool:
        """Write the article to ``path`` as a PDF; False (with a message) when it failed."""
        from PySide6.QtPrintSupport import QPrinter

        printer = self._printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
        if print_article(self._view, printer, self.background):
            return True
        warn(
            self._window,
            self.tr("Save as PDF"),
            self.tr("The PDF could not be written to {path}.").format(path=path),
        )
        return False

    @Slot()
    def _on_pdf_triggered(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getSaveFileName(
            self._window,
            self.tr("Save as PDF"),
            str(self._folder / self.suggested_name()),
            self.tr("PDF documents (*.pdf)"),
        )
        if not name:
            return
        path = Path(name) if name.lower().endswith(".pdf") else Path(name + ".pdf")
        self._folder = path.parent
        self.save_pdf(path)

    @Slot()
    def _on_print_triggered(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog
        from PySide6.QtWidgets import QDialog

        printer = self._printer()
        dialog = QPrintDialog(printer, self._window)
        dialog.setObjectName("printDialog")
        dialog.setWindowTitle(self.tr("Print"))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            print_article(self._view, printer, self.background)
        dialog.deleteLater()
