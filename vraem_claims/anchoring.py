"""Anchoring quotes in source texts: exact, normalised, joined by ellipses, or not found.

A quote passes when it occurs in the source exactly, or after a declared
normalisation that never touches a digit:

* Unicode NFC (composed accents: `Apuri\u0301mac` = `Apurímac`);
* typographic quotes, apostrophes, dashes and the ellipsis character folded to ASCII;
* invisible characters dropped (zero-width spaces and joiners, BOM, bidi marks, soft hyphen);
* every run of whitespace (spaces, non-breaking spaces, tabs, CR/LF) read as one space;
* letter case ignored (Unicode case folding).

`...` or `…` inside a quote joins parts that must occur in order, each gap at most
`max_gap` characters. Anything else is not found: the closest passage (rapidfuzz)
and the words that differ are reported, never accepted.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from array import array
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

_IGNORABLE = frozenset(
    "\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
    "\u2066\u2067\u2068\u2069"
)
_FOLD = {
    **dict.fromkeys("\u2018\u2019\u201a\u201b\u2032\u00b4\u0060", "'"),
    **dict.fromkeys("\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb", '"'),
    **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212", "-"),
    "\u2026": "...",
}
_PLAIN = re.compile(r"[!-_a-~]+")  # printable ASCII but space and ` (folded to ')
_ELLIPSIS = re.compile(r"\s*(?:\[(?:\.\.\.|…)\]|\.\.\.|…)\s*")
_SENTENCE_END = frozenset(".!?")
_WORDS = re.compile(r"\d+(?:[.,]\d+)*|\w+|[^\w\s]")


class Match(StrEnum):
    EXACT = "exact"
    NORMALISED = "normalised"
    NOT_FOUND = "not_found"


@dataclass(frozen=True, slots=True)
class Resolution:
    """Where a quote sits in its source.

    `spans` are (start, end) code-point offsets of the parts of the quote (one part
    unless joined by an ellipsis); `occurrences` counts the places the whole quote
    matches. For NOT_FOUND, `closest` is the most similar passage and `score` its
    similarity (0-100).
    """

    match: Match
    spans: tuple[tuple[int, int], ...] = ()
    occurrences: int = 0
    differences: tuple[str, ...] = ()
    closest: tuple[int, int] | None = None
    score: float = 0.0

    @property
    def start(self) -> int:
        return self.spans[0][0]

    @property
    def end(self) -> int:
        return self.spans[-1][1]


class NormalisedText:
    """A normalised copy of a text, mapping each normalised character back to the original."""

    __slots__ = ("ends", "starts", "text")

    def __init__(self, original: str) -> None:
        out: list[str] = []
        starts: list[int] = []
        ends: list[int] = []
        in_space = False
        length = len(original)
        i = 0
        while i < length:
            # Fast path: a run of plain ASCII (no space, no backquote) only changes case.
            # Its last character goes the slow way when marks or invisibles follow it.
            plain = _PLAIN.match(original, i)
            if plain is not None:
                j = plain.end()
                if j < length and (original[j] in _IGNORABLE or unicodedata.combining(original[j])):
                    j -= 1
                if j > i:
                    out.append(original[i:j].lower())
                    starts.extend(range(i, j))
                    ends.extend(range(i + 1, j + 1))
                    in_space = False
                    i = j
                    continue
            char = original[i]
            j = i + 1
            if char in _IGNORABLE:
                i = j
                continue
            if char.isspace():
                if not in_space:
                    out.append(" ")
                    starts.append(i)
                    ends.append(j)
                    in_space = True
                else:
                    ends[-1] = j
                i = j
                continue
            in_space = False
            # A character and the combining marks after it compose as one cluster, also
            # across invisible characters ("A\u00ad\u0300" is "À", as on a second pass).
            j = _cluster_end(original, j)
            cluster = "".join(c for c in original[i:j] if c not in _IGNORABLE)
            if len(cluster) == 1 and cluster.isascii():
                folded = _FOLD.get(cluster, cluster).lower()
            else:
                # Case folding can decompose (İ -> i + dot above): compose again after it.
                composed = unicodedata.normalize("NFC", cluster)
                folded = "".join(_FOLD.get(piece, piece) for piece in composed).casefold()
                folded = unicodedata.normalize("NFC", folded)
            for char_out in folded:
                out.append(char_out)
                starts.append(i)
                ends.append(j)
            i = j
        self.text = "".join(out)
        # As arrays: a list of int objects takes 36 bytes a character, an array 8.
        self.starts = array("q", starts)
        self.ends = array("q", ends)

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The original span covering normalised characters [start, end)."""
        return self.starts[start], self.ends[end - 1]


def _cluster_end(text: str, position: int) -> int:
    """Where the combining marks after a base character end (invisible characters skipped)."""
    end = position
    while end < len(text):
        after = end
        while after < len(text) and text[after] in _IGNORABLE:
            after += 1
        if after == len(text) or not unicodedata.combining(text[after]):
            return end
        end = after + 1
    return end


def normalise(text: str) -> str:
    """The normalised form of a quote (see the module docstring)."""
    return NormalisedText(text).text.strip()


class AnchorIndex:
    """A source text ready for quote lookups; the normalised copy is built on first need."""

    __slots__ = ("_normalised", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self._normalised: NormalisedText | None = None

    @property
    def normalised(self) -> NormalisedText:
        if self._normalised is None:
            self._normalised = NormalisedText(self.text)
        return self._normalised

    def resolve(self, quote: str, *, max_gap: int = 500) -> Resolution:
        """Locate `quote` in the text."""
        found = self._find_whole(quote)
        if found is not None:
            return found
        parts = [part for part in _ELLIPSIS.split(quote) if part.strip()]
        if len(parts) > 1:
            joined = self._find_parts(parts, max_gap)
            if joined is not None:
                return joined
        return self._closest(quote)

    def _find_whole(self, quote: str) -> Resolution | None:
        start = self.text.find(quote)
        if start >= 0:
            count = _count(self.text, quote, start)
            return Resolution(Match.EXACT, ((start, start + len(quote)),), count)
        needle = normalise(quote)
        if not needle:
            return None
        haystack = self.normalised.text
        start = haystack.find(needle)
        if start < 0:
            return None
        span = self.normalised.original_span(start, start + len(needle))
        return Resolution(
            Match.NORMALISED,
            (span,),
            _count(haystack, needle, start),
            differences=tuple(_normalisation_kinds(quote, self.text[span[0] : span[1]])),
        )

    def _find_parts(self, parts: list[str], max_gap: int) -> Resolution | None:
        spans: list[tuple[int, int]] = []
        exact = True
        position = 0
        for part in parts:
            start = self.text.find(part, position)
            span: tuple[int, int] | None = (start, start + len(part)) if start >= 0 else None
            if span is None:
                needle = normalise(part)
                norm = self.normalised
                # Search the normalised text from the normalised position of `position`.
                from_norm = _first_at_or_after(norm.starts, position)
                found = norm.text.find(needle, from_norm) if needle else -1
                if found < 0:
                    return None
                span = norm.original_span(found, found + len(needle))
                exact = False
            if spans and span[0] - spans[-1][1] > max_gap:
                return None
            spans.append(span)
            position = span[1]
        return Resolution(Match.EXACT if exact else Match.NORMALISED, tuple(spans), 1)

    def _closest(self, quote: str) -> Resolution:
        from rapidfuzz import fuzz  # imported here: only failing quotes pay for it

        needle = normalise(quote)
        norm = self.normalised
        if not needle or not norm.text:
            return Resolution(Match.NOT_FOUND)
        alignment = fuzz.partial_ratio_alignment(needle, norm.text)
        if alignment is None or alignment.dest_end <= alignment.dest_start:
            return Resolution(Match.NOT_FOUND)
        # partial_ratio aligns a window as long as the quote; look around it and crop to
        # the words the quote shares, so a missing or extra word shows as such.
        margin = len(needle) // 2 + 10
        window = norm.original_span(
            max(alignment.dest_start - margin, 0),
            min(alignment.dest_end + margin, len(norm.text)),
        )
        start, end = _crop_to_shared_words(self.text, window, needle)
        passage = self.text[start:end]
        return Resolution(
            Match.NOT_FOUND,
            closest=(start, end),
            score=round(alignment.score, 1),
            differences=tuple(word_differences(quote, passage)),
        )


def _count(haystack: str, needle: str, first: int, *, cap: int = 100) -> int:
    count = 1
    position = haystack.find(needle, first + 1)
    while position >= 0 and count < cap:
        count += 1
        position = haystack.find(needle, position + 1)
    return count


def _first_at_or_after(starts: Sequence[int], position: int) -> int:
    import bisect

    return bisect.bisect_left(starts, position)


def _crop_to_shared_words(text: str, window: tuple[int, int], needle: str) -> tuple[int, int]:
    """The part of `text[window]` from the first to the last word it shares with `needle`."""
    tokens = list(_WORDS.finditer(text, window[0], window[1]))
    said = _WORDS.findall(needle)
    matcher = difflib.SequenceMatcher(
        a=said, b=[normalise(token.group()) for token in tokens], autojunk=False
    )
    blocks = [block for block in matcher.get_matching_blocks() if block.size]
    if not blocks:
        return window
    first, last = blocks[0], blocks[-1]
    # Unshared words at either end of the quote were probably written for source words
    # there: take up to twice as many source words, within the sentence.
    begin = first.b
    for _ in range(2 * first.a):
        if begin == 0 or tokens[begin - 1].group() in _SENTENCE_END:
            break
        begin -= 1
    finish = last.b + last.size - 1
    for _ in range(2 * (len(said) - last.a - last.size)):
        if finish + 1 >= len(tokens) or tokens[finish + 1].group() in _SENTENCE_END:
            break
        finish += 1
    return tokens[begin].start(), tokens[finish].end()


def word_differences(quote: str, passage: str, *, limit: int = 4) -> list[str]:
    """What the quote says differently from the passage, word by word (for messages)."""
    said = _WORDS.findall(normalise(quote))
    source = _WORDS.findall(normalise(passage))
    found: list[str] = []
    matcher = difflib.SequenceMatcher(a=said, b=source, autojunk=False)
    for tag, a1, a2, b1, b2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        quoted, actual = _join(said[a1:a2]), _join(source[b1:b2])
        if tag == "replace":
            found.append(f'quote has "{quoted}" where the source has "{actual}"')
        elif tag == "delete":
            found.append(f'quote adds "{quoted}"')
        else:
            found.append(f'quote lacks "{actual}"')
        if len(found) == limit:
            break
    return found


def _join(words: list[str]) -> str:
    text = " ".join(words)
    return text if len(text) <= 60 else text[:57] + "..."


_STEPS = (
    "Unicode composition (NFC)",
    "typographic quotes or dashes",
    "invisible characters",
    "whitespace",
    "letter case",
)


def _normalisation_kinds(quote: str, passage: str) -> list[str]:
    """Which declared normalisations the quote needed to match the passage (for messages)."""
    return [step for step in _STEPS if _partial(quote, step) != _partial(passage, step)]


def _partial(text: str, skip: str) -> str:
    """`text` normalised by every step except `skip`."""
    if skip != _STEPS[2]:
        text = "".join(char for char in text if char not in _IGNORABLE)
    if skip != _STEPS[0]:
        text = unicodedata.normalize("NFC", text)
    if skip != _STEPS[1]:
        text = "".join(_FOLD.get(char, char) for char in text)
    if skip != _STEPS[3]:
        text = " ".join(text.split())
    if skip != _STEPS[4]:
        text = text.casefold()
    return text
