"""PySide6 6.12.0 on Python 3.11 aborts after ~5,000 void-returning calls (none_dealloc).

pyproject.toml excludes that combination; this test proves the installed PySide6 survives.
"""

from __future__ import annotations

import os
import subprocess
import sys

SCRIPT = """
from PySide6.QtCore import QObject
obj = QObject()
for i in range(200_000):
    obj.setObjectName("x")
print("ok")
"""


def test_many_void_calls_do_not_crash() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, env=env, timeout=300
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "ok"


def test_dependency_excludes_the_broken_release() -> None:
    import tomllib
    from pathlib import Path

    data = tomllib.loads((Path(__file__).parents[1] / "pyproject.toml").read_text("utf-8"))
    deps = [d for d in data["project"]["dependencies"] if d.startswith("PySide6")]
    assert any("!=6.12.0" in d and "python_version < '3.12'" in d for d in deps)
