"""Claims as intervals, and the rounding of round figures."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vraem_claims.intervals import INF, Interval, claim_interval, rounding_step, widen_for_rounding


@pytest.mark.parametrize(
    ("value", "qualifier", "expected"),
    [
        (263, "exact", Interval(263, 263)),
        (7500, "about", Interval(6750, 8250)),
        (65, "nearly", Interval(58.5, 65)),
        (74000, "more_than", Interval(74000, INF, low_open=True)),
        (74000, "at_least", Interval(74000, INF)),
        (5, "less_than", Interval(0, 5, high_open=True)),
        (5, "at_most", Interval(0, 5)),
    ],
)
def test_qualifiers_become_intervals(value: float, qualifier: str, expected: Interval) -> None:
    assert claim_interval(value, qualifier, tolerance=0.1) == expected  # type: ignore[arg-type]


def test_range_and_missing_bounds() -> None:
    assert claim_interval(None, "range", low=20, high=10) == Interval(10, 20)
    assert claim_interval(None, "range", low=10) is None
    assert claim_interval(None, "exact") is None


@pytest.mark.parametrize(
    ("a", "b", "overlap"),
    [
        (Interval(1, 5), Interval(5, 9), True),
        (Interval(1, 5, high_open=True), Interval(5, 9), False),
        (Interval(74000, INF, low_open=True), Interval(74000, 74000), False),
        (Interval(74000, INF), Interval(74000, 74000), True),
        (Interval(3000, INF, low_open=True), Interval(74000, INF, low_open=True), True),
        (Interval(1, 2), Interval(3, 4), False),
    ],
)
def test_overlap_respects_open_ends(a: Interval, b: Interval, overlap: bool) -> None:
    assert a.overlaps(b) is overlap
    assert b.overlaps(a) is overlap


@pytest.mark.parametrize(
    ("value", "step"),
    [
        (7500, 50),
        (700000, 50000),
        (263, 0),
        (30, 0),
        (12, 0),
        (1.6, 0),
        (100, 10),  # not 50: no vaguer than "about 100"
        (2000, 200),
        (-7500, 50),
    ],
)
def test_only_round_figures_are_widened(value: float, step: float) -> None:
    assert rounding_step(value, 0.1) == pytest.approx(step)


def test_hedged_values_are_not_widened() -> None:
    interval = claim_interval(7500, "about")
    assert interval is not None
    assert widen_for_rounding(interval, 7500, "about", tolerance=0.1) == interval
    assert widen_for_rounding(Interval(7500, 7500), 7500, "exact", tolerance=0.1) == Interval(
        7450, 7550
    )


@given(
    st.floats(0, 1e12, allow_nan=False),
    st.sampled_from(["exact", "about", "nearly", "more_than", "at_least", "less_than", "at_most"]),
)
def test_every_interval_contains_or_bounds_its_value(value: float, qualifier: str) -> None:
    interval = claim_interval(value, qualifier)  # type: ignore[arg-type]
    assert interval is not None
    assert interval.low <= interval.high
    assert interval.low <= value <= interval.high or math.isclose(value, interval.low)
