"""`add`: from what the user gave (options or answers) to a checked claim written in place.

The claim is checked exactly as `lint` checks it (`lint.check_claim`, on the claim
as it reads back from the file text that would be written), and compared with
the claims already there (`analysis.analyse`), before anything is written.
Errors refuse the claim; warnings, duplicates and conflicts are shown.
"""

from __future__ import annotations

import datetime as dt
import difflib
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from vraem_claims.anchoring import Match
from vraem_claims.claims import ClaimFile, LoadedClaim, loaded_claim
from vraem_claims.corpus import Corpus, load_corpus
from vraem_claims.drafting import (
    Numbers,
    QuoteCheck,
    check_quote,
    describe_mismatch,
    number_text,
    parse_as_of,
    parse_value,
    propose_id,
    read_numbers,
    value_mentions,
)
from vraem_claims.errors import InputError
from vraem_claims.filing import (
    append_claim,
    check_target,
    choose_file,
    plan_append,
    read_text,
    require_writable,
)
from vraem_claims.findings import Finding, Severity
from vraem_claims.models import SLUG_PATTERN, Claim
from vraem_claims.project import Project
from vraem_claims.prompts import Asker, missing
from vraem_claims.sources import SourceText
from vraem_claims.textkeys import TextKeys
from vraem_claims.yamlload import YMap, load_yaml
from vraem_claims.yamlrender import Plain

FIELD_ORDER = (
    "id statement quantity value qualifier low high unit as_of place attributed_to "
    "citations tags notes"
).split()


@dataclass(frozen=True, slots=True)
class ClaimDraft:
    """What the user gave; None where nothing was given."""

    source: str | None = None
    quote: str | None = None
    statement: str | None = None
    value: str | None = None
    qualifier: str | None = None
    unit: str | None = None
    as_of: str | None = None
    place: str | None = None
    attributed_to: str | None = None
    quantity: str | None = None
    tags: tuple[str, ...] = ()
    notes: str | None = None
    id: str | None = None
    file: Path | None = None
    use_source_text: bool = False


@dataclass(slots=True)
class AddOutcome:
    """What `add` did, or would do with --dry-run."""

    claim: Claim
    path: str  # project-relative
    line: int  # where the claim starts in the file
    yaml: str  # the claim's text as written
    written: bool
    created: bool
    notes: list[str] = field(default_factory=list)
    warnings: list[Finding] = field(default_factory=list)
    related: list[str] = field(default_factory=list)
    previewed: bool = False  # notes, warnings and related claims were already shown


def add_claim(
    project: Project,
    draft: ClaimDraft,
    *,
    ask: Asker | None,
    dry_run: bool = False,
    today: dt.date | None = None,
) -> AddOutcome:
    """Check a new claim like `lint` and append it to a claims file, keeping the file's text."""
    if ask is None:
        needed = [
            f"--{name}" for name in ("source", "quote", "statement") if not getattr(draft, name)
        ]
        if needed:
            raise missing(needed)
    if not dry_run:
        require_writable(project)
    corpus = load_corpus(project)
    keys = TextKeys(corpus.aliases)
    text = _source(corpus, draft.source, ask)
    quote = _quote(corpus, text, draft, ask)
    statement = draft.statement or _required(ask, "Statement (one sentence, in your words)")
    numbers = _numbers(quote, text.source.language, draft, ask)
    optional = {
        "quantity": draft.quantity,
        "as_of": draft.as_of,
        "place": draft.place,
        "attributed_to": draft.attributed_to,
    }
    if ask is not None:
        optional = {k: v or ask.text(_LABELS[k]) or None for k, v in optional.items()}
    as_of = parse_as_of(optional["as_of"]) if optional["as_of"] else None
    values: dict[str, Any] = {
        "statement": statement,
        "quantity": optional["quantity"],
        "value": numbers.value,
        "qualifier": numbers.qualifier,
        "low": numbers.low,
        "high": numbers.high,
        "unit": numbers.unit,
        "as_of": as_of,
        "place": optional["place"],
        "attributed_to": optional["attributed_to"],
        "citations": [{"source": text.source.id, "quote": quote}],
        "tags": list(draft.tags),
        "notes": draft.notes,
    }
    year = _year(as_of, text)
    values["id"] = _claim_id(corpus, draft.id, optional["quantity"] or statement, year, ask)
    claim = _model(values)
    return _write(corpus, keys, claim, values, draft, ask, numbers.notes, dry_run, today)


_LABELS = {
    "quantity": "Quantity label (what is measured; Enter to skip)",
    "as_of": "As of (2014, 2020-10, 2020-10-14 or 2006..2011; Enter for the publication date)",
    "place": "Place (Enter to skip)",
    "attributed_to": "Attributed to (who states the figure; Enter to skip)",
}


def _required(ask: Asker | None, label: str) -> str:
    assert ask is not None  # non-interactive use checked every required option first
    while True:
        answer = ask.text(label).strip()
        if answer:
            return answer
        ask.say("An answer is required.")


def _source(corpus: Corpus, source_id: str | None, ask: Asker | None) -> SourceText:
    catalog = corpus.catalog
    while True:
        if not source_id:
            source_id = _required(ask, "Source id (`vraem-claims sources` lists them)")
        if source_id in catalog.sources:
            text = catalog.get_text(source_id)
            if text is None:
                problem = catalog.findings[-1].message if catalog.findings else "cannot be read"
                raise InputError(problem)
            return text
        close = difflib.get_close_matches(source_id, list(catalog.sources), n=1, cutoff=0.6)
        hint = f"; did you mean `{close[0]}`?" if close else ""
        message = f"unknown source `{source_id}`{hint} (`vraem-claims sources` lists them)"
        if ask is None:
            raise InputError(message)
        ask.say(message)
        source_id = None


def _quote(corpus: Corpus, text: SourceText, draft: ClaimDraft, ask: Asker | None) -> str:
    max_gap = corpus.project.settings.ellipsis_max_gap
    quote = draft.quote
    while True:
        if not quote:
            quote = _required(ask, "Quote (copy it from the source)")
        check = check_quote(text, quote, max_gap=max_gap)
        if check.match is Match.EXACT:
            return quote
        taken = _take_source_text(check, text.source.id, draft.use_source_text, ask)
        if taken is not None:
            return taken
        quote = None


def _take_source_text(
    check: QuoteCheck, source_id: str, use_source_text: bool, ask: Asker | None
) -> str | None:
    """The source's own text to quote instead, when the user agrees; None to ask again."""
    problem = describe_mismatch(check, source_id)
    normalised = check.match is Match.NORMALISED
    if ask is None:
        if normalised and use_source_text:
            return check.exact
        advice = "; pass --use-source-text to quote the source's text" if normalised else ""
        raise InputError(f"{problem}{advice}; nothing was written")
    ask.say(problem)
    if not check.exact:
        return None
    question = "Use the source's exact text?" if normalised else "Use the closest passage instead?"
    return check.exact if ask.confirm(question, default=normalised) else None


def _numbers(quote: str, language: str, draft: ClaimDraft, ask: Asker | None) -> Numbers:
    value = parse_value(draft.value, language) if draft.value is not None else None
    if ask is None or draft.value is not None:
        return read_numbers(
            quote, language, value=value, qualifier=draft.qualifier, unit=draft.unit
        )
    mentions = value_mentions(quote, language)
    if mentions:
        ask.say("The quote states: " + "; ".join(m.text for m in mentions))
    default = number_text(mentions[0].value) if len(mentions) == 1 else None
    answer = ask.text("Value (a number stated in the quote; - for none)", default=default)
    value = parse_value(answer, language)
    numbers = read_numbers(quote, language, value=value, qualifier=draft.qualifier, unit=None)
    if numbers.numeric:
        numbers.qualifier = draft.qualifier or ask.text("Qualifier", default=numbers.qualifier)
        numbers.unit = draft.unit or ask.text("Unit", default=numbers.unit) or None
    return numbers


def _year(as_of: Any, text: SourceText) -> int | None:
    if isinstance(as_of, dict):
        return int(str(as_of["start"])[:4])
    if isinstance(as_of, Plain):
        return int(as_of[:4])
    return text.source.published.year


def _taken_ids(corpus: Corpus) -> set[str]:
    return {
        *(claim.id for claim in corpus.claims),
        *(claim_id for claim_file in corpus.files for claim_id, _ in claim_file.invalid_ids),
    }


def _claim_id(
    corpus: Corpus, given: str | None, words: str, year: int | None, ask: Asker | None
) -> str:
    import re

    taken = _taken_ids(corpus)
    proposal = propose_id(words, year, taken)
    claim_id = given
    while True:
        if claim_id is None:
            claim_id = proposal if ask is None else ask.text("Id", default=proposal)
        problem = None
        if not re.fullmatch(SLUG_PATTERN, claim_id):
            problem = f"id `{claim_id}` is not a slug (letters, digits, `.`, `_`, `-`)"
        elif claim_id in taken:
            problem = f"claim id `{claim_id}` is already used; `{proposal}` is free"
        if problem is None:
            return claim_id
        if ask is None:
            raise InputError(problem)
        ask.say(problem)
        claim_id = None


def _model(values: dict[str, Any]) -> Claim:
    try:
        return Claim.model_validate({k: v for k, v in values.items() if v not in (None, [])})
    except ValidationError as exc:
        error = exc.errors(include_url=False)[0]
        where = ".".join(str(part) for part in error["loc"]) or "claim"
        raise InputError(f"`{where}`: {error['msg']}") from None


def _fields(values: dict[str, Any]) -> list[tuple[str, Any]]:
    return [(k, values[k]) for k in FIELD_ORDER if values.get(k) not in (None, [])]


def _write(
    corpus: Corpus,
    keys: TextKeys,
    claim: Claim,
    values: dict[str, Any],
    draft: ClaimDraft,
    ask: Asker | None,
    notes: list[str],
    dry_run: bool,
    today: dt.date | None,
) -> AddOutcome:
    project = corpus.project
    if draft.file is not None:
        target = check_target(project, draft.file)
    else:
        choice = choose_file(corpus, claim, keys)
        target = choice.path
        notes = [*notes, f"file {project.relative(target)}: {choice.reason}"]
        if ask is not None:
            answer = ask.text("File", default=project.relative(target))
            target = check_target(project, project.root / answer)
        else:
            target = check_target(project, target)
    display = project.relative(target)
    fields = _fields(values)
    current, _ = read_text(target, display)
    edit = plan_append(current, fields, claim, list_key="claims", display=display)
    loaded = _read_back(edit.text, claim, display)
    findings = _lint(loaded, corpus, today)
    errors = [f for f in findings if f.severity is Severity.ERROR]
    if errors:
        described = "; ".join(f"{f.code} {f.message}" for f in errors)
        raise InputError(f"the claim does not pass lint: {described}; nothing was written")
    outcome = AddOutcome(
        claim=claim,
        path=display,
        line=edit.line,
        yaml=edit.item.replace("\r\n", "\n") + "\n",
        written=False,
        created=current is None,
        notes=notes,
        warnings=findings,
        related=related_claims(corpus, loaded),
    )
    if dry_run:
        return outcome
    if ask is not None:
        _preview(ask, outcome)
        outcome.previewed = True
        if not ask.confirm(f"Add it to {display}?", default=True):
            raise InputError("not added; nothing was written")
    written = append_claim(target, fields, claim, display=display)
    outcome.line = written.line
    outcome.written = True
    return outcome


def _read_back(text: str, claim: Claim, display: str) -> LoadedClaim:
    data = load_yaml(text).data
    assert isinstance(data, YMap)
    node = next(
        item for item in data["claims"] if isinstance(item, YMap) and item.get("id") == claim.id
    )
    return loaded_claim(claim, node, display)


def _lint(loaded: LoadedClaim, corpus: Corpus, today: dt.date | None) -> list[Finding]:
    from vraem_claims.lint import check_claim

    findings, _ = check_claim(
        loaded, corpus.catalog, corpus.project, today=today or dt.date.today()
    )
    return sorted(findings, key=lambda f: f.sort_key)


def related_claims(corpus: Corpus, loaded: LoadedClaim) -> list[str]:
    """Duplicates and same-quantity claims of the new claim, as lines to show."""
    from vraem_claims.analysis import analyse
    from vraem_claims.conflicts import Kind

    extended = replace(
        corpus, files=[*corpus.files, ClaimFile(Path(loaded.path), loaded.path, [loaded])]
    )
    analysis = analyse(extended)
    by_id = {c.id: c for c in extended.claims}
    lines = []
    for pair in analysis.duplicates:
        if loaded.id in pair.ids:
            other = by_id[pair.ids[0] if pair.ids[1] == loaded.id else pair.ids[1]]
            lines.append(
                f"duplicate: states the same fact as `{other.id}` ({other.location()}): "
                f"{', '.join(pair.reasons)}"
            )
    for conflict in analysis.conflicts:
        if loaded.id not in conflict.ids:
            continue
        for kind in conflict.pairs:
            if loaded.id not in (kind.a, kind.b):
                continue
            other = by_id[kind.b if kind.a == loaded.id else kind.a]
            label = "conflict" if kind.kind is Kind.CONTRADICTION else "same quantity"
            value = f"{other.claim.value_text()} {other.claim.unit or ''}".rstrip()
            lines.append(
                f"{label}: `{other.id}` ({value}, {other.location()}): "
                f"{kind.kind.value.replace('_', ' ')}, {kind.reason}"
            )
        others = frozenset(conflict.ids) - {loaded.id}
        for review in corpus.reviews.reviews:
            if review.review.key == others:
                lines.append(
                    f"review: the decision on {', '.join(sorted(others))} ({review.location}) "
                    "will no longer apply once this claim joins their group; review it again"
                )
    return lines


def _preview(ask: Asker, outcome: AddOutcome) -> None:
    ask.say(f"\nThe claim, as it would be appended to {outcome.path}:\n\n{outcome.yaml}")
    for line in diagnostics(outcome):
        ask.say(line)


def render_diagnostics(outcome: AddOutcome) -> list[str]:
    """Notes, lint warnings and related claims, one line each (for stderr), unless shown."""
    return [] if outcome.previewed else diagnostics(outcome)


def diagnostics(outcome: AddOutcome) -> list[str]:
    lines = [f"note: {note}" for note in outcome.notes]
    lines += [f"{f.severity.value}: {f.location}: {f.code} {f.message}" for f in outcome.warnings]
    lines += outcome.related
    return lines


def render_outcome(outcome: AddOutcome) -> str:
    """What `add` prints on stdout."""
    if not outcome.written:
        return f"# would append to {outcome.path} (line {outcome.line}):\n{outcome.yaml}"
    made = " (new file)" if outcome.created else ""
    return f"Added `{outcome.claim.id}` to {outcome.path}:{outcome.line}{made}.\n"
