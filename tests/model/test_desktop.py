"""The desktop entry's text: the Exec line quoted as the Desktop Entry specification says."""

from __future__ import annotations

import configparser
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.model.desktop import (
    MIME_TYPES,
    data_home,
    desktop_entry,
    entry_files,
    exec_line,
    install,
    uninstall,
)


def _unescape_string(value: str) -> str:
    out, i = [], 0
    while i < len(value):
        if value[i] == "\\" and i + 1 < len(value):
            out.append({"s": " ", "n": "\n", "t": "\t", "r": "\r", "\\": "\\"}[value[i + 1]])
            i += 2
        else:
            out.append(value[i])
            i += 1
    return "".join(out)


def _split_exec(value: str) -> list[str]:
    """A desktop launcher's reading of an Exec value (after string unescaping)."""
    args: list[str] = []
    current: list[str] = []
    quoted = started = False
    i = 0
    while i < len(value):
        ch = value[i]
        if quoted:
            if ch == "\\" and i + 1 < len(value) and value[i + 1] in '"`$\\':
                current.append(value[i + 1])
                i += 1
            elif ch == '"':
                quoted = False
            else:
                current.append(ch)
        elif ch == '"':
            quoted = started = True
        elif ch == " ":
            if started or current:
                args.append("".join(current))
            current, started = [], False
        else:
            current.append(ch)
        i += 1
    if started or current:
        args.append("".join(current))
    return [a.replace("%%", "%") for a in args]


def _entry(text: str) -> dict[str, str]:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read_string(text)
    return dict(parser["Desktop Entry"])


def test_the_entry_opens_markdown_text_and_html() -> None:
    entry = _entry(desktop_entry(["/opt/reader/.venv/bin/reader"]))
    assert entry["Type"] == "Application"
    assert entry["Exec"] == "/opt/reader/.venv/bin/reader %F"
    assert entry["Icon"] == "tongwen-reader"
    assert entry["Name[zh_TW]"] == "同文閱讀器" and entry["Name[zh_CN]"] == "同文阅读器"
    assert entry["MimeType"].split(";")[:-1] == list(MIME_TYPES)
    assert {"text/markdown", "text/plain", "text/html"} <= set(MIME_TYPES)


@pytest.mark.parametrize(
    "argv",
    [
        ["/home/me/My Programs/reader"],
        ["/usr/bin/python3", "-m", "reader", "--data-dir", '/home/me/100% $HOME `x` "q" \\b'],
    ],
)
def test_exec_quotes_reserved_characters(argv: list[str]) -> None:
    value = _unescape_string(_entry(desktop_entry(argv))["Exec"])
    assert _split_exec(value) == [*argv, "%F"]


@given(st.lists(st.text(alphabet=" ab/\\\"$`%'#&;臺", min_size=1), min_size=1, max_size=4))
def test_exec_round_trips_any_arguments(argv: list[str]) -> None:
    line = exec_line(argv)
    assert _split_exec(line) == [*argv, "%F"]


def test_install_and_uninstall_touch_only_their_files(tmp_path: Path) -> None:
    home = tmp_path / "share"
    other = home / "applications" / "someone-else.desktop"
    other.parent.mkdir(parents=True)
    other.write_text("[Desktop Entry]\n", encoding="utf-8")
    written = install(home, ["/x/reader"], b"<svg/>", b"\x89PNG")
    assert written == list(entry_files(home).values())
    assert all(p.is_file() for p in written)
    assert entry_files(home)["icon"].read_bytes() == b"<svg/>"
    assert entry_files(home)["png"].read_bytes() == b"\x89PNG"
    assert "*.md" in entry_files(home)["mime"].read_text(encoding="utf-8")
    assert uninstall(home) == written
    assert not any(p.exists() for p in written) and other.is_file()
    assert uninstall(home) == []


def test_data_home_follows_xdg(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert data_home() == tmp_path
    monkeypatch.setenv("XDG_DATA_HOME", "relative/ignored")
    assert data_home() == Path.home() / ".local" / "share"
