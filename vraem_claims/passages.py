"""Passages of a source text: sentences, a window around a match, and a folded copy for search.

Sentences are the lines of the text split at sentence ends (`.`, `!`, `?`, `…`,
closing quotes included), not after common abbreviations ("Gen.", "Dr.", "No.").
The folded copy is the quote-anchoring normalisation (`anchoring.NormalisedText`)
with accents removed as well, mapped back to the original offsets.
"""

from __future__ import annotations

import bisect
import re
import unicodedata

from vraem_claims.anchoring import AnchorIndex, normalise

MAX_PASSAGE = 300

_ABBREVIATIONS = frozenset(
    "mr mrs ms dr gen col lt sgt capt cmdr adm gov sen rep st no nos vol pp p fig art inc "
    "ltd co jr sr sra srta dra ing lic av ret approx etc vs e.g i.e u.s u.k".split()
)


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


def passage_window(text: str, sentence: tuple[int, int], span: tuple[int, int]) -> tuple[int, int]:
    """The sentence around the match, cut to about MAX_PASSAGE characters when longer."""
    first, last = sentence
    if last - first <= MAX_PASSAGE:
        return first, last
    room = max((MAX_PASSAGE - (span[1] - span[0])) // 2, 40)
    first = max(first, span[0] - room)
    last = min(last, span[1] + room)
    # Cut at word boundaries (the sentence's own ends are boundaries), never inside the match.
    while sentence[0] < first < span[0] and text[first - 1].isalnum():
        first += 1
    while span[1] < last < sentence[1] and text[last].isalnum():
        last -= 1
    return first, last


def to_words(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """Widen a span to whole words, without spaces at its ends."""
    start, end = _trim(text, *span)
    while start > 0 and text[start - 1].isalnum() and text[start].isalnum():
        start -= 1
    while end < len(text) and text[end].isalnum() and text[end - 1].isalnum():
        end += 1
    return start, end


class Folded:
    """A source text folded for search (normalised as quotes are, and accents removed)."""

    __slots__ = ("ends", "starts", "text")

    def __init__(self, index: AnchorIndex) -> None:
        norm = index.normalised
        out: list[str] = []
        starts: list[int] = []
        ends: list[int] = []
        for position, char in enumerate(norm.text):
            for piece in strip_accents(char):
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


def strip_accents(char: str) -> str:
    if char.isascii():
        return char
    return "".join(c for c in unicodedata.normalize("NFD", char) if not unicodedata.combining(c))


def fold_query(text: str) -> str:
    return "".join(strip_accents(char) for char in normalise(text))
