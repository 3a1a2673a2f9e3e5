"""Checks that tie a claim to its sources: cited sources exist, quotes occur, numbers are stated."""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass

from vraem_claims.anchoring import Match, Resolution
from vraem_claims.claims import LoadedClaim
from vraem_claims.findings import Edit, Finding
from vraem_claims.numbers import (
    NumberMention,
    find_numbers,
    is_share,
    mention_matches,
    parse_number,
    states_one_by_article,
)
from vraem_claims.rules import finding
from vraem_claims.sources import SourceCatalog, SourceText
from vraem_claims.units import normalize_unit


@dataclass(frozen=True, slots=True)
class CitationAnchor:
    """A citation resolved against its source text (None parts when that was impossible)."""

    source_id: str
    text: SourceText | None
    resolution: Resolution | None

    @property
    def found(self) -> bool:
        return self.resolution is not None and self.resolution.match is not Match.NOT_FOUND

    @property
    def language(self) -> str:
        return self.text.source.language if self.text is not None else "en"

    def passage(self) -> str:
        """The source's own text of the quote (parts joined by ' ... ')."""
        if self.text is None or self.resolution is None or not self.found:
            return ""
        return " ... ".join(self.text.text[a:b] for a, b in self.resolution.spans)


def anchor_citations(
    loaded: LoadedClaim, catalog: SourceCatalog, *, max_gap: int
) -> tuple[CitationAnchor, ...]:
    """Resolve each citation's quote in its source text."""
    anchors = []
    for citation in loaded.claim.citations:
        text = catalog.get_text(citation.source) if citation.source in catalog.sources else None
        resolution = text.index.resolve(citation.quote, max_gap=max_gap) if text else None
        anchors.append(CitationAnchor(citation.source, text, resolution))
    return tuple(anchors)


def check_citations(
    loaded: LoadedClaim,
    anchors: tuple[CitationAnchor, ...],
    catalog: SourceCatalog,
    *,
    min_quote_length: int,
) -> Iterator[Finding]:
    """Unknown sources and quotes that are missing, normalised, ambiguous or too short."""
    claim = loaded.claim
    for index, (citation, anchor) in enumerate(zip(claim.citations, anchors, strict=True)):
        field_name = f"citations[{index}]"
        location = loaded.quote_location(index)
        if citation.source not in catalog.sources:
            if catalog.loaded:
                yield finding(
                    "R001",
                    f"unknown source `{citation.source}`{_suggest(citation.source, catalog)}",
                    loaded.source_location(index),
                    claim_id=claim.id,
                    field=f"{field_name}.source",
                )
            continue
        if len(citation.quote.strip()) < min_quote_length:
            yield finding(
                "Q004",
                f"quote `{citation.quote}` is {len(citation.quote.strip())} characters; "
                f"quote at least {min_quote_length} to pin the passage",
                location,
                claim_id=claim.id,
                field=f"{field_name}.quote",
            )
        if anchor.resolution is None or anchor.text is None:
            continue  # the source's file problem is reported once, on sources.yaml
        yield from _quote_findings(loaded, index, anchor.text, anchor.resolution)


def _quote_findings(
    loaded: LoadedClaim, index: int, text: SourceText, resolution: Resolution
) -> Iterator[Finding]:
    claim = loaded.claim
    quote = claim.citations[index].quote
    field_name = f"citations[{index}].quote"
    location = loaded.quote_location(index)
    source_ref = f"`{text.source.id}`"
    if resolution.match is Match.NOT_FOUND:
        details: list[tuple[str, str]] = [("quote", quote)]
        message = f"quote not found in source {source_ref}"
        if resolution.closest is not None:
            start, end = resolution.closest
            line, col = text.line_col(start)
            details.append(("closest", text.text[start:end]))
            details.append(("at", f"{text.path.name}:{line}:{col} ({resolution.score:g}% similar)"))
            if resolution.differences:
                details.append(("differs", "; ".join(resolution.differences)))
                message += f": {resolution.differences[0]} ({text.display_path}:{line}:{col})"
            else:
                message += f"; closest passage at {text.display_path}:{line}:{col}"
        yield finding(
            "Q001", message, location, claim_id=claim.id, field=field_name, details=tuple(details)
        )
        return
    line, col = text.line_col(resolution.start)
    if resolution.match is Match.NORMALISED:
        exact = " ... ".join(text.text[a:b] for a, b in resolution.spans)
        how = ", ".join(resolution.differences) or "normalisation"
        yield finding(
            "Q002",
            f"quote matches source {source_ref} ({text.display_path}:{line}:{col}) only after "
            f"normalising {how}; --fix rewrites it to the source's text",
            location,
            claim_id=claim.id,
            field=field_name,
            details=(("quote", quote), ("source", exact)),
            fix=_quote_edit(loaded, index, exact),
        )
    if resolution.occurrences > 1:
        yield finding(
            "Q003",
            f"quote occurs {resolution.occurrences} times in source {source_ref} "
            f"(first at line {line}:{col}); lengthen it to pin one passage",
            location,
            claim_id=claim.id,
            field=field_name,
        )


def _quote_edit(loaded: LoadedClaim, index: int, exact: str) -> Edit | None:
    span = loaded.quote_span(index)
    if span is None:
        return None
    start, end, style = span
    return Edit(loaded.path, start, end, yaml_scalar(exact, style), value=exact)


# Forms other YAML readers (YAML 1.2) take as numbers: 0o17, 0x1F, 1e3, .inf.
_YAML12_NUMBER = re.compile(
    r"[-+]?(?:0o[0-7]+|0x[0-9a-fA-F]+|(?:[0-9][0-9_]*)?\.?[0-9]+(?:[eE][-+]?[0-9]+)?|\.inf|\.nan)",
    re.IGNORECASE,
)
# Starts with a letter: A-Z, a-z or U+00C0-U+FFFF, written as what it is not, because the
# wide range costs 7 ms to compile at every start.
_PLAIN_SAFE = re.compile(r"[^\x00-@\[-`{-\xbf\U00010000-\U0010ffff][^:#\n\r\t'\"]*[^\s:#'\"]")


def yaml_scalar(text: str, style: str = "") -> str:
    """`text` as a YAML scalar, plain when the original was plain and that is safe."""
    if style == "" and _PLAIN_SAFE.fullmatch(text) and ": " not in text and " #" not in text:
        return text
    if style == "'" and "\n" not in text and text.isprintable():
        return "'" + text.replace("'", "''") + "'"
    return json.dumps(text, ensure_ascii=False)


def check_numbers(loaded: LoadedClaim, anchors: tuple[CitationAnchor, ...]) -> Iterator[Finding]:
    """A numeric value must be stated in one of the quotes, with a hedge that agrees."""
    claim = loaded.claim
    if isinstance(claim.value, str):
        language = _language(anchors)
        text = claim.value.strip()
        if parse_number(text, language) is not None or _YAML12_NUMBER.fullmatch(text):
            yield finding(
                "N003",
                f"`value` is the text '{claim.value}', which reads as a "
                "number; write the number without quotes or grouping",
                loaded.location("value"),
                claim_id=claim.id,
                field="value",
            )
        return
    wanted = [
        (name, number)
        for name in ("value", "low", "high")
        if isinstance(number := getattr(claim, name), int | float)
    ]
    found = [anchor for anchor in anchors if anchor.found]
    if not wanted or not found:
        return  # not numeric, or no quote to read (already reported)
    mentions = [
        (passage, mention)
        for anchor in found
        for passage in (anchor.passage(),)
        for mention in find_numbers(passage, anchor.language)
    ]
    stated = ", ".join(dict.fromkeys(m.text for _, m in mentions)) or "no number"
    for name, number in wanted:
        matching = [(p, m) for p, m in mentions if mention_matches(float(number), m)]
        if not matching and _one_by_article(loaded, number, mentions, found):
            continue
        if (
            not matching
            and number == 0
            and not mentions
            and any(_states_zero(a.passage()) for a in found)
        ):
            continue  # "¿Cuántos condenados hay? Ninguno." states 0; "three died, none ..." not
        if not matching:
            yield finding(
                "N001",
                f"`{name}` {_show(number)} is not stated in the quotes (they state: {stated})",
                loaded.location(name),
                claim_id=claim.id,
                field=name,
                details=(("quotes", " | ".join(a.passage() for a in found)),),
            )
            continue
        if name == "value":
            yield from _hedge_findings(loaded, matching)


# Words that state a count of zero in a quote that states no figure: "none", "no one",
# "ninguno", "nadie", "ni uno"; and "nothing", "nada" and "no" ("No arrests had been made",
# "no se llevaron nada"; blind21) unless the quote says that a figure went untold ("no
# precisó cuántos", "gave no figure", "said nothing about casualties"; review).
_NONE = re.compile(
    r"\b(?:none|no one|nobody|not a single|not one|nil|ningun[oa]?s?|ningún|nadie|"
    r"ni un[oa]?|ni un solo|ni una sola)\b",
    re.IGNORECASE,
)
_NOTHING = re.compile(r"\b(?:nothing|nada|no)\b", re.IGNORECASE)
_UNTOLD = re.compile(
    r"\b(?:how many|how much|cu[aá]nt[oa]s?|figures?|cifras?|numbers?|n[uú]meros?|said|say|"
    r"says|told|tell|gave|give|disclos\w*|know\w*|unknown|clear|dijo|dice|precis\w*|"
    r"detall\w*|revel\w*|sab\w*|conoc\w*|claro|dato|datos)\b",
    re.IGNORECASE,
)


def _states_zero(passage: str) -> bool:
    """A quote with no figure says there were none (see `_NONE`, `_NOTHING`)."""
    if _NONE.search(passage):
        return True
    return bool(_NOTHING.search(passage)) and not _UNTOLD.search(passage)


def _hedge_findings(
    loaded: LoadedClaim, matching: list[tuple[str, NumberMention]]
) -> Iterator[Finding]:
    claim = loaded.claim
    qualifier = claim.effective_qualifier
    if any(mention.qualifier == qualifier for _, mention in matching):
        return
    if all(_another_reading(claim.value, mention) for _, mention in matching):
        return  # "from four in 2010 to 15 in 2024" states 15, not the years 2010-2015
    if qualifier == "about" and any(_rounded_share(claim.value, m) for _, m in matching):
        return  # a share rounded: "two-thirds" is about 67 %
    passage, mention = matching[0]
    said = passage[
        mention.hedge_start if mention.hedge_start is not None else mention.start : mention.end
    ]
    field_name = "qualifier" if claim.qualifier is not None else "value"
    yield finding(
        "N002",
        f"the quote says `{said}` ({mention.qualifier}) but `qualifier` is {qualifier}; "
        f"write `qualifier: {mention.qualifier}`",
        loaded.location(field_name),
        claim_id=claim.id,
        field="qualifier",
    )


def _another_reading(claimed: object, mention: NumberMention) -> bool:
    """A range of years whose second number the claim reads as a count of its own."""
    return (
        mention.kind == "year"
        and isinstance(claimed, int | float)
        and not math.isclose(claimed, mention.value)
        and not (mention.high is not None and math.isclose(claimed, mention.high))
    )


def _rounded_share(claimed: object, mention: NumberMention) -> bool:
    """A plain share ("two-thirds") claimed as one of its roundings (67, 0.67), not as its
    percentage or fraction: such a claim may say `about`."""
    if not is_share(mention) or mention.qualifier != "exact":
        return False
    if not isinstance(claimed, int | float):
        return False
    exact = (mention.value, mention.value / 100)
    return not any(math.isclose(claimed, value, rel_tol=1e-9) for value in exact)


def _one_by_article(
    loaded: LoadedClaim,
    number: float,
    mentions: list[tuple[str, NumberMention]],
    found: list[CitationAnchor],
) -> bool:
    """An exact count of 1 is stated by a quote that opens with an indefinite article
    and states no figure at all: "Un suboficial resultó herido" says one was wounded.
    Only the opening word counts ("no one", "wounded in an ambush", Spanish "a" are not
    a one), and only for a count of things, never a percentage, money or mass."""
    claim = loaded.claim
    return (
        number == 1
        and claim.effective_qualifier == "exact"
        and _counts_things(claim.unit)
        and not any(m.kind in ("number", "percent", "money") for _, m in mentions)
        and any(states_one_by_article(anchor.passage(), anchor.language) for anchor in found)
    )


def _counts_things(unit: str | None) -> bool:
    """No unit, or a unit of counted things ("heridos"): not a percentage, money or mass."""
    normal = normalize_unit(unit) if unit else None
    return normal is None or normal.dimension == "count"


def _show(number: float) -> str:
    return f"{number:g}" if isinstance(number, float) else str(number)


def _language(anchors: tuple[CitationAnchor, ...]) -> str:
    return next((a.language for a in anchors if a.text is not None), "en")


def _suggest(source_id: str, catalog: SourceCatalog) -> str:
    import difflib

    close = difflib.get_close_matches(source_id, list(catalog.sources), n=1, cutoff=0.6)
    return f"; did you mean `{close[0]}`?" if close else ""
