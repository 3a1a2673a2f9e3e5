"""Phrases that say when a statement holds are not what it measures."""

from __future__ import annotations

from pathlib import Path

import pytest

from vraem_claims.aliases import fold
from vraem_claims.quantities import statement_concepts
from vraem_claims.textkeys import TextKeys
from vraem_claims.timephrases import strip_time_phrases

from conftest import claim, groups_of

KEYS = TextKeys()


@pytest.mark.parametrize(
    ("text", "left"),
    [
        ("a fines de 2008, 38 bases", "2008, 38 bases"),
        ("a mediados del año se instalaron", "se instalaron"),
        ("in early 2016 the army", "in 2016 the army"),
        ("late march, police", "march, police"),
        ("a la fecha de la conferencia, 47 bases", ", 47 bases"),
        ("un año antes del hilo, el paro duró 12 días", ", el paro duró 12 días"),
        ("el año anterior al boletín se notificaron", "se notificaron"),
        ("a la fecha del informe humanitario, 28 distritos", ", 28 distritos"),
        ("two years before the archived thread, 61 strips", ", 61 strips"),
        ("as of the report, 5 bases", ", 5 bases"),
        ("en lo que iba del año, 291 casos", ", 291 casos"),
        ("en lo que va de 2023 murieron 9", "2023 murieron 9"),
        ("hace dos años, 40 bases", ", 40 bases"),
        ("three years ago, 40 bases", ", 40 bases"),
        ("el año pasado, 40 bases", ", 40 bases"),
        ("so far this year, 40 bases", ", 40 bases"),
        # blind16: the guards on duty are dated by the escape, which they do not count.
        ("9 guards were on duty the night of the breakout", "9 guards were on duty"),
        ("9 guardias estaban de turno la noche de la fuga", "9 guardias estaban de turno"),
        # blind20: police dates, the month glued to the year.
        ("el 14JUN2017 la PNP incautó", "el la PNP incautó"),
        ("a DIC2024 sumaban 301 egresados", "a sumaban 301 egresados"),
        ("entre el 03SET2019 y el 11SET2019", "entre el y el"),
        ("on 14JAN2017 and DEC2024", "on and"),
    ],
)
def test_phrases_that_say_when_are_dropped(text: str, left: str) -> None:
    assert strip_time_phrases(fold(text)) == fold(left)


@pytest.mark.parametrize(
    "text",
    [
        "antes del paro, el balon costaba 48 soles",  # the strike may be what is counted
        "al cuarto dia del paro, 47 puntos de bloqueo",  # a day of the strike is in it
        "la noche del 18/03/2018 estaban de servicio",  # a date: its numbers are no concepts
        "the end of forced eradication",  # no date follows
        "early warning posts",
        "the report counted 5 bases",  # a document that dates nothing
        "fines impuestas a 3 empresas",  # a monetary fine, not "a fines de"
        "la cuenca del Ene 2019",  # the river, not January
        "Mi-17 2014",
    ],
)
def test_other_words_stay(text: str) -> None:
    assert strip_time_phrases(fold(text)) == fold(text)


def test_a_statement_dated_by_its_source_says_nothing_of_the_source() -> None:
    """Found on blind6: an analyst who dates every statement by its source ("a la fecha
    del boletín") brought in words that no other analyst's statement shares."""
    dated = statement_concepts("A la fecha del boletín, se notificaron 1.390 casos.", KEYS)
    assert dated == statement_concepts("Se notificaron 1.390 casos.", KEYS)
    assert "fine" not in statement_concepts("Fueron instaladas, a fines de 2008, 38 bases.", KEYS)


def test_claims_dated_by_their_sources_group_with_dated_ones(tmp_path: Path) -> None:
    a = claim(
        "a",
        "Un año antes de la conferencia de prensa, a la fecha del boletín, se notificaron "
        "1.390 casos de uta.",
        value=1390,
        unit="casos",
        as_of=2018,
        place="VRAEM",
    )
    b = claim(
        "b",
        "In 2011, 1,146 uta cases were notified.",
        value=1146,
        unit="cases",
        as_of=2011,
        place="VRAEM",
    )
    assert any({"a", "b"} <= group for group in groups_of(tmp_path, [a, b]))
