"""Start-up time: launch → the window showing the first article, next to a bare PySide6 window.

``python -m benchmarks startup [--runs 5]``. Each run is a fresh process (offscreen unless
QT_QPA_PLATFORM is set); the time is measured by the parent from spawn to the child's report.
Cold runs use a new data dir (nothing cached); warm runs reuse one.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

_READER = """
import sys
from PySide6.QtWidgets import QApplication
from reader.ui.main_window import MainWindow
from pathlib import Path
app = QApplication(sys.argv[:1])
window = MainWindow(Path(sys.argv[1]))
def shown(path):
    print("shown", flush=True)
    app.quit()
window.article_shown.connect(shown)
window.show()
app.exec()
window.close()
"""

_BARE = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication([])
window = QMainWindow()
window.setCentralWidget(QLabel("hello"))
window.show()
def shown():
    print("shown", flush=True)
    app.quit()
QTimer.singleShot(0, shown)
app.exec()
"""


def _time(code: str, *args: str) -> float:
    env = {**os.environ}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-c", code, *args], stdout=subprocess.PIPE, text=True, env=env
    )
    assert proc.stdout is not None
    line = proc.stdout.readline()
    elapsed = time.perf_counter() - start
    proc.wait(timeout=60)
    if line.strip() != "shown":
        raise RuntimeError("the window did not show")
    return elapsed * 1000


def measure(runs: int) -> tuple[float, float, float]:
    """Medians (ms) of ``runs`` runs: bare window, first article cold, first article warm."""
    bare: list[float] = []
    cold: list[float] = []
    warm: list[float] = []
    with tempfile.TemporaryDirectory() as tmp:
        warm_dir = Path(tmp) / "warm"
        _time(_READER, str(warm_dir))  # fills the cache and settings for the warm runs
        for i in range(runs):
            bare.append(_time(_BARE))
            cold.append(_time(_READER, str(Path(tmp) / f"cold{i}")))
            warm.append(_time(_READER, str(warm_dir)))
    return statistics.median(bare), statistics.median(cold), statistics.median(warm)


def main(argv: list[str]) -> int:
    """Run the benchmark and print the medians and ratios."""
    parser = argparse.ArgumentParser(prog="benchmarks startup")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    bare, cold, warm = measure(args.runs)
    platform = os.environ.get("QT_QPA_PLATFORM", "offscreen")
    print(f"start-up, median of {args.runs} runs ({platform}):")
    print(f"  bare PySide6 window shown        {bare:7.0f} ms")
    print(f"  reader, first article, cold      {cold:7.0f} ms   ({cold / bare:.2f}× bare)")
    print(f"  reader, first article, warm      {warm:7.0f} ms   ({warm / bare:.2f}× bare)")
    return 0
