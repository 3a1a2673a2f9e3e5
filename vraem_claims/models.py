"""The file formats of DESIGN.md as pydantic models: sources, claims, citations.

Models check shape and types only (unknown keys are errors). Rules that relate
fields to each other or to the sources are checks in `vraem_claims.checks`.
"""

from __future__ import annotations

import math
from typing import Annotated, Any, Literal, TypeVar

from pydantic import (
    BeforeValidator,
    ConfigDict,
    Field,
    PlainSerializer,
    StrictStr,
    TypeAdapter,
    field_serializer,
    field_validator,
)
from pydantic.dataclasses import dataclass
from pydantic_core import PydanticCustomError

from vraem_claims.dates import DateError, DateSpan, PartialDate, parse_partial_date, span_of
from vraem_claims.qualifiers import Qualifier

SLUG_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9._-]*$"
SLUG_RULE = "letters, digits, `.`, `_`, `-`, no spaces"
# Above this a float can no longer hold every integer exactly; no claim needs more.
MAX_ABS_NUMBER = 1e15


def _date(value: Any) -> PartialDate:
    try:
        return parse_partial_date(value)
    except DateError as exc:
        raise PydanticCustomError("invalid_date", str(exc)) from None


Date = Annotated[PartialDate, BeforeValidator(_date), PlainSerializer(str, return_type=str)]
Text = Annotated[StrictStr, Field(min_length=1)]
Slug = Annotated[StrictStr, Field(pattern=SLUG_PATTERN)]


def _number(value: Any) -> int | float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise PydanticCustomError(
            "wrong_type", "expected a number, got {kind}", {"kind": _kind(value)}
        )
    if isinstance(value, float) and not math.isfinite(value):
        raise PydanticCustomError(
            "invalid_number", "{value} is not a finite number", {"value": value}
        )
    if abs(value) > MAX_ABS_NUMBER:
        raise PydanticCustomError(
            "invalid_number", "{value} is too large (limit: 1e15)", {"value": f"{value:.3g}"}
        )
    return value


Number = Annotated[int | float, BeforeValidator(_number)]


def _kind(value: Any) -> str:
    if value is None:
        return "nothing (null)"
    names = {bool: "a boolean", int: "an integer", float: "a number", str: "a string"}
    for kind, name in names.items():
        if type(value) is kind:
            return name
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    return type(value).__name__


# Every record of the file formats is a frozen, slotted pydantic dataclass with this
# config: pydantic validates it, and an instance holds its fields in slots. A million
# claims are loaded at once; as BaseModels each one (with its citations) took ~1 KB
# more: a `__dict__` and a fields set per instance.
RECORD = ConfigDict(extra="forbid")

R = TypeVar("R")


_ADAPTERS: dict[type[Any], TypeAdapter[Any]] = {}


def _adapter(kind: type[R]) -> TypeAdapter[R]:
    adapter: TypeAdapter[R] | None = _ADAPTERS.get(kind)
    if adapter is None:
        adapter = _ADAPTERS[kind] = TypeAdapter(kind)
    return adapter


def parse(kind: type[R], data: Any) -> R:
    """`data` validated as the record type `kind`; raises pydantic's ValidationError."""
    return _adapter(kind).validate_python(data)


def dump(record: Any) -> dict[str, Any]:
    """The record as plain JSON-ready data (dates as text, tuples as lists)."""
    data: dict[str, Any] = _adapter(type(record)).dump_python(record, mode="json")
    return data


@dataclass(frozen=True, slots=True, kw_only=True, config=RECORD)
class Period:
    start: Date
    end: Date

    @field_validator("end")
    @classmethod
    def _ends_after_start(cls, end: PartialDate, info: Any) -> PartialDate:
        start = info.data.get("start")
        if isinstance(start, PartialDate) and end.last_day < start.first_day:
            raise PydanticCustomError(
                "invalid_date",
                "the period ends ({end}) before it starts ({start})",
                {"end": str(end), "start": str(start)},
            )
        return end


@dataclass(frozen=True, slots=True, kw_only=True, config=RECORD)
class Citation:
    source: Slug
    quote: Text


Value = int | float | str | list[str]


def _value(value: Any) -> Value | None:
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, list):
        if all(isinstance(item, str) for item in value):
            return value
        raise PydanticCustomError("wrong_type", "a list value must hold only strings")
    if isinstance(value, int | float) and not isinstance(value, bool):
        return _number(value)
    raise PydanticCustomError(
        "wrong_type",
        "expected a number, a string or a list of strings, got {kind}",
        {"kind": _kind(value)},
    )


@dataclass(frozen=True, slots=True, kw_only=True, config=RECORD)
class Claim:
    # Any string loads, so that a claim whose id is no slug ("rq/10", or "") is still
    # compared by `duplicates` and `conflicts`; `lint` reports it (S011, `check_fields`).
    id: StrictStr
    statement: Text
    quantity: Text | None = None
    value: Annotated[Value | None, BeforeValidator(_value)] = None
    qualifier: Qualifier | None = None
    low: Number | None = None
    high: Number | None = None
    unit: Text | None = None
    as_of: Date | Period | None = None
    place: Text | None = None
    attributed_to: Text | None = None
    citations: Annotated[list[Citation], Field(min_length=1)]
    tags: tuple[Text, ...] = ()
    notes: StrictStr | None = None

    @field_validator("as_of", mode="before")
    @classmethod
    def _period_or_date(cls, value: Any) -> Any:
        # A mapping is a period; anything else a (partial) date. Choosing here gives one
        # clear error instead of one per member of the union.
        if isinstance(value, dict):
            return parse(Period, value)
        return None if value is None else _date(value)

    @field_serializer("as_of")
    def _as_written(self, as_of: PartialDate | Period | None) -> str | dict[str, str] | None:
        # As the file writes it: "2014-12", or a period {start, end}.
        if isinstance(as_of, Period):
            return {"start": str(as_of.start), "end": str(as_of.end)}
        return None if as_of is None else str(as_of)

    @property
    def is_numeric(self) -> bool:
        value = self.value
        return isinstance(value, int | float) or (value is None and self.qualifier == "range")

    @property
    def effective_qualifier(self) -> Qualifier:
        return self.qualifier or "exact"

    def value_text(self) -> str:
        """The value as a reader would say it: "more than 74,000", "10-20", "4 (a, b, c, d)"."""
        if self.qualifier == "range" and self.low is not None and self.high is not None:
            return f"{self.low:,g} to {self.high:,g}"
        value = self.value
        if isinstance(value, list):
            return f"{len(value)} ({', '.join(value)})"
        if isinstance(value, str) or value is None:
            return value or ""
        shown = f"{value:,}" if isinstance(value, int) else f"{value:,g}"
        return _HEDGE_WORDS.get(self.effective_qualifier, "") + shown

    def date_span(self, fallback: PartialDate | None) -> DateSpan | None:
        """The days the claim refers to; the source's publication date stands in for as_of."""
        as_of = self.as_of
        if isinstance(as_of, Period):
            return span_of((as_of.start, as_of.end))
        if as_of is not None:
            return span_of(as_of)
        return span_of(fallback) if fallback is not None else None


_HEDGE_WORDS = {
    "about": "about ",
    "nearly": "nearly ",
    "more_than": "more than ",
    "at_least": "at least ",
    "less_than": "less than ",
    "at_most": "at most ",
}

Language = Annotated[StrictStr, Field(pattern=r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")]


@dataclass(frozen=True, slots=True, kw_only=True, config=RECORD)
class Source:
    id: Slug
    file: Text
    title: Text
    publisher: Text | None = None
    author: Text | None = None
    published: Date
    language: Language
    url: Text | None = None
    reliability: Literal["A", "B", "C", "D", "E", "F"] | None = None
    notes: StrictStr | None = None
