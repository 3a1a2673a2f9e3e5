"""Claim files: loading them into validated claims that remember where they were written."""

from __future__ import annotations

import re
from array import array
from dataclasses import dataclass, field
from pathlib import Path

from vraem_claims.findings import Finding, Location, Severity
from vraem_claims.models import Claim
from vraem_claims.validation import LoadedFile, invalid_id, read_yaml_file, validate_items
from vraem_claims.yamlload import Position, YamlLimits, YMap

LIST_KEY = "claims"


@dataclass(slots=True)
class LoadedClaim:
    """A valid claim and where it was written.

    A million claims can be loaded at once, so the positions are packed: the names of the
    fields that were written (one tuple shared by every claim of the same shape), and in
    `numbers` the (line, col) of each of those fields, then for each citation the (line,
    col) of its source and of its quote, then the quote's character span in the file
    (start, end; -1, -1 when it has none), whose YAML style is in `styles`. A dict of
    tuples would take ten times the memory.
    """

    claim: Claim
    path: str  # project-relative, forward slashes
    line: int
    col: int
    fields: tuple[str, ...]
    numbers: array[int]
    styles: tuple[str, ...]

    @property
    def id(self) -> str:
        return self.claim.id

    def field_position(self, field_name: str) -> Position | None:
        try:
            index = self.fields.index(field_name)
        except ValueError:
            return None
        return self.numbers[2 * index], self.numbers[2 * index + 1]

    def _citation_numbers(self, index: int) -> array[int]:
        start = 2 * len(self.fields) + 6 * index
        return self.numbers[start : start + 6]

    def location(self, field_name: str | None = None) -> Location:
        position = self.field_position(field_name) if field_name else None
        return Location(self.path, *(position or (self.line, self.col)))

    def source_location(self, index: int) -> Location:
        line, col = self._citation_numbers(index)[0:2]
        return Location(self.path, line, col)

    def quote_location(self, index: int) -> Location:
        line, col = self._citation_numbers(index)[2:4]
        return Location(self.path, line, col)

    def quote_span(self, index: int) -> tuple[int, int, str] | None:
        """The quote's character span in the file and its YAML style, for --fix."""
        start, end = self._citation_numbers(index)[4:6]
        return None if start < 0 else (start, end, self.styles[index])


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
    # Entries left out because they fail the schema, and whether the file could be read.
    rejected: int = 0
    unreadable: bool = False
    findings: list[Finding] = field(default_factory=list)
    suppressions: list[Suppression] = field(default_factory=list)


def load_claim_file(
    path: Path, display_path: str, *, max_file_size: int, limits: YamlLimits
) -> ClaimFile:
    """Read and validate one claims file; problems become findings, never exceptions."""
    loaded = read_yaml_file(
        path, display_path, list_key=LIST_KEY, max_file_size=max_file_size, limits=limits
    )
    result = ClaimFile(path, display_path, findings=list(loaded.findings))
    if loaded.text is not None:
        result.suppressions = parse_suppressions(loaded.text)
    if loaded.items is None:
        result.unreadable = any(f.severity is Severity.ERROR for f in loaded.findings)
        return result
    _collect(loaded, result)
    return result


def _collect(loaded: LoadedFile, result: ClaimFile) -> None:
    for item in validate_items(loaded, Claim, list_key=LIST_KEY):
        if item.model is None:
            result.rejected += 1
            result.findings.extend(item.findings)
            claim_id = item.node.get("id")
            if isinstance(claim_id, str):
                result.invalid_ids.append((claim_id, item.position))
                position = item.node.value_pos.get("id", item.position)
                bad_id = invalid_id(claim_id, Location(loaded.display_path, *position))
                if bad_id is not None:
                    result.findings.append(bad_id)
            continue
        result.claims.append(loaded_claim(item.model, item.node, loaded.display_path))


def loaded_claim(claim: Claim, node: YMap, display_path: str) -> LoadedClaim:
    """A validated claim with the positions recorded in the mapping it was read from."""
    citations = [c for c in node["citations"] if isinstance(c, YMap)]
    numbers: list[int] = []
    for position in node.value_pos.values():
        numbers.extend(position)
    styles = []
    for citation in citations:
        numbers.extend(citation.value_pos["source"])
        numbers.extend(citation.value_pos["quote"])
        start, end, style = citation.spans.get("quote") or (-1, -1, "")
        numbers.extend((start, end))
        styles.append(style)
    return LoadedClaim(
        claim=claim,
        path=display_path,
        line=node.pos[0],
        col=node.pos[1],
        fields=_shared(tuple(node.value_pos)),
        numbers=_packed(numbers),
        styles=_shared(tuple(styles)),
    )


def _packed(numbers: list[int]) -> array[int]:
    """The numbers as 32-bit integers, sized exactly; 64-bit in a file past 2 GB."""
    try:
        return array("i", numbers)
    except OverflowError:
        return array("q", numbers)


_SHAPES: dict[tuple[str, ...], tuple[str, ...]] = {}


def _shared(names: tuple[str, ...]) -> tuple[str, ...]:
    """One tuple for every claim with the same field names (or quote styles)."""
    return _SHAPES.setdefault(names, names)


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
