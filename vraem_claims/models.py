"""The file formats of DESIGN.md as pydantic models: sources, claims, citations.

Models check shape and types only (unknown keys are errors). Rules that relate
fields to each other or to the sources are checks in `vraem_claims.checks`.
"""

from __future__ import annotations

import math
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PlainSerializer,
    StrictStr,
    field_validator,
)
from pydantic_core import PydanticCustomError

from vraem_claims.dates import DateError, DateSpan, PartialDate, parse_partial_date, span_of
from vraem_claims.qualifiers import Qualifier

SLUG_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9._-]*$"
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


class StrictModel(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


_FIELD_SETS: dict[frozenset[str], set[str]] = {}


def share_field_sets(model: BaseModel) -> None:
    """Let frozen models that set the same fields share one `__pydantic_fields_set__`.

    Each instance otherwise carries its own set (200 to 700 bytes): about a gigabyte for
    a million loaded claims with their citations and dates. Nothing changes a frozen
    model's fields, so nothing changes the shared set.
    """
    fields = model.__pydantic_fields_set__
    shared = _FIELD_SETS.setdefault(frozenset(fields), fields)
    if shared is not fields:
        object.__setattr__(model, "__pydantic_fields_set__", shared)
    for name in fields:
        value = model.__dict__.get(name)
        if isinstance(value, BaseModel):
            share_field_sets(value)
        elif isinstance(value, list):
            for item in value:
                if isinstance(item, BaseModel):
                    share_field_sets(item)


class Period(StrictModel):
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


class Citation(StrictModel):
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


class Claim(StrictModel):
    id: Slug
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
    tags: list[Text] = []
    notes: StrictStr | None = None

    @field_validator("as_of", mode="before")
    @classmethod
    def _period_or_date(cls, value: Any) -> Any:
        # A mapping is a period; anything else a (partial) date. Choosing here gives one
        # clear error instead of one per member of the union.
        if isinstance(value, dict):
            return Period.model_validate(value)
        return None if value is None else _date(value)

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


class Source(StrictModel):
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
