"""Gathering a claim's fields from `add`'s options, asking in a terminal for the rest.

Each field comes from its option when given; otherwise, in a terminal, from an
answer (with a proposal as the default); otherwise from the proposal (value,
qualifier, unit read from the quote; the id) or nothing. A quote that is not in
the source exactly is never taken silently: non-interactively it is refused
(unless --use-source-text takes the source's text for a normalised match); in a
terminal the closest passage is shown and taken only when the user agrees.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from vraem_claims.anchoring import Match
from vraem_claims.corpus import Corpus
from vraem_claims.drafting import (
    Numbers,
    QuoteCheck,
    check_quote,
    describe_mismatch,
    number_text,
    parse_as_of,
    parse_value,
    propose_id,
    read_numbers,
    value_mentions,
)
from vraem_claims.errors import InputError
from vraem_claims.models import SLUG_PATTERN, Claim
from vraem_claims.prompts import Asker, missing
from vraem_claims.sources import SourceText
from vraem_claims.validation import model_or_error
from vraem_claims.yamlrender import Plain

REQUIRED = ("source", "quote", "statement")
FIELD_ORDER = (
    "id statement quantity value qualifier low high unit as_of place attributed_to "
    "citations tags notes"
).split()


@dataclass(frozen=True, slots=True)
class ClaimDraft:
    """What the user gave; None where nothing was given."""

    source: str | None = None
    quote: str | None = None
    statement: str | None = None
    value: str | None = None
    qualifier: str | None = None
    unit: str | None = None
    as_of: str | None = None
    place: str | None = None
    attributed_to: str | None = None
    quantity: str | None = None
    tags: tuple[str, ...] = ()
    notes: str | None = None
    id: str | None = None
    file: Path | None = None
    use_source_text: bool = False


@dataclass(slots=True)
class Gathered:
    """A claim ready to check: the model, its fields in writing order, and what was read."""

    claim: Claim
    fields: list[tuple[str, Any]]
    notes: list[str] = field(default_factory=list)


def gather(corpus: Corpus, draft: ClaimDraft, ask: Asker | None) -> Gathered:
    """The claim the options (and answers) describe; an error for anything unusable."""
    if ask is None:
        needed = [f"--{name}" for name in REQUIRED if not getattr(draft, name)]
        if needed:
            raise missing(needed)
    text = _source(corpus, draft.source, ask)
    quote = _quote(corpus, text, draft, ask)
    statement = draft.statement or _required(ask, "Statement (one sentence, in your words)")
    numbers = _numbers(quote, text.source.language, draft, ask)
    optional = {
        "quantity": draft.quantity,
        "as_of": draft.as_of,
        "place": draft.place,
        "attributed_to": draft.attributed_to,
    }
    if ask is not None:
        optional = {k: v or ask.text(_LABELS[k]) or None for k, v in optional.items()}
    as_of = parse_as_of(optional["as_of"]) if optional["as_of"] else None
    values: dict[str, Any] = {
        "statement": statement,
        "quantity": optional["quantity"],
        "value": numbers.value,
        "qualifier": numbers.qualifier,
        "low": numbers.low,
        "high": numbers.high,
        "unit": numbers.unit,
        "as_of": as_of,
        "place": optional["place"],
        "attributed_to": optional["attributed_to"],
        "citations": [{"source": text.source.id, "quote": quote}],
        "tags": list(draft.tags),
        "notes": draft.notes,
    }
    words = optional["quantity"] or statement
    values["id"] = _claim_id(corpus, draft.id, words, _year(as_of, text), ask)
    written = {k: v for k, v in values.items() if v not in (None, [])}
    fields = [(key, written[key]) for key in FIELD_ORDER if key in written]
    return Gathered(_model(written), fields, numbers.notes)


_LABELS = {
    "quantity": "Quantity label (what is measured; Enter to skip)",
    "as_of": "As of (2014, 2020-10, 2020-10-14 or 2006..2011; Enter for the publication date)",
    "place": "Place (Enter to skip)",
    "attributed_to": "Attributed to (who states the figure; Enter to skip)",
}


def _required(ask: Asker | None, label: str) -> str:
    assert ask is not None  # non-interactive use checked every required option first
    while True:
        answer = ask.text(label).strip()
        if answer:
            return answer
        ask.say("An answer is required.")


def _source(corpus: Corpus, source_id: str | None, ask: Asker | None) -> SourceText:
    catalog = corpus.catalog
    while True:
        if not source_id:
            source_id = _required(ask, "Source id (`vraem-claims sources` lists them)")
        if source_id in catalog.sources:
            text = catalog.get_text(source_id)
            if text is None:
                problem = catalog.findings[-1].message if catalog.findings else "cannot be read"
                raise InputError(problem)
            return text
        close = difflib.get_close_matches(source_id, list(catalog.sources), n=1, cutoff=0.6)
        hint = f"; did you mean `{close[0]}`?" if close else ""
        message = f"unknown source `{source_id}`{hint} (`vraem-claims sources` lists them)"
        if ask is None:
            raise InputError(message)
        ask.say(message)
        source_id = None


def _quote(corpus: Corpus, text: SourceText, draft: ClaimDraft, ask: Asker | None) -> str:
    max_gap = corpus.project.settings.ellipsis_max_gap
    quote = draft.quote
    while True:
        if not quote:
            quote = _required(ask, "Quote (copy it from the source)")
        check = check_quote(text, quote, max_gap=max_gap)
        if check.match is Match.EXACT:
            return quote
        taken = _take_source_text(check, text.source.id, draft.use_source_text, ask)
        if taken is not None:
            return taken
        quote = None


def _take_source_text(
    check: QuoteCheck, source_id: str, use_source_text: bool, ask: Asker | None
) -> str | None:
    """The source's own text to quote instead, when the user agrees; None to ask again."""
    problem = describe_mismatch(check, source_id)
    normalised = check.match is Match.NORMALISED
    if ask is None:
        if normalised and use_source_text:
            return check.exact
        advice = "; pass --use-source-text to quote the source's text" if normalised else ""
        raise InputError(f"{problem}{advice}; nothing was written")
    ask.say(problem)
    if not check.exact:
        return None
    question = "Use the source's exact text?" if normalised else "Use the closest passage instead?"
    return check.exact if ask.confirm(question, default=normalised) else None


def _numbers(quote: str, language: str, draft: ClaimDraft, ask: Asker | None) -> Numbers:
    """Value, qualifier and unit: as given, as answered, or read from the quote.

    `--value -` (or the answer `-`) makes the claim non-numeric: nothing is read.
    """
    if draft.value is not None or ask is None:
        value = parse_value(draft.value, language) if draft.value is not None else None
        if draft.value is not None and value is None:
            return Numbers()
        return read_numbers(
            quote, language, value=value, qualifier=draft.qualifier, unit=draft.unit
        )
    mentions = value_mentions(quote, language)
    if mentions:
        ask.say("The quote states: " + "; ".join(m.text for m in mentions))
    default = number_text(mentions[0].value) if len(mentions) == 1 else None
    answer = ask.text("Value (a number stated in the quote; - for none)", default=default)
    value = parse_value(answer, language)
    if value is None:
        return Numbers()
    numbers = read_numbers(quote, language, value=value, qualifier=draft.qualifier, unit=None)
    if numbers.numeric:
        numbers.qualifier = draft.qualifier or ask.text("Qualifier", default=numbers.qualifier)
        numbers.unit = draft.unit or ask.text("Unit", default=numbers.unit) or None
    return numbers


def _year(as_of: Any, text: SourceText) -> int | None:
    if isinstance(as_of, dict):
        return int(str(as_of["start"])[:4])
    if isinstance(as_of, Plain):
        return int(as_of[:4])
    return text.source.published.year


def _taken_ids(corpus: Corpus) -> set[str]:
    return {
        *(claim.id for claim in corpus.claims),
        *(claim_id for claim_file in corpus.files for claim_id, _ in claim_file.invalid_ids),
    }


def _claim_id(
    corpus: Corpus, given: str | None, words: str, year: int | None, ask: Asker | None
) -> str:
    taken = _taken_ids(corpus)
    proposal = propose_id(words, year, taken)
    claim_id = given
    while True:
        if claim_id is None:
            claim_id = proposal if ask is None else ask.text("Id", default=proposal)
        problem = None
        if not re.fullmatch(SLUG_PATTERN, claim_id):
            problem = f"id `{claim_id}` is not a slug (letters, digits, `.`, `_`, `-`)"
        elif claim_id in taken:
            problem = f"claim id `{claim_id}` is already used; `{proposal}` is free"
        if problem is None:
            return claim_id
        if ask is None:
            raise InputError(problem)
        ask.say(problem)
        claim_id = None


def _model(values: dict[str, Any]) -> Claim:
    return model_or_error(Claim, values, as_options=False)
