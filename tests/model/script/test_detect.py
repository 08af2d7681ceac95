"""Script detection on real posts and short texts."""

from __future__ import annotations

import pytest

from reader.model.document.parser import parse_file
from reader.model.script.detect import detect_script
from reader.model.script.modes import Script
from tests.conftest import FIXTURES, fixture_posts

# Fixture posts (by a part of their file name) and the script a reader would call them.
EXPECTED = {
    "朝鲜网络生活": Script.SIMPLIFIED,
    "中国推新规阻断外国法律": Script.SIMPLIFIED,
    "1048037_中美关系": Script.SIMPLIFIED,
    "确诊、延赛数量增": Script.SIMPLIFIED,
    "歐洲武漢肺炎疫情未歇": Script.TRADITIONAL,
    "川普重新列古巴入黑名單": Script.TRADITIONAL,
    "極限時刻：香港變局": Script.TRADITIONAL,
    "任何仁」行銷案例研究": Script.TRADITIONAL,
    "香港人的漫漫流亡路": Script.MIXED,
    "Running on Empty": Script.NON_CHINESE,
    "How To Win": Script.NON_CHINESE,
    "Chinese horror story E3": Script.NON_CHINESE,
    "2019-10-14-.md": Script.NON_CHINESE,
    # An English course list with ~900 Chinese characters: there is Chinese to convert.
    "650个名校免费在线课程": Script.SIMPLIFIED,
}


def _post(fragment: str) -> object:
    matches = [p for p in fixture_posts() if fragment in p.name]
    assert len(matches) == 1, fragment
    return matches[0]


@pytest.mark.parametrize(("fragment", "expected"), EXPECTED.items())
def test_detects_real_posts(fragment: str, expected: Script) -> None:
    path = _post(fragment)
    doc = parse_file(path)  # type: ignore[arg-type]
    assert doc.script is expected
    assert detect_script(doc.title + "\n" + doc.text) is expected


def test_every_fixture_gets_a_script() -> None:
    assert FIXTURES.is_dir()
    found = {parse_file(p).script for p in fixture_posts()}
    assert found == set(Script)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", Script.NON_CHINESE),
        ("Hello, world", Script.NON_CHINESE),
        ("中", Script.NON_CHINESE),
        ("这是简体中文的文章，说明问题。", Script.SIMPLIFIED),
        ("這是繁體中文的文章，說明問題。", Script.TRADITIONAL),
        ("乾隆皇帝著名", Script.TRADITIONAL),  # no mark of either script: shown unchanged
        ("这是简体中文。這是繁體中文。", Script.MIXED),
        ("𫫇𫫇𫫇 简体说明", Script.SIMPLIFIED),
        ("English words " * 40 + "这是简体", Script.NON_CHINESE),
    ],
)
def test_detects_short_texts(text: str, expected: Script) -> None:
    assert detect_script(text) is expected
