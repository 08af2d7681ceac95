"""Script-agnostic full-text search over the library index.

A query is folded like the indexed text (so 亚美尼亚 finds 亞美尼亞 and the reverse), expanded
with its regional phrasing (亞塞拜然 ⇄ 阿塞拜疆), and run as an FTS5 query in which every word is a
phrase of single-character CJK tokens (so 停火 and 火 work). Results are ranked by bm25 with the
title weighted above the body. Snippets are offsets into the ORIGINAL clean text: folding keeps
offsets, so the match found in the folded text is the match in the original, which the UI can
show in any display script and open the document at.
"""

from __future__ import annotations

import sqlite3
import unicodedata
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from reader.model.library.index import LibraryIndex
from reader.model.library.scan import key_path
from reader.model.script.fold import fold, fts_expression, is_cjk, query_variants
from reader.model.script.modes import Script

TITLE_WEIGHT = 10.0
BODY_WEIGHT = 1.0
SNIPPET_BEFORE = 30
SNIPPET_AFTER = 70


class QueryError(ValueError):
    """A query that cannot be searched for (empty, or only punctuation)."""


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One search result.

    ``match`` is the first match in the body as (start, end) offsets into the original clean
    text (None when only the title matched); ``snippet`` the window of the text to show and
    ``highlights`` every match inside it, all as offsets into the original text.
    ``title_highlights`` are offsets into the title.
    """

    id: int
    path: Path
    title: str
    date: datetime | None
    source: str
    script: Script
    rank: float
    snippet: tuple[int, int]
    snippet_text: str
    highlights: tuple[tuple[int, int], ...]
    match: tuple[int, int] | None
    title_highlights: tuple[tuple[int, int], ...]

    def to_json(self) -> dict[str, object]:
        """The JSON form of ``reader search --json`` (original script)."""
        return {
            "path": str(self.path),
            "title": self.title,
            "date": self.date.isoformat() if self.date else None,
            "source": self.source,
            "script": self.script.value,
            "rank": round(self.rank, 4),
            "snippet": self.snippet_text,
            "snippet_start": self.snippet[0],
            "match": list(self.match) if self.match else None,
        }


def match_expression(query: str) -> tuple[str, list[list[str]]]:
    """The FTS5 MATCH expression of a query and its folded term lists."""
    variants = query_variants(query)
    expressions = [e for e in (fts_expression(v) for v in variants) if e]
    if not expressions:
        raise QueryError("the query has no words to search for")
    if len(expressions) == 1:
        return expressions[0], variants
    return " OR ".join(f"({e})" for e in expressions), variants


def is_word_char(ch: str) -> bool:
    """Whether ``ch`` is part of a Latin-style word (letters and digits that are not CJK, which
    the index takes one character at a time)."""
    return ch.isalnum() and not is_cjk(ch)


def _whole_word(folded: str, start: int, end: int) -> bool:
    """Whether the match ``folded[start:end]`` is not part of a longer Latin word: the index
    matches whole words ("Xi" is not found in "Xinjiang"), and so must the highlight."""
    if start > 0 and is_word_char(folded[start]) and is_word_char(folded[start - 1]):
        return False
    return not (end < len(folded) and is_word_char(folded[end - 1]) and is_word_char(folded[end]))


def find_matches(text: str, terms: list[str]) -> list[tuple[int, int]]:
    """Every occurrence of the folded ``terms`` in ``text``, as sorted, non-overlapping spans
    (a Latin word only as a whole word)."""
    folded = fold(text)
    spans: list[tuple[int, int]] = []
    for term in {t for t in terms if t}:
        start = folded.find(term)
        while start >= 0:
            if _whole_word(folded, start, start + len(term)):
                spans.append((start, start + len(term)))
            start = folded.find(term, start + 1)
    spans.sort()
    merged: list[tuple[int, int]] = []
    for span in spans:
        if merged and span[0] < merged[-1][1]:
            continue
        merged.append(span)
    return merged


def _snippet(text: str, matches: list[tuple[int, int]]) -> tuple[int, int]:
    if not matches:
        end = min(len(text), SNIPPET_BEFORE + SNIPPET_AFTER)
        return 0, end
    first = matches[0]
    start = max(0, first[0] - SNIPPET_BEFORE)
    # Start after a line break when one is near: a snippet reads better from a block start.
    newline = text.rfind("\n", start, first[0])
    start = newline + 1 if newline >= 0 else _word_start(text, start, first[0])
    end = min(len(text), first[1] + SNIPPET_AFTER)
    newline = text.find("\n", first[1], end)
    end = newline if newline >= 0 else _word_end(text, end, first[1])
    return start, end


_CLAUSE_ENDS = frozenset("，。、；：！？,.;:!?）」』】》)]\"'")


def _word_start(text: str, start: int, limit: int) -> int:
    """``start`` moved forward to the beginning of a word (never past ``limit``): a snippet
    does not begin inside a Latin word, and not on a space or a combining mark. Chinese has
    no spaces: there it begins after the first clause mark (，。、…) in the way, if any, so
    it does not start in the middle of a word."""
    if start > 0 and not _starts_clause(text, start):
        clause = next((i + 1 for i in range(start, limit) if text[i] in _CLAUSE_ENDS), None)
        if clause is not None:
            start = clause
    if start > 0 and is_word_char(text[start - 1]):
        while start < limit and is_word_char(text[start]):
            start += 1
    while start < limit and (text[start].isspace() or unicodedata.combining(text[start])):
        start += 1
    return start


def _starts_clause(text: str, at: int) -> bool:
    """Whether a clause begins at ``at`` (after a clause mark or a space)."""
    return text[at - 1] in _CLAUSE_ENDS or text[at - 1].isspace()


def _word_end(text: str, end: int, limit: int) -> int:
    """``end`` moved back to the end of a word (never before ``limit``)."""
    if end < len(text) and is_word_char(text[end]):
        while end > limit and is_word_char(text[end - 1]):
            end -= 1
    while end < len(text) and unicodedata.combining(text[end]):
        end += 1  # a combining mark belongs with the character before it
    return end


def search(
    index: LibraryIndex,
    query: str,
    limit: int = 50,
    offset: int = 0,
    roots: tuple[str, ...] | None = None,
) -> list[SearchHit]:
    """The documents matching ``query``, best first. Raises :class:`QueryError` for a query
    with nothing to search for."""
    expression, variants = match_expression(query)
    terms = [t for v in variants for t in v]
    wanted = _ranked_ids(index, expression, limit + offset, roots)[offset:]
    rows_by_id = {}
    if wanted:
        marks = ",".join("?" * len(wanted))
        for row in index.execute(
            "SELECT d.id, d.path, d.title, d.date, d.source, d.script, t.text FROM documents d"
            f" LEFT JOIN texts t ON t.id = d.id WHERE d.id IN ({marks})",
            [i for i, _ in wanted],
        ):
            rows_by_id[row[0]] = row
    rows = [(*rows_by_id[i][:6], rank, rows_by_id[i][6]) for i, rank in wanted if i in rows_by_id]
    hits = []
    for id_, path, title, date, source, script, rank, text in rows:
        text = text or ""
        matches = find_matches(text, terms)
        start, end = _snippet(text, matches)
        hits.append(
            SearchHit(
                id=int(id_),
                path=key_path(path),
                title=str(title),
                date=datetime.fromtimestamp(float(date), UTC) if date is not None else None,
                source=str(source),
                script=Script(script) if script in Script._value2member_map_ else Script.MIXED,
                rank=float(rank),
                snippet=(start, end),
                snippet_text=text[start:end],
                highlights=tuple(m for m in matches if m[0] >= start and m[1] <= end),
                match=matches[0] if matches else None,
                title_highlights=tuple(find_matches(str(title), terms)),
            )
        )
    return hits


def _ranked_ids(
    index: LibraryIndex, expression: str, wanted: int, roots: tuple[str, ...] | None
) -> list[tuple[int, float]]:
    """The best ``wanted`` (id, rank) pairs. Ranking runs inside FTS5 alone (no join): joining
    every match before sorting would read thousands of texts for a common character."""
    if roots is not None:
        outside = bool(set(index.roots()) - set(roots))
        allowed: set[int] | None = (
            {
                r[0]
                for r in index.execute(
                    f"SELECT id FROM documents WHERE root IN ({','.join('?' * len(roots))})", roots
                )
            }
            if outside
            else None
        )
    else:
        allowed = None
    result: list[tuple[int, float]] = []
    chunk = max(wanted, 20) if allowed is None else max(wanted * 4, 200)
    offset = 0
    try:
        while len(result) < wanted:
            rows = index.execute(
                "SELECT rowid, rank FROM fts WHERE fts MATCH ?"
                f" AND rank MATCH 'bm25({TITLE_WEIGHT}, {BODY_WEIGHT})'"
                " ORDER BY rank LIMIT ? OFFSET ?",
                (expression, chunk, offset),
            ).fetchall()
            result.extend((int(i), float(r)) for i, r in rows if allowed is None or i in allowed)
            if len(rows) < chunk:
                break
            offset += chunk
    except sqlite3.OperationalError as exc:
        raise QueryError(f"cannot search for this query: {exc}") from exc
    return result[:wanted]


def count(index: LibraryIndex, query: str, roots: tuple[str, ...] | None = None) -> int:
    """How many documents match ``query``."""
    expression, _ = match_expression(query)
    params: list[object] = [expression]
    root_clause = ""
    if roots is not None:
        root_clause = f" AND root IN ({','.join('?' * len(roots))})" if roots else " AND 0"
        params.extend(roots)
    sql = (
        "SELECT count(*) FROM documents WHERE id IN (SELECT rowid FROM fts WHERE fts MATCH ?)"
        + root_clause
    )
    return int(index.execute(sql, params).fetchone()[0])
