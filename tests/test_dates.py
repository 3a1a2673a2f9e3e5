"""Partial dates and the spans of days they cover."""

from __future__ import annotations

import datetime as dt

import pytest

from vraem_claims.dates import DateError, PartialDate, parse_partial_date, span_of


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (2014, PartialDate(2014)),
        ("2014", PartialDate(2014)),
        ("2014-12", PartialDate(2014, 12)),
        ("2014-12-17", PartialDate(2014, 12, 17)),
        ("2024-02-29", PartialDate(2024, 2, 29)),
        (dt.date(2020, 10, 14), PartialDate(2020, 10, 14)),
    ],
)
def test_parse(value: object, expected: PartialDate) -> None:
    assert parse_partial_date(value) == expected


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("2014-13-45", "month 13 does not exist"),
        ("2023-02-29", "February 2023 has 28 days"),
        ("2014-12-32", "December 2014 has 31 days"),
        ("last year", "is not a date"),
        (True, "expected a date"),
        (14.5, "expected a date"),
        ("0000", "year 0 does not exist"),
    ],
)
def test_invalid_dates_say_why(value: object, message: str) -> None:
    with pytest.raises(DateError, match=message):
        parse_partial_date(value)


def test_partial_dates_cover_their_whole_span() -> None:
    assert str(span_of(PartialDate(2014))) == "2014-01-01..2014-12-31"
    assert str(span_of(PartialDate(2024, 2))) == "2024-02-01..2024-02-29"
    assert span_of(PartialDate(2014)).overlaps(span_of(PartialDate(2014, 12)))
    assert not span_of(PartialDate(2014)).overlaps(span_of(PartialDate(2015, 1, 1)))
    period = span_of((PartialDate(2006), PartialDate(2011)))
    assert str(period) == "2006-01-01..2011-12-31"


def test_str_round_trips() -> None:
    for text in ("2014", "2014-03", "2014-03-07"):
        assert str(parse_partial_date(text)) == text
