"""`fold`, the form every comparison of text uses."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from vraem_claims.aliases import fold


@given(st.text(alphabet=st.characters(max_codepoint=0x2FF), max_size=40))
def test_fold_strips_accents_as_unicode_decomposition_does(text: str) -> None:
    """The fast path of `fold` replaces only the Latin letters a text has; it must give
    what decomposing the whole text would."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    reference = "".join(char for char in decomposed if not unicodedata.combining(char))
    assert fold(text) == " ".join(reference.lower().split())


def test_fold_examples() -> None:
    assert fold("  Policía  Nacional del PERÚ ") == "policia nacional del peru"
    assert fold("Ñuqa Kani, Asháninka") == "nuqa kani, ashaninka"
