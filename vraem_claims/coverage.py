"""Coverage: the numeric mentions of each source that no claim's citation covers yet.

Mentions are found with the number reader `lint` uses (digits and words, English
and Spanish, dates and years included). A mention is covered when it lies inside
a passage some citation resolves to. Mentions that are not assertions (bylines,
footnote and list numbers, related-article boxes) are excluded by an explicit,
reviewable list, `seeds/coverage-exclusions.yaml`, where each entry names a
source, an exact passage or a line range, and a reason.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Annotated, Any

from pydantic import Field
from pydantic.dataclasses import dataclass as pydantic_dataclass

from vraem_claims import __version__
from vraem_claims.anchoring import Match
from vraem_claims.corpus import Corpus, load_corpus, yaml_limits
from vraem_claims.errors import ConfigError
from vraem_claims.models import RECORD, Slug, Text
from vraem_claims.numbers import find_numbers
from vraem_claims.project import Project
from vraem_claims.quotechecks import anchor_citations
from vraem_claims.sources import SourceText
from vraem_claims.validation import read_yaml_file, validate_items

EXCLUSIONS_FILE = "coverage-exclusions.yaml"
SCHEMA_VERSION = 1


@pydantic_dataclass(frozen=True, slots=True, kw_only=True, config=RECORD)
class Exclusion:
    source: Slug
    passage: Text | None = None
    lines: Annotated[str | None, Field(pattern=r"^\d+(-\d+)?$")] = None
    reason: Text


@dataclass(frozen=True, slots=True)
class Mention:
    source: str
    start: int
    end: int
    line: int
    col: int
    text: str
    kind: str
    context: str


@dataclass(slots=True)
class SourceCoverage:
    source: str
    covered: int = 0
    excluded: int = 0
    uncovered: list[Mention] = field(default_factory=list)

    @property
    def assertions(self) -> int:
        return self.covered + len(self.uncovered)

    @property
    def share(self) -> float:
        return 100.0 * self.covered / self.assertions if self.assertions else 100.0


@dataclass(slots=True)
class CoverageReport:
    sources: list[SourceCoverage]

    @property
    def covered(self) -> int:
        return sum(s.covered for s in self.sources)

    @property
    def assertions(self) -> int:
        return sum(s.assertions for s in self.sources)

    @property
    def share(self) -> float:
        return 100.0 * self.covered / self.assertions if self.assertions else 100.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema_version": SCHEMA_VERSION,
            "tool": {"name": "vraem-claims", "version": __version__},
            "summary": {
                "assertions": self.assertions,
                "covered": self.covered,
                "excluded": sum(s.excluded for s in self.sources),
                "share": round(self.share, 1),
            },
            "sources": [
                {
                    "source": s.source,
                    "assertions": s.assertions,
                    "covered": s.covered,
                    "excluded": s.excluded,
                    "share": round(s.share, 1),
                    "uncovered": [_mention_dict(m) for m in s.uncovered],
                }
                for s in self.sources
            ],
        }


def _mention_dict(mention: Mention) -> dict[str, Any]:
    return {
        "text": mention.text,
        "kind": mention.kind,
        "start": mention.start,
        "end": mention.end,
        "line": mention.line,
        "col": mention.col,
        "context": mention.context,
    }


def load_exclusions(corpus: Corpus) -> list[Exclusion]:
    """The exclusion list; a malformed one stops the command (exit 2) with its position."""
    project = corpus.project
    path = project.seeds_dir / EXCLUSIONS_FILE
    if not path.exists():
        return []
    loaded = read_yaml_file(
        path,
        project.relative(path),
        list_key="exclusions",
        max_file_size=project.settings.max_file_size,
        limits=yaml_limits(project),
    )
    problems = list(loaded.findings)
    exclusions = []
    if loaded.items is not None:
        for item in validate_items(loaded, Exclusion, list_key="exclusions"):
            if item.model is None:
                problems.extend(item.findings)
            else:
                exclusions.append(item.model)
    if problems:
        first = problems[0]
        raise ConfigError(f"{first.location}: {first.message}")
    return exclusions


def measure_coverage(corpus: Corpus, exclusions: Iterable[Exclusion]) -> CoverageReport:
    """Coverage of every source's numeric mentions by the corpus's citations."""
    catalog = corpus.catalog
    spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
    max_gap = corpus.project.settings.ellipsis_max_gap
    for loaded in corpus.claims:
        for anchor in anchor_citations(loaded, catalog, max_gap=max_gap):
            if (
                anchor.text is not None
                and anchor.resolution is not None
                and (anchor.resolution.match is not Match.NOT_FOUND)
            ):
                spans[anchor.source_id].extend(_all_spans(anchor.text, anchor.resolution.spans))
    by_source: dict[str, list[Exclusion]] = defaultdict(list)
    for exclusion in exclusions:
        if exclusion.source not in catalog.sources:
            raise ConfigError(f"{EXCLUSIONS_FILE}: unknown source `{exclusion.source}`")
        by_source[exclusion.source].append(exclusion)
    report = CoverageReport([])
    for source_id in sorted(catalog.sources):
        text = catalog.get_text(source_id)
        if text is None:
            continue
        excluded = _excluded_spans(text, by_source[source_id])
        report.sources.append(_cover(text, spans[source_id], excluded))
    return report


def _all_spans(text: SourceText, spans: tuple[tuple[int, int], ...]) -> list[tuple[int, int]]:
    """The resolved spans, and every other place the same passage occurs in the text."""
    found = list(spans)
    for start, end in spans:
        passage = text.text[start:end]
        position = text.text.find(passage, 0)
        while position >= 0:
            found.append((position, position + len(passage)))
            position = text.text.find(passage, position + 1)
    return found


def _excluded_spans(text: SourceText, exclusions: list[Exclusion]) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for exclusion in exclusions:
        if exclusion.passage is not None:
            start = text.text.find(exclusion.passage)
            if start < 0:
                raise ConfigError(
                    f"{EXCLUSIONS_FILE}: passage not found in `{exclusion.source}`: "
                    f"{exclusion.passage[:60]!r}"
                )
            occurrences = _all_spans(text, ((start, start + len(exclusion.passage)),))
            spans.extend(occurrences)
        if exclusion.lines is not None:
            first, _, last = exclusion.lines.partition("-")
            spans.append(_line_span(text, int(first), int(last or first)))
    return spans


def _line_span(text: SourceText, first: int, last: int) -> tuple[int, int]:
    lines = text.text.splitlines(keepends=True)
    start = sum(len(line) for line in lines[: first - 1])
    end = start + sum(len(line) for line in lines[first - 1 : last])
    return start, end


def _inside(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= start and end <= b for a, b in spans)


def _cover(
    text: SourceText, covered: list[tuple[int, int]], excluded: list[tuple[int, int]]
) -> SourceCoverage:
    result = SourceCoverage(text.source.id)
    for mention in find_numbers(text.text, text.source.language):
        if _inside(mention.start, mention.end, covered):
            result.covered += 1
        elif _inside(mention.start, mention.end, excluded):
            result.excluded += 1
        else:
            line, col = text.line_col(mention.start)
            context = " ".join(text.text[max(mention.start - 40, 0) : mention.end + 40].split())
            result.uncovered.append(
                Mention(
                    text.source.id,
                    mention.start,
                    mention.end,
                    line,
                    col,
                    mention.text,
                    mention.kind,
                    context,
                )
            )
    return result


def render_coverage(report: CoverageReport, *, tablefmt: str = "simple") -> str:
    from tabulate import tabulate

    rows = [
        [s.source, s.assertions, s.covered, s.excluded, f"{s.share:.1f}%"] for s in report.sources
    ]
    rows.append(
        [
            "total",
            report.assertions,
            report.covered,
            sum(s.excluded for s in report.sources),
            f"{report.share:.1f}%",
        ]
    )
    table = tabulate(
        rows,
        headers=["source", "numeric assertions", "covered", "excluded", "share"],
        tablefmt=tablefmt,
        disable_numparse=True,
    )
    missing = [
        f"  {m.source}:{m.line}:{m.col}  {m.text!r} ({m.kind})  …{m.context}…"
        for s in report.sources
        for m in s.uncovered
    ]
    tail = ("\nNot covered by any claim:\n" + "\n".join(missing) + "\n") if missing else ""
    return f"{table}\n{tail}"


def project_coverage(project: Project) -> CoverageReport:
    """`vraem-claims coverage`: load the project and measure it against its exclusions."""
    corpus = load_corpus(project)
    return measure_coverage(corpus, load_exclusions(corpus))
