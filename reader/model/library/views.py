"""Smart views of the library: All, Unread, Starred, Today, With highlights.

A view narrows a :class:`~reader.model.library.listing.ListQuery` (:func:`apply_view`) on top of
the other filters; :func:`view_counts` says how many documents of the library folders each view
holds (run in the background). "Today" is the documents dated since the start of the local day
(the caller gives that moment); "With highlights" the documents with annotations, whose paths
the caller gives (the annotation store knows them, the index does not).
"""

from __future__ import annotations

import enum
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from reader.model.library.connections import IndexSource, connection
from reader.model.library.listing import ListQuery


class SmartView(enum.StrEnum):
    """The smart views, in the order they are offered."""

    ALL = "all"
    UNREAD = "unread"
    STARRED = "starred"
    TODAY = "today"
    HIGHLIGHTS = "highlights"


def start_of_today() -> datetime:
    """The first moment of the local day (the "Today" view starts there)."""
    now = datetime.now().astimezone()
    return now.replace(hour=0, minute=0, second=0, microsecond=0)


def apply_view(
    query: ListQuery, view: SmartView, today: datetime, annotated: tuple[str, ...]
) -> ListQuery:
    """``query`` narrowed to ``view``."""
    if view is SmartView.UNREAD:
        return replace(query, read=False)
    if view is SmartView.STARRED:
        return replace(query, starred=True)
    if view is SmartView.TODAY:
        start = max(query.date_from, today) if query.date_from is not None else today
        return replace(query, date_from=start)
    if view is SmartView.HIGHLIGHTS:
        return replace(query, paths=annotated)
    return query


def view_counts(
    source: IndexSource,
    state_path: Path | None,
    roots: tuple[str, ...] | None,
    today: datetime,
    annotated: tuple[str, ...],
) -> dict[SmartView, int]:
    """How many documents under ``roots`` each view holds (background)."""
    # One pass over the library's rows, each view's condition summed (five counts in the time
    # of one): a view's own condition is its query's without the folders.
    sums: list[str] = []
    params: list[object] = []
    for view in SmartView:
        condition, values = apply_view(ListQuery(), view, today, annotated).where()
        sums.append(f"coalesce(sum({condition}), 0)")
        params.extend(values)
    where, values = ListQuery(roots=roots).where()
    with connection(source, state_path) as index:
        row = index.execute(
            f"SELECT {', '.join(sums)} FROM documents WHERE {where}", [*params, *values]
        ).fetchone()
        return {view: int(n) for view, n in zip(SmartView, row, strict=True)}
