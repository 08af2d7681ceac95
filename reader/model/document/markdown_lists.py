"""Markdown lists nested by two (or three) spaces, as most writers and CommonMark nest them.

Python-Markdown nests a list item only when it is indented by four spaces more than its
parent, so ``- a`` / ``  - b`` came out as one flat list. :func:`widen_list_indents` re-indents
list items (and the lines that continue them) to four spaces a level before the text is
rendered; a line belongs to the innermost open item whose text it reaches (the CommonMark rule).
"""

from __future__ import annotations

import re

_ITEM_RE = re.compile(r"^( *)([-*+]|\d{1,9}[.)])( +|$)")
_FENCE_RE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_STEP = 4


def widen_list_indents(text: str) -> str:
    """``text`` with nested list items indented four spaces a level (fenced code untouched)."""
    if not re.search(r"^ {1,3}([-*+]|\d{1,9}[.)]) ", text, re.M):
        return text  # nothing nested by fewer than four spaces: leave it exactly as it is
    out: list[str] = []
    # The open items: (their indent, the column where their text starts).
    items: list[tuple[int, int]] = []
    fence = ""
    previous_blank = True
    for line in text.split("\n"):
        if fence:
            out.append(line)
            if line.strip().startswith(fence):
                fence = ""
            continue
        stripped = line.lstrip(" ")
        indent = len(line) - len(stripped)
        if not stripped:
            out.append(line)
            previous_blank = True
            continue
        fenced = _FENCE_RE.match(line)
        item = _ITEM_RE.match(line)
        if item and (items or indent < _STEP) and not fenced:
            while items and indent < items[-1][1]:
                items.pop()
            out.append(" " * (_STEP * len(items)) + stripped)
            items.append((indent, indent + len(item.group(2)) + max(1, len(item.group(3)))))
        elif items and indent == 0 and previous_blank:
            items = []  # the list has ended
            out.append(line)
        elif items and indent > 0:
            # A continuation: indented as far as the innermost item whose text it reaches.
            depth = sum(1 for _, column in items if column <= indent)
            out.append(" " * (_STEP * depth) + stripped if depth else line)
        else:
            out.append(line)  # outside lists, or a lazy continuation line
        if fenced and not items:
            fence = fenced.group(1)
        previous_blank = False
    return "\n".join(out)
