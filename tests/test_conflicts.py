"""Classifying the claims of one quantity, and counting independent corroboration."""

from __future__ import annotations

from pathlib import Path

import pytest

from vraem_claims.analysis import analyse
from vraem_claims.conflicts import Kind

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
