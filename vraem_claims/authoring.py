"""`add`: from what the user gave (options or answers) to a checked claim written in place.

The claim is checked exactly as `lint` checks it (`lint.check_claim`, on the claim
as it reads back from the file text that would be written), and compared with
the claims already there (`related.related_claims`), before anything is written.
Errors refuse the claim; warnings, duplicates and conflicts are shown. The file
is chosen as `filing` describes and written as `filing.append_claim` does:
under the folder lock, atomically, checked to read back as intended.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from vraem_claims.claims import LoadedClaim, loaded_claim
from vraem_claims.corpus import Corpus, load_corpus
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
from vraem_claims.gathering import ClaimDraft, Gathered, gather
from vraem_claims.models import Claim
from vraem_claims.project import Project
from vraem_claims.prompts import Asker
from vraem_claims.related import related_claims
from vraem_claims.textkeys import TextKeys
from vraem_claims.yamlload import YMap, load_yaml

__all__ = ["AddOutcome", "ClaimDraft", "add_claim", "render_diagnostics", "render_outcome"]


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
    if not dry_run:
        require_writable(project)
    corpus = load_corpus(project)
    gathered = gather(corpus, draft, ask)
    target = _target(corpus, gathered, draft.file, ask)
    outcome = _check(corpus, gathered, target, today)
    if dry_run:
        return outcome
    if ask is not None:
        _preview(ask, outcome)
        outcome.previewed = True
        if not ask.confirm(f"Add it to {outcome.path}?", default=True):
            raise InputError("not added; nothing was written")
    written = append_claim(target, gathered.fields, gathered.claim, display=outcome.path)
    outcome.line = written.line
    outcome.written = True
    return outcome


def _target(corpus: Corpus, gathered: Gathered, given: Path | None, ask: Asker | None) -> Path:
    """The claims file: as given, else chosen by topic (and confirmed in a terminal)."""
    project = corpus.project
    if given is not None:
        return check_target(project, given)
    choice = choose_file(corpus, gathered.claim, TextKeys(corpus.aliases))
    gathered.notes.append(f"file {project.relative(choice.path)}: {choice.reason}")
    if ask is None:
        return check_target(project, choice.path)
    answer = ask.text("File", default=project.relative(choice.path))
    return check_target(project, project.root / answer)


def _check(corpus: Corpus, gathered: Gathered, target: Path, today: dt.date | None) -> AddOutcome:
    """Lint the claim as it would read back from the file, and find the claims it relates to."""
    display = corpus.project.relative(target)
    current, _ = read_text(target, display)
    claim = gathered.claim
    edit = plan_append(current, gathered.fields, claim, list_key="claims", display=display)
    loaded = _read_back(edit.text, claim, display)
    findings = _lint(loaded, corpus, today)
    errors = [f for f in findings if f.severity is Severity.ERROR]
    if errors:
        described = "; ".join(f"{f.code} {f.message}" for f in errors)
        raise InputError(f"the claim does not pass lint: {described}; nothing was written")
    return AddOutcome(
        claim=claim,
        path=display,
        line=edit.line,
        yaml=edit.item.replace("\r\n", "\n") + "\n",
        written=False,
        created=current is None,
        notes=gathered.notes,
        warnings=findings,
        related=related_claims(corpus, loaded),
    )


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
