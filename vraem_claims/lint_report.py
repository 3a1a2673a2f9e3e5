"""The outcome of a lint run.

It is kept apart from the checks, so the renderers and the cache of lint results use it
without importing them (and pydantic, PyYAML, rapidfuzz with them).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from vraem_claims.findings import Finding, Severity


@dataclass(slots=True)
class LintReport:
    """The outcome of a lint run: findings plus what was looked at."""

    root: Path
    findings: list[Finding]
    files: int
    claims: int
    sources: int
    fixed: int = 0

    def count(self, severity: Severity) -> int:
        return sum(1 for item in self.findings if item.severity is severity)

    def by_rule(self) -> dict[str, int]:
        return dict(sorted(Counter(item.code for item in self.findings).items()))

    def failed(self, fail_on: Severity) -> bool:
        return any(item.severity.rank >= fail_on.rank for item in self.findings)
