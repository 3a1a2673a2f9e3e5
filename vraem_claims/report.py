"""The conflict and duplicate reports as data: one object, rendered many ways.

`build_conflict_report` turns an analysis into quantities with timelines (date,
value, place, attribution, source, quote with the number marked), their pair
classifications, corroboration and review status. `build_duplicate_report` lists
duplicate pairs with why they matched and which claim to keep.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass, field
from typing import Any

from vraem_claims import __version__
from vraem_claims.analysis import Analysis, analyse
from vraem_claims.claims import LoadedClaim
from vraem_claims.conflicts import Conflict, Kind
from vraem_claims.corpus import Corpus, Warn, load_corpus
from vraem_claims.errors import ConfigError
from vraem_claims.numbers import find_numbers, mention_matches
from vraem_claims.project import Project
from vraem_claims.quantities import Measure
from vraem_claims.reviews import fingerprint

SCHEMA_VERSION = 1
STATUSES = ("open", "reviewed", "stale", "all")


@dataclass(frozen=True, slots=True)
class Marked:
    """A quote split around the number it states: before, number, after."""

    before: str
    number: str
    after: str

    @property
    def text(self) -> str:
        return self.before + self.number + self.after


@dataclass(slots=True)
class TimelineRow:
    claim_id: str
    date: str
    value: str
    low: float
    high: float | None  # None: open above
    unit: str
    place: str
    attributed_to: str
    source: str
    quote: Marked
    location: str


@dataclass(slots=True)
class QuantityView:
    label: str
    kind: str
    status: str  # open | reviewed | stale
    verdict: str | None
    note: str | None
    fingerprint: str
    rows: list[TimelineRow]
    pairs: list[dict[str, str]]
    corroboration: list[dict[str, Any]]


@dataclass(slots=True)
class ConflictReport:
    quantities: list[QuantityView] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema_version": SCHEMA_VERSION,
            "tool": {"name": "vraem-claims", "version": __version__},
            "summary": {
                "quantities": len(self.quantities),
                "by_kind": dict(sorted(Counter(q.kind for q in self.quantities).items())),
                "by_status": dict(sorted(Counter(q.status for q in self.quantities).items())),
            },
            "quantities": [_view_dict(view) for view in self.quantities],
        }


def _view_dict(view: QuantityView) -> dict[str, Any]:
    data = asdict(view)
    for row, source in zip(data["rows"], view.rows, strict=True):
        row["quote"] = {"text": source.quote.text, "number": source.quote.number}
    return data


def build_conflict_report(
    corpus: Corpus,
    analysis: Analysis,
    *,
    kinds: list[str] | None = None,
    status: str = "all",
    quantity: str | None = None,
    source: str | None = None,
) -> ConflictReport:
    """The quantities to show, in a stable order (most serious first)."""
    wanted = _kinds(kinds)
    if status not in STATUSES:
        raise ConfigError(f"--status must be one of {', '.join(STATUSES)}")
    if source is not None and source not in corpus.catalog.sources:
        raise ConfigError(f"--source: unknown source `{source}`")
    by_id = {claim.id: claim for claim in corpus.claims}
    report = ConflictReport()
    for conflict in analysis.conflicts:
        if conflict.kind not in wanted:
            continue
        view = _view(conflict, by_id, corpus)
        if status != "all" and view.status != status:
            continue
        if quantity is not None and not _label_matches(quantity, view.label):
            continue
        if source is not None and all(row.source != source for row in view.rows):
            continue
        report.quantities.append(view)
    report.quantities.sort(key=lambda v: (-Kind(v.kind).rank, v.label, v.rows[0].claim_id))
    return report


def _kinds(kinds: list[str] | None) -> set[Kind]:
    if not kinds:
        return {kind for kind in Kind if kind is not Kind.CONSISTENT}
    chosen = set()
    for name in kinds:
        try:
            chosen.add(Kind(name))
        except ValueError:
            known = ", ".join(kind.value for kind in Kind)
            raise ConfigError(f"--kind: unknown kind `{name}` (known: {known})") from None
    return chosen


def _label_matches(query: str, label: str) -> bool:
    from rapidfuzz import fuzz

    return fuzz.partial_ratio(query.lower(), label.lower()) >= 80


def _view(conflict: Conflict, by_id: dict[str, LoadedClaim], corpus: Corpus) -> QuantityView:
    members = [by_id[i] for i in conflict.ids]
    print_ = fingerprint(members)
    review, stale = corpus.reviews.decision(conflict.ids, print_)
    status = "reviewed" if review else ("stale" if stale else "open")
    return QuantityView(
        label=group_label(members),
        kind=conflict.kind.value,
        status=status,
        verdict=review.verdict if review else None,
        note=review.note if review else None,
        fingerprint=print_,
        rows=[_row(measure, corpus) for measure in conflict.measures],
        pairs=[
            {"a": p.a, "b": p.b, "kind": p.kind.value, "reason": p.reason}
            for p in conflict.pairs
            if p.kind is not Kind.CONSISTENT
        ],
        corroboration=[
            {"value": value, "independent": independent, "claims": claims}
            for value, independent, claims in conflict.corroboration
        ],
    )


def group_label(members: list[LoadedClaim]) -> str:
    """The label most claims of a group use, else the first claim's statement."""
    labels = Counter(m.claim.quantity for m in members if m.claim.quantity)
    if labels:
        return sorted(labels.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
    return members[0].claim.statement


def _row(measure: Measure, corpus: Corpus) -> TimelineRow:
    claim = measure.claim.claim
    citation = claim.citations[0]
    source = corpus.catalog.sources.get(citation.source)
    language = source.language if source else "en"
    number = claim.value if isinstance(claim.value, int | float) else claim.low
    as_of = claim.as_of
    published = f"{source.published} (published)" if source else ""
    date = published if as_of is None else _date(as_of)
    return TimelineRow(
        claim_id=claim.id,
        date=date,
        value=claim.value_text(),
        low=measure.interval.low,
        high=None if measure.interval.high == float("inf") else measure.interval.high,
        unit=claim.unit or measure.unit,
        place=claim.place or "",
        attributed_to=claim.attributed_to or "",
        source=citation.source,
        quote=mark_number(citation.quote, number, language),
        location=str(measure.claim.location()),
    )


def _date(as_of: object) -> str:
    start, end = getattr(as_of, "start", None), getattr(as_of, "end", None)
    return f"{start}..{end}" if start is not None else str(as_of)


def mark_number(quote: str, number: float | None, language: str) -> Marked:
    """The quote with the number that states `number` picked out."""
    if number is not None:
        for mention in find_numbers(quote, language):
            if mention_matches(float(number), mention):
                return Marked(
                    quote[: mention.start], quote[mention.start : mention.end], quote[mention.end :]
                )
    return Marked(quote, "", "")


@dataclass(slots=True)
class DuplicateView:
    keep: str
    merge: str
    score: float
    reasons: list[str]
    status: str
    keep_statement: str
    merge_statement: str
    keep_location: str
    merge_location: str


@dataclass(slots=True)
class DuplicateReport:
    pairs: list[DuplicateView] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema_version": SCHEMA_VERSION,
            "tool": {"name": "vraem-claims", "version": __version__},
            "summary": {
                "pairs": len(self.pairs),
                "by_status": dict(sorted(Counter(p.status for p in self.pairs).items())),
            },
            "pairs": [asdict(pair) for pair in self.pairs],
        }


def build_duplicate_report(
    corpus: Corpus, analysis: Analysis, *, status: str = "open"
) -> DuplicateReport:
    if status not in STATUSES:
        raise ConfigError(f"--status must be one of {', '.join(STATUSES)}")
    by_id = {claim.id: claim for claim in corpus.claims}
    report = DuplicateReport()
    for pair in analysis.duplicates:
        a, b = (by_id[i] for i in pair.ids)
        review, stale = corpus.reviews.decision(pair.ids, fingerprint([a, b]))
        state = "reviewed" if review else ("stale" if stale else "open")
        if status != "all" and state != status:
            continue
        keep, merge = sorted((a, b), key=lambda c: (-len(c.claim.citations), c.path, c.line))
        report.pairs.append(
            DuplicateView(
                keep=keep.id,
                merge=merge.id,
                score=pair.score,
                reasons=list(pair.reasons),
                status=state,
                keep_statement=keep.claim.statement,
                merge_statement=merge.claim.statement,
                keep_location=str(keep.location()),
                merge_location=str(merge.location()),
            )
        )
    report.pairs.sort(key=lambda p: (-p.score, p.keep, p.merge))
    return report


def project_conflicts(
    project: Project,
    *,
    kinds: list[str] | None = None,
    status: str = "all",
    quantity: str | None = None,
    source: str | None = None,
    warn: Warn | None = None,
) -> ConflictReport:
    """`vraem-claims conflicts`: load the project, compare its claims, build the report.
    `warn` hears what loading left out (see `corpus.left_out`)."""
    corpus = load_corpus(project, warn=warn)
    return build_conflict_report(
        corpus, analyse(corpus), kinds=kinds, status=status, quantity=quantity, source=source
    )


def project_duplicates(
    project: Project, *, status: str = "all", warn: Warn | None = None
) -> DuplicateReport:
    """`vraem-claims duplicates`: load the project, compare its claims, build the report.
    `warn` hears what loading left out (see `corpus.left_out`)."""
    corpus = load_corpus(project, warn=warn)
    return build_duplicate_report(corpus, analyse(corpus), status=status)


def check_tablefmt(tablefmt: str) -> str:
    from tabulate import tabulate_formats

    if tablefmt not in tabulate_formats:
        raise ConfigError(
            f"--tablefmt: unknown format `{tablefmt}` (known: {', '.join(tabulate_formats)})"
        )
    return tablefmt
