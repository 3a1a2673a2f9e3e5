"""What `add` proposes: the source's exact quote, the value read from it, and an id.

Pure functions over a source text and what the user gave; no file access. Values
are read with the number reader `lint` uses (`numbers.find_numbers`), so a value
proposed here is one `lint` accepts.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Any

from vraem_claims.aliases import fold
from vraem_claims.anchoring import Match, Resolution
from vraem_claims.dates import DateError, parse_partial_date
from vraem_claims.errors import InputError
from vraem_claims.numbers import (
    NumberMention,
    find_numbers,
    is_share,
    mention_matches,
    parse_number,
)
from vraem_claims.sources import SourceText
from vraem_claims.textkeys import NUMBER_WORDS, STOPWORDS
from vraem_claims.yamlrender import Plain

# Kinds of numbers a claim's value can be; years and dates are when, not how many.
VALUE_KINDS = ("number", "percent", "money")
NO_VALUE = ("-", "none")
_PLAIN_INT = re.compile(r"-?[0-9]+")
_PLAIN_DECIMAL = re.compile(r"-?[0-9]*\.[0-9]+")
_GROUPED = re.compile(r"-?[0-9]{1,3}(?:[.,\u00a0 ][0-9]{3})+(?:[.,][0-9]+)?")


@dataclass(frozen=True, slots=True)
class QuoteCheck:
    """A quote located in its source: what to write, and how it matched."""

    quote: str  # the text to write (the source's own when it was taken from it)
    resolution: Resolution
    exact: str  # the source's text at the match (parts joined by " ... ")
    location: str  # path:line:col of the match or of the closest passage

    @property
    def match(self) -> Match:
        return self.resolution.match


def check_quote(text: SourceText, quote: str, *, max_gap: int) -> QuoteCheck:
    """Locate `quote` in the source text (exactly, after normalising, or its closest passage)."""
    resolution = text.index.resolve(quote, max_gap=max_gap)
    if resolution.match is Match.NOT_FOUND:
        span = resolution.closest
        exact = text.text[span[0] : span[1]] if span else ""
        start = span[0] if span else 0
    else:
        exact = " ... ".join(text.text[a:b] for a, b in resolution.spans)
        start = resolution.start
    line, col = text.line_col(start)
    return QuoteCheck(quote, resolution, exact, f"{text.display_path}:{line}:{col}")


def describe_mismatch(check: QuoteCheck, source_id: str) -> str:
    """One line saying how a quote differs from its source, with the closest passage."""
    resolution = check.resolution
    if resolution.match is Match.NORMALISED:
        how = ", ".join(resolution.differences) or "normalisation"
        return (
            f"the quote matches source `{source_id}` at {check.location} only after "
            f'normalising {how}; the source has "{check.exact}"'
        )
    if not check.exact:
        return f"the quote is not in source `{source_id}` and nothing there is close to it"
    differs = f" ({'; '.join(resolution.differences)})" if resolution.differences else ""
    return (
        f"the quote is not in source `{source_id}`{differs}; closest passage at "
        f'{check.location} ({resolution.score:g}% similar): "{check.exact}"'
    )


@dataclass(slots=True)
class Numbers:
    """The numeric fields of a claim, and what was read from the quote to fill them."""

    value: Any = None  # int | float | str | None
    qualifier: str | None = None
    low: float | int | None = None
    high: float | int | None = None
    unit: str | None = None
    notes: list[str] = field(default_factory=list)

    @property
    def numeric(self) -> bool:
        return isinstance(self.value, int | float) or self.qualifier == "range"


def value_mentions(quote: str, language: str) -> list[NumberMention]:
    """The numbers in a quote that a claim's value can be (not years or dates)."""
    return [m for m in find_numbers(quote, language) if m.kind in VALUE_KINDS]


def parse_value(text: str, language: str) -> int | float | str | None:
    """A value as typed: a number (`263`, `7,500`, `1.6`, `sesenta y cuatro`) or text."""
    stripped = text.strip()
    if stripped.lower() in NO_VALUE or not stripped:
        return None
    if _PLAIN_INT.fullmatch(stripped):
        return int(stripped)
    if _PLAIN_DECIMAL.fullmatch(stripped) and not _GROUPED.fullmatch(stripped):
        return _tidy(float(stripped))
    number = parse_number(stripped, language)
    return _tidy(number) if number is not None else stripped


def number_text(number: float) -> str:
    """A number as a person types it: 7500, 1.6, 5000000."""
    tidy = _tidy(number)
    return str(tidy) if isinstance(tidy, int) else repr(tidy)


def _tidy(number: float) -> int | float:
    return int(number) if math.isfinite(number) and number.is_integer() else number


def read_numbers(
    quote: str,
    language: str,
    *,
    value: int | float | str | None,
    qualifier: str | None,
    unit: str | None,
    chosen: NumberMention | None = None,
) -> Numbers:
    """Fill value, qualifier, low/high and unit from the quote where they were not given.

    With a numeric `value`, the mention that states it gives the qualifier and unit;
    without one, `chosen` (or the quote's only number) gives all three.
    """
    mentions = value_mentions(quote, language)
    result = Numbers(value=value, qualifier=qualifier, unit=unit)
    if isinstance(value, str):
        return result
    mention = chosen
    if isinstance(value, int | float):
        matching = [m for m in mentions if mention_matches(float(value), m)]
        mention = matching[0] if matching else None
    elif mention is None and len(mentions) == 1:
        mention = mentions[0]
    if mention is None:
        if value is None and len(mentions) > 1:
            stated = ", ".join(m.text for m in mentions)
            result.notes.append(
                f"the quote states several numbers ({stated}); pass --value to record one"
            )
        return result
    _fill(result, mention, language)
    return result


def _fill(result: Numbers, mention: NumberMention, language: str) -> None:
    read: list[str] = []
    if result.value is None:
        if mention.high is not None and result.qualifier in (None, "range"):
            result.qualifier, result.low, result.high = (
                "range",
                _tidy(mention.value),
                _tidy(mention.high),
            )
            read.append(f"range {number_text(mention.value)} to {number_text(mention.high)}")
        else:
            value = round(mention.value, 2) if is_share(mention) else mention.value
            result.value = _tidy(value)
            read.append(f"value {number_text(value)}")
    if result.qualifier is None:
        result.qualifier = mention.qualifier
        read.append(f"qualifier {mention.qualifier}")
    if result.unit is None:
        result.unit = propose_unit(mention, language)
        if result.unit:
            read.append(f"unit {result.unit}")
    if read:
        result.notes.append(f"read from the quote ({mention.text}): {', '.join(read)}")


def propose_unit(mention: NumberMention, language: str) -> str | None:
    """The unit as written, the currency for money, else the counted noun's head word."""
    if mention.kind == "money":
        return mention.currency or mention.unit
    if is_share(mention):
        return "%"  # "two-thirds" is read as a percentage
    if mention.unit:
        return mention.unit
    if not mention.noun:
        return None
    words = mention.noun.split()
    # The head of an English noun phrase is its last word; of a Spanish one, its first.
    return words[0] if language.startswith("es") else words[-1]


def parse_as_of(text: str) -> Any:
    """`2014`, `2020-10` or `2020-10-14` as a plain date; `2006..2011` as a period."""
    parts = [part.strip() for part in text.split("..")]
    try:
        dates = [str(parse_partial_date(part)) for part in parts]
    except DateError as exc:
        raise InputError(f"--as-of: {exc}") from None
    if len(dates) == 1:
        return Plain(dates[0])
    if len(dates) == 2:
        return {"start": Plain(dates[0]), "end": Plain(dates[1])}
    raise InputError("--as-of: give a date (2014, 2020-10, 2020-10-14) or a period 2006..2011")


def propose_id(words_from: str, year: int | None, taken: set[str], *, max_words: int = 4) -> str:
    """A readable, unused slug: the first meaningful words, then the year."""
    words = [
        word
        for word in re.findall(r"[a-z0-9]+", fold(words_from))
        if word not in STOPWORDS and word not in NUMBER_WORDS and not word.isdigit()
    ][:max_words]
    base = "-".join([*words, *([str(year)] if year else [])]) or "claim"
    candidate, counter = base, 2
    while candidate in taken:
        candidate, counter = f"{base}-{counter}", counter + 1
    return candidate
