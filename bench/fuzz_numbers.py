"""One-off fuzz campaign for the number reader and unit normaliser (not a test).

Runs hypothesis with a large example budget over the same properties as
tests/test_numbers_properties.py and prints how many inputs were tried and how
many failed. Usage: python bench/fuzz_numbers.py [examples]  (default 200000).
"""

from __future__ import annotations

import sys
import time
import traceback
from collections.abc import Callable
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vraem_claims.numbers import find_numbers, format_number, parse_number
from vraem_claims.units import normalize_unit

FRAGMENTS = [
    "7,500", "7.500", "1,6", "12,34", "1.000.000", "2014", "1980s", "2nd", "1ro", "2°", "[14]",
    "%", " %", " percent", " por ciento", "$", "US$", "S/.", "€", " million", " mil",
    " millones", " billion", "more than ", "más de ", "around ", "unos ", "nearly ", "casi ",
    "between ", " and ", "entre ", " y ", "from ", " to ", " de ", " a ", "-", "\u2013", "/",
    "Ninety-three", "sixty-four", "sesenta y cuatro", "veintiún", "a hundred", "one", "una",
    "October 9, 2020", "9 de diciembre de 2014", "14/10/2020", " kg", " kilos", " km²",
    " hectáreas", " square miles", " soldiers", " soldados", "\n1. ", "COVID-19", "3D",
    "1411-2016-DE", "10:30", " ", "\u00a0", "\u202f", ".", ",", "0", "9", "1,000,00", "º", "ª",
    "thousand", "hundred and", "mil millones", "billón", "ciento", "y", "May", "Dec.", "'s",
]  # fmt: skip
TEXTS = st.one_of(
    st.text(),
    st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=3)), max_size=30).map("".join),
)
LANGUAGES = st.one_of(
    st.sampled_from(["en", "es", "es-PE", "pt", "fr", "de-CH", "qu", "xx", "", "EN_us"]),
    st.text(max_size=8),
)
NUMBERS = st.one_of(
    st.integers(min_value=-(10**15), max_value=10**15).map(float),
    st.decimals(min_value=-(10**12), max_value=10**12, places=2, allow_nan=False).map(
        lambda d: float(Decimal(d))
    ),
)

tried = 0
failures: list[str] = []


def record(check: Callable[[], None]) -> None:
    global tried
    tried += 1
    try:
        check()
    except Exception:
        failures.append(traceback.format_exc(limit=3))
        raise


def check_text(text: str, language: str) -> None:
    previous_end = 0
    for mention in find_numbers(text, language):
        assert text[mention.start : mention.end] == mention.text
        assert previous_end <= mention.start < mention.end
        previous_end = mention.end
    parse_number(text, language)
    normalize_unit(text)


def check_round_trip(value: float, language: str) -> None:
    written = format_number(value, language)
    assert parse_number(written, language) == value, (value, written)


def main() -> None:
    examples = int(sys.argv[1]) if len(sys.argv) > 1 else 200_000
    config = settings(
        max_examples=examples,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )

    @config
    @given(text=TEXTS, language=LANGUAGES)
    def fuzz_text(text: str, language: str) -> None:
        record(lambda: check_text(text, language))

    @settings(config, max_examples=max(1, examples // 4))
    @given(value=NUMBERS, language=st.sampled_from(["en", "es", "es-PE"]))
    def fuzz_round_trip(value: float, language: str) -> None:
        record(lambda: check_round_trip(value, language))

    started = time.perf_counter()
    for campaign in (fuzz_text, fuzz_round_trip):
        try:
            campaign()
        except Exception:  # hypothesis re-raises the shrunk failure; we report and go on
            print(traceback.format_exc(limit=4))
    elapsed = time.perf_counter() - started
    print(f"inputs tried: {tried}  failing inputs: {len(failures)}  time: {elapsed:.0f} s")


if __name__ == "__main__":
    main()
