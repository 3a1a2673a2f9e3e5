"""Digits with grouping and decimal separators, read and written per language.

English: "," groups and "." is the decimal point ("7,500", "1.6"); "7.500" is 7.5.
Where no English reading exists the other convention is used without ambiguity:
"1.000.000" is a million and "12,34" (a comma followed by other than three
digits cannot be grouping) is the decimal comma 12.34, as in translated figures.

Spanish: "." groups and "," is the decimal comma ("7.500", "1,6"), but Peruvian
texts often use English style (CLDR even lists es-PE that way), so both are read:
a single separator followed by exactly three digits is grouping first and a
decimal second ("7,500" and "7.500" are 7500, alternative 7.5); "1,6" and "55.3"
are decimals. Blanks group too: no-break, narrow no-break and thin spaces in every
language, the plain space only outside English ("7 500").

Other languages take their separators from CLDR through babel (imported lazily,
only for them, cached per language): comma-decimal languages are read like
Spanish, the others like English. Unknown languages fall back to English.

A chain that no other reading fits may be Indian grouping ("1,20,000" is 120,000: three
digits, then pairs). A chain of digits and separators with no valid reading ("1,000,00",
"1.2.3") is not a number: nothing is read rather than something wrong. Integer parts longer
than 30 digits are identifiers, not quantities.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache
from typing import NamedTuple

from vraem_claims.number_text import LazyPattern

_BLANKS = " \u00a0\u202f\u2009"
_NON_DIGIT = re.compile(r"\D")  # tiny: compiled at import
_MAX_INTEGER_DIGITS = 30


class Convention(NamedTuple):
    """How one language writes digits."""

    group: str  # group separator used when writing
    decimal: str  # decimal separator used when writing (and preferred when reading)
    mixed: bool  # both conventions in use: keep the other reading as an alternative
    chain: LazyPattern  # digits joined by any separator this language may use


class DigitReading(NamedTuple):
    """Digits read at a position. `value` is None when the chain is malformed."""

    end: int
    value: float | None
    alternatives: tuple[float, ...]
    plain: bool  # digits only, no separator (a year candidate)


def _convention(group: str, decimal: str, mixed: bool, extra: str) -> Convention:
    separators = ".," + extra
    chain = LazyPattern(r"\d+(?:[" + re.escape(separators) + r"]\d+)*")
    return Convention(group, decimal, mixed, chain)


_ENGLISH = _convention(",", ".", mixed=False, extra=_BLANKS.replace(" ", ""))
_SPANISH = _convention(".", ",", mixed=True, extra=_BLANKS)


@lru_cache(maxsize=64)
def convention(language: str) -> Convention:
    """The digit convention for a BCP-47-ish language code ("en", "es-PE", "pt_BR")."""
    tag = language.strip().replace("_", "-")
    primary = tag.split("-")[0].lower()
    if primary == "es":
        return _SPANISH
    if primary == "en" or not re.fullmatch(r"[a-z]{2,3}", primary):
        return _ENGLISH
    symbols = _cldr_symbols(tag) or _cldr_symbols(primary)
    if symbols is None:
        return _ENGLISH
    group, decimal = symbols
    extra = _BLANKS.replace(" ", "") + ("" if group in ".," else group)
    if decimal == ",":
        return _convention(group, ",", mixed=True, extra=extra + " ")
    if decimal == "." and group != ".":
        return _convention(group, ".", mixed=False, extra=extra)
    return _ENGLISH


def _cldr_symbols(tag: str) -> tuple[str, str] | None:
    """CLDR (group, decimal) symbols for `tag`, or None when babel does not know it."""
    from babel import Locale, UnknownLocaleError  # lazy: ~30 ms, needed only here
    from babel.numbers import get_decimal_symbol, get_group_symbol

    try:
        locale = Locale.parse(tag, sep="-")
    except (UnknownLocaleError, ValueError, TypeError):
        return None
    return get_group_symbol(locale), get_decimal_symbol(locale)


def read_digits(text: str, pos: int, conv: Convention) -> DigitReading | None:
    """The digit chain starting at `pos` read by `conv` (None when no digit is there)."""
    match = conv.chain.match(text, pos)
    if match is None:
        return None
    raw = match.group()
    if raw.isdigit():
        if len(raw) > _MAX_INTEGER_DIGITS:
            return DigitReading(match.end(), None, (), plain=True)
        return DigitReading(match.end(), float(raw), (), plain=True)
    groups = _NON_DIGIT.split(raw)
    if len(groups) == 2:
        return _one_separator(pos, groups[0], raw[len(groups[0])], groups[1], conv)
    seps = _NON_DIGIT.findall(raw)
    readings = [r for r in (_grouped(groups, seps), _ungrouped(groups, seps)) if r is not None]
    if not readings:  # Indian grouping only where no other reading exists
        readings = [r for r in (_indian(groups, seps),) if r is not None]
    if not readings:
        return DigitReading(match.end(), None, (), plain=False)
    used = max(reading[1] for reading in readings)
    best = [reading for reading in readings if reading[1] == used]
    end = pos + sum(len(group) + 1 for group in groups[:used]) - 1
    if len(best) == 1:
        return DigitReading(end, best[0][0], (), plain=used == 1)
    grouped, decimal = best[0][0], best[1][0]
    if conv.mixed:
        return DigitReading(end, grouped, (decimal,), plain=False)
    first = decimal if seps[0] == "." else grouped
    return DigitReading(end, first, (), plain=False)


def _one_separator(pos: int, head: str, sep: str, tail: str, conv: Convention) -> DigitReading:
    """The common case, read directly: "7,500", "1.6", "7 500" (same rules as below)."""
    end = pos + len(head) + 1 + len(tail)
    grouping = 1 <= len(head) <= 3 and head[0] != "0" and len(tail) == 3
    if sep in _BLANKS:
        if grouping:
            return DigitReading(end, float(head + tail), (), plain=False)
        value = float(head) if len(head) <= _MAX_INTEGER_DIGITS else None
        return DigitReading(pos + len(head), value, (), plain=True)
    if len(head) > _MAX_INTEGER_DIGITS:
        return DigitReading(end, None, (), plain=False)
    decimal = float(head + "." + tail)
    if not grouping:
        return DigitReading(end, decimal, (), plain=False)
    grouped = float(head + tail)
    if conv.mixed:
        return DigitReading(end, grouped, (decimal,), plain=False)
    return DigitReading(end, decimal if sep == "." else grouped, (), plain=False)


def _grouped(groups: list[str], seps: list[str]) -> tuple[float, int] | None:
    """Reading with seps[0] as the group separator: (value, groups used), or None."""
    group = seps[0]
    if not 1 <= len(groups[0]) <= 3 or groups[0][0] == "0":
        return None
    used = 1
    while used < len(groups) and seps[used - 1] == group and len(groups[used]) == 3:
        used += 1
    if used == 1:
        return None
    fraction = ""
    if used < len(groups) and seps[used - 1] in ".," and seps[used - 1] != group:
        fraction, used = groups[used], used + 1
    return _finish("".join(groups[: used - (1 if fraction else 0)]), fraction, seps, used)


def _indian(groups: list[str], seps: list[str]) -> tuple[float, int] | None:
    """Indian grouping, read where no other reading exists: the last three digits, then
    pairs ("1,20,000" is 120,000; "12,34,56,789"), and an optional decimal point."""
    used = len(groups)
    fraction = ""
    if used > 3 and seps[-1] == ".":
        fraction, used = groups[-1], used - 1
    if used < 3 or any(sep != "," for sep in seps[: used - 1]):
        return None
    head, pairs, last = groups[0], groups[1 : used - 1], groups[used - 1]
    if not 1 <= len(head) <= 2 or head[0] == "0" or len(last) != 3:
        return None
    if any(len(pair) != 2 for pair in pairs):
        return None
    return _finish("".join(groups[:used]), fraction, seps, len(groups))


def _ungrouped(groups: list[str], seps: list[str]) -> tuple[float, int] | None:
    """Reading with no grouping: digits and an optional decimal part."""
    if seps[0] in ".,":
        return _finish(groups[0], groups[1], seps, 2)
    return _finish(groups[0], "", seps, 1)


def _finish(integer: str, fraction: str, seps: list[str], used: int) -> tuple[float, int] | None:
    """The value, if the reading ends the chain or stops at a blank."""
    if used <= len(seps) and seps[used - 1] not in _BLANKS:
        return None
    if len(integer) > _MAX_INTEGER_DIGITS:
        return None
    return float(integer + "." + fraction if fraction else integer), used


def format_number(value: float, language: str = "en") -> str:
    """Digits with the language's grouping: 7500 -> "7,500" (en) / "7.500" (es)."""
    from decimal import Decimal  # lazy: ~1 ms to import, needed only to write numbers

    if not math.isfinite(value):
        return str(value)
    conv = convention(language)
    digits = format(Decimal(repr(float(value))), "f")
    sign = "-" if digits.startswith("-") else ""
    integer, _, fraction = digits.lstrip("-").partition(".")
    fraction = fraction.rstrip("0")
    head = len(integer) % 3 or 3
    parts = [integer[:head]] + [integer[i : i + 3] for i in range(head, len(integer), 3)]
    grouped = conv.group.join(parts)
    return sign + grouped + (conv.decimal + fraction if fraction else "")
