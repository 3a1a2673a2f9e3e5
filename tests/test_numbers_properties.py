"""Property tests for the number reader and the unit normaliser (hypothesis)."""

from __future__ import annotations

from decimal import Decimal
from typing import get_args

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from text_to_num import text2num

from vraem_claims.numbers import Kind, find_numbers, format_number, parse_number
from vraem_claims.units import normalize_unit

LANGUAGES = st.sampled_from(["en", "es", "es-PE", "pt", "fr", "de-CH", "qu", "xx", "", "EN_us"])
# Pieces that exercise every reader; glued together with arbitrary text in between.
FRAGMENTS = [
    "7,500", "7.500", "1,6", "12,34", "1.000.000", "2014", "1980s", "2nd", "1ro", "2°", "[14]",
    "%", " %", " percent", " por ciento", "$", "US$", "S/.", "€", " million", " mil",
    " millones", " billion", "more than ", "más de ", "around ", "unos ", "nearly ", "casi ",
    "between ", " and ", "entre ", " y ", "from ", " to ", " de ", " a ", "-", "\u2013", "/",
    "Ninety-three", "sixty-four", "sesenta y cuatro", "veintiún", "a hundred", "one", "una",
    "October 9, 2020", "9 de diciembre de 2014", "14/10/2020", " kg", " kilos", " km²",
    " hectáreas", " square miles", " soldiers", " soldados", "\n1. ", "COVID-19", "3D",
    "1411-2016-DE", "10:30", " ", "\u00a0", "\u202f", ".", ",", "0", "9", "1,000,00",
]  # fmt: skip
TEXTS = st.one_of(
    st.text(),
    st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=3))).map("".join),
)
KINDS = set(get_args(Kind))


@settings(max_examples=400)
@given(text=TEXTS, language=st.one_of(LANGUAGES, st.text(max_size=8)))
def test_find_numbers_spans_are_consistent(text: str, language: str) -> None:
    mentions = find_numbers(text, language)
    previous_end = 0
    for mention in mentions:
        assert text[mention.start : mention.end] == mention.text
        assert previous_end <= mention.start < mention.end <= len(text)
        previous_end = mention.end
        assert mention.kind in KINDS
        if mention.hedge_start is not None:
            assert mention.hedge_start < mention.start
        if mention.high is not None:
            assert mention.qualifier == "range" and mention.value <= mention.high


TRICKY = [
    "between $5 million and $10 million soles", "from 10 to 20 soldiers", "de 10 a 20 soldados",
    "entre 7.500 y 8.000 efectivos", "más del 50 % de", "a little more than 3,000 square miles",
    "October 9, 2020, two", "9 de diciembre de 2014", "14/10/2020", "the 1980s and 2006-07",
    "two thousand five hundred and fifty", "sesenta y cuatro mil millones", "un millón de",
    "No 1411-2016-DE/CCFFAA", "S/. 1,200 soles", "US$ 2.5 mn", "10%-20%", "60-day state",
    "the 2nd Infantry", "1ro de mayo", "[14] 1. 2.", "12,34 and 1,000,00", "casi el 80 %",
]  # fmt: skip


@pytest.mark.parametrize("phrase", TRICKY)
def test_every_prefix_and_suffix_is_read_safely(phrase: str) -> None:
    for cut in range(len(phrase) + 1):
        for text in (phrase[:cut], phrase[cut:]):
            for language in ("en", "es"):
                for mention in find_numbers(text, language):
                    assert text[mention.start : mention.end] == mention.text


INTEGERS = st.integers(min_value=-(10**15), max_value=10**15).map(float)
DECIMALS = st.decimals(
    min_value=-(10**12), max_value=10**12, places=2, allow_nan=False, allow_infinity=False
).map(lambda d: float(Decimal(d)))


@settings(max_examples=300)
@given(value=st.one_of(INTEGERS, DECIMALS), language=st.sampled_from(["en", "es", "es-PE"]))
def test_format_then_parse_round_trips(value: float, language: str) -> None:
    written = format_number(value, language)
    assert parse_number(written, language) == value, written


@given(value=st.one_of(INTEGERS, DECIMALS), language=st.sampled_from(["pt", "fr", "de-CH"]))
def test_format_then_parse_round_trips_in_other_languages(value: float, language: str) -> None:
    written = format_number(value, language)
    assert parse_number(written, language) == value, written


@settings(max_examples=300)
@given(text=st.one_of(st.none(), st.text(), st.sampled_from(FRAGMENTS)))
def test_normalize_unit_never_raises(text: str | None) -> None:
    unit = normalize_unit(text)
    assert unit is None or unit.factor > 0


# --- spelled-out numbers, checked against text2num ---------------------------------------

EN_SMALL = (
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen",
)  # fmt: skip
EN_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
ES_SMALL = (
    "cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez",
    "once", "doce", "trece", "catorce", "quince", "dieciséis", "diecisiete", "dieciocho",
    "diecinueve", "veinte", "veintiuno", "veintidós", "veintitrés", "veinticuatro",
    "veinticinco", "veintiséis", "veintisiete", "veintiocho", "veintinueve",
)  # fmt: skip
ES_TENS = (
    "", "", "", "treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta", "noventa",
)  # fmt: skip
ES_HUNDREDS = (
    "", "ciento", "doscientos", "trescientos", "cuatrocientos", "quinientos", "seiscientos",
    "setecientos", "ochocientos", "novecientos",
)  # fmt: skip


def english(n: int, british_and: bool) -> str:
    """`n` (0 <= n < 10**12) in English words."""
    if n < 20:
        return EN_SMALL[n]
    if n < 100:
        return EN_TENS[n // 10] + ("-" + EN_SMALL[n % 10] if n % 10 else "")
    if n < 1000:
        rest = n % 100
        joint = " and " if british_and else " "
        return EN_SMALL[n // 100] + " hundred" + (joint + english(rest, False) if rest else "")
    for scale, name in ((10**9, "billion"), (10**6, "million"), (1000, "thousand")):
        if n >= scale:
            head, rest = divmod(n, scale)
            tail = " " + english(rest, british_and) if rest else ""
            return english(head, british_and) + " " + name + tail
    raise AssertionError(n)


def spanish(n: int, before_noun: bool = False) -> str:
    """`n` (0 <= n < 10**12) in Spanish words; "un"/"veintiún" before "mil"/"millones"."""
    if n < 30:
        word = ES_SMALL[n]
        if before_noun and n in (1, 21):
            return "un" if n == 1 else "veintiún"
        return word
    if n < 100:
        unit = n % 10
        tail = " y " + spanish(unit, before_noun) if unit else ""
        return ES_TENS[n // 10] + tail
    if n < 1000:
        if n == 100:
            return "cien"
        rest = n % 100
        return ES_HUNDREDS[n // 100] + (" " + spanish(rest, before_noun) if rest else "")
    if n < 10**6:
        head, rest = divmod(n, 1000)
        lead = "mil" if head == 1 else spanish(head, before_noun=True) + " mil"
        return lead + (" " + spanish(rest, before_noun) if rest else "")
    head, rest = divmod(n, 10**6)
    lead = "un millón" if head == 1 else spanish(head, before_noun=True) + " millones"
    return lead + (" " + spanish(rest, before_noun) if rest else "")


NUMBERS = st.one_of(
    st.integers(min_value=0, max_value=999), st.integers(min_value=0, max_value=10**12 - 1)
)


@settings(max_examples=300)
@given(n=NUMBERS, british_and=st.booleans())
def test_english_words_agree_with_text2num(n: int, british_and: bool) -> None:
    words = english(n, british_and)
    assert parse_number(words, "en") == n, words
    assert text2num(words, "en") == n


@settings(max_examples=300)
@given(n=NUMBERS)
def test_spanish_words_agree_with_text2num(n: int) -> None:
    words = spanish(n)
    assert parse_number(words, "es") == n, words
    try:
        oracle = text2num(words, "es")
    except ValueError:  # text2num rejects "veintiún mil", which is correct Spanish
        assert "veintiún" in words
        return
    assert oracle == n


@pytest.mark.parametrize("words", ["veintiún mil", "treinta y un mil", "un millón"])
def test_spanish_forms_text2num_rejects_or_accepts(words: str) -> None:
    assert parse_number(words, "es") is not None
