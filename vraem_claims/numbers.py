"""Read the numbers stated in a passage: digits, words, percentages, money, ranges, dates.

`find_numbers` finds candidates (`number_scan`), reads each with the helpers in
`number_digits` (separators), `number_words` (spelled-out numbers),
`number_dates` and `number_context` (hedges, ranges, units) and `number_nouns`;
their docstrings record the reading decisions. The ones that shape a mention:

- A mention's text covers the currency sign, the number, its scale words and the
  unit or currency written right after it ("$5 million", "87 %", "74,000 square
  miles", "five years", "60-day"); the hedge and the counted noun stay outside.
- kind "year": four plain digits 1900-2099 ("2014", "(2024)"), unless followed by
  a plural noun and not preceded by a preposition ("2014 soldiers" is a count,
  "since 2014 soldiers..." a year); "the 1980s" is a year range 1980-1989; two digits
  after an apostrophe ("Nov. '22") are the year 2022 (1950-2049).
- kind "date": the value is the day of the month, or the year when no day is
  written; `date_parts` returns the whole date.
- Hedges apply to numbers, percentages and money, not to years, dates, ordinals.
- Not read at all: footnote marks ("[14]"), list enumerators at the start of a
  line ("1. guarantee..."), document numbers and codes ("No 1411-2016-DE",
  "CEVRAEM-2023", "COVID-19", "3D"), fractions and ratios in digits ("24/7"), clock times,
  scale words with no number ("several billion soles"), minus signs.
- "Vol. 3 No. 1" gives the plain numbers 3 and 1; "13-coca growing regions" is 13
  with the noun "coca growing regions".
- For a range, `alternatives` holds the other readings of both ends.
- Fractions in words ("two-thirds", "la mitad de") are shares: kind "percent" with no
  unit, the percentage as value, its roundings and the fraction as alternatives.

Patterns are compiled once per process, on first use (see `LazyPattern`), so
importing this module stays under 10 ms; the first call for a language pays
~10 ms to compile its patterns.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Literal

from vraem_claims import number_context as ctx
from vraem_claims.number_dates import DateParts, date_parts, read_date
from vraem_claims.number_digits import format_number
from vraem_claims.number_nouns import read_noun
from vraem_claims.number_scan import (
    GLUED,
    Profile,
    Quantity,
    candidates,
    profile,
    read_quantity,
    skip_digits,
)
from vraem_claims.number_text import LazyPattern, fold
from vraem_claims.qualifiers import Qualifier

__all__ = [
    "DateParts",
    "Kind",
    "NumberMention",
    "date_parts",
    "find_numbers",
    "format_number",
    "is_share",
    "mention_matches",
    "parse_number",
    "states_one_by_article",
]

Kind = Literal["number", "percent", "money", "ordinal", "year", "date"]


@dataclass(frozen=True, slots=True)
class NumberMention:
    """One number stated in a text, with how it is hedged and what it counts."""

    start: int  # offset of the first character (currency sign included, hedge excluded)
    end: int  # exclusive: text[start:end] == self.text
    text: str
    value: float  # the primary reading; for a range, the low end
    alternatives: tuple[float, ...]  # other readings of ambiguous grouping ("7,500" in es: 7.5)
    kind: Kind
    qualifier: Qualifier  # the hedge before the number, "range" for ranges, else "exact"
    hedge_start: int | None  # where the hedge (or "between", "entre"...) starts
    high: float | None  # the high end of a range
    unit: str | None  # as written: "kilos", "%", "square miles"; the currency for money
    currency: str | None  # ISO 4217 for money: "USD", "PEN", "EUR"
    noun: str | None  # what is counted, as written: "clandestine landing strips"


_YEAR_PREPOSITION = LazyPattern(
    r"(?i)(?<![\w])(?:in|since|until|till|by|of|from|during|before|after|to|through|around"
    r"|en|desde|hasta|de|del|al|el|year|año)[ \t\u00a0]+\Z"
)


_CONNECTOR_INITIALS = frozenset(" \t\u00a0-\u2013\u2014")


def find_numbers(text: str, language: str = "en") -> list[NumberMention]:
    """Every number mentioned in `text`, in order, never overlapping."""
    prof = profile(language)
    mentions: list[NumberMention] = []
    pos = 0
    for start, end, kind in candidates(text, prof):
        if start < pos:
            continue  # inside what the previous candidate consumed
        mention, pos = _read_at(text, start, end, kind, prof)
        if mention is not None:
            mentions.append(mention)
    return _ratios(text, mentions) if len(mentions) > 1 else mentions


# "four in ten", "3 de cada 10", "one out of five", "1 of every 4": a share.
_RATIO_WORDS = (
    r"[ \t\u00a0]+(?:in|of|out[ \t\u00a0]+of|of[ \t\u00a0]+every|de[ \t\u00a0]+cada|"
    r"sobre)[ \t\u00a0]+\Z"
)
_RATIO_BETWEEN = LazyPattern("(?i)" + _RATIO_WORDS)
# The thing counted, named between: one or two words ("one voluntary donor in ten").
_RATIO_NAMED = LazyPattern(r"(?i)[ \t\u00a0]+([^\W\d_]+(?:[ \t\u00a0]+[^\W\d_]+)?)" + _RATIO_WORDS)


# Verbs the noun reader takes for a noun after the whole of a ratio: "one hectare in five
# lies in the reserve", "un kilómetro de cada seis cruza la reserva" (review).
_RATIO_VERBS = frozenset(
    "lies lie lay belongs belong crosses cross crossed falls fall "
    "went is are was were sits stands grows grew has had "
    "cruza cruzan cruzaba pertenece pertenecen esta estan estaba queda quedan quedaba es son "
    "era eran pasa pasan corre corren tiene tienen se".split()
)


def _names_nothing(whole: NumberMention) -> bool:
    """Whether the whole of a ratio counts nothing of its own (see `_RATIO_VERBS`)."""
    if whole.noun is None:
        return True
    return fold(whole.noun.split()[0]) in _RATIO_VERBS


def _ratio_between(text: str, part: NumberMention, whole: NumberMention) -> bool:
    """Whether only "in", "of", "de cada"... stand between `part` and `whole`. What is
    counted may be named once, between the two ("one kilometre in six", "one voluntary donor
    in ten", "una familia de cada cinco"; blind28), after "one" or when the whole names
    nothing of its own ("5 people in 12 raids" is no share)."""
    gap = text[part.end : whole.start]
    if part.unit is None and _RATIO_BETWEEN.fullmatch(gap):
        return True
    if whole.unit is not None or (whole.noun is not None and part.value != 1):
        return False
    if part.unit is not None:  # "one kilometre in six", not "1 tonne in 12 sacks" (review)
        return _names_nothing(whole) and _RATIO_BETWEEN.fullmatch(gap) is not None
    named = _RATIO_NAMED.fullmatch(gap)
    return named is not None and (part.noun or "").startswith(named.group(1))


def _ratios(text: str, mentions: list[NumberMention]) -> list[NumberMention]:
    """`mentions` with each ratio of two plain numbers ("nearly four in ten hectares",
    "4 of 10 files") read as one share: a percentage with no unit, hedged as its first
    number is; its roundings, the fraction and the two numbers themselves are its
    alternatives ("17 of 23 suspects" still states 17)."""
    merged: list[NumberMention] = []
    i = 0
    while i < len(mentions):
        part, whole = mentions[i], mentions[i + 1] if i + 1 < len(mentions) else None
        if (
            whole is not None
            and part.kind == whole.kind == "number"
            and part.high is None
            and whole.high is None
            and 0 < part.value < whole.value <= 1000
            and part.value.is_integer()
            and whole.value.is_integer()
            and _ratio_between(text, part, whole)
        ):
            percent = 100 * part.value / whole.value
            fraction = part.value / whole.value
            readings = (
                round(percent),
                round(percent, 1),
                round(percent, 2),
                fraction,
                part.value,
                whole.value,
            )
            merged.append(
                NumberMention(
                    start=part.start,
                    end=whole.end,
                    text=text[part.start : whole.end],
                    value=percent,
                    alternatives=tuple(dict.fromkeys(float(r) for r in readings if r != percent)),
                    kind="percent",
                    qualifier=part.qualifier,
                    hedge_start=part.hedge_start,
                    high=None,
                    unit=None,
                    currency=None,
                    noun=whole.noun,
                )
            )
            i += 2
            continue
        merged.append(part)
        i += 1
    return merged


def _read_at(
    text: str, start: int, end: int, kind: str, prof: Profile
) -> tuple[NumberMention | None, int]:
    """The mention at the candidate `start`..`end` (or None) and where scanning resumes."""
    if kind == "foot":
        return None, end
    if kind in ("month", "digit"):
        date = read_date(text, start, prof.family)
        if date is not None:
            span = Quantity(start, date.end, date.value, ())
            return _mention(text, span, date.value, (), "date", "exact", None, None), date.end
        if kind == "month":
            return None, end
        skip = skip_digits(text, start)
        if skip is not None:
            return None, skip
    quantity = read_quantity(text, start, prof)
    if quantity is None:
        glued = GLUED.match(text, end)
        return None, glued.end() if glued is not None else end
    if math.isnan(quantity.value):
        return None, quantity.end
    return _complete(text, quantity, prof)


def _complete(text: str, first: Quantity, prof: Profile) -> tuple[NumberMention, int]:
    """Turn a quantity into a mention: ordinal, decade, range or single number."""
    if first.ordinal:
        noun = read_noun(text, first.end, prof.family, after_unit=False)
        ordinal = _mention(text, first, first.value, (), "ordinal", "exact", None, None, noun)
        return ordinal, first.end
    if first.decade:
        decade = _mention(text, first, first.value, (), "year", "range", None, first.value + 9)
        return decade, first.end
    clipped = _clipped_year(text, first)
    if clipped is not None:
        return _mention(text, first, clipped, (), "year", "exact", None, None), first.end
    ranged = _read_range(text, first, prof)
    if ranged is not None:
        return ranged, ranged.end
    kind = _kind(text, first, prof)
    qualifier: Qualifier = "exact"
    hedge_start: int | None = None
    if kind in ("number", "percent", "money"):
        hedge = ctx.read_hedge(text, first.start, prof.family)
        if hedge is not None:
            qualifier, hedge_start = hedge
    noun = None
    alternatives = first.alternatives
    if kind != "year":
        noun = read_noun(text, first.end, prof.family, after_unit=first.unit_after)
        if noun is not None and _CENTS.match(noun):  # "noventa céntimos" states S/ 0.90 too
            alternatives += tuple(value / 100 for value in (first.value, *first.alternatives))
    mention = _mention(
        text, first, first.value, alternatives, kind, qualifier, hedge_start, None, noun
    )
    return mention, first.end


# A hundredth of a currency (blind28).
_CENTS = LazyPattern(r"(?i)(?:c[eé]ntimos?|centavos?|cents?)(?![\w])")


def _kind(text: str, quantity: Quantity, prof: Profile) -> Kind:
    if quantity.currency is not None:
        return "money"
    if quantity.percent:
        return "percent"
    if _year_like(quantity) and not _counted_year(text, quantity, prof):
        return "year"
    return "number"


def _clipped_year(text: str, quantity: Quantity) -> int | None:
    """The year of two digits after an apostrophe ("Nov. '22", "in March \u201918"): 2000-2049
    or 1950-1999. Not a quoted number ("'22'") nor one inside a word."""
    start, end = quantity.start, quantity.end
    if not (quantity.plain and end - start == 2 and quantity.unit is None and start > 0):
        return None
    if text[start - 1] not in _APOSTROPHES or text[end : end + 1] in _APOSTROPHES:
        return None
    if start > 1 and (text[start - 2].isalnum() or text[start - 2] in _APOSTROPHES):
        return None
    two = int(quantity.value)
    return 2000 + two if two < 50 else 1900 + two


_APOSTROPHES = frozenset("'\u2019\u2018")


def _year_like(quantity: Quantity) -> bool:
    return (
        quantity.plain
        and quantity.end - quantity.start == 4
        and 1900 <= quantity.value <= 2099
        and quantity.unit is None
    )


def _counted_year(text: str, quantity: Quantity, prof: Profile) -> bool:
    """ "2014 soldiers" counts soldiers; "in 2014 soldiers..." is still a year."""
    noun = read_noun(text, quantity.end, prof.family, after_unit=False)
    if noun is None or not noun[0].islower() or not noun.split()[0].endswith("s"):
        return False
    return ctx.read_hedge(text, quantity.start, prof.family) is not None or not (
        _YEAR_PREPOSITION.search(text, max(0, quantity.start - 8), quantity.start)
    )


def _read_range(text: str, first: Quantity, prof: Profile) -> NumberMention | None:
    """ "between 10 and 20", "10-20", "de 10 a 20", "from $5 to $10 million"."""
    if first.end >= len(text) or text[first.end] not in _CONNECTOR_INITIALS:
        return None
    digits = text[first.start].isdigit() or first.currency is not None
    connector = ctx.read_connector(text, first.end, digits)
    if connector is None:
        return None
    opener, opener_start = ctx.range_opener(text, first.start)
    if not ctx.connector_fits(connector[1], opener):
        return None
    second = read_quantity(text, connector[0], prof)
    if second is None or second.ordinal or second.decade or math.isnan(second.value):
        return None
    if digits != (text[second.start].isdigit() or second.currency is not None):
        return None
    low, high = _propagate(first, second), second.value
    written: tuple[float, ...] = ()
    if first.plain and second.plain and _year_like(first) and second.end - second.start == 2:
        # "2010 to 15" is 2010-2015; before "in 2024" the 15 may be a count of its own
        # ("from four in 2010 to 15 in 2024").
        high = first.value // 100 * 100 + second.value
        written = (second.value,) if _IN_A_YEAR.match(text, second.end) else ()
        second = second._replace(value=high)
    if first.unit and second.unit and first.unit.lower() != second.unit.lower():
        return None
    if not low.value <= high:
        return None
    years = _year_like(first) and (_year_like(second) or second.end - second.start == 2)
    kind: Kind = "year" if years else _kind(text, low._replace(plain=False), prof)
    noun = None
    if kind != "year":
        noun = read_noun(text, second.end, prof.family, after_unit=second.unit_after)
    span = low._replace(
        end=second.end,
        unit=second.unit or low.unit,
        currency=second.currency or low.currency,
    )
    alternatives = low.alternatives + second.alternatives + written
    hedge_start = opener_start if opener else None
    return _mention(text, span, low.value, alternatives, kind, "range", hedge_start, high, noun)


_IN_A_YEAR = LazyPattern(r"(?i)[ \t\u00a0]+(?:in|en)[ \t\u00a0]+(?:19|20)\d\d(?!\d)")


def _propagate(first: Quantity, second: Quantity) -> Quantity:
    """Give the low end the scale, unit and currency written only after the high end."""
    low = first
    if second.factor != 1.0 and first.factor == 1.0:
        factor = second.factor
        if first.value * factor <= second.value:
            alternatives = tuple(alt * factor for alt in first.alternatives)
            low = low._replace(value=first.value * factor, alternatives=alternatives)
    if low.unit is None and second.unit is not None:
        currency = second.currency or low.currency
        low = low._replace(unit=second.unit, percent=second.percent, currency=currency)
    return low


def _mention(
    text: str,
    span: Quantity,
    value: float,
    alternatives: tuple[float, ...],
    kind: Kind,
    qualifier: Qualifier,
    hedge_start: int | None,
    high: float | None,
    noun: str | None = None,
) -> NumberMention:
    """The mention covering `span`, with its unit and currency."""
    start, end = span.start, span.end
    return NumberMention(
        start,
        end,
        text[start:end],
        value,
        alternatives,
        kind,
        qualifier,
        hedge_start,
        high,
        span.unit,
        span.currency,
        noun,
    )


def parse_number(text: str, language: str = "en") -> float | None:
    """The number a whole string states ("7.500", "sesenta y cuatro", "$5 million"), else None."""
    stripped = text.strip()
    sign = 1.0
    if stripped[:1] in ("-", "\u2212"):
        sign, stripped = -1.0, stripped[1:].lstrip()
    mentions = find_numbers(stripped, language)
    if len(mentions) != 1:
        return None
    mention = mentions[0]
    if (mention.start, mention.end) != (0, len(stripped)) or mention.kind == "date":
        return None
    if mention.qualifier != "exact":
        return None
    return sign * mention.value


def is_share(mention: NumberMention) -> bool:
    """A fraction read as a share ("two-thirds", "la mitad"): a percentage written with
    no percent sign or word. Its alternatives are roundings of it (67 for 66.67)."""
    return mention.kind == "percent" and mention.unit is None


# An indefinite article opening a text, then a word: "Un suboficial resultó herido".
_OPENING_ARTICLE = {
    "en": LazyPattern(r"(?i)[\s\"'\u201c\u2018(]*an?[ \t\u00a0]+[^\W\d_]"),
    "es": LazyPattern(r"(?i)[\s\"'\u201c\u2018(\u00ab]*un[ao]?[ \t\u00a0]+[^\W\d_]"),
}


def states_one_by_article(text: str, language: str) -> bool:
    """Whether `text` opens with an indefinite article ("A soldier", "Un suboficial").

    The reader never takes an article for the number 1 ("un informe" is not a count);
    a caller checking a claimed count of 1 against a quote that states no figure asks
    this instead. Only the opening word counts: "no one", "in an ambush" and Spanish
    "a" (a preposition) are not one of anything.
    """
    pattern = _OPENING_ARTICLE.get(profile(language).family)
    return pattern is not None and pattern.match(text) is not None


def mention_matches(claimed: float, mention: NumberMention) -> bool:
    """Whether `claimed` is what `mention` states: its value, an alternative, or a range end.

    Dates never match: "October 14" does not state the figure 14.
    """
    if mention.kind == "date":
        return False  # a day of the month is never the figure a claim states
    stated = (mention.value, *mention.alternatives)
    if mention.high is not None:
        stated = (*stated, mention.high)
    return any(math.isclose(claimed, value, rel_tol=1e-9) for value in stated)
