#!/usr/bin/env python3
"""Validate the BLIND23 vraem-claims test corpus and its ground truth.

Usage:  python eval/blind23/check_corpus.py [--verbose]

Uses the shared checks of eval/corpus_checks.py (quotes, ids, groups, duplicate pairs,
closure, traps; see its docstring), with this corpus's settings: 1.25-1.6 KB texts
published 2016-2026, 12 sources, as many English as Spanish; its units (kg/kilos/kilograms/
kilogramos/tonnes/t/pounds/lb; km/kilómetros/m/metres/metros/msnm/miles/millas/feet; ha/
hectáreas/hectares/km²/acres; %; % a month (% per month/% mensual); soles/S/; US$; litres a day
(litros al día/gallons a day); t of CO2 (t CO2/tCO2/metric tons of CO2); soles per hectare a
year; hours/horas; years/años); all trap kinds of corpus_checks plus `initial-vs-corrected`
(same group, disjoint values), `part-vs-whole` (different groups) and `partial-period` (same
group; a count over part of a period against the count of the whole period: the two end at
different dates); the strict trap checks (series traps at different times, series-same-value
traps overlapping, lookalike traps sharing a number). The consistency warnings of
corpus_checks are not printed for pairs that expected.yaml lists as traps. Per-analyst style
checks:

  stansfield.yaml    Marguerite: ids mgs-NNN; English, also for Spanish sources; every figure
                     in digits (no number word but "million"), comma grouping (also of four
                     digits); shares and rates as decimal proportions "0.61" (never "%", "per
                     cent", "percent", "one in N"; at least 4 statements); money "N soles" /
                     "N million soles", "US$7.1 million", never "S/", "PEN"; hedges "or
                     thereabouts" (about), "approaching" (nearly), "exceeding" (more_than),
                     never "about", "some", "around", "roughly", "approximately", "nearly",
                     "almost", "more than", "over N", "circa"; EVERY numeric claim labelled
                     with a Stata-style variable name (lower case, 3-8 letters or digits);
                     non-numeric claims never labelled
  tolhurst.yaml      Ambrose: ids at-NNNN; American English, also for Spanish sources; every
                     metric figure and every sol amount converted in the prose, the source's
                     figure in parentheses right after the conversion ("$143,000 (S/
                     500,000)", "135 feet (41 m)", "9,880 acres (4,000 ha)"; conversions
                     checked: S/ 3.50 per US$, feet, miles, acres, square miles, within 1 %;
                     at least 10 statements); no metric unit or "S/" outside parentheses (bar
                     "metric tons"); dollars "$", never "US$", "soles", "PEN"; "%" joined;
                     digits only (no number word but "million"), comma grouping; US spelling
                     (never "metres", "litres", "kilometres", "Defence", "instalments",
                     "recognised", "organised"); day dates month first ("September 4, 2016");
                     hedges "about", "almost" (nearly), "more than", never "some", "roughly",
                     "around", "approximately", "nearly", "or so", "circa"; labels, numeric
                     only, on 35-65 % of the numeric claims, upper-case wire slugs
                     ("CATTLE-THEFT", "RETONO-AREA")
  quillahuaman.yaml  Florencia: ids fq.NNN; Spanish, also for English sources, in the present
                     tense (no preterite or imperfect: "-aron", "-(i)eron", "-ó", "-aba", "fue",
                     "hubo", "había", "era" ...); shares always "N de cada 100" (never "%",
                     "por ciento"; at least 6 statements); digits with a point for thousands
                     also of four digits, decimal comma; "mil" / "millones" only after a
                     figure; money "S/ ...", "US$ ..."; "setiembre"; hedges "un aproximado de"
                     (about), "casi" (nearly), "por encima de" (more_than), never "unos",
                     "unas", "cerca de", "alrededor de", "aproximadamente", "más de", "en torno
                     a"; never a label
  yarasca.yaml       Evaristo: ids eyn.NNN; Spanish, also for English sources; every statement
                     carries ONE attribution acronym in parentheses from his list ((PNP),
                     (PJ), (MP), (CC.CC.), (RR.CC.), (MDS), (DC), (VCS), (CIW), (FRO), (REG),
                     (OR), (LNA), (DLR), (AFN)), matching attributed_to; units abbreviated
                     after a figure ("cab.", "has.", "fam.", "viv.", "pers.", never
                     "cabezas", "reses", "hectáreas", "familias", "viviendas", "personas",
                     "litros", "galones", "metros" after a figure); dates as "04-Set-2016" /
                     "Mar-2023" (valid; at least 15 statements), never a month's full name;
                     every figure in digits (no "mil", "millones", no number word), a point
                     for thousands also of four digits, decimal comma; money "S/ 1.800.000";
                     shares "33,3 %"; hedges "alrededor de" (about), "casi" (nearly), "más
                     de" (more_than), never "unos", "aproximadamente", "cerca de", "un
                     aproximado de", "por encima de"; labels, numeric only, on 35-65 % of the
                     numeric claims, upper case without accents ("GANADO ROBADO")

Every analyst writes 45-60 claims and cites at least 9 of the 12 texts, at least 3 of them in
the language the analyst does not write; every text is cited by at least two analysts.
Exit code 0 when there is no error (warnings allowed), 1 otherwise.
Only PyYAML is needed; the script does not import the vraem_claims package.
"""

from __future__ import annotations

import datetime as dt
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
UNITS = {
    "mass": {**cc.MASS, "pounds": POUND, "lb": POUND},
    "length": {
        "km": 1000,
        "kilómetros": 1000,
        "m": 1,
        "metres": 1,
        "meters": 1,
        "metros": 1,
        "msnm": 1,
        "miles": MILE_M,
        "mile": MILE_M,
        "millas": MILE_M,
        "milla": MILE_M,
        "feet": FOOT,
    },
    "area": {"ha": 1, "has.": 1, "hectáreas": 1, "hectares": 1, "km²": 100, "acres": ACRE_HA},
    "share": {"%": 1, "per cent": 1, "por ciento": 1},
    "monthly rate": {"% per month": 1, "% a month": 1, "% mensual": 1, "% al mes": 1},
    "soles": {"soles": 1, "s/": 1, "pen": 1},
    "usd": {"us$": 1, "usd": 1, "dollars": 1},
    "volume a day": {"litros al día": 1, "litres a day": 1, "gallons a day": cc.GALLON_L},
    "co2": {"t co2": 1, "tco2": 1, "metric tons of co2": 1, "toneladas de co2": 1},
    "soles/ha/year": {"soles/ha/year": 1, "soles por ha al año": 1},
    "usd/t co2": {"us$/t co2": 1},
    "hours": {"hours": 1, "horas": 1},
    "years": {"years": 1, "años": 1},
}
SHARE_DIMS = {"share", "monthly rate"}

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
    r"seventy|eighty|ninety|hundred|thousand|million|billion|dozen|half|third|quarter|fifth)\b",
    re.I,
)
ES_NUMBER_WORD = re.compile(
    r"\b(uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince|"
    r"dieci\w+|veint\w+|treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa|cien|"
    r"ciento|mil|millones|millón|mitad|tercio|tercera|cuarta|docena)\b",
    re.I,
)
EN_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
ES_MONTHS = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "setiembre",
    "octubre",
    "noviembre",
    "diciembre",
]
EN_MONTH = "|".join(EN_MONTHS)
ES_MONTH = "|".join(ES_MONTHS) + "|septiembre"
ES_MONTH_NAME = re.compile(rf"\b({ES_MONTH})\b", re.I)

# Marguerite Stansfield
M_FORBIDDEN = re.compile(
    r"\b(about|some|around|roughly|approximately|nearly|almost|more than|circa|give or take)\b"
    r"|\bover \d|~|\bc\. ?\d",
    re.I,
)
M_HEDGE = {
    "about": r"\bor thereabouts\b",
    "nearly": r"\bapproaching\b",
    "more_than": r"\bexceeding\b",
}
M_PROPORTION = re.compile(r"(?<![\d.])0\.\d\d(?!\d)")
M_LABEL = re.compile(r"[a-z][a-z0-9]{2,7}")
# Ambrose Tolhurst
A_FORBIDDEN = re.compile(
    r"\b(some|roughly|around|approximately|nearly|circa|or so|give or take|upwards of)\b|~", re.I
)
A_HEDGE = {"about": r"\babout\b", "nearly": r"\balmost\b", "more_than": r"\bmore than\b"}
A_UK = re.compile(
    r"\b(metres|litres|kilometres|Defence|instalments|recognised|organised|programme|tonnes)\b"
)
A_METRIC = re.compile(r"\d\s?(km²|km|m|ha|kg|kilograms|kilometers|meters|hectares|liters|t)\b")
A_US = r"(?:feet|foot|miles?|acres|square miles|pounds|gallons)"
A_PAREN = re.compile(
    rf"(\$(?P<usd>[\d,.]+)(?P<usdm> million)?|(?P<us>[\d,.]+)[- ](?P<usu>{A_US}))"
    rf"(?: [a-z-]+)? \((?P<orig>S/ (?P<sol>[\d,.]+)(?P<solm> million)?|(?P<met>[\d,.]+) "
    rf"(?P<metu>km²|km|m|ha))\)"
)
A_FACTOR = {  # source unit -> (US unit, factor)
    "km": {"miles": 0.621371, "mile": 0.621371},
    "m": {"feet": 3.28084, "foot": 3.28084},
    "ha": {"acres": 2.47105},
    "km²": {"square miles": 0.386102},
}
A_LABEL = re.compile(r"[A-Z]+(?:-[A-Z]+)+")
# Florencia Quillahuamán Tacsa
F_PAST = re.compile(
    r"\b\w+(?:aron|ieron|eron)\b|\b\w{2,}ó\b|\b\w+(?:aba|aban)\b|\b(?:fue|fueron|hubo|había|habían|"
    r"era|eran|estaba|estaban|estuvo|tenía|tenían|iba|iban|dijo|pudo|hizo)\b",
    re.I,
)
F_FORBIDDEN = re.compile(
    r"\b(unos|unas|cerca de|alrededor de|aproximadamente|aprox\.?|más de|en torno a|menos de)\b",
    re.I,
)
F_HEDGE = {
    "about": r"\bun aproximado de\b",
    "nearly": r"\bcasi\b",
    "more_than": r"\bpor encima de\b",
}
# Evaristo Yarasca Ñaccha
E_TAG = {
    "CC.CC.": "comunidades campesinas de Santillana (dirigentes)",
    "PNP": "Policía Nacional del Perú",
    "PJ": "Juzgado Penal Colegiado Supraprovincial de Huanta",
    "MP": "Fiscalía Provincial Penal de Pichari",
    "RR.CC.": "rondas campesinas de Huanta",
    "MDS": "Municipalidad Distrital de Sivia",
    "DC": "Defensa Civil",
    "VCS": "Verdanza Carbono S.A.C.",
    "CIW": "Carbon Integrity Watch",
    "FRO": "Four Rivers Observatory",
    "REG": "registro del estándar de carbono",
    "OR": "Overland Review",
    "LNA": "Lodestar News Agency",
    "DLR": "Diario La Retama",
    "AFN": "Apurímac Field Notes",
}
E_TAG_RE = re.compile(r"\((" + "|".join(re.escape(t) for t in E_TAG) + r")\)")
E_MON = ["Ene", "Feb", "Mar", "Abr", "May", "Jun", "Jul", "Ago", "Set", "Oct", "Nov", "Dic"]
E_DATE = re.compile(rf"\b(?:(\d{{2}})-)?({'|'.join(E_MON)})-((?:19|20)\d\d)\b")
E_FULL_UNIT = re.compile(
    r"\d[\d.,]*\s+(cabezas|reses|hectáreas|hectareas|familias|viviendas|personas|litros|galones|metros)\b",
    re.I,
)
E_ABBR = {
    "cabezas": "cab.",
    "hectáreas": "has.",
    "familias": "fam.",
    "viviendas": "viv.",
    "personas": "pers.",
}
E_FORBIDDEN = re.compile(
    r"\b(unos|unas|aproximadamente|cerca de|aprox\.?|en torno a|un aproximado de|por encima de)\b",
    re.I,
)
E_HEDGE = {"about": r"\balrededor de\b", "nearly": r"\bcasi\b", "more_than": r"\bmás de\b"}
E_LABEL = re.compile(r"[A-Z]+(?: [A-Z]+)*")

SRC_LANG: dict[str, str] = {}
META: dict[str, dict[str, Any]] = {}


def src_meta() -> dict[str, dict[str, Any]]:
    if not META:
        for s in cc.load_yaml(CORPUS / "seeds" / "sources.yaml").get("sources", []):
            META[s["id"]] = s
            SRC_LANG[s["id"]] = s["language"]
    return META


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
        err(f"{fname}:{cid}: {who} writes English")
    if m := ES_MONTH_NAME.search(s):
        err(f"{fname}:{cid}: {who} writes English months ({m[0]!r})")
    if m := EN_NUMBER_WORD.search(re.sub(r"\bmillion\b", "", s)):
        err(f"{fname}:{cid}: {who} writes every figure in digits ({m[0]!r})")
    if re.search(r"\d\.\d{3}(?!\d)", s) or UNGROUPED.search(s):
        err(f"{fname}:{cid}: {who} groups thousands with commas")


def spanish(fname: str, cid: str, s: str, who: str) -> None:
    if not SPANISH_HINT.search(s) or lang_of(s) != "es":
        err(f"{fname}:{cid}: {who} writes Spanish")
    if re.search(r"septiembre", s, re.I):
        err(f"{fname}:{cid}: {who} writes 'setiembre'")
    if re.search(r"\d,\d{3}(?!\d)|\d\.\d{1,2}(?!\d)", s) or UNGROUPED.search(s):
        err(f"{fname}:{cid}: {who} writes 1.360 and 1,8")


def tolhurst_conversions(fname: str, cid: str, s: str) -> int:
    """Check every '(source figure)' conversion; return how many there are."""
    n = 0
    for m in A_PAREN.finditer(s):
        n += 1
        if m["sol"]:
            usd = float(m["usd"].replace(",", "")) * (1e6 if m["usdm"] else 1)
            sol = float(m["sol"].replace(",", "")) * (1e6 if m["solm"] else 1)
            ratio, want = (usd / sol) if sol else 0, 1 / 3.5
        elif m["met"] and m["us"]:
            us = float(m["us"].replace(",", ""))
            met = float(m["met"].replace(",", ""))
            want = A_FACTOR.get(m["metu"], {}).get(m["usu"])
            ratio = us / met if met else 0
            if want is None:
                err(f"{fname}:{cid}: Ambrose converts {m['metu']} to {m['usu']}?")
                continue
        else:
            err(
                f"{fname}:{cid}: Ambrose converts soles to dollars and metric to US units ({m[0]!r})"
            )
            continue
        if abs(ratio / want - 1) > 0.01:
            err(f"{fname}:{cid}: conversion off by more than 1 % ({m[0]!r})")
    outside = re.sub(r"\([^)]*\)", "", s)
    if re.search(r"S/", outside):
        err(f"{fname}:{cid}: Ambrose writes soles only in parentheses after the dollars")
    if m := A_METRIC.search(outside.replace("metric tons", "")):
        err(f"{fname}:{cid}: Ambrose writes metric figures only in parentheses ({m[0]!r})")
    return n


def style_check(fname: str, c: dict[str, Any]) -> None:
    """Each fictional analyst has habits; keep them, so the corpus stays varied."""
    cid, label = str(c.get("id", "?")), c.get("quantity")
    s = str(c.get("statement", ""))
    numeric = is_numeric(c)
    dim = cc.norm_unit(c.get("unit"), UNITS)[0] if numeric else None
    if fname == "stansfield.yaml":
        if not re.fullmatch(r"mgs-\d{3}", cid):
            err(f"{fname}:{cid}: Marguerite's ids are mgs-NNN")
        english(fname, cid, s, "Marguerite")
        if re.search(r"%|per ?cent|\bone in\b", s, re.I):
            err(f"{fname}:{cid}: Marguerite writes shares as proportions")
        if dim in SHARE_DIMS and not M_PROPORTION.search(s):
            err(f"{fname}:{cid}: Marguerite writes shares as 0.NN")
        if re.search(r"S/|\bPEN\b|(?<!US)\$", s):
            err(f"{fname}:{cid}: Marguerite writes money as 'soles' or 'US$'")
        if dim == "soles" and not re.search(r"\d soles\b|million soles\b", s):
            err(f"{fname}:{cid}: Marguerite writes 'N soles'")
        if dim == "usd" and "US$" not in s:
            err(f"{fname}:{cid}: Marguerite writes 'US$'")
        if m := M_FORBIDDEN.search(s):
            err(
                f"{fname}:{cid}: Marguerite's hedges are or thereabouts / approaching / exceeding ({m[0]!r})"
            )
        hedge_check(fname, cid, c, s, "Marguerite", M_HEDGE)
        if numeric:
            if not M_LABEL.fullmatch(str(label or "")):
                err(f"{fname}:{cid}: Marguerite labels every numeric claim (Stata-style name)")
        elif label is not None:
            err(f"{fname}:{cid}: Marguerite labels only numeric claims")
    elif fname == "tolhurst.yaml":
        if not re.fullmatch(r"at-\d{4}", cid):
            err(f"{fname}:{cid}: Ambrose's ids are at-NNNN")
        english(fname, cid, s, "Ambrose")
        if m := A_UK.search(s):
            err(f"{fname}:{cid}: Ambrose writes US spelling ({m[0]!r})")
        if m := re.search(rf"\b\d{{1,2}} ({EN_MONTH})\b", s):
            err(f"{fname}:{cid}: Ambrose writes the month first ({m[0]!r})")
        if re.search(r"US\$|\bsoles?\b|\bPEN\b", s):
            err(f"{fname}:{cid}: Ambrose writes dollars as '$' and soles only as '(S/ ...)'")
        if re.search(r"per ?cent|\d %", s):
            err(f"{fname}:{cid}: Ambrose writes '20%'")
        if dim == "share" and not re.search(r"\d%", s):
            err(f"{fname}:{cid}: Ambrose writes shares as '20%'")
        if m := A_FORBIDDEN.search(s):
            err(f"{fname}:{cid}: Ambrose's hedges are about / almost / more than ({m[0]!r})")
        hedge_check(fname, cid, c, s, "Ambrose", A_HEDGE)
        n = tolhurst_conversions(fname, cid, s)
        if dim == "soles" and not n:
            err(f"{fname}:{cid}: Ambrose converts sol amounts to dollars")
        if dim in {"length", "area"} and str(c.get("unit")) in {"km", "m", "ha", "km²"} and not n:
            err(f"{fname}:{cid}: Ambrose converts metric figures to US units")
        if label is not None and (not numeric or not A_LABEL.fullmatch(str(label))):
            err(f"{fname}:{cid}: Ambrose's labels are upper-case wire slugs, numeric claims only")
    elif fname == "quillahuaman.yaml":
        if not re.fullmatch(r"fq\.\d{3}", cid):
            err(f"{fname}:{cid}: Florencia's ids are fq.NNN")
        spanish(fname, cid, s, "Florencia")
        if m := ES_NUMBER_WORD.search(re.sub(r"\d (mil|millones)\b", "", s)):
            err(f"{fname}:{cid}: Florencia writes every figure in digits ({m[0]!r})")
        if m := F_PAST.search(s):
            err(f"{fname}:{cid}: Florencia writes in the present tense ({m[0]!r})")
        if re.search(r"%|por ciento", s):
            err(f"{fname}:{cid}: Florencia writes shares as 'N de cada 100'")
        if dim in SHARE_DIMS and not re.search(r"\d+ (?:\w+ )?de cada 100\b", s):
            err(f"{fname}:{cid}: Florencia writes shares as 'N de cada 100'")
        if dim == "soles" and not re.search(r"S/ \d", s):
            err(f"{fname}:{cid}: Florencia writes money as 'S/ ...'")
        if dim == "usd" and not re.search(r"US\$ \d", s):
            err(f"{fname}:{cid}: Florencia writes dollars as 'US$ ...'")
        if m := F_FORBIDDEN.search(s):
            err(
                f"{fname}:{cid}: Florencia's hedges are un aproximado de / casi / por encima de ({m[0]!r})"
            )
        hedge_check(fname, cid, c, s, "Florencia", F_HEDGE)
        if label is not None:
            err(f"{fname}:{cid}: Florencia never writes a quantity label")
    elif fname == "yarasca.yaml":
        if not re.fullmatch(r"eyn\.\d{3}", cid):
            err(f"{fname}:{cid}: Evaristo's ids are eyn.NNN")
        spanish(fname, cid, s, "Evaristo")
        if m := ES_NUMBER_WORD.search(s):
            err(f"{fname}:{cid}: Evaristo writes every figure in digits ({m[0]!r})")
        if m := ES_MONTH_NAME.search(s):
            err(f"{fname}:{cid}: Evaristo writes months as 'Set-2016' ({m[0]!r})")
        for m in E_DATE.finditer(s):
            try:
                dt.date(int(m[3]), E_MON.index(m[2]) + 1, int(m[1] or 1))
            except ValueError:
                err(f"{fname}:{cid}: {m[0]!r} is not a date")
        tags = E_TAG_RE.findall(s)
        if len(tags) != 1:
            err(
                f"{fname}:{cid}: Evaristo writes one attribution acronym in parentheses, got {tags}"
            )
        elif E_TAG[tags[0]] != c.get("attributed_to"):
            err(f"{fname}:{cid}: ({tags[0]}) does not match attributed_to")
        if m := E_FULL_UNIT.search(s):
            err(f"{fname}:{cid}: Evaristo abbreviates units ({m[0]!r})")
        abbr = E_ABBR.get(str(c.get("unit")))
        if abbr and abbr not in s:
            err(f"{fname}:{cid}: Evaristo writes {abbr!r} for {c.get('unit')}")
        if dim in SHARE_DIMS and not re.search(r"\d %", s):
            err(f"{fname}:{cid}: Evaristo writes shares as '33,3 %'")
        if dim == "soles" and not re.search(r"S/ \d", s):
            err(f"{fname}:{cid}: Evaristo writes money as 'S/ 1.800.000'")
        if m := E_FORBIDDEN.search(s):
            err(f"{fname}:{cid}: Evaristo's hedges are alrededor de / casi / más de ({m[0]!r})")
        hedge_check(fname, cid, c, s, "Evaristo", E_HEDGE)
        if label is not None and (not numeric or not E_LABEL.fullmatch(str(label))):
            err(
                f"{fname}:{cid}: Evaristo's labels are upper case without accents, numeric claims only"
            )
    else:
        err(f"{fname}: unexpected claims file")


def analyst_mix(claims: dict[str, dict[str, Any]]) -> None:
    """File-level habits: Marguerite labels every numeric claim, Ambrose and Evaristo 35-65 %,
    Florencia none; Marguerite >= 4 proportions, Ambrose >= 10 conversions, Florencia >= 6
    'de cada 100', Evaristo >= 15 dates 'Set-2016'; every analyst writes 45-60 claims and cites
    at least 9 of the 12 texts, at least 3 in the other language; every text is cited by two."""
    d: Counter[Any] = Counter()
    texts: dict[str, set[str]] = defaultdict(set)
    lang = {
        "stansfield.yaml": "en",
        "tolhurst.yaml": "en",
        "quillahuaman.yaml": "es",
        "yarasca.yaml": "es",
    }
    sl = (src_meta(), SRC_LANG)[1]
    for c in claims.values():
        f, s = c["_file"], str(c.get("statement", ""))
        d[(f, "claims")] += 1
        if is_numeric(c):
            d[(f, bool(c.get("quantity")))] += 1
        for cit in c.get("citations", []):
            texts[f].add(cit.get("source"))
        d[(f, "prop")] += bool(M_PROPORTION.search(s))
        d[(f, "conv")] += bool(A_PAREN.search(s))
        d[(f, "cada")] += bool(re.search(r"de cada 100\b", s))
        d[(f, "date")] += bool(E_DATE.search(s))
    for fname, who, lo, hi in (
        ("stansfield.yaml", "Marguerite", 1.0, 1.0),
        ("tolhurst.yaml", "Ambrose", 0.35, 0.65),
        ("quillahuaman.yaml", "Florencia", 0.0, 0.0),
        ("yarasca.yaml", "Evaristo", 0.35, 0.65),
    ):
        yes, no = d[(fname, True)], d[(fname, False)]
        if not lo <= yes / max(yes + no, 1) <= hi:
            err(
                f"{fname}: {who} labels {lo:.0%}-{hi:.0%} of the numeric claims, got {yes} of {yes + no}"
            )
    for fname, key, least, what in (
        ("stansfield.yaml", "prop", 4, "proportions 0.NN"),
        ("tolhurst.yaml", "conv", 10, "conversions with the source's figure in parentheses"),
        ("quillahuaman.yaml", "cada", 6, "'N de cada 100'"),
        ("yarasca.yaml", "date", 15, "dates 'Set-2016'"),
    ):
        if d[(fname, key)] < least:
            err(f"{fname}: expected >= {least} statements with {what}, got {d[(fname, key)]}")
    for fname in lang:
        if not 45 <= d[(fname, "claims")] <= 60:
            err(f"{fname}: expected 45-60 claims, got {d[(fname, 'claims')]}")
    for fname, srcs in texts.items():
        if len(srcs) < 9:
            err(f"{fname}: cites only {len(srcs)} of the 12 texts")
        other = [s for s in srcs if sl.get(s) != lang.get(fname)]
        if len(other) < 3:
            err(f"{fname}: cites only {len(other)} texts in the other language")
    cc.sources_cited_by_two(claims, 12)


def partial_period_traps(claims: dict[str, dict[str, Any]]) -> None:
    """`partial-period` traps: both claims in one group, ending at different dates.
    Also: the consistency warnings of corpus_checks are dropped for pairs listed as traps."""
    path = HERE / "expected.yaml"
    if not path.exists():
        return
    exp = cc.load_yaml(path)
    meta = src_meta()
    group_of = {cid: g["name"] for g in exp.get("quantity_groups", []) for cid in g["claims"]}
    trap_pairs = set()
    for t in exp.get("non_duplicate_traps", []):
        a, b = t.get("pair", [None, None])
        trap_pairs.add(frozenset((a, b)))
        if not str(t.get("why", "")).startswith("[partial-period]"):
            continue
        if a not in claims or b not in claims:
            continue
        if group_of.get(a) != group_of.get(b):
            err(f"trap {[a, b]}: partial-period needs both claims in one group")
        ends = [cc.when(claims[x], meta)[1] for x in (a, b)]
        if ends[0][1] == ends[1][1]:
            err(f"trap {[a, b]}: partial-period claims end at the same date")
    original = cc.warn

    def warn(msg: str) -> None:
        m = re.search(r": (\S+) and (\S+) agree in value", msg)
        if m and frozenset((m[1], m[2])) in trap_pairs:
            return
        original(msg)

    cc.warn = warn


SETTINGS = cc.Settings(
    root=HERE,  # eval/blind23
    units=UNITS,
    text_bytes=(1250, 1600),
    text_size="1.25-1.6 KB",
    trap_kinds=cc.TRAP_KINDS | cc.SAME_GROUP_KINDS | cc.OTHER_GROUP_KINDS | {"partial-period"},
    published_years=(2016, 2026),
    balanced_languages=True,
    source_count=(12, 12),
    strict_traps=True,
    claim_checks=(style_check,),
    all_claims_checks=(analyst_mix, cc.group_traps(HERE, UNITS), partial_period_traps),
)

if __name__ == "__main__":
    sys.exit(cc.main(SETTINGS))
