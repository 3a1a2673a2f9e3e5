"""`find`: passages of the sources that match a phrase or a number, to find what to cite.

Each source is searched three ways, and each sentence keeps its best hit:

* the whole query as written (`exact`, score 100), or after folding case,
  accents, typographic quotes, dashes and whitespace (`normalised`, 99);
* numbers (`number`): every number the query states, read in English and in
  Spanish, against the numbers the number reader finds in the source in the
  source's language, so `7,500` finds `7.500` in a Spanish source and `64`
  finds `sesenta y cuatro`. A number alone scores 100 (90 when only an
  ambiguous reading agrees); with words, 70 plus 30% of how well the words
  match the sentence;
* words (`fuzzy`, `concepts`): rapidfuzz's best partial alignment of the folded
  query in the folded sentence, or the share of the query's concepts the
  sentence says (aliases and the English/Spanish glossary applied, so
  `pistas de aterrizaje` finds "landing strips"), scaled to 95.

A passage is the sentence around the match (cut to a window of about 300
characters around the match when longer), never the whole text.
"""

from __future__ import annotations

import bisect
import math
import re
import unicodedata
from dataclasses import asdict, dataclass, field
from typing import Any

from vraem_claims import __version__
from vraem_claims.anchoring import AnchorIndex, Match, normalise
from vraem_claims.corpus import Corpus, load_corpus
from vraem_claims.errors import ConfigError
from vraem_claims.numbers import NumberMention, find_numbers, mention_matches
from vraem_claims.project import Project
from vraem_claims.sources import SourceText
from vraem_claims.textkeys import TextKeys

SCHEMA_VERSION = 1
NUMBER_KINDS = ("number", "percent", "money", "year")
MAX_PASSAGE = 300
# Fuzzy alignments below the floor, or of queries shorter than FUZZY_MIN_LENGTH
# characters, are noise ("pista" is 80% like "vista"); above the ceiling only
# exact text may score.
FUZZY_FLOOR = 80.0
FUZZY_CEILING = 97.0
FUZZY_MIN_LENGTH = 6
# Concepts shared by a sentence that does not state the query's numbers count this much.
NUMBERLESS_CONCEPTS = 0.6
_WORD = re.compile(r"\w+(?:[-'\u2019]\w+)*")
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr gen col lt sgt capt cmdr adm gov sen rep st no nos vol pp p fig art inc "
    "ltd co jr sr sra srta dra ing lic av ret approx etc vs e.g i.e u.s u.k".split()
)


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
    searcher = _Query(query, TextKeys(corpus.aliases))
    found: list[tuple[float, int, int, SourceText, _Best]] = []
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


def _hit(text: SourceText, best: _Best, cited: list[tuple[int, int, str]]) -> Hit:
    start, end = best.span
    line, col = text.line_col(start)
    sentence = (min(best.sentence[0], start), max(best.sentence[1], end))
    first, last = _window(text.text, sentence, best.span)
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


def _window(text: str, sentence: tuple[int, int], span: tuple[int, int]) -> tuple[int, int]:
    """The sentence around the match, cut to about MAX_PASSAGE characters when longer."""
    first, last = sentence
    if last - first <= MAX_PASSAGE:
        return first, last
    room = max((MAX_PASSAGE - (span[1] - span[0])) // 2, 40)
    first = max(first, span[0] - room)
    last = min(last, span[1] + room)
    # Cut at word boundaries, never inside the match.
    while first < span[0] and text[first - 1].isalnum():
        first += 1
    while last > span[1] and last < len(text) and text[last].isalnum():
        last -= 1
    return first, last


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


@dataclass(frozen=True, slots=True)
class _Best:
    score: float
    kind: str
    span: tuple[int, int]
    sentence: tuple[int, int]


class _Folded:
    """A source text folded for search (normalised as quotes are, and accents removed)."""

    __slots__ = ("ends", "starts", "text")

    def __init__(self, index: AnchorIndex) -> None:
        norm = index.normalised
        out: list[str] = []
        starts: list[int] = []
        ends: list[int] = []
        for position, char in enumerate(norm.text):
            for piece in _strip_accents(char):
                out.append(piece)
                starts.append(norm.starts[position])
                ends.append(norm.ends[position])
        self.text = "".join(out)
        self.starts = starts
        self.ends = ends

    def at(self, offset: int) -> int:
        """The folded position of an original offset."""
        return bisect.bisect_left(self.starts, offset)

    def original(self, start: int, end: int) -> tuple[int, int]:
        return self.starts[start], self.ends[end - 1]


def _strip_accents(char: str) -> str:
    if char.isascii():
        return char
    return "".join(c for c in unicodedata.normalize("NFD", char) if not unicodedata.combining(c))


def fold_query(text: str) -> str:
    return "".join(_strip_accents(char) for char in normalise(text))


class _Query:
    """A query prepared once: folded text, numbers, words and concepts."""

    def __init__(self, query: str, keys: TextKeys) -> None:
        self.raw = query.strip()
        self.folded = fold_query(self.raw)
        self.keys = keys
        readings = [m for language in ("en", "es") for m in find_numbers(self.raw, language)]
        self.numbers = [m for m in readings if m.kind in NUMBER_KINDS]
        self.primary = {v for m in self.numbers for v in (m.value, m.high) if v is not None}
        self.alternatives = {v for m in self.numbers for v in m.alternatives}
        words = self.raw
        for mention in find_numbers(self.raw, "en"):
            words = words.replace(mention.text, " ")
        self.words = fold_query(words)
        self.has_words = bool(re.search(r"[^\W\d_]{2,}", self.words))
        self.concepts = frozenset(keys.concepts(words))

    def search(self, text: SourceText) -> list[_Best]:
        folded = _Folded(text.index)
        sentences = sentence_spans(text.text)
        starts = [start for start, _ in sentences]
        best: dict[tuple[int, int], _Best] = {}

        def sentence_of(offset: int) -> tuple[int, int]:
            index = bisect.bisect_right(starts, offset) - 1
            return sentences[max(index, 0)] if sentences else (0, len(text.text))

        def offer(candidate: _Best) -> None:
            held = best.get(candidate.sentence)
            if held is None or candidate.score > held.score:
                best[candidate.sentence] = candidate

        for span, kind, score in self._whole(text.text, folded):
            offer(_Best(score, kind, span, sentence_of(span[0])))
        if self.numbers:
            for mention in _mentions(text):
                number_score = self._number_score(mention)
                if number_score is None:
                    continue
                start = mention.hedge_start if mention.hedge_start is not None else mention.start
                sentence = sentence_of(start)
                score = number_score
                if self.has_words:
                    words = self._words_score(text.text, folded, sentence, with_numbers=False)
                    score = 70 + 0.3 * (words[0] if words else 0)
                offer(_Best(score, "number", (start, mention.end), sentence))
        if self.has_words:
            for sentence in sentences:
                scored = self._words_score(text.text, folded, sentence)
                if scored is not None and scored[0] > 0:
                    offer(_Best(scored[0], scored[1], scored[2], sentence))
        return list(best.values())

    def _whole(self, text: str, folded: _Folded) -> list[tuple[tuple[int, int], str, float]]:
        found = []
        exact = set()
        position = text.find(self.raw)
        while position >= 0 and self.raw:
            span = (position, position + len(self.raw))
            exact.add(span)
            found.append((span, "exact", 100.0))
            position = text.find(self.raw, position + 1)
        position = folded.text.find(self.folded) if self.folded else -1
        while position >= 0:
            span = folded.original(position, position + len(self.folded))
            if span not in exact:
                found.append((span, "normalised", 99.0))
            position = folded.text.find(self.folded, position + 1)
        return found

    def _number_score(self, mention: NumberMention) -> float | None:
        if not any(mention_matches(value, mention) for value in self.primary | self.alternatives):
            return None
        stated = [mention.value] + ([mention.high] if mention.high is not None else [])
        primary = any(
            math.isclose(value, wanted, rel_tol=1e-9) for value in stated for wanted in self.primary
        )
        return 100.0 if primary else 90.0

    def _words_score(
        self, text: str, folded: _Folded, sentence: tuple[int, int], *, with_numbers: bool = True
    ) -> tuple[float, str, tuple[int, int]] | None:
        """How well the sentence says the query's words: fuzzy alignment or shared concepts.

        `with_numbers`: align the whole query, numbers included, and discount concepts
        when the query states numbers (the sentence is then scored without them).
        """
        from rapidfuzz import fuzz

        needle = (self.folded if with_numbers else self.words).strip()
        first, last = folded.at(sentence[0]), folded.at(sentence[1])
        haystack = folded.text[first:last]
        best: tuple[float, str, tuple[int, int]] | None = None
        if len(needle) >= FUZZY_MIN_LENGTH and haystack:
            alignment = fuzz.partial_ratio_alignment(needle, haystack, score_cutoff=FUZZY_FLOOR)
            if alignment is not None and alignment.dest_end > alignment.dest_start:
                span = folded.original(first + alignment.dest_start, first + alignment.dest_end)
                best = (min(alignment.score, FUZZY_CEILING), "fuzzy", _to_words(text, span))
        if self.concepts:
            said = self.keys.concepts(text[sentence[0] : sentence[1]])
            shared = self.concepts & set(said)
            discount = NUMBERLESS_CONCEPTS if with_numbers and self.numbers else 1.0
            score = 95.0 * discount * len(shared) / len(self.concepts)
            if shared and (best is None or score > best[0]):
                best = (score, "concepts", self._concept_span(text, sentence, shared))
        return best

    def _concept_span(
        self, text: str, sentence: tuple[int, int], shared: frozenset[str]
    ) -> tuple[int, int]:
        """The run of words in the sentence that says the most shared concepts.

        Words are read alone, then in twos and threes ("landing strips", "security
        forces"); a run continues over words that say nothing (stop words, numbers).
        """
        words = list(_WORD.finditer(text, sentence[0], sentence[1]))
        runs: list[tuple[int, int, set[str]]] = []
        index = 0
        while index < len(words):
            if not self.keys.concepts(words[index].group()):
                index += 1
                continue
            for size in (1, 2, 3):
                group = words[index : index + size]
                said = set(self.keys.concepts(text[group[0].start() : group[-1].end()]))
                if len(group) == size and said & shared and self._says_as_one(group, said):
                    start, end = group[0].start(), group[-1].end()
                    between = text[runs[-1][1] : start] if runs else "x"
                    if runs and not self.keys.concepts(between):
                        runs[-1] = (runs[-1][0], end, runs[-1][2] | (said & shared))
                    else:
                        runs.append((start, end, said & shared))
                    index += size
                    break
            else:
                index += 1
        if not runs:
            return sentence
        best = max(runs, key=lambda run: len(run[2]))  # the first of the richest runs
        return best[0], best[1]

    def _says_as_one(self, group: list[re.Match[str]], said: set[str]) -> bool:
        """One word, or words that form a phrase ("security forces" -> troop, police)."""
        if len(group) == 1:
            return True
        apart = {concept for word in group for concept in self.keys.concepts(word.group())}
        return said != apart


def _to_words(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """Widen a span to whole words, without spaces at its ends."""
    start, end = _trim(text, *span)
    while start > 0 and text[start - 1].isalnum() and text[start].isalnum():
        start -= 1
    while end < len(text) and text[end].isalnum() and text[end - 1].isalnum():
        end += 1
    return start, end


def _mentions(text: SourceText) -> list[NumberMention]:
    return [m for m in find_numbers(text.text, text.source.language) if m.kind != "date"]


_BOUNDARY = re.compile(r"[.!?\u2026]+[\"\u201d\u2019')\]]*(?:\s+|(?=[A-ZÁÉÍÓÚÑ¿¡\u201c\"]))")
_LINE = re.compile(r"[^\r\n]+")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Sentences as (start, end) offsets: lines split at sentence ends (not abbreviations)."""
    spans: list[tuple[int, int]] = []
    for line in _LINE.finditer(text):
        start = line.start()
        for boundary in _BOUNDARY.finditer(text, line.start(), line.end()):
            word = re.search(r"([\w.]+)$", text[start : boundary.start()])
            if word and word.group(1).lower().rstrip(".") in _ABBREVIATIONS:
                continue
            if boundary.end() < line.end() and not _starts_sentence(text[boundary.end()]):
                continue
            spans.append(_trim(text, start, boundary.end()))
            start = boundary.end()
        if start < line.end():
            spans.append(_trim(text, start, line.end()))
    return [span for span in spans if span[1] > span[0]]


def _starts_sentence(char: str) -> bool:
    return char.isupper() or char.isdigit() or char in "¿¡\u201c\"'\u2018(\u2022\u2013-"


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


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
