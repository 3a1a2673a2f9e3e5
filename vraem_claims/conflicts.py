"""Classifying the claims of one quantity: contradiction, or a difference of time or scope.

Each pair of measures in a group gets one kind, tried in this order:

* `consistent` — the intervals overlap;
* `rounding` — they overlap once round figures are read as the range they round
  (7,500 for 7,450..7,550);
* `time_difference` — the dates do not overlap at their precision: a series;
* `scope_difference` — the places differ (or one is part of the other), or the
  figures are of different agents (a police count vs a military count);
* `contradiction` — same time, same place, same agent, disjoint values.

A group takes the most serious kind among its pairs. Corroboration counts the
independent attributions that agree: two outlets repeating one police figure are one.
"""

from __future__ import annotations

import datetime as dt
import heapq
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum
from itertools import pairwise

from vraem_claims.aliases import fold
from vraem_claims.glossary import AGENTS
from vraem_claims.grouping import QuantityGroup
from vraem_claims.intervals import Interval
from vraem_claims.quantities import Measure, within
from vraem_claims.sources import SourceCatalog


class Kind(StrEnum):
    CONSISTENT = "consistent"
    ROUNDING = "rounding"
    TIME_DIFFERENCE = "time_difference"
    SCOPE_DIFFERENCE = "scope_difference"
    CONTRADICTION = "contradiction"

    @property
    def rank(self) -> int:
        return list(Kind).index(self)


@dataclass(frozen=True, slots=True)
class PairKind:
    a: str
    b: str
    kind: Kind
    reason: str


@dataclass(slots=True)
class Conflict:
    """A quantity group, classified."""

    measures: list[Measure]  # in timeline order
    pairs: list[PairKind]
    kind: Kind
    corroboration: list[tuple[str, int, int]]  # (interval, independent attributions, claims)

    @property
    def ids(self) -> list[str]:
        return [m.id for m in self.measures]

    @property
    def disagreeing(self) -> bool:
        return self.kind.rank > Kind.ROUNDING.rank


def classify_pair(a: Measure, b: Measure) -> tuple[Kind, str]:
    """The kind of difference between two measures of one quantity, and why."""
    if a.interval.overlaps(b.interval):
        return Kind.CONSISTENT, "the values agree"
    if a.rounded.overlaps(b.rounded):
        return Kind.ROUNDING, "the values agree within the rounding of round figures"
    if a.span is not None and b.span is not None and not a.span.overlaps(b.span):
        return Kind.TIME_DIFFERENCE, f"different dates ({a.span} vs {b.span})"
    place = _place_difference(a, b)
    if place:
        return Kind.SCOPE_DIFFERENCE, place
    agents_a, agents_b = _agents(a), _agents(b)
    if agents_a and agents_b and agents_a != agents_b:
        return Kind.SCOPE_DIFFERENCE, (
            f"different agents ({', '.join(sorted(agents_a))} vs {', '.join(sorted(agents_b))})"
        )
    return Kind.CONTRADICTION, "same time and place, values disagree"


def _place_difference(a: Measure, b: Measure) -> str:
    if a.place is None or b.place is None or a.place == b.place:
        return ""
    where_a = a.claim.claim.place or ""
    where_b = b.claim.claim.place or ""
    if within(a.place, b.place) or within(b.place, a.place):
        return f"one place is part of the other ({where_a} vs {where_b})"
    return f"different places ({where_a} vs {where_b})"


def _agents(measure: Measure) -> frozenset[str]:
    """The agents a figure is of (police, army); none when it does not say."""
    return (measure.what | measure.statement) & AGENTS


# A claim whose dates overlap those of more than this many others of its quantity is
# compared with the extremes among them only (see `_Extremes`): a dense series then
# costs n log n instead of n², and every kind of difference it holds is still found.
MAX_COMPARED = 8


def classify_group(group: QuantityGroup, catalog: SourceCatalog) -> Conflict:
    """Classify the pairs that matter: claims at overlapping dates, and each step of the
    timeline. A series of disjoint dates is never compared all pairs against all."""
    measures = sorted(group.measures, key=timeline_key)
    pairs = pair_kinds(measures)
    kind = max((pair.kind for pair in pairs), key=lambda k: k.rank, default=Kind.CONSISTENT)
    return Conflict(measures, pairs, kind, corroboration(measures, catalog))


def pair_kinds(measures: list[Measure]) -> list[PairKind]:
    """The pairs of a timeline (measures in `timeline_key` order) that differ: at
    overlapping dates, and between neighbours at disjoint dates. Their most serious kind
    is the group's, as if all pairs had been compared."""
    pairs = []
    for a, b in _overlapping_in_time(measures):
        kind, reason = classify_pair(a, b)
        if kind is not Kind.CONSISTENT:
            pairs.append(PairKind(a.id, b.id, kind, reason))
    for a, b in pairwise(measures):
        if a.span is not None and b.span is not None and not a.span.overlaps(b.span):
            kind, reason = classify_pair(a, b)
            if kind is Kind.TIME_DIFFERENCE:
                pairs.append(PairKind(a.id, b.id, kind, reason))
    return pairs


def timeline_key(measure: Measure) -> tuple[str, str]:
    start = measure.span.start.isoformat() if measure.span else "9999"
    return (start, measure.id)


def _overlapping_in_time(measures: list[Measure]) -> Iterator[tuple[Measure, Measure]]:
    """Pairs whose dates overlap, by a sweep over the timeline (undated claims overlap
    every date): each claim with every earlier one whose dates reach its start, or with
    the extremes among them when they are more than MAX_COMPARED."""
    undated = [m for m in measures if m.span is None]
    dated = [m for m in measures if m.span is not None]
    extremes: _Extremes | None = None
    among_undated: list[tuple[int, int]] = []
    for index, measure in enumerate(undated):
        if index > MAX_COMPARED and extremes is None:
            extremes = _Extremes(list(enumerate(undated[:index])))
        if extremes is None:
            among_undated.extend((other, index) for other in range(index))
        else:
            among_undated.extend((other, index) for other in extremes.partners(measure, _FOREVER))
            extremes.add(index, measure, _FOREVER)
    everyone = undated + dated  # by the positions `_Extremes.partners` returns
    active: dict[int, Measure] = {}
    ends: list[tuple[dt.date, int]] = []
    for position, measure in enumerate(dated, start=len(undated)):
        assert measure.span is not None
        start = measure.span.start
        while ends and ends[0][0] < start:
            del active[heapq.heappop(ends)[1]]
        crowded = len(active) + len(undated) > MAX_COMPARED
        if crowded and extremes is None:
            extremes = _Extremes([*enumerate(undated), *active.items()])
        if extremes is not None and crowded:
            yield from ((everyone[i], measure) for i in extremes.partners(measure, start))
        else:
            yield from ((other, measure) for other in [*active.values(), *undated])
        if extremes is not None:
            extremes.add(position, measure, measure.span.end)
        active[position] = measure
        heapq.heappush(ends, (measure.span.end, position))
    for a, b in sorted(among_undated):
        yield undated[a], undated[b]


_FOREVER = dt.date.max


class _Extremes:
    """The claims seen so far, to find those that differ most from a new one.

    For a claim whose dates overlap those of many others, the pairs that show every kind
    of difference it has with them are: the lowest and the highest rounded values that
    disagree with it, among all the others (a contradiction or a difference of scope)
    and among those of a compatible scope (same or unknown place and agent: a
    contradiction, when there is one); and the lowest and highest exact values that do
    not overlap it (a difference of rounding). Heaps ordered by the high and by the low
    end of the values give these in log n; claims whose dates end before the new one's
    start are dropped from the top as they surface, since the sweep never goes back.
    """

    def __init__(self, seen: list[tuple[int, Measure]]) -> None:
        self.rounded: dict[tuple[object, ...], _Ends] = defaultdict(_Ends)
        self.exact = _Ends()
        for position, measure in seen:
            self.add(position, measure, measure.span.end if measure.span else _FOREVER)

    def add(self, position: int, measure: Measure, end: dt.date) -> None:
        place, agents = measure.place, _agents(measure)
        for key in (("all",), ("place", place), ("agents", agents), ("scope", place, agents)):
            self.rounded[key].push(measure.rounded, end, position)
        self.exact.push(measure.interval, end, position)

    def partners(self, measure: Measure, now: dt.date) -> list[int]:
        """Positions of the claims whose dates reach `now` that differ most from `measure`."""
        place, agents = measure.place, _agents(measure)
        if place is None and not agents:
            compatible: list[tuple[object, ...]] = [("all",)]
        elif place is None:
            compatible = [("agents", agents), ("agents", frozenset())]
        elif not agents:
            compatible = [("place", place), ("place", None)]
        else:
            compatible = [("scope", p, g) for p in (place, None) for g in (agents, frozenset())]
        found = set(self.exact.disjoint(measure.interval, now))
        for key in [("all",), *compatible]:
            ends = self.rounded.get(key)
            if ends is not None:
                found.update(ends.disjoint(measure.rounded, now))
        return sorted(found)


class _Ends:
    """Intervals in two heaps: by lowest high end and by highest low end (an open end
    first: it is further out)."""

    def __init__(self) -> None:
        self.highs: list[tuple[float, bool, dt.date, int, Interval]] = []
        self.lows: list[tuple[float, bool, dt.date, int, Interval]] = []

    def push(self, interval: Interval, end: dt.date, position: int) -> None:
        heapq.heappush(self.highs, (interval.high, not interval.high_open, end, position, interval))
        heapq.heappush(self.lows, (-interval.low, not interval.low_open, end, position, interval))

    def disjoint(self, interval: Interval, now: dt.date) -> Iterator[int]:
        """The positions at the top of each heap that do not overlap `interval`: one lies
        wholly below or above it if any does."""
        for heap in (self.highs, self.lows):
            while heap and heap[0][2] < now:
                heapq.heappop(heap)
            if heap and not heap[0][4].overlaps(interval):
                yield heap[0][3]


def corroboration(measures: list[Measure], catalog: SourceCatalog) -> list[tuple[str, int, int]]:
    """Claims stating the same figure for the same dates, with their independent attributions."""
    clusters: dict[tuple[object, ...], list[Measure]] = {}
    for measure in measures:
        key = (measure.interval, measure.span)
        clusters.setdefault(key, []).append(measure)
    result = []
    for cluster in clusters.values():
        attributions = {attribution(m, catalog) for m in cluster}
        first = cluster[0].claim.claim
        shown = first.value_text() + (f" {first.unit}" if first.unit else "")
        result.append((shown, len(attributions), len(cluster)))
    return result


def attribution(measure: Measure, catalog: SourceCatalog) -> str:
    """Who a figure comes from: its attribution, else the outlet that published it."""
    if measure.actor:
        return measure.actor
    source_id = measure.claim.claim.citations[0].source
    source = catalog.sources.get(source_id)
    return fold(source.publisher) if source and source.publisher else source_id
