#!/usr/bin/env python3
"""Validate the BLIND28 vraem-claims test corpus and its ground truth.

Usage:  python eval/blind28/check_corpus.py [--verbose]

Uses the shared checks of eval/corpus_checks.py (quotes, ids, groups, duplicate pairs,
closure, traps; see its docstring), with this corpus's settings: 1.25-1.6 KB texts
published 2016-2026, 12 sources, as many English as Spanish; its units (km/kms./kilómetros/
kilometres/mi/miles/m/metres/metros; ha/hectares/hectáreas/km²/km2/m²/m2/ac/acres; m³/m3/
cubic metres/metros cúbicos/board feet/pies tablares/L/litres/litros/lts./gal/gallons/galones;
kg/kilos/t/tonnes/toneladas/Tn/lb/pounds/libras; tonnes or pounds a day (t/d, t/day, t/día,
toneladas diarias, lb/day); litres or gallons a day (L/d, litros/día, lts./día, gallons/day);
%/percent/por ciento; times/veces; soles/S//PEN; soles a kilo, a month, an animal;
years/años; months/meses; hours/horas); all trap kinds of corpus_checks plus
`initial-vs-corrected` (same group, disjoint values), `part-vs-whole` (different groups),
`partial-period` (same group; a count over part of a period against the count over a
longer period that contains it) and `plan-vs-outcome` (a plan against what was done; numeric
claims in different groups); the strict trap checks (series traps at different times,
series-same-value traps overlapping, lookalike traps sharing a number). The consistency
warnings of corpus_checks are not printed for pairs that expected.yaml lists as traps.
Per-analyst style checks:

  bratland.yaml   Solveig: ids SOB-NNNN; English of a forest-monitoring scientist, also for
                  Spanish sources; every figure in digits (no number word: "one", "half",
                  "third", "twice" ...); four-digit figures solid ("1150", "1520"); EVERY FIGURE
                  OF 10,000 OR MORE IN SCIENTIFIC NOTATION with a multiplication sign and a
                  superscript exponent ("1.2 \N{MULTIPLICATION SIGN} 10⁵ seedlings", "S/ 2.8 \N{MULTIPLICATION SIGN} 10⁶", "1.2 \N{MULTIPLICATION SIGN} 10⁴ m²"),
                  never a grouped five-digit figure, "million" or "mil"; unit SYMBOLS after a
                  space (km, ha, m³, m², t), never a unit word (kilometres, hectares, tonnes,
                  litres, cubic, square, per cent ...); RATES WITH A NEGATIVE EXPONENT ("8 t d⁻¹",
                  "S/ 0.90 kg⁻¹", "24 cattle d⁻¹", "S/ 5000 month⁻¹"); shares "33.3 %" with a
                  space; money "S/ " + figure; hedges: ABOUT WRITTEN AS AN EXPLICIT ±10 %
                  TOLERANCE ("300 ± 30", "340 ± 34 ha", "1200 ± 120 m³"), "a little under"
                  (nearly), "more than", "under" (less than), "at least", "up to"; never
                  "about", "some", "around", "roughly", "approximately", "nearly", "almost",
                  "circa", "c.", "ca.", "~", "≈", "over"; EVERY numeric claim labelled with a
                  PHYSICS-STYLE SYMBOL AND SUBSCRIPT from her list (N_dead, L_track, A_cleared,
                  V_timber, Q_plant, p_root ...); non-numeric claims never
  mabuza.yaml     Thandeka: ids tma-NNNN; South African English, also for Spanish sources;
                  EVERY STATEMENT OPENS WITH AN EVIDENTIAL ADVERB AND A COMMA: "Officially, "
                  (an official body's document or a court), "Reportedly, " (press, NGO,
                  statistics, hearsay), "Allegedly, " (an interested party's assertion); every
                  figure in digits; THOUSANDS GROUPED WITH A SPACE, also four digits ("1 150",
                  "2 000", "120 000"), never a comma nor a solid four-digit figure (years
                  excepted); money "S/" JOINED to the figure ("S/1.20", "S/4.6 million"), never
                  "S/ ", "soles", "PEN", "$"; shares "50%" joined or "1 in 3"; hedges
                  "PLUS-MINUS" (about), "almost" (nearly), "more than", "less than", "at least",
                  "up to"; never "about", "some", "around", "roughly", "approximately",
                  "nearly", "circa", "over", "~", "±"; labels, numeric only, on 35-65 % of the
                  numeric claims, as HXL-STYLE HASHTAGS WITH ATTRIBUTES ("#affected+killed",
                  "#indicator+area", "#value+cost", "#capacity+daily")
  llacza.yaml     Ulpiano: ids ULA.NNN; Spanish field notes of an agronomist, also for English
                  sources; every figure in digits (no number word), a point for four digits and
                  more (1.150; 487.000), decimal comma, "millones" for millions, never "mil";
                  PERUVIAN INFORMAL UNIT ABBREVIATIONS: "kms." (never "km" or "kilómetros"),
                  "Ha", "km2", "m2", "m3", "lts.", "Tn", "Kg." (never "hectáreas", "litros",
                  "toneladas", "kilos", "metros"); "x" FOR "POR" IN EVERY RATE ("24 reses x día",
                  "12 Tn x día", "S/ 0,90 x Kg.", "S/ 5.000 x mes"); money "S/ "; shares "%" or
                  "N de cada M"; hedges "+/-" BEFORE THE FIGURE (about: "+/- 3,4 km2", "+/-
                  487.000 pies tablares"), "casi", "más de", "menos de", "por lo menos",
                  "hasta"; never "unos", "unas", "aprox.", "aproximadamente", "alrededor de",
                  "cerca de", "en torno a", "arriba de"; "setiembre"; never a label; his
                  `as_of` is never a day: a date the source gives to the day is kept to the
                  month (2018-08, 2019-04), periods as the source gives them
  uchuypoma.yaml  Edelina: ids EUQ_NNN; Spanish of a historian's chronology, also for English
                  sources, ALWAYS IN THE HISTORIC FUTURE ("la Policía inutilizará 5 máquinas",
                  "el ataque dejará 3 muertos", "En 2019 el distrito registrará 14 homicidios"):
                  every statement has a future form (-rá, -rán) and no preterite or imperfect
                  (-ó, -aron, -ieron, -aba, fue, era, había ...); every figure in digits, a point
                  for four digits and more, decimal comma, "millones" for millions, never "mil";
                  money written "soles", never "S/"; shares "N %" or "N de cada M"; hedges
                  "unos/unas" (about), "casi", "más de", "menos de", "al menos"; never "+/-",
                  "aprox.", "alrededor de", "cerca de", "en torno a", "arriba de"; "setiembre";
                  labels, numeric only, on 35-65 % of the numeric claims, as AN EMOJI AND A
                  SPANISH WORD ("💀 muertos", "🚜 máquinas", "🌿 cúrcuma", "💰 costo")

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

POUND = 0.45359237
ACRE_M2 = 4046.8564224
BOARD_FOOT_M3 = 0.0023597372158
MILE_M = cc.MILE_KM * 1000
UNITS = {
    "length": {
        "km": 1000,
        "kms.": 1000,
        "kilómetros": 1000,
        "kilometres": 1000,
        "mi": MILE_M,
        "miles": MILE_M,
        "millas": MILE_M,
        "m": 1,
        "metres": 1,
        "metros": 1,
    },
    "area": {  # base unit: square metre
        "ha": 10000,
        "hectares": 10000,
        "hectáreas": 10000,
        "km²": 1_000_000,
        "km2": 1_000_000,
        "m²": 1,
        "m2": 1,
        "ac": ACRE_M2,
        "acres": ACRE_M2,
    },
    "volume": {  # base unit: cubic metre
        "m³": 1,
        "m3": 1,
        "cubic metres": 1,
        "metros cúbicos": 1,
        "board feet": BOARD_FOOT_M3,
        "pies tablares": BOARD_FOOT_M3,
        "l": 0.001,
        "litres": 0.001,
        "litros": 0.001,
        "lts.": 0.001,
        "gal": cc.GALLON_L / 1000,
        "gallons": cc.GALLON_L / 1000,
        "galones": cc.GALLON_L / 1000,
    },
    "mass": {**cc.MASS, "tn": 1000, "lb": POUND, "pounds": POUND, "libras": POUND},
    "mass/day": {  # base unit: kg a day
        "t/d": 1000,
        "t/day": 1000,
        "t/día": 1000,
        "tn/día": 1000,
        "toneladas diarias": 1000,
        "kg/day": 1,
        "lb/day": POUND,
    },
    "volume/day": {  # base unit: litre a day
        "l/d": 1,
        "l/day": 1,
        "litres/day": 1,
        "litros/día": 1,
        "lts./día": 1,
        "gal/day": cc.GALLON_L,
        "gallons/day": cc.GALLON_L,
        "galones/día": cc.GALLON_L,
    },
    "share": {"%": 1, "percent": 1, "per cent": 1, "por ciento": 1},
    "times": {"times": 1, "veces": 1},
    "soles": {"soles": 1, "s/": 1, "pen": 1},
    "soles/kg": {"soles/kg": 1, "s/ per kg": 1, "soles por kilo": 1},
    "soles/month": {"soles/month": 1, "soles/mes": 1, "s/ per month": 1},
    "soles/animal": {"soles/animal": 1},
    "years": {"years": 1, "años": 1},
    "months": {"months": 1, "meses": 1},
    "hours": {"hours": 1, "horas": 1, "h": 1},
}
MEASURE_DIMS = {"length", "area", "volume", "mass", "mass/day", "volume/day"}
MONEY_DIMS = {"soles", "soles/kg", "soles/month", "soles/animal"}

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
SUPERSCRIPT = "⁰¹²³⁴⁵⁶⁷⁸⁹"

# Solveig Bratland
S_LABELS = {
    "A_cleared",
    "A_crop",
    "A_site",
    "A_target",
    "A_turmeric",
    "B_camal",
    "B_plant",
    "C_camal",
    "C_extortion",
    "C_reparation",
    "L_park",
    "L_road",
    "L_track",
    "N_accused",
    "N_capacity",
    "N_dead",
    "N_families",
    "N_homicides",
    "N_injured",
    "N_machines",
    "N_members",
    "N_people",
    "N_pigs",
    "N_seedlings",
    "N_staff",
    "N_venues",
    "Q_camal",
    "Q_plant",
    "V_timber",
    "f_protected",
    "f_share",
    "m_export",
    "p_beef",
    "p_root",
}
S_HEDGE = {
    "about": r"\d(?:\.\d+)? ± \d",
    "nearly": r"\ba little under (?:S/ )?\d",
    "more_than": r"\bmore than (?:S/ )?\d",
    "less_than": r"\bunder (?:S/ )?\d",
    "at_least": r"\bat least (?:S/ )?\d",
    "at_most": r"\bup to (?:S/ )?\d",
}
S_FORBIDDEN = re.compile(
    r"\b(about|some|around|roughly|approximately|approx\.|nearly|almost|circa|c\.|ca\.)(?=\s)|"
    r"~|≈|\bover \d",
    re.I,
)
S_UNIT_WORDS = re.compile(
    r"\b(kilomet(?:re|er)s?|hectares?|tonnes?|tons|litres?|liters?|metres?|meters?|cubic|square|"
    r"miles?|acres?|gallons?|pounds?|kilos?|kilograms?|per cent|percent)\b",
    re.I,
)
S_SYMBOL = re.compile(r"[\d⁰¹²³⁴⁵⁶⁷⁸⁹] (?:km²?|ha|m[³²]|t|kg|L)(?![A-Za-z])")
S_SCI = re.compile(r"\d(?:\.\d+)? \N{MULTIPLICATION SIGN} 10[⁰¹²³⁴⁵⁶⁷⁸⁹]+")
# Thandeka Mabuza
T_OPENERS = ("Officially, ", "Reportedly, ", "Allegedly, ")
T_LABEL = re.compile(r"#[a-z]+(?:\+[a-z]+)+")
T_HEDGE = {
    "about": r"\bplus-minus (?:S/)?\d",
    "nearly": r"\balmost (?:S/)?\d",
    "more_than": r"\bmore than (?:S/)?\d",
    "less_than": r"\bless than (?:S/)?\d",
    "at_least": r"\bat least (?:S/)?\d",
    "at_most": r"\bup to (?:S/)?\d",
}
T_FORBIDDEN = re.compile(
    r"\b(about|some|around|roughly|approximately|approx\.|nearly|circa)(?=\s)|\bover \d|~|≈|±", re.I
)
# Ulpiano Llacza Anyosa
U_HEDGE = {
    "about": r"\+/- (?:S/ )?\d",
    "nearly": r"\bcasi (?:S/ )?\d",
    "more_than": r"\bmás de (?:S/ )?\d",
    "less_than": r"\bmenos de (?:S/ )?\d",
    "at_least": r"\bpor lo menos (?:S/ )?\d",
    "at_most": r"\bhasta (?:S/ )?\d",
}
U_FORBIDDEN = re.compile(
    r"\b(unos|unas|aproximadamente|alrededor de|cerca de|en torno a|arriba de)\b|\baprox\b", re.I
)
U_UNIT_WORDS = re.compile(
    r"\b(?i:kil[oó]metros?|hect[aá]reas?|litros?|toneladas?|kilos?|kilogramos?|metros?)\b|"
    r"\d km(?!2)\b|\d ha\b|\d (?:t|kg|l|L|KG|Kg(?!\.))\b"
)
U_SYMBOL = {
    "length": r"\d kms\.",
    "area": r"\d (?:Ha|km2|m2|acres)\b",
    "volume": r"\d (?:m3|lts\.|pies tablares)",
    "mass": r"\d (?:Tn|Kg\.)",
    "mass/day": r"\d Tn x día",
    "volume/day": r"\d lts\. x día",
}
# Edelina Uchuypoma Quispialaya
E_HEDGE = {
    "about": r"\bun[oa]s \d",
    "nearly": r"\bcasi \d",
    "more_than": r"\bmás de \d",
    "less_than": r"\bmenos del? \d",
    "at_least": r"\bal menos \d",
}
E_FORBIDDEN = re.compile(r"\+/-|\baprox|\b(alrededor de|cerca de|en torno a|arriba de)\b|S/", re.I)
E_FUTURE = re.compile(r"\b\w+(?:rá|rán)\b", re.I)
E_PAST = re.compile(
    r"\b\w+(?:ó|aron|ieron|yeron|aba|aban)\b|\b(fue|fueron|hubo|tuvo|tuvieron|dijo|dijeron|hizo|"
    r"hicieron|pudo|puso|estuvo|detuvo|era|eran|había|habían|tenía|tenían|iba|iban)\b",
    re.I,
)
E_LABEL = re.compile(r"[\u2600-\u27BF\U0001F000-\U0001FAFF]\ufe0f? [a-záéíóúñ]+(?: [a-záéíóúñ]+)*")

LANG_OF_FILE = {
    "bratland.yaml": "en",
    "mabuza.yaml": "en",
    "llacza.yaml": "es",
    "uchuypoma.yaml": "es",
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
        err(f"{fname}:{cid}: {who} writes 1.150 and 27,4")
    if UNGROUPED.search(s):
        err(f"{fname}:{cid}: {who} groups four digits with a point (1.150)")
    if m := ES_NUMBER_WORD.search(re.sub(r"\bpor ciento\b|\bTres Valles\b", "", s)):
        err(f"{fname}:{cid}: {who} writes every figure in digits ({m[0]!r})")
    if re.search(r"\d mil\b", s):
        err(f"{fname}:{cid}: {who} never writes 'N mil'")


def sci_value(s: str) -> float | None:
    m = re.search(r"(\d+(?:\.\d+)?) \N{MULTIPLICATION SIGN} 10([⁰¹²³⁴⁵⁶⁷⁸⁹]+)", s)
    if not m:
        return None
    exp = int("".join(str(SUPERSCRIPT.index(ch)) for ch in m[2]))
    return float(m[1]) * 10**exp


def tolerance_ok(s: str) -> bool:
    """Solveig's "X ± Y": Y is 10 % of X (rounded)."""
    m = re.search(r"(\d+(?:\.\d+)?) ± (\d+(?:\.\d+)?)", s)
    if not m:
        return False
    x, y = float(m[1]), float(m[2])
    return x > 0 and 0.08 <= y / x <= 0.12


def style_check(fname: str, c: dict[str, Any]) -> None:
    """Each fictional analyst has habits; keep them, so the corpus stays varied."""
    src_meta()
    cid, label = str(c.get("id", "?")), c.get("quantity")
    s = str(c.get("statement", ""))
    numeric = is_numeric(c)
    unit = str(c.get("unit") or "")
    dim = cc.norm_unit(unit, UNITS)[0] if numeric else None
    bare = unit.replace("S/", "")
    rate = numeric and ("/" in bare or " per " in bare)
    big = (numeric and max(abs(c.get(k) or 0) for k in ("value", "low", "high"))) or 0
    if fname == "bratland.yaml":
        who = "Solveig"
        if not re.fullmatch(r"SOB-\d{4}", cid):
            err(f"{fname}:{cid}: {who}'s ids are SOB-NNNN")
        english(fname, cid, s, who)
        if m := EN_NUMBER_WORD.search(s):
            err(f"{fname}:{cid}: {who} writes every figure in digits ({m[0]!r})")
        if re.search(r"\d,\d{3}|\d{5,}|\d{1,3}(?: \d{3})+(?!\d)", s):
            err(
                f"{fname}:{cid}: {who} writes four digits solid and 10,000 or more as 'N \N{MULTIPLICATION SIGN} 10ⁿ'"
            )
        if big >= 10_000 and not S_SCI.search(s):
            err(
                f"{fname}:{cid}: {who} writes figures of 10,000 or more as 'N \N{MULTIPLICATION SIGN} 10ⁿ'"
            )
        if re.search(r"\bmillion\b|\bmil\b|\d ?[mk]\b", s):
            err(f"{fname}:{cid}: {who} never writes 'million', 'mil', 'm' or 'k'")
        if m := S_UNIT_WORDS.search(s):
            err(f"{fname}:{cid}: {who} writes unit symbols, never unit words ({m[0]!r})")
        if dim in MEASURE_DIMS and not S_SYMBOL.search(s):
            err(f"{fname}:{cid}: {who} writes this measure with its symbol ('27 km')")
        if rate and "⁻¹" not in s:
            err(f"{fname}:{cid}: {who} writes rates with a negative exponent ('8 t d⁻¹')")
        if dim in MONEY_DIMS and not re.search(r"S/ \d", s):
            err(f"{fname}:{cid}: {who} writes money as 'S/ 6.4 \N{MULTIPLICATION SIGN} 10⁶'")
        if dim == "share" and not re.search(r"\d %", s):
            err(f"{fname}:{cid}: {who} writes shares as 'N %' with a space")
        if re.search(r"\d%", s):
            err(f"{fname}:{cid}: {who} puts a space before '%'")
        if m := S_FORBIDDEN.search(s):
            err(f"{fname}:{cid}: {who}'s hedges are ± / a little under / more than ({m[0]!r})")
        hedge_check(fname, cid, c, s, who, S_HEDGE)
        if c.get("qualifier") == "about" and not tolerance_ok(s):
            err(f"{fname}:{cid}: {who} writes 'about X' as 'X ± 10 % of X'")
        if numeric and str(label) not in S_LABELS:
            err(f"{fname}:{cid}: {who} labels every numeric claim with a symbol from her list")
        if not numeric and label is not None:
            err(f"{fname}:{cid}: {who} labels only numeric claims")
    elif fname == "mabuza.yaml":
        who = "Thandeka"
        if not re.fullmatch(r"tma-\d{4}", cid):
            err(f"{fname}:{cid}: {who}'s ids are tma-NNNN")
        if not s.startswith(T_OPENERS):
            err(f"{fname}:{cid}: {who} opens with 'Officially, ', 'Reportedly, ' or 'Allegedly, '")
        english(fname, cid, s, who)
        if m := EN_NUMBER_WORD.search(re.sub(r"(?<=\d) million\b", "", s)):
            err(f"{fname}:{cid}: {who} writes every figure in digits ({m[0]!r})")
        if re.search(r"\d,\d{3}", s) or UNGROUPED.search(s):
            err(f"{fname}:{cid}: {who} groups thousands with a space ('1 150')")
        if re.search(r"S/ |\bsoles\b|\bPEN\b|\$", s):
            err(f"{fname}:{cid}: {who} writes money as 'S/4.6 million'")
        if dim in MONEY_DIMS and not re.search(r"S/\d", s):
            err(f"{fname}:{cid}: {who} joins 'S/' to the figure")
        if big >= 1_000_000 and not re.search(r"S/\d+(?:\.\d+)? million\b", s):
            err(f"{fname}:{cid}: {who} writes millions as 'S/7.9 million'")
        if dim == "share" and not re.search(r"\d%|\d+ in \d+", s):
            err(f"{fname}:{cid}: {who} writes shares as '50%' or '1 in 3'")
        if m := T_FORBIDDEN.search(s):
            err(f"{fname}:{cid}: {who}'s hedges are plus-minus / almost / more than ({m[0]!r})")
        hedge_check(fname, cid, c, s, who, T_HEDGE)
        if label is not None and (not numeric or not T_LABEL.fullmatch(str(label))):
            err(
                f"{fname}:{cid}: {who}'s labels are HXL hashtags ('#affected+killed'), numeric only"
            )
    elif fname == "llacza.yaml":
        who = "Ulpiano"
        if not re.fullmatch(r"ULA\.\d{3}", cid):
            err(f"{fname}:{cid}: {who}'s ids are ULA.NNN")
        spanish(fname, cid, s, who)
        if big >= 1_000_000 and not re.search(r"\d millones\b", s):
            err(f"{fname}:{cid}: {who} writes millions as 'N millones'")
        if m := U_UNIT_WORDS.search(s):
            err(f"{fname}:{cid}: {who} abbreviates units the informal way ({m[0]!r})")
        if dim in U_SYMBOL and not re.search(U_SYMBOL[dim], s):
            err(f"{fname}:{cid}: {who} writes this measure as {U_SYMBOL[dim]!r}")
        if rate and " x " not in s:
            err(f"{fname}:{cid}: {who} writes rates with 'x' ('24 reses x día')")
        if dim in MONEY_DIMS and not re.search(r"S/ \d", s):
            err(f"{fname}:{cid}: {who} writes money as 'S/ ...'")
        if dim == "share" and not re.search(r"\d %|\d de cada \d", s):
            err(f"{fname}:{cid}: {who} writes shares as 'N %' or 'N de cada M'")
        if m := U_FORBIDDEN.search(s):
            err(f"{fname}:{cid}: {who}'s hedges are +/- / casi / más de ({m[0]!r})")
        hedge_check(fname, cid, c, s, who, U_HEDGE)
        if label is not None:
            err(f"{fname}:{cid}: {who} never writes a quantity label")
        if isinstance(c.get("as_of"), dt.date):
            err(f"{fname}:{cid}: {who} dates his notes to the month, never to the day")
    elif fname == "uchuypoma.yaml":
        who = "Edelina"
        if not re.fullmatch(r"EUQ_\d{3}", cid):
            err(f"{fname}:{cid}: {who}'s ids are EUQ_NNN")
        spanish(fname, cid, s, who)
        if not E_FUTURE.search(s):
            err(f"{fname}:{cid}: {who} writes in the historic future (no -rá/-rán form)")
        if m := E_PAST.search(s):
            err(f"{fname}:{cid}: {who} writes no preterite or imperfect ({m[0]!r})")
        if big >= 1_000_000 and not re.search(r"\d millones\b", s):
            err(f"{fname}:{cid}: {who} writes millions as 'N millones'")
        if dim in MONEY_DIMS and not re.search(r"\d(?: millones de)? soles\b", s):
            err(f"{fname}:{cid}: {who} writes money as 'N soles'")
        if dim == "share" and not re.search(r"\d %|\d de cada \d", s):
            err(f"{fname}:{cid}: {who} writes shares as 'N %' or 'N de cada M'")
        if m := E_FORBIDDEN.search(s):
            err(f"{fname}:{cid}: {who}'s hedges are unos / casi / más de ({m[0]!r})")
        hedge_check(fname, cid, c, s, who, E_HEDGE)
        if label is not None and (not numeric or not E_LABEL.fullmatch(str(label))):
            err(f"{fname}:{cid}: {who}'s labels are an emoji and a Spanish word, numeric only")
    else:
        err(f"{fname}: unexpected claims file")


def analyst_mix(claims: dict[str, dict[str, Any]]) -> None:
    """File-level habits: Solveig labels every numeric claim, Thandeka and Edelina 35-65 %,
    Ulpiano none; every analyst writes 45-60 claims and cites at least 9 of the 12 texts, at
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
        ("bratland.yaml", "Solveig", 1.0, 1.0),
        ("mabuza.yaml", "Thandeka", 0.35, 0.65),
        ("llacza.yaml", "Ulpiano", 0.0, 0.0),
        ("uchuypoma.yaml", "Edelina", 0.35, 0.65),
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
    root=HERE,  # eval/blind28
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
