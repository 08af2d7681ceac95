"""Found while closing issue 10: front matter that explodes when its YAML aliases expand.

Nine lists of nine references to the list before are a few hundred bytes of YAML and 9⁹
values once turned into text (the title, the tags): parsing such a post hung its worker and
took the machine's memory. It is now read line by line, with a warning, like invalid YAML.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from reader.model.document.parser import parse_file
from reader.model.document.posts import split_post


def laughs(levels: int = 9) -> str:
    lines = ["a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    for i in range(1, levels):
        refs = ", ".join([f"*a{i - 1}"] * 9)
        lines.append(f"a{i}: &a{i} [{refs}]")
    return "\n".join(lines) + f"\ntitle: *a{levels - 1}\ntags: *a{levels - 1}\n"


def test_alias_bomb_front_matter_is_read_line_by_line(tmp_path: Path) -> None:
    path = tmp_path / "laughs.md"
    path.write_text(f"---\n{laughs()}---\n<p>正文。</p>\n", encoding="utf-8")
    start = time.monotonic()
    doc = parse_file(path)
    assert time.monotonic() - start < 5
    assert doc.error is None and "正文。" in doc.text
    assert any("too many values" in w for w in doc.warnings)
    assert len(doc.title) < 200


@pytest.mark.parametrize("items", [19_995, 19_996])
def test_a_long_simple_list_is_counted_as_the_yaml_library_counts_it(items: int) -> None:
    # The fast reader of simple front matter counts its values without walking them; at the
    # limit it must refuse exactly what the library's reading (a comment makes it the
    # library's) refuses.
    tags = ", ".join(f"t{i}" for i in range(items))
    simple = split_post(f"---\ntitle: x\ntags: [{tags}]\n---\nbody\n")
    library = split_post(f"---\n# a comment\ntitle: x\ntags: [{tags}]\n---\nbody\n")
    assert simple.warnings == library.warnings
    assert bool(simple.warnings) == (items == 19_996)
