"""Numeric claims as comparable measures, and grouping those that measure the same quantity.

A `Measure` is a numeric claim made comparable: its interval in the base unit of
its dimension, the days it refers to, its place and actor, and the concepts of
what it measures (from `quantity`, else from the statement without its numbers,
places and actors). Two measures are the same quantity when their dimensions are
equal, their concepts are similar enough (IDF-weighted, typo-tolerant through
rapidfuzz), and they are not two different dated events. Candidate pairs come
from an inverted index with prefix filtering, so grouping never compares all
pairs and finds exactly the pairs an all-pairs scan above the threshold would.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, NamedTuple, TypeVar
from weakref import WeakKeyDictionary

from vraem_claims.aliases import fold
from vraem_claims.attribution import split_attribution
from vraem_claims.claims import LoadedClaim
from vraem_claims.dates import DateSpan, PartialDate, span_of
from vraem_claims.focus import figure_focus
from vraem_claims.glossary import AGENTS, FACETS, IMPLIES, LIGHT, OCCASIONS
from vraem_claims.intervals import (
    Interval,
    claim_interval,
    last_digit,
    significant_digits,
    widen_for_rounding,
)
from vraem_claims.models import Period, Source
from vraem_claims.numbers import find_numbers, mention_matches
from vraem_claims.sources import SourceCatalog
from vraem_claims.textkeys import UPPER_LOWER, TextKeys, concept_tokens, word_keys
from vraem_claims.units import PINT_SPELLINGS, SURFACE_FORMS, Unit, is_altitude, normalize_unit

# Same quantity when the weighted similarity of what two claims measure reaches this.
SAME_QUANTITY = 0.5
# Two claims dated to days further apart than this describe different events.
EVENT_DAYS = 2

_STOCK_CUES = re.compile(
    r"\b(?:so far|to date|in total|a total of|total|since|as of|by the end of|currently|"
    r"cumulative|has|have|there are|there were|stood at|reached|hasta la fecha|en total|"
    r"desde|a la fecha|actualmente|hay|tiene|tienen|cuenta con|suman|acumulad[oa]s?|"
    r"llega a|asciende a)\b"
)


# A place: the concepts of each of its comma-separated names (see place_key).
Place = frozenset[frozenset[str]]


@dataclass(slots=True)
class Measure:
    """A numeric claim ready for comparison."""

    claim: LoadedClaim
    dimension: str
    unit: str  # the unit's canonical name, for display
    interval: Interval  # in the dimension's base unit
    rounded: Interval  # the interval widened by the rounding of a round figure
    span: DateSpan | None
    day_precise: bool
    what: frozenset[str]  # concepts of what is measured
    statement: frozenset[str]
    place: Place | None  # see place_key
    actor: str | None
    stock: bool
    names: frozenset[str]  # proper names in what is measured ("José" vs "Raúl")
    counted: frozenset[str]  # concepts of the unit, for counted things ("districts")
    labelled: bool  # `quantity` was given
    period: tuple[DateSpan, DateSpan] | None  # as_of is a period: its bounds' spans
    told: frozenset[str]  # what the statement says of the figure (its clause, if several)
    running: bool = False  # a running total ("so far", "en lo que va del año")
    # A label of words no glossary knows and its own statement does not use: another
    # language ("Mohnfläche") or a private code ("cocaha"); see `same_quantity_score`.
    opaque: bool = False
    # A label that only says how the figure is taken ("sum(kg)", "max(price)"): see `_COARSE`.
    coarse: bool = False
    # The figure's date ends before its source was published: told looking back, so a
    # future in its statement is history's ("la Policía incautará"), no plan (see `_stage`).
    retold: bool = False
    # For an age, what it is of: "person", "thing" or "" (see `_aged`).
    aged: str = ""

    @property
    def id(self) -> str:
        return self.claim.id


H = TypeVar("H", bound=Hashable)
_NONE: frozenset[str] = frozenset()


class Interner:
    """One object for all equal values. Labels, places and actors repeat across a corpus,
    and each measure built anew would hold its own copies (a frozenset of concepts takes
    200 to 700 bytes; a place, a set of such sets, more)."""

    __slots__ = ("_seen",)

    def __init__(self) -> None:
        self._seen: dict[Hashable, Any] = {}

    def __call__(self, value: H) -> H:
        kept: H = self._seen.setdefault(value, value)
        return kept


def measures_of(
    claims: Iterable[LoadedClaim],
    catalog: SourceCatalog,
    keys: TextKeys,
    *,
    tolerance: float,
) -> list[Measure]:
    """Every numeric claim as a Measure (non-numeric claims are skipped)."""
    found = []
    share = Interner()
    for loaded in claims:
        measure = _measure(loaded, catalog, keys, tolerance, share)
        if measure is not None:
            found.append(measure)
    return found


def _measure(
    loaded: LoadedClaim,
    catalog: SourceCatalog,
    keys: TextKeys,
    tolerance: float,
    share: Interner,
) -> Measure | None:
    claim = loaded.claim
    number: float | None = claim.value if isinstance(claim.value, int | float) else None
    qualifier = claim.effective_qualifier
    if isinstance(claim.value, list) and claim.value:
        number, qualifier = len(claim.value), "exact"  # a list of names counts its members
    interval = claim_interval(
        number, qualifier, low=claim.low, high=claim.high, tolerance=tolerance
    )
    if interval is None:
        return None
    unit = normalize_unit(claim.unit) or _unit_from_quotes(loaded, catalog, number)
    dimension, canonical, factor = (
        (unit.dimension, unit.canonical, unit.factor) if unit else ("count", "", 1.0)
    )
    if "/" in dimension:  # a rate: counted denominators compare by concept ("pit" = "poza")
        dimension = "/".join(
            part if part in _DIMENSIONS or ":" in part else "+".join(keys.concepts(part))
            for part in dimension.split("/")
        )
    place = place_key(claim.place, keys)
    actor = " ".join(sorted(_phrase_key(claim.attributed_to, keys) or ())) or None
    # Names of the place and the actor say where and who, not what: drop them from what
    # is measured (concepts such as "coca" in "coca-growing basins" stay).
    where = frozenset().union(*place) if place else frozenset()
    who = frozenset(actor.split() if actor else ()) - _KEPT
    statement = statement_concepts(claim.statement, keys)
    context = (where - _KEPT) | _named(who, statement)
    statement = statement - context
    counted = (
        _counted(claim.unit, claim.quantity or claim.statement, keys)
        if claim.unit and dimension == "count"
        else (frozenset())
    )
    if (
        claim.unit
        and _HEADS.fullmatch(fold(claim.unit).strip(" ."))
        and counted & concept_tokens() <= _LEADER
    ):
        # "98 head" are animals, not leaders: of the kind the claim names, else livestock;
        # "heads of household" and "cabezas de familia" stay people (review).
        named = keys.concepts(f"{claim.quantity or ''} {claim.statement}")
        counted = frozenset(named) & (_LIVESTOCK | _ANIMALS) or frozenset({"livestock"})
    # Unit names become the dimension they name: "hectáreas" and "square miles" meet.
    units = unit_words(keys, dimension)
    measured = frozenset({"=" + dimension}) if dimension != "count" else _NONE
    if is_altitude(claim.unit) or _above_sea_level(claim.statement, number):
        measured |= _HEIGHT  # "3.900 msnm" is an altitude, as "12,800 feet of altitude"
    statement = statement - units | measured
    source = catalog.sources.get(claim.citations[0].source)
    label = hxl_words(claim.quantity) if claim.quantity else None
    hxl = label != claim.quantity  # an HXL label, read by its attributes
    described = frozenset(keys.concepts(label)) - units if label else _NONE
    opaque = bool(described) and not described & (concept_tokens() | statement)
    if not described - LIGHT:
        label = None  # "how many days?" names only the unit: the statement says what
    # A label of words that say only how a figure is taken ("sum(cost)", "max(price)",
    # "precio") says what kind of figure, not of what: its clause says that too (blind27:
    # the cost of a scanner and of a blood bank under one label), and so does an HXL label
    # whose kind of figure names only what its unit counts ("#output+machines"; blind28).
    coarse = bool(label) and not described - LIGHT - _COARSE - (counted if hxl else _NONE)
    if label:
        described |= measured
    # What the statement says of the figure: what is measured when there is no label or
    # an opaque one; beside a label it matters only where it names an action or a
    # substance the label does not (see `different_facets`), so its clause is read only then.
    if not label or opaque or coarse or (statement - described) & _TOLD:
        focus = _focus(claim.statement, number, source, keys, context | units, counted)
        told = statement if focus is None else focus | measured
    else:
        told = described
    if not label:
        described = told
    elif coarse:
        described = described - _PLAIN | told  # "max(price)": the maximum of what the clause says
    what = described | counted
    what, statement = _with_implied(what), _with_implied(statement)
    if "kill" in what and counted & _DESTRUCTIBLE and not what & (_PEOPLE | _LIVESTOCK | _ANIMALS):
        # "Lab kills" in military jargon are labs destroyed; 290 pigs killed by an outbreak
        # are dead pigs, and patients, traders or guards who died are deaths (blind21).
        what = what - {"kill"} | {"destroy"}
    what = what - ((where - _KEPT) | _named(who, what)) or what
    if "recapture" in what:
        what = what - _ESCAPE  # escapees recaptured are counted by their recapture
    cues = fold(f"{label or ''} {claim.statement}")  # the words `_stock` reads
    running = _running_total(cues)
    return Measure(
        claim=loaded,
        dimension=dimension,
        unit=canonical,
        interval=interval.scaled(factor),
        rounded=widen_for_rounding(interval, number, qualifier, tolerance=tolerance).scaled(factor),
        span=(span := claim.date_span(source.published if source else None)),
        day_precise=_day_precise(claim.as_of),
        what=share(what),
        statement=share(statement),
        place=share(place),
        actor=share(actor),
        stock=running
        or _stock(
            cues,
            what | statement & _event_words(dimension) - counted,
            joined=_day_precise(claim.as_of) and bool(_JOINED.search(fold(claim.statement))),
        ),
        names=share(frozenset(keys.names(label)) - context if label and not opaque else _NONE),
        counted=share(counted),
        labelled=bool(label),
        period=_bounds(claim.as_of),
        told=share(_with_implied(told)),
        running=running,
        opaque=opaque,
        coarse=coarse,
        retold=_retold(claim.as_of, span, source, claim.statement),
        aged=_aged(claim.statement, keys) if "age" in what else "",
    )


# HXL, the humanitarian data standard, names a column by a hashtag and attributes:
# "#affected+killed", "#output+machines", "#targeted+area". Its generic hashtags say what kind
# of figure a column holds (people affected, an activity's output, an indicator), not what
# is counted, which the attributes say (blind28: "#output" read as production).
_HXL = re.compile(r"#([^\W\d_]\w*)((?:\s*\+[^\W\d_]\w*)+)")
_HXL_GENERIC = frozenset("affected indicator output population value inneed impact item".split())


def hxl_words(label: str) -> str:
    """An HXL label as the words that say what it counts ("#output+machines" is
    "machines", "#targeted+area" "targeted area"); any other label as it is."""
    tag = _HXL.fullmatch(label.strip())
    if tag is None:
        return label
    words = [word.strip() for word in tag.group(2).split("+") if word.strip()]
    if tag.group(1).lower() not in _HXL_GENERIC:
        words.insert(0, tag.group(1))
    return " ".join(_HXL_ATTRIBUTES.get(word.lower(), word) for word in words).replace("_", " ")


# HXL's attributes that abbreviate ("+f", "+m") or only say that the column holds a number.
_HXL_ATTRIBUTES = {
    "f": "women", "m": "men", "ind": "people", "hh": "households", "num": "", "total": "",
}  # fmt: skip


def _retold(as_of: object, span: DateSpan | None, source: Source | None, statement: str) -> bool:
    """Whether the figure's stated date ends in a year before its source's, and no verb of
    saying governs the statement: a plan announced days or months before the report ("el
    ministro anunció que erradicará", "said in November that it will") is still a plan
    (review)."""
    if as_of is None or span is None or source is None or source.published is None:
        return False
    if span.end.year >= source.published.year:
        return False
    return _ANNOUNCED.search(fold(statement)) is None


# Verbs of saying, announcing, promising or expecting, in folded text; not the court's
# "sostuvo" of the past ("la sentencia sostuvo que ese año erradicará"; review).
_ANNOUNCED = re.compile(
    r"\b(?:anuncio|anunciaron|anuncia|anuncian|anunciado|announced|announces|said|says|told|"
    r"dijo|dijeron|dice|dicen|prometio|prometieron|promete|prometen|promised|promises|"
    r"pledged|vowed|preve|preven|expects|expected|espera|esperan|esperaba|aseguro|"
    r"aseguraron|afirmo|afirmaron|explico|indico|indicaron|informo|informaron|stated|declaro|"
    r"declararon|planea|planean|planeaba|planned|plans|intends|intended)\b"
)


def _bounds(as_of: object) -> tuple[DateSpan, DateSpan] | None:
    """A period's start and end, each as the days it covers (2023-04 is all of April)."""
    if not isinstance(as_of, Period):
        return None
    return span_of(as_of.start), span_of(as_of.end)


def _focus(
    statement: str,
    number: float | None,
    source: Source | None,
    keys: TextKeys,
    dropped: frozenset[str],
    counted: frozenset[str],
) -> frozenset[str] | None:
    """The concepts of the clause that describes the claimed figure in a statement of
    several figures (see `figure_focus`), or of the text between its neighbours when the
    clause names nothing but who said it; None for a statement of one figure."""
    if number is None:
        return None
    first = source.language if source and source.language in ("en", "es") else "en"
    found = figure_focus(statement, number, (first, "es" if first == "en" else "en"))
    if found is None:
        return None
    clause, between = found
    concepts = statement_concepts(clause, keys) - dropped
    if not concepts - counted - AGENTS - LIGHT:
        concepts = statement_concepts(between, keys) - dropped
    if not counted and not concepts - AGENTS - LIGHT:
        return None  # "a 90 soles" counts nothing: the whole statement says what costs it
    if not concepts - counted - AGENTS - LIGHT - _TREND and _COMPARED.search(clause):
        return None  # "up from 23 tonnes in 2023": the figure the statement is about, earlier
    return concepts


# Concepts of a change. A clause that says only that, of a figure it compares with another
# ("up from 23 tonnes", "frente a 19 mil"), measures what the statement is about; one that
# gives the size of the change ("an increase of 4 tonnes") measures the change.
_TREND = frozenset({"increase", "decrease"})
_COMPARED = re.compile(
    r"\b(?:from|desde|than|on|frente a|compared (?:with|to)|comparad[oa]s? con|respecto a|"
    r"versus|vs\.?)\s+(?:(?:the|its|el|la|los|las|sus?|some|about|around|nearly|almost|"
    r"roughly|unos|unas|casi|cerca de|alrededor de)\s+)*(?!(?:19|20)\d\d\b)\d",
    re.IGNORECASE,
)


def _named(actor: frozenset[str], concepts: frozenset[str]) -> frozenset[str]:
    """The concepts of `concepts` that name the actor. Words of the glossary count only
    when the actor's whole name is there: "budget" names "Dirección de Presupuesto" in
    "the Dirección de Presupuesto reported" but is what is measured in "presupuesto"."""
    return actor if actor <= concepts else actor - concept_tokens()


def _stock(cues: str, what: frozenset[str], *, joined: bool) -> bool:
    """A level at a date rather than the size of one event, besides a running total: a
    figure whose description names no action and no occasion (area under cacao on 30
    June; not coca eradicated that day, nor the soldiers of an ambushed patrol), and none
    who took part in something on one day (`joined`: the 210 officers of a raid, not the
    families in a programme by June), or whose words (`cues`: label and statement, folded)
    say so. Things stolen or missing that were recovered were recovered on a day, as
    things seized were: "recovered 9 stolen pickup trucks on 9 May" is no level (blind22),
    while forest "en recuperación" is. The caller adds what the statement names beside a
    label (`_event_words`)."""
    if not what & _EVENTFUL and not (what & _RECOVER and what & _LOST) and not joined:
        return True
    return bool(_STOCK_CUES.search(cues))


def _event_words(dimension: str) -> frozenset[str]:
    """What a statement may name, beside a label, that makes its figure one event's: the
    vehicle it was found in ("cocaine on board" of a crashed aircraft is its load that
    day; an attack or an operation named in passing is not, nor a store, nor the vehicles
    a fleet counts), and, for a duration,
    any action ("días de suspensión" agreed in March are the 90 days of the suspension
    agreed on 14 March; an average detention "on 1 June" is still a level)."""
    return _EVENTFUL if dimension.split("/")[0] == "time" else _CARRIERS


_CARRIERS = frozenset({"aircraft", "boat", "truck"})
_TALLY = frozenset({"count", "final"})
# Those who took part in something on one day were in one event: "210 officers took
# part" in a raid; families "participaban" in a programme by June are a level.
_JOINED = re.compile(r"\b(?:took part|participated|participaron|participo|tomaron parte)\b")


def _running_total(cues: str) -> bool:
    """A total so far ("so far", "to date", "en lo que va del año") in a folded label and
    statement: a level, never the size of an event. "En total murieron diez" in an ambush
    is a sum, not a running total."""
    return bool(_RUNNING_CUES.search(cues))


_RUNNING_CUES = re.compile(
    r"\b(?:so far|to date|cumulative|cumulatively|hasta la fecha|a la fecha|en lo que va|"
    r"acumulad[oa]s?)\b"
)


def _counted(unit: str, label: str | None, keys: TextKeys) -> frozenset[str]:
    """The concepts of what a count counts. A unit that is the first word of a longer
    phrase of the label (or the statement) counts what the phrase names: "puestos" alone
    are posts (bases), but with the label "puestos de control fluvial" checkpoints."""
    concepts = frozenset(keys.concepts(unit))
    if not label:
        return concepts
    words, unit_words = fold(label).replace("_", " ").split(), fold(unit).split()
    if not unit_words or concepts <= frozenset(keys.concepts(label)):
        return concepts
    size = len(unit_words)
    for start in range(len(words) - size + 1):
        if words[start : start + size] == unit_words:
            phrase = keys.concepts(" ".join(words[start:]))
            if phrase and phrase[0] not in concepts:
                return frozenset(phrase[:1])
    return concepts


# Concepts of unit names that also mean something else ("libra" is a book, "sec" dry,
# "min" a minimum, "porcentaje" a share, "segundo" second, "barrels" drums seized, "on
# foot"): never dropped as units.
_NOT_ONLY_UNITS = (
    "book dried minimum target share point punto nuevo real short second segundo drum yard foot"
    " board"
)


def unit_words(keys: TextKeys, dimension: str) -> frozenset[str]:
    """Concepts of the names of measurement units ("hectáreas", "square miles", "soles"):
    the dimension compares them, so they say nothing of what is measured. Units of time
    only for figures of time: elsewhere "year" and "month" may say what is counted."""
    return _unit_words(keys, dimension.split("/")[0] == "time")


@lru_cache(maxsize=8)
def _unit_words(keys: TextKeys, time: bool) -> frozenset[str]:
    forms = [
        form
        for form, unit in SURFACE_FORMS.items()
        if unit.dimension not in ("count", "percentage point")
        and (time or unit.dimension != "time")
        and len(form) > 1
    ]
    # Units that pint reads ("5,400 feet") are unit names too.
    words = {concept for form in (*forms, *PINT_SPELLINGS) for concept in keys.concepts(form)}
    return frozenset(words) - word_keys(_NOT_ONLY_UNITS) - _KEPT - LIGHT


def _with_implied(concepts: frozenset[str]) -> frozenset[str]:
    implied = {IMPLIES[c] for c in concepts if c in IMPLIES}
    return concepts | implied if implied else concepts


def _unit_from_quotes(
    loaded: LoadedClaim, catalog: SourceCatalog, number: float | None
) -> Unit | None:
    """The unit written next to the claimed number in its quotes, when the claim gives none."""
    if number is None:
        return None
    for citation in loaded.claim.citations:
        source = catalog.sources.get(citation.source)
        language = source.language if source else "en"
        for mention in find_numbers(citation.quote, language):
            if mention_matches(float(number), mention) and mention.unit:
                unit = normalize_unit(mention.unit)
                if unit is not None:
                    return unit
    return None


def _day_precise(as_of: PartialDate | Period | None) -> bool:
    return isinstance(as_of, PartialDate) and as_of.day is not None


def _phrase_key(text: str | None, keys: TextKeys) -> frozenset[str] | None:
    if not text:
        return None
    if "La Mar" in text:  # the province, whose "Mar" would be March
        text = text.replace("La Mar", "Lamar")
    concepts = frozenset(keys.concepts(text)) - _GENERIC_PLACE_WORDS
    if _CHECKPOINT & concepts:  # as a place, a checkpoint is also a post: "puesto de Pangoa"
        concepts = concepts | _POST
    return concepts or None


_CHECKPOINT = frozenset({"checkpoint"})
_POST = frozenset({"base"})


# Words that name a kind of place rather than a place: "Ayacucho region" is Ayacucho.
# ("Ene river basin" and "cuenca del Ene" are the Ene; "Yanamilla prison" and "penal de
# Yanamilla" are Yanamilla: "penal" is a prison only as a place, elsewhere it is "criminal".
# A gauge, a station or a bridge of a town is the town: "Pichari gauge" and "estación
# Puente Pichari", where "estación" is a station, not the season its concept says.
# "Comunidades asháninkas del Ene" are places on the Ene, as are "Ene communities"; the
# "Sivia-Llochegua reach" and "tramo Sivia-Llochegua" are the stretch between them.)
_GENERIC_PLACE_WORDS = frozenset(
    "region province district area zone zona valley river basin town city municipality "
    "sector prison penal station season gaug gauge bridge community reach stretch highlands "
    "upland".split()
)


class Weights:
    """Inverse document frequency of concepts over a set of measures."""

    def __init__(self, token_sets: Iterable[frozenset[str]]) -> None:
        counts: dict[str, int] = defaultdict(int)
        total = 0
        for tokens in token_sets:
            total += 1
            for token in tokens:
                counts[token] += 1
        self.total = max(total, 1)
        self.counts = counts

        self._cache: dict[str, float] = {}

    def __call__(self, token: str) -> float:
        cached = self._cache.get(token)
        if cached is None:
            cached = math.log(1 + self.total / (1 + self.counts.get(token, 0)))
            if token in LIGHT or token.startswith("="):  # "=area": a dimension, see _measure
                cached /= 4
            self._cache[token] = cached
        return cached


def similarity(
    a: frozenset[str],
    b: frozenset[str],
    weight: Weights,
    *,
    containment: bool = True,
    minimum: float = 0.0,
) -> float:
    """Weighted similarity of two concept sets, tolerant of typos and cognates.

    Dice's coefficient on concept weights (or Jaccard with `containment=False`): a short
    label ("troops") inside a slightly longer one ("troops deployed") is close, a short
    label inside a sentence about many things is not; the facet checks keep a subset
    from being enough when the extra words change what is counted ("troops killed").
    """
    if not a or not b:
        return 0.0
    shared = a & b
    only_a, only_b = a - shared, b - shared
    matched = sum(weight(t) for t in shared)
    total = sum(weight(t) for t in a) + sum(weight(t) for t in b)
    if not total:
        return 0.0
    fuzzy = 0.0
    if (
        only_a
        and only_b
        and (
            not minimum
            or _could_reach(
                matched,
                min(_weigh(only_a, weight), _weigh(only_b, weight)),
                total,
                minimum,
                jaccard=not containment,
            )
        )
    ):
        fuzzy = _fuzzy_matches(only_a, only_b, weight)
    if not containment:
        return (matched + fuzzy) / (total - matched - fuzzy)
    dice = 2 * (matched + fuzzy) / total
    if min(len(a), len(b)) == 1 and len(a) != len(b):
        # One concept inside a phrase proves little ("area" vs "coca area").
        return max(dice - 0.25, 0.0)
    return dice


def _weigh(tokens: frozenset[str], weight: Weights) -> float:
    return sum(weight(t) for t in tokens)


def _could_reach(
    matched: float, most_fuzzy: float, total: float, minimum: float, *, jaccard: bool
) -> bool:
    """Whether typo and cognate matches could lift the score to `minimum` at all."""
    best = matched + most_fuzzy
    score = best / (total - best) if jaccard else 2 * best / total
    return score >= minimum


def _fuzzy_matches(only_a: frozenset[str], only_b: frozenset[str], weight: Weights) -> float:
    """Weight of the words of `only_a` that are typos or cognates of words in `only_b`."""
    from rapidfuzz import fuzz, process  # imported here: only comparisons pay for it

    matched = 0.0
    choices = [t for t in only_b if len(t) >= 4]
    if not choices:
        return 0.0
    cognates = {_cognate_key(t): t for t in choices}
    for token in only_a:
        if len(token) < 4:
            continue
        twin = cognates.get(_cognate_key(token))
        if twin is None and len(token) >= 5:
            best = process.extractOne(token, choices, scorer=fuzz.ratio, score_cutoff=85)
            twin = best[0] if best is not None else None
        if twin is not None:
            matched += min(weight(token), weight(twin))
    return matched


_COGNATE_RULES = (("ph", "f"), ("th", "t"), ("y", "i"), ("v", "b"), ("k", "c"), ("z", "c"))


@lru_cache(maxsize=200_000)
def _cognate_key(token: str) -> str:
    """A crude key under which English and Spanish cognates meet: command/comando,
    attribute/atribuyo, special/especial, integrated/integrado."""
    word = token.lower()
    if word.startswith("es") and len(word) > 4 and word[2] not in "aeiou":
        word = word[1:]  # especial -> special, estado -> stado
    for old, new in _COGNATE_RULES:
        word = word.replace(old, new)
    word = re.sub(r"(.)\1", r"\1", word)  # doubled letters: attribute -> atribute
    return word[:5]


def same_quantity_score(a: Measure, b: Measure, weight: Weights, *, events: bool = True) -> float:
    """How alike two measures are in what they measure (0..1); 0 when they cannot match.

    With `events=False` the dates are left out (grouping handles events per measure).
    """
    if a.dimension != b.dimension or different_facets(a, b):
        return 0.0
    if events and different_events(a, b):
        return 0.0
    score = similarity(a.what, b.what, weight, minimum=SAME_QUANTITY)
    if short_label_inside(a, b):
        return max(score, SAME_QUANTITY)
    if a.opaque or b.opaque:
        # An opaque label says nothing readable: what each figure's own clause says is
        # compared (`told`). Not the whole statements: "500 kg of cocaine and 200 kg of
        # marijuana" holds two figures (review).
        return max(score, similarity(a.told, b.told, weight, minimum=SAME_QUANTITY))
    if a.labelled and b.labelled:
        return score  # two labels say what is measured better than two sentences
    return max(score, similarity(a.statement, b.statement, weight, minimum=SAME_QUANTITY))


# Labels of at most this many concepts are looked for inside longer labels and
# statements: a longer one inside a description a few words longer is similar enough
# already.
INSIDE_LABEL_MAX_CONCEPTS = 2


def short_label_inside(a: Measure, b: Measure) -> bool:
    """Every concept of a short label in the other's label or statement ("troops" in
    "troops deployed in the valley", "días de suspensión" in "the government agreed to
    suspend forced eradication for 90 days"): one quantity named more or less precisely,
    however common its words. The facet checks catch the extra words that change what is
    counted ("troops killed"). A label of only light words or a dimension ("hectares")
    is no evidence, nor, against a sentence, one that names only what is counted ("how
    many districts?" is in every sentence about districts)."""
    short, long = (a, b) if len(a.what) <= len(b.what) else (b, a)
    if not short.labelled or len(short.what) > INSIDE_LABEL_MAX_CONCEPTS:
        return False
    named = _described(short.what) - LIGHT
    if not long.labelled:
        named -= short.counted
    return bool(named) and short.what < long.what


def different_events(a: Measure, b: Measure) -> bool:
    """Two dated events (not running totals) of different days, or an event and a total."""
    if a.stock and b.stock:
        return False
    if a.day_precise and b.day_precise:
        assert a.span is not None and b.span is not None
        return abs((a.span.start - b.span.start).days) > EVENT_DAYS
    if a.day_precise != b.day_precise:
        # A one-day figure is an event unless it is a running total ("so far, 70"); it
        # may be the same event as a figure dated to its month, never to a year.
        event, other = (a, b) if a.day_precise else (b, a)
        assert event.span is not None
        if event.stock or other.span is None:
            return False
        month_or_less = other.span.within_a_month()
        return not (month_or_less and other.span.start <= event.span.start <= other.span.end)
    return False


def different_facets(a: Measure, b: Measure) -> str | None:
    """The facet in which two measures differ: action, who, substance, goods, works,
    restriction, occasion, unit, name, stage or cause.

    A difference needs evidence on both sides (destroyed vs found, soldiers vs civilians),
    except for facets whose absence says something: "gravely wounded" vs "wounded", a
    share vs a count, a length vs a width.
    """
    implied = _IMPLIED_BY_DIMENSION.get(a.dimension, _NONE) | _NO_DEED_OF.get(a.dimension, _NONE)
    if a.dimension == "volume" and (a.what | a.statement | b.what | b.statement) & _SPILL:
        implied |= _LET_OUT
    if a.dimension != "length":
        implied |= _HEIGHT  # only a length is a height: "en las alturas de Chungui" is where
    for name, concepts, presence in FACETS:
        here, there = a.what & concepts - implied, b.what & concepts - implied
        if name == "who":
            here, there = _counted_people(a, here), _counted_people(b, there)
        kinds = _CLAUSE_FACETS.get(name)
        if kinds is not None:
            # Labels that name no goods ("ECO/PRICE PER KG") take them from what their
            # figures' clauses say: cassava at 0.80 soles a kilo is not chicken. Only for
            # figures of the goods or works themselves: ten killed in an ambush "on the
            # road" and ten killed "near a school" may be one event.
            if not (_of_things(a) and _of_things(b)):
                continue
            here, there = a.what & kinds or a.told & kinds, b.what & kinds or b.told & kinds
            if (
                here
                and there
                and not here & there
                and not _one_kind_of(here, there)
                and not _drugs_of_either(here, there, a, b)
            ):
                return name
            continue
        if (
            name == "who"
            and _PERSON in (here, there)
            and here | there <= _PERSON | _ALSO_PEOPLE
            and len(here | there) == 2
            and not (a.what | b.what) & _CASUALTY
            and not ("civilian" in here | there and (a.what | b.what) & _CIVILIANS_APART)
        ):
            # "Nine people" convicted are the nine members of the network, and 2,400
            # "pobladores" screened are 2,400 people; but "people killed" are a total that
            # civilians, soldiers or members killed are a part of, and civilians are a part
            # of the people rescued or kidnapped (review).
            continue
        if here == there or (name == "who" and _one_force(here, there, a, b)):
            continue
        if here and there:
            if name == "action" and here | there <= _FOUND_OR_SEIZED:
                continue  # drugs "found" by the police are drugs seized
            if here & there and not (name == "substance" and _named_in_labels(a, b)):
                continue  # in two labels, "coca" and "coca, coffee and cocoa" differ
            if name == "substance" and _drugs_of_either(here, there, a, b):
                continue
            return name
        if name == "action" and _found_alike(here | there, a, b):
            continue
        if name == "action" and _harvested(here | there, a, b):
            continue
        if name == "restriction" and here | there == _MAIN and _one_event(a, b):
            continue  # "la mayor incautación del año" ranks one seizure, restricts nothing
        if name == "restriction" and here | there == _MAIN and _ranks_subject(a if here else b):
            continue
        if (
            name == "restriction"
            and here | there == _MAIN
            and a.dimension == "length"
            and _MAIN_PARTS & (a.what | a.told) & (b.what | b.told)
        ):
            continue  # "el cable principal medía 340 metros": a part of a thing, no rank
        if presence:
            named, other = (here, b) if here else (there, a)
            if name == "action" and _deed_implied(named, other, a, b):
                continue
            return name
        if name == "substance" and _named_in_labels(a, b):
            # In a label, "districts with coca" is not "districts", unless the other
            # claim's statement names that substance: "truck seizure" of cocaine.
            named, other = (here, b) if here else (there, a)
            if not named <= other.told:
                return name
    if _recovered_of_lost(a, b):
        return "action"
    here, there = occasion(a), occasion(b)
    if here and there and not here & there and not _raided(here, there, a, b):
        return "occasion"
    if bool(here) != bool(there):
        # The size of one operation is not a level: troops in a sweep vs troops deployed.
        # A level whose own clause names the deed the event's figure counts ("laboratorios":
        # "seven laboratories were destroyed", beside labs destroyed in an operation) is a
        # count of those deeds; troops "to destroy laboratories" beside the troops of an
        # operation are still a level (review).
        event, level = (a, b) if here else (b, a)
        deeds = (level.what | level.told) & (event.what | event.told) & _FACET["action"]
        # A craft's length or age, or a trip made "by boat", is no event the craft was the
        # occasion of: "the Reina del Ene was 46 feet long" is the "nave de 14 metros".
        vehicle = (
            a.dimension in _OF_VEHICLES
            and (here | there) <= _CARRIERS
            and not (event.what | event.told) & _MISHAPS
        )
        # How long something lasted after an attack or a quake is that disaster's, however
        # it is told: "9 days without power after the Attack" is the "216 horas" of the
        # outage. An operation's hours are its own (blind22).
        lasting = (
            a.dimension == "time"
            and (here | there) <= _DISASTERS
            and not level.running
            and not (level.what | level.told) & _OTHER_CAUSES
        )
        # A final count tallies what an event left ("el conteo final fue de 341 paquetes
        # adulterados" of the depot theft's 341 packages; blind25), no level; a census that
        # "counted" officers, or "al final de marzo", is still one (review).
        tally = _TALLY.issubset(level.what | level.told)
        if (
            event.what & OCCASIONS
            and level.stock
            and not deeds
            and not vehicle
            and not lasting
            and not tally
        ):
            return "occasion"
    # Counted things differ only when both are known concepts (districts vs departments);
    # an unfamiliar word on either side is no evidence. A kind of people counted on one
    # side and only things on the other (troops vs bases) differ too; plain "people" may
    # be counted as cases, inmates or victims, so it is no evidence; and cases may count
    # people (291 cases among soldiers are 291 soldiers), never houses (`_CASES`).
    counted_a, counted_b = _known_counted(a), _known_counted(b)
    things_a, things_b = counted_a - _PEOPLE_AND_ACTIONS, counted_b - _PEOPLE_AND_ACTIONS
    if (
        things_a
        and things_b
        and not _kinds_meet(things_a, things_b)
        and not _by_contract(things_a | things_b, a, b)
        and not _holdups(things_a, things_b, a, b)
    ):
        return "unit"
    people_a, people_b = counted_a & _PEOPLE, counted_b & _PEOPLE
    persons_a, persons_b = people_a | counted_a & _SEXES, people_b | counted_b & _SEXES
    objects_a, objects_b = things_a - _CASES, things_b - _CASES
    for persons, objects, others, them in (
        (persons_a, objects_b, persons_b, b),
        (persons_b, objects_a, persons_a, a),
    ):
        if persons and persons <= _ANYONE:
            objects = objects - _roles(them)  # 27 members sworn in as volunteers, 7 men convicted
        if persons <= _CHILD and objects == _YOUTH and _TEENS.match(them.unit):
            continue  # two of the dead were "menores", two teenagers
        if persons and objects and not others and not _kinds_meet(persons, objects):
            return "unit"
    if (counted_a & _PERSON and things_b <= _MACHINES and things_b and not persons_b) or (
        counted_b & _PERSON and things_a <= _MACHINES and things_a and not persons_a
    ):
        return "unit"  # 16 people aboard a helicopter are not a fleet of 16 helicopters
    if (
        people_a
        and people_b
        and not _kinds_meet(people_a, people_b)
        and not _one_force(people_a, people_b, a, b)
    ):
        return "unit"
    sexes_a, sexes_b = counted_a & _SEXES, counted_b & _SEXES
    if sexes_a and sexes_b and sexes_a != sexes_b:
        return "unit"  # men vs women; "5,000 men" under a colonel may be his troops
    for sexes, people in ((sexes_a, people_b), (sexes_b, people_a)):
        if sexes and people and not any(people & _SEX_MEETS[sex] for sex in sexes):
            return "unit"  # women are not troops, men are not children
    if a.names and b.names and not a.names & b.names:
        return "name"
    stage_a, stage_b = _stage(a), _stage(b)
    if stage_a and stage_b and stage_a != stage_b:
        return "stage"
    if "age" in a.what and "age" in b.what:
        aged_a, aged_b = a.aged, b.aged
        if aged_a and aged_b and aged_a != aged_b:
            return "who"  # the 19-year-old police station is not the 19-year-old driver
    # The crimes each side names: 29 homicides are more than the contract killings among
    # them, unless the homicides are "por sicariato"; 29 cases of kidnapping are no
    # homicides (review).
    crimes_a, crimes_b = _crimes(a), _crimes(b)
    if (
        crimes_a & _KILLINGS
        and crimes_b & _KILLINGS
        and bool(crimes_a & _CONTRACT) != bool(crimes_b & _CONTRACT)
    ):
        return "unit"
    if (
        a.counted & _CASES_OR_CRIMES
        and b.counted & _CASES_OR_CRIMES
        and crimes_a - _CRIME
        and crimes_b - _CRIME
        and not crimes_a & crimes_b
    ):
        return "unit"
    if (a.what | b.what) & _CASUALTY:
        cause_a, cause_b = _cause(a), _cause(b)
        if cause_a and cause_b and not cause_a & cause_b:
            return "cause"
    return None


def _cause(measure: Measure) -> frozenset[str]:
    """What killed or wounded the people a figure counts, by kind (disease, violence,
    accident), from what it measures, else its clause, else its whole statement: deaths
    of a yellow fever outbreak are not the year's contract killings (blind21)."""
    for said in (measure.what, measure.told, measure.statement):
        kinds = frozenset(kind for kind, causes in _CAUSES.items() if said & causes)
        if kinds:
            return kinds
    return frozenset()


# Kinds of cause of death or injury. A cause of two kinds meets either: an outbreak of
# violence, a bomb's explosion. "Fire" is left out: exchanges of fire.
_CAUSES = {
    "disease": frozenset(
        "yellow_fever dengue malaria covid hepatitis hiv leishmaniasis pertussis pneumonia "
        "tuberculosis diarrhoea anaemia malnutrition disease infection snakebite outbreak".split()
    ),
    "violence": frozenset(
        "hitman contract_killing homicide attack shooting bombing clash armed_conflict "
        "terrorism lynching sniper grenade landmine domestic_violence violence robbery".split()
    ),
    "accident": frozenset("accident landslide flood earthquake short_circuit explosion".split()),
}


def _raided(here: frozenset[str], there: frozenset[str], a: Measure, b: Measure) -> bool:
    """A raid on one side, only the place it searched on the other, in one place: the
    kilos a raid "turned up" are the kilos found in a Pichari warehouse that day
    (blind18); a raid on a bottling plant in Huanta did not search the warehouses of
    Palmapampa (blind17)."""
    one_raid = (here == _RAID and there <= _CONTAINERS) or (there == _RAID and here <= _CONTAINERS)
    return one_raid and nested_places(a, b)


_RAID = frozenset({"operation"})


def _one_force(here: frozenset[str], there: frozenset[str], a: Measure, b: Measure) -> bool:
    """Troops and police officers are one count when the troops are only "efectivos",
    "uniformados" or "personnel": the men and women of a force, which may be the "300
    officers" of a police raid. Not when that claim also names soldiers or the army."""
    if here | there != _FORCES or len(here) != 1 or len(there) != 1:
        return False
    said = _said(a if here == _TROOP else b)
    return bool(_PERSONNEL.search(said)) and not _SOLDIERS.search(said)


def _said(measure: Measure) -> str:
    """A claim's statement, label and unit, folded: what its words name."""
    claim = measure.claim.claim
    return fold(" ".join(filter(None, (claim.statement, claim.quantity, claim.unit))))


# What may befall the victims a figure counts, when it names no deed of its own.
_BEFELL_VICTIMS = frozenset({"kill", "wound", "free"})
_VICTIM = frozenset({"victim"})
_KILL = frozenset({"kill"})
_KILLINGS = frozenset({"homicide", "contract_killing"})
_CONTRACT = frozenset({"contract_killing"})
_CRIME = frozenset({"crime"})
_FORCES = frozenset({"troop", "police"})
_TROOP = frozenset({"troop"})
# On folded text (see `_said`).
_PERSONNEL = re.compile(r"\b(?:efectivos?|uniformados|personnel)\b")
_SOLDIERS = re.compile(
    r"\b(?:soldad[oa]s?|soldiers?|troops?|tropas?|militar(?:es)?|military|army|ejercito|"
    r"fuerzas armadas|armed forces|ff\.?\s?aa\.?|ce-?vraem|comando especial|special command|"
    r"marina|navy|marines|infantes de marina|fap|fuerza aerea|air force)(?!\w)"
)


def _counted_people(measure: Measure, who: frozenset[str]) -> frozenset[str]:
    """Who a figure counts: the police or army of "Police arrested 17 suspected
    traffickers" made the arrests; the figure counts what its unit names. Only for deeds
    the police or army do to others, with no casualty and no officers or soldiers named
    one by one: police killed or wounded, and "siete policías detenidos", are still police
    (review)."""
    if (
        measure.counted
        and not measure.counted & AGENTS
        and measure.what & _AGENT_DEEDS
        and not measure.what & _CASUALTY
        and not _OFFICERS.search(measure.claim.claim.statement)
    ):
        return who - AGENTS
    return who


# What the police or army do to others.
_AGENT_DEEDS = frozenset({"arrest", "seize", "destroy", "eradicate", "find", "free"})
# Officers and soldiers named one by one may be who is counted ("siete policías fueron
# detenidos", "police officers were arrested"); the police or the army as a body act.
_OFFICERS = re.compile(
    r"\b(?:polic[ií]as|police\s+(?:officers?|agents?)|policem[ae]n|agentes|soldad[oa]s|"
    r"soldiers|militares|efectivos|troops|oficiales|officers)\b",
    re.IGNORECASE,
)


def _told_alike(named: frozenset[str], told: frozenset[str]) -> bool:
    """The actions one side names are told by the other's clause, where finding and seizing
    are one ("Police found 250,000 soles in the raid" beside "S/ 250.000 incautados")."""
    if named <= told:
        return True
    return named <= _FOUND_OR_SEIZED and bool(told & _FOUND_OR_SEIZED)


def _deed_implied(named: frozenset[str], other: Measure, a: Measure, b: Measure) -> bool:
    """The deeds one side names (`named`) are implied by the other side (`other`, one of
    `a` and `b`), which names none of its own, so they are no difference."""
    said = other.what | other.told
    return (
        (other.labelled and _told_alike(named, other.told))
        # dredges "burned" on the spot are dredges destroyed
        or (named == _DESTROY and bool(_BURN & (said | other.statement)))
        or _caught_with(named, other)
        # the value of 23 properties "incautados" is the value of the 23
        or "value" in (a.what | a.told) & (b.what | b.told)
        # "12 victims" of an ambush were killed; of trafficking, rescued
        or (named <= _BEFELL_VICTIMS and bool(_VICTIM & said))
        # homicides and contract killings ("sicariato") are killings (hitmen are people)
        or (named == _KILL and bool(_KILLINGS & said))
        # stolen goods the police "recovered" were seized ("9 camionetas incautadas")
        or _loot_recovered(named, other, a, b)
        or _drugs_tallied(named, said)
    )


# Parts of one thing whose length "main" does not rank ("el cable principal medía 340 metros"
# and "the gang's cable was 340 m"; blind29). Not roads or canals: "the main road" and "a
# secondary road", "the main roads" and all roads, are other figures (review).
_MAIN_PARTS = frozenset({"wire"})


def _drugs_tallied(named: frozenset[str], said: frozenset[str]) -> bool:
    """Drugs the police, a court or an expert report "counted" or weighed were seized
    (blind29: "the police report counted 186 kg of cocaine paste"); not drugs counted in
    legal stocks, sold, shipped, stolen, harvested or by the month (review)."""
    return (
        named <= _FOUND_OR_SEIZED
        and bool(_TALLIED & said)
        and bool(_SEIZED_DRUGS & said)
        and bool(_SEIZERS & said)
        and not _NOT_SEIZED & said
    )


_TALLIED = frozenset({"count", "expert_report"})
_SEIZERS = frozenset(
    "police police_report court trial judge prosecutor operation expert_report".split()
)
_NOT_SEIZED = frozenset(
    "legal stock census sell import shipment robbery harvest cultivation transport make "
    "capacity production per_day per_week per_month per_year".split()
)
_SEIZED_DRUGS = frozenset({"cocaine", "cocaine_base", "marijuana", "latex", "precursor"})


def _recovered_of_lost(a: Measure, b: Measure) -> bool:
    """One side counts things recovered, the other things stolen or gone missing: the 58
    head recovered are not the 98 stolen (blind23), nor the 31 rifles recovered the 47
    missing (blind19). Read from what each figure's own clause says, not an aside ("340
    robberies ... even as the economy recovered"), and not against stolen goods seized,
    which are the goods recovered (review)."""
    said_a, said_b = a.what | a.told, b.what | b.told
    if not (said_a ^ said_b) & _RECOVER:
        return False
    other = said_b if said_a & _RECOVER else said_a
    return bool(other & _LOST) and not other & _FOUND_OR_SEIZED


def _loot_recovered(named: frozenset[str], other: Measure, a: Measure, b: Measure) -> bool:
    """Stolen goods the police "recovered" were seized ("9 stolen pickups recovered" and
    "9 camionetas incautadas"). Not land or a stretch recovered, and not goods that were
    stolen and "not yet recovered" (review)."""
    return (
        named <= _FOUND_OR_SEIZED
        and other.dimension not in _NO_LOOT
        and bool(_RECOVER & (other.what | other.told | other.statement))
        and bool(_STOLEN & (a.statement | b.statement))
        and not _NOT_RECOVERED.search(fold(other.claim.claim.statement))
    )


_NO_LOOT = frozenset({"area", "length"})
# A negation in the statement: "none has been recovered", "aún no han sido recuperadas".
_NOT_RECOVERED = re.compile(r"\b(?:not|none|never|no|yet to|nunca|ningun[oa]?|sin)\b")


def _caught_with(named: frozenset[str], other: Measure) -> bool:
    """A weight seized on one side, and on the other the weight someone was caught or
    recaptured with: "«Tejón» fue recapturado con 85 kilos de PBC" are the 85 kg seized."""
    return (
        other.dimension == "mass"
        and named == _SEIZE
        and bool((other.what | other.statement) & _CAUGHT)
    )


def _found_alike(actions: frozenset[str], a: Measure, b: Measure) -> bool:
    """One side finds or seizes what the other names no action on, and that is no
    difference: "14 rifles in the cache" are the rifles found or seized in it, "1.3 t of
    cocaine hidden under sacks" on a day were found or seized, and what "the census
    found" was only counted."""
    if not actions <= _FOUND_OR_SEIZED:
        return False
    return actions == _FOUND or _contents(a, b) or _hidden(a, b) or _weighed(a, b)


def _one_event(a: Measure, b: Measure) -> bool:
    """Both figures are of one event: no level, dated to one month or less, and each names
    the occasion (a truck, a boat) or its day. "The largest seizure of March" is not the
    seizures of March (review)."""
    if a.stock or b.stock or not (_dated_to_a_month(a) and _dated_to_a_month(b)):
        return False
    return (a.day_precise or bool(occasion(a))) and (b.day_precise or bool(occasion(b)))


_MAIN = frozenset({"main"})
# "X is (still) the largest ...": the figure's subject is ranked, the figure not narrowed
# ("con 29.600 ha, el VRAEM seguía siendo la mayor zona cocalera del país").
_RANKED = re.compile(
    r"\b(?:is|was|remains|remained|stays|stayed|es|era|fue|sigue siendo|seguia siendo|"
    r"continua siendo|continuaba siendo)\s+(?:still\s+)?(?:the|la|el|one of the|una de las|"
    r"uno de los)\s+(?:\S+\s+){0,2}?(?:largest|biggest|main|leading|top|mayor|mayores|"
    r"principal|principales)\b"
)


def _ranks_subject(measure: Measure) -> bool:
    """The claim ranks what it is about ("the VRAEM remains the largest coca area")."""
    return bool(_RANKED.search(fold(measure.claim.claim.statement)))


def _harvested(actions: frozenset[str], a: Measure, b: Measure) -> bool:
    """What one side says was produced, the other that was harvested: a crop's harvest is
    its production ("41 t of honey harvested" and "honey production: 41 t")."""
    if actions != _PRODUCED:
        return False
    other = b if a.what & _PRODUCED else a
    return bool(other.what & _HARVEST)


_PRODUCED = frozenset({"production"})
_HARVEST = frozenset({"harvest"})


# What an age is of: someone, or a building or a craft (blind27: "the police station that
# burned was a 19-year-old building", "mototaxista de 19 años muerto en la comisaría").
_AGED_PEOPLE = frozenset(
    "person man woman boy child driver victim teacher pupil farmer mother parent daughter "
    "town_mayor mototaxist youth elderly civilian member pilot police protester troop".split()
)
_AGED_THINGS = frozenset(
    "building housing bridge police_station school church boat truck car aircraft "
    "helicopter engine hospital market facility fire_engine".split()
)


def _aged(statement: str, keys: TextKeys) -> str:
    """ "person" or "thing" for what an age is of: the noun the age is written with
    ("mototaxista de 19 años", "a 19-year-old building"), else the only kind the statement
    names; "" when it names neither or both ("the school where 200 pupils study is 30
    years old"; review)."""
    if _BARE_AGE.search(statement):
        return "person"  # "Dilmer Ttito Cusi, the driver who died there, was 19."
    for match in _AGE_NOUN.finditer(statement):
        kind = _kind_of(frozenset(keys.concepts(match.group("before") or match.group("after"))))
        if kind:
            return kind
    return _kind_of(frozenset(keys.concepts(statement)))


def _kind_of(concepts: frozenset[str]) -> str:
    people, things = bool(concepts & _AGED_PEOPLE), bool(concepts & _AGED_THINGS)
    return "person" if people and not things else "thing" if things and not people else ""


# An age written bare, without "years": only people's are ("was 19.", "tenía 19,").
_BARE_AGE = re.compile(r"\b(?:was|is|aged|ten[ií]a|tiene)\s+\d{1,3}\s*(?:[.,;)]|$)", re.I)
# The noun an age is written with: "mototaxista de 19 años", "un hombre de 30 años",
# "a 19-year-old building", "the driver, aged 30".
_AGE_NOUN = re.compile(
    r"(?P<before>[^\W\d_]+),?\s+(?:de|aged)\s+\d+(?:\s+(?:años|years))?\b"
    r"|\b\d+[- ](?:years?|años?)[- ]old\s+(?P<after>[^\W\d_]+)",
    re.IGNORECASE,
)


def _stage(measure: Measure) -> str:
    """ "plan" for a figure its label or clause calls planned or a target, "actual" for one
    built, completed, installed, raised or done (destroyed, seized, eradicated, ...), "" for
    neither: 3,200 systems planned are not the 2,930 installed, and an eradication target
    of 25,000 ha is not the 25,000 ha eradicated, under any label. A claim that says
    neither meets both. One that names a plan and a deed is a plan ("la meta de
    erradicación", "planned to destroy") unless a verb says the deed was done ("Under the
    eradication plan, CORAH eradicated ...", "incautó ..., el doble de lo esperado");
    "planned to install" is left undecided, as before."""
    said = measure.what | measure.told
    if said & _PLANNED:
        if said & _ACTING and _DONE.search(fold(measure.claim.claim.statement)):
            return "actual"
        return "" if said & _ACTUAL else "plan"
    if (
        said & _ACTING
        and not measure.retold
        and _FUTURE.search(fold(measure.claim.claim.statement))
    ):
        return "plan"  # "CORAH will eradicate 25,000 ha", "erradicará 25.000 ha"
    return "actual" if said & (_ACTUAL | _ACTING) else ""


# Stems of the Spanish verbs of the action facet's deeds, in folded text.
_DEED_STEMS = (
    "erradic|incaut|decomis|captur|arrest|liber|rescat|desactiv|inhabilit|neutraliz|"
    "desmantel|confisc"
)
# A deed told as still to come: "will" and the Spanish future of the action facet's deeds.
_FUTURE = re.compile(
    r"\b(?:will|shall)\s+(?:\w+\s+)?(?:eradicate|destroy|seize|arrest|detain|capture|free|"
    r"rescue|dismantle|disable|neutrali[sz]e|confiscate)\b|"
    rf"\b(?:{_DEED_STEMS}|destru|deten)(?:ara|aran|ira|iran)\b"
)
# A deed told as done: past tenses and participles of the deeds of the action facet.
_DONE = re.compile(
    r"\b(?:eradicated|destroyed|seized|arrested|detained|captured|freed|rescued|dismantled|"
    r"disabled|neutrali[sz]ed|confiscated|killed|wounded|impounded|uprooted|"
    rf"(?:{_DEED_STEMS}|abat)(?:o|aron|ad[oa]s?)|destru(?:yo|yeron|id[oa]s?)|"
    r"detuv(?:o|ieron)|detenid[oa]s)\b"
)


def _one_kind_of(here: frozenset[str], there: frozenset[str]) -> bool:
    """Livestock in general on one side, a kind of it on the other (cattle, poultry)."""
    return bool({"livestock"} & (here | there)) and (here | there) <= _LIVESTOCK


_LIVESTOCK = frozenset({"livestock", "cattle", "pig", "sheep", "poultry", "guinea_pig"})
_ANIMALS = frozenset({"animal"})
_ANY_STOCK = _ANIMALS | {"livestock"}
_LEADER = frozenset({"leader"})
_HEIGHT = frozenset({"height"})
# Words of a label that say how a figure is taken, not of what (see `_measure`); the
# plain ones say nothing the figure's clause does not. A price stays a price: "sold at US$
# 3" is the "precio del café" (review).
_PLAIN = word_keys("amount sum total count number quantity value figure")
_COARSE = _PLAIN | word_keys("price cost rate average mean maximum minimum")
# A length followed by the sea level it is measured from: "a 1.850 metros sobre el nivel del
# mar", "6,070 ft above sea level", "3.400 m s. n. m." (blind25).
_SEA_LEVEL = re.compile(
    r"(?i)(?P<figure>\d[\d.,\u00a0 ]*?)\s*(?:m|mts?|metros|meters|metres|ft|feet|pies)\.?\s+"
    r"(?:de altura\s+|de altitud\s+)?(?:(?:above|over)\s+(?:mean\s+)?sea\s+level|"
    r"sobre\s+el\s+nivel\s+(?:medio\s+)?del\s+mar|sobre\s+el\s+mar|"
    r"s\.\s?n\.\s?m\b|a\.\s?s\.\s?l\b)"
)


# Where something lies "at" so many feet or metres, in English: "pastures at about 12,800
# feet" (blind23), not "at 300 m from the river" nor "at 40 m long".
_AT_HEIGHT = re.compile(
    r"(?i)\bat\s+(?:(?:about|some|around|round|roughly|nearly|almost|over|under)\s+)?"
    r"(?P<figure>\d[\d.,]*)\s*(?:m|metres|meters|ft|feet)\b"
    r"(?!\s+(?:from|away|off|of|long|wide|deep|high|tall|below|under)\b)"
)


def _above_sea_level(statement: str, number: float | None) -> bool:
    """Whether the statement writes the claim's own figure as a height above the sea:
    "Antawasi se ubica a 1.850 metros sobre el nivel del mar" and "pastures at about 12,800
    feet" are heights, but in "Pichari, at 600 m above sea level, lies 12 km from Kimbiri"
    the 12 km are not."""
    if number is None or not number > 0 or not math.isfinite(number) or number != int(number):
        return False
    lowered = statement.lower()
    sea = "sea" in lowered or "mar" in lowered or "s." in lowered
    if not sea and "at " not in lowered:
        return False  # a cheap test first: no sea named, nothing "at" a height
    own = str(int(number))
    return any(
        re.sub(r"\D", "", match.group("figure")) == own
        and (pattern is _SEA_LEVEL or bool(_LIES.search(statement, 0, match.start())))
        for pattern in ((_SEA_LEVEL, _AT_HEIGHT) if sea else (_AT_HEIGHT,))
        for match in pattern.finditer(statement)
    )


# What lies, sits, stands or grows "at" so many feet is at that height: "the field lay at
# 11,150 feet", "grazed on pastures at about 12,800 feet", "grows her coffee at 5,400 ft".
# A bridge "at 300 m", a river that "peaked at 9 m", a plane that "flew at 5,000 feet" or
# a size "planned at 90 metres" are not (blind26, review).
_LIES = re.compile(
    r"(?i)\b(?:lies|lay|lie|lying|sits|sat|sit|sitting|stands|stood|standing|located|"
    r"situated|perched|grazed|grazes|graze|grazing|grows|grow|grown|grew|growing|planted)"
    r"\b(?:\s+\S+){0,4}\s+\Z"
)


# Animals counted by the head: "98 head", "112 cab.", "cabezas" (of the stock named).
_HEADS = re.compile(r"heads?|cabezas?|cab")
# Properties in general may be any kind of premises: "17 inmuebles" raided are 17 homes.
_PROPERTY = frozenset({"property"})
_PREMISES = frozenset({"housing", "building", "warehouse", "farm_plot"})
_RAIDS = frozenset({"house_raid"})


def _hidden(a: Measure, b: Measure) -> bool:
    """A mass dated to a month or a day that one side says was hidden, the other found or
    seized: drugs hidden in a truck are the drugs seized from it."""
    bare = b if a.what & _FACET["action"] else a
    return (
        a.dimension == "mass"
        and all(_dated_to_a_month(m) for m in (a, b))
        and "clandestine" in bare.what | bare.statement
    )


def _drugs_of_either(here: frozenset[str], there: frozenset[str], a: Measure, b: Measure) -> bool:
    """Cocaine base on one side, on the other "drugs" that name no kind of cocaine ("drug
    seized (kg)", "la droga incautada"): the glossary files drugs in general as cocaine.
    Or cocaine that its own words call cocaine paste, and not its salt: a label
    ("cocaine-seized") coarser than the statement ("2.3 t of cocaine paste")."""
    if here | there != _BOTH_COCAINES or len(here) != 1:
        return False
    measure = a if here == _COCAINE else b
    statement = fold(measure.claim.claim.statement)
    # The statement's own words name only paste: "740 kg of cocaine paste and 200 kg of
    # cocaine" names another cocaine besides (review).
    if _BASE_NAMES.search(statement) and not _other_cocaine(statement):
        return True
    return not _other_cocaine(_said(measure))


def _other_cocaine(folded: str) -> bool:
    """Whether folded text names cocaine, or its salt, other than as cocaine base."""
    return bool(_NAMED_COCAINE.search(_BASE_NAMES.sub(" ", folded)))


_COCAINE = frozenset({"cocaine"})
_BOTH_COCAINES = frozenset({"cocaine", "cocaine_base"})
_BASE_NAMES = re.compile(r"pasta basica de cocaina|cocaine (?:base|paste)|base de cocaina")
_SALT_NAMES = "clorhidrato|hydrochloride|hcl"
_NAMED_COCAINE = re.compile(rf"\b(?:cocaine|cocaina|{_SALT_NAMES})\b")


def _weighed(a: Measure, b: Measure) -> bool:
    """A mass dated to a month or a day that one side says was weighed ("el pesaje oficial
    confirmó 740 kilos"), the other found or seized: seized drugs are weighed."""
    bare = b if a.what & _FACET["action"] else a
    return (
        a.dimension == "mass"
        and all(_dated_to_a_month(m) for m in (a, b))
        and "weigh" in bare.what | bare.told
    )


def _of_things(measure: Measure) -> bool:
    """A figure that counts no people and names no action: a price, a length, progress."""
    return not (measure.what & _FACET["action"] or measure.counted & _ALL_PEOPLE)


def _contents(a: Measure, b: Measure) -> bool:
    """Both are what one cache, boat, truck or plane held, dated to a month or a day."""
    return all(_dated_to_a_month(m) and (m.what | m.statement) & _CONTAINERS for m in (a, b))


def _named_in_labels(a: Measure, b: Measure) -> bool:
    """Both measures say what they measure in a label; a coarse label ("sum(kg)") says
    nothing of a substance, so "cocaïne saisie" is no other substance than its 58 kg
    (blind27), unless its figure's clause names one ("58 kg of marijuana", review)."""
    return all(m.labelled and (not m.coarse or bool(m.told & _SUBSTANCES_NAMED)) for m in (a, b))


def _known_counted(measure: Measure) -> frozenset[str]:
    """The counted things the rules know. Everyday words for kin and for people met by
    chance (glossary_common: siblings, spouses, passers-by, users) tell no kind of people
    apart: "cuatro hermanos" who died may be the "four children" (review, session 30).
    Tents, chainsaws and goats are kinds of things as any other."""
    return (measure.counted & concept_tokens()) - LIGHT - _VAGUE_PEOPLE


_VAGUE_PEOPLE = frozenset(
    "sibling spouse friend user pedestrian grandchild grandparent nephew uncle housewife "
    "innocent crowd tourism hunting accomplice winner".split()
)


def _roles(measure: Measure) -> frozenset[str]:
    """The roles (`_ROLES`) a measure's count of people names: a sentence counted as
    "condenados" is people convicted, one counted as "sentencias" is judgments."""
    if _PEOPLE_WORDS.match(measure.unit):
        return _ROLES | _ROLES_OF_PEOPLE_WORDS
    return _ROLES


def _kinds_meet(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two sets of counted kinds share one, or one side counts the bare head of the
    other's compound: "health facilities" are facilities, so a count of facilities may be
    one of them. Two compounds of one head differ (native vs peasant communities), and a
    substance ("cocaine base") or a time ("per day") is no compound of its last word.
    Animals in general may be any kind of livestock: "290 animales" dead in a swine-fever
    outbreak are the 290 pigs; properties any kind of premises ("inmuebles", homes)."""
    if a & b:
        return True
    if (a | b) & _ANY_STOCK and (a | b) <= _LIVESTOCK | _ANIMALS:
        return True  # livestock, or animals, may be cattle
    if (a | b) & (_PROPERTY | _RAIDS) and (a | b) <= _PREMISES | _PROPERTY | _RAIDS:
        return True  # 17 house raids are the raids on 17 homes
    if (a | b) & _CASES and (a | b) <= _CASES | _CRIMES:
        # Cases may count a crime: 36 "casos de sicariato" are 36 contract killings, but
        # kidnapping cases are no homicides (review).
        crimes_a, crimes_b = a - _CASES, b - _CASES
        return not crimes_a or not crimes_b or bool(crimes_a & crimes_b)
    return any(_head(kind) in b for kind in a) or any(_head(kind) in a for kind in b)


_HOLDUPS = frozenset({"attack", "robbery"})
_HOLDUP_WORDS = re.compile(r"(?i)\b(?:assaults?|asaltos?|atracos?|hold-?ups?)\b")


def _holdups(things_a: frozenset[str], things_b: frozenset[str], a: Measure, b: Measure) -> bool:
    """An attack counted on one side and a robbery on the other, both written as holdups:
    "26 river assaults" are the "26 asaltos" (blind24), but armed attacks on bases are no
    "asaltos a mano armada" (review)."""
    return things_a | things_b == _HOLDUPS and all(
        _HOLDUP_WORDS.search(m.claim.claim.unit or "") for m in (a, b)
    )


def _crimes(measure: Measure) -> frozenset[str]:
    return (measure.what | measure.counted | measure.statement) & _CRIMES


def _by_contract(kinds: frozenset[str], a: Measure, b: Measure) -> bool:
    """Homicides and contract killings counted, and both sides name contract killings:
    "29 homicidios por sicariato" are the 29 contract killings (blind21), while 36
    homicides are more than the 12 contract killings among them (review)."""
    return kinds <= _KILLINGS and all(_crimes(m) & _CONTRACT for m in (a, b))


def _head(concept: str) -> str:
    """The last word of a compound concept: its head noun (health_facility -> facility),
    or "" when it has none to share."""
    if "_" not in concept or concept in _KEPT or concept.startswith("per_"):
        return ""
    head = concept.rsplit("_", 1)[1]
    return "" if head in _TIME_WORDS else head


_TIME_WORDS = frozenset({"day", "week", "month", "year", "hour"})


def counts_people_or_things(measure: Measure) -> tuple[bool, bool]:
    """Whether a count counts a kind of people, and whether it counts things."""
    counted = _known_counted(measure)
    return bool(counted & _PEOPLE), bool(counted - _PEOPLE_AND_ACTIONS)


_FACET = {name: concepts for name, concepts, _ in FACETS}
# What a coarse label's clause may name as its substance (see `_named_in_labels`).
_SUBSTANCES_NAMED = _FACET["substance"] | frozenset({"marijuana", "opium_poppy", "latex"})
# The dimensions in which a figure beside a craft (`_CARRIERS`) measures the craft or its
# trip, not an event on board (see `different_facets`).
_OF_VEHICLES = frozenset({"length", "time"})
# How long something lasted after one of these is that disaster's (see `different_facets`).
_DISASTERS = frozenset({"attack", "earthquake"})
# What a duration may say it followed, other than the attack or quake beside it: storms
# that left a town without power, a patrol's own hours (see `different_facets`, review).
_OTHER_CAUSES = (
    frozenset().union(*_CAUSES.values())
    | _FACET["action"]
    | frozenset("storm rain hail lightning fog cold_spell dry_season patrol operation".split())
)
# What befalls a craft and makes a figure beside it an event's: the hours an aircraft
# "shot down" had flown are that flight's, not the usual flight time.
_MISHAPS = _FACET["action"] | {"shoot_down", "accident", "attack", "explosion"}
# What a dimension already says: every percentage is a share, every length a length.
_IMPLIED_BY_DIMENSION = {
    "percent": frozenset({"share"}),
    "length": frozenset({"length"}),
    "time": frozenset({"length", "duration"}),
}
_FOUND_OR_SEIZED = frozenset({"find", "seize"})
_FOUND = frozenset({"find"})
_RECOVER = frozenset({"recover"})
_STOLEN = frozenset({"robbery"})
_LOST = _STOLEN | {"disappearance"}
_ESCAPE = frozenset({"escape"})
_SEIZE = frozenset({"seize"})
_CAUGHT = frozenset({"arrest", "recapture"})
# Deeds a dimension never counts: a weight is no count of arrests or recaptures (one
# "caught with 85 kg" or "recapturado con 85 kilos" had them seized: `_caught_with`).
_NO_DEED_OF = {"mass": _CAUGHT}
# Beside a spill, a volume that escaped or was released was let out: the "fuga" of 85
# barrels from a pipeline is its leak, and oil "released" by a burst is the spill
# (blind25); water a reservoir released is still no water it holds (review).
_LET_OUT = _ESCAPE | {"free"}
_SPILL = frozenset({"spill"})
_DESTROY = frozenset({"destroy"})
_BURN = frozenset({"burn"})
# Facets that differ only when both name theirs, read from the figure's clause when the
# label names none, with the kinds each compares (coffee or coca at so much a kilo is a
# product beside cassava).
_CLAUSE_FACETS = {
    "goods": _FACET["goods"] | _FACET["substance"],
    "works": _FACET["works"],
}
# Actions that make a figure a count of deeds, not what a survey found or counted.
_ACTING = _FACET["action"] - {"find"}
_PLANNED = frozenset({"planned", "target", "plan"})
# Deeds that make a figure an outcome: built, completed, installed, money raised (a
# collection's goal is not what it raised, blind18). "Delivered" is left out: "the handover
# of the site" dates a plan's works (blind15).
_ACTUAL = frozenset({"build", "complete", "install", "income"})
_TOLD = (
    _FACET["action"]
    | _FACET["substance"]
    | _FACET["goods"]
    | _FACET["works"]
    | _PLANNED
    | _ACTUAL
    | _RECOVER
    | _LOST
)
_CONTAINERS = frozenset({"warehouse", "stash", "boat", "truck", "aircraft"})
# Recaptures are counted as they add up ("ya son 16 los fugados recapturados"): a
# running total, never one event's size.
_EVENTFUL = _FACET["action"] - {"recapture"} | OCCASIONS
_DIMENSIONS = frozenset(
    {"mass", "area", "length", "volume", "time", "percent", "count", "power", "energy", "ratio"}
)
_KEPT = frozenset().union(*(concepts for _, concepts, _ in FACETS)) | OCCASIONS


def told_facets(measure: Measure) -> frozenset[str]:
    """The actions, substances, goods, works and stages (planned, built) the figure's own
    clause names, which `different_facets` reads beside a label that names none, among
    them things recovered, stolen or gone missing (`_recovered_of_lost`): one analyst's
    "rifles" missing and "rifles" recovered are two classes (blind19)."""
    return measure.told & _TOLD


def occasion(measure: Measure) -> frozenset[str]:
    """A plane, a boat, a raid: what tells one event dated to a day or month from another."""
    if not _dated_to_a_month(measure):
        return frozenset()
    return (measure.what | measure.statement) & OCCASIONS


def _dated_to_a_month(measure: Measure) -> bool:
    span = measure.span
    return span is not None and span.within_a_month()


_PEOPLE = _FACET["who"] - {"person"}
# Men and women are people, never things; they meet only the kinds in _SEX_MEETS.
_SEXES = frozenset({"man", "woman"})
# The kinds of people a count of men or women may be: a colonel's "men" are his troops.
_SEX_MEETS = {"man": frozenset({"troop", "police", "member"}), "woman": frozenset()}
_PEOPLE_AND_ACTIONS = _FACET["action"] | _FACET["who"] | _SEXES
_ALL_PEOPLE = _FACET["who"] | _SEXES
# Cases count what befell people or things: 291 cases among soldiers are 291 soldiers.
_CASES = frozenset({"case"})
# Crimes a count of cases may count.
_CRIMES = frozenset(
    "homicide contract_killing kidnapping robbery extortion lynching human_trafficking "
    "sexual_violence domestic_violence crime".split()
)
_CASES_OR_CRIMES = _CASES | _CRIMES
# Machines, which plain people counted never are (people may be victims, bodies, cases).
_MACHINES = frozenset(
    {"helicopter", "aircraft", "truck", "boat", "drone", "weapon", "car", "motorcycle", "bus"}
)
_PERSON = frozenset({"person"})
# Words that count people by what they did or what befell them, not by what they are: the
# "27 voluntarios" sworn in are the company's 27 members, the "7 condenados" seven men. They
# may be any members, men or women (`_ANYONE`), but children aboard a boat are not the
# people convicted for its robbery; two roles still differ (convicted vs acquitted).
_ROLES = frozenset("volunteer victim survivor hostage witness".split())
# Roles whose words also count things (sentences, charges, benefits): people only when the
# unit is a word for people ("condenados", "defendants", "beneficiarios").
_ROLES_OF_PEOPLE_WORDS = frozenset("sentence acquittal charge beneficiary".split())
_PEOPLE_WORDS = re.compile(
    r"(?:condenad|sentenciad|acusad|imputad|absuelt|beneficiari|convicted|convicts?\b|"
    r"defendant|accused|acquitted|beneficiar)"
)
_ANYONE = _SEXES | {"member"}
# Teenagers are minors ("menores"); young men ("jóvenes") may be adults.
_CHILD = frozenset({"child"})
_YOUTH = frozenset({"youth"})
_TEENS = re.compile(r"(?:teen|adolesc)")
_ALSO_PEOPLE = frozenset({"member", "civilian"})
# What makes civilians a part of plain people counted: rescued, kidnapped (review).
_CIVILIANS_APART = frozenset({"free", "kidnapping"})
_CASUALTY = frozenset({"kill", "wound"})
# Things a military "kill" destroys: labs, pits, airstrips, camps, craft and machines. A
# count of anything else killed counts deaths (patients, traders, maternal deaths).
_DESTRUCTIBLE = (
    _MACHINES
    | _CONTAINERS
    | frozenset(
        "laboratory maceration pit processing_plant landing_strip hideout base gold building "
        "bridge tunnel equipment engine machine_gun tank".split()
    )
)


def candidate_pairs(
    token_sets: Sequence[frozenset[str]],
    weight: Weights,
    threshold: float,
    *,
    jaccard: bool = False,
    indexed: Sequence[bool] | None = None,
) -> set[tuple[int, int]]:
    """Index pairs (i < j) that could reach `threshold`, without comparing all pairs.

    Prefix filtering. Concepts are ordered the same way in every set; a pair can only
    reach the threshold if the concepts the two sets share hold at least `threshold` of
    the lighter set's weight and, with Dice, `threshold / 2` of the heavier one's (with
    Jaccard, `threshold` of each). The first shared concept then lies within the
    lighter set's prefix holding `1 - threshold` of its weight and the heavier set's
    prefix holding `1 - threshold / 2`. So each set is indexed by its long prefix and
    probes with its short one: every pair an all-pairs scan would accept is found (a
    property test checks it).

    Any order shared by all sets is correct; the rarest concepts *among these sets*
    come first, so that concepts they all share stay out of the index unless a set has
    nothing rarer: "cocaine" and "troops" in a whole corpus, and in the claims of one
    day the place they all name, which the corpus-wide weights think rare.

    With `indexed` (Jaccard only), only the flagged sets are indexed, so only pairs with
    at least one flagged set are found: with Jaccard both prefixes hold `1 - threshold`,
    so the flagged side of such a pair is always found by the other's probe.
    """
    if indexed is not None and not jaccard:
        raise ValueError("indexing some sets only is exact for Jaccard similarity only")
    indexed_share = threshold if jaccard else threshold / 2
    counts = Counter(token for tokens in token_sets for token in tokens)
    ordered = [sorted(tokens, key=lambda t: (counts[t], -weight(t), t)) for tokens in token_sets]
    index: dict[str, list[int]] = defaultdict(list)
    for position, tokens in enumerate(ordered):
        if indexed is not None and not indexed[position]:
            continue
        for token in _prefix(tokens, weight, 1 - indexed_share):
            index[token].append(position)
    found: set[tuple[int, int]] = set()
    for position, tokens in enumerate(ordered):
        for token in _prefix(tokens, weight, 1 - threshold):
            for other in index[token]:
                if other != position:
                    found.add((other, position) if other < position else (position, other))
    return found


def _prefix(ordered: list[str], weight: Weights, share: float) -> list[str]:
    """The first concepts of `ordered` until they hold more than `share` of its weight."""
    budget = sum(weight(t) for t in ordered) * share + 1e-9
    prefix: list[str] = []
    covered = 0.0
    for token in ordered:
        prefix.append(token)
        covered += weight(token)
        if covered > budget:
            break
    return prefix


# The same specific figure, for the same time and place, in claims that share at least a
# little of what they describe, is the same fact even when their words barely meet
# ("bienes congelados" and "frozen assets", both 27 million soles in 2017); a distinctive
# one (`_distinctive`) even when they do not meet at all.
SAME_FIGURE_MIN_SIMILARITY = 0.1
# Small whole numbers coincide too easily to count as evidence on their own.
SAME_FIGURE_MIN_VALUE = 13


def same_figure(a: Measure, b: Measure, weight: Weights, *, rounded: bool = False) -> bool:
    """Two measures stating one specific figure for one time and place, and nothing against.
    With `rounded`, one states the other's figure rounded (`rounds_to`): a rounding in the
    same unit holds many figures, so their words must meet more (ROUNDED_MIN_SIMILARITY)."""
    if different_events(a, b) or different_facets(a, b) or not same_time(a, b):
        return False
    if not nested_places(a, b):
        return False
    # Described alike apart from the dimension, which both share: the figure is the evidence.
    least = SAME_FIGURE_MIN_SIMILARITY
    similar = max(
        similarity(_described(a.what), _described(b.what), weight, minimum=least),
        similarity(_described(a.statement), _described(b.statement), weight, minimum=least),
    )
    if rounded:
        # A figure converted from another unit ("about 16,800 acres") is evidence enough,
        # as one figure is; one hedged in the same unit holds too many figures.
        converted = not math.isclose(unit_factor(a), unit_factor(b), rel_tol=1e-9)
        return similar >= (SAME_FIGURE_MIN_SIMILARITY if converted else ROUNDED_MIN_SIMILARITY)
    if similar < SAME_FIGURE_MIN_SIMILARITY:
        return _distinctive(a) and _distinctive(b)
    return _specific(a) or similar >= SAME_QUANTITY * 0.6


def rounding_window(measure: Measure) -> tuple[float, float] | None:
    """The figures, in the base unit, that a measure's figure may be a rounding of: those
    that round to it at its own significant digits, in its own unit ("some 2,300" holds
    2,250 to 2,350). None for a figure that does not read as rounded: one with a bound or
    a range, or a zero."""
    claim = measure.claim.claim
    stated = claim.value
    if not isinstance(stated, int | float) or not stated or not math.isfinite(stated):
        return None
    if claim.effective_qualifier not in ONE_FIGURE:
        return None
    factor = unit_factor(measure)
    if not factor > 0 or not math.isfinite(factor):
        return None
    unit = last_digit(stated)
    size = abs(stated)
    # Below a power of ten the figures round one digit finer: 960 rounds to 1,000, 620 to
    # 600, so "about 1,000" holds 950 to 1,500.
    below = unit / 20 if size == 10.0 ** math.floor(math.log10(size)) else unit / 2
    low, high = (size - below, size + unit / 2)
    if stated < 0:
        low, high = -high, -low
    low, high = low * factor, high * factor
    # A hedge is never wider than its own tolerance: "about 400" holds 360 to 440.
    if claim.effective_qualifier == "about":
        low, high = max(low, measure.interval.low), min(high, measure.interval.high)
    return low, high


def rounds_to(coarse: Measure, fine: Measure, window: tuple[float, float]) -> bool:
    """`coarse` states `fine`'s figure rounded to its own digits, in its own unit, and reads
    as rounded: hedged ("some 2,300 farming families" for the 2,310 served), in another
    unit ("about 16,800 acres" for 6,800 hectares, "46 feet" for 14 metres), or a whole
    number of thousands ("S/ 1.26m" for S/ 1,264,000). A plain figure in the same unit
    does not: 80 families are not the 77 of another claim, ten members not 14 people.
    Both state one figure; `window` is `coarse`'s `rounding_window`."""
    middle = fine.interval.middle
    if coarse.dimension != fine.dimension or not window[0] <= middle < window[1]:
        return False  # half-open: 2,350 is "some 2,400", not also "some 2,300"
    if coarse.dimension == "percent":
        return False  # shares coincide too often (12.5 % poverty, 12.5 % dropout)
    stated, other = coarse.claim.claim.value, fine.claim.claim
    if other.effective_qualifier not in ONE_FIGURE or not isinstance(other.value, int | float):
        return False
    if not isinstance(stated, int | float):
        return False
    if significant_digits(stated) > significant_digits(other.value):
        return False  # the finer figure rounds to the coarser, not the other way
    if not math.isclose(unit_factor(coarse), unit_factor(fine), rel_tol=1e-9):
        return True
    return may_read_as_rounded(coarse)


def may_read_as_rounded(measure: Measure) -> bool:
    """A figure that reads as rounded in its own unit: hedged ("some 2,300"), or a whole
    number of thousands with three digits or more ("S/ 1.26m"), not a target of "5,000
    books" nor a budget of S/ 15,000. A figure in another unit than the other's reads as
    rounded too (see `rounds_to`)."""
    claim = measure.claim.claim
    if claim.effective_qualifier == "about":
        return True
    value = claim.value
    return (
        isinstance(value, int | float)
        and math.isfinite(value)
        and value == int(value)
        and int(value) % 1000 == 0
        and significant_digits(value) >= ROUNDED_THOUSANDS_DIGITS
    )


# See `rounds_to` and `same_figure`.
ROUNDED_THOUSANDS_DIGITS = 3
ROUNDED_MIN_SIMILARITY = 0.2


def unit_factor(measure: Measure) -> float:
    """The base units in one unit of a measure's figure: 1 for counts, 4,046.9 (m²) for
    an acre; nan for a figure of zero or none."""
    stated = measure.claim.claim.value
    if not isinstance(stated, int | float) or not stated:
        return math.nan
    return measure.interval.middle / stated


def _distinctive(measure: Measure) -> bool:
    """A figure as written that coincides by chance so rarely that, for a month or a day
    and a place both claims state, and with nothing against, it joins claims whose words
    do not meet at all ("the warehouse was valued at S/ 744,800" and "se valoraron en S/
    744.800"): at least DISTINCTIVE_DIGITS significant digits, or a round figure in the
    thousands for one day; a point or "about" (not a bound); no percentage. Round figures
    in a month or year (1,500 trained, 1,500 voters), anything in a whole year (125 km of
    road, 125 km patrolled) and percentages (12.5 % poverty, 12.5 % dropout) coincide too
    often (review)."""
    claim = measure.claim.claim
    stated = claim.value
    if not isinstance(stated, int | float) or claim.effective_qualifier not in ONE_FIGURE:
        return False
    span = measure.span
    if claim.as_of is None or span is None or measure.place is None:
        return False
    if measure.dimension == "percent" or not span.within_a_month():
        return False  # a year holds too many figures: 125 km of roads, 125 km patrolled
    digits = f"{abs(stated):.6g}".replace(".", "").lstrip("0").rstrip("0")
    if len(digits) >= DISTINCTIVE_DIGITS:
        return True
    # A round figure in the thousands, for one stated day (1,500 vests delivered).
    return len(digits) == DISTINCTIVE_DIGITS - 1 and abs(stated) >= 1000 and measure.day_precise


# See `_distinctive`.
DISTINCTIVE_DIGITS = 3
# Qualifiers that state one figure, hedged or not (the others state a bound or a range).
ONE_FIGURE = frozenset({"exact", "about"})


def _described(concepts: frozenset[str]) -> frozenset[str]:
    """The concepts without the dimension token `_measure` adds."""
    return frozenset(c for c in concepts if not c.startswith("="))


def _specific(measure: Measure) -> bool:
    """A figure as written that rarely coincides: not a small whole number. Read as stated,
    not in the base unit: "3,200 gallons" (12.1 m³) is as specific as it looks."""
    claim = measure.claim.claim
    stated = claim.value if isinstance(claim.value, int | float) else claim.high
    if stated is None:
        return False
    return abs(stated) >= SAME_FIGURE_MIN_VALUE or stated != int(stated)


def nested_places(a: Measure, b: Measure) -> bool:
    """The same place, one inside the other ("Pichari" in "Pichari, Cusco"), or unknown."""
    return nested(a.place, b.place)


def nested(a: Place | None, b: Place | None) -> bool:
    """Two places (see `place_key`) are one place, one lies within the other, or one is
    unknown."""
    if a is None or b is None or a == b:
        return True
    return not _held_apart(a, b) and (within(a, b) or within(b, a))


def _held_apart(a: Place, b: Place) -> bool:
    """Each place is written in a wider one, and neither wider place is the other or holds
    it: "San Antonio, Llochegua" and "San Antonio, Pichari", or "sector Unión, Pichari" and
    "sector Unión, Huanta", are two villages (review). A district and its province
    ("comunidad Otari, Pichari" and "comunidad Otari, La Convención") are one place written
    at two levels: the province is around the district."""
    held_a = {name - _MARKS for name in a if _HELD_IN in name}
    held_b = {name - _MARKS for name in b if _HELD_IN in name}
    if not (held_a and held_b):
        return False
    near_a = {name - _MARKS for name in a if _AROUND in name}
    near_b = {name - _MARKS for name in b if _AROUND in name}
    return not (held_a & near_b or held_b & near_a)


def statement_concepts(statement: str, keys: TextKeys) -> frozenset[str]:
    """The concepts of what a statement says. Of its clauses of attribution ("según la
    fiscalía", "according to the 2017 census", ", dijo el alcalde") only the agents
    count (police, army: a difference of scope); the rest names who says it."""
    said, clauses = split_attribution(statement)
    concepts = frozenset(keys.concepts(said))
    return concepts | (frozenset(keys.concepts(clauses)) & AGENTS) if clauses else concepts


def place_blocks(places: Sequence[Place | None]) -> list[list[int]]:
    """Positions split into blocks so that any two whose places nest share one.

    Places that nest share a concept, so only those are tested; places joined by
    nesting form a block, and positions without a place join every block. When that
    work would outgrow the positions themselves (many places sharing one concept, or
    many unplaced positions repeated in many blocks), one block holds them all.
    """
    by_place: dict[Place, list[int]] = {}
    unplaced: list[int] = []
    for position, place in enumerate(places):
        if place is None:
            unplaced.append(position)
        else:
            by_place.setdefault(place, []).append(position)
    everything = [list(range(len(places)))]
    distinct = list(by_place)
    sharing: dict[str, list[int]] = defaultdict(list)
    for k, place in enumerate(distinct):
        for concept in frozenset().union(*place) - _MARKS:
            sharing[concept].append(k)
    if sum(len(ks) * (len(ks) - 1) // 2 for ks in sharing.values()) > 4 * len(places):
        return everything
    root = list(range(len(distinct)))

    def find(k: int) -> int:
        while root[k] != k:
            root[k] = root[root[k]]
            k = root[k]
        return k

    for ks in sharing.values():
        for x, k in enumerate(ks):
            for m in ks[x + 1 :]:
                if find(k) != find(m) and nested(distinct[k], distinct[m]):
                    root[find(k)] = find(m)
    blocks: dict[int, list[int]] = defaultdict(list)
    for k, place in enumerate(distinct):
        blocks[find(k)].extend(by_place[place])
    if len(unplaced) * max(len(blocks) - 1, 0) > len(places):
        return everything
    return [sorted(block + unplaced) for block in blocks.values()] or [unplaced]


def within(a: Place, b: Place) -> bool:
    """Each name of `a` is a name of `b`, or `b` adds words that do not make a new name:
    "Pichari" lies within "Pichari, Cusco" and "Vizcatán" within "Vizcatán del Ene", but
    "Llochegua" not within "Llochegua Alto", nor "Rosa" within "Santa Rosa". The VRAEM
    that `place_key` adds to a district's place is known, not written: "Vizcatán del Ene"
    lies within "Vizcatán del Ene, San Miguel del Ene" although only the first is known
    to be in the VRAEM."""
    known = a - _VRAEM
    # So are the province and region `place_key` adds around a district ("Vizcatán del
    # Ene" is read with Satipo and Junín), unless they are all that `a` names; a region
    # written ("Anco, Ayacucho") is a name like any other.
    names = frozenset(name for name in known if _AROUND not in name) or known or a
    if all(any(name <= wider and _part_of(name, wider) for wider in b) for name in names):
        return True
    # A place written in a wider one lies in what holds that: "Qasapata stream, Anco
    # District" in "Anco (La Mar)" (blind25).
    held_in = [name - _MARKS for name in a if _HELD_IN in name]
    written = [wider for wider in b if _HELD_IN not in wider]
    return bool(held_in) and all(
        any(name <= wider and _part_of(name, wider) for wider in written) for name in held_in
    )


def _part_of(name: frozenset[str], wider: frozenset[str]) -> bool:
    """Whether `wider`, which holds all of `name`, is a place in it rather than another
    place: "mercado de Pichari" is in Pichari, "Llochegua Alto" is not Llochegua, but the
    upper or lower stretch of a river is that river's ("bajo Mantaro", "upper Ene")."""
    added = wider - name
    if not added & _NAME_MAKERS:
        return True
    return added <= _RIVER_STRETCHES and name <= word_keys(_RIVERS)


def place_key(text: str | None, keys: TextKeys) -> Place | None:
    """A place as the names between its commas and conjunctions, each as its concepts
    without words such as "district" or "river": "Pichari district, Cusco" is {{pichari},
    {cusco}}, "Pichari y Kimbiri" is {{pichari}, {kimbiri}}, and "cuenca del Ene" is
    {{ene}}, as is "Ene river basin". Places repeat, so each is read once per `keys`."""
    if not text:
        return None
    known = _PLACES.setdefault(keys, {})
    if text in known:
        return known[text]
    place = _read_place(text, keys)
    if len(known) < CACHED_PLACES:
        known[text] = place
    return place


CACHED_PLACES = 100_000
_PLACES: WeakKeyDictionary[TextKeys, dict[str, Place | None]] = WeakKeyDictionary()


def _read_place(text: str, keys: TextKeys) -> Place | None:
    text = _TRACK.sub("road", text)
    nested_in = _wider_after_comma(text, keys)
    if nested_in is not None:
        return nested_in
    text = _FACILITY_OF.sub(" ", _PART_OF_DISTRICT.sub(" ", text))
    text = _ALTO_BAJO.sub(lambda m: UPPER_LOWER[m.group().capitalize()], text)
    text = _route(_REFERENCE.sub(_reference, _NEAR.sub(" ", text)), keys)
    parts = [part for part in _PLACE_PARTS.split(_PLACE_KINDS.sub(" ", text)) if part.strip()]
    named = [(part, name) for part in parts if (name := _phrase_key(part, keys))]
    names = frozenset(name for _, name in named)
    if word_keys(_VRAEM_RIVERS[0]) <= frozenset().union(*names) <= word_keys(_VRAEM_RIVERS[1]):
        return _VRAEM  # "Apurímac-Ene valley", "ríos Apurímac, Ene y Mantaro": the VRAEM
    # A town is in its district, and so is what the town holds: "San Martín de Pangoa
    # checkpoint" is also a checkpoint of Pangoa.
    names |= frozenset(
        name - town | district
        for name in names
        for town, district in _gazetteer(keys).towns.items()
        if town <= name and _part_of(town, name)
    )
    if named and _in_the_vraem(named, keys):
        # "Pichari" and "Pichari gauge" are in the VRAEM, La Convención and Cusco.
        return names | _VRAEM | _around(names, keys)
    if _COLLECTIVE.search(text) and not any(_known_place(name, keys) for name in names):
        return None  # "Wiñay Palta districts", "Asháninka communities": somewhere unknown
    regions = _gazetteer(keys).regions
    # A place in a province written ("San Miguel (La Mar)") lies in its region, Ayacucho.
    return names.union(*(regions[name] for name in names if name in regions)) or None


# In a place a track or trail is a road ("Inkaareni track", "trocha de Inkaareni"), not the
# tracking it is elsewhere (blind28).
_TRACK = re.compile(r"\b(?:track|trail)s?\b", re.IGNORECASE)
# A place written with the wider one it lies in, after one comma: "sector Inkaareni, Río
# Tambo", "Qasapata stream, Anco District", "Inkaareni road, Otishi National Park" (blind25,
# blind28). The first names its kind as a place within others, or the second as one that
# holds others, or only the second is a known district; else "X, Y" may be a list.
_SUB_PLACE = re.compile(
    r"\b(?:sector|road|trocha|camino|stream|quebrada|creek|community|comunidad|anexo"
    r"|caser[ií]o|centro poblado|camp|campamento|village|barrio|settlement|asentamiento)\b",
    re.IGNORECASE,
)
_HOLDS_PLACES = re.compile(
    r"\b(?:district|distrito|national park|parque nacional|reserve|reserva|province"
    r"|provincia)\b",
    re.IGNORECASE,
)


# "quebrada Qasapata (Anco)", "comunidad Otari (distrito de Pichari)": the wider place in
# brackets, capitalised or named by its kind; not a note ("(asháninka)", "(según la PNP)").
_WIDER_IN_BRACKETS = re.compile(
    r"(?!(?:seg[uú]n|according|per|ex|former|aprox)\b)(?-i:[A-ZÁÉÍÓÚÑ])|(?:distrito|district"
    r"|provincia|prov\.|province|regi[oó]n|region|departamento|dpto\.)\s",
    re.IGNORECASE,
)
_IN_BRACKETS = re.compile(r"\s*([^(),;]+?)\s*(\()([^()]+)\)\s*")


def _wider_after_comma(text: str, keys: TextKeys) -> Place | None:
    """The place in "inner, wider" (see `_SUB_PLACE`): the inner place's names, with the
    wider place's marked as known but not written (`_AROUND`), so that the inner place
    lies within each; None for any other text."""
    bracket = _IN_BRACKETS.fullmatch(text)
    if bracket is not None and not _WIDER_IN_BRACKETS.match(bracket.group(3)):
        return None  # a note, not a place: "comunidad nativa Otari (asháninka)" (review)
    inner, comma, wider = bracket.groups("(") if bracket else text.partition(",")
    if not comma or _PLACE_PARTS.search(wider) or _PLACE_PARTS.search(inner):
        return None
    inner_place, wider_place = place_key(inner, keys), place_key(wider, keys)
    if inner_place is None or wider_place is None:
        return None
    districts = _gazetteer(keys).districts
    if not (
        _SUB_PLACE.search(inner)
        or _HOLDS_PLACES.search(wider)
        or (wider_place & districts and not inner_place & districts)
    ):
        return None
    context = frozenset(
        name if _AROUND in name else name | {_AROUND, _HELD_IN} for name in wider_place - _VRAEM
    )
    return inner_place | context | (wider_place & _VRAEM)


def _route(text: str, keys: TextKeys) -> str:
    """The places a route joins, as a list ("San Francisco, Santa Rosa"), when one of them
    is a known place (see `_ROUTE`); else the text as it is."""
    stops = [_ROAD.sub(" ", stop) for stop in _ROUTE.split(text)]
    if len(stops) < 2:
        return text
    if not any((name := _phrase_key(stop, keys)) and _known_place(name, keys) for stop in stops):
        return text
    return ", ".join(stops)


def _around(names: Place, keys: TextKeys) -> Place:
    """The province and region around the districts `names` holds, each marked as known,
    not written (see `within`); none where a region or province written is another
    ("Pichari, Ayacucho" is not read as in Cusco; a province written is a name of its own)."""
    around = _gazetteer(keys).around
    found = frozenset().union(
        *(
            around[district]
            for name in names
            for district in around
            if district <= name and _part_of(district, name)
        )
    )
    written = {name for name in names if name <= _REGIONS}
    if not found or not written <= found:
        return frozenset()
    return frozenset(name | {_AROUND} for name in found)


# The mark of a name `place_key` adds, known but not written (it is no concept).
_AROUND = "~around"
# The mark of a wider place a place was written in ("sector Inkaareni, Río Tambo").
_HELD_IN = "~in"
_MARKS = frozenset({_AROUND, _HELD_IN})


def _known_place(name: frozenset[str], keys: TextKeys) -> bool:
    """A name the tool can place: a VRAEM district, a region or province around them, or
    one of their rivers."""
    return (
        name in _gazetteer(keys).districts
        or name <= word_keys(_VRAEM_SURROUNDINGS)
        or bool(name & word_keys(_RIVERS))
    )


# A set of places told by what they share rather than where they are ("Wiñay Palta
# districts", "las comunidades asháninkas", "the programme's villages"): where no name in it
# is a known place, it may be any of them, and nests with any place (blind14).
_COLLECTIVE = re.compile(
    r"\b(?:districts|distritos|communities|comunidades|villages|pueblos|centros\s+poblados|"
    r"zones|zonas|areas|áreas|provinces|provincias)\b",
    re.IGNORECASE,
)


def _in_the_vraem(named: list[tuple[str, frozenset[str]]], keys: TextKeys) -> bool:
    """Some name is a listed district, or a place in one ("Pichari gauge", "mercado de
    Pichari"), and every other name is one too or a region or province around them
    ("Pichari, Cusco"). "Santa Rosa, Lima" and "Santa Rosa de Lima" are elsewhere."""
    districts = _gazetteer(keys).districts
    capitalised = any(_CAPITALISED.search(part) for part, _ in named)
    found = False
    for part, name in named:
        if name in districts:
            found = True
        elif name <= word_keys(_VRAEM_SURROUNDINGS):
            continue
        elif any(_inside(part, name, district, keys) for district in districts):
            found = True
        elif capitalised and not _CAPITALISED.search(part):
            continue  # "forested ridge, Vizcatán del Ene": a description beside the names
        else:
            return False
    return found


def _inside(part: str, name: frozenset[str], district: frozenset[str], keys: TextKeys) -> bool:
    """`name` is a place inside `district`: the district's words and lower-case common
    nouns ("gauge", "mercado"), no other capitalised name ("Lima") and no word that makes
    another place ("Llochegua Alto", "Puerto Ene")."""
    if not district < name or (name - district) & _NAME_MAKERS:
        return False
    capitalised = {c for word in _CAPITALISED.findall(part) for c in keys.concepts(word)}
    return capitalised <= district | _GENERIC_PLACE_WORDS


_CAPITALISED = re.compile(r"\b[A-ZÁÉÍÓÚÑ][\w'\u2019-]*")
# Regions and provinces around the VRAEM's districts: "Pichari, Cusco" is still in it.
_VRAEM_SURROUNDINGS = (
    "vraem ayacucho cusco junin huancavelica apurimac huanta convencion satipo tayacaja peru "
    "lamar"  # La Mar, as `_phrase_key` reads it
)
_REGIONS = word_keys("ayacucho cusco junin huancavelica")


# Districts and towns that lie in the VRAEM, so that "Pichari" nests in "VRAEM" as in
# "Pichari, VRAEM". Names that are also places elsewhere are left out: Apurímac and
# Mantaro (a region, another valley), San Francisco, Río Tambo ("El Tambo, Huancayo"
# reads the same) and Anco (also a district of Churcampa).
VRAEM_PLACES = (
    "Pichari, Kimbiri, Santa Rosa, Llochegua, Sivia, Canayre, Ayna, Anchihuay, "
    "Samugari, Palmapampa, Vizcatán, Vizcatán del Ene, Pangoa, San Martín de Pangoa, Mazamari, "
    "Puerto Ene, Unión Mantaro, Villa Kintiarina, Villa Virgen, Uchuraccay, Chungui, "
    "río Ene, "
    # The VRAEM's other districts in Huanta, La Mar and Tayacaja (the area of influence of
    # 2016). Colcabamba, Tambo and San Miguel are left out: namesakes of districts
    # elsewhere (Aymaraes) or common words. Huachocolpa is kept: its namesake in the
    # province of Huancavelica is a mining district the VRAEM's reporting rarely names.
    "Ayahuanco, Santillana, Pucacolpa, Chilcas, Luis Carranza, Oronccoy, Tintay Puncu, "
    "Surcubamba, Salcahuasi, Salcabamba, Quishuar, San Marcos de Rocchac, Huachocolpa"
).split(", ")


# Towns of the VRAEM named otherwise than their district, which holds them: "San Martín de
# Pangoa" lies within "Pangoa", as "Palmapampa" within "Samugari". Left out: namesakes
# elsewhere (San Francisco, the capital of Ayna) and towns whose district reads as another
# place (Puerto Ocopa's Río Tambo would be the Tambo river).
VRAEM_TOWNS = {"San Martín de Pangoa": "Pangoa", "Palmapampa": "Samugari"}


# The province and region around each district of VRAEM_PLACES that has them for certain,
# so that "Pichari, La Convención" and "Pichari, Cusco" are one place and "La Convención"
# or "Cusco" holds Pichari (blind20). Huanta and Satipo are left out as provinces: each is
# also a district, and "Huanta" alone is most often the town, not Uchuraccay's province
# (the benchmark's corpus). Left out too: Vizcatán (a zone across two regions), Palmapampa
# and San Martín de Pangoa (towns: their districts' are theirs).
VRAEM_PROVINCES = {
    "La Convención, Cusco": "Pichari, Kimbiri, Villa Kintiarina, Villa Virgen",
    # province of Huanta
    "Ayacucho": "Sivia, Llochegua, Canayre, Uchuraccay, Ayahuanco, Santillana, Pucacolpa",
    "La Mar, Ayacucho": "Ayna, Santa Rosa, Samugari, Anchihuay, Chungui, Chilcas, Luis Carranza, "
    "Oronccoy",
    "Tayacaja, Huancavelica": "Tintay Puncu, Surcubamba, Salcahuasi, Salcabamba, Quishuar, "
    "San Marcos de Rocchac, Huachocolpa",
    "Junín": "Pangoa, Mazamari, Vizcatán del Ene",  # province of Satipo
}


class _Gazetteer(NamedTuple):
    """The known places as `_phrase_key` reads them with one `TextKeys`."""

    districts: frozenset[frozenset[str]]  # VRAEM_PLACES
    towns: dict[frozenset[str], frozenset[str]]  # VRAEM_TOWNS: town -> its district
    around: dict[frozenset[str], Place]  # VRAEM_PROVINCES: district -> province, region
    regions: dict[frozenset[str], Place]  # VRAEM_PROVINCES: province -> its region


def _gazetteer(keys: TextKeys) -> _Gazetteer:
    found = _GAZETTEERS.get(keys)
    if found is None:
        found = _GAZETTEERS[keys] = _Gazetteer(
            frozenset(name for place in VRAEM_PLACES if (name := _phrase_key(place, keys))),
            {
                town_key: district_key
                for town, district in VRAEM_TOWNS.items()
                if (town_key := _phrase_key(town, keys))
                and (district_key := _phrase_key(district, keys))
            },
            {
                district_key: frozenset(
                    name for part in around.split(", ") if (name := _phrase_key(part, keys))
                )
                for around, districts in VRAEM_PROVINCES.items()
                for district in districts.split(", ")
                if (district_key := _phrase_key(district, keys))
            },
            {
                province_key: frozenset({region_key | {_AROUND}})
                for around in VRAEM_PROVINCES
                if ", " in around
                for province, region in [around.split(", ")]
                if (province_key := _phrase_key(province, keys))
                and (region_key := _phrase_key(region, keys))
            },
        )
    return found


_GAZETTEERS: WeakKeyDictionary[TextKeys, _Gazetteer] = WeakKeyDictionary()


# Kinds of place whose words mean something else in a sentence ("falls" decrease).
_PLACE_KINDS = re.compile(r"\b(?:falls|waterfalls?|cataratas?|cascadas?)\b", re.IGNORECASE)
# A route is told by the places it joins, one of them known: the "San Francisco-Santa
# Rosa road" is near each of them ("near Santa Rosa", blind21), "Pichari - Puerto Ene" is
# "Pichari to Puerto Ene". Not "Pan-American Highway", nor "Carretera Central" (review).
_ROUTE = re.compile(r"(?<=[^\W\d_])(?:\s*[-\u2013\u2014]\s*|\s+(?:to|a|hasta)\s+)(?=[A-ZÁÉÍÓÚÑ])")
_ROAD = re.compile(r"\b(?:roads?|carreteras?|highways?|v[ií]a)\b", re.IGNORECASE)
# In a place, "alto" and "bajo" are always part of its name, in either case and on either
# side: "alto Ene", "Ene Alto" and "upper Ene" are one part of the Ene; "Bajo Urubamba" is
# the Lower Urubamba (in a statement, "Bajo" may be "under").
_ALTO_BAJO = re.compile(r"\b(?:alto|alta|bajo|baja)\b", re.IGNORECASE)
# But the upper or lower part of a district, written in lower case, is in that district
# ("upper Sivia district", "parte alta del distrito de Sivia"), as a landing or port written
# in lower case is in the place it serves ("embarcadero de Pichari", "the port of
# Pichari"), while "Puerto Ene" and "Llochegua Alto district" are other places (blind19).
_PART_OF_DISTRICT = re.compile(
    r"\b(?:upper|lower|(?:(?:la|the) )?parte (?:alta|baja)(?: (?:del?|of))?)"
    r"\b(?=[^,;()]*\b(?:district|distrito)\b)"
)
_FACILITY_OF = re.compile(r"\b(?:puerto|port|embarcadero|muelle|wharf|pier)\b(?= (?:de|del|of) )")
# A place told by where it lies on a river from another ("lower Mantaro, upstream of Puerto
# Ene", "río Mantaro, aguas arriba de Puerto Ene") lies on that river: the place it is
# measured from is no name of it. Alone ("upstream of Puerto Ene") it is what names it.
_REFERENCE = re.compile(
    r"(?:\b(?:up|down)stream(?:\s+(?:of|from))?|\b(?:above|below)|"
    r"\baguas\s+(?:arriba|abajo)(?:\s+del?)?|\b(?:r[ií]o\s+)?(?:arriba|abajo)\s+del?)\b"
    r"(?P<from>[^,;()/&]*)",
    re.IGNORECASE,
)


def _reference(match: re.Match[str]) -> str:
    """A reference point is dropped, unless nothing before it names the place."""
    return match.group("from") if not match.string[: match.start()].strip() else " "


# Words that place a thing by another that names it: "near Machente" is at Machente, as
# are "the banks of the lower Mantaro" on it and the epicentre "northeast of Llochegua".
_NEAR = re.compile(
    r"\b(?:near|nearby|close\s+to|cerca\s+del?|along|a\s+lo\s+largo\s+del?|banks?\s+of(?:\s+the)?|"
    r"banks?|riberas?|orillas?|margen(?:es)?|outskirts\s+of|outskirts|afueras\s+del?|"
    r"alrededores\s+del?|"
    # "northeast of Llochegua", "al noreste de Pichari": beside it, as "near" is.
    r"(?:\d[\d.,]*\s*(?:km|kil[oó]metros|kilomet(?:re|er)s|miles|millas)\s+(?:al\s+)?)?"
    r"(?:(?:north|south)(?:[\s-]?(?:east|west))?\s+of|(?:east|west)\s+of|"
    r"(?:al\s+)?(?:norte|sur|este|oeste|noreste|nordeste|noroeste|sureste|sudeste|suroeste|"
    r"sudoeste)\s+del?))\b",
    re.IGNORECASE,
)
# Rivers of the VRAEM and around it (as `word_keys` reads them), and their stretches.
_RIVERS = "apurimac ene mantaro tambo perene urubamba"
_RIVER_STRETCHES = frozenset({"upper", "lower"})
# The valley the VRAEM is named after, by its rivers: at least these, at most those.
_VRAEM_RIVERS = ("apurimac ene", "apurimac ene mantaro")  # as `word_keys` reads them
_VRAEM: Place = frozenset({frozenset({"vraem"})})
# Names are listed between commas, and the last two are joined by a conjunction:
# "Kimbiri, Pichari y Santa Rosa", "Pichari and Kimbiri" (a route's stops: `_route`).
_PLACE_PARTS = re.compile(r"[,;()/&]|\s+(?:y|e|and)\s+", re.IGNORECASE)
# Concepts of the words that turn a place name into another one (Alto, Bajo is a stop word).
_NAME_MAKERS = frozenset(
    "height alta baja upper lower nuevo nueva port san santa santo villa nort sur north "
    "south".split()
)


def same_time(a: Measure, b: Measure) -> bool:
    """Equal dates, or one partial date within another (2014-12 in 2014). Periods match a
    period, bound by bound at the coarser precision (January to April 2023 is 2023-01-01
    to 2023-04-15 written by month), or, for levels, the month they lie in."""
    if a.span is None or b.span is None or a.span == b.span:
        return True
    if not a.span.nests(b.span):
        return False
    if a.period or b.period:
        if a.period is None or b.period is None:
            # A level measured over a period within one month is that month's: a survey
            # of 7 to 18 March 2022 is "the March 2022 survey". A count over 1 to 15 March
            # is not March's (review), nor January to June the year's, unless both name
            # one phase of that year: "su etapa piloto de 2016" is the pilot stage of July
            # to December 2016 (blind25).
            period, date = (a.span, b.span) if a.period else (b.span, a.span)
            counted = not (a.what | b.what) & _ACTING
            if counted and date.contains(period) and _one_phase(a, b):
                return True
            return counted and date.within_a_month() and date.contains(period)
        (start_a, end_a), (start_b, end_b) = a.period, b.period
        if _same_bound(start_a, start_b) and _same_bound(end_a, end_b):
            return True
        # "El brote de 2016-2017" names an event by its years: the outbreak of November
        # 2016 to March 2017 (blind21). A bare count over 2022-2023 is not December 2022
        # to January 2023's.
        return start_a.nests(start_b) and end_a.nests(end_b) and _named_by_years(a, b)
    return True


def _one_phase(a: Measure, b: Measure) -> bool:
    """Both claims name a phase, and the same one: no ordinal ("primera etapa", "second
    phase") on one side that the other does not write."""
    if "phase" not in (a.what | a.statement) & (b.what | b.statement):
        return False
    ordinals = [set(_ORDINAL.findall(fold(m.claim.claim.statement))) for m in (a, b)]
    return ordinals[0] == ordinals[1]


_ORDINAL = re.compile(
    r"\b(?:first|second|third|fourth|final|last|primera|primer|segunda|tercera|cuarta|"
    r"ultima|1st|2nd|3rd|4th|1ra|2da|3ra|ii|iii|iv)\b"
)


def _named_by_years(a: Measure, b: Measure) -> bool:
    """The side of two nested periods written by the coarser bounds names, not as what it
    counts, an event that lasted the period: "el brote de 2016-2017", "los muertos del
    brote" dated 2016 to 2017."""
    coarse = a if a.span is not None and b.span is not None and a.span.contains(b.span) else b
    return bool((coarse.what | coarse.statement) - coarse.counted & _SPELLS)


# Events that last a while and are named by the years they span. Not operations or
# campaigns: "police operations seized 5 tonnes in 2022-2023" are many (review).
_SPELLS = frozenset("outbreak stoppage blockade el_nino school_year".split())


def _same_bound(a: DateSpan, b: DateSpan) -> bool:
    """One bound of two periods, written at two precisions: the same, or a day within a
    month ("2023-04" and "2023-04-15"). A year is too coarse: 2022 to 2023 is not December
    2022 to January 2023."""
    if a == b:
        return True
    coarse = a if a.end - a.start > b.end - b.start else b
    return a.nests(b) and coarse.within_a_month()
