"""A project loaded: sources, aliases, reviews and claim files, with their problems."""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from vraem_claims.aliases import Aliases, load_aliases
from vraem_claims.claims import ClaimFile, LoadedClaim, load_claim_file
from vraem_claims.findings import Finding, Location
from vraem_claims.project import Project
from vraem_claims.reviews import ReviewBook, load_reviews
from vraem_claims.rules import finding
from vraem_claims.sources import SourceCatalog, load_sources
from vraem_claims.validation import read_yaml_file
from vraem_claims.yamlload import YamlLimits


@dataclass(slots=True)
class Corpus:
    """Everything loaded from a project: sources, aliases and claim files."""

    project: Project
    catalog: SourceCatalog
    aliases: Aliases
    files: list[ClaimFile]
    reviews: ReviewBook
    findings: list[Finding] = field(default_factory=list)

    @property
    def claims(self) -> list[LoadedClaim]:
        return [claim for claim_file in self.files for claim in claim_file.claims]


def yaml_limits(project: Project) -> YamlLimits:
    settings = project.settings
    return YamlLimits(max_depth=settings.max_depth, max_alias_nodes=settings.max_alias_nodes)


def load_catalog(project: Project) -> SourceCatalog:
    settings = project.settings
    loaded = read_yaml_file(
        project.sources_file,
        project.relative(project.sources_file),
        list_key="sources",
        max_file_size=settings.max_file_size,
        limits=yaml_limits(project),
    )
    return load_sources(loaded, project.seeds_dir, max_file_size=settings.max_file_size)


def load_corpus(project: Project, paths: list[Path] | None = None) -> Corpus:
    """Load sources, aliases and the claim files (`paths`, or the whole claims folder)."""
    settings = project.settings
    limits = yaml_limits(project)
    catalog = load_catalog(project)
    aliases, alias_findings = load_aliases(
        project.aliases_file,
        project.relative(project.aliases_file),
        max_file_size=settings.max_file_size,
        limits=limits,
    )
    files: list[ClaimFile] = []
    findings = list(alias_findings)
    with paused_collector():
        files = _load_files(project, paths, findings)
    reviews = load_reviews(
        project.reviews_file,
        project.relative(project.reviews_file),
        max_file_size=settings.max_file_size,
        limits=limits,
    )
    return Corpus(project, catalog, aliases, files, reviews, findings)


@contextlib.contextmanager
def paused_collector() -> Iterator[None]:
    """Run without Python's cyclic garbage collector, then freeze what was built.

    Loading builds millions of small objects that are kept; each generation-2 collection
    would walk all of them again, tripling the loading time of a large corpus. Nothing
    loaded forms reference cycles, and frozen objects are skipped by later collections.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if enabled:
            gc.enable()


def _load_files(
    project: Project, paths: list[Path] | None, findings: list[Finding]
) -> list[ClaimFile]:
    settings = project.settings
    limits = yaml_limits(project)
    files: list[ClaimFile] = []
    for path in project.claim_files(paths):
        display = project.relative(path)
        if not project.contains(path):
            findings.append(
                finding(
                    "F002",
                    f"resolves to {path.resolve()}, outside the project",
                    Location(display),
                )
            )
            continue
        files.append(
            load_claim_file(path, display, max_file_size=settings.max_file_size, limits=limits)
        )
    return files
