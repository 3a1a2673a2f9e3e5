"""The comparison form of text: concepts across English and Spanish, aliases, names."""

from __future__ import annotations

import pytest

from vraem_claims.aliases import Aliases
from vraem_claims.textkeys import TextKeys

KEYS = TextKeys()


@pytest.mark.parametrize(
    ("english", "spanish"),
    [
        ("clandestine airstrips destroyed", "pistas clandestinas destruidas"),
        ("cocaine seized", "cocaína incautada"),
        ("soldiers wounded", "efectivos heridos"),
        ("coca eradicated", "coca erradicada"),
        ("military bases", "bases militares"),
    ],
)
def test_english_and_spanish_meet(english: str, spanish: str) -> None:
    assert set(KEYS.concepts(english)) == set(KEYS.concepts(spanish))


def test_numbers_dates_and_stop_words_are_dropped() -> None:
    assert KEYS.concepts("In 2014 the police destroyed 263 of the strips on 9 December") == (
        "police",
        "destroy",
        "landing_strip",
    )


def test_synonyms_meet() -> None:
    assert set(KEYS.concepts("runways neutralised")) == set(KEYS.concepts("airstrips disabled"))


def test_aliases_apply_before_comparison() -> None:
    aliases = Aliases({"cuzco": "cusco"})
    assert TextKeys(aliases).concepts("Cuzco") == TextKeys(aliases).concepts("Cusco")


def test_security_forces_are_troops_and_police() -> None:
    assert set(KEYS.concepts("security forces")) == {"troop", "police"}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("reward for Comrade José", ("jose",)),
        ("The Shining Path column led by Víctor Quispe Palomino", ("victor", "quisp", "palomino")),
        ("Peruvian reward for Raúl", ("raul",)),
        ("Sendero Luminoso members", ()),
    ],
)
def test_names_are_capitalised_words_that_are_not_concepts(
    text: str, names: tuple[str, ...]
) -> None:
    assert KEYS.names(text) == names
