"""Which findings a run reports: `--select`/`--ignore`, and suppression comments in claim files."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from vraem_claims.claims import ClaimFile
from vraem_claims.errors import ConfigError
from vraem_claims.findings import Finding, Location
from vraem_claims.rules import RULES, finding, lookup


def resolve_selectors(selectors: Iterable[str], *, option: str) -> frozenset[str]:
    """Codes matched by codes, kebab-case names or code prefixes (`Q`, `Q00`)."""
    codes: set[str] = set()
    for raw in selectors:
        selector = raw.strip()
        if not selector:
            continue
        rule = lookup(selector)
        if rule is not None:
            codes.add(rule.code)
            continue
        prefixed = {code for code in RULES if code.startswith(selector.upper())}
        if not prefixed:
            raise ConfigError(f"{option}: unknown rule `{selector}` (see `vraem-claims rule`)")
        codes |= prefixed
    return frozenset(codes)


@dataclass(frozen=True, slots=True)
class Selection:
    select: frozenset[str]
    ignore: frozenset[str]

    @classmethod
    def build(cls, select: Iterable[str], ignore: Iterable[str]) -> Selection:
        chosen = resolve_selectors(select, option="select") or frozenset(RULES)
        return cls(chosen, resolve_selectors(ignore, option="ignore"))

    def reports(self, code: str) -> bool:
        return code in self.select and code not in self.ignore


def apply_suppressions(findings: list[Finding], files: list[ClaimFile]) -> list[Finding]:
    """Drop findings suppressed by comments; report unused and invalid suppressions."""
    by_claim: dict[tuple[str, str], list[int]] = {}
    for index, item in enumerate(findings):
        if item.claim_id is not None:
            by_claim.setdefault((item.location.path, item.claim_id), []).append(index)
    dropped: set[int] = set()
    extra: list[Finding] = []
    for claim_file in files:
        if not claim_file.suppressions:
            continue
        starts = {claim.line: claim.id for claim in claim_file.claims}
        starts.update({position[0]: claim_id for claim_id, position in claim_file.invalid_ids})
        for suppression in claim_file.suppressions:
            here = Location(claim_file.display_path, suppression.line, 1)
            claim_id = starts.get(suppression.target_line or -1)
            codes = {lookup(code) for code in suppression.codes}
            problem = _invalid(suppression.codes, suppression.reason, claim_id)
            if problem:
                extra.append(finding("L002", problem, here, claim_id=claim_id))
                continue
            wanted = {rule.code for rule in codes if rule is not None}
            assert claim_id is not None
            hits = [
                i
                for i in by_claim.get((claim_file.display_path, claim_id), [])
                if findings[i].code in wanted
            ]
            if hits:
                dropped.update(hits)
            else:
                listed = ", ".join(sorted(wanted))
                extra.append(
                    finding(
                        "L001",
                        f"suppression of {listed} matched no finding on "
                        f"claim `{claim_id}`; delete it",
                        here,
                        claim_id=claim_id,
                    )
                )
    kept = [item for index, item in enumerate(findings) if index not in dropped]
    return kept + extra


def _invalid(raw: tuple[str, ...], reason: str, claim_id: str | None) -> str:
    """Why a suppression comment cannot be applied, or "" when it can."""
    if not raw:
        return "suppression names no code: write ignore[CODE] -- reason"
    unknown = [code for code in raw if lookup(code) is None]
    if unknown:
        return f"suppression names unknown rule `{unknown[0]}`"
    if not reason:
        return "suppression needs a reason after `--`: ignore[CODE] -- why"
    if claim_id is None:
        return "suppression is not directly above a claim's `- id:` line"
    return ""
