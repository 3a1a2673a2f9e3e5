"""What surrounds a number: hedges before it; scale, unit, currency and noun after it.

Hedges (see `_EN_HEDGES`, `_ES_HEDGES`): "nearly", "almost", "casi" and English "close to" are
`nearly`; Spanish "cerca de" is `about`, because Peruvian reporting uses it for
"approximately", not as an upper bound; "some" and "an estimated" are `about`;
"up to", "as many as" and "hasta" are `at_most`. A Spanish hedge may be followed
by an article ("casi el 80 %", "más del 50 %").

A range written "from X to Y" / "de X a Y" is a change, not a range, when a verb
of change comes shortly before ("fell from 10 to 5", "pasó de 10 a 20").

The noun is what is counted, as written: up to four words after the number,
stopping at punctuation, prepositions, conjunctions, common verbs and adverbs;
in English it ends at the first plural word (the head noun: "46 drug trafficking
gangs"), at a past participle ("strips used by") or at an -ing word after a
plural ("trucks carrying"); in Spanish while the words agree in number. After a
unit the noun is only read behind "of"/"de" ("421 kg of cocaine hydrochloride").
"""

from __future__ import annotations

from vraem_claims.number_text import LazyPattern, alternation, fold
from vraem_claims.number_words import FOLDED_SCALE_WORDS, SCALE_WORDS
from vraem_claims.qualifiers import Qualifier
from vraem_claims.units import SURFACE_FORMS, normalize_unit, unit_surface_forms

_EN_HEDGES: dict[Qualifier, str] = {
    "more_than": "more than|over|above|a little more than|a little over|slightly more than"
    "|slightly over|just over|well over|in excess of|upwards of|greater than"
    "|somewhat more than|a bit more than",
    "at_least": "at least|no less than|not less than|no fewer than|not fewer than|a minimum of",
    "less_than": "less than|fewer than|under|below|just under|slightly less than"
    "|a little less than",
    "at_most": "at most|up to|no more than|not more than|a maximum of|as many as",
    "about": "around|about|approximately|approx|roughly|some|an estimated|estimated|circa"
    "|an approximate|about some",
    "nearly": "nearly|almost|close to|just shy of|not quite",
}
_ES_HEDGES: dict[Qualifier, str] = {
    "more_than": "más de|más del|poco más de|un poco más de|algo más de|más de unos|más de unas"
    "|por encima de|por encima del|superior a|superiores a|más que",
    "at_least": "al menos|por lo menos|como mínimo|no menos de|cuando menos",
    "less_than": "menos de|menos del|por debajo de|por debajo del|inferior a|inferiores a",
    "at_most": "hasta|como máximo|no más de|a lo sumo",
    "about": "alrededor de|alrededor del|aproximadamente|aprox|unos|unas|cerca de|cerca del"
    "|en torno a|en torno al|del orden de|aproximadamente unos|aproximadamente unas",
    "nearly": "casi",
}


def _hedge_table(*tables: dict[Qualifier, str]) -> dict[str, Qualifier]:
    return {
        fold(phrase): qualifier
        for table in tables
        for qualifier, phrases in table.items()
        for phrase in phrases.split("|")
    }


_HEDGE_TABLES = {
    "en": _hedge_table(_EN_HEDGES),
    "es": _hedge_table(_ES_HEDGES),
    "other": _hedge_table(_EN_HEDGES, _ES_HEDGES),
}
_BLANK = r"[ \t\u00a0]"


def _hedge_regex(*tables: dict[Qualifier, str], articles: bool) -> LazyPattern:
    phrases = [
        phrase for table in tables for value in table.values() for phrase in value.split("|")
    ]
    article = rf"(?:{_BLANK}+(?:el|la|los|las))?" if articles else ""
    return LazyPattern(
        lambda: rf"(?i)(?<![\w])(?P<hedge>{alternation(phrases)})\.?{article}{_BLANK}+\Z"
    )


_HEDGE_REGEXES = {
    "en": _hedge_regex(_EN_HEDGES, articles=False),
    "es": _hedge_regex(_ES_HEDGES, articles=True),
    "other": _hedge_regex(_EN_HEDGES, _ES_HEDGES, articles=True),
}
_LOOKBACK = 48


def read_hedge(text: str, start: int, family: str) -> tuple[Qualifier, int] | None:
    """The hedge ending right before `start` and where it starts, or None."""
    match = _HEDGE_REGEXES[family].search(text, max(0, start - _LOOKBACK), start)
    if match is None:
        return None
    phrase = " ".join(fold(match.group("hedge")).replace(".", " ").split())
    qualifier = _HEDGE_TABLES[family].get(phrase)
    return (qualifier, match.start("hedge")) if qualifier is not None else None


_RANGE_OPENER = LazyPattern(rf"(?i)(?<![\w])(?P<word>between|entre|from|de|desde){_BLANK}+\Z")
_CHANGE_VERB = LazyPattern(
    lambda: (
        r"(?i)(?<![\w])(?:increas|decreas|rose|rise|rising|risen|fell|fall|drop|grew|grow|reduc"
        r"|cut|climb|jump|declin|went|gone|doubl|halv|shr[aiu]nk|expand|soar|plummet|slid|surg"
        r"|boost|lower|rais|aument|sub[ií]|baj|ca[yí]|pas[óo]|pasaron|crec|creci|reduj|disminu"
        r"|descend|increment|elev)"
    )
)
_CONNECTOR = LazyPattern(
    rf"(?i){_BLANK}*(?P<dash>[\u2013\u2014]){_BLANK}*|-(?=\d)"
    rf"|{_BLANK}+(?P<word>to|and|a|y|hasta){_BLANK}+"
)
_CONNECTORS_AFTER = {
    "between": ("and",),
    "entre": ("y", "a"),
    "from": ("to",),
    "de": ("a", "hasta"),
    "desde": ("a", "hasta"),
    "": ("to",),
    "change": (),
}


def range_opener(text: str, start: int) -> tuple[str, int]:
    """The word opening a range before `start` ("between", "entre"...) and its offset.

    ("", start) when there is none, ("change", start) after a verb of change.
    """
    match = _RANGE_OPENER.search(text, max(0, start - 12), start)
    if match is None:
        return "", start
    word = match.group("word").lower()
    if word in ("from", "de", "desde") and _CHANGE_VERB.search(
        text, max(0, match.start() - 60), match.start()
    ):
        return "change", start  # "rose from 10 to 20" is a change, read as two numbers
    return word, match.start()


def read_connector(text: str, pos: int, opener: str, digits: bool) -> int | None:
    """End of a range connector at `pos` that fits `opener`, or None."""
    match = _CONNECTOR.match(text, pos)
    if match is None:
        return None
    word = match.group("word")
    if word is None:
        return match.end() if digits else None
    return match.end() if word.lower() in _CONNECTORS_AFTER.get(opener, ()) else None


_SCALE = LazyPattern(lambda: rf"(?i){_BLANK}+(?P<scale>{alternation(SCALE_WORDS)})(?![\w])")
_MONEY_SCALE = LazyPattern(r"(?:[ \t\u00a0]?)(?P<scale>mn|bn|m|b|k|MM)(?![\w])")
_MONEY_SCALES = {"mn": 1e6, "bn": 1e9, "m": 1e6, "b": 1e9, "k": 1e3, "MM": 1e6}


def read_scale(text: str, pos: int, money: bool) -> tuple[float, int]:
    """Multiplier of the scale words right after `pos` ("million", "mil millones") and end.

    Abbreviations ("$5m", "US$2.5 mn", "5bn") count only after a currency sign,
    except the unambiguous "bn" and "mn".
    """
    factor = 1.0
    while True:
        match = _SCALE.match(text, pos)
        if match is None:
            break
        factor *= FOLDED_SCALE_WORDS.get(fold(match.group("scale")), 1.0)
        pos = match.end()
    if factor == 1.0:
        abbreviation = _MONEY_SCALE.match(text, pos)
        if abbreviation is not None and (money or abbreviation.group("scale") in ("bn", "mn")):
            return _MONEY_SCALES[abbreviation.group("scale")], abbreviation.end()
    return factor, pos


_CURRENCY_WORDS = [
    form for form, unit in SURFACE_FORMS.items() if unit.dimension.startswith("currency:")
]
CURRENCY_BEFORE = r"US\$|U\$S|USD|S/\.?|PEN|EUR|GBP|R\$|€|£|\$"
_CURRENCY_AFTER = LazyPattern(
    lambda: (
        rf"(?i)(?:{_BLANK}+(?:de{_BLANK}+)?(?P<word>U\.S\.{_BLANK}+dollars|"
        + alternation(form for form in _CURRENCY_WORDS if form[0].isalpha())
        + rf")(?![\w])|{_BLANK}?(?P<sign>€|£))"
    )
)


def currency_code(written: str) -> str:
    """ISO 4217 code for a currency as written ("US$", "soles", "€"): USD, PEN, EUR..."""
    unit = normalize_unit(written)
    return unit.canonical if unit is not None and unit.dimension.startswith("currency:") else "USD"


def read_currency_after(text: str, pos: int) -> tuple[str, int, int] | None:
    """A currency named right after a number: (as written, start, end)."""
    match = _CURRENCY_AFTER.match(text, pos)
    if match is None:
        return None
    group = "word" if match.group("word") else "sign"
    return match.group(group), match.start(group), match.end(group)


_PERCENT = LazyPattern(
    rf"(?i)(?:{_BLANK}?(?P<sign>%)|{_BLANK}+(?P<word>percent|per{_BLANK}cent|por{_BLANK}ciento"
    rf"|porciento|percentage{_BLANK}points?|puntos{_BLANK}porcentuales|pct)(?![\w]))"
)


def read_percent(text: str, pos: int) -> tuple[str, int, int] | None:
    """A percent sign or word right after a number: (as written, start, end)."""
    match = _PERCENT.match(text, pos)
    if match is None:
        return None
    group = "sign" if match.group("sign") else "word"
    return match.group(group), match.start(group), match.end(group)


_UNIT = LazyPattern(
    lambda: rf"(?i)(?:{_BLANK}*|-)(?P<unit>{alternation(unit_surface_forms())})(?![\w])"
)
_VERB_AFTER_HA = LazyPattern(rf"(?i){_BLANK}+\w+(?:ado|ido|to|cho|so)(?![\w])")


def read_unit(text: str, pos: int) -> tuple[str, int, int] | None:
    """A measurement unit right after a number: (as written, start, end)."""
    match = _UNIT.match(text, pos)
    if match is None:
        return None
    unit = match.group("unit")
    if unit.lower() == "ha" and _VERB_AFTER_HA.match(text, match.end()):
        return None  # Spanish "ha" + participle is the verb haber, not hectares
    return unit, match.start("unit"), match.end()


_STOP = frozenset(
    """of in on at by for with from to into onto over under about between among during since
    until after before per via through across against near within without outside inside along
    than as like and or but nor so yet that which who whom whose when where while if because
    although though is are was were be been being am has have had do does did will would can
    could shall should may might must said says say reported according earlier later ago each
    only also already still now then more less most least this these those its their his her
    our it they he she we you the a an no not there here what how why very too just ever
    de del en con por para al sobre entre desde hasta hacia sin segun tras durante ante bajo
    contra y e o u ni pero que quien quienes cual cuales cuando donde como si porque es son fue
    fueron era eran ha han habia habian sera seran esta estan estaba estaban tiene tienen el la
    los las un una unos unas su sus este esta estos estas ese esa esos esas se lo le les mas
    menos ya muy tambien solo""".split()  # noqa: SIM905  # a word list reads better as prose
)
_NOUN_WORD = LazyPattern(rf"{_BLANK}+(?P<word>[^\W\d_]+(?:['\u2019-][^\W\d_]+)*)")
_GLUED_WORD = LazyPattern(r"-(?P<word>[^\W\d_]+(?:['\u2019-][^\W\d_]+)*)")
_OF = LazyPattern(rf"(?i){_BLANK}+(?:of|de)(?={_BLANK}+[^\W\d_])")


def read_noun(text: str, pos: int, family: str, after_unit: bool) -> str | None:
    """The words naming what is counted after `pos`, as written, or None."""
    if after_unit:
        of = _OF.match(text, pos)
        if of is None:
            return None
        pos = of.end()
    words: list[tuple[str, int, int]] = []
    match = _GLUED_WORD.match(text, pos) or _NOUN_WORD.match(text, pos)
    while match is not None and len(words) < 4:
        word = match.group("word")
        folded = fold(word)
        if folded in _STOP or not _continues(folded, words, family):
            break
        words.append((folded, match.start("word"), match.end("word")))
        if family == "en" and _plural(folded):
            break
        match = _NOUN_WORD.match(text, match.end())
    if not words:
        return None
    return text[words[0][1] : words[-1][2]]


def _continues(folded: str, words: list[tuple[str, int, int]], family: str) -> bool:
    if not words:
        return True
    if family == "es":
        return _plural(folded) == _plural(words[0][0])
    if folded.endswith("ed"):
        return False
    return not (folded.endswith("ing") and _plural(words[-1][0]))


def _plural(folded: str) -> bool:
    return len(folded) > 2 and folded.endswith("s") and not folded.endswith(("ss", "us", "is"))
