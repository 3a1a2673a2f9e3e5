"""`find`: passages of the sources that match a phrase or a number, to find what to cite.

Each source is searched by `scoring.SearchQuery` (see there how hits score);
each sentence keeps its best hit, and hits are ranked by score.

A passage is the sentence around the match (cut to a window of about 300
characters around the match when longer), never the whole text.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from vraem_claims import __version__
from vraem_claims.anchoring import Match
from vraem_claims.corpus import Corpus, load_corpus
from vraem_claims.errors import ConfigError
from vraem_claims.passages import passage_window
from vraem_claims.project import Project
from vraem_claims.scoring import SearchQuery, SentenceHit
from vraem_claims.sources import SourceText
from vraem_claims.textkeys import TextKeys

SCHEMA_VERSION = 1


@dataclass(frozen=True, slots=True)
class Hit:
    """One matching passage: where the match is, the passage around it, and who cites it."""

    source: str
    path: str
    start: int  # the match, as code-point offsets in the source text
    end: int
    line: int
    col: int
    passage: str  # the sentence around the match (a window of it when long)
    passage_start: int
    passage_end: int
    score: float
    kind: str  # exact | normalised | number | fuzzy | concepts
    cited_by: tuple[str, ...] = ()
    cut_before: bool = False  # the passage starts inside its sentence
    cut_after: bool = False

    @property
    def match(self) -> str:
        offset = self.start - self.passage_start
        return self.passage[offset : offset + self.end - self.start]


@dataclass(slots=True)
class SearchResult:
    query: str
    sources: int
    hits: list[Hit] = field(default_factory=list)
    total: int = 0  # hits above the score threshold, before --limit

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema_version": SCHEMA_VERSION,
            "tool": {"name": "vraem-claims", "version": __version__},
            "query": self.query,
            "sources": self.sources,
            "total": self.total,
            "hits": [{**asdict(hit), "cited_by": list(hit.cited_by)} for hit in self.hits],
        }


def find_in_project(
    project: Project,
    query: str,
    *,
    source: str | None = None,
    limit: int = 10,
    min_score: float = 60.0,
) -> SearchResult:
    """`find` as the command runs it: load the project, then `find_passages`."""
    corpus = load_corpus(project)
    return find_passages(corpus, query, source=source, limit=limit, min_score=min_score)


def find_passages(
    corpus: Corpus,
    query: str,
    *,
    source: str | None = None,
    limit: int = 10,
    min_score: float = 60.0,
) -> SearchResult:
    """The passages best matching `query`, ranked (see the module docstring)."""
    if not query.strip():
        raise ConfigError("the query is empty")
    if limit < 1:
        raise ConfigError("--limit must be at least 1")
    catalog = corpus.catalog
    if source is not None and source not in catalog.sources:
        raise ConfigError(f"--source: unknown source `{source}`")
    wanted = [source] if source else list(catalog.sources)
    searcher = SearchQuery(query, TextKeys(corpus.aliases))
    found: list[tuple[float, int, int, SourceText, SentenceHit]] = []
    for order, source_id in enumerate(wanted):
        text = catalog.get_text(source_id)
        if text is None:
            continue
        for best in searcher.search(text):
            score = round(best.score, 1)
            if score >= min_score:
                found.append((score, order, best.span[0], text, best))
    found.sort(key=lambda item: (-item[0], item[1], item[2]))
    chosen = found[:limit]
    cited = _citations(corpus, {text.source.id for *_, text, _ in chosen})
    hits = [_hit(text, best, cited[text.source.id]) for *_, text, best in chosen]
    return SearchResult(query, len(wanted), hits, total=len(found))


def _hit(text: SourceText, best: SentenceHit, cited: list[tuple[int, int, str]]) -> Hit:
    start, end = best.span
    line, col = text.line_col(start)
    sentence = (min(best.sentence[0], start), max(best.sentence[1], end))
    first, last = passage_window(text.text, sentence, best.span)
    ids = sorted({claim_id for a, b, claim_id in cited if a < sentence[1] and b > sentence[0]})
    return Hit(
        source=text.source.id,
        path=text.display_path,
        start=start,
        end=end,
        line=line,
        col=col,
        passage=text.text[first:last],
        passage_start=first,
        passage_end=last,
        score=round(best.score, 1),
        kind=best.kind,
        cited_by=tuple(ids),
        cut_before=first > sentence[0],
        cut_after=last < sentence[1],
    )


def _citations(corpus: Corpus, sources: set[str]) -> dict[str, list[tuple[int, int, str]]]:
    """For each source, the spans its claims quote: (start, end, claim id)."""
    cited: dict[str, list[tuple[int, int, str]]] = {source: [] for source in sources}
    max_gap = corpus.project.settings.ellipsis_max_gap
    for loaded in corpus.claims:
        for citation in loaded.claim.citations:
            text = corpus.catalog.get_text(citation.source) if citation.source in cited else None
            if text is None:
                continue
            resolution = text.index.resolve(citation.quote, max_gap=max_gap)
            if resolution.match is not Match.NOT_FOUND:
                cited[citation.source].extend((a, b, loaded.id) for a, b in resolution.spans)
    return cited


def render_hits(result: SearchResult, *, mark: tuple[str, str] = ("**", "**")) -> str:
    """Hits as text: `source:line:col  score N  cited by ...`, then the marked passage."""
    if not result.hits:
        return f"No passage matches `{result.query}` in {_sources(result.sources)}.\n"
    lines = []
    for hit in result.hits:
        cited = f"  cited by {', '.join(hit.cited_by)}" if hit.cited_by else ""
        lines.append(f"{hit.source}:{hit.line}:{hit.col}  score {hit.score:g} ({hit.kind}){cited}")
        lines.append("    " + _marked(hit, mark))
    shown = (
        f"{len(result.hits)} of {result.total} passages"
        if result.total > len(result.hits)
        else f"{result.total} passage{'s' if result.total != 1 else ''}"
    )
    lines.append(f"{shown} in {_sources(result.sources)}.")
    return "\n".join(lines) + "\n"


def _sources(count: int) -> str:
    return f"{count} source{'s' if count != 1 else ''}"


def _marked(hit: Hit, mark: tuple[str, str]) -> str:
    begin = hit.start - hit.passage_start
    end = begin + hit.end - hit.start
    passage = hit.passage
    body = passage[:begin] + mark[0] + passage[begin:end] + mark[1] + passage[end:]
    body = " ".join(body.split())
    return ("… " if hit.cut_before else "") + body + (" …" if hit.cut_after else "")
