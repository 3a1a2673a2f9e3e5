"""`review`: decisions tied to exactly one current group or pair, written in place."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from vraem_claims.errors import InputError
from vraem_claims.lint import lint_project
from vraem_claims.project import find_project
from vraem_claims.reviewing import ReviewRequest, record_review, render_review

from conftest import FIXTURES, TODAY, build_project

REVIEWS = FIXTURES / "authoring" / "reviews"
GROUP = ("airstrips-2014-report", "airstrips-2014-other")
PAIR = ("cocaine-plane-again", "cocaine-plane")


@pytest.fixture
def root(tmp_path: Path) -> Path:
    return build_project(tmp_path / "project", REVIEWS)


def review(root: Path, *ids: str, **options: str):  # type: ignore[no-untyped-def]
    request = ReviewRequest(ids=ids, **options)
    return record_review(find_project(root), request, ask=None, today=TODAY)


def lint_codes(root: Path) -> list[str]:
    return [f.code for f in lint_project(find_project(root), today=TODAY).findings]


def test_a_new_review_of_a_group_replaces_the_stale_one_in_place(root: Path) -> None:
    assert lint_codes(root) == ["C001", "C002", "C003"]
    outcome = review(
        root,
        *GROUP,
        verdict="preferred",
        preferred="airstrips-2014-report",
        note="The police bulletin says 263.",
        reviewer="Ana",
    )
    text = (root / "claims" / "reviews.yaml").read_text(encoding="utf-8")
    assert text == (
        "# Decisions on conflicts and duplicates.\n"
        "reviews:\n"
        "  # An old decision: its fingerprint no longer matches.\n"
        "  - claims: [airstrips-2014-other, airstrips-2014-report]\n"
        "    verdict: preferred\n"
        "    preferred: airstrips-2014-report\n"
        "    note: The police bulletin says 263.\n"
        f"    fingerprint: {outcome.review.fingerprint}\n"
        "    reviewer: Ana\n"
        "    date: 2026-11-23\n"
    )
    assert render_review(outcome) == (
        "Recorded `preferred` (preferred: airstrips-2014-report) for the quantity group "
        "airstrips-2014-other, airstrips-2014-report in claims/reviews.yaml:4, "
        "replacing 1 earlier review.\n"
    )
    assert lint_codes(root) == ["C002"]


def test_a_duplicate_pair_is_appended(root: Path) -> None:
    outcome = review(root, *PAIR, verdict="same_fact", note="One figure.", date="2026-01-02")
    text = (root / "claims" / "reviews.yaml").read_text(encoding="utf-8")
    assert text.endswith(
        "    fingerprint: 0123456789abcdef\n"
        "  - claims: [cocaine-plane, cocaine-plane-again]\n"
        "    verdict: same_fact\n"
        "    note: One figure.\n"
        f"    fingerprint: {outcome.review.fingerprint}\n"
        "    date: 2026-01-02\n"
    )
    assert (outcome.line, outcome.replaced, outcome.finding) == (8, 0, "duplicate pair")
    assert lint_codes(root) == ["C001", "C003"]


def test_reviews_yaml_is_created_when_absent(root: Path) -> None:
    (root / "claims" / "reviews.yaml").unlink()
    review(root, *PAIR, verdict="distinct_facts", note="Two planes.")
    text = (root / "claims" / "reviews.yaml").read_text(encoding="utf-8")
    assert text.startswith("reviews:\n  - claims: [cocaine-plane, cocaine-plane-again]\n")
    assert lint_codes(root) == ["C001"]


REFUSALS = {
    "unknown id": (
        ("airstrips-2014-reprot", "airstrips-2014-other"),
        {"verdict": "different_scope"},
        "unknown claim `airstrips-2014-reprot`; did you mean `airstrips-2014-report`?",
    ),
    "one id": (("cocaine-plane",), {"verdict": "same_fact"}, "at least two different claims"),
    "not one group": (
        ("airstrips-2014-report", "cocaine-plane"),
        {"verdict": "different_scope"},
        "verdict `different_scope` is for a quantity group, and `airstrips-2014-report`, "
        "`cocaine-plane` are not exactly one: `airstrips-2014-report` is in the quantity group "
        "[airstrips-2014-other, airstrips-2014-report]; `cocaine-plane` is in the quantity "
        "group [cocaine-plane, cocaine-plane-again]",
    ),
    "not a pair": (
        GROUP,
        {"verdict": "same_fact"},
        "verdict `same_fact` is for a duplicate pair, and `airstrips-2014-report`, "
        "`airstrips-2014-other` are not one: `airstrips-2014-report` is in no duplicate pair; "
        "`airstrips-2014-other` is in no duplicate pair",
    ),
    "unknown verdict": (GROUP, {"verdict": "wrong"}, "unknown verdict `wrong`; one of:"),
    "preferred missing": (GROUP, {"verdict": "preferred"}, "needs --preferred CLAIM_ID"),
    "preferred outside": (
        GROUP,
        {"verdict": "preferred", "preferred": "cocaine-plane"},
        "--preferred `cocaine-plane` is not one of airstrips-2014-other, airstrips-2014-report",
    ),
    "bad date": (GROUP, {"verdict": "different_scope", "date": "soon"}, "--date"),
    "no note": (GROUP, {"verdict": "different_scope", "note": ""}, "missing --note"),
}


@pytest.mark.parametrize("case", REFUSALS, ids=list(REFUSALS))
def test_bad_reviews_are_refused_and_change_no_file(root: Path, case: str) -> None:
    ids, options, message = REFUSALS[case]
    before = (root / "claims" / "reviews.yaml").read_bytes()
    with pytest.raises(InputError, match=re.escape(message)):
        review(root, *ids, **{"note": "A note.", **options})
    assert (root / "claims" / "reviews.yaml").read_bytes() == before


def test_missing_options_are_named_together(root: Path) -> None:
    with pytest.raises(InputError, match=re.escape("missing CLAIM_IDS, --verdict, --note")):
        review(root)


def test_a_read_only_reviews_file_is_refused(root: Path) -> None:
    path = root / "claims" / "reviews.yaml"
    path.chmod(0o444)
    with pytest.raises(InputError, match=re.escape("reviews.yaml: the file is read-only")):
        review(root, *PAIR, verdict="same_fact", note="x")
