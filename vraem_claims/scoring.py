"""How a query matches the sentences of a source text.

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
"""

from __future__ import annotations

import bisect
import math
import re
from dataclasses import dataclass

from vraem_claims.numbers import NumberMention, find_numbers, mention_matches
from vraem_claims.passages import Folded, fold_query, sentence_spans, to_words
from vraem_claims.sources import SourceText
from vraem_claims.textkeys import TextKeys

NUMBER_KINDS = ("number", "percent", "money", "year")
# Fuzzy alignments below the floor, or of queries shorter than FUZZY_MIN_LENGTH
# characters, are noise ("pista" is 80% like "vista"); above the ceiling only
# exact text may score.
FUZZY_FLOOR = 80.0
FUZZY_CEILING = 97.0
FUZZY_MIN_LENGTH = 6
# Concepts shared by a sentence that does not state the query's numbers count this much.
NUMBERLESS_CONCEPTS = 0.6
_WORD = re.compile(r"\w+(?:[-'\u2019]\w+)*")


@dataclass(frozen=True, slots=True)
class SentenceHit:
    score: float
    kind: str
    span: tuple[int, int]
    sentence: tuple[int, int]


class SearchQuery:
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

    def search(self, text: SourceText) -> list[SentenceHit]:
        folded = Folded(text.index)
        sentences = sentence_spans(text.text)
        starts = [start for start, _ in sentences]
        best: dict[tuple[int, int], SentenceHit] = {}

        def sentence_of(offset: int) -> tuple[int, int]:
            index = bisect.bisect_right(starts, offset) - 1
            return sentences[max(index, 0)] if sentences else (0, len(text.text))

        def offer(candidate: SentenceHit) -> None:
            held = best.get(candidate.sentence)
            if held is None or candidate.score > held.score:
                best[candidate.sentence] = candidate

        for span, kind, score in self._whole(text.text, folded):
            offer(SentenceHit(score, kind, span, sentence_of(span[0])))
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
                offer(SentenceHit(score, "number", (start, mention.end), sentence))
        if self.has_words:
            for sentence in sentences:
                scored = self._words_score(text.text, folded, sentence)
                if scored is not None and scored[0] > 0:
                    offer(SentenceHit(scored[0], scored[1], scored[2], sentence))
        return list(best.values())

    def _whole(self, text: str, folded: Folded) -> list[tuple[tuple[int, int], str, float]]:
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
        self, text: str, folded: Folded, sentence: tuple[int, int], *, with_numbers: bool = True
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
                best = (min(alignment.score, FUZZY_CEILING), "fuzzy", to_words(text, span))
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


def _mentions(text: SourceText) -> list[NumberMention]:
    return [m for m in find_numbers(text.text, text.source.language) if m.kind != "date"]
