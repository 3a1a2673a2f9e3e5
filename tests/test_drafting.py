"""What `add` proposes: values read from the quote, dates, ids, and how quotes differ."""

from __future__ import annotations

from pathlib import Path

import pytest

from vraem_claims.anchoring import Match
from vraem_claims.corpus import load_catalog
from vraem_claims.drafting import (
    check_quote,
    describe_mismatch,
    parse_as_of,
    parse_value,
    propose_id,
    read_numbers,
)
from vraem_claims.errors import InputError
from vraem_claims.project import find_project
from vraem_claims.yamlrender import Plain

from conftest import build_project


@pytest.mark.parametrize(
    ("typed", "language", "value"),
    [
        ("263", "en", 263),
        ("1.6", "en", 1.6),
        ("7,500", "en", 7500),
        ("7.500", "es", 7500),
        ("7.500", "en", 7.5),
        ("sesenta y cuatro", "es", 64),
        ("$5 million", "en", 5_000_000),
        ("Comrade José", "en", "Comrade José"),
        ("-", "en", None),
        ("none", "en", None),
        ("", "en", None),
    ],
)
def test_parse_value(typed: str, language: str, value: object) -> None:
    parsed = parse_value(typed, language)
    assert parsed == value and type(parsed) is type(value)


@pytest.mark.parametrize(
    ("quote", "language", "given", "expected"),
    [
        (
            "destroyed 263 clandestine landing strips",
            "en",
            {},
            (263, "exact", None, None, "strips"),
        ),
        ("There are now around 7,500 troops", "en", {}, (7500, "about", None, None, "troops")),
        ("erradicaron 7.500 hectáreas de coca", "es", {}, (7500, "exact", None, None, "hectáreas")),
        (
            "Más de 74 mil millas cuadradas",
            "es",
            {},
            (74000, "more_than", None, None, "millas cuadradas"),
        ),
        ("el 1,6 % de la población", "es", {}, (1.6, "exact", None, None, "%")),
        ("carried between 200 and 400 kilos", "en", {}, (None, "range", 200, 400, "kilos")),
        ("a $5 million reward", "en", {}, (5_000_000, "exact", None, None, "USD")),
        ("sesenta y cuatro bases militares", "es", {}, (64, "exact", None, None, "bases")),
        # A share is proposed as a percentage, to two decimals.
        ("Dos tercios de las familias", "es", {}, (66.67, "exact", None, None, "%")),
        ("about half of the labs", "en", {}, (50, "about", None, None, "%")),
        # What was given is kept; only the rest is read.
        (
            "around 7,500 troops",
            "en",
            {"qualifier": "exact", "unit": "soldiers"},
            (7500, "exact", None, None, "soldiers"),
        ),
        # A given value picks the mention that states it.
        ("14 planes and 250 kilos", "en", {"value": 250}, (250, "exact", None, None, "kilos")),
        # A value the quote does not state: nothing is read (lint reports it).
        ("14 planes", "en", {"value": 15}, (15, None, None, None, None)),
        # Several numbers and no value: nothing is guessed.
        ("14 planes and 250 kilos", "en", {}, (None, None, None, None, None)),
        # Years and dates are not values.
        ("on October 14, 2020", "en", {}, (None, None, None, None, None)),
    ],
)
def test_read_numbers(
    quote: str, language: str, given: dict[str, object], expected: tuple[object, ...]
) -> None:
    numbers = read_numbers(
        quote,
        language,
        value=given.get("value"),  # type: ignore[arg-type]  # parametrized
        qualifier=given.get("qualifier"),  # type: ignore[arg-type]
        unit=given.get("unit"),  # type: ignore[arg-type]
    )
    assert (numbers.value, numbers.qualifier, numbers.low, numbers.high, numbers.unit) == expected


def test_several_numbers_are_named_in_a_note() -> None:
    numbers = read_numbers("14 planes and 250 kilos", "en", value=None, qualifier=None, unit=None)
    assert numbers.notes == [
        "the quote states several numbers (14, 250 kilos); pass --value to record one"
    ]


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("2014", Plain("2014")),
        ("2020-10", Plain("2020-10")),
        ("2020-10-14", Plain("2020-10-14")),
        ("2006..2011", {"start": Plain("2006"), "end": Plain("2011")}),
    ],
)
def test_parse_as_of(typed: str, written: object) -> None:
    assert parse_as_of(typed) == written


@pytest.mark.parametrize("typed", ["2020-13", "soon", "2006..2011..2012"])
def test_bad_dates_are_refused(typed: str) -> None:
    with pytest.raises(InputError, match="--as-of"):
        parse_as_of(typed)


def test_propose_id_is_readable_and_unused() -> None:
    statement = "Antinarcotics Police destroyed 263 clandestine landing strips in the VRAEM."
    assert propose_id(statement, 2014, set()) == "antinarcotics-police-destroyed-clandestine-2014"
    taken = {"antinarcotics-police-destroyed-clandestine-2014"}
    assert propose_id(statement, 2014, taken) == "antinarcotics-police-destroyed-clandestine-2014-2"
    assert propose_id("¿Cuántas bajas?", None, set()) == "bajas"
    assert propose_id("263", None, set()) == "claim"


def test_quote_checks_and_their_messages(tmp_path: Path) -> None:
    catalog = load_catalog(find_project(build_project(tmp_path / "p")))
    text = catalog.get_text("report-en")
    assert text is not None
    exact = check_quote(text, "destroyed or disabled 263", max_gap=500)
    assert exact.match is Match.EXACT and exact.exact == "destroyed or disabled 263"
    folded = check_quote(text, "DESTROYED or disabled 263", max_gap=500)
    assert folded.match is Match.NORMALISED
    assert describe_mismatch(folded, "report-en") == (
        "the quote matches source `report-en` at seeds/report-en.txt:3:27 only after "
        'normalising letter case; the source has "destroyed or disabled 263"'
    )
    typo = check_quote(text, "destroyed or disabled 236 clandestine landing strips", max_gap=500)
    assert typo.match is Match.NOT_FOUND
    assert describe_mismatch(typo, "report-en").startswith(
        'the quote is not in source `report-en` (quote has "236" where the source has "263"); '
        "closest passage at seeds/report-en.txt:3:27"
    )
