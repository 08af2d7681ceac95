"""Step the real window through the hostile fixtures, for watching it from outside.

Builds the fixtures of :mod:`tests.hostile.fixtures` in FOLDER, opens the window on
FOLDER/library, shows every document of the list in turn (with its tool tip and the annotation
panel), searches, and quits. Run it under strace to see every file opened and every connection
made (a display is needed: Xvfb, or QT_QPA_PLATFORM=offscreen)::

    strace -f -e trace=network,openat -o /tmp/window.strace \\
        xvfb-run -a .venv/bin/python -m tests.hostile.step_window /tmp/hostile

then look for opens under FOLDER/outside, of /etc/passwd, and for any connect() that is not
the display's socket.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QToolTip

from reader.ui.main_window import MainWindow
from tests.hostile.fixtures import build_all


def main(folder: Path) -> int:
    """Step through the fixtures in ``folder``; 0 when every document was shown."""
    build_all(folder)
    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    window = MainWindow(folder / "data", [folder / "library"])
    window.library.indexer.workers = 1
    window.resize(1200, 800)
    window.show()
    shown: list[str] = []
    next_row = [0]

    def step() -> None:
        row = next_row[0]
        model = window.list_view.model()
        if window.library.indexer.running or model.rowCount() == 0:
            QTimer.singleShot(200, step)
            return
        if row >= model.rowCount():
            window.library.search("名字")
            QTimer.singleShot(1000, window.close)
            QTimer.singleShot(1500, app.quit)
            return
        next_row[0] += 1
        index = model.index(row, 0)
        window.list_view.setCurrentIndex(index)
        tip = str(index.data(3) or "")  # Qt.ToolTipRole
        QToolTip.showText(window.mapToGlobal(window.rect().center()), tip, window)
        shown.append(str(index.data()))
        QTimer.singleShot(400, step)

    QTimer.singleShot(500, step)
    app.exec()
    print(f"shown {len(shown)} documents", file=sys.stderr)
    return 0 if shown else 1


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "hostile-fixtures").resolve()))
