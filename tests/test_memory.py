"""A million claims are held in memory at once: what makes a loaded claim small."""

from __future__ import annotations

from pathlib import Path

from vraem_claims.claims import _packed
from vraem_claims.quantities import measures_of
from vraem_claims.textkeys import TextKeys

from conftest import claim, corpus_of

TWO_SEIZURES = [
    claim(
        claim_id,
        f"Police seized {kg} kg of cocaine in Pichari.",
        value=kg,
        unit="kg",
        quantity="cocaine seized",
        place="Pichari district, Cusco",
        as_of="2014-12-09",
        attributed_to="Police",
    )
    for claim_id, kg in (("a", 356), ("b", 250))
]


def test_a_loaded_claim_holds_its_fields_in_slots(tmp_path: Path) -> None:
    corpus = corpus_of(tmp_path, TWO_SEIZURES)
    for loaded in corpus.claims:
        assert not hasattr(loaded.claim, "__dict__")
        assert not any(hasattr(c, "__dict__") for c in loaded.claim.citations)
        assert loaded.numbers.itemsize == 4  # positions as 32-bit integers
        assert len(loaded.numbers) == 2 * len(loaded.fields) + 6 * len(loaded.claim.citations)


def test_claims_share_equal_dates_and_empty_tags(tmp_path: Path) -> None:
    a, b = (loaded.claim for loaded in corpus_of(tmp_path, TWO_SEIZURES).claims)
    assert a.as_of == b.as_of and a.as_of is b.as_of
    assert a.tags == () and a.tags is b.tags


def test_measures_share_equal_labels_places_and_actors(tmp_path: Path) -> None:
    corpus = corpus_of(tmp_path, TWO_SEIZURES)
    first, second = measures_of(corpus.claims, corpus.catalog, TextKeys(), tolerance=0.1)
    assert first.place is not None and first.place is second.place
    assert first.what is second.what
    assert first.statement is second.statement  # the numbers differ, not the words
    assert first.actor == "police" and first.actor is second.actor
    assert first.span is second.span


def test_positions_past_32_bits_are_kept_whole() -> None:
    assert _packed([1, -1, 2**31 - 1]).typecode == "i"
    assert list(_packed([1, 2**40])) == [1, 2**40]
