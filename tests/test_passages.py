"""Sentences, windows around a match, and the folded copy that search reads."""

from __future__ import annotations

import pytest

from vraem_claims.anchoring import AnchorIndex
from vraem_claims.passages import Folded, fold_query, passage_window, sentence_spans, to_words


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("One. Two! Three?", ["One.", "Two!", "Three?"]),
        ("On December 17.The base held.", ["On December 17.", "The base held."]),
        ("Gen. Chávez spoke. Then Dr. Ruiz.", ["Gen. Chávez spoke.", "Then Dr. Ruiz."]),
        ("“Quoted.” Next one.", ["“Quoted.”", "Next one."]),
        ("Title\n\nBody line one. Body two.", ["Title", "Body line one.", "Body two."]),
        ("Title\r\nBody.", ["Title", "Body."]),
        ("in 2014. and lower case", ["in 2014. and lower case"]),
        ("¿Cuántas? ¡Muchas!", ["¿Cuántas?", "¡Muchas!"]),
        ("Wait… Then.", ["Wait…", "Then."]),
        ("", []),
    ],
)
def test_sentence_spans(text: str, sentences: list[str]) -> None:
    assert [text[a:b] for a, b in sentence_spans(text)] == sentences


def test_short_sentences_are_whole_and_long_ones_cut_at_words() -> None:
    text = "short sentence here"
    assert passage_window(text, (0, len(text)), (6, 14)) == (0, len(text))
    long = "alpha " * 100 + "needle" + " omega" * 100
    start = long.index("needle")
    first, last = passage_window(long, (0, len(long)), (start, start + 6))
    assert 0 < first < start and start + 6 < last < len(long)
    assert long[first - 1] == " " and long[last] == " "
    at_start = "needle" + " omega" * 100
    assert passage_window(at_start, (0, len(at_start)), (0, 6))[0] == 0


def test_the_folded_copy_maps_back_to_the_original() -> None:
    text = "El  Ejército “dijo”: APURÍMAC"
    folded = Folded(AnchorIndex(text))
    assert folded.text == 'el ejercito "dijo": apurimac'
    start = folded.text.index("apurimac")
    assert text[slice(*folded.original(start, start + 8))] == "APURÍMAC"
    assert folded.at(text.index("Ejército")) == folded.text.index("ejercito")
    assert fold_query("  Apurímac’s  ") == "apurimac's"


def test_to_words_widens_to_whole_words_and_trims_spaces() -> None:
    text = "found two clandestine strips"
    assert text[slice(*to_words(text, (9, 16)))] == "clandestine"
