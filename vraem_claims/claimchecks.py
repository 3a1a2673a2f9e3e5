"""Checks on a claim's own fields and dates, and on ids across claims."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator

from vraem_claims.claims import LoadedClaim
from vraem_claims.findings import Finding, Location
from vraem_claims.models import Period
from vraem_claims.rules import finding
from vraem_claims.sources import SourceCatalog
from vraem_claims.validation import invalid_id
from vraem_claims.yamlload import Position


def check_fields(loaded: LoadedClaim) -> Iterator[Finding]:
    """An id that is no slug, and fields that must agree with each other: bounds, signs,
    qualifiers on numbers."""
    claim = loaded.claim
    claim_id = claim.id
    bad_id = invalid_id(claim_id, loaded.location("id"))
    if bad_id is not None:
        yield bad_id
    qualifier = claim.qualifier
    has_bounds = claim.low is not None or claim.high is not None
    if qualifier == "range" and (claim.low is None or claim.high is None):
        missing = "low" if claim.low is None else "high"
        yield finding(
            "S007",
            f"`qualifier: range` needs both `low` and `high`; `{missing}` is missing",
            loaded.location("qualifier"),
            claim_id=claim_id,
            field="qualifier",
        )
    elif has_bounds and qualifier != "range":
        field_name = "low" if claim.low is not None else "high"
        yield finding(
            "S007",
            f"`{field_name}` is only used with `qualifier: range`",
            loaded.location(field_name),
            claim_id=claim_id,
            field=field_name,
        )
    if claim.low is not None and claim.high is not None and claim.low > claim.high:
        yield finding(
            "S008",
            f"`low` ({claim.low}) is greater than `high` ({claim.high})",
            loaded.location("low"),
            claim_id=claim_id,
            field="low",
        )
    for field_name in ("value", "low", "high"):
        number = getattr(claim, field_name)
        if isinstance(number, int | float) and number < 0:
            yield finding(
                "S010",
                f"`{field_name}` is negative ({number})",
                loaded.location(field_name),
                claim_id=claim_id,
                field=field_name,
            )
    if not claim.is_numeric:
        for field_name in ("qualifier", "unit"):
            if getattr(claim, field_name) is not None:
                yield finding(
                    "S012",
                    f"`{field_name}` is set but `value` is not a number",
                    loaded.location(field_name),
                    claim_id=claim_id,
                    field=field_name,
                )


def check_dates(
    loaded: LoadedClaim, catalog: SourceCatalog, *, today: dt.date
) -> Iterator[Finding]:
    """`as_of` after a cited source's publication, or in the future."""
    claim = loaded.claim
    as_of = claim.as_of
    if as_of is None:
        return
    start = as_of.start.first_day if isinstance(as_of, Period) else as_of.first_day
    label = f"{as_of.start}..{as_of.end}" if isinstance(as_of, Period) else str(as_of)
    location = loaded.location("as_of")
    if start > today:
        yield finding(
            "D002",
            f"`as_of` ({label}) lies in the future",
            location,
            claim_id=claim.id,
            field="as_of",
        )
        return
    for source_id in dict.fromkeys(citation.source for citation in claim.citations):
        source = catalog.sources.get(source_id)
        if source is not None and start > source.published.last_day:
            yield finding(
                "D001",
                f"`as_of` ({label}) starts after `{source_id}` was published "
                f"({source.published}); a forecast or target should say so in the statement",
                location,
                claim_id=claim.id,
                field="as_of",
            )


def check_ids(
    claims: Iterable[tuple[str, str, Position]],
) -> Iterator[Finding]:
    """Claim ids used more than once, across all files: (id, path, position) in file order."""
    first: dict[str, Location] = {}
    for claim_id, path, position in claims:
        location = Location(path, *position)
        if claim_id in first:
            earlier = first[claim_id]
            yield finding(
                "S005",
                f"claim id `{claim_id}` is already used at {earlier}",
                location,
                claim_id=claim_id,
                field="id",
                related=(earlier,),
            )
        else:
            first[claim_id] = location


def check_source_dates(catalog: SourceCatalog, *, today: dt.date) -> Iterator[Finding]:
    """Sources published in the future (a typo in the year)."""
    for source_id, source in catalog.sources.items():
        if source.published.first_day > today:
            line, col = catalog.positions[source_id].get("published", (1, 1))
            yield finding(
                "D002",
                f"source `{source_id}` is dated {source.published}, in the future",
                Location(catalog.display_path, line, col),
                field="published",
            )
