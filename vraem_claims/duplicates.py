"""Claims that state the same fact: one claim should hold both citations.

Numeric claims are duplicates when they measure the same quantity, their values
agree (after units), their dates and places are compatible, and neither is an
other event. Text alone is never enough: a sentence with a different number is a
conflict candidate, not a duplicate. Non-numeric claims are duplicates when their
statements say the same concepts and their values (if any) name the same thing.
"""

from __future__ import annotations

import bisect
import math
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import cache
from itertools import accumulate, chain
from typing import NamedTuple

from vraem_claims.attribution import says_who, split_attribution
from vraem_claims.claims import LoadedClaim
from vraem_claims.dates import DateSpan
from vraem_claims.glossary import COUNTRIES, OPPOSITES
from vraem_claims.grouping import QuantityGroup
from vraem_claims.intervals import INF, OPEN_BOUND_NEAR, Interval, last_digit, open_edge
from vraem_claims.models import Claim
from vraem_claims.quantities import (
    Measure,
    Place,
    Weights,
    candidate_pairs,
    nested,
    nested_places,
    place_blocks,
    place_key,
    same_time,
    similarity,
    unit_factor,
)
from vraem_claims.textkeys import TextKeys, statement_language
from vraem_claims.units import CONVENTIONAL

# Non-numeric claims must say the same thing: weighted Jaccard of their concepts, the
# place, value, speaker and names weighing a quarter, with at least SHARED_CONCEPTS concepts of
# full weight in common. Measured on the 113 non-numeric pairs of the 15 hand-labelled
# corpora, against the 2,000 other pairs of their dates and places and of the shipped
# claims: 0.55 found 31 and no false pair; 0.4 finds 50, and one false pair, which
# `_one_day_and_more` rejects (a plane seized on a day and the planes seized in its year).
# Remeasured on the 223 pairs of 21 corpora (session 23): 0.35 would find 38 of the 55
# pairs in one language instead of 33, but also "the landslide was caused by three days of
# rain" and "the landslide buried the road for three days" (0.36); 0.3 adds three false
# pairs among the shipped claims ("a general would head the Special Command" and "a vice
# admiral would lead intelligence operations", both in English).
SAME_STATEMENT = 0.4
SHARED_CONCEPTS = 2
# Statements in two languages (or either in none clearly: bilingual, telegraphic) share
# fewer concepts for one fact, as the glossary translates only part of their words. On
# the 168 such pairs of 21 hand-labelled corpora, this bar finds 115 (0.25 found 107; 0.2
# finds 119) and no false pair: the best-scoring other pair across languages scores 0.18
# ("the programme's plantlets were free" and "the programme plants the MD-2 variety"), and
# "the council asked to move the prison" and "el concejo aprobó ampliar el penal" 0.20.
SAME_STATEMENT_ACROSS = 0.22


@dataclass(frozen=True, slots=True)
class DuplicatePair:
    ids: tuple[str, str]
    score: float
    reasons: tuple[str, ...]


def numeric_duplicates(groups: Iterable[QuantityGroup]) -> list[DuplicatePair]:
    """Pairs of measures of one quantity that agree on value, date and place."""
    found = []
    for group in groups:
        agreeing = []
        for pair in _agreeing_candidates(group.measures):
            a, b = sorted(pair, key=lambda m: m.id)  # reasons name the first one's unit
            reasons = _same_fact(a, b)
            if reasons is not None:
                agreeing.append((a, b, reasons))
        for a, b, reasons in _one_observation_each(agreeing):
            score = group.scores.get((a.id, b.id), group.scores.get((b.id, a.id)))
            score = 1.0 if score is None else score  # one class: described identically
            how = f"same quantity ({score:.2f})"
            found.append(DuplicatePair(_ordered(a.id, b.id), round(score, 2), (how, *reasons)))
    return found


def _one_observation_each(
    agreeing: list[tuple[Measure, Measure, tuple[str, ...]]],
) -> list[tuple[Measure, Measure, tuple[str, ...]]]:
    """The agreeing pairs without those of a figure with the farther of two observations
    it cannot both be. "More than two tonnes" agrees with the first count's 2.3 t and with
    the final 2,180 kg, which disagree with each other: it states one of them, the
    nearer, not both. Partners equally near are all kept ("about 2,200 kg" is as near
    2,180 as 2,220), and so is every partner that agrees with a nearest one or lies
    within 1 % of it (5,070 lb is 2.3 t)."""
    partners: dict[str, dict[str, Measure]] = defaultdict(dict)
    measures: dict[str, Measure] = {}
    for a, b, _ in agreeing:
        partners[a.id][b.id] = b
        partners[b.id][a.id] = a
        measures[a.id], measures[b.id] = a, b
    dropped: set[tuple[str, str]] = set()
    for ident, others in partners.items():
        measure = measures[ident]
        # Its twins ("más de dos toneladas" for "more than two tonnes") say nothing of
        # which observation it is.
        apart = [m for m in others.values() if _distinct(m, measure)]
        if len(apart) < 2:
            continue
        here = _reference(measure)
        distance = min(abs(_reference(m) - here) for m in apart)
        nearest = [m for m in apart if math.isclose(abs(_reference(m) - here), distance)]
        for other in apart:
            if not any(
                other.id == near.id or other.id in partners[near.id] or not _distinct(other, near)
                for near in nearest
            ):
                dropped.add(_ordered(ident, other.id))
    return [pair for pair in agreeing if _ordered(pair[0].id, pair[1].id) not in dropped]


def _reference(measure: Measure) -> float:
    """The figure a measure states: its centre, or the finite bound of an open interval."""
    edge = _edge(measure)
    return _centre(measure) if edge is None else edge


def _distinct(a: Measure, b: Measure) -> bool:
    """Two figures too far apart to be one figure written twice (converted, rounded)."""
    return not math.isclose(_reference(a), _reference(b), rel_tol=DISTINCT_FIGURES)


# See `_distinct`: 2.3 t and 5,070 lb (2,299.7 kg) are one figure; 2.3 t and 2,180 kg two.
DISTINCT_FIGURES = 0.01


def _agreeing_candidates(measures: list[Measure]) -> Iterator[tuple[Measure, Measure]]:
    """Pairs that may be one time (see `same_time`) and whose values overlap.

    Measures are split by date span. Pairs come from within one span, and from a span
    and each span inside it ("2014" and "2014-12-09"), or no date; each by the order of
    values. Comparing all measures of a year would pair every day with every other day:
    at a million claims, a hundred times the pairs of 100,000.
    """
    by_span: dict[DateSpan | None, list[Measure]] = {}
    for measure in measures:
        by_span.setdefault(measure.span, []).append(measure)
    ordered = {span: _Sorted.of(members) for span, members in by_span.items()}
    for sweep in ordered.values():
        members = sweep.members
        for index, a in enumerate(members):
            for b in members[index + 1 :]:
                if _low(b) > _high(a):
                    break
                yield a, b
    for outer, inner in _nested_spans(list(ordered)):
        yield from _overlapping_across(ordered[outer], ordered[inner])


class _Sorted(NamedTuple):
    """Measures by low bound, the bounds, and the highest high bound up to each one."""

    members: list[Measure]
    lows: list[float]
    reach: list[float]

    @classmethod
    def of(cls, measures: list[Measure]) -> _Sorted:
        members = sorted(measures, key=_low)
        return cls(
            members, [_low(m) for m in members], list(accumulate((_high(m) for m in members), max))
        )


def _low(measure: Measure) -> float:
    """The lowest value a measure may stand for: in a calendar unit, its conventional
    reading's (30 months may be 900 days; see `_values_agree`)."""
    low = measure.interval.low
    share = CONVENTIONAL.get(measure.unit)
    return low if share is None else min(low, low * share)


def _high(measure: Measure) -> float:
    return measure.interval.high


def _nested_spans(spans: list[DateSpan | None]) -> Iterator[tuple[DateSpan | None, DateSpan]]:
    """Pairs of distinct spans where the first holds the second, or has no date."""
    dated = sorted((span for span in spans if span is not None), key=lambda s: (s.start, s.end))
    if None in spans:
        for span in dated:
            yield None, span
    starts = [span.start for span in dated]
    for outer in dated:
        if outer.start == outer.end:
            continue  # a day holds no other span
        first = bisect.bisect_left(starts, outer.start)
        last = bisect.bisect_right(starts, outer.end)
        for inner in dated[first:last]:
            if inner.end <= outer.end and inner != outer:
                yield outer, inner


def _overlapping_across(first: _Sorted, second: _Sorted) -> Iterator[tuple[Measure, Measure]]:
    """Pairs of one measure of each list whose values overlap, each pair once.

    For each measure of the shorter list: those of the longer one that start within its
    values (by bisection), then those that start before it and reach it (walking back
    while the running highest bound still reaches it). A year of 3,000 figures against
    365 days of one figure each costs 365 bisections, not a million comparisons.
    """
    short, long = (first, second) if len(first.members) <= len(second.members) else (second, first)
    for a in short.members:
        low, high = _low(a), _high(a)
        start = bisect.bisect_left(long.lows, low)
        for b in long.members[start : bisect.bisect_right(long.lows, high)]:
            yield a, b
        index = start - 1
        while index >= 0 and long.reach[index] >= low:
            b = long.members[index]
            if _high(b) >= low:
                yield a, b
            index -= 1


def _same_fact(a: Measure, b: Measure) -> tuple[str, ...] | None:
    if not _values_agree(a, b):
        return None
    if not same_time(a, b) or not nested_places(a, b):
        return None
    value = "same value" if a.interval == b.interval else "values agree"
    unit = f" ({a.unit})" if a.unit else ""
    when = "same date" if a.span == b.span else "overlapping dates"
    where = "same place" if a.place == b.place else "compatible places"
    return (f"{value}{unit}", when, where)


def _values_agree(a: Measure, b: Measure) -> bool:
    """The values agree (see `_readings_agree`), for a calendar unit against another unit
    also in its conventional reading: "30 meses" are "900 días calendario", "un año" is
    "365 días". Two figures of one unit compare as written: 69 months are not 70."""
    if _readings_agree(a, b):
        return True
    if a.unit == b.unit:
        return False
    return any(
        _readings_agree(x, y)
        for x, y in ((_conventional(a), b), (a, _conventional(b)))
        if x is not None and y is not None
    )


def _conventional(measure: Measure) -> Measure | None:
    """`measure` in its unit's conventional length (a month of 30 days), if it has one."""
    share = CONVENTIONAL.get(measure.unit)
    if share is None:
        return None
    return replace(measure, interval=measure.interval.scaled(share))


def _end_of_a_spread(span: Measure, point: Measure) -> bool:
    """An exact figure at an end of a range is one of what the range spans, not its fact:
    "penas de 8 a 14 años" for the convicts and the chief's "14 years" (blind9, blind25).
    A figure inside ("2,600" of "2,500 to 2,700") or hedged ("~40" of "35 y 40") may be
    the range's own."""
    if span.claim.claim.effective_qualifier != "range":
        return False
    if point.claim.claim.effective_qualifier != "exact":
        return False
    value = point.interval.low
    ends = (span.interval.low, span.interval.high)
    return any(math.isclose(value, end, rel_tol=0.01) for end in ends)


def _readings_agree(a: Measure, b: Measure) -> bool:
    """Bounded values overlap; an open bound ("more than 3,000") must be near the other's
    bound or value: "more than 5,000" agrees with "about 5,200", not with "more than 300"."""
    if not a.interval.overlaps(b.interval):
        return False  # values that agree only within rounding are a difference, not one fact
    if all(m.claim.claim.effective_qualifier == "range" for m in (a, b)):
        # "Between 12 and 18 years" and "12 to 25 years" are two spans, not one.
        return _close(a.interval.low, b.interval.low) and _close(a.interval.high, b.interval.high)
    if _end_of_a_spread(a, b) or _end_of_a_spread(b, a):
        return False
    edge_a, edge_b = _edge(a), _edge(b)
    if edge_a is None and edge_b is None:
        # One fact states one figure: "some 4,500" and "some 3,900" troops overlap within
        # their hedges, yet neither figure lies within the other's, so they disagree. A
        # hedged round figure stands for the figures that round to it: "some 1,200" for
        # 1,240, not "some 2,700" for 2,930.
        return _inside(_centre(a), _stated(b)) or _inside(_centre(b), _stated(a))
    if edge_a is None or edge_b is None:
        # A hedged figure reaches past an open bound by what it stands for, not by its
        # hedge: "more than 12,000" loans are not "around 11,000" (blind11).
        bounded, edge, open_one = (a, edge_b, b) if edge_a is None else (b, edge_a, a)
        stated = _stated(bounded)
        above = open_one.interval.high == INF  # "more than" rather than "less than"
        if edge is not None and not (stated.high >= edge if above else stated.low <= edge):
            return False
    return math.isclose(
        edge_a if edge_a is not None else _centre(a),
        edge_b if edge_b is not None else _centre(b),
        rel_tol=OPEN_BOUND_NEAR,
    )


def _edge(measure: Measure) -> float | None:
    """The finite bound of an open-ended interval, or None when it is bounded."""
    return open_edge(measure.interval, measure.claim.claim.effective_qualifier)


def _centre(measure: Measure) -> float:
    return measure.interval.middle


def _close(x: float, y: float) -> bool:
    return math.isclose(x, y, rel_tol=RANGE_BOUNDS_NEAR)


# How near the bounds of two ranges must lie for one fact: "15 to 20 gallons" and "60-75
# litres" are one, converted and rounded.
RANGE_BOUNDS_NEAR = 0.1


def _inside(value: float, interval: Interval) -> bool:
    return interval.low <= value <= interval.high


def _stated(measure: Measure) -> Interval:
    """The figures a hedged figure stands for: those within half a unit of its last
    written digit ("some 2,700": 2,650 to 2,750), at least STATED_MIN of the figure and at
    most its hedge. "Some 1,200" is 1,240; "some 2,700" is not 2,930; "about 4,500" is
    4,560 in any unit; "roughly two dozen" is 23 (a whole number stands for its
    neighbours). Other figures stand for their intervals."""
    interval, value = measure.interval, measure.claim.claim.value
    hedged = measure.claim.claim.effective_qualifier == "about"
    if not hedged or not isinstance(value, (int, float)) or not value:
        return interval
    centre = interval.middle
    hedge = (interval.high - interval.low) / 2
    scale = abs(unit_factor(measure))  # from the stated unit to the base unit
    step = max(last_digit(value) / 2, 1.0 if value == int(value) else 0.0) * scale
    step = min(max(step, STATED_MIN * abs(centre)), hedge)
    return Interval(centre - step, centre + step)


# See `_stated`: the narrowest a hedged figure's window gets, as a share of the figure. A
# hedged whole number also stands for the whole numbers next to it (blind10: "roughly two
# dozen" strips were the 23 counted); 5 % instead made "about 32,000" ha one fact with
# 33,400 (review).
STATED_MIN = 0.02


def text_duplicates(
    claims: Iterable[LoadedClaim], keys: TextKeys, numeric: set[str]
) -> list[DuplicatePair]:
    """Pairs of non-numeric claims whose statements and values say the same thing."""
    chosen = [c for c in claims if c.id not in numeric]
    # Only the statement's sources ("Per the flight log,", "según el chat") and closing
    # tags ("[firme]") go; who says it stays, at a quarter weight (`_light_concepts`).
    kept = [split_attribution(c.claim.statement, speech=False)[0] for c in chosen]
    sets = [frozenset(keys.concepts(text)) for text in kept]

    # Read only for the claims of candidate pairs, once each.
    @cache
    def gates_of(i: int) -> frozenset[str]:
        return _gates(chosen[i].claim, keys)

    @cache
    def light_of(i: int) -> tuple[frozenset[str], frozenset[str]]:
        return _light_concepts(kept[i], sets[i], keys)

    @cache
    def language_of(i: int) -> str | None:
        return statement_language(kept[i])

    places = [place_key(c.claim.place, keys) for c in chosen]
    weight = Weights(sets)
    # Duplicates share their date, one within the other ("August 2016" and "1 August
    # 2016"), or both have none, and places that nest: compare within one date, and a
    # date that spans days with the dates of each year it covers; within a place block.
    spans = [c.claim.date_span(None) for c in chosen]
    wide = [span is not None and span.start != span.end for span in spans]
    by_date: dict[DateSpan | None, list[int]] = {}
    by_year: dict[int, list[int]] = defaultdict(list)
    for position, span in enumerate(spans):
        by_date.setdefault(span, []).append(position)
        if span is not None:
            last = min(span.end.year, span.start.year + YEARS_OF_A_PERIOD - 1)
            for year in range(span.start.year, last + 1):
                by_year[year].append(position)
    same_date = _statement_candidates(list(by_date.values()), sets, places, weight)
    years = [block for block in by_year.values() if any(wide[i] for i in block)]
    across = _unique(
        (i, j)
        for i, j in _statement_candidates(years, sets, places, weight, indexed=wide)
        if spans[i] != spans[j]  # pairs of one date come from that date's block
    )
    found = []
    for i, j in chain(same_date, across):
        a, b = chosen[i].claim, chosen[j].claim
        # The cheap tests first: the dates and places of one block need not nest.
        span_a, span_b = spans[i], spans[j]
        if span_a != span_b and not (span_a and span_b and span_a.nests(span_b)):
            continue
        if span_a and span_b and _one_day_and_more(span_a, span_b):
            continue
        if not nested(places[i], places[j]) or not _same_value(a.value, b.value, keys):
            continue
        if _opposed(sets[i], sets[j]):
            continue
        gates_i, gates_j = gates_of(i), gates_of(j)
        if len(sets[i] & sets[j] - gates_i - gates_j) < SHARED_CONCEPTS:
            continue  # the cheaper half of the test below, before the speaker is read
        (light_i, named_i), (light_j, named_j) = light_of(i), light_of(j)
        if named_i - sets[j] - gates_j and named_j - sets[i] - gates_i:
            # Each names someone or somewhere the other neither mentions nor has for its
            # place: two facts. "Tacuri, a prosecutor from Satipo, led Operation Chaska"
            # and "Tacuri dirigió el operativo en el Mantaro" are one (blind15).
            continue
        gates = gates_i | gates_j | light_i | light_j
        one_language = language_of(i) is not None and language_of(i) == language_of(j)
        bar = SAME_STATEMENT if one_language else SAME_STATEMENT_ACROSS
        score = similarity(
            _light(sets[i], gates),
            _light(sets[j], gates),
            weight,
            containment=False,
            minimum=bar,
        )
        if score < bar or len(sets[i] & sets[j] - gates) < SHARED_CONCEPTS:
            continue
        found.append(
            DuplicatePair(
                _ordered(a.id, b.id),
                round(score, 2),
                (f"statements say the same ({score:.2f})", "same value"),
            )
        )
    return found


def _opposed(a: frozenset[str], b: frozenset[str]) -> bool:
    """One statement tells a deed and the other its opposite (see `OPPOSITES`)."""
    return any(
        ((x in a and y in b) or (y in a and x in b)) and not ({x, y} <= a or {x, y} <= b)
        for x, y in OPPOSITES
    )


def _one_day_and_more(a: DateSpan, b: DateSpan) -> bool:
    """One date is a day and the other a year or longer: an event of that day and what
    held over its year are not one fact ("the plane seized on 4 December 2014 was
    registered in Bolivia", "each plane seized in 2014 was"), as a figure of one day is
    never one of its year (`quantities.different_events`)."""
    day, other = (a, b) if a.start == a.end else (b, a)
    return day.start == day.end and (other.end - other.start).days >= DAYS_OF_A_YEAR


DAYS_OF_A_YEAR = 364


def _light_concepts(
    kept: str, concepts: frozenset[str], keys: TextKeys
) -> tuple[frozenset[str], frozenset[str]]:
    """Of the `concepts` of a statement (`kept`, its sources cut), those that say of whom
    or where rather than what: who says it and the names it mentions; and, apart, the
    names and countries of what is said. Read only for the claims of candidate pairs.

    Without a figure, who says it is often part of the fact ("the army attributed the
    attack to ...", "investigators said it was bound for ..."), so the speaker stays, but
    weighs a quarter like the place: two things Cesar Ortiz said are not one fact. So do
    names the glossary does not know ("Santa Rosa") and countries: a river patrolled and an
    ambush near that river are two facts, as are a plane registered in Bolivia and drugs
    bound for Bolivia. Names weigh little because one statement may leave out a name the
    other gives; two statements that each name someone or somewhere the other does not
    (Juan Quispe charged, Pedro Huamán charged) are two facts (review)."""
    said, speaker = split_attribution(kept) if says_who(kept) else (kept, "")
    light = concepts.intersection(keys.concepts(speaker)) if speaker else frozenset()
    named = concepts & (COUNTRIES | frozenset(keys.names(said, opening=True)))
    if said != kept:
        mentioned = concepts & (COUNTRIES | frozenset(keys.names(kept, opening=True)))
    else:
        mentioned = named
    return light | mentioned, named


def _gates(claim: Claim, keys: TextKeys) -> frozenset[str]:
    """The concepts of a claim's place and value, which a pair shares anyway: a plane
    registered in Bolivia and drugs bound for Bolivia, in one town on one day, must not
    look alike by those alone (review)."""
    gates = [claim.place, *_names(claim.value)]
    return frozenset(c for gate in gates if gate for c in keys.concepts(str(gate)))


def _light(concepts: frozenset[str], gates: frozenset[str]) -> frozenset[str]:
    """`concepts` with those of the gates marked light ("=pichari" weighs a quarter)."""
    found = concepts & gates
    return concepts - found | {f"={c}" for c in found} if found else concepts


def _names(value: object) -> list[object]:
    return value if isinstance(value, list) else [value]


def _statement_candidates(
    times: list[list[int]],
    sets: list[frozenset[str]],
    places: list[Place | None],
    weight: Weights,
    *,
    indexed: Sequence[bool] | None = None,
) -> Iterator[tuple[int, int]]:
    """Pairs (i < j) of positions of one time block, in one place block, whose
    statements may match. With `indexed` (a flag per position), only pairs of which at
    least one position is flagged: a month or a year, so that a year's days are never
    paired with each other.

    Claims without a place are in every place block of their time; a pair of them is
    yielded from the first block only."""
    for time in times:
        for number, block in enumerate(place_blocks([places[i] for i in time])):
            positions = [time[x] for x in block]
            bucket = [sets[i] for i in positions]
            flags = [indexed[i] for i in positions] if indexed is not None else None
            for x, y in candidate_pairs(
                bucket, weight, SAME_STATEMENT_ACROSS, jaccard=True, indexed=flags
            ):
                i, j = sorted((positions[x], positions[y]))
                if not (number and places[i] is None and places[j] is None):
                    yield i, j


def _unique(pairs: Iterable[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """Each pair once: a period that covers two years meets its dates in both."""
    seen: set[tuple[int, int]] = set()
    for pair in pairs:
        if pair not in seen:
            seen.add(pair)
            yield pair


# A period longer than this is compared with the dates of its first years only.
YEARS_OF_A_PERIOD = 30


def _same_value(a: object, b: object, keys: TextKeys) -> bool:
    if a is None or b is None:
        return True
    if isinstance(a, list) != isinstance(b, list):
        return False
    return {keys.concepts(str(n)) for n in _names(a)} == {keys.concepts(str(n)) for n in _names(b)}


def _ordered(a: str, b: str) -> tuple[str, str]:
    return (a, b) if a <= b else (b, a)
