"""Linux desktop integration: the ``.desktop`` entry, the icon and the MIME types, per user.

``reader --install-desktop-entry`` writes, under ``$XDG_DATA_HOME`` (``~/.local/share``):

* ``applications/tongwen-reader.desktop``: the launcher, with the command that starts this
  installation and the MIME types it opens (Markdown, plain text, HTML), so that a file
  manager offers it under "Open With" (the user's default applications are left as they are);
* ``icons/hicolor/scalable/apps/tongwen-reader.svg`` and ``…/256x256/apps/….png``: the icon;
* ``mime/packages/tongwen-reader.xml``: ``*.md`` and ``*.markdown`` as ``text/markdown``, for
  systems whose MIME database is older than that type.

``--uninstall-desktop-entry`` removes exactly those files. No Qt here; the caller refreshes the
desktop's caches (``update-desktop-database``, ``update-mime-database``) when it can.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

APP_ID = "tongwen-reader"
MIME_TYPES = ("text/markdown", "text/x-markdown", "text/plain", "text/html")

MIME_PACKAGE = """<?xml version="1.0" encoding="UTF-8"?>
<mime-info xmlns="http://www.freedesktop.org/standards/shared-mime-info">
  <mime-type type="text/markdown">
    <comment>Markdown document</comment>
    <sub-class-of type="text/plain"/>
    <glob pattern="*.md"/>
    <glob pattern="*.markdown"/>
  </mime-type>
</mime-info>
"""


def data_home() -> Path:
    """``$XDG_DATA_HOME``, else ``~/.local/share`` (a relative value is ignored, as the
    XDG Base Directory specification says)."""
    value = os.environ.get("XDG_DATA_HOME", "")
    if value and os.path.isabs(value):
        return Path(value)
    return Path.home() / ".local" / "share"


def entry_files(home: Path) -> dict[str, Path]:
    """Where each installed file goes under ``home`` (an XDG data folder)."""
    return {
        "entry": home / "applications" / f"{APP_ID}.desktop",
        "icon": home / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg",
        "png": home / "icons" / "hicolor" / "256x256" / "apps" / f"{APP_ID}.png",
        "mime": home / "mime" / "packages" / f"{APP_ID}.xml",
    }


def _escape_string(value: str) -> str:
    """A value of a desktop entry's string key: backslash, newline, tab escaped."""
    return (
        value.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r")
    )


def _quote_argument(arg: str) -> str:
    """One argument of an ``Exec`` key: quoted when it has reserved characters, with ``"``,
    `` ` ``, ``$`` and ``\\`` escaped inside the quotes; ``%`` doubled (a field code
    otherwise)."""
    arg = arg.replace("%", "%%")
    reserved = set(" \t\n\"'\\><~|&;$*?#()`")
    if arg and not reserved & set(arg):
        return arg
    inner = "".join("\\" + ch if ch in '"`$\\' else ch for ch in arg)
    return f'"{inner}"'


def exec_line(command: Sequence[str]) -> str:
    """The ``Exec`` value starting ``command`` with the chosen files (``%F``)."""
    return " ".join(_quote_argument(a) for a in command) + " %F"


def desktop_entry(command: Sequence[str]) -> str:
    """The text of the ``.desktop`` file for ``command`` (the program and its fixed
    arguments)."""
    lines = [
        "[Desktop Entry]",
        "Type=Application",
        "Version=1.5",
        "Name=Tongwen Reader",
        "Name[zh_TW]=同文閱讀器",
        "Name[zh_CN]=同文阅读器",
        "GenericName=Article Reader",
        "GenericName[zh_TW]=文章閱讀器",
        "GenericName[zh_CN]=文章阅读器",
        "Comment=Read Chinese-language articles offline, in Traditional or Simplified script",
        "Comment[zh_TW]=離線閱讀中文文章，以繁體或簡體顯示",
        "Comment[zh_CN]=离线阅读中文文章，以繁体或简体显示",
        f"Exec={_escape_string(exec_line(command))}",
        f"Icon={APP_ID}",
        "Terminal=false",
        "StartupNotify=true",
        f"StartupWMClass={APP_ID}",
        f"MimeType={';'.join(MIME_TYPES)};",
        "Categories=Office;Viewer;Education;",
        "Keywords=reader;Chinese;Traditional;Simplified;Markdown;OpenCC;",
    ]
    return "\n".join(lines) + "\n"


def _write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_bytes(data)
    os.replace(temporary, path)


def install(home: Path, command: Sequence[str], svg: bytes, png: bytes) -> list[Path]:
    """Write the entry, the icon (SVG and a 256-pixel PNG) and the MIME package under
    ``home``; returns the files."""
    files = entry_files(home)
    _write(files["entry"], desktop_entry(command).encode("utf-8"))
    _write(files["icon"], svg)
    _write(files["png"], png)
    _write(files["mime"], MIME_PACKAGE.encode("utf-8"))
    return list(files.values())


def uninstall(home: Path) -> list[Path]:
    """Remove what :func:`install` wrote under ``home``; returns the files removed."""
    removed = []
    for path in entry_files(home).values():
        if path.is_file() or path.is_symlink():
            path.unlink()
            removed.append(path)
    return removed
