"""Classifying the claims of one quantity, and counting independent corroboration."""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path
from types import SimpleNamespace
from typing import cast
from unittest.mock import patch

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from vraem_claims.analysis import analyse
from vraem_claims.claims import LoadedClaim
from vraem_claims.conflicts import Kind, classify_pair, pair_kinds, timeline_key
from vraem_claims.dates import DateSpan
from vraem_claims.intervals import Interval
from vraem_claims.quantities import Measure

from conftest import claim, corpus_of

BASE = {"quantity": "clandestine landing strips destroyed", "unit": "airstrips"}


def kind_of(tmp_path: Path, a: dict[str, object], b: dict[str, object]) -> Kind:
    analysis = analyse(corpus_of(tmp_path / "p", [a, b]))
    (conflict,) = analysis.conflicts
    return conflict.kind


@pytest.mark.parametrize(
    ("a", "b", "kind"),
    [
        (
            {"value": 263, "as_of": 2014},
            {"value": 260, "qualifier": "about", "as_of": 2014},
            Kind.CONSISTENT,
        ),
        ({"value": 7500, "as_of": 2014}, {"value": 7460, "as_of": 2014}, Kind.ROUNDING),
        # A plain round figure is no vaguer than "about": 100 does not cover 64.
        ({"value": 100, "as_of": 2014}, {"value": 64, "as_of": 2014}, Kind.CONTRADICTION),
        ({"value": 1000, "as_of": 2014}, {"value": 2000, "as_of": 2014}, Kind.CONTRADICTION),
        ({"value": 100, "as_of": 2014}, {"value": 96, "as_of": 2014}, Kind.ROUNDING),
        (
            {"value": 263, "as_of": 2014, "place": "Llochegua"},
            {"value": 40, "as_of": 2014, "place": "Llochegua Alto"},
            Kind.SCOPE_DIFFERENCE,
        ),
        ({"value": 263, "as_of": 2014}, {"value": 70, "as_of": 2020}, Kind.TIME_DIFFERENCE),
        (
            {"value": 263, "as_of": 2014},
            {"value": 120, "as_of": "2014-12"},
            Kind.CONTRADICTION,
        ),  # 2014-12 overlaps 2014 at its precision
        (
            {"value": 263, "as_of": 2014, "place": "VRAEM"},
            {"value": 40, "as_of": 2014, "place": "Pichari"},
            Kind.SCOPE_DIFFERENCE,
        ),
        (
            {"value": 263, "as_of": 2014, "place": "VRAEM"},
            {"value": 40, "as_of": 2014, "place": "VRAEM, Pichari district"},
            Kind.SCOPE_DIFFERENCE,
        ),
        (
            {"value": 263, "as_of": 2014, "place": "VRAEM"},
            {"value": 310, "as_of": 2014, "place": "VRAEM"},
            Kind.CONTRADICTION,
        ),
        (
            {"value": 700000, "qualifier": "nearly", "as_of": 2017},
            {"value": 700000, "qualifier": "more_than", "as_of": 2017},
            Kind.CONTRADICTION,
        ),
    ],
)
def test_pair_kinds(tmp_path: Path, a: dict[str, object], b: dict[str, object], kind: Kind) -> None:
    first = claim("a", "Police destroyed clandestine landing strips.", **BASE, **a)
    second = claim("b", "Police destroyed clandestine landing strips.", **BASE, **b)
    assert kind_of(tmp_path, first, second) is kind


def test_police_and_army_counts_differ_in_scope(tmp_path: Path) -> None:
    a = claim(
        "a", "The police destroyed 251 clandestine landing strips.", **BASE, value=251, as_of=2014
    )
    b = claim(
        "b", "The army destroyed 198 clandestine landing strips.", **BASE, value=198, as_of=2014
    )
    assert kind_of(tmp_path, a, b) is Kind.SCOPE_DIFFERENCE


def test_a_group_takes_its_most_serious_pair(tmp_path: Path) -> None:
    claims = [
        claim("a", "strips", **BASE, value=263, as_of=2014),
        claim("b", "strips", **BASE, value=70, as_of=2020),
        claim("c", "strips", **BASE, value=300, as_of=2014, place="Pichari"),
        claim("d", "strips", **BASE, value=150, as_of=2014),
    ]
    (conflict,) = analyse(corpus_of(tmp_path / "p", claims)).conflicts
    assert conflict.kind is Kind.CONTRADICTION
    assert [m.id for m in conflict.measures] == ["a", "c", "d", "b"]  # timeline order


def test_corroboration_counts_attributions_not_documents(tmp_path: Path) -> None:
    claims = [
        claim("a", "strips", **BASE, value=263, as_of=2014, attributed_to="DIRANDRO"),
        claim(
            "b",
            "strips",
            **BASE,
            value=263,
            as_of=2014,
            attributed_to="Dirandro",
            source="informe-es",
        ),
        claim("c", "strips", **BASE, value=263, as_of=2014, attributed_to="Army"),
        claim("d", "strips", **BASE, value=120, as_of=2014, attributed_to="Army"),
    ]
    (conflict,) = analyse(corpus_of(tmp_path / "p", claims)).conflicts
    assert sorted(conflict.corroboration) == [("120 airstrips", 1, 1), ("263 airstrips", 2, 3)]


# Pairs of a dense timeline: generated measures against a brute-force scan of all pairs.

DAY0 = dt.date(2014, 1, 1)
PLACES = [None, frozenset({frozenset({"pichari"})}), frozenset({frozenset({"llochegua"})})]
AGENT_SETS = [frozenset(), frozenset({"police"}), frozenset({"army"})]


def fake_measure(
    number: int, low: float, width: float, rounding: float, span: int | None, scope: int
) -> Measure:
    """A measure as classification reads it: values, dates, place and agents."""
    place, agents = PLACES[scope % 3], AGENT_SETS[scope // 3]
    stub = SimpleNamespace(id=f"m{number:04d}", claim=SimpleNamespace(place=str(place)))
    interval = Interval(low, low + width)
    start = DAY0 + dt.timedelta(days=span or 0)
    return Measure(
        claim=cast(LoadedClaim, stub),
        dimension="count",
        unit="",
        interval=interval,
        rounded=Interval(interval.low - rounding, interval.high + rounding),
        span=None if span is None else DateSpan(start, start + dt.timedelta(days=span % 40)),
        day_precise=False,
        what=agents,
        statement=frozenset(),
        place=place,
        actor=None,
        stock=False,
        names=frozenset(),
        counted=frozenset(),
        labelled=True,
        period=None,
        told=frozenset(),
    )


Row = tuple[int, int, int, int | None, int]


@st.composite
def measure_rows(draw: st.DrawFn) -> list[Row]:
    """Values spread wide or close, dates spread over a season or crowded into days."""
    spread, days = draw(st.sampled_from([6, 60])), draw(st.sampled_from([3, 90]))
    row = st.tuples(
        st.integers(0, spread),  # low
        st.sampled_from([0, 0, 2]),  # width
        st.sampled_from([0, 0, 3]),  # rounding
        st.one_of(st.none(), st.integers(0, days)),  # start day; None is undated
        st.integers(0, 8),  # place and agents
    )
    return draw(st.lists(row, min_size=2, max_size=60))


def all_pairs(measures: list[Measure]) -> dict[tuple[str, str], Kind]:
    """Every pair at overlapping dates, classified, and neighbours in a series."""
    kinds = {}
    for a, b in itertools.combinations(measures, 2):
        if a.span is None or b.span is None or a.span.overlaps(b.span):
            kinds[(a.id, b.id)] = classify_pair(a, b)[0]
    for a, b in itertools.pairwise(measures):
        series = a.span is not None and b.span is not None and not a.span.overlaps(b.span)
        if series and (kind := classify_pair(a, b)[0]) is Kind.TIME_DIFFERENCE:
            kinds[(a.id, b.id)] = kind
    return kinds


def timeline(rows: list[Row]) -> list[Measure]:
    measures = [fake_measure(number, *row) for number, row in enumerate(rows)]
    return sorted(measures, key=timeline_key)


@given(measure_rows())
@settings(max_examples=200, deadline=None)
def test_pairs_of_an_uncrowded_timeline_are_all_its_differing_pairs(rows: list[Row]) -> None:
    measures = timeline(rows)
    brute = all_pairs(measures)
    with patch("vraem_claims.conflicts.MAX_COMPARED", len(rows)):
        found = {(p.a, p.b): p.kind for p in pair_kinds(measures)}
    differing = {
        tuple(sorted(ids)): kind for ids, kind in brute.items() if kind is not Kind.CONSISTENT
    }
    assert {tuple(sorted(ids)): kind for ids, kind in found.items()} == differing


@given(measure_rows())
@example(  # a difference of scope that only the extremes among all scopes show
    [(0, 0, 3, None, 0), (0, 0, 3, None, 0), *[(0, 0, 0, None, 2)] * 3, (1, 0, 0, None, 1)]
)
@settings(max_examples=500, deadline=None)
def test_a_crowded_timeline_keeps_the_kind_all_pairs_give(
    rows: list[Row],
) -> None:
    measures = timeline(rows)
    brute = all_pairs(measures)
    with patch("vraem_claims.conflicts.MAX_COMPARED", 2):
        found = pair_kinds(measures)
    kinds = {(p.a, p.b): p.kind for p in found}
    for (a, b), kind in kinds.items():
        assert brute.get((a, b), brute.get((b, a))) is kind  # a true pair, truly classified
    most = max(brute.values(), key=lambda k: k.rank, default=Kind.CONSISTENT)
    assert max(kinds.values(), key=lambda k: k.rank, default=Kind.CONSISTENT) is most


def test_a_crowded_day_is_compared_with_its_extremes_not_all_pairs() -> None:
    # 3,000 police and army figures of one day: 4.5 million pairs, all of them differing.
    rows = [(10 * n, 0, 0, 5, 3 + (n % 2) * 3) for n in range(3_000)]
    pairs = pair_kinds(timeline(rows))
    assert len(pairs) <= 4 * len(rows)
    assert {p.kind for p in pairs} == {Kind.CONTRADICTION, Kind.SCOPE_DIFFERENCE}
