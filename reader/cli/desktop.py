"""``reader --install-desktop-entry`` / ``--uninstall-desktop-entry``: the Linux launcher.

The entry starts this very installation (the ``reader`` script beside the interpreter, else
``python -m reader``), with ``--data-dir`` when one was given. The desktop's caches are
refreshed when their tools are installed; without them the files still work after the next
login.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from importlib import resources
from pathlib import Path
from typing import TextIO

from reader.model.desktop import data_home, install, uninstall


def launch_command(data_dir: Path | None) -> list[str]:
    """The command that starts this installation's window."""
    script = Path(sys.executable).with_name("reader")
    command = [str(script)] if script.is_file() else [sys.executable, "-m", "reader"]
    if data_dir is not None:
        command += ["--data-dir", str(data_dir.expanduser().absolute())]
    return command


def _refresh(home: Path) -> None:
    for tool, folder in (
        ("update-desktop-database", home / "applications"),
        ("update-mime-database", home / "mime"),
    ):
        path = shutil.which(tool)
        if path is not None:
            subprocess.run([path, str(folder)], check=False, capture_output=True, timeout=60)


def run_desktop(install_entry: bool, data_dir: Path | None, out: TextIO) -> int:
    """Install (or remove) the desktop entry, icon and MIME types for this user."""
    home = data_home()
    if install_entry:
        icons = resources.files("reader.resources").joinpath("icons")
        svg = icons.joinpath("tongwen-reader.svg").read_bytes()
        png = icons.joinpath("tongwen-reader.png").read_bytes()
        written = install(home, launch_command(data_dir), svg, png)
        _refresh(home)
        for path in written:
            out.write(f"installed {path}\n")
    else:
        removed = uninstall(home)
        _refresh(home)
        for path in removed:
            out.write(f"removed {path}\n")
        if not removed:
            out.write(f"no desktop entry of Tongwen Reader under {home}\n")
    return 0
