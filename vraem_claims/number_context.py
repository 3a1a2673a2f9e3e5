"""What surrounds a number: hedges and range words before it; scale, unit, currency after it.

Hedges (see `_EN_HEDGES`, `_ES_HEDGES`): "nearly", "almost", "casi" and English
"close to" are `nearly`; Spanish "cerca de" is `about`, because Peruvian reporting
uses it for "approximately", not as an upper bound; "some" and "an estimated" are
`about`; "up to", "as many as" and "hasta" are `at_most`. A Spanish hedge may be
followed by an article ("casi el 80 %", "más del 50 %"). English texts use the
English hedges, Spanish texts the Spanish ones, other languages both.

Ranges: "between X and Y", "from X to Y", "X to Y", "X-Y" (hyphen or en dash),
"entre X y Y", "de X a Y", "del X al Y". "from X to Y" / "de X a Y" is a change,
not a range, when a verb of change comes shortly before ("fell from 10 to 5",
"pasó de 10 a 20"): it gives two numbers.

Scale words after digits are read in every language ("74 mil", "1.2 billion");
abbreviations ("$5m", "US$2.5 mn") only after a currency sign, except "bn"/"mn".
"""

from __future__ import annotations

import re

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
    "|an approximate",
    "nearly": "nearly|almost|close to|just shy of|not quite",
}
_ES_HEDGES: dict[Qualifier, str] = {
    "more_than": "más de|más del|poco más de|un poco más de|algo más de|más de unos|más de unas"
    "|por encima de|por encima del|superior a|superiores a|más que",
    "at_least": "al menos|por lo menos|como mínimo|no menos de|cuando menos",
    "less_than": "menos de|menos del|por debajo de|por debajo del|inferior a|inferiores a"
    # "no llega al 10 %": it does not reach it (blind28)
    "|no llega a|no llega al|no llegan a|no llegan al|no llegaba a|no llegaba al"
    "|no alcanza|no alcanza a|no alcanza el|no alcanzan|no alcanzan a",
    "at_most": "hasta|como máximo|no más de|a lo sumo|no supera|no supera el|no superan"
    "|no excede|no excede de|no excede el|no exceden",
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
_APPROXIMATE = "~\u2248"  # ~ and ≈
_LOOKBACK = 40  # longest hedge ("aproximadamente unas", "a little more than") and an article
_HEDGE_ENDINGS = {
    family: {phrase.split()[-1] for phrase in table} | {"el", "la", "los", "las"}
    for family, table in _HEDGE_TABLES.items()
}


def read_hedge(text: str, start: int, family: str) -> tuple[Qualifier, int] | None:
    """The hedge ending right before `start` and where it starts, or None. A tilde or an
    almost-equal sign glued to the number is `about` ("~72k acres", "≈ 13.500")."""
    if start == 0:
        return None
    sign = start - 2 if text[start - 1] in " \t\u00a0" else start - 1
    if sign >= 0 and text[sign] in _APPROXIMATE and not (sign and text[sign - 1].isalnum()):
        return "about", sign  # not "10~15", a range
    if text[start - 1] not in " \t\u00a0":
        return None
    before = text[max(0, start - _LOOKBACK) : start].split()
    if not before or _OPENED.split(fold(before[-1]).rstrip("."))[-1] not in _HEDGE_ENDINGS[family]:
        return None  # cheap test first: the word before the number must end a hedge
    match = _HEDGE_REGEXES[family].search(text, max(0, start - _LOOKBACK), start)
    if match is None:
        return None
    phrase = " ".join(fold(match.group("hedge")).replace(".", " ").split())
    qualifier = _HEDGE_TABLES[family].get(phrase)
    if qualifier is None or _no_hedge(text, match, phrase):
        return None
    return qualifier, match.start("hedge")


# A hedge may open a bracket, a quotation or a dash: "18 hectares (about 44 acres)" (blind20).
_OPENED = re.compile("[([{\"'\u201c\u2018\u00ab\u00bf\u00a1\u2014\u2013]")


def _no_hedge(text: str, match: re.Match[str], phrase: str) -> bool:
    """Words of a hedge that say something else here (blind20): "más que los 18 millones
    previstos" compares with a figure known, as "more than the 18 million" does, where "más
    de" would hedge; "estudios superiores a 500 jóvenes" is higher education for 500."""
    if phrase == "mas que":
        return match.end("hedge") < match.end() and bool(_ARTICLE.match(text, match.end("hedge")))
    if phrase.startswith("superior"):
        return bool(_HIGHER_EDUCATION.search(text, 0, match.start("hedge")))
    return False


_ARTICLE = re.compile(rf"{_BLANK}+(?:el|la|los|las)\b", re.IGNORECASE)
_HIGHER_EDUCATION = re.compile(
    r"(?i)\b(?:estudios|educaci[oó]n|ense[nñ]anza|institutos?|escuelas?)\s+\Z"
)


_RANGE_OPENER = LazyPattern(rf"(?i)(?<![\w])(?P<word>between|entre|from|de|del|desde){_BLANK}+\Z")
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
    rf"|{_BLANK}+(?P<word>to|and|a|al|y|hasta){_BLANK}+"
)
_CONNECTORS_AFTER = {
    "between": ("and",),
    "entre": ("y", "a"),
    "from": ("to",),
    "de": ("a", "hasta"),
    "del": ("al",),
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
    if word in ("from", "de", "del", "desde") and _CHANGE_VERB.search(
        text, max(0, match.start() - 60), match.start()
    ):
        return "change", start  # "rose from 10 to 20" is a change, read as two numbers
    return word, match.start()


def read_connector(text: str, pos: int, digits: bool) -> tuple[int, str] | None:
    """A range connector at `pos`: its end and its word ("" for a dash), or None.

    Dashes join only numbers written in digits ("10-20", not "ten-twenty").
    """
    match = _CONNECTOR.match(text, pos)
    if match is None:
        return None
    word = match.group("word")
    if word is None:
        return (match.end(), "") if digits else None
    return match.end(), word.lower()


def connector_fits(word: str, opener: str) -> bool:
    """Whether connector `word` closes a range opened by `opener` (a dash always does)."""
    return word == "" or word in _CONNECTORS_AFTER.get(opener, ())


_SCALE = LazyPattern(lambda: rf"(?i){_BLANK}+(?P<scale>{alternation(SCALE_WORDS)})(?![\w])")
_MONEY_SCALE = LazyPattern(r"(?:[ \t\u00a0]?)(?P<scale>mn|bn|m|b|k|MM)(?![\w])")
_MONEY_SCALES = {"mn": 1e6, "bn": 1e9, "m": 1e6, "b": 1e9, "k": 1e3, "MM": 1e6}
_GLUED_THOUSANDS = LazyPattern(r"[kK](?![\w])[ \t\u00a0]*")
_SPANISH_THOUSANDS = LazyPattern(r"(?i)[ \t\u00a0]+miles(?![\w])")


def read_scale(text: str, pos: int, money: bool, *, spanish: bool = False) -> tuple[float, int]:
    """Multiplier of the scale words right after `pos` ("million", "mil millones") and end.

    Abbreviations ("$5m", "US$2.5 mn", "5bn") count only after a currency sign,
    except the unambiguous "bn" and "mn" and a "k" glued to the digits ("72k acres").
    In Spanish, "miles" after a number is thousands ("52.000 miles de soles"): the
    length is "millas".
    """
    if pos >= len(text) or not (text[pos] in " \t\u00a0" or text[pos].isalpha()):
        return 1.0, pos
    glued = _GLUED_THOUSANDS.match(text, pos)
    if glued is not None and read_unit(text, glued.end()) is not None:
        return 1e3, glued.end()  # "72k acres"; not a "10K race" or "4K cameras"
    if spanish:
        thousands = _SPANISH_THOUSANDS.match(text, pos)
        if thousands is not None:
            return 1e3, thousands.end()
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


def _currency_source() -> str:
    words = alternation(form for form in _CURRENCY_WORDS if form[0].isalpha())
    return (
        rf"(?:{_BLANK}+(?:de{_BLANK}+)?(?P<currency>U\.S\.{_BLANK}+dollars|{words})(?![\w])"
        rf"|{_BLANK}?(?P<currency_sign>€|£))"
    )


_PERCENT_SOURCE = (
    rf"(?:{_BLANK}?(?P<percent_sign>%)|{_BLANK}+(?P<percent>percent|per{_BLANK}cent"
    rf"|por{_BLANK}ciento|porciento|percentage{_BLANK}points?|puntos{_BLANK}porcentuales|pct)"
    rf"(?![\w]))"
)


def _unit_source() -> str:
    return rf"(?:{_BLANK}*|-)(?P<unit>{alternation(unit_surface_forms())})(?![\w])"


_CURRENCY_AFTER = LazyPattern(lambda: "(?i)" + _currency_source())
_UNIT = LazyPattern(lambda: "(?i)" + _unit_source())
_SUFFIX = LazyPattern(lambda: f"(?i){_PERCENT_SOURCE}|{_currency_source()}|{_unit_source()}")
_SUFFIX_INITIALS = frozenset(" \t\u00a0%-€£")
_VERB_AFTER_HA = LazyPattern(rf"(?i){_BLANK}+\w+(?:ado|ido|to|cho|so)(?![\w])")


def currency_code(written: str) -> str:
    """ISO 4217 code for a currency as written ("US$", "soles", "€"): USD, PEN, EUR..."""
    unit = normalize_unit(written)
    return unit.canonical if unit is not None and unit.dimension.startswith("currency:") else "USD"


def read_currency_after(text: str, pos: int) -> tuple[str, int, int] | None:
    """A currency named right after a number: (as written, start, end)."""
    match = _CURRENCY_AFTER.match(text, pos)
    if match is None:
        return None
    group = "currency" if match.group("currency") else "currency_sign"
    return match.group(group), match.start(group), match.end(group)


def read_unit(text: str, pos: int) -> tuple[str, int, int] | None:
    """A measurement unit right after a number: (as written, start, end)."""
    match = _UNIT.match(text, pos)
    if match is None or _is_verb_ha(text, match):
        return None
    return match.group("unit"), match.start("unit"), match.end()


def read_suffix(text: str, pos: int) -> tuple[str, str, int] | None:
    """What is written right after a number: ("percent" | "currency" | "unit", as written, end).

    One pattern for the three, tried in that order: the number reader's hot path.
    """
    if pos >= len(text) or not (text[pos] in _SUFFIX_INITIALS or text[pos].isalpha()):
        return None
    match = _SUFFIX.match(text, pos)
    if match is None or _is_verb_ha(text, match):
        return None
    group = match.lastgroup or ""
    kind = group.split("_")[0]
    return kind, match.group(group), match.end()


def _is_verb_ha(text: str, match: re.Match[str]) -> bool:
    """Spanish "ha" + participle is the verb haber, not hectares."""
    unit = match.groupdict().get("unit")
    return (
        unit is not None and unit.lower() == "ha" and bool(_VERB_AFTER_HA.match(text, match.end()))
    )
