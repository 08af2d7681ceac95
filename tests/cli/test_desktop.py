"""``reader --install-desktop-entry`` and ``--uninstall-desktop-entry`` into a tmp XDG_DATA_HOME."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from reader.app import main
from reader.cli.main import wants_cli


@pytest.fixture
def xdg(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "xdg"
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    return home


def test_install_writes_entry_icon_and_mime_types(
    xdg: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert wants_cli(["--install-desktop-entry"]) and wants_cli(["--uninstall-desktop-entry"])
    data = tmp_path / "my data"
    assert main(["--data-dir", str(data), "--install-desktop-entry"]) == 0
    entry = xdg / "applications" / "tongwen-reader.desktop"
    icon = xdg / "icons" / "hicolor" / "scalable" / "apps" / "tongwen-reader.svg"
    png = xdg / "icons" / "hicolor" / "256x256" / "apps" / "tongwen-reader.png"
    mime = xdg / "mime" / "packages" / "tongwen-reader.xml"
    out = capsys.readouterr().out
    assert all(f"installed {p}" in out for p in (entry, icon, png, mime))
    assert png.read_bytes().startswith(b"\x89PNG\r\n")
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(entry, encoding="utf-8")
    exec_value = parser["Desktop Entry"]["Exec"]
    # This installation, on the data folder given, with the files chosen.
    assert str(Path(sys.executable).parent) in exec_value
    assert f'--data-dir "{data}"' in exec_value and exec_value.endswith(" %F")
    assert icon.read_bytes().startswith(b"<?xml") and b"<svg" in icon.read_bytes()
    validate = shutil.which("desktop-file-validate")
    if validate:
        result = subprocess.run([validate, str(entry)], capture_output=True, text=True)
        assert result.returncode == 0, result.stdout + result.stderr


def test_uninstall_removes_what_install_wrote(
    xdg: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--install-desktop-entry"]) == 0
    installed = sorted(p for p in xdg.rglob("tongwen-reader*") if p.is_file())
    assert len(installed) == 4
    capsys.readouterr()
    assert main(["--uninstall-desktop-entry"]) == 0
    assert not [p for p in xdg.rglob("tongwen-reader*") if p.is_file()]
    assert capsys.readouterr().out.count("removed ") == 4
    assert main(["--uninstall-desktop-entry"]) == 0
    assert "no desktop entry" in capsys.readouterr().out


def test_install_and_uninstall_together_is_refused(
    xdg: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--install-desktop-entry", "--uninstall-desktop-entry"]) == 1
    assert "not allowed with" in capsys.readouterr().err
