"""Calendar dates in English and Spanish text ("October 9, 2020", "9 de diciembre de 2014").

A date is one mention of kind "date" whose value is the day of the month, or the
year when no day is written ("July 1999"): the day is what a reader would
otherwise mistake for a count, and `date_parts` gives the whole date. Month names
of both languages are always recognised (English reports cite Spanish sources).
Numeric dates are read day first ("14/10/2020"), except in English when only the
month-first reading is valid ("10/14/2020"). Abbreviated month names must be
capitalised ("Dec. 17", "11 OCT 2016") and so must "May" and "March", which are
also ordinary English words.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from vraem_claims.number_text import LazyPattern, alternation, fold

_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
    "agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11,
    "diciembre": 12,
}  # fmt: skip
_ABBREVIATIONS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12, "ene": 1, "abr": 4, "ago": 8, "set": 9,
    "dic": 12,
}  # fmt: skip
_CAPITALISED_ONLY = frozenset(_ABBREVIATIONS) | {"may", "march"}

_BLANK = r"[ \t\u00a0]+"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th|°|º|ro|\.º)?(?![\w])"
_YEAR = r"(?P<year>\d{4})(?![\d])"
_OF = rf"(?:{_BLANK}(?:de|of))?"


def month_start() -> str:
    """Regex source for an English or Spanish month name, without groups."""
    return rf"(?:{alternation([*_MONTHS, *_ABBREVIATIONS])})(?![\w])\.?"


def _month() -> str:
    return month_start().replace("(?:", "(?P<month>", 1)


MONTH_FIRST = LazyPattern(
    lambda: (
        rf"(?i){_month()}(?:{_BLANK}{_DAY}(?:,?{_BLANK}{_YEAR})?"
        rf"|,?{_BLANK}(?:del?{_BLANK})?(?P<year_only>\d{{4}})(?![\d]))"
    )
)
_NUMERIC = (
    r"(?P<a>\d{1,2})(?P<sep>[/.-])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})(?![\d])"
    r"|(?P<iy>\d{4})-(?P<im>\d{2})-(?P<id>\d{2})(?![\d])"
)
DIGIT_FIRST = LazyPattern(
    lambda: (
        rf"(?i){_DAY}{_OF}{_BLANK}{_month()}(?:,?{_BLANK}(?:del?{_BLANK})?{_YEAR})?"
        rf"|{_NUMERIC}"
    )
)


class DateParts(NamedTuple):
    """A date as written: any part may be missing ("December 17" has no year)."""

    year: int | None
    month: int
    day: int | None


class DateMatch(NamedTuple):
    """A date found at a position."""

    end: int
    value: float
    parts: DateParts


def read_date(text: str, pos: int, language: str) -> DateMatch | None:
    """The date starting exactly at `pos` (a month name or a digit), or None."""
    if text[pos].isdigit():
        match = DIGIT_FIRST.match(text, pos)
        if match is None:
            return None
        return _from_words(match) if match.group("month") else _from_digits(match, language)
    match = MONTH_FIRST.match(text, pos)
    return _from_words(match) if match is not None else None


def _from_words(match: re.Match[str]) -> DateMatch | None:
    written = match.group("month")
    key = fold(written)
    month = _MONTHS.get(key) or _ABBREVIATIONS.get(key)
    if month is None or (key in _CAPITALISED_ONLY and not written[0].isupper()):
        return None
    parts = match.groupdict()
    day = int(parts["day"]) if parts["day"] else None
    written_year = parts.get("year") or parts.get("year_only")
    year = int(written_year) if written_year else None
    if day is not None and not 1 <= day <= 31:
        return None
    if year is not None and not 1000 <= year <= 2999:
        return None
    value = day if day is not None else year
    if value is None:
        return None
    return DateMatch(match.end(), float(value), DateParts(year, month, day))


def _from_digits(match: re.Match[str], language: str) -> DateMatch | None:
    if match.group("iy"):
        year, month, day = (int(match.group(name)) for name in ("iy", "im", "id"))
    else:
        if match.group("sep") != "/" and len(match.group("y")) != 4:
            return None
        first, second = int(match.group("a")), int(match.group("b"))
        day, month = (second, first) if language == "en" and second > 12 else (first, second)
        year = int(match.group("y"))
        if year < 100:
            year += 2000 if year < 50 else 1900
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return DateMatch(match.end(), float(day), DateParts(year, month, day))


def date_parts(text: str, language: str = "en") -> DateParts | None:
    """Year, month and day of a date written alone ("October 9, 2020"), else None."""
    stripped = text.strip()
    found = read_date(stripped, 0, language) if stripped else None
    if found is None or found.end != len(stripped):
        return None
    return found.parts
