"""Comparing claims with each other: same-quantity groups, conflicts and duplicates."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from vraem_claims.claims import LoadedClaim
from vraem_claims.conflicts import Conflict, Kind, classify_group
from vraem_claims.corpus import Corpus
from vraem_claims.duplicates import DuplicatePair, numeric_duplicates, text_duplicates
from vraem_claims.findings import Finding
from vraem_claims.grouping import QuantityGroup, group_quantities
from vraem_claims.models import Period
from vraem_claims.quantities import Measure, measures_of
from vraem_claims.reviews import check_reviews, fingerprint
from vraem_claims.rules import finding
from vraem_claims.textkeys import TextKeys


@dataclass(slots=True)
class Analysis:
    measures: list[Measure]
    groups: list[QuantityGroup]
    conflicts: list[Conflict]
    duplicates: list[DuplicatePair]


def analyse(corpus: Corpus) -> Analysis:
    """Group the corpus's numeric claims by quantity, classify the groups, find duplicates."""
    keys = TextKeys(corpus.aliases)
    claims = unique_claims(corpus)
    measures = measures_of(
        claims, corpus.catalog, keys, tolerance=corpus.project.settings.about_tolerance
    )
    groups = group_quantities(measures)
    conflicts = [classify_group(group, corpus.catalog) for group in groups]
    numeric = {m.id for m in measures}
    duplicates = sorted(
        numeric_duplicates(groups) + text_duplicates(claims, keys, numeric),
        key=lambda pair: pair.ids,
    )
    return Analysis(measures, groups, conflicts, duplicates)


def unique_claims(corpus: Corpus) -> list[LoadedClaim]:
    """The corpus's claims, the first of each id only (repeated ids are S005 findings)."""
    seen: dict[str, LoadedClaim] = {}
    for claim in corpus.claims:
        seen.setdefault(claim.id, claim)
    return list(seen.values())


def comparison_findings(corpus: Corpus, analysis: Analysis) -> Iterator[Finding]:
    """Unreviewed contradictions (C001) and duplicates (C002), then stale or bad reviews."""
    book = corpus.reviews
    by_id = {claim.id: claim for claim in unique_claims(corpus)}
    for conflict in analysis.conflicts:
        members = [by_id[i] for i in conflict.ids]
        review, stale = book.decision(conflict.ids, fingerprint(members))
        if review is not None or conflict.kind is not Kind.CONTRADICTION:
            continue
        first = members[0]
        clashes = [p for p in conflict.pairs if p.kind is Kind.CONTRADICTION]
        described = "; ".join(
            f"`{p.a}` {_value(by_id[p.a])} vs `{p.b}` {_value(by_id[p.b])}" for p in clashes[:3]
        )
        more = f" and {len(clashes) - 3} more" if len(clashes) > 3 else ""
        again = " (its review is stale)" if stale else ""
        yield finding(
            "C001",
            f"contradiction{again}: {described}{more}; record a decision with "
            "`vraem-claims review`",
            first.location(),
            claim_id=first.id,
            related=tuple(by_id[i].location() for i in conflict.ids[1:]),
        )
    for pair in analysis.duplicates:
        a, b = by_id[pair.ids[0]], by_id[pair.ids[1]]
        review, _ = book.decision(pair.ids, fingerprint([a, b]))
        if review is not None:
            continue
        yield finding(
            "C002",
            f"states the same fact as `{a.id}` ({a.location()}): "
            f"{', '.join(pair.reasons[1:])}; merge the citations into one claim",
            b.location(),
            claim_id=b.id,
            related=(a.location(),),
        )
    yield from book.findings
    yield from check_reviews(book, set(by_id))


def _value(loaded: LoadedClaim) -> str:
    claim = loaded.claim
    unit = f" {claim.unit}" if claim.unit else ""
    as_of = claim.as_of
    when = f" ({as_of})" if as_of is not None and not isinstance(as_of, Period) else ""
    return f"{claim.value_text()}{unit}{when}"
