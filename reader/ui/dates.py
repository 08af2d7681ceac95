"""Dates as the window shows them, following the interface language.

One format everywhere (the list, the article header, the annotation panel, search results),
unambiguous in each language: ``2020-10-26`` in English, ``2020年10月26日`` in Chinese, times
on a 24-hour clock. The day's pattern is itself a translated string, so whichever catalogue is
installed decides it; nothing here depends on the system locale (under ``LANG=C`` the panel
used to say "1 12 2026 11:46").

Safe to call off the UI thread (the renderer formats the header on a worker):
``QCoreApplication.translate`` only reads the installed translators.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from reader.model.article.render import is_date_only


def format_day(year: int, month: int, day: int) -> str:
    """A calendar day: ``2020-10-26`` / ``2020年10月26日``."""
    # The pattern's fields are Python format fields; a catalogue reorders or drops the padding.
    pattern = QCoreApplication.translate(
        "dates", "{year:04d}-{month:02d}-{day:02d}", "a calendar day"
    )
    try:
        return pattern.format(year=year, month=month, day=day)
    except (KeyError, ValueError, IndexError):  # a broken translation: never fail a row
        return f"{year:04d}-{month:02d}-{day:02d}"


def format_moment(value: datetime) -> str:
    """A point in time in the local time zone: the day and a 24-hour time."""
    local = value.astimezone() if value.tzinfo else value
    return f"{format_day(local.year, local.month, local.day)} {local:%H:%M}"


def format_date(date: datetime | None) -> str:
    """A document's date: the day alone for a date-only value (never shifted into the local
    time zone, which would move it to the day before west of UTC), else day and time."""
    if date is None:
        return ""
    if is_date_only(date):
        return format_day(date.year, date.month, date.day)
    return format_moment(date)
