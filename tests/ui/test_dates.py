"""Dates follow the interface language: 2020-10-26 in English, 2020年10月26日 in Chinese."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from reader.ui.dates import format_date, format_moment
from tests.ui.translated import translated


def test_english_dates_are_iso_days_and_24_hour_times() -> None:
    assert format_date(datetime(2020, 10, 26, tzinfo=UTC)) == "2020-10-26"
    moment = datetime(2020, 10, 26, 21, 5, tzinfo=timezone(timedelta(hours=8)))
    assert format_date(moment) == moment.astimezone().strftime("%Y-%m-%d %H:%M")
    assert format_moment(moment) == moment.astimezone().strftime("%Y-%m-%d %H:%M")
    assert format_date(None) == ""


def test_chinese_dates_name_year_month_and_day() -> None:
    moment = datetime(2020, 10, 26, 21, 5, tzinfo=timezone(timedelta(hours=8)))
    local = moment.astimezone()
    for language in ("zh_TW", "zh_CN"):
        with translated(language):
            assert format_date(datetime(2020, 10, 26, tzinfo=UTC)) == "2020年10月26日"
            assert format_date(moment) == (
                f"{local.year}年{local.month}月{local.day}日 {local:%H:%M}"
            )
