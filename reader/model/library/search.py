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
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from reader.model.library.index import LibraryIndex
from reader.model.library.packing import unpack_text
from reader.model.library.path_keys import key_path
from reader.model.script.fold import (
    fts_expression,
    fts_text,
    query_variants,
    term_pattern,
    term_tokens,
)
from reader.model.script.fold import is_word_char as is_word_char  # re-exported
from reader.model.script.modes import Script

TYPE_CHECKING = False  # typing's, without importing typing at start-up (mypy reads it so)
if TYPE_CHECKING:
    from typing import Any

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


@dataclass(frozen=True, slots=True)
class Plan:
    """A query as the index runs it.

    ``alternatives`` are its folded term lists (as typed, and with regional phrasing swapped): a
    document matches when it holds every term of one of them, each in its title or its body.
    ``words`` finds the candidates in the word index (every token of the terms), ``titles`` the
    documents with every term in their title; ``exact`` says the candidates are the matches
    (otherwise each is checked against its text).
    """

    alternatives: list[list[str]]
    words: str
    titles: str
    exact: bool

    @property
    def terms(self) -> list[str]:
        """Every term of every alternative."""
        return [t for terms in self.alternatives for t in terms]


def _trimmed(term: str) -> str:
    """``term`` without the punctuation around it ("biden*" is "biden", "(火" is "火")."""
    start, end = 0, len(term)
    while start < end and not term[start].isalnum():
        start += 1
    while end > start and not term[end - 1].isalnum():
        end -= 1
    return term[start:end]


def plan(query: str) -> Plan:
    """How the index runs ``query``. Raises :class:`QueryError` when it has nothing to search
    for."""
    alternatives: list[list[str]] = []
    for variant in query_variants(query):
        terms = [t for t in (_trimmed(t) for t in variant) if fts_expression([t])]
        if terms and terms not in alternatives:
            alternatives.append(terms)
    if not alternatives:
        raise QueryError("the query has no words to search for")
    groups: list[str] = []
    exact = True
    for terms in alternatives:
        tokens: list[str] = []
        for term in terms:
            found, whole = term_tokens(term)
            tokens.extend(found)
            exact = exact and whole
        groups.append(" AND ".join(f'"{fts_text(t)}"' for t in dict.fromkeys(tokens)))
    titles = [e for e in (fts_expression(terms) for terms in alternatives) if e]
    return Plan(alternatives, _any_of(groups), _any_of(titles), exact)


def _any_of(expressions: list[str]) -> str:
    return expressions[0] if len(expressions) == 1 else " OR ".join(f"({e})" for e in expressions)


def find_matches(text: str, terms: list[str]) -> list[tuple[int, int]]:
    """Every occurrence of the folded ``terms`` in ``text`` (where ``fold(text)`` holds them),
    as sorted, non-overlapping spans (a Latin word only as a whole word)."""
    spans: list[tuple[int, int]] = []
    for term in {t for t in terms if t}:
        pattern = term_pattern(term)
        found = pattern.search(text)
        while found is not None:
            spans.append(found.span())
            found = pattern.search(text, found.start() + 1)
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


def holds(text: str, term: str) -> bool:
    """Whether ``fold(text)`` holds the folded ``term`` (a Latin word only as a whole word)."""
    return term_pattern(term).search(text) is not None


def matches(found: Plan, title: str, text: str) -> bool:
    """Whether a document of this title and clean text matches the query."""
    return any(
        all(holds(title, t) or holds(text, t) for t in terms) for terms in found.alternatives
    )


#: Candidates fetched and checked at a time.
CHUNK = 64
#: Title matches ranked by bm25 at most; more are listed newest first, with this rank.
RANKED_TITLES = 2000
UNRANKED_TITLE = -1.0
#: The window's count checks at most this many candidates against their texts; past it, it
#: says "up to" the number of candidates (and the exact number once every page is loaded).
COUNT_CHECKS = 600

_ROW = "SELECT d.id, d.path, d.title, d.date, d.source, d.script, t.text FROM documents d"
#: The matches of a table's MATCH expression, newest first (by the document's date; undated
#: ones last, then the most recently indexed). The matches are gathered first and then sorted
#: (CROSS JOIN keeps that order of work: the other way round, SQLite walks the whole date
#: index and asks the full-text table about every document, 6.7 s for 的 at 63k posts).
_NEWEST = (
    "SELECT d.id FROM (SELECT rowid AS id FROM {table} WHERE {table} MATCH ?) AS m"
    " CROSS JOIN documents d ON d.id = m.id ORDER BY d.date IS NULL, d.date DESC, d.id DESC"
)


def search(
    index: LibraryIndex,
    query: str,
    limit: int = 50,
    offset: int = 0,
    roots: tuple[str, ...] | None = None,
) -> list[SearchHit]:
    """The documents matching ``query``, best first: those with the query in their title (by
    bm25, see :func:`_title_matches`), then the others, newest first (:data:`_NEWEST`). Raises
    :class:`QueryError` for a query with nothing to search for."""
    found = plan(query)
    allowed = _allowed(index, roots)
    wanted = limit + offset
    hits: list[SearchHit] = []
    in_title: set[int] = set()
    try:
        for ids, ranks in _title_matches(index, found):
            in_title.update(ids)
            ranked = [(i, r) for i, r in zip(ids, ranks, strict=True) if _ok(i, allowed)]
            hits.extend(_checked(index, found, ranked, wanted - len(hits)))
            if len(hits) >= wanted:
                return hits[offset:wanted]
        cursor = index.execute(_NEWEST.format(table="words"), (found.words,))
        while len(hits) < wanted:
            rows = cursor.fetchmany(CHUNK)
            if not rows:
                break
            ranked = [(r[0], 0.0) for r in rows if r[0] not in in_title and _ok(r[0], allowed)]
            hits.extend(_checked(index, found, ranked, wanted - len(hits)))
        cursor.close()
    except sqlite3.OperationalError as exc:
        raise QueryError(f"cannot search for this query: {exc}") from exc
    return hits[offset:wanted]


def _ok(id_: int, allowed: set[int] | None) -> bool:
    return allowed is None or id_ in allowed


def _title_matches(index: LibraryIndex, found: Plan) -> Iterator[tuple[list[int], list[float]]]:
    """The documents with the query in their title, a chunk at a time: best first (bm25) when
    there are at most :data:`RANKED_TITLES`, else newest first (ranking
    every title of a very common word costs 25 ms for 6,000 titles)."""
    many = index.execute(
        "SELECT count(*) FROM (SELECT rowid FROM titles WHERE titles MATCH ? LIMIT ?)",
        (found.titles, RANKED_TITLES + 1),
    ).fetchone()[0]
    if many > RANKED_TITLES:
        cursor = index.execute(_NEWEST.format(table="titles"), (found.titles,))
        while rows := cursor.fetchmany(CHUNK):
            yield [int(r[0]) for r in rows], [UNRANKED_TITLE] * len(rows)
        return
    offset = 0
    while True:
        rows = index.execute(
            "SELECT rowid, rank FROM titles WHERE titles MATCH ? ORDER BY rank LIMIT ? OFFSET ?",
            (found.titles, CHUNK, offset),
        ).fetchall()
        if rows:
            yield [int(r[0]) for r in rows], [float(r[1]) for r in rows]
        if len(rows) < CHUNK:
            return
        offset += CHUNK


def _checked(
    index: LibraryIndex, found: Plan, ranked: list[tuple[int, float]], wanted: int
) -> list[SearchHit]:
    """The hits among the candidates ``ranked`` (id, rank), in their order, at most ``wanted``."""
    if not ranked or wanted <= 0:
        return []
    marks = ",".join("?" * len(ranked))
    rows = {
        row[0]: row
        for row in index.execute(f"{_ROW} LEFT JOIN texts t ON t.id = d.id WHERE d.id IN ({marks})",
                                 [i for i, _ in ranked])
    }  # fmt: skip
    hits: list[SearchHit] = []
    for id_, rank in ranked:
        row = rows.get(id_)
        if row is None:
            continue
        text = unpack_text(row[6])
        if not matches(found, str(row[2]), text):
            continue
        hits.append(_hit(row, rank, text, found.terms))
        if len(hits) >= wanted:
            break
    return hits


def _hit(row: tuple[Any, ...], rank: float, text: str, terms: list[str]) -> SearchHit:
    id_, path, title, date, source, script = row[:6]
    matches = find_matches(text, terms)
    start, end = _snippet(text, matches)
    return SearchHit(
        id=int(id_),
        path=key_path(path),
        title=str(title),
        date=datetime.fromtimestamp(float(date), UTC) if date is not None else None,
        source=str(source),
        script=Script(script) if script in Script._value2member_map_ else Script.MIXED,
        rank=rank,
        snippet=(start, end),
        snippet_text=text[start:end],
        highlights=tuple(m for m in matches if m[0] >= start and m[1] <= end),
        match=matches[0] if matches else None,
        title_highlights=tuple(find_matches(str(title), terms)),
    )


def _allowed(index: LibraryIndex, roots: tuple[str, ...] | None) -> set[int] | None:
    """The ids under ``roots`` (None: every document, also when ``roots`` are all there are)."""
    if roots is None or not set(index.roots()) - set(roots):
        return None
    marks = ",".join("?" * len(roots))
    return {r[0] for r in index.execute(f"SELECT id FROM documents WHERE root IN ({marks})", roots)}


def count(index: LibraryIndex, query: str, roots: tuple[str, ...] | None = None) -> int:
    """How many documents match ``query``, exactly (every candidate checked)."""
    return _count(index, query, roots, None)[0]


def count_at_most(
    index: LibraryIndex, query: str, roots: tuple[str, ...] | None = None
) -> tuple[int, bool]:
    """How many documents match ``query``, and whether that is exact: a phrase that the
    words alone do not decide is checked against each candidate's text, and past
    :data:`COUNT_CHECKS` candidates their number is given instead (an upper bound, False)."""
    return _count(index, query, roots, COUNT_CHECKS)


def _count(
    index: LibraryIndex, query: str, roots: tuple[str, ...] | None, checks: int | None
) -> tuple[int, bool]:
    found = plan(query)
    allowed = _allowed(index, roots)
    try:
        if found.exact and allowed is None:
            sql = "SELECT count(*) FROM words WHERE words MATCH ?"
            return int(index.execute(sql, (found.words,)).fetchone()[0]), True
        ids = [
            r[0]
            for r in index.execute("SELECT rowid FROM words WHERE words MATCH ?", (found.words,))
            if _ok(r[0], allowed)
        ]
    except sqlite3.OperationalError as exc:
        raise QueryError(f"cannot search for this query: {exc}") from exc
    if found.exact:
        return len(ids), True
    if checks is not None and len(ids) > checks:
        return len(ids), False
    total = 0
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        for title, packed in index.execute(
            "SELECT d.title, t.text FROM documents d LEFT JOIN texts t ON t.id = d.id"
            f" WHERE d.id IN ({marks})",
            chunk,
        ):
            total += matches(found, str(title), unpack_text(packed))
    return total, True
