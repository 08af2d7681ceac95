"""The article pane: a read-only QTextBrowser that never navigates and never fetches."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices, QResizeEvent, QTextDocument
from PySide6.QtWidgets import QMessageBox, QTextBrowser, QWidget
from typing_extensions import override

# The column of text never grows wider than this many pixels of content, for a readable measure.
MEASURE_PX = 760

STYLE_SHEET = """
body { font-family: "Noto Serif CJK TC", "Noto Serif CJK SC", "Noto Sans CJK TC",
       "Noto Sans CJK SC", "Source Han Serif", "PingFang TC", "Microsoft JhengHei",
       "Microsoft YaHei", serif; }
p { line-height: 170%; margin-top: 0.2em; margin-bottom: 0.9em; }
h1.title { font-size: x-large; margin-bottom: 0.3em; line-height: 130%; }
p.byline { color: #777; font-size: small; margin-bottom: 1.6em; }
h2, h3, h4 { margin-top: 1.2em; }
p.caption, p.meta { color: #777; font-size: small; }
p.image { color: #888; font-size: small; background-color: #f0f0f0; padding: 12px; }
p.embed { background-color: #f2f4f7; padding: 10px; }
p.related { margin-bottom: 0.3em; }
span.note { color: #999; font-size: small; }
sup.cite { color: #888; font-size: x-small; }
blockquote { color: #555; margin-left: 1.5em; }
pre { font-family: monospace; }
table.data { border-color: #ccc; border-style: solid; margin-bottom: 1em; }
p.error { color: #b00020; }
a { color: #1a5fb4; text-decoration: none; }
"""


class ArticleView(QTextBrowser):
    """Shows one article.

    Links are not followed: an external one opens the system browser on confirmation.
    Resources are never fetched, except ``data:`` and files in the document's folder.
    """

    link_activated = Signal(QUrl)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setReadOnly(True)
        self.document().setDefaultStyleSheet(STYLE_SHEET)
        self.document().setDocumentMargin(24)
        self._folder: Path | None = None
        self.confirm_links = True
        self.anchorClicked.connect(self._on_anchor_clicked)

    def show_html(self, html: str, folder: Path | None) -> None:
        """Show an article's HTML; ``folder`` is the only place local images may come from."""
        self._folder = folder.resolve() if folder else None
        self.setHtml(f"<html><body>{html}</body></html>")

    @override
    def loadResource(self, type: int, name: QUrl | str) -> Any:
        url = name if isinstance(name, QUrl) else QUrl(str(name))
        if url.scheme() == "data":
            return super().loadResource(type, url)
        if url.isLocalFile() and self._folder is not None:
            try:
                target = Path(url.toLocalFile()).resolve()
            except (OSError, ValueError):
                return None
            if target.is_relative_to(self._folder) and target.is_file():
                return super().loadResource(type, url)
        # Anything else (remote, outside the folder, relative names Qt resolves itself): nothing.
        return None

    @override
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        spare = max(0, self.width() - MEASURE_PX)
        self.setViewportMargins(spare // 2, 0, spare - spare // 2, 0)

    @Slot(QUrl)
    def _on_anchor_clicked(self, url: QUrl) -> None:
        self.link_activated.emit(url)
        if url.scheme() not in ("http", "https", "mailto"):
            return
        if self.confirm_links:
            answer = QMessageBox.question(
                self,
                "Open link",
                f"Open this link in your web browser?\n\n{url.toString()}",
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        QDesktopServices.openUrl(url)

    @property
    def text_document(self) -> QTextDocument:
        """The shown document (for tests and find)."""
        return self.document()
