"""Reviews apply to the exact evidence they judged, and come back when it changes."""

from __future__ import annotations

from pathlib import Path

from vraem_claims.analysis import analyse, comparison_findings
from vraem_claims.reviews import fingerprint

from conftest import claim, corpus_of

STRIPS = {
    "quantity": "clandestine landing strips destroyed",
    "unit": "airstrips",
    "as_of": 2014,
    "place": "VRAEM",
}
CLAIMS = [
    claim("police", "Police destroyed 263 clandestine landing strips.", value=263, **STRIPS),
    claim("other", "Police destroyed 310 clandestine landing strips.", value=310, **STRIPS),
]


def codes(tmp_path: Path, claims: list[dict[str, object]], reviews: str = "") -> list[str]:
    extra = {"reviews": reviews} if reviews else {}
    corpus = corpus_of(tmp_path / "p", claims, **extra)
    return sorted(f.code for f in comparison_findings(corpus, analyse(corpus)))


def review_of(tmp_path: Path, claims: list[dict[str, object]], ids: list[str]) -> str:
    corpus = corpus_of(tmp_path / "fingerprint", claims)
    members = [c for c in corpus.claims if c.id in ids]
    return (
        "reviews:\n"
        f"  - claims: [{', '.join(ids)}]\n"
        "    verdict: contradiction_confirmed\n"
        "    note: Checked against the police bulletin.\n"
        f"    fingerprint: {fingerprint(members)}\n"
    )


def test_unreviewed_contradiction_is_reported(tmp_path: Path) -> None:
    assert codes(tmp_path, CLAIMS) == ["C001"]


def test_a_review_silences_it(tmp_path: Path) -> None:
    reviews = review_of(tmp_path, CLAIMS, ["police", "other"])
    assert codes(tmp_path, CLAIMS, reviews) == []


def test_changed_evidence_brings_it_back(tmp_path: Path) -> None:
    reviews = review_of(tmp_path, CLAIMS, ["police", "other"])
    edited = [CLAIMS[0], {**CLAIMS[1], "value": 320, "statement": "Police destroyed 320."}]
    assert codes(tmp_path, edited, reviews) == ["C001", "C003"]


def test_a_new_claim_in_the_group_brings_it_back(tmp_path: Path) -> None:
    reviews = review_of(tmp_path, CLAIMS, ["police", "other"])
    joined = [
        *CLAIMS,
        claim("third", "Police destroyed 150 clandestine landing strips.", value=150, **STRIPS),
    ]
    assert codes(tmp_path, joined, reviews) == ["C001", "C003"]


def test_fingerprint_changes_with_any_evidence(tmp_path: Path) -> None:
    corpus = corpus_of(tmp_path / "p", CLAIMS)
    before = fingerprint(corpus.claims)
    assert fingerprint(list(reversed(corpus.claims))) == before
    changed = [
        {**CLAIMS[0], "citations": [{"source": "report-en", "quote": "another quote"}]},
        CLAIMS[1],
    ]
    assert fingerprint(corpus_of(tmp_path / "q", changed).claims) != before


def test_reviews_of_unknown_claims_are_invalid(tmp_path: Path) -> None:
    reviews = (
        "reviews:\n  - claims: [police, ghost]\n    verdict: same_fact\n"
        "    note: typo\n    fingerprint: 0123456789abcdef\n"
    )
    assert codes(tmp_path, CLAIMS, reviews) == ["C001", "C004"]


def test_malformed_reviews_are_invalid(tmp_path: Path) -> None:
    reviews = "reviews:\n  - claims: [police]\n    verdict: maybe\n"
    assert codes(tmp_path, CLAIMS, reviews) == ["C001", "C004", "C004", "C004", "C004"]
