"""Undo and redo of annotation changes: each change is made (and committed) first, then pushed
as a command whose undo and redo call the store again."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from reader.ui.noop import override


class StoreCommand(QUndoCommand):
    """An annotation change already made; undo and redo run it again through ``run``.

    ``run(change)`` makes a store change and shows its result (the controller's
    ``run_change``).
    """

    def __init__(
        self,
        run: Callable[[Callable[[], object]], object],
        text: str,
        redo: Callable[[], object],
        undo: Callable[[], object],
    ) -> None:
        super().__init__(text)
        self._run = run
        self._redo = redo
        self._undo = undo
        self._done = True  # the change was made before the command was pushed

    @override
    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._run(self._redo)

    @override
    def undo(self) -> None:
        self._run(self._undo)
