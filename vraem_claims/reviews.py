"""Decisions a person made about a conflict or a duplicate pair (`claims/reviews.yaml`).

A review names the claims it judged and the fingerprint of their evidence (values,
qualifiers, units, dates, places, attributions, quotes). It applies only while the
same claims still form the group or pair and their evidence is unchanged; a new
claim joining the group, or an edited value or quote, makes it stale and brings
the finding back.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Literal

from pydantic import Field
from pydantic.dataclasses import dataclass as pydantic_dataclass

from vraem_claims.claims import LoadedClaim
from vraem_claims.findings import Finding, Location
from vraem_claims.models import RECORD, Date, Text
from vraem_claims.rules import finding
from vraem_claims.validation import read_yaml_file, validate_items
from vraem_claims.yamlload import Position, YamlLimits

LIST_KEY = "reviews"
CONFLICT_VERDICTS = ("different_period", "different_scope", "contradiction_confirmed", "preferred")
DUPLICATE_VERDICTS = ("same_fact", "distinct_facts")
Verdict = Literal[
    "different_period",
    "different_scope",
    "contradiction_confirmed",
    "preferred",
    "same_fact",
    "distinct_facts",
]


@pydantic_dataclass(frozen=True, slots=True, kw_only=True, config=RECORD)
class Review:
    # Any claim id a claims file may hold (see `models.Claim.id`), slug or not.
    claims: Annotated[list[Text], Field(min_length=2)]
    verdict: Verdict
    preferred: Text | None = None
    note: Text
    fingerprint: Annotated[str, Field(pattern=r"^[0-9a-f]{16}$")]
    reviewer: Text | None = None
    date: Date | None = None

    @property
    def key(self) -> frozenset[str]:
        return frozenset(self.claims)


@dataclass(slots=True)
class LoadedReview:
    review: Review
    location: Location


@dataclass(slots=True)
class ReviewBook:
    """The reviews of a project, and the problems found in reviews.yaml."""

    reviews: list[LoadedReview] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    used: set[int] = field(default_factory=set)

    def decision(self, ids: Iterable[str], print_: str) -> tuple[Review | None, bool]:
        """The review that applies to these claims, and whether a stale one exists."""
        key = frozenset(ids)
        stale = False
        for index, loaded in enumerate(self.reviews):
            if loaded.review.key != key:
                continue
            if loaded.review.fingerprint == print_:
                self.used.add(index)
                return loaded.review, False
            stale = True
        return None, stale


def load_reviews(
    path: Path, display_path: str, *, max_file_size: int, limits: YamlLimits
) -> ReviewBook:
    book = ReviewBook()
    if not path.exists():
        return book
    loaded = read_yaml_file(
        path, display_path, list_key=LIST_KEY, max_file_size=max_file_size, limits=limits
    )
    book.findings.extend(_as_review_problem(f) for f in loaded.findings)
    if loaded.items is None:
        return book
    for item in validate_items(loaded, Review, list_key=LIST_KEY):
        if item.model is None:
            book.findings.extend(_as_review_problem(f) for f in item.findings)
            continue
        book.reviews.append(LoadedReview(item.model, _location(display_path, item.position)))
    return book


def _location(path: str, position: Position) -> Location:
    return Location(path, *position)


def _as_review_problem(problem: Finding) -> Finding:
    if problem.code.startswith("Y") and problem.code != "Y004":
        return problem
    return finding("C004", problem.message, problem.location, field=problem.field)


def fingerprint(claims: Iterable[LoadedClaim]) -> str:
    """A short hash of the evidence of these claims, in id order."""
    evidence = [
        {
            "id": loaded.claim.id,
            "value": loaded.claim.value,
            "qualifier": loaded.claim.effective_qualifier,
            "low": loaded.claim.low,
            "high": loaded.claim.high,
            "unit": loaded.claim.unit,
            "as_of": str(loaded.claim.as_of) if loaded.claim.as_of is not None else None,
            "place": loaded.claim.place,
            "attributed_to": loaded.claim.attributed_to,
            "quotes": [[c.source, c.quote] for c in loaded.claim.citations],
        }
        for loaded in sorted(claims, key=lambda c: c.id)
    ]
    text = json.dumps(evidence, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def check_reviews(book: ReviewBook, known: set[str]) -> Iterator[Finding]:
    """Reviews that name unknown claims, misuse a verdict, or no longer apply (call last)."""
    for index, loaded in enumerate(book.reviews):
        review = loaded.review
        unknown = [claim_id for claim_id in review.claims if claim_id not in known]
        if unknown:
            yield finding(
                "C004",
                f"review names unknown claim `{unknown[0]}`",
                loaded.location,
                field="claims",
            )
            continue
        if review.verdict == "preferred" and review.preferred is None:
            yield finding(
                "C004",
                "verdict `preferred` needs `preferred: <claim id>`",
                loaded.location,
                field="preferred",
            )
            continue
        if review.preferred is not None and review.preferred not in review.claims:
            yield finding(
                "C004",
                f"`preferred` ({review.preferred}) is not one of the reviewed claims",
                loaded.location,
                field="preferred",
            )
            continue
        if index not in book.used:
            ids = ", ".join(review.claims)
            yield finding(
                "C003",
                f"review of {ids} no longer applies: the claims, their grouping or "
                "their evidence changed since it was recorded; review them again",
                loaded.location,
                field="fingerprint",
            )
