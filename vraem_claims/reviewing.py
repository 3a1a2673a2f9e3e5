"""`review`: record a person's decision on a conflict group or a duplicate pair.

The claims named must be exactly one current finding: all the claims of one
quantity group (`analysis.analyse(corpus).conflicts`) for a conflict verdict, or
one duplicate pair for a duplicate verdict. The review stores the fingerprint of
their evidence (`reviews.fingerprint`), so it stops applying when that evidence
changes. A new review of the same claims replaces the earlier ones, in place.
"""

from __future__ import annotations

import datetime as dt
import difflib
from dataclasses import dataclass

from vraem_claims.analysis import Analysis, analyse, unique_claims
from vraem_claims.corpus import load_corpus
from vraem_claims.errors import InputError
from vraem_claims.filing import decode_text, require_writable
from vraem_claims.project import Project
from vraem_claims.prompts import Asker, missing
from vraem_claims.reviews import CONFLICT_VERDICTS, DUPLICATE_VERDICTS, Review, fingerprint
from vraem_claims.storage import locked_update, writable
from vraem_claims.validation import model_or_error
from vraem_claims.yamlinsert import append_item, check_edit, list_items, replace_item
from vraem_claims.yamlload import BOM, YMap
from vraem_claims.yamlrender import Plain

LIST_KEY = "reviews"
VERDICTS = (*CONFLICT_VERDICTS, *DUPLICATE_VERDICTS)


@dataclass(frozen=True, slots=True)
class ReviewRequest:
    ids: tuple[str, ...] = ()
    verdict: str | None = None
    note: str | None = None
    preferred: str | None = None
    reviewer: str | None = None
    date: str | None = None


@dataclass(frozen=True, slots=True)
class ReviewOutcome:
    review: Review
    path: str
    line: int
    replaced: int  # earlier reviews of the same claims that this one replaced
    finding: str  # "quantity group" or "duplicate pair"


def record_review(
    project: Project, request: ReviewRequest, *, ask: Asker | None, today: dt.date | None = None
) -> ReviewOutcome:
    """Check the decision against the current findings and write it to claims/reviews.yaml."""
    require_writable(project)
    if ask is None:
        needed = [
            option
            for option, given in (
                ("CLAIM_IDS", request.ids),
                ("--verdict", request.verdict),
                ("--note", request.note),
            )
            if not given
        ]
        if needed:
            raise missing(needed)
    corpus = load_corpus(project)
    analysis = analyse(corpus)
    by_id = {claim.id: claim for claim in unique_claims(corpus)}
    ids = list(request.ids) or _ask_ids(ask, analysis)
    _check_known(ids, set(by_id))
    verdict = request.verdict or _choose(ask, "Verdict", VERDICTS)
    if verdict not in VERDICTS:
        raise InputError(f"unknown verdict `{verdict}`; one of: {', '.join(VERDICTS)}")
    ordered, what = _finding(ids, verdict, analysis)
    preferred = request.preferred
    if verdict == "preferred" and not preferred:
        if ask is None:
            raise InputError("verdict `preferred` needs --preferred CLAIM_ID")
        preferred = _choose(ask, "Preferred claim", tuple(ordered))
    if preferred is not None and preferred not in ordered:
        raise InputError(f"--preferred `{preferred}` is not one of {', '.join(ordered)}")
    note = request.note or _required(ask, "Note (why)")
    review = _model(
        {
            "claims": ordered,
            "verdict": verdict,
            "preferred": preferred,
            "note": note,
            "fingerprint": fingerprint(by_id[i] for i in ordered),
            "reviewer": request.reviewer,
            "date": request.date or (today or dt.date.today()).isoformat(),
        }
    )
    return _write(project, review, what)


def _ask_ids(ask: Asker | None, analysis: Analysis) -> list[str]:
    assert ask is not None  # non-interactive use checked the ids first
    for conflict in analysis.conflicts:
        ask.say(f"quantity group ({conflict.kind.value}): {' '.join(conflict.ids)}")
    for pair in analysis.duplicates:
        ask.say(f"duplicate pair: {' '.join(pair.ids)}")
    return _required(ask, "Claim ids (space-separated)").split()


def _required(ask: Asker | None, label: str) -> str:
    assert ask is not None
    while True:
        answer = ask.text(label).strip()
        if answer:
            return answer
        ask.say("An answer is required.")


def _choose(ask: Asker | None, label: str, choices: tuple[str, ...]) -> str:
    assert ask is not None
    while True:
        answer = ask.text(f"{label} ({', '.join(choices)})").strip()
        if answer in choices:
            return answer
        ask.say(f"Please answer one of: {', '.join(choices)}.")


def _check_known(ids: list[str], known: set[str]) -> None:
    if len(set(ids)) < 2:
        raise InputError("a review names at least two different claims")
    for claim_id in ids:
        if claim_id not in known:
            close = difflib.get_close_matches(claim_id, sorted(known), n=1, cutoff=0.6)
            hint = f"; did you mean `{close[0]}`?" if close else ""
            raise InputError(f"unknown claim `{claim_id}`{hint}")


def _finding(ids: list[str], verdict: str, analysis: Analysis) -> tuple[list[str], str]:
    """The group or pair the ids form (in its own order), or an error saying what they form."""
    wanted = frozenset(ids)
    if verdict in CONFLICT_VERDICTS:
        for conflict in analysis.conflicts:
            if frozenset(conflict.ids) == wanted:
                return list(conflict.ids), "quantity group"
        groups = {i: c.ids for c in analysis.conflicts for i in c.ids if i in wanted}
        raise InputError(
            f"verdict `{verdict}` is for a quantity group, and {_listed(ids)} are not exactly "
            f"one: {_membership(ids, groups, 'quantity group')}"
        )
    for pair in analysis.duplicates:
        if frozenset(pair.ids) == wanted:
            return list(pair.ids), "duplicate pair"
    pairs: dict[str, list[str]] = {}
    for pair in analysis.duplicates:
        for claim_id in pair.ids:
            if claim_id in wanted:
                pairs.setdefault(claim_id, list(pair.ids))
    raise InputError(
        f"verdict `{verdict}` is for a duplicate pair, and {_listed(ids)} are not one: "
        f"{_membership(ids, pairs, 'duplicate pair')}"
    )


def _listed(ids: list[str]) -> str:
    return ", ".join(f"`{i}`" for i in ids)


def _membership(ids: list[str], found: dict[str, list[str]], what: str) -> str:
    parts = []
    for claim_id in ids:
        members = found.get(claim_id)
        parts.append(
            f"`{claim_id}` is in the {what} [{', '.join(members)}]"
            if members
            else f"`{claim_id}` is in no {what}"
        )
    return "; ".join(parts)


def _model(values: dict[str, object]) -> Review:
    return model_or_error(Review, values, as_options=True)


def _fields(review: Review) -> list[tuple[str, object]]:
    values: dict[str, object] = {
        "claims": list(review.claims),
        "verdict": review.verdict,
        "preferred": review.preferred,
        "note": review.note,
        "fingerprint": review.fingerprint,
        "reviewer": review.reviewer,
        "date": Plain(str(review.date)) if review.date is not None else None,
    }
    return [(key, value) for key, value in values.items() if value is not None]


def _write(project: Project, review: Review, what: str) -> ReviewOutcome:
    path = project.reviews_file
    display = project.relative(path)
    result: list[tuple[int, int]] = []

    def update(current: bytes | None) -> bytes:
        if path.exists() and not writable(path):
            raise InputError(f"{display}: the file is read-only")
        text = decode_text(current, display) if current is not None else None
        has_bom = current is not None and current.startswith(BOM)
        items = list_items(text, LIST_KEY)
        same = [
            index
            for index, item in enumerate(items)
            if isinstance(item, YMap)
            and isinstance(item.get("claims"), list)
            and frozenset(map(str, item["claims"])) == review.key
        ]
        fields = _fields(review)
        if same:
            edit = replace_item(
                text or "", LIST_KEY, same[0], fields, drop=same[1:], display=display
            )
            kept_old = [i for i in range(len(items)) if i not in same[1:]]
            kept = [(old, new) for new, old in enumerate(kept_old) if old != same[0]]
            written = {kept_old.index(same[0]): review}
        else:
            edit = append_item(text, LIST_KEY, fields, display=display)
            kept = [(i, i) for i in range(len(items))]
            written = {len(items): review}
        check_edit(text, edit.text, LIST_KEY, kept=kept, written=written, display=display)
        result.append((edit.line, len(same)))
        return (BOM if has_bom else b"") + edit.text.encode("utf-8")

    locked_update(path, update)
    line, replaced = result[0]
    return ReviewOutcome(review, display, line, replaced, what)


def render_review(outcome: ReviewOutcome) -> str:
    review = outcome.review
    preferred = f" (preferred: {review.preferred})" if review.preferred else ""
    replaced = (
        f", replacing {outcome.replaced} earlier review{'s' if outcome.replaced > 1 else ''}"
        if outcome.replaced
        else ""
    )
    return (
        f"Recorded `{review.verdict}`{preferred} for the {outcome.finding} "
        f"{', '.join(review.claims)} in {outcome.path}:{outcome.line}{replaced}.\n"
    )
