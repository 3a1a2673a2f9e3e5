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

from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum
from itertools import pairwise

from vraem_claims.aliases import fold
from vraem_claims.glossary import AGENTS
from vraem_claims.grouping import QuantityGroup
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
    agents_a = (a.what | a.statement) & AGENTS
    agents_b = (b.what | b.statement) & AGENTS
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


# A group with more claims at overlapping dates than this compares only this many pairs
# (a newsroom-scale series has a few dozen per date; a runaway import should not stall).
MAX_PAIRS_PER_GROUP = 200_000


def classify_group(group: QuantityGroup, catalog: SourceCatalog) -> Conflict:
    """Classify the pairs that matter: claims at overlapping dates, and each step of the
    timeline. A series of disjoint dates is never compared all pairs against all."""
    measures = sorted(group.measures, key=_timeline_key)
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
    kind = max((pair.kind for pair in pairs), key=lambda k: k.rank, default=Kind.CONSISTENT)
    return Conflict(measures, pairs, kind, corroboration(measures, catalog))


def _timeline_key(measure: Measure) -> tuple[str, str]:
    start = measure.span.start.isoformat() if measure.span else "9999"
    return (start, measure.id)


def _overlapping_in_time(measures: list[Measure]) -> Iterator[tuple[Measure, Measure]]:
    """Pairs whose dates overlap (a sweep over the timeline), up to MAX_PAIRS_PER_GROUP."""
    undated = [m for m in measures if m.span is None]
    dated = [m for m in measures if m.span is not None]
    active: list[Measure] = []
    count = 0
    for measure in dated:
        assert measure.span is not None
        active = [m for m in active if m.span is not None and m.span.end >= measure.span.start]
        for other in [*active, *undated]:
            count += 1
            if count > MAX_PAIRS_PER_GROUP:
                return
            yield other, measure
        active.append(measure)
    for index, measure in enumerate(undated):
        for other in undated[index + 1 :]:
            yield measure, other


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
