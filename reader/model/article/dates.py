"""How an article's date is written (its header, ``reader show``, ``reader search``).

Its own module, with nothing but ``datetime`` under it: ``reader search`` writes a date for
every result and imports none of the renderer (:mod:`~reader.model.article.render` re-exports
both functions).
"""

from __future__ import annotations

TYPE_CHECKING = False  # typing's, without importing typing at start-up (mypy reads it so)
if TYPE_CHECKING:
    from datetime import datetime


def is_date_only(date: datetime) -> bool:
    """Whether a date carries no time of day (midnight in its own zone, as date-only values are).

    Such a date names a calendar day, so it is shown as that day and never shifted into the
    reader's time zone (which would move it to the day before west of UTC).
    """
    return (date.hour, date.minute, date.second, date.microsecond) == (0, 0, 0, 0)


def format_date(date: datetime | None) -> str:
    """A date for the header, in local time, unambiguous in any locale (ISO order)."""
    if date is None:
        return ""
    if is_date_only(date):
        return date.strftime("%Y-%m-%d")
    local = date.astimezone() if date.tzinfo else date
    return local.strftime("%Y-%m-%d %H:%M")
