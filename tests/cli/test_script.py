"""``reader show --script`` and ``reader convert --script`` in every display mode."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from reader.cli.main import run

SIMPLIFIED = "我们用软件查看阿塞拜疆的信息和乾隆的故事"
TRADITIONAL = "我們用網際網路查看亞塞拜然的資訊和乾隆的故事"


def _convert(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], mode: str, text: str
) -> str:
    monkeypatch.setattr(sys, "stdin", io.StringIO(text))
    assert run(["convert", "--script", mode]) == 0
    return capsys.readouterr().out


@pytest.mark.parametrize(
    ("mode", "source", "expected"),
    [
        ("original", SIMPLIFIED, SIMPLIFIED),
        ("traditional", SIMPLIFIED, "我們用軟件查看阿塞拜疆的信息和乾隆的故事"),
        # 查看 stays: Taiwan's writers use it (OpenCC's s2twp: 檢視).
        ("taiwan", SIMPLIFIED, "我們用軟體查看亞塞拜然的資訊和乾隆的故事"),
        ("hongkong", SIMPLIFIED, "我們用軟件查看阿塞拜疆的信息和乾隆的故事"),
        ("simplified", SIMPLIFIED, SIMPLIFIED),
        ("mainland", SIMPLIFIED, SIMPLIFIED),
        ("original", TRADITIONAL, TRADITIONAL),
        ("traditional", TRADITIONAL, TRADITIONAL),
        ("taiwan", TRADITIONAL, TRADITIONAL),
        ("hongkong", TRADITIONAL, TRADITIONAL),
        ("simplified", TRADITIONAL, "我们用网际网路查看亚塞拜然的资讯和乾隆的故事"),
        ("mainland", TRADITIONAL, "我们用互联网查看阿塞拜疆的信息和乾隆的故事"),
        ("taiwan", "Plain English stays.", "Plain English stays."),
    ],
)
def test_convert_every_mode(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    mode: str,
    source: str,
    expected: str,
) -> None:
    assert _convert(monkeypatch, capsys, mode, source) == expected


def test_convert_rejects_an_unknown_mode(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["convert", "--script", "klingon"]) == 1
    assert "invalid choice" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("mode", "expected"),
    [
        ("original", "软件"),
        ("traditional", "軟件"),
        ("taiwan", "軟體"),
        ("hongkong", "軟件"),
        ("simplified", "软件"),
        ("mainland", "软件"),
    ],
)
def test_show_every_mode(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], mode: str, expected: str
) -> None:
    post = tmp_path / "post.md"
    post.write_text(
        '---\ntitle: "阿塞拜疆的软件"\n---\n\n这个软件很著名，乾隆也用过。\n', encoding="utf-8"
    )
    assert run(["show", str(post), "--format", "json", "--script", mode]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["script"] == "simplified"
    assert expected in data["text"] and expected in data["title"]
    assert "乾隆" in data["text"]
    assert ("亞塞拜然" in data["title"]) is (mode == "taiwan")


def test_an_explicit_conversion_converts_what_the_detector_calls_traditional(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # 水泥干后 has no character only Simplified has: the detector says "traditional".
    assert _convert(monkeypatch, capsys, "traditional", "水泥干后") != "水泥干后"
    assert _convert(monkeypatch, capsys, "simplified", "乾隆") == "乾隆"


@pytest.mark.parametrize(
    ("mode", "text", "characters", "vocabulary"),
    [
        ("taiwan", "我用软件下载视频", "我用軟件下載視頻", "我用軟體下載影片"),
        ("mainland", "網際網路上的軟體", "网际网路上的软体", "互联网上的软件"),
    ],
)
def test_convert_characters_only(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    mode: str,
    text: str,
    characters: str,
    vocabulary: str,
) -> None:
    assert _convert(monkeypatch, capsys, mode, text) == vocabulary
    monkeypatch.setattr(sys, "stdin", io.StringIO(text))
    assert run(["convert", "--script", mode, "--characters-only"]) == 0
    assert capsys.readouterr().out == characters


def test_convert_tai_choice(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for tai in ("台", "臺"):
        monkeypatch.setattr(sys, "stdin", io.StringIO("台湾台北"))
        assert run(["convert", "--script", "taiwan", "--tai", tai]) == 0
        assert capsys.readouterr().out == f"{tai}灣{tai}北"
