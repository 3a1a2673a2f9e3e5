"""`lint`: every check over a project, as one report.

Per-file work (parse, validate, anchor quotes, read numbers) is independent and
runs file by file; checks across files (ids, aliases, suppressions) run after.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from vraem_claims.claimchecks import check_dates, check_fields, check_ids, check_source_dates
from vraem_claims.claims import LoadedClaim
from vraem_claims.corpus import Corpus, load_corpus, paused_collector
from vraem_claims.findings import Finding
from vraem_claims.lint_report import LintReport
from vraem_claims.parallel import start_in_second_process, use_second_process
from vraem_claims.project import Project
from vraem_claims.quotechecks import (
    CitationAnchor,
    anchor_citations,
    check_citations,
    check_numbers,
)
from vraem_claims.selection import Selection, apply_suppressions
from vraem_claims.sources import SourceCatalog


def check_claim(
    loaded: LoadedClaim, catalog: SourceCatalog, project: Project, *, today: dt.date
) -> tuple[list[Finding], tuple[CitationAnchor, ...]]:
    """Every per-claim check; returns the findings and the resolved citations."""
    settings = project.settings
    anchors = anchor_citations(loaded, catalog, max_gap=settings.ellipsis_max_gap)
    found = [
        *check_fields(loaded),
        *check_citations(loaded, anchors, catalog, min_quote_length=settings.min_quote_length),
        *check_numbers(loaded, anchors),
        *check_dates(loaded, catalog, today=today),
    ]
    return found, anchors


def claim_findings(corpus: Corpus, *, today: dt.date) -> list[Finding]:
    """The findings of every per-claim check over the corpus."""
    found: list[Finding] = []
    for claim_file in corpus.files:
        for loaded in claim_file.claims:
            found.extend(check_claim(loaded, corpus.catalog, corpus.project, today=today)[0])
    return found


# Below this many claims a worker process costs more than it saves.
PARALLEL_FROM = 5_000


def start_claim_checks(corpus: Corpus, *, today: dt.date) -> Callable[[], list[Finding]]:
    """Start the per-claim checks; the returned function gives their findings.

    On a large corpus (and where processes can fork) they run in a second process that
    inherits the loaded corpus, while this one compares claims: on two cores, the two
    halves of lint take the time of the longer one. `jobs = 1` keeps one process.
    """
    claims = sum(len(claim_file.claims) for claim_file in corpus.files)
    if not use_second_process(corpus.project.settings.jobs, size=claims, threshold=PARALLEL_FROM):
        found = claim_findings(corpus, today=today)
        return lambda: found
    return start_in_second_process(lambda: claim_findings(corpus, today=today))


def run_lint(
    project: Project,
    paths: list[Path] | None = None,
    *,
    selection: Selection,
    today: dt.date | None = None,
) -> LintReport:
    """Run every check and return the selected, unsuppressed findings, sorted."""
    with paused_collector():
        return _run_lint(project, paths, selection=selection, today=today or dt.date.today())


def _run_lint(
    project: Project, paths: list[Path] | None, *, selection: Selection, today: dt.date
) -> LintReport:
    corpus = load_corpus(project, paths)
    catalog = corpus.catalog
    findings = list(corpus.findings)
    for claim_file in corpus.files:
        findings.extend(claim_file.findings)
    claim_findings = start_claim_checks(corpus, today=today)
    findings.extend(
        check_ids(
            (claim_id, claim_file.display_path, position)
            for claim_file in corpus.files
            for claim_id, position in sorted(
                [*((c.id, (c.line, c.col)) for c in claim_file.claims), *claim_file.invalid_ids],
                key=lambda pair: pair[1],
            )
        )
    )
    from vraem_claims.analysis import analyse, comparison_findings

    findings.extend(comparison_findings(corpus, analyse(corpus)))
    findings.extend(claim_findings())
    findings.extend(catalog.check_files())
    findings.extend(check_source_dates(catalog, today=today))
    findings = apply_suppressions(findings, corpus.files)
    selected = sorted(
        {item for item in findings if selection.reports(item.code)},
        key=lambda item: item.sort_key,
    )
    return LintReport(
        root=project.root,
        findings=selected,
        files=len(corpus.files),
        claims=sum(len(f.claims) + len(f.invalid_ids) for f in corpus.files),
        sources=len(catalog.sources),
    )


def lint_project(
    project: Project,
    paths: list[Path] | None = None,
    *,
    select: list[str] = [],  # noqa: B006 - never mutated
    ignore: list[str] = [],  # noqa: B006 - never mutated
    fix: bool = False,
    today: dt.date | None = None,
) -> LintReport:
    """`lint` as the command runs it: settings and options merged, fixes applied when asked."""
    settings = project.settings
    selection = Selection.build(select or settings.select, [*settings.ignore, *ignore])
    report = run_lint(project, paths, selection=selection, today=today)
    if not fix:
        return report
    from vraem_claims.fixes import apply_fixes

    fixed = apply_fixes(project, [item.fix for item in report.findings if item.fix])
    if not fixed:
        return report
    report = run_lint(project, paths, selection=selection, today=today)
    report.fixed = fixed
    return report
