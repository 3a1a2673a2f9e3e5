"""Claim files: loading them into validated claims that remember where they were written."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from vraem_claims.findings import Finding, Location
from vraem_claims.models import Claim
from vraem_claims.validation import LoadedFile, read_yaml_file, validate_items
from vraem_claims.yamlload import Position, YamlLimits, YMap

LIST_KEY = "claims"


@dataclass(slots=True)
class LoadedClaim:
    """A valid claim and where it was written."""

    claim: Claim
    path: str  # project-relative, forward slashes
    line: int
    col: int
    field_positions: dict[str, Position]
    # For each citation: the positions of its source and quote values, and the quote's
    # character span (start, end, YAML style) in the file, for safe rewrites by --fix.
    source_positions: tuple[Position, ...]
    quote_positions: tuple[Position, ...]
    quote_spans: tuple[tuple[int, int, str] | None, ...]

    @property
    def id(self) -> str:
        return self.claim.id

    def location(self, field_name: str | None = None) -> Location:
        line, col = self.field_positions.get(field_name or "", (self.line, self.col))
        return Location(self.path, line, col)

    def quote_location(self, index: int) -> Location:
        return Location(self.path, *self.quote_positions[index])

    def source_location(self, index: int) -> Location:
        return Location(self.path, *self.source_positions[index])


@dataclass(slots=True)
class Suppression:
    line: int
    codes: tuple[str, ...]
    reason: str
    target_line: int | None  # the line where the claim below the comment starts


@dataclass(slots=True)
class ClaimFile:
    """Everything read from one claims file."""

    path: Path
    display_path: str
    claims: list[LoadedClaim] = field(default_factory=list)
    # Ids of entries that failed validation, with their positions (for duplicate-id checks).
    invalid_ids: list[tuple[str, Position]] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    suppressions: list[Suppression] = field(default_factory=list)
    text: str | None = None
    has_bom: bool = False


def load_claim_file(
    path: Path, display_path: str, *, max_file_size: int, limits: YamlLimits
) -> ClaimFile:
    """Read and validate one claims file; problems become findings, never exceptions."""
    loaded = read_yaml_file(
        path, display_path, list_key=LIST_KEY, max_file_size=max_file_size, limits=limits
    )
    result = ClaimFile(
        path, display_path, findings=list(loaded.findings), text=loaded.text, has_bom=loaded.has_bom
    )
    if loaded.text is not None:
        result.suppressions = parse_suppressions(loaded.text)
    if loaded.items is None:
        return result
    _collect(loaded, result)
    return result


def _collect(loaded: LoadedFile, result: ClaimFile) -> None:
    for item in validate_items(loaded, Claim, list_key=LIST_KEY):
        if item.model is None:
            result.findings.extend(item.findings)
            claim_id = item.node.get("id")
            if isinstance(claim_id, str):
                result.invalid_ids.append((claim_id, item.position))
            continue
        result.claims.append(loaded_claim(item.model, item.node, loaded.display_path))


def loaded_claim(claim: Claim, node: YMap, display_path: str) -> LoadedClaim:
    """A validated claim with the positions recorded in the mapping it was read from."""
    citations = [c for c in node["citations"] if isinstance(c, YMap)]
    return LoadedClaim(
        claim=claim,
        path=display_path,
        line=node.pos[0],
        col=node.pos[1],
        field_positions=dict(node.value_pos),
        source_positions=tuple(c.value_pos["source"] for c in citations),
        quote_positions=tuple(c.value_pos["quote"] for c in citations),
        quote_spans=tuple(c.spans.get("quote") for c in citations),
    )


_SUPPRESSION = re.compile(
    r"^[ \t]*#[ \t]*vraem-claims:[ \t]*ignore\[(?P<codes>[^\]]*)\]"
    r"[ \t]*(?:--[ \t]*(?P<reason>.*))?$"
)
_BLANK_OR_COMMENT = re.compile(r"^[ \t]*(?:#.*)?$")


def parse_suppressions(text: str) -> list[Suppression]:
    """`# vraem-claims: ignore[CODE, ...] -- reason` comments, with the line they apply to."""
    if "vraem-claims:" not in text:
        return []
    lines = text.splitlines()
    found = []
    for number, line in enumerate(lines, start=1):
        match = _SUPPRESSION.match(line)
        if not match:
            continue
        codes = tuple(code.strip() for code in match.group("codes").split(",") if code.strip())
        target = None
        for later in range(number, len(lines)):
            if not _BLANK_OR_COMMENT.match(lines[later]):
                bare_dash = lines[later].strip() == "-"
                target = later + 2 if bare_dash else later + 1
                break
        found.append(Suppression(number, codes, (match.group("reason") or "").strip(), target))
    return found
