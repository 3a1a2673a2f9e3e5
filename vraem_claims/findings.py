"""Findings: problems in the data, as plain data with stable codes.

A check is a pure function that yields `Finding`s; renderers turn a list of
findings into text, JSON, SARIF or GitHub annotations. The rule registry
(`vraem_claims.rules`) holds each code's name, severity and documentation.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from enum import StrEnum


class Severity(StrEnum):
    """How bad a finding is; `--fail-on` picks the lowest severity that fails."""

    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        return _RANK[self]


_RANK = {Severity.INFO: 0, Severity.WARNING: 1, Severity.ERROR: 2}


@dataclass(frozen=True, slots=True)
class Location:
    """A place in a project file: path relative to the project root, 1-based line and column."""

    path: str
    line: int = 1
    col: int = 1
    end_line: int | None = None
    end_col: int | None = None

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.col}"


@dataclass(frozen=True, slots=True)
class Edit:
    """Replace the scalar at characters [start, end) of a YAML file with `text`.

    `value` is what the new scalar must read as; the fix is verified by parsing
    the result before anything is written.
    """

    path: str
    start: int
    end: int
    text: str
    value: str


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem found in the data."""

    code: str
    message: str
    location: Location
    severity: Severity
    claim_id: str | None = None
    field: str | None = None
    details: tuple[tuple[str, str], ...] = ()
    related: tuple[Location, ...] = ()
    fix: Edit | None = dataclasses.field(default=None, compare=False)

    @property
    def sort_key(self) -> tuple[str, int, int, str, str]:
        loc = self.location
        return (loc.path, loc.line, loc.col, self.code, self.message)
