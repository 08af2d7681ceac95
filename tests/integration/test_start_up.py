"""What a start of the window leaves undone until it is wanted: checked in a fresh process up to
the first article (the test process has made and imported far more)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

_START = """
import json, sys
from pathlib import Path
from PySide6 import QtWidgets
from PySide6.QtWidgets import QApplication
from reader.ui.main_window import MainWindow
app = QApplication(sys.argv[:1])
window = MainWindow(Path(sys.argv[1]))
seen = {}
def shown(path):
    seen["modules"] = sorted(m for m in sys.modules if m.startswith("reader."))
    # The Qt classes made so far (PySide6 makes a class, and its enums, when first named).
    seen["qt"] = sorted(n for n in vars(QtWidgets) if n.startswith("Q"))
    app.quit()
window.article_shown.connect(shown)
window.show()
app.exec()
window.close()
print(json.dumps(seen))
"""


def first_article(data_dir: Path) -> dict[str, list[str]]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", _START, str(data_dir)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=True,
    )
    result: dict[str, list[str]] = json.loads(done.stdout.splitlines()[-1])
    return result


def test_the_first_article_needs_no_dialog_and_no_qt_made_viewport(data_dir: Path) -> None:
    first_article(data_dir)  # a first start: the samples are indexed
    seen = first_article(data_dir)  # a warm start
    modules = set(seen["modules"])
    assert "reader.ui.window.menus" in modules and "reader.ui.article.view" in modules
    for dialog in (
        "reader.ui.library.older_dialog",
        "reader.ui.library.folders_dialog",
        "reader.ui.annotations.notebook",
        "reader.ui.annotations.dialogs",
        "reader.ui.article.reading_settings_dialog",
    ):
        assert dialog not in modules
    # The annotation panel is made when it is first shown: in the first window, fitted to
    # this 800×600 screen, it is hidden to give the article room (its module is not imported).
    assert "reader.ui.annotations.controller" in modules
    assert "reader.ui.annotations.panel" not in modules
    qt = set(seen["qt"])
    assert {"QMainWindow", "QTextBrowser", "QListView", "QComboBox"} <= qt
    # A viewport Qt made, handed to Python, would have made every QWidget subclass there is.
    for unused in ("QWizard", "QMdiArea", "QDial", "QLCDNumber", "QDialogButtonBox"):
        assert unused not in qt
    # The date filter's calendars are made when their menus first drop down: neither their
    # class nor the widgets inside them (the days' table and its header, the year's spin box).
    for inside_a_calendar in ("QCalendarWidget", "QTableView", "QHeaderView", "QSpinBox"):
        assert inside_a_calendar not in qt
