"""A library with one long article (numbered paragraphs of Chinese) and two short ones, for
tests of layout, reading position and navigation; and a probe that opens the window on it
(made first if the folder does not exist) and prints what it measured as JSON::

    python -m tests.integration.long_library DATA LIBRARY [WIDTH HEIGHT]

for a run under another screen or scale factor (``QT_SCALE_FACTOR=2``, the offscreen
platform's ``configfile=`` screen)."""

from __future__ import annotations

import json
import shutil
import sys
import time
from pathlib import Path

from tests.conftest import SAMPLES

LONG_NAME = "2021-03-03-long-article.md"
LONG_TITLE = "一篇很長的文章"
PARAGRAPHS = 160
_SENTENCE = (
    "亞美尼亞與亞塞拜然在納戈爾諾卡拉巴赫地區再次爆發衝突，雙方互相指責對方違反停火協議，"
    "國際社會呼籲雙方保持克制並回到談判桌前解決爭端。"
)


# A paragraph near the end also has words of the title (a title hit must not open there).
LATE_TITLE_WORDS = PARAGRAPHS - 10


def paragraph(n: int) -> str:
    """The text of paragraph ``n`` (its number first, so that each one can be found)."""
    late = "這篇很長的文章快完了。" if n == LATE_TITLE_WORDS else ""
    return f"第{n}段。{_SENTENCE}{late}{_SENTENCE}"


def make_long_library(folder: Path) -> Path:
    """The long article and two samples in ``folder`` (returned)."""
    folder.mkdir(parents=True, exist_ok=True)
    body = "\n\n".join(paragraph(n) for n in range(1, PARAGRAPHS + 1))
    (folder / LONG_NAME).write_text(
        f"---\nlayout: post\ntitle: {LONG_TITLE}\ndate: 2030-03-03 10:00:00 +0800\n---\n\n{body}\n",
        encoding="utf-8",
    )
    for name in sorted(p.name for p in SAMPLES.iterdir())[1:]:
        shutil.copy(SAMPLES / name, folder / name)
    return folder


def main(argv: list[str]) -> int:
    """Open the window on a library, optionally resize it, print measurements as JSON."""
    from PySide6.QtWidgets import QApplication

    from reader.ui.main_window import MainWindow

    app = QApplication([])
    data, library = Path(argv[0]), Path(argv[1])
    if not library.exists():
        make_long_library(library)
    data.mkdir(parents=True, exist_ok=True)
    window = MainWindow(data, [library])
    window.show()
    deadline = time.monotonic() + 30
    while window.current_document is None and time.monotonic() < deadline:
        app.processEvents()
    for _ in range(20):
        app.processEvents()
    if len(argv) >= 4:
        window.resize(int(argv[2]), int(argv[3]))
        for _ in range(20):
            app.processEvents()
    screen = window.screen().availableGeometry()
    geometry = window.frameGeometry()
    print(
        json.dumps(
            {
                "screen": [screen.width(), screen.height()],
                "window": [geometry.x(), geometry.y(), geometry.width(), geometry.height()],
                "ratio": window.devicePixelRatio(),
                "panes": window.splitter.sizes(),
                "characters": window.article.characters_per_line(),
                "hint": window.panes.hint.text() if not window.panes.hint.isHidden() else "",
            }
        )
    )
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
