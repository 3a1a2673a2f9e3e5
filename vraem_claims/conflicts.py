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

from dataclasses import dataclass
from enum import StrEnum
from itertools import combinations

from vraem_claims.aliases import fold
from vraem_claims.glossary import AGENTS
from vraem_claims.quantities import Measure, QuantityGroup
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
    if a.place < b.place or b.place < a.place:
        return f"one place is part of the other ({where_a} vs {where_b})"
    return f"different places ({where_a} vs {where_b})"


def classify_group(group: QuantityGroup, catalog: SourceCatalog) -> Conflict:
    measures = sorted(group.measures, key=_timeline_key)
    pairs = []
    for a, b in combinations(measures, 2):
        kind, reason = classify_pair(a, b)
        pairs.append(PairKind(a.id, b.id, kind, reason))
    kind = max((pair.kind for pair in pairs), key=lambda k: k.rank)
    return Conflict(measures, pairs, kind, corroboration(measures, pairs, catalog))


def _timeline_key(measure: Measure) -> tuple[str, str]:
    start = measure.span.start.isoformat() if measure.span else "9999"
    return (start, measure.id)


def corroboration(
    measures: list[Measure], pairs: list[PairKind], catalog: SourceCatalog
) -> list[tuple[str, int, int]]:
    """Sets of agreeing claims, each with its number of independent attributions."""
    agree = {(pair.a, pair.b) for pair in pairs if pair.kind in (Kind.CONSISTENT, Kind.ROUNDING)}
    clusters: list[list[Measure]] = []
    for measure in measures:
        home = next(
            (
                cluster
                for cluster in clusters
                if all(
                    (other.id, measure.id) in agree or (measure.id, other.id) in agree
                    for other in cluster
                )
            ),
            None,
        )
        if home is None:
            clusters.append([measure])
        else:
            home.append(measure)
    result = []
    for cluster in clusters:
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
