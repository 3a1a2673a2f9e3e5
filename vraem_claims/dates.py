"""Dates with their precision: `2014`, `2014-12`, `2014-12-17`, and periods between them.

A partial date stands for the whole span it names: `2014` is 1 January to
31 December 2014, so it overlaps `2014-12`. Comparisons use those spans.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from dataclasses import dataclass
from typing import Any

_DATE = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")


class DateError(ValueError):
    """A date that is malformed or does not exist; the message says which."""


@dataclass(frozen=True, slots=True, order=True)
class PartialDate:
    year: int
    month: int | None = None
    day: int | None = None

    @property
    def first_day(self) -> dt.date:
        return dt.date(self.year, self.month or 1, self.day or 1)

    @property
    def last_day(self) -> dt.date:
        month = self.month or 12
        day = self.day or calendar.monthrange(self.year, month)[1]
        return dt.date(self.year, month, day)

    def __str__(self) -> str:
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"


@dataclass(frozen=True, slots=True)
class DateSpan:
    """The closed interval of days that a date or a period covers."""

    start: dt.date
    end: dt.date

    def overlaps(self, other: DateSpan) -> bool:
        return self.start <= other.end and other.start <= self.end

    def within_a_month(self) -> bool:
        """A day, a month, or a period no longer than a month."""
        return (self.end - self.start).days <= 31

    def contains(self, other: DateSpan) -> bool:
        """`other` lies within this span (2014-12 within 2014)."""
        return self.start <= other.start and other.end <= self.end

    def nests(self, other: DateSpan) -> bool:
        """One span lies within the other (2014-12 and 2014)."""
        return self.contains(other) or other.contains(self)

    def __str__(self) -> str:
        return f"{self.start.isoformat()}..{self.end.isoformat()}"


def parse_partial_date(value: Any) -> PartialDate:
    """Read a YAML value (int year, 'YYYY', 'YYYY-MM', 'YYYY-MM-DD', date) as a PartialDate."""
    if isinstance(value, PartialDate):
        return value
    if isinstance(value, dt.date):  # a datetime is a date too
        return _shared(value.year, value.month, value.day)
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise DateError(f"expected a date like 2014, 2014-12 or 2014-12-17, got {value!r}")
    text = str(value).strip()
    match = _DATE.fullmatch(text)
    if not match:
        raise DateError(f"`{text}` is not a date like 2014, 2014-12 or 2014-12-17")
    year = int(match.group(1))
    month = int(match.group(2)) if match.group(2) else None
    day = int(match.group(3)) if match.group(3) else None
    if year < 1:
        raise DateError(f"`{text}`: year {year} does not exist")
    if month is not None and not 1 <= month <= 12:
        raise DateError(f"`{text}`: month {month} does not exist")
    if month is not None and day is not None:
        last = calendar.monthrange(year, month)[1]
        if not 1 <= day <= last:
            raise DateError(f"`{text}`: {calendar.month_name[month]} {year} has {last} days")
    return _shared(year, month, day)


# One PartialDate per distinct date: a million claims name a few thousand dates, and
# each date read anew would cost ~90 bytes (the object and its year).
_SHARED: dict[tuple[int, int | None, int | None], PartialDate] = {}


def _shared(year: int, month: int | None, day: int | None) -> PartialDate:
    key = (year, month, day)
    date = _SHARED.get(key)
    if date is None:
        date = _SHARED[key] = PartialDate(year, month, day)
    return date


@functools.lru_cache(maxsize=1 << 16)  # shared too: claims that name one date share its span
def span_of(value: PartialDate | tuple[PartialDate, PartialDate]) -> DateSpan:
    """The days a partial date, or a (start, end) period, covers."""
    if isinstance(value, PartialDate):
        return DateSpan(value.first_day, value.last_day)
    start, end = value
    return DateSpan(start.first_day, end.last_day)
