"""A project loaded: sources, aliases, reviews and claim files, with their problems."""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from vraem_claims.aliases import Aliases, load_aliases
from vraem_claims.claims import ClaimFile, LoadedClaim, load_claim_file
from vraem_claims.findings import Finding, Location
from vraem_claims.parallel import start_in_second_process, use_second_process
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


def left_out(corpus: Corpus) -> str:
    """What loading left out of the comparison, as one line, or "": claims that fail the
    schema and claim files that cannot be read. `lint` reports each of them; `duplicates`,
    `conflicts` and `export` say on stderr that their answer is short of them."""
    parts = []
    rejected = [f for f in corpus.files if f.rejected]
    if rejected:
        count = sum(f.rejected for f in rejected)
        parts.append(
            f"{count} {'claim fails' if count == 1 else 'claims fail'} the schema and "
            f"{'is' if count == 1 else 'are'} left out: "
            + _first_files([f"{f.display_path} ({f.rejected})" for f in rejected])
        )
    unreadable = [f.display_path for f in corpus.files if f.unreadable]
    if unreadable:
        files = "claim file cannot" if len(unreadable) == 1 else "claim files cannot"
        parts.append(f"{len(unreadable)} {files} be read: {_first_files(unreadable)}")
    if not parts:
        return ""
    return "; ".join(parts) + "; run `vraem-claims lint` for each problem"


def _first_files(names: list[str], shown: int = 3) -> str:
    """The first few of `names`, then how many more files there are."""
    extra = len(names) - shown
    more = f" and {extra} more {'file' if extra == 1 else 'files'}" if extra > 0 else ""
    return ", ".join(names[:shown]) + more


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


# Hears, as one line, what loading left out (`left_out`).
Warn = Callable[[str], None]


def load_corpus(
    project: Project, paths: list[Path] | None = None, *, warn: Warn | None = None
) -> Corpus:
    """Load sources, aliases and the claim files (`paths`, or the whole claims folder).
    `warn`, when given, hears what was left out of the claims (see `left_out`)."""
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
    corpus = Corpus(project, catalog, aliases, files, reviews, findings)
    if warn is not None and (missing := left_out(corpus)):
        warn(missing)
    return corpus


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


# Below this many bytes of claim files (about 5,000 claims) a second process costs more
# than it saves.
PARALLEL_LOAD_FROM = 2_500_000


def _load_files(
    project: Project, paths: list[Path] | None, findings: list[Finding]
) -> list[ClaimFile]:
    """Load the claim files, on large projects half of them in a second process.

    Parsing is most of the time of every command on a large project. The second process
    loads the later files (split by size) and sends them back pickled, which costs a
    tenth of loading them.
    """
    wanted: list[tuple[Path, str, int]] = []
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
        wanted.append((path, display, _size(path)))
    total = sum(size for _, _, size in wanted)
    if not use_second_process(project.settings.jobs, size=total, threshold=PARALLEL_LOAD_FROM):
        return _load_each(project, wanted)
    split = balanced_split([size for _, _, size in wanted])
    if split in (0, len(wanted)):  # one file: nothing to share
        return _load_each(project, wanted)
    later = start_in_second_process(lambda: _load_each(project, wanted[split:]))
    return _load_each(project, wanted[:split]) + later()


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0  # reported when the file is read


def balanced_split(sizes: list[int]) -> int:
    """The index that splits `sizes` into two runs of about equal total."""
    half = sum(sizes) / 2
    running = 0
    for index, size in enumerate(sizes):
        if running + size / 2 >= half:
            return index
        running += size
    return len(sizes)


def _load_each(project: Project, wanted: list[tuple[Path, str, int]]) -> list[ClaimFile]:
    settings = project.settings
    limits = yaml_limits(project)
    return [
        load_claim_file(path, display, max_file_size=settings.max_file_size, limits=limits)
        for path, display, _ in wanted
    ]
