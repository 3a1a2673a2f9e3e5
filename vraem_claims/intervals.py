"""Numeric claims as intervals of the real line, in the base unit of their dimension.

`exact 263` is [263, 263]; `about 7500` is 7500 +/- the tolerance; `nearly 65` is
[65 - tolerance, 65]; `more_than 74000` is (74000, inf); `at_least` closes it;
`less_than`/`at_most` run from 0; `range` is [low, high]. The *rounding* interval
also widens exact values by half the unit of their last significant digit
(7,500 stated as a round figure stands for 7,450..7,550), to tell a difference
of rounding from a contradiction.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from decimal import Decimal

from vraem_claims.qualifiers import Qualifier

INF = math.inf


@dataclass(frozen=True, slots=True)
class Interval:
    low: float
    high: float
    low_open: bool = False
    high_open: bool = False

    def overlaps(self, other: Interval) -> bool:
        if self.high < other.low or other.high < self.low:
            return False
        if self.high == other.low:
            return not (self.high_open or other.low_open)
        if other.high == self.low:
            return not (other.high_open or self.low_open)
        return True

    @property
    def middle(self) -> float:
        return (self.low + self.high) / 2

    def scaled(self, factor: float) -> Interval:
        return Interval(self.low * factor, self.high * factor, self.low_open, self.high_open)

    def __str__(self) -> str:
        if self.low == self.high:
            return _number(self.low)
        left = "(" if self.low_open else "["
        right = ")" if self.high_open or self.high == INF else "]"
        return f"{left}{_number(self.low)}, {_number(self.high)}{right}"


def _number(value: float) -> str:
    if value == INF:
        return "inf"
    return f"{value:,.0f}" if value == int(value) else f"{value:,.6g}"


# How near an open bound must lie to the other figure for one fact: "more than 1,000"
# and "about 1,200" may be one count, "more than 300" and "about 5,200" are not.
OPEN_BOUND_NEAR = 0.2


def open_edge(interval: Interval, qualifier: Qualifier) -> float | None:
    """The finite bound of an open-ended interval ("more than 3,000": 3,000; "fewer than
    500": 500), or None when it is bounded."""
    if interval.high == INF:
        return interval.low
    if interval.low <= 0 < interval.high and qualifier in ("less_than", "at_most"):
        return interval.high
    return None


def claim_interval(
    value: float | None,
    qualifier: Qualifier,
    *,
    low: float | None = None,
    high: float | None = None,
    tolerance: float = 0.1,
) -> Interval | None:
    """The interval a claim asserts, in the unit it was written in."""
    if qualifier == "range":
        if low is None or high is None:
            return None
        return Interval(min(low, high), max(low, high))
    if value is None:
        return None
    spread = abs(value) * tolerance
    match qualifier:
        case "exact":
            return Interval(value, value)
        case "about":
            return Interval(value - spread, value + spread)
        case "nearly":
            return Interval(value - spread, value)
        case "more_than":
            return Interval(value, INF, low_open=True)
        case "at_least":
            return Interval(value, INF)
        case "less_than":
            return Interval(min(0.0, value), value, high_open=True)
        case "at_most":
            return Interval(min(0.0, value), value)
    return None  # pragma: no cover - every qualifier is handled


def last_digit(value: float) -> float:
    """The unit of the last written digit: 100 for 4,500, 0.1 for 3.2."""
    exponent = Decimal(repr(float(value))).normalize().as_tuple().exponent
    return 10.0**exponent if isinstance(exponent, int) else 0.0  # 0 for nan or infinity


def significant_digits(value: float) -> int:
    """Significant digits of a figure as written, trailing zeros of a whole number left
    out: 2,300 has two, 0.05 one, 24.30 three (as a float keeps it); 0 for zero, nan or
    infinity."""
    if not value or not math.isfinite(value):
        return 0
    return len(Decimal(repr(float(value))).normalize().as_tuple().digits)


def rounding_step(value: float, tolerance: float) -> float:
    """Half the unit a round figure is rounded to, at most `tolerance` of the figure:
    7,500 -> 50 and 700,000 -> 50,000, but 100 -> 10 and 2,000 -> 200 with a 10 % tolerance
    (a plain "100" is not vaguer than "about 100": 64 troops contradicts it).

    Only figures ending in two or more zeros read as rounded; 263, 30 or 12 are exact.
    """
    if value != int(value):
        return 0.0
    magnitude = abs(int(value))
    zeros = 0
    while magnitude and magnitude % 10 == 0:
        magnitude //= 10
        zeros += 1
    return min(0.5 * 10.0**zeros, tolerance * abs(value)) if zeros >= 2 else 0.0


def widen_for_rounding(
    interval: Interval, value: float | None, qualifier: Qualifier, *, tolerance: float
) -> Interval:
    """The interval a round figure could stand for; hedged or ranged figures stay as they are."""
    if value is None or qualifier != "exact":
        return interval
    step = rounding_step(value, tolerance)
    return Interval(interval.low - step, interval.high + step)
