"""Ctrl+C in the terminal closes the window at once and cleanly, saving its state."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from reader.model.paths import DataFiles


def test_sigint_closes_the_window_at_once(tmp_path: Path) -> None:
    data = tmp_path / "window-data"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    window = subprocess.Popen(
        [sys.executable, "-m", "reader", "--data-dir", str(data)],
        env=env,
        cwd=Path(__file__).resolve().parents[2],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        files = DataFiles(data)
        deadline = time.monotonic() + 60
        while not files.positions.exists() and time.monotonic() < deadline:
            time.sleep(0.1)  # the window is being built
        time.sleep(2)  # and is now waiting in Qt's event loop (its next timer is a minute away)
        window.send_signal(signal.SIGINT)
        # Not a timing figure: before, the signal waited for the 60-second rescan.
        _, err = window.communicate(timeout=30)
    finally:
        if window.poll() is None:
            window.kill()
            window.wait()
    assert window.returncode == 0, err
    assert "Traceback" not in err and "QThread" not in err
    assert files.settings.exists()  # the window saved its state on the way out
