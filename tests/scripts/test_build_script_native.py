"""scripts/build_script_native.py: the data of the native modes, built from native posts."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from reader.model.script.native import DATA_VERSION, NATIVE_CONFIGS
from tests.benchmarks.test_fidelity import _archive
from tests.scripts.load import load_script


def test_build_learns_from_native_posts_and_is_reproducible(tmp_path: Path) -> None:
    build = load_script("build_script_native")
    assert build.main(["--native", str(tmp_path / "none")]) == 1
    # Native Taiwan writers: 發布 (OpenCC's s2twp: 釋出), 宣布 (s2tw: 宣佈);
    # mainland: 新增 (tw2sp: 添加).
    _archive(tmp_path / "native-tw.tar.xz", ["政府今天宣布發布新的軟體。"] * 40)
    _archive(tmp_path / "native-cn.tar.xz", ["政府今天宣布新增互联网上的软件。"] * 40)
    outputs = []
    for name in ("a.json.gz", "b.json.gz"):
        out = tmp_path / name
        assert build.main(["--native", str(tmp_path), "--out", str(out), "--no-cache"]) == 0
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]
    data = json.loads(gzip.decompress(outputs[0]))
    assert data["version"] == DATA_VERSION
    assert set(data["characters"]) == set(NATIVE_CONFIGS)
    assert "發佈" in data["skipped_phrases"]["s2twp+native"]
    assert "軟件" not in data["skipped_phrases"]["s2twp+native"]
    assert "新增" in data["skipped_phrases"]["tw2sp+native"]
    assert data["characters"]["s2tw+native"].get("u佈") == "布"
