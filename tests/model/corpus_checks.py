"""The checks every real post must pass (used over the fixture set and the whole corpus)."""

from __future__ import annotations

import re
from pathlib import Path

from reader.model.article.render import document_html
from reader.model.document.document import Document
from reader.model.document.parser import parse_file

_ACTIVE_RE = re.compile(r"<(script|style)\b[^>]*>(.*?)</\1\s*>", re.S | re.I)
FOOTER_RE = re.compile(r"获取更多RSS|獲取更多RSS")


def active_lines(raw: str) -> list[str]:
    """Distinctive lines of the document's ``<script>``/``<style>`` bodies."""
    lines: list[str] = []
    for match in _ACTIVE_RE.finditer(raw):
        for line in match.group(2).splitlines():
            line = line.strip()
            if len(line) >= 16 and re.search(r"[;{}()=]", line):
                lines.append(line)
    return lines


def check_post(path: Path) -> Document:
    """Parse and render ``path``; assert what every real post must satisfy."""
    doc = parse_file(path)
    assert doc.ok, f"{path}: {doc.error}"
    assert doc.title.strip(), f"{path}: empty title"
    assert doc.text.strip(), f"{path}: empty body"
    assert not FOOTER_RE.search(doc.text), f"{path}: feed footer left in"
    raw = path.read_bytes().decode(doc.encoding, errors="replace")
    flat = re.sub(r"\s+", " ", doc.text)
    for line in active_lines(raw):
        assert re.sub(r"\s+", " ", line) not in flat, f"{path}: script/style text leaked: {line!r}"
    html = document_html(doc)
    assert "<script" not in html.lower() and "<iframe" not in html.lower(), path
    assert "javascript:" not in html.lower(), path
    return doc
