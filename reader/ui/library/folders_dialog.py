"""Library → Folders…: the library folders, each with its document count and state.

:class:`FoldersDialog` lists the folders (indexed, indexing, partial, missing, unreadable) and
adds, removes and rescans them. Removing a folder takes its documents out of the index (in the
background) but never touches annotations, read marks or stars, which are the user's: adding
the folder again brings them back with its documents. The window gives the dialog how to add
folders and how to set the whole list (both remember the folders in the settings).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reader.model.library.folders import sample_library
from reader.model.library.queries import folder_counts, forget_folders
from reader.ui.library.panel import LibraryPanel
from reader.ui.plain import plain_labels, plain_tip

FolderPaths = Callable[[Sequence[Path]], None]


class FoldersDialog(QDialog):
    """The library folders; see the module."""

    def __init__(
        self,
        panel: LibraryPanel,
        add_paths: FolderPaths,
        set_paths: FolderPaths,
        parent: QWidget | None = None,
        action: QAction | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("foldersDialog")
        self.setWindowTitle(self.tr("Library Folders"))
        self.resize(640, 320)
        self._panel = panel
        self._add_paths = add_paths
        self._set_paths = set_paths
        self._counts: dict[str, int] = {}
        # A window that builds this dialog on first use makes the action itself (its menu lists
        # it from the start) and has it call show_folders(); else it is made here.
        if action is None:
            action = QAction(self.tr("&Folders…"), self)
            action.triggered.connect(self.show_folders)
        self.action = action
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("folderList")
        self.tree.setRootIsDecorated(False)
        self.tree.setHeaderLabels([self.tr("Folder"), self.tr("Documents"), self.tr("State")])
        self.tree.setColumnWidth(0, 360)
        self.tree.itemSelectionChanged.connect(self._on_tree_item_selection_changed)
        self.note = QLabel(
            self.tr("Removing a folder keeps its highlights, notes, read marks and stars."), self
        )
        self.note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        self.add_button = QPushButton(self.tr("&Add…"), self)
        self.add_button.setObjectName("addFolder")
        self.remove_button = QPushButton(self.tr("&Remove"), self)
        self.remove_button.setObjectName("removeFolder")
        self.rescan_button = QPushButton(self.tr("Re&scan"), self)
        self.rescan_button.setObjectName("rescanFolders")
        self.rescan_button.setToolTip(self.tr("Look for new, changed and deleted files now"))
        for button in (self.add_button, self.remove_button, self.rescan_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.add_button.clicked.connect(self._on_add_clicked)
        self.remove_button.clicked.connect(self._on_remove_clicked)
        self.rescan_button.clicked.connect(self._on_rescan_clicked)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        plain_labels(self)
        panel.roots_changed.connect(self.refresh)
        panel.indexing_finished.connect(self._on_panel_indexing_finished)
        panel.indexer.progress.connect(self._on_indexer_progress)
        self._on_tree_item_selection_changed()

    # ----- what is shown -----
    def folders(self) -> list[Path]:
        """The library folders the user added (the bundled samples are not one)."""
        return [r for r in self._panel.roots if r != sample_library().absolute()]

    def state_of(self, folder: Path) -> str:
        """What the dialog says about a folder: indexed, indexing, partial, missing, unreadable."""
        if not folder.exists():
            return self.tr("missing")
        if not folder.is_dir() or not os.access(folder, os.R_OK | os.X_OK):
            return self.tr("unreadable")
        if self._panel.indexer.running:
            return self.tr("indexing")
        if self._panel.partial:
            return self.tr("partly indexed")
        return self.tr("indexed")

    @Slot()
    def refresh(self) -> None:
        """List the folders again, and count their documents (in the background)."""
        selected = self.selected()
        self.tree.clear()
        for folder in self.folders():
            count = self._counts.get(str(folder))
            item = QTreeWidgetItem(
                [str(folder), f"{count:,}" if count is not None else "…", self.state_of(folder)]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, str(folder))
            item.setToolTip(0, plain_tip(str(folder)))
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.tree.addTopLevelItem(item)
            item.setSelected(folder in selected)
        roots = tuple(str(f) for f in self.folders())
        reads = self._panel.reads
        self._panel.tasks.submit(
            lambda: folder_counts(reads, roots), self._on_counts_done, key="folder-counts"
        )

    def selected(self) -> list[Path]:
        """The folders selected in the list."""
        return [Path(str(i.data(0, Qt.ItemDataRole.UserRole))) for i in self.tree.selectedItems()]

    def _items(self) -> list[QTreeWidgetItem]:
        items = (self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount()))
        return [item for item in items if item is not None]

    # ----- changes -----
    def add_folder(self, folder: Path) -> None:
        """Add ``folder`` to the library."""
        self._add_paths([folder])

    def remove_folders(self, folders: Sequence[Path]) -> None:
        """Take ``folders`` out of the library (their annotations and marks are kept)."""
        keep = [f for f in self.folders() if f not in set(folders)]
        self._set_paths(keep)
        db_path = self._panel.db_path
        remaining = tuple(self._panel.roots)
        self._panel.tasks.submit(
            lambda: forget_folders(db_path, remaining), self._on_forget_done, key="folder-forget"
        )

    # ----- slots -----
    @Slot()
    def show_folders(self) -> None:
        """Show the dialog with the folders listed and counted afresh (Library → Folders…)."""
        self.refresh()
        self.show()

    @Slot()
    def _on_add_clicked(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Add Folder"))
        if folder:
            self.add_folder(Path(folder))

    @Slot()
    def _on_remove_clicked(self) -> None:
        if self.selected():
            self.remove_folders(self.selected())

    @Slot()
    def _on_rescan_clicked(self) -> None:
        self._panel.rescan()
        self.refresh()

    @Slot()
    def _on_tree_item_selection_changed(self) -> None:
        self.remove_button.setEnabled(bool(self.tree.selectedItems()))

    @Slot(object)
    def _on_counts_done(self, counts: dict[str, int]) -> None:
        self._counts.update(counts)
        for item in self._items():
            count = counts.get(str(item.data(0, Qt.ItemDataRole.UserRole)))
            if count is not None:
                item.setText(1, f"{count:,}")

    @Slot(object)
    def _on_forget_done(self, removed: int) -> None:
        self._panel.refresh_list()

    @Slot(object)
    def _on_panel_indexing_finished(self, stats: object) -> None:
        if self.isVisible():
            self.refresh()

    @Slot(int, int, float)
    def _on_indexer_progress(self, done: int, total: int, rate: float) -> None:
        if self.isVisible():
            for item in self._items():
                item.setText(2, self.state_of(Path(str(item.data(0, Qt.ItemDataRole.UserRole)))))
