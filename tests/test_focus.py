"""The clause of a statement of several figures that describes the claimed one."""

from __future__ import annotations

from pathlib import Path

import pytest

from vraem_claims.analysis import analyse
from vraem_claims.focus import figure_focus

from conftest import claim, corpus_of, groups_of

BASES = (
    "Some 6,300 military personnel were deployed in the VRAEM at the end of 2025, "
    "in 44 bases, the same number as in early 2024."
)
GRAVES = (
    "Of the 61 bodies exhumed from 23 graves in 2009, 47 have now been identified "
    "and returned to their families."
)


@pytest.mark.parametrize(
    ("statement", "value", "language", "clause"),
    [
        (BASES, 44, "en", " in 44 bases"),
        (
            BASES,
            6300,
            "en",
            "Some 6,300 military personnel were deployed in the VRAEM at the end of 2025",
        ),
        (GRAVES, 47, "en", " 47 have now been identified "),
        (GRAVES, 61, "en", "Of the 61 bodies exhumed from "),
        (
            "Hay 44 bases y más de 6 mil efectivos en el VRAEM.",
            6000,
            "es",
            " más de 6 mil efectivos en el VRAEM",
        ),
        (
            # A heading before a colon describes the figure after it (blind15).
            "Pistas destruidas en 2023: 41 según la Policía, 46 según el Ejército.",
            41,
            "es",
            "Pistas destruidas en 2023: 41 según la Policía",
        ),
        (
            "Chaska detainees freed within 48 hrs for lack of link to dredges: 8 [A2]",
            8,
            "en",
            "Chaska detainees freed within 48 hrs for lack of link to dredges: 8 ",
        ),
    ],
)
def test_the_clause_around_the_figure(
    statement: str, value: float, language: str, clause: str
) -> None:
    found = figure_focus(statement, value, (language,))
    assert found is not None
    assert found[0] == clause
    assert clause in found[1]  # the text between the neighbouring figures holds the clause


@pytest.mark.parametrize(
    "statement",
    [
        "Police destroyed 263 clandestine landing strips in 2014.",  # a year is not a figure
        "The VRAEM had 25,400 hectares of coca.",
        "Troops in the valley: about 3,900.",
    ],
)
def test_a_statement_of_one_figure_has_no_focus(statement: str) -> None:
    assert figure_focus(statement, 263, ("en",)) is None


def test_a_figure_the_statement_does_not_state_has_no_focus() -> None:
    assert figure_focus(GRAVES, 12, ("en",)) is None


def test_a_copied_passage_groups_with_the_figure_it_describes(tmp_path: Path) -> None:
    """Found on blind5: an analyst copied whole passages, so the claim of 47 bodies
    identified read as much about the 61 exhumed and the 23 graves."""
    identified = claim(
        "identified-2011",
        "By May 2011, 38 of the bodies had been identified.",
        quantity="bodies identified",
        value=38,
        unit="bodies",
        as_of="2011-05",
        place="Ayrabamba",
    )
    exhumed = claim(
        "exhumed-2009",
        "Forensic teams exhumed 61 bodies at Ayrabamba in 2009.",
        quantity="bodies exhumed",
        value=61,
        unit="bodies",
        as_of=2009,
        place="Ayrabamba",
    )
    copied = claim("copied", GRAVES, value=47, unit="bodies", as_of=2013, place="Ayrabamba")
    groups = groups_of(tmp_path, [identified, exhumed, copied])
    assert any({"identified-2011", "copied"} <= group for group in groups)
    assert not any({"exhumed-2009", "copied"} <= group for group in groups)


def test_a_clause_that_names_nothing_leaves_the_whole_statement(tmp_path: Path) -> None:
    """Found on blind6: "el balón de gas de 10 kilos a 90 soles" has two figures, and the
    clause around 90 ("a 90 soles") names nothing; it counts nothing either, so what costs
    90 soles is told by the whole statement, not by the unit alone."""
    price = claim(
        "price",
        "Se vendía, el 15 de marzo de 2024, el balón de gas de 10 kilos a 90 soles.",
        value=90,
        unit="soles por balón",
        as_of="2024-03-15",
    )
    (measure,) = analyse(corpus_of(tmp_path / "p", [price])).measures
    assert {"sell", "gas_cylinder"} <= measure.what
