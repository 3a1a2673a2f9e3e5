"""Grouping measures into quantities without comparing all pairs.

1. **Classes.** Measures that describe what they measure identically (same dimension,
   same concepts, same names) form a class: they are the same quantity unless they are
   different events. Fuzzy scoring runs between classes, not claims, and a corpus of
   100,000 claims has far fewer distinct descriptions than claims.
2. **Families.** Classes whose descriptions are similar enough (`same_quantity_score`,
   blocked by prefix filtering) or that state one specific figure for one time and
   place join, from the most similar pair down, unless some class of one family is
   incompatible with some class of the other (a different action, substance, who...):
   similarity may chain, incompatibility may not.
3. **Events.** Within a family, a figure dated to a day that is not a running total is
   an event: events within `EVENT_DAYS` days of each other are one quantity; a figure
   dated to a month containing the day, or any figure dated to the day, joins it; so
   does a figure whose coarser date holds that run alone and whose value agrees with
   every figure of it ("some 380 police" in May, the raid's 380 on 22 May), unless a
   figure of the series for the same period disagrees with it.
   Everything else (totals and stocks at years, months, periods, running totals) is one
   series.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import math
from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable, Iterator, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass

from vraem_claims.dates import DateSpan
from vraem_claims.intervals import OPEN_BOUND_NEAR, Interval, open_edge
from vraem_claims.quantities import (
    EVENT_DAYS,
    INSIDE_LABEL_MAX_CONCEPTS,
    ONE_FIGURE,
    SAME_QUANTITY,
    Measure,
    Weights,
    candidate_pairs,
    counts_people_or_things,
    different_facets,
    may_read_as_rounded,
    occasion,
    rounding_window,
    rounds_to,
    same_figure,
    same_quantity_score,
    told_facets,
    unit_factor,
)


@dataclass(slots=True)
class QuantityGroup:
    """Measures of one quantity, and the scores of the class pairs that joined them."""

    measures: list[Measure]
    scores: dict[tuple[str, str], float]


ClassKey = tuple[
    str, frozenset[str], tuple[bool, bool], frozenset[str], bool, frozenset[str], frozenset[str]
]


def class_key(measure: Measure) -> ClassKey:
    """Everything the comparison of two measures reads, except their dates. Whether
    people or things are counted is part of it: one sentence describes "6,300 troops"
    and "44 bases" alike, and `different_facets` must see the two units."""
    return (
        measure.dimension,
        measure.what,
        counts_people_or_things(measure),
        measure.names,
        measure.labelled,
        occasion(measure),
        told_facets(measure),
    )


def group_quantities(
    measures: Sequence[Measure], *, threshold: float = SAME_QUANTITY
) -> list[QuantityGroup]:
    """Groups of two or more measures of one quantity."""
    classes = _classes(measures)
    members = list(classes.values())
    representatives = [measures[group[0]] for group in members]
    weight = Weights(m.what | m.statement for m in measures)
    scores = _class_scores(representatives, weight, threshold)
    same_figures = _same_figure_classes(measures, members, classes, weight, scores)
    scores.update(same_figures)
    families = _families(representatives, scores, first=set(same_figures))
    family_of = {c: f for f, family in enumerate(families) for c in family}
    scores_of: dict[int, dict[tuple[str, str], float]] = defaultdict(dict)
    for (a, b), score in scores.items():  # once, not once per family
        joined = family_of.get(a)
        if joined is not None and joined == family_of.get(b):
            scores_of[joined][(representatives[a].id, representatives[b].id)] = score
    groups = []
    for f, family in enumerate(families):
        indices = [i for c in family for i in members[c]]
        family_scores = scores_of.get(f, {})
        for events, series in _split_events([measures[i] for i in indices]):
            for quantity in _split_magnitudes(events, series=series):
                if len(quantity) > 1:
                    groups.append(QuantityGroup(quantity, family_scores))
    return groups


def _split_magnitudes(measures: list[Measure], *, series: bool = False) -> list[list[Measure]]:
    """Measures split where their sorted values jump by more than MAGNITUDE_GAP: a
    ferry fare of 5 soles and a bridge's cost of 63.5 million are not one quantity,
    however alike their words. In a series (no one-day event), also where they jump by
    more than SAME_DATE_GAP while figures below and above the jump share a date and a
    place: TB cases found by a 2022 campaign (37) and TB cases notified in 2022 (289) are
    two quantities under one coarse label, while a count that grew fivefold over the
    years stays one series. Rates are left whole (a count per second is tiny beside one
    per year), and so are figures with no positive, finite size, which join the largest
    part."""
    if len(measures) < 2 or "/" in measures[0].dimension:
        return [measures]
    sizes = [(_size(m), m) for m in measures]
    sized = sorted(((v, m.id, m) for v, m in sizes if v is not None), key=lambda t: t[:2])
    loose = [m for v, m in sizes if v is None]
    jumps = series and any(b[0] > a[0] * SAME_DATE_GAP for a, b in itertools.pairwise(sized))
    below = _Sides([(m.span, m.place) for _, _, m in sized]) if jumps else None
    parts: list[list[Measure]] = []
    previous = 0.0
    for value, _, measure in sized:
        if not parts or (
            not _scale_slip(previous, value)
            and (
                value > previous * MAGNITUDE_GAP
                or (below is not None and value > previous * SAME_DATE_GAP and below.meet())
            )
        ):
            parts.append([])
        parts[-1].append(measure)
        if below is not None:
            below.move((measure.span, measure.place))
        previous = value
    if not parts:
        return [measures]
    max(parts, key=len).extend(loose)
    return parts


class _Sides:
    """Keys (a date and a place) on either side of a point moving up a sorted list, and
    whether any key is on both sides, in constant time per step."""

    def __init__(self, keys: Iterable[Hashable]) -> None:
        self.above = Counter(keys)
        self.below: set[Hashable] = set()
        self.shared = 0

    def move(self, key: Hashable) -> None:
        """One item with `key` passes from above the point to below it."""
        self.above[key] -= 1
        if key in self.below:
            if not self.above[key]:
                self.shared -= 1
        else:
            self.below.add(key)
            if self.above[key]:
                self.shared += 1

    def meet(self) -> bool:
        return self.shared > 0


def _scale_slip(low: float, high: float) -> bool:
    """Two figures a thousand, a million or a billion times apart, to within 1 %: one may
    have lost its scale word ("63.5" for "63,5 millones"), a contradiction to report."""
    return any(abs(high / (low * scale) - 1) < 0.01 for scale in (1e3, 1e6, 1e9, 1e12))


def _size(measure: Measure) -> float | None:
    low, high = measure.interval.low, measure.interval.high
    value = low if low > 0 else high
    return value if 0 < value < math.inf else None


# Two figures of one quantity are never this many times apart (the widest spread in the
# evaluation corpora, coca in one district against the country, is about 300).
MAGNITUDE_GAP = 10_000.0
# Two figures of one series for one date and place (one year, one place) are never this
# many times apart: sources may disagree, but not by a factor of 3.5. Measured on the
# evaluation corpora, jumps of 3.2x to 70x at a shared date and place all divided two
# quantities under one label; a jump of 3.03x divided one (systems installed by 2011 and by
# 2012, beside one figure that shared a date with both). One-day events are never split
# this way: two dead against twenty in one ambush is a contradiction to report.
SAME_DATE_GAP = 3.5


def _classes(measures: Sequence[Measure]) -> dict[ClassKey, list[int]]:
    """Measures by class key. Where one description has more than MAX_CLAUSE_VARIANTS
    different clauses (a coarse label over many sentences), its classes by clause would
    all be compared with each other, since they describe alike: they become one class by
    description, compared through one representative as before clauses were read."""
    keys = [class_key(measure) for measure in measures]
    variants: dict[ClassKey, set[frozenset[str]]] = defaultdict(set)
    for key in keys:
        variants[_bare(key)].add(key[-1])
    classes: dict[ClassKey, list[int]] = defaultdict(list)
    for position, key in enumerate(keys):
        bare = _bare(key)
        classes[bare if len(variants[bare]) > MAX_CLAUSE_VARIANTS else key].append(position)
    return classes


def _bare(key: ClassKey) -> ClassKey:
    """The key without what the figure's clause names."""
    dimension, what, counts, names, labelled, occasions, _ = key
    return (dimension, what, counts, names, labelled, occasions, _NONE)


# See `_classes`: more clauses than this under one description make one class.
MAX_CLAUSE_VARIANTS = 16
_NONE: frozenset[str] = frozenset()


def _class_scores(
    representatives: Sequence[Measure], weight: Weights, threshold: float
) -> dict[tuple[int, int], float]:
    """Similar class pairs (blocked by dimension and prefix filtering)."""
    by_dimension: dict[str, list[int]] = defaultdict(list)
    for position, measure in enumerate(representatives):
        by_dimension[measure.dimension].append(position)
    candidates: set[tuple[int, int]] = set()
    for positions in by_dimension.values():  # different dimensions never match
        for attribute in ("what", "statement"):
            sets = [getattr(representatives[i], attribute) for i in positions]
            candidates.update(
                (positions[i], positions[j]) for i, j in candidate_pairs(sets, weight, threshold)
            )
        candidates.update(short_label_pairs(representatives, positions))
    found = {}
    for a, b in candidates:
        score = same_quantity_score(representatives[a], representatives[b], weight, events=False)
        if score >= threshold:
            found[(a, b)] = score
    return found


# A short label is compared with at most this many descriptions (labels or statements)
# that hold its rarest concept, the shortest first, so that a common one-word label
# ("troops") costs a bounded amount of work; the classes it links to chain it to the rest.
INSIDE_LABEL_EXAMINED = 64


def short_label_pairs(
    representatives: Sequence[Measure], positions: list[int]
) -> Iterator[tuple[int, int]]:
    """Pairs of classes of which one holds every concept of the other's short label, in
    its own label or statement (`short_label_inside`), found through the rarest concept
    of the short label."""
    labelled = [p for p in positions if representatives[p].labelled]
    counts = Counter(t for p in positions for t in representatives[p].what)
    holding: dict[str, list[int]] = defaultdict(list)
    for p in sorted(positions, key=lambda p: len(representatives[p].what)):
        for token in representatives[p].what:
            holding[token].append(p)
    for p in labelled:
        what = representatives[p].what
        if not what or len(what) > INSIDE_LABEL_MAX_CONCEPTS:
            continue
        rarest = min(what, key=lambda t: (counts[t], t))
        holders = holding[rarest]
        first = bisect.bisect_right(holders, len(what), key=lambda o: len(representatives[o].what))
        for other in holders[first : first + INSIDE_LABEL_EXAMINED]:
            if what < representatives[other].what:
                yield (p, other) if p < other else (other, p)


# Figures shared by more measures than this are too common to be evidence.
SAME_FIGURE_MAX_BLOCK = 12


def _same_figure_classes(
    measures: Sequence[Measure],
    members: list[list[int]],
    classes: dict[ClassKey, list[int]],
    weight: Weights,
    known: dict[tuple[int, int], float],
) -> dict[tuple[int, int], float]:
    """Class pairs joined because two of their measures state one specific figure, with
    the score their words give them where that is higher. A pair the words alone would
    join is among them too: it joins first (see `_families`)."""
    class_of = {}
    for index, group in enumerate(members):
        for position in group:
            class_of[position] = index
    blocks: dict[tuple[str, str, str], list[int]] = defaultdict(list)
    for position, measure in enumerate(measures):
        blocks[_figure(measure)].append(position)
    pairs = itertools.chain(
        (
            (i, j, False)
            for block in _within_cap(blocks.values(), measures)
            for index, i in enumerate(block)
            for j in block[index + 1 :]
        ),
        ((i, j, True) for i, j in _rounding_pairs(measures)),
    )
    found: dict[tuple[int, int], float] = {}
    for i, j, rounded in pairs:
        a, b = sorted((class_of[i], class_of[j]))
        if a == b or (a, b) in found:
            continue
        if same_figure(measures[i], measures[j], weight, rounded=rounded):
            found[(a, b)] = max(SAME_QUANTITY, known.get((a, b), 0.0))
    return found


def _rounding_pairs(measures: Sequence[Measure]) -> Iterator[tuple[int, int]]:
    """Pairs of measures of which one states the other's figure rounded (`rounds_to`),
    found by looking up, in each dimension's measures sorted by figure, the figures each
    one's rounding window holds. A window holding more than SAME_FIGURE_MAX_BLOCK
    figures is too common to be evidence, as a crowded block of one figure is."""
    by_dimension: dict[str, list[tuple[float, int]]] = defaultdict(list)
    factors: dict[str, set[float]] = defaultdict(set)
    for position, measure in enumerate(measures):
        middle = _middle(measure)
        if middle is not None:
            by_dimension[measure.dimension].append((middle, position))
            factors[measure.dimension].add(round(unit_factor(measure), 9))
    for dimension, figures in by_dimension.items():
        figures.sort()
        converted = len(factors[dimension]) > 1  # else no figure is another's conversion
        for _, position in figures:
            if not (converted or may_read_as_rounded(measures[position])):
                continue
            window = rounding_window(measures[position])
            if window is None:
                continue
            first = bisect.bisect_left(figures, (window[0], -1))
            last = bisect.bisect_right(figures, (window[1], len(measures)))
            if last - first > SAME_FIGURE_MAX_BLOCK:
                continue
            for _, other in figures[first:last]:
                if other != position and rounds_to(measures[position], measures[other], window):
                    yield position, other


def _middle(measure: Measure) -> float | None:
    """The figure of a measure that states one (`ONE_FIGURE`), in the base unit."""
    if measure.claim.claim.effective_qualifier not in ONE_FIGURE:
        return None
    middle = measure.interval.middle
    return middle if math.isfinite(middle) else None


def _within_cap(blocks: Iterable[list[int]], measures: Sequence[Measure]) -> Iterator[list[int]]:
    """Blocks of two to SAME_FIGURE_MAX_BLOCK measures. A crowded block of hedged and
    exact figures is split by interval, so that "about 3,200" cannot crowd out a pair of
    exact 3,200s."""
    for block in blocks:
        if len(block) > SAME_FIGURE_MAX_BLOCK:
            exact: dict[tuple[float, float], list[int]] = defaultdict(list)
            for position in block:
                interval = measures[position].interval
                exact[(interval.low, interval.high)].append(position)
            yield from (part for part in exact.values() if 1 < len(part) <= SAME_FIGURE_MAX_BLOCK)
        elif len(block) > 1:
            yield block


def _figure(measure: Measure) -> tuple[str, str, str]:
    """The figure a measure states, in its dimension's base unit: "38 mil alumnos" and
    "some 38,000 pupils" state one figure, hedged or not; other intervals by their bounds."""
    interval = measure.interval
    if measure.claim.claim.effective_qualifier in ONE_FIGURE:
        return (measure.dimension, "", f"{interval.middle:.4g}")
    return (measure.dimension, f"{interval.low:.4g}", f"{interval.high:.4g}")


def _families(
    representatives: Sequence[Measure],
    scores: dict[tuple[int, int], float],
    first: AbstractSet[tuple[int, int]] = frozenset(),
) -> list[list[int]]:
    """Join classes from the most similar pair down, never across incompatible classes.
    Pairs in `first` (one specific figure for one time and place: the same fact) join
    before any pair joined by its words alone, which could otherwise chain one of them
    into a series the other is incompatible with."""
    family_of = list(range(len(representatives)))
    families: dict[int, list[int]] = {i: [i] for i in range(len(representatives))}
    for (a, b), _ in sorted(
        scores.items(), key=lambda item: (item[0] not in first, -item[1], item[0])
    ):
        fa, fb = family_of[a], family_of[b]
        if fa == fb or _incompatible(representatives, families[fa], families[fb]):
            continue
        if len(families[fa]) < len(families[fb]):
            fa, fb = fb, fa
        for member in families[fb]:
            family_of[member] = fa
        families[fa].extend(families.pop(fb))
    return list(families.values())


def _incompatible(representatives: Sequence[Measure], left: list[int], right: list[int]) -> bool:
    return any(
        different_facets(representatives[a], representatives[b]) for a in left for b in right
    )


def _split_events(family: list[Measure]) -> Iterator[tuple[list[Measure], bool]]:
    """The quantities of one family, each with whether it is a series: each run of nearby
    one-day events (False), then the series (True)."""
    events = sorted(
        (m for m in family if m.day_precise and not m.stock and m.span is not None),
        key=lambda m: (_day(m), m.id),
    )
    runs: list[list[Measure]] = []
    run_of_event: list[int] = []
    for event in events:
        if not runs or (_day(event) - _day(runs[-1][-1])).days > EVENT_DAYS:
            runs.append([])
        runs[-1].append(event)
        run_of_event.append(len(runs) - 1)
    days = [_day(event) for event in events]
    in_events = {id(event) for event in events}
    agreed = [_Run(run) for run in runs]
    series: list[Measure] = []
    coarse: list[tuple[Measure, int]] = []
    dissenting: list[tuple[Measure, int]] = []
    for measure in family:
        if id(measure) in in_events:
            continue
        run = _run_containing(measure, days, run_of_event)
        if run is not None:
            if measure.day_precise or agreed[run].bounds.agree(measure):
                runs[run].append(measure)
            else:
                dissenting.append((measure, run))
        elif (run := _agreeing_run(measure, days, run_of_event, agreed)) is not None:
            coarse.append((measure, run))
        else:
            series.append(measure)
    # A figure of the series for the same period that disagrees keeps a coarse figure in
    # the series, where the two show as a contradiction: "9 arrested in 2019" against "25
    # arrested in 2019" is not settled by the 9 arrested on 21 November.
    others: dict[DateSpan | None, _Bounds] = defaultdict(_Bounds)
    for measure in series:
        others[measure.span].add(measure.interval)
    for measure, run in coarse:
        bounds = others.get(measure.span)
        agrees = bounds is None or bounds.overlaps_all(measure.interval)
        (runs[run] if agrees else series).append(measure)
    # A figure for a period around an event that disagrees with the event's figures joins
    # the series figures of its period it agrees with: "26 miles of dead fish" in 3-11
    # September 2019 are the 42 km of that period, not the 30 km reported on the 6th
    # (blind20). Without one it stays with the event, where the difference shows: the
    # toll of a June cold spell revised to 4 beside the 3 dead by 21 June (blind22).
    for measure, run in dissenting:
        bounds = others.get(measure.span)
        agrees = bounds is not None and bounds.agree(measure)
        (series if agrees else runs[run]).append(measure)
    for events_run in runs:
        yield events_run, False
    yield series, True


class _Bounds:
    """The highest low and lowest high of some intervals: an interval reaching both
    overlaps every one of them."""

    __slots__ = ("highest_low", "lowest_high")

    def __init__(self) -> None:
        self.highest_low = -math.inf
        self.lowest_high = math.inf

    def add(self, interval: Interval) -> None:
        self.highest_low = max(self.highest_low, interval.low)
        self.lowest_high = min(self.lowest_high, interval.high)

    def overlaps_all(self, interval: Interval) -> bool:
        return interval.low <= self.lowest_high and interval.high >= self.highest_low

    def agree(self, measure: Measure) -> bool:
        """`measure` overlaps every interval, and an open bound lies near them all, as
        `duplicates` wants it: "better than 2,600 lb" is the 1,200 kg seized, "more than 5
        officers" not the 40 arrested."""
        interval = measure.interval
        if not self.overlaps_all(interval):
            return False
        edge = open_edge(interval, measure.claim.claim.effective_qualifier)
        return edge is None or all(
            math.isclose(edge, bound, rel_tol=OPEN_BOUND_NEAR)
            for bound in (self.highest_low, self.lowest_high)
        )


class _Run:
    """An event run's first and last day and the bounds of its figures."""

    __slots__ = ("bounds", "first", "last")

    def __init__(self, events: list[Measure]) -> None:
        self.first, self.last = _day(events[0]), _day(events[-1])
        self.bounds = _Bounds()
        for event in events:
            self.bounds.add(event.interval)


def _agreeing_run(
    measure: Measure, days: list[dt.date], run_of_event: list[int], agreed: list[_Run]
) -> int | None:
    """The one event run inside a figure's coarser date, if the figure agrees with every
    figure of the run (`_Bounds.agree`): "some 380 police in May 2019" is the 380 of the
    raid on 22 May, and "9 officers arrested in 2019" the 9 of the November arrest, when
    no other event of the quantity falls in that period. Never a
    running total, and never a run that reaches past the period (events on 31 December
    and 1 January are neither year's alone). Runs are numbered in the order of their
    days, so one run fills the period when its first and last event there are of one
    run."""
    span = measure.span
    if span is None or measure.running:
        return None
    first = bisect.bisect_left(days, span.start)
    last = bisect.bisect_right(days, span.end) - 1
    if last < first or run_of_event[first] != run_of_event[last]:
        return None
    run = agreed[run_of_event[first]]
    if run.first < span.start or run.last > span.end:
        return None
    return run_of_event[first] if run.bounds.agree(measure) else None


def _day(measure: Measure) -> dt.date:
    assert measure.span is not None
    return measure.span.start


def _run_containing(measure: Measure, days: list[dt.date], run_of_event: list[int]) -> int | None:
    """The event run a figure belongs to, if any: a figure dated to a month that holds one
    of the run's days, unless it is a level (no action); a level dated to one of the run's
    days ("86 t burned" on the day of the fire). Never a running total: "6,300 ha so far"
    on the day 120 ha were eradicated is the year's series."""
    span = measure.span
    if span is None or not span.within_a_month() or measure.running:
        return None
    if measure.stock and not measure.day_precise:
        return None
    first = bisect.bisect_left(days, span.start)
    if first < len(days) and days[first] <= span.end:
        return run_of_event[first]
    return None
