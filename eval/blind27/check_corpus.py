#!/usr/bin/env python3
"""Validate the BLIND27 vraem-claims test corpus and its ground truth.

Usage:  python eval/blind27/check_corpus.py [--verbose]

Uses the shared checks of eval/corpus_checks.py (quotes, ids, groups, duplicate pairs,
closure, traps; see its docstring), with this corpus's settings: 1.25-1.6 KB texts
published 2016-2026, 12 sources, as many English as Spanish; its units (kg/kilos/kilograms/
kilogramos/t/tonnes/toneladas/lb/pounds/libras; km/kilómetros/kilometres/mi/miles/millas/m/
metros/metres/ft/feet/pies; ha/hectares/hectáreas/ac/acres; L/litres/litros/gal/gallons/
galones; %/percent/per cent/por ciento; soles/S//PEN; dollars a pound or a kilo (USD/lb,
$ per pound, US$ por libra, USD/kg, US$ por kilo); soles a kilo or a 46-kg quintal (PEN/kg,
soles/kg, soles per quintal); years/años; months/meses; points/puntos); all trap kinds of
corpus_checks plus `initial-vs-corrected` (same group, disjoint values), `part-vs-whole`
(different groups), `partial-period` (same group; a count over part of a period against the
count over a longer period that contains it: the two spans differ and one contains the other)
and `plan-vs-outcome` (a promise against what happened; numeric claims in different groups);
the strict trap checks (series traps at different times, series-same-value traps overlapping,
lookalike traps sharing a number). The consistency warnings of corpus_checks are not printed
for pairs that expected.yaml lists as traps. Per-analyst style checks:

  penwarden.yaml   Ngaire: ids pw:NNNN; English, also for Spanish sources; every figure in
                   digits (no number word), comma grouping; every measure with its unit SYMBOL
                   JOINED to the figure ("61.4kg", "230km", "5,400ft", "22,000ha", "790L",
                   "44gal", "128lb"), never a unit word (kilograms, pounds, miles, hectares,
                   litres, gallons, per cent ...) nor a spaced symbol; money as an ISO code
                   joined to the figure, millions as a joined "m" ("PEN2.46m", "PEN740,000",
                   "USD41.75/lb", "PEN6.80/kg"), never "S/", "soles", "$", "million"; shares as
                   "N%" joined or a Unicode fraction ("⅒", "⅕", "7\N{FRACTION SLASH}10"); hedges "near enough"
                   (about), "the best part of" (nearly), "more than", "under", "up to", "at
                   least", never "about", "some", "around", "roughly", "nearly", "almost",
                   "approx.", "circa", "~", "over"; attribution only as "on <actor>'s
                   figures / estimate / account" ("according to", "said", "says", "told",
                   "reported", "per" never appear); EVERY numeric claim labelled in FRENCH from
                   a fixed list (colis contrôlés, cocaïne saisie, effectifs, prix ...); non-numeric
                   claims never
  blethyn.yaml     Carys: ids CB_NNNN; English, also for Spanish sources; EVERY FIGURE COPIED AS
                   THE SOURCE PRINTS IT: each number in a statement (four-digit years excepted)
                   occurs, character for character, in one of the claim's quotes ("1.840
                   parcels", "57,8 kilograms", "2,74 million soles", "S/2.46m"), a number the
                   source writes in words is written in English words ("Twenty-three",
                   "Sixty-four", "eight", "Seven in ten", "three-quarters", "half"); hedges
                   "some" (about), "nearly", "more than", "fewer than", "up to", "at least",
                   never "about", "around", "roughly", "approximately", "approx.", "circa",
                   "almost", "over", "~"; labels, numeric only, on 35-65 % of the numeric claims,
                   as SQL-style aggregates "count(parcels)", "sum(kg)", "share(voluntary)"
  uscamayta.yaml   Maricielo: ids MUR-NNN; telegraphic Spanish of a press-monitoring desk,
                   also for English sources; EVERY statement opens with who asserts it and a
                   colon, the string equal to the claim's attributed_to and from a fixed list
                   ("Policía Nacional: ", "Alcalde Donato Alvarado Quispe: ", "Sachapata Data
                   Studio: ", "The Headwaters Journal: " ...); every figure in digits (no number
                   word), a point for four digits (1.840), "mil" for 10.000 to 999.999 ("S/ 480
                   mil", "45,5 mil acres"), "mill." for millions ("S/ 2,74 mill."), never
                   "millones"; decimal comma; money "S/ ", dollars "US$ "; shares "N %" or "N de
                   cada M"; hedges: "aprox." AFTER the figure (about: "230 km aprox.", "3 t
                   aprox."), "casi", "arriba de" (more than), "menos de", "hasta", "al menos",
                   never "unos", "unas", "aproximadamente", "alrededor de", "cerca de", "más
                   de", "más o menos", "por lo menos", "poco más de"; "setiembre"; labels,
                   numeric only, on 35-65 % of the numeric claims, as "medida «caso»"
  quispicusi.yaml  Filomeno: ids qt-NNNNN; Spanish "sumillas", also for English sources: EVERY
                   statement is a nominal entry with no conjugated verb, opening with a noun
                   ("Revisión ...", "Hallazgo ...", "Proporción ...", "Costo ..."; never an
                   article, a preposition or a figure) and closing with place and time in
                   brackets and a full stop ("(Pichari, julio de 2018)."); every figure in
                   digits, a point for four digits, "mil" for 10.000 to 999.999 ("22 mil"),
                   "millones" for millions ("S/ 2,46 millones"), never "mill."; decimal comma;
                   shares "por ciento", "N de cada M" or "N/M"; hedges "alrededor de" (about),
                   "casi", "más de", "menos de", "hasta", "por lo menos", never "unos", "unas",
                   "aproximadamente", "cerca de", "aprox.", "arriba de", "más o menos", "al
                   menos"; "setiembre"; never a label

Every analyst writes 45-60 claims and cites at least 9 of the 12 texts, at least 3 of them in
the language the analyst does not write; every text is cited by at least two analysts.
Exit code 0 when there is no error (warnings allowed), 1 otherwise.
Only PyYAML is needed; the script does not import the vraem_claims package.
"""

from __future__ import annotations

import re
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for corpus_checks
# The writers' working copy, outside the repository, kept its own copy of corpus_checks
# in build/ (identical to eval/corpus_checks.py).
if not (HERE.parent / "corpus_checks.py").is_file():
    for extra in (HERE, HERE / "build"):
        if (extra / "corpus_checks.py").is_file():
            sys.path.insert(0, str(extra))
            break
import corpus_checks as cc  # noqa: E402

err, is_numeric = cc.err, cc.is_numeric

CORPUS = cc.corpus_folder(HERE)  # corpus/ in the repository, HERE in a working copy

FOOT = 0.3048
POUND = 0.45359237
ACRE_HA = 0.40468564224
MILE_M = cc.MILE_KM * 1000
QUINTAL = 46.0  # the 46-kg coffee quintal of t09
UNITS = {
    "mass": {
        **cc.MASS,
        "lb": POUND,
        "pounds": POUND,
        "libras": POUND,
    },
    "length": {
        "km": 1000,
        "kilómetros": 1000,
        "kilometres": 1000,
        "m": 1,
        "metres": 1,
        "metros": 1,
        "ft": FOOT,
        "feet": FOOT,
        "pies": FOOT,
        "mi": MILE_M,
        "miles": MILE_M,
        "millas": MILE_M,
    },
    "area": {  # base unit: square metre
        "ha": 10000,
        "hectares": 10000,
        "hectáreas": 10000,
        "ac": ACRE_HA * 10000,
        "acres": ACRE_HA * 10000,
    },
    "volume": {
        "l": 1,
        "litres": 1,
        "litros": 1,
        "gal": cc.GALLON_L,
        "gallons": cc.GALLON_L,
        "galones": cc.GALLON_L,
    },
    "share": {"%": 1, "percent": 1, "per cent": 1, "por ciento": 1},
    "soles": {"soles": 1, "s/": 1, "pen": 1},
    "usd/kg": {
        "usd/kg": 1,
        "us$/kg": 1,
        "us$ por kilo": 1,
        "usd/lb": 1 / POUND,
        "us$/lb": 1 / POUND,
        "us$ por libra": 1 / POUND,
        "$ per pound": 1 / POUND,
    },
    "soles/kg": {
        "pen/kg": 1,
        "soles/kg": 1,
        "soles per kg": 1,
        "soles el kilo": 1,
        "soles per quintal": 1 / QUINTAL,
        "soles por quintal": 1 / QUINTAL,
    },
    "years": {"years": 1, "años": 1},
    "months": {"months": 1, "meses": 1},
    "points": {"points": 1, "puntos": 1},
}

SPANISH_HINT = re.compile(
    r"[áéíóúñ¿¡«»]|\b(el|la|los|las|del|al|en|por|se|y|de|una?|con|sin|para|desde|hasta|más|"
    r"según|entre|hay|que)\b",
    re.I,
)
ENGLISH_HINT = re.compile(
    r"\b(the|of|in|and|by|was|were|from|to|with|at|had|per|for|a|on|is|are|has|have)\b", re.I
)
ES_WORDS = re.compile(r"\b(el|la|los|las|del|de|que|por|según|con|para|una|hubo|fue|en|y)\b", re.I)
EN_WORDS = re.compile(r"\b(the|of|and|was|were|by|with|from|that|had|is|are|in|to)\b", re.I)
UNGROUPED = re.compile(r"(?<![\d.,'·\u202f-])(?!(?:19|20)\d\d(?![\d.,·]))\d{4,}(?![\d.,'·\u202f])")
EN_NUMBER_WORD = re.compile(
    r"\b(zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|"
    r"seventy|eighty|ninety|hundred|thousand|million|billion|dozen|half|third|quarter|fifth|"
    r"twice|doubled)\b",
    re.I,
)
ES_NUMBER_WORD = re.compile(
    r"\b(uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince|"
    r"dieci\w+|veint\w+|treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa|cien|"
    r"ciento|millón|mitad|tercio|tercios|tercera|cuarta|cuartas|quinta|séptima|docena|"
    r"docenas)\b",
    re.I,
)
ES_MONTH_NAME = re.compile(
    r"\b(enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|"
    r"noviembre|diciembre)\b",
    re.I,
)
MEASURE_DIMS = {"mass", "length", "area", "volume"}
MONEY_DIMS = {"soles", "usd/kg", "soles/kg"}

# Ngaire Penwarden
N_LABELS = {
    "colis contrôlés",
    "colis avec cocaïne",
    "colis avec drogue",
    "colis saisis",
    "cocaïne saisie",
    "saisies",
    "part des saisies",
    "effectifs",
    "effectifs policiers",
    "personnes arrêtées",
    "condamnés",
    "policiers poursuivis",
    "budget",
    "coût",
    "âge",
    "foule",
    "blessés",
    "dégâts",
    "distance",
    "capacité",
    "donneurs volontaires",
    "part des volontaires",
    "unités collectées",
    "unités écartées",
    "volume",
    "lots",
    "lots inscrits",
    "note",
    "prix",
    "prix au gagnant",
    "poids du lot",
    "altitude",
    "surface caféière",
    "part du producteur",
}
N_HEDGE = {
    "about": r"\bnear enough (?:PEN|USD|[⅒⅕⅓¼¾])?\d?",
    "nearly": r"\bthe best part of (?:PEN|USD)?[\d⅒⅕⅓¼¾]",
    "more_than": r"\bmore than (?:PEN|USD)?\d",
    "less_than": r"\bunder (?:PEN|USD)?\d",
    "at_most": r"\bup to (?:PEN|USD)?\d",
    "at_least": r"\bat least (?:PEN|USD)?\d",
}
N_FORBIDDEN = re.compile(
    r"\b(about|some|around|roughly|approximately|approx\.|nearly|almost|circa|c\.)(?=\s)|~|"
    r"\bover \d",
    re.I,
)
N_ATTRIBUTION = re.compile(r"\b(according to|said|says|told|reported|per)\b", re.I)
N_UNIT_WORDS = re.compile(
    r"\b(kilos|kilograms?|tonnes?|tons|pounds|hectares?|acres|metres?|meters?|feet|foot|miles|"
    r"kilometres?|kilometers?|litres?|liters?|gallons?|per cent|percent)\b",
    re.I,
)
N_JOINED = re.compile(r"\d(?:kg|lb|t|km|mi|m|ft|ha|ac|L|gal)\b")
N_SPACED = re.compile(r"\d (?:kg|lb|km|mi|m|ft|ha|ac|L|gal)\b")
N_FRACTION = re.compile(r"[⅒⅕⅓¼¾]|\d\u2044\d")
# Carys Blethyn
B_LABEL = re.compile(r"(count|sum|max|avg|share)\([a-z_]+\)")
B_HEDGE = {
    "about": r"\bsome (?:S/ ?|\$)?[\dA-Za-z]",
    "nearly": r"\bnearly (?:S/ ?|\$)?[\dA-Za-z]",
    "more_than": r"\bmore than (?:S/ ?|\$)?[\dA-Za-z]",
    "less_than": r"\bfewer than [\dA-Za-z]",
    "at_most": r"\bup to (?:S/ ?|\$)?[\dA-Za-z]",
    "at_least": r"\bat least (?:S/ ?|\$)?[\dA-Za-z]",
}
B_FORBIDDEN = re.compile(
    r"\b(about|around|roughly|approximately|approx\.|circa|almost|over)(?=\s)|~", re.I
)
B_NUMBER = re.compile(r"\d(?:[\d.,]*\d)?")
# Maricielo Uscamayta Rivadeneyra
M_ACTORS = {
    "The Headwaters Journal",
    "Policía Nacional",
    "Kestrel Newswire",
    "Juzgado Penal Colegiado de La Convención",
    "Coronel PNP Isaías Roca Huillca",
    "Sachapata Data Studio",
    "Alcalde Donato Alvarado Quispe",
    "Ridge & River Notes",
    "Familia de Dilmer Ttito Cusi",
    "Red Thread Health Partners",
    "Diresa Cusco",
    "Dra. Yolanda Huarhua Pizarro",
    "Journal of Specialty Crop Markets",
    "Diario Selva Alta",
    "Junta Cafetalera Apurímac-Ene",
}
M_LABEL = re.compile(r"[a-záéíóúñ]+(?: [a-záéíóúñ]+)* «[^«»]+»")
M_HEDGE = {
    "about": r"\d[^:;]*? aprox\.",
    "nearly": r"\bcasi (?:S/ |US\$ )?\d",
    "more_than": r"\barriba de (?:S/ |US\$ )?\d",
    "less_than": r"\bmenos de (?:S/ |US\$ )?\d",
    "at_most": r"\bhasta (?:S/ |US\$ )?\d",
    "at_least": r"\bal menos (?:S/ |US\$ )?\d",
}
M_FORBIDDEN = re.compile(
    r"\b(unos|unas|aproximadamente|alrededor de|cerca de|más de|más o menos|por lo menos|"
    r"poco más de|millones)\b|aprox\. (?:S/ |US\$ )?\d",
    re.I,
)
# Filomeno Quispicusi Tapara
F_FIRST_FORBIDDEN = {
    "El",
    "La",
    "Los",
    "Las",
    "Lo",
    "Un",
    "Una",
    "Unos",
    "Unas",
    "En",
    "De",
    "Del",
    "Al",
    "Según",
    "Por",
    "Para",
    "Con",
    "Sin",
    "Hasta",
    "Desde",
    "Entre",
    "Casi",
    "Más",
    "Alrededor",
    "Menos",
}
F_FINITE = re.compile(
    r"\b(es|son|fue|fueron|era|eran|hay|hubo|habrá|había|tiene|tienen|tenía|tenían|tuvo|"
    r"está|están|estaba|estaban|será|serán|sería|dice|dicen|dijo|suma|suman|cuesta|cuestan|"
    r"funciona|funcionan|llega|llegan|recibe|reciben|atiende|atienden|se)\b|"
    r"\b\w+(?:ó|aron|ieron|aba|aban)\b",
    re.I,
)
F_HEDGE = {
    "about": r"\balrededor de (?:S/ |US\$ )?\d",
    "nearly": r"\bcasi (?:S/ |US\$ )?\d",
    "more_than": r"\bmás de (?:S/ |US\$ )?\d",
    "less_than": r"\bmenos de (?:S/ |US\$ )?\d",
    "at_most": r"\bhasta (?:S/ |US\$ )?\d",
    "at_least": r"\bpor lo menos (?:S/ |US\$ )?\d",
}
F_FORBIDDEN = re.compile(
    r"\b(unos|unas|aproximadamente|cerca de|arriba de|más o menos|al menos)\b|aprox\.|"
    r"\bmill\.",
    re.I,
)

LANG_OF_FILE = {
    "penwarden.yaml": "en",
    "blethyn.yaml": "en",
    "uscamayta.yaml": "es",
    "quispicusi.yaml": "es",
}
SRC_LANG: dict[str, str] = {}


def src_meta() -> dict[str, str]:
    if not SRC_LANG:
        for s in cc.load_yaml(CORPUS / "seeds" / "sources.yaml").get("sources", []):
            SRC_LANG[s["id"]] = s["language"]
    return SRC_LANG


def hedge_check(
    fname: str, cid: str, c: dict[str, Any], s: str, who: str, table: dict[str, str]
) -> None:
    """A hedged claim writes the analyst's hedge for its qualifier; an exact claim writes none."""
    q = c.get("qualifier")
    if not is_numeric(c):
        return
    if q in table:
        if not re.search(table[q], s, re.I):
            err(f"{fname}:{cid}: {who} writes {table[q]!r} for {q}")
    elif q in ("exact", "range"):
        for k, pat in table.items():
            if re.search(pat, s, re.I):
                err(f"{fname}:{cid}: {who}'s exact claim carries the hedge for {k}")
    elif q is not None:
        err(f"{fname}:{cid}: {who} has no hedge for {q}")


def lang_of(s: str) -> str:
    return "es" if len(ES_WORDS.findall(s)) > len(EN_WORDS.findall(s)) else "en"


def english(fname: str, cid: str, s: str, who: str) -> None:
    if not ENGLISH_HINT.search(s) or lang_of(s) != "en":
        err(f"{fname}:{cid}: {who} writes English here")
    if m := ES_MONTH_NAME.search(s):
        err(f"{fname}:{cid}: {who} writes English months ({m[0]!r})")


def spanish(fname: str, cid: str, s: str, who: str) -> None:
    if not SPANISH_HINT.search(s) or lang_of(s) != "es":
        err(f"{fname}:{cid}: {who} writes Spanish here")
    if re.search(r"septiembre", s, re.I):
        err(f"{fname}:{cid}: {who} writes 'setiembre'")
    if re.search(r"\d,\d{3}(?!\d)|\d\.\d{1,2}(?!\d)", s):
        err(f"{fname}:{cid}: {who} writes 1.840 and 61,4")
    if UNGROUPED.search(s):
        err(f"{fname}:{cid}: {who} groups four digits with a point (1.840)")
    if m := ES_NUMBER_WORD.search(re.sub(r"\bpor ciento\b", "", s)):
        err(f"{fname}:{cid}: {who} writes every figure in digits ({m[0]!r})")


def magnitude(fname: str, cid: str, s: str, big: float, who: str, million: str) -> None:
    """Figures of a million or more with `million` ("mill." or "millones"); 10.000 to 999.999
    with "mil"; never a grouped figure of five digits or more."""
    if big >= 1_000_000 and not re.search(r"\d " + re.escape(million) + r"(?!\w)", s):
        err(f"{fname}:{cid}: {who} writes millions as 'N {million}'")
    elif 10_000 <= big < 1_000_000 and not re.search(r"\d mil\b", s):
        err(f"{fname}:{cid}: {who} writes 10.000 to 999.999 as 'N mil'")
    if re.search(r"\b\d{1,3}\.\d{3}\.\d{3}\b|\b\d{2,3}\.\d{3}\b", s):
        err(f"{fname}:{cid}: {who} never groups five digits or more")


def style_check(fname: str, c: dict[str, Any]) -> None:
    """Each fictional analyst has habits; keep them, so the corpus stays varied."""
    src_meta()
    cid, label = str(c.get("id", "?")), c.get("quantity")
    s = str(c.get("statement", ""))
    numeric = is_numeric(c)
    dim = cc.norm_unit(c.get("unit"), UNITS)[0] if numeric else None
    big = (numeric and max(abs(c.get(k) or 0) for k in ("value", "low", "high"))) or 0
    if fname == "penwarden.yaml":
        who = "Ngaire"
        if not re.fullmatch(r"pw:\d{4}", cid):
            err(f"{fname}:{cid}: {who}'s ids are pw:NNNN")
        english(fname, cid, s, who)
        if m := EN_NUMBER_WORD.search(s):
            err(f"{fname}:{cid}: {who} writes every figure in digits ({m[0]!r})")
        if re.search(r"\d\.\d{3}(?!\d)", s) or UNGROUPED.search(s):
            err(f"{fname}:{cid}: {who} groups thousands with commas")
        if m := N_UNIT_WORDS.search(s):
            err(f"{fname}:{cid}: {who} writes unit symbols joined to the figure ({m[0]!r})")
        if m := N_SPACED.search(s):
            err(f"{fname}:{cid}: {who} joins the unit symbol to the figure ({m[0]!r})")
        if dim in MEASURE_DIMS and not N_JOINED.search(s):
            err(f"{fname}:{cid}: {who} writes this measure as '61.4kg'")
        if re.search(r"S/|\bsoles\b|\$|\bdollars?\b|\bmillion\b|\bmn\b", s):
            err(f"{fname}:{cid}: {who} writes money as 'PEN2.46m' / 'USD14.20/lb'")
        if dim in MONEY_DIMS and not re.search(r"\b(PEN|USD)\d", s):
            err(f"{fname}:{cid}: {who} writes money with the ISO code joined ('PEN740,000')")
        if big >= 1_000_000 and not re.search(r"\d(?:\.\d+)?m\b", s):
            err(f"{fname}:{cid}: {who} writes millions with a joined 'm'")
        if dim == "share" and not (re.search(r"\d%", s) or N_FRACTION.search(s)):
            err(f"{fname}:{cid}: {who} writes shares as 'N%' or a fraction ('⅕')")
        if re.search(r"\d %", s):
            err(f"{fname}:{cid}: {who} joins '%' to the figure")
        if m := N_FORBIDDEN.search(s):
            err(f"{fname}:{cid}: {who}'s hedges are near enough / the best part of ({m[0]!r})")
        if m := N_ATTRIBUTION.search(s):
            err(f"{fname}:{cid}: {who} attributes with 'on X's figures' ({m[0]!r})")
        hedge_check(fname, cid, c, s, who, N_HEDGE)
        if numeric and str(label) not in N_LABELS:
            err(f"{fname}:{cid}: {who} labels every numeric claim in French, from her list")
        if not numeric and label is not None:
            err(f"{fname}:{cid}: {who} labels only numeric claims")
    elif fname == "blethyn.yaml":
        who = "Carys"
        if not re.fullmatch(r"CB_\d{4}", cid):
            err(f"{fname}:{cid}: {who}'s ids are CB_NNNN")
        english(fname, cid, s, who)
        quotes = [str(q.get("quote", "")) for q in c.get("citations", [])]
        for m in B_NUMBER.finditer(s):
            tok = m[0]
            if re.fullmatch(r"(?:19|20)\d\d", tok):
                continue
            if not any(
                re.search(r"(?<![\d.,])" + re.escape(tok) + r"(?![\d]|[.,]\d)", q) for q in quotes
            ):
                err(f"{fname}:{cid}: {who} copies figures as the source prints them ({tok!r})")
        if m := B_FORBIDDEN.search(s):
            err(f"{fname}:{cid}: {who}'s hedges are some / nearly / more than ({m[0]!r})")
        hedge_check(fname, cid, c, s, who, B_HEDGE)
        if label is not None and (not numeric or not B_LABEL.fullmatch(str(label))):
            err(f"{fname}:{cid}: {who}'s labels are 'count(parcels)' aggregates, numeric only")
    elif fname == "uscamayta.yaml":
        who = "Maricielo"
        if not re.fullmatch(r"MUR-\d{3}", cid):
            err(f"{fname}:{cid}: {who}'s ids are MUR-NNN")
        actor = str(c.get("attributed_to", ""))
        if actor not in M_ACTORS:
            err(f"{fname}:{cid}: {who}'s actor {actor!r} is not on her list")
        if not s.startswith(actor + ": "):
            err(f"{fname}:{cid}: {who} opens with the asserting actor and a colon ({actor!r})")
        body = s[len(actor) + 2 :] if s.startswith(actor + ": ") else s
        spanish(fname, cid, body, who)
        if numeric:
            magnitude(fname, cid, body, big, who, "mill.")
        if dim in ("soles", "soles/kg") and not re.search(r"S/ \d", body):
            err(f"{fname}:{cid}: {who} writes money as 'S/ ...'")
        if dim == "usd/kg" and not re.search(r"US\$ \d", body):
            err(f"{fname}:{cid}: {who} writes dollars as 'US$ ...'")
        if dim == "share" and not re.search(r"\d %|\d de cada \d", body):
            err(f"{fname}:{cid}: {who} writes shares as 'N %' or 'N de cada M'")
        if m := M_FORBIDDEN.search(body):
            err(f"{fname}:{cid}: {who}'s hedges are a closing aprox. / casi / arriba de ({m[0]!r})")
        hedge_check(fname, cid, c, body, who, M_HEDGE)
        if label is not None and (not numeric or not M_LABEL.fullmatch(str(label))):
            err(f"{fname}:{cid}: {who}'s labels are 'medida «caso»', numeric only")
    elif fname == "quispicusi.yaml":
        who = "Filomeno"
        if not re.fullmatch(r"qt-\d{5}", cid):
            err(f"{fname}:{cid}: {who}'s ids are qt-NNNNN")
        spanish(fname, cid, s, who)
        first = re.match(r"[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+\b", s)
        if not first or first[0] in F_FIRST_FORBIDDEN:
            err(f"{fname}:{cid}: {who}'s sumillas open with a noun")
        if not re.search(r" \([^()]+\)\.$", s):
            err(f"{fname}:{cid}: {who}'s sumillas close with '(place, time).'")
        if m := F_FINITE.search(s):
            err(f"{fname}:{cid}: {who}'s sumillas have no conjugated verb ({m[0]!r})")
        if numeric:
            magnitude(fname, cid, s, big, who, "millones")
        if dim in ("soles", "soles/kg") and not re.search(r"S/ \d", s):
            err(f"{fname}:{cid}: {who} writes money as 'S/ ...'")
        if dim == "usd/kg" and not re.search(r"US\$ \d", s):
            err(f"{fname}:{cid}: {who} writes dollars as 'US$ ...'")
        if dim == "share" and not re.search(r"\d por ciento|\d de cada \d|\d/\d", s):
            err(f"{fname}:{cid}: {who} writes shares as 'N por ciento' or 'N de cada M'")
        if "%" in s:
            err(f"{fname}:{cid}: {who} never writes '%'")
        if m := F_FORBIDDEN.search(s):
            err(f"{fname}:{cid}: {who}'s hedges are alrededor de / casi / más de ({m[0]!r})")
        hedge_check(fname, cid, c, s, who, F_HEDGE)
        if label is not None:
            err(f"{fname}:{cid}: {who} never writes a quantity label")
    else:
        err(f"{fname}: unexpected claims file")


def analyst_mix(claims: dict[str, dict[str, Any]]) -> None:
    """File-level habits: Ngaire labels every numeric claim, Carys and Maricielo 35-65 %,
    Filomeno none; every analyst writes 45-60 claims and cites at least 9 of the 12 texts, at
    least 3 in the other language; every text is cited by two."""
    d: Counter[Any] = Counter()
    texts: dict[str, set[str]] = defaultdict(set)
    sl = src_meta()
    for c in claims.values():
        f = c["_file"]
        d[(f, "claims")] += 1
        if is_numeric(c):
            d[(f, bool(c.get("quantity")))] += 1
        for cit in c.get("citations", []):
            texts[f].add(cit.get("source"))
    for fname, who, lo, hi in (
        ("penwarden.yaml", "Ngaire", 1.0, 1.0),
        ("blethyn.yaml", "Carys", 0.35, 0.65),
        ("uscamayta.yaml", "Maricielo", 0.35, 0.65),
        ("quispicusi.yaml", "Filomeno", 0.0, 0.0),
    ):
        yes, no = d[(fname, True)], d[(fname, False)]
        if not lo <= yes / max(yes + no, 1) <= hi:
            err(
                f"{fname}: {who} labels {lo:.0%}-{hi:.0%} of the numeric claims, got {yes} of {yes + no}"
            )
    for fname in LANG_OF_FILE:
        if not 45 <= d[(fname, "claims")] <= 60:
            err(f"{fname}: expected 45-60 claims, got {d[(fname, 'claims')]}")
    for fname, srcs in texts.items():
        if len(srcs) < 9:
            err(f"{fname}: cites only {len(srcs)} of the 12 texts")
        own = LANG_OF_FILE.get(fname)
        other = [s for s in srcs if sl.get(s) != own]
        if len(other) < 3:
            err(f"{fname}: cites only {len(other)} texts in the other language")
    cc.sources_cited_by_two(claims, 12)


def extra_traps(claims: dict[str, dict[str, Any]]) -> None:
    """`partial-period` traps: both claims in one group, their spans differ and one contains the
    other; `plan-vs-outcome` traps between numeric claims: different groups. Also: the
    consistency warnings of corpus_checks are dropped for pairs listed as traps."""
    path = HERE / "expected.yaml"
    if not path.exists():
        return
    exp = cc.load_yaml(path)
    meta = {s["id"]: s for s in cc.load_yaml(CORPUS / "seeds" / "sources.yaml").get("sources", [])}
    group_of = {cid: g["name"] for g in exp.get("quantity_groups", []) for cid in g["claims"]}
    trap_pairs = set()
    for t in exp.get("non_duplicate_traps", []):
        a, b = t.get("pair", [None, None])
        trap_pairs.add(frozenset((a, b)))
        why = str(t.get("why", ""))
        if a not in claims or b not in claims:
            continue
        if why.startswith("[plan-vs-outcome]"):
            if all(is_numeric(claims[x]) for x in (a, b)) and group_of.get(a) == group_of.get(b):
                err(f"trap {[a, b]}: plan-vs-outcome needs numeric claims in different groups")
            continue
        if not why.startswith("[partial-period]"):
            continue
        if group_of.get(a) != group_of.get(b):
            err(f"trap {[a, b]}: partial-period needs both claims in one group")
        spans = []
        for x in (a, b):
            start, end = cc.when(claims[x], meta)
            spans.append((start[0], end[1]))
        (s1, e1), (s2, e2) = spans
        if (s1, e1) == (s2, e2):
            err(f"trap {[a, b]}: partial-period claims cover the same span")
        elif not ((s1 <= s2 and e2 <= e1) or (s2 <= s1 and e1 <= e2)):
            err(f"trap {[a, b]}: partial-period needs one span inside the other")
    original = cc.warn

    def warn(msg: str) -> None:
        m = re.search(r": (\S+) and (\S+) agree in value", msg)
        if m and frozenset((m[1], m[2])) in trap_pairs:
            return
        original(msg)

    cc.warn = warn


SETTINGS = cc.Settings(
    root=HERE,  # eval/blind27
    units=UNITS,
    text_bytes=(1250, 1600),
    text_size="1.25-1.6 KB",
    trap_kinds=cc.TRAP_KINDS
    | cc.SAME_GROUP_KINDS
    | cc.OTHER_GROUP_KINDS
    | {"partial-period", "plan-vs-outcome"},
    published_years=(2016, 2026),
    balanced_languages=True,
    source_count=(12, 12),
    strict_traps=True,
    claim_checks=(style_check,),
    all_claims_checks=(analyst_mix, cc.group_traps(HERE, UNITS), extra_traps),
)

if __name__ == "__main__":
    sys.exit(cc.main(SETTINGS))
