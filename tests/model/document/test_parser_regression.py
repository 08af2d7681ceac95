"""Real archive posts of every shape the HTML walker handles (tables, players, embeds, related
links, captions, hidden text, source line breaks between Chinese characters) and one page of
edge cases parse exactly as the expected files say. The expected files were written by the
BeautifulSoup-based parser this one replaced: the lxml walker must give the same documents
(``scripts/compare_parsers.py`` checks the same over whole archives)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.model.document.document import DateSource, Document
from reader.model.document.parser import parse_file

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "parser_regression"
POSTS = sorted(p.name for p in FIXTURES.iterdir() if p.suffix in (".md", ".html"))


def describe(doc: Document) -> list[str]:
    """Every field of a document, one line each and one per block (a file-time date, which
    depends on the checkout, as a word)."""
    fields = ("title", "date", "date_source", "author", "source_url", "tags", "script",
              "warnings", "error", "encoding", "problem")  # fmt: skip
    lines = [f"{name}={getattr(doc, name)!r}" for name in fields]
    if doc.date_source is DateSource.FILE_TIME:
        lines[1] = "date=<the file's time>"
    lines.extend(f"block {i}: {block!r}" for i, block in enumerate(doc.blocks))
    lines.append(f"text={doc.text!r}")
    return lines


def test_the_fixtures_are_there() -> None:
    assert len(POSTS) >= 10


@pytest.mark.parametrize("name", POSTS)
def test_a_post_parses_as_before(name: str) -> None:
    expected = (FIXTURES / f"{name}.expected").read_text(encoding="utf-8").splitlines()
    assert describe(parse_file(FIXTURES / name)) == expected
