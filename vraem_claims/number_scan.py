"""Candidate numbers in a text: where they start, and what is glued to them.

`candidates` finds footnote marks, currency signs and digits in one pass, month
names and number words in another (on the lower-cased text); `read_quantity`
then reads a number with its
currency, scale words ("$5 million", "74 mil") and the percent sign, currency or
unit written right after it. Tokens that only look like numbers are skipped:
footnote marks ("[14]"), list enumerators at the start of a line, clock times,
codes and document numbers ("No 1411-2016-DE", "CEVRAEM-2023", "COVID-19",
"3D", "24/7").
"""

from __future__ import annotations

import math
from functools import lru_cache
from typing import NamedTuple

from vraem_claims import number_context as ctx
from vraem_claims.number_dates import month_start
from vraem_claims.number_digits import Convention, convention, read_digits
from vraem_claims.number_text import LazyPattern, alternation
from vraem_claims.number_words import article_starts, read_number_words, start_words


class Profile(NamedTuple):
    """How to read one language."""

    family: str  # "en", "es" or "other": which hedge and noun rules apply
    words: str | None  # language of spelled-out numbers, if they are read
    digits: Convention
    lowered_starts: LazyPattern  # number words and month names, on lower-cased text
    any_case_starts: LazyPattern  # the same, case-insensitive, for the rare other case


class Quantity(NamedTuple):
    """A number with what is glued to it, before hedges and ranges are considered."""

    start: int
    end: int
    value: float  # NaN: a token to skip (malformed digits, a code like "3D")
    alternatives: tuple[float, ...]
    plain: bool = False  # bare digits, no separator: a year candidate
    ordinal: bool = False
    decade: bool = False  # "1980s"
    factor: float = 1.0  # scale words applied ("million" = 1e6)
    unit: str | None = None
    currency: str | None = None
    percent: bool = False
    unit_after: bool = False  # a unit or currency is written after the number


_SYMBOL_STARTS = LazyPattern(  # the lookahead lets the engine skip most positions cheaply
    r"(?=[\[\dUSPEGR$€£])(?:(?P<foot>\[\d{1,3}\])"
    rf"|(?P<cur>(?<![\w$])(?:{ctx.CURRENCY_BEFORE})(?=[ \t\u00a0]?[\w]))"
    r"|(?P<digit>(?<![\w])\d))"
)


def _word_starts(words: str | None, flags: str) -> LazyPattern:
    def source() -> str:
        month = rf"(?P<month>{month_start()})"
        if words is None:
            return rf"{flags}(?<![\w]){month}"
        starts = f"{alternation(start_words(words))}|{article_starts(words)}"
        return rf"{flags}(?<![\w])(?:(?<!-)(?P<word>{starts})(?![\w])|{month})"

    return LazyPattern(source)


_WORD_STARTS = {
    words: (_word_starts(words, ""), _word_starts(words, "(?i)")) for words in ("en", "es", None)
}


@lru_cache(maxsize=64)
def profile(language: str) -> Profile:
    """The reading profile for a BCP-47-ish language code ("en", "es-PE", "pt")."""
    primary = language.strip().replace("_", "-").split("-")[0].lower()
    family = primary if primary in ("en", "es") else "other"
    words = family if family != "other" else None
    return Profile(family, words, convention(language), *_WORD_STARTS[words])


def candidates(text: str, prof: Profile) -> list[tuple[int, int, str]]:
    """Where a number may start, in order: (start, end, kind of token).

    Two passes are cheaper than one pattern with every branch: symbols and digits on
    the text, words on its lower-cased copy (no case-insensitive matching), merged.
    """
    found = [(m.start(), m.end(), m.lastgroup or "") for m in _SYMBOL_STARTS.finditer(text)]
    lowered = text.lower()
    if len(lowered) == len(text):  # lower() keeps offsets for all but a few letters ("İ")
        words = prof.lowered_starts.finditer(lowered)
    else:
        words = prof.any_case_starts.finditer(text)
    found += [(m.start(), m.end(), m.lastgroup or "") for m in words]
    found.sort()
    return found


_CURRENCY_BEFORE = LazyPattern(ctx.CURRENCY_BEFORE)
_CURRENCY_INITIALS = frozenset("USPEGR$€£")
_DIGITS = LazyPattern(r"\d+")
_LIST_MARKER = LazyPattern(r"\d{1,3}[.)](?=[ \t])")
_IDENTIFIER = LazyPattern(r"[^\W_]+(?:[-/][^\W_]+)+")
_CLOCK = LazyPattern(r"\d{1,2}:\d{2}(?!\d)")
_ORDINAL_SUFFIX = LazyPattern(
    r"(?i)(?:st|nd|rd|th|ro|do|to|vo|no|mo|er|ra|era|da|ta|\.?º|\.?ª|°(?![CFcf]\b))(?![\w])"
)
_DECADE = LazyPattern(r"['\u2019]?s(?![\w])")
GLUED = LazyPattern(r"[^\W_]+")


def skip_digits(text: str, start: int) -> int | None:
    """End of a list marker, clock time or code starting at `start`, else None."""
    digits = _DIGITS.match(text, start)
    after = text[digits.end() : digits.end() + 1] if digits is not None else ""
    if start >= 2 and text[start - 1] in "-/" and text[start - 2].isalpha():
        chain = _IDENTIFIER.match(text, start) or GLUED.match(text, start)
        return chain.end() if chain is not None else None  # "CEVRAEM-2023", "COVID-19"
    if after in (".", ")"):
        marker = _LIST_MARKER.match(text, start)
        line_start = text.rfind("\n", 0, start) + 1
        if marker is not None and not text[line_start:start].strip(" \t"):
            return marker.end()
    elif after == ":":
        clock = _CLOCK.match(text, start)
        return clock.end() if clock is not None else None
    elif after in ("-", "/"):
        chain = _IDENTIFIER.match(text, start)
        if chain is not None and _is_identifier(chain.group()):
            return chain.end()
    return None


def _is_identifier(chain: str) -> bool:
    """Document numbers and codes: "1411-2016-DE", "006-2023-PCM", "24/7" (not "60-day")."""
    if "/" in chain:
        return True
    segments = chain.split("-")
    numeric = sum(segment.isdigit() for segment in segments)
    return (
        (numeric >= 2 and len(segments) >= 3)
        or any(segment.isalpha() and segment.isupper() for segment in segments)
        or any(not segment.isdigit() and not segment.isalpha() for segment in segments)
    )


def read_quantity(text: str, pos: int, prof: Profile) -> Quantity | None:
    """A number at `pos` with its currency, scale and unit, or None."""
    if pos >= len(text):
        return None
    start = pos
    cur = _CURRENCY_BEFORE.match(text, pos) if text[pos] in _CURRENCY_INITIALS else None
    if cur is not None:
        pos = cur.end()
        if pos < len(text) and text[pos] in " \t\u00a0":
            pos += 1
    core = _read_core(text, pos, prof)
    if core is None:
        return None
    if start != pos:
        core = core._replace(start=start)
    if core.ordinal or core.decade or math.isnan(core.value):
        return None if cur is not None else core
    # Spanish "miles" after a year is a count of its own: "en 2020 miles de familias".
    year = core.plain and core.end - core.start == 4 and 1900 <= core.value <= 2099
    spanish = prof.family == "es" and not year
    factor, end = ctx.read_scale(text, core.end, money=cur is not None, spanish=spanish)
    if factor != 1.0:
        core = core._replace(
            end=end,
            value=core.value * factor,
            alternatives=tuple(alt * factor for alt in core.alternatives),
            factor=factor,
            plain=False,
        )
    if cur is None:
        return _with_suffix(text, core)
    code = ctx.currency_code(cur.group())
    repeated = ctx.read_currency_after(text, core.end)  # "S/. 1,200 soles"
    if repeated is not None and ctx.currency_code(repeated[0]) == code:
        core = core._replace(end=repeated[2])
    return core._replace(currency=code, unit=cur.group())


def _with_suffix(text: str, core: Quantity) -> Quantity:
    """Attach a percent sign/word, a currency or a unit written right after the number."""
    suffix = ctx.read_suffix(text, core.end)
    if suffix is None:
        return core
    kind, written, end = suffix
    if kind == "percent":
        return core._replace(end=end, unit=written, percent=True, plain=False, unit_after=True)
    currency = ctx.currency_code(written) if kind == "currency" else None
    return core._replace(end=end, unit=written, currency=currency, plain=False, unit_after=True)


def _read_core(text: str, pos: int, prof: Profile) -> Quantity | None:
    """Digits or number words at `pos`."""
    if pos < len(text) and text[pos].isdigit():
        reading = read_digits(text, pos, prof.digits)
        if reading is None:
            return None
        if reading.value is None:
            return Quantity(pos, reading.end, math.nan, ())
        core = Quantity(pos, reading.end, reading.value, reading.alternatives, reading.plain)
        return _glued_suffix(text, core)
    if prof.words is None:
        return None
    words = read_number_words(text, pos, prof.words)
    if words is None:
        return None
    return Quantity(
        pos, words.end, words.value, words.alternatives, ordinal=words.ordinal, percent=words.share
    )


def _glued_suffix(text: str, core: Quantity) -> Quantity:
    """Ordinals ("2nd", "1ro", "2°"), decades ("1980s"), or a glued code ("3D": NaN)."""
    end = core.end
    if end >= len(text) or not (text[end].isalpha() or text[end] in "°º'\u2019."):
        return core
    if core.value.is_integer() and not core.alternatives:
        ordinal = _ORDINAL_SUFFIX.match(text, end)
        if ordinal is not None:
            return core._replace(end=ordinal.end(), ordinal=True, plain=False)
        decade = _DECADE.match(text, end)
        if decade is not None and core.plain and core.value % 10 == 0 and core.value >= 1000:
            return core._replace(end=decade.end(), decade=True, plain=False)
    if not text[end].isalpha() or ctx.read_unit(text, end) is not None:
        return core
    if ctx.read_scale(text, end, money=True)[1] > end:
        return core  # "$5m", "5bn": the caller reads the scale
    glued = GLUED.match(text, end)
    return core._replace(end=glued.end() if glued else end, value=math.nan)
