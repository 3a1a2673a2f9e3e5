#!/usr/bin/env python3
"""Validate the BLIND25 vraem-claims test corpus and its ground truth.

Usage:  python eval/blind25/check_corpus.py [--verbose]

Uses the shared checks of eval/corpus_checks.py (quotes, ids, groups, duplicate pairs,
closure, traps; see its docstring), with this corpus's settings: 1.25-1.6 KB texts
published 2016-2026, 12 sources, as many English as Spanish; its units (kg/kilos/kilograms/
kilogramos/t/tonnes/toneladas/lb/pounds; m/metres/metros/ft/feet/km/kilometres/kilómetros/
mi/miles; ha/hectares/hectáreas/km²/square kilometres/ac/acres; L/litres/litros/gal/gallons/
bbl/barrels/barriles; litres a day (L/day, litros diarios, gal/day); %/per cent/por ciento;
soles/S/; soles per family; soles per vessel; years/años; months/meses; days/días;
times/veces); all trap kinds of corpus_checks plus `initial-vs-corrected` (same group,
disjoint values), `part-vs-whole` (different groups) and `partial-period` (same group; a
count over part of a period against the count over a longer period that contains it: the two
spans differ and one contains the other); the strict trap checks (series traps at different
times, series-same-value traps overlapping, lookalike traps sharing a number). The
consistency warnings of corpus_checks are not printed for pairs that expected.yaml lists as
traps. Per-analyst style checks:

  pargeter.yaml   Henrietta: ids QNNNNNN; British English, also for Spanish sources; EVERY
                  statement opens with the name of the item it is about, from a fixed list
                  (ITEMS: "Palabra Viva", "Antawasi", "VRAEM", "San Francisco depot theft",
                  "Anco pipeline leak", ...); every figure in digits with comma grouping (also
                  of four digits; "million" the only number word); money "S/ " (never "soles",
                  "PEN"); shares "per cent" (or "N in M"), never "%"; units in full, never a
                  symbol; British spelling (metres, kilometres, programme); hedges "circa"
                  (about), "almost" (nearly), "more than", "less than", "up to" (at most), "at
                  least", never "about", "some", "around", "roughly", "approximately",
                  "nearly", "c.", "ca.", "est.", "over N"; EVERY numeric claim labelled with a
                  Wikidata property and its number, "area (P2046)"; non-numeric claims never
  lumsden.yaml    Fergus: ids L-NNNx; British English, also for Spanish sources; sums of money
                  of S/ 1,000 or more and every figure of 10,000 or more in M (thousand) / MM
                  (million) joined to the figure ("S/ 450M", "S/ 3.6MM", "44M lb"), so no grouped
                  number of five digits or more and never "million", "soles", "PEN", "k";
                  money "S/ "; units abbreviated (never "kilos", "kilograms", "tonnes",
                  "pounds", "hectares", "acres", "metres", "feet", "miles", "kilometres",
                  "litres", "gallons", "barrels", "per cent"); shares "N%"; every figure in
                  digits; hedges "est." (about), "a touch under" (nearly), "more than",
                  "under" (less than), "up to", "at least", never "about", "some", "around",
                  "roughly", "approximately", "nearly", "almost", "circa", "over N"; labels,
                  numeric only, on 35-65 % of the numeric claims, an ISO 3166-2 code and a
                  lower-case measure: "PE-AYA spill volume", "PE illiteracy"
  huashuayo.yaml  Gudelia: ids ghr-NNN; Spanish "lectura fácil", also for English sources:
                  every sentence at most 18 words; the statement never opens with a
                  preposition or a digit; no passive ("fue/fueron/ha sido ... + participle");
                  no brackets, quotation marks, symbols (%, S/, /) or unit abbreviations;
                  no capitalised acronym but VRAEM; every figure in digits (number words only
                  "mil"/"millones" after a digit: "3 millones 600 mil", "145 mil"), round
                  thousands as "N mil" (never "5.000"), others with a point (1.870), decimal
                  comma; shares "por ciento" or "N de cada M"; money "soles"; "setiembre";
                  hedges "más o menos" (about), "casi" (nearly), "más de", "menos de",
                  "hasta N" (at most), "por lo menos" (at least), never "unos", "unas",
                  "aproximadamente", "alrededor de", "cerca de", "un estimado", "como N",
                  "y pico"; never a label
  achalma.yaml    Ulderico: ids ua.NNNN; formal Spanish, also for English sources; EVERY
                  statement opens with one of five administrative formulas ("Se tiene que",
                  "Cabe señalar que", "Cabe precisar que", "Se advierte que", "Es de precisar
                  que"); a bare year is "el año 2017" / "los años 2017 y 2018" (a year is
                  preceded by "año(s)", by "de" in a date, by "y" or by a hyphen); every figure
                  in digits (no number word, no "mil"; "millones" only after a figure), a point
                  for thousands also of four digits, decimal comma; money "S/ "; shares "N %";
                  "setiembre"; hedges "un estimado de" (about), "casi" (nearly), "más de",
                  "menos de", "hasta N" (at most), "cuando menos" (at least), never "unos",
                  "unas", "aproximadamente", "alrededor de", "cerca de", "más o menos",
                  "aprox.", "como N", "y pico"; labels, numeric only, on 35-65 % of the
                  numeric claims, a unit of measure of the public budget system in capitals
                  (PERSONA, UNIDAD, KILOGRAMO, TONELADA, BARRIL, LITRO, HECTÁREA, METRO,
                  KILÓMETRO, SOL, FAMILIA, PORCENTAJE, DÍA, MES, AÑO)

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
BARREL_L = 158.987294928
UNITS = {
    "mass": {**cc.MASS, "kilos": 1, "lb": POUND, "pounds": POUND, "libras": POUND},
    "length": {
        "km": 1000,
        "kilómetros": 1000,
        "kilometres": 1000,
        "kilometers": 1000,
        "m": 1,
        "metres": 1,
        "meters": 1,
        "metros": 1,
        "ft": FOOT,
        "feet": FOOT,
        "pies": FOOT,
        "mi": MILE_M,
        "miles": MILE_M,
        "millas": MILE_M,
    },
    "area": {
        "ha": 1,
        "hectares": 1,
        "hectáreas": 1,
        "km²": 100,
        "square kilometres": 100,
        "ac": ACRE_HA,
        "acres": ACRE_HA,
    },
    "volume": {
        "l": 1,
        "litres": 1,
        "liters": 1,
        "litros": 1,
        "gal": cc.GALLON_L,
        "gallons": cc.GALLON_L,
        "galones": cc.GALLON_L,
        "bbl": BARREL_L,
        "barrels": BARREL_L,
        "barriles": BARREL_L,
    },
    "volume/day": {
        "l/day": 1,
        "litres a day": 1,
        "litros diarios": 1,
        "litros por día": 1,
        "gal/day": cc.GALLON_L,
        "gallons a day": cc.GALLON_L,
    },
    "share": {"%": 1, "per cent": 1, "percent": 1, "por ciento": 1},
    "soles": {"soles": 1, "s/": 1, "pen": 1},
    "soles/family": {"soles per family": 1, "soles por familia": 1, "s/ per family": 1},
    "soles/vessel": {"soles per vessel": 1, "s/ per vessel": 1},
    "years": {"years": 1, "años": 1},
    "months": {"months": 1, "meses": 1},
    "days": {"days": 1, "días": 1},
    "times": {"times": 1, "veces": 1},
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
    r"ciento|mil|millones|millón|mitad|tercio|tercios|tercera|cuarta|quinta|séptima|docena|"
    r"docenas)\b",
    re.I,
)
ES_MONTH_NAME = re.compile(
    r"\b(enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|"
    r"noviembre|diciembre)\b",
    re.I,
)
YEAR = re.compile(r"\b(?:19|20)\d\d\b")
PASSIVE = re.compile(
    r"\b(?:fue|fueron|es|son|será|serán|ha sido|han sido)\s+\w+(?:ado|ada|ados|adas|ido|ida|idos|"
    r"idas|to|ta|tos|tas|cho|cha)\b",
    re.I,
)

# Henrietta Pargeter
ITEMS = (
    "Palabra Viva",
    "Antawasi",
    "Antawasi bypass",
    "Quinua pottery seizure",
    "VRAEM",
    "Peru",
    "Santa Rosa District",
    "San Francisco depot theft",
    "San Francisco drug depot",
    "New San Francisco drug depot",
    "Kimbiri depot shortfall",
    "Anco pipeline",
    "Anco pipeline leak",
    "Tambo pipeline leak",
    "Ductos Andinos del Sur",
)
P_HEDGE = {
    "about": r"\bcirca (?:S/ )?\d",
    "nearly": r"\balmost (?:S/ )?\d",
    "more_than": r"\bmore than (?:S/ )?\d",
    "less_than": r"\bless than (?:S/ )?\d",
    "at_most": r"\bup to (?:S/ )?\d",
    "at_least": r"\bat least (?:S/ )?\d",
}
P_FORBIDDEN = re.compile(
    r"\b(about|some|around|roughly|approximately|nearly|est\.|c\.|ca\.)(?=\s)|\bover \d", re.I
)
P_SYMBOL = re.compile(r"\d\s?(ha|km²|km|kg|m|t|l|L|%|ft|lb|mi|bbl|gal|ac)\b|km²|%")
P_US = re.compile(r"\b(meters|liters|kilometers|center|centers|program)\b")
P_LABEL = re.compile(r"[a-z][a-z ]* \(P\d{3,5}\)")
# Fergus Lumsden
L_HEDGE = {
    "about": r"\best\. (?:S/ )?\d",
    "nearly": r"\ba touch under \d",
    "more_than": r"\bmore than \d",
    "less_than": r"\bunder \d",
    "at_most": r"\bup to (?:S/ )?\d",
    "at_least": r"\bat least \d",
}
L_FORBIDDEN = re.compile(
    r"\b(about|some|around|roughly|approximately|nearly|almost|circa)\b|\bover \d", re.I
)
L_WORD_UNITS = re.compile(
    r"\b(kilos|kilograms?|tonnes?|tons|pounds|hectares?|acres|metres?|meters?|feet|miles|"
    r"kilometres?|kilometers?|litres?|liters?|gallons?|barrels?|per cent|percent)\b",
    re.I,
)
L_BIG_GROUPED = re.compile(r"\b\d{2,3},\d{3}\b|\b\d{1,3},\d{3},\d{3}\b")
L_MAG = re.compile(r"\d(?:\.\d+)?MM?\b")
L_LABEL = re.compile(r"PE(?:-[A-Z]{3})? [a-zA-Z][a-zA-Z' -]*")
# Gudelia Huashuayo Ronceros
H_HEDGE = {
    "about": r"\bmás o menos (?:S/ )?\d",
    "nearly": r"\bcasi (?:S/ )?\d",
    "more_than": r"\bmás de (?:S/ )?\d",
    "less_than": r"\bmenos de (?:S/ )?\d",
    "at_most": r"\bhasta (?:S/ )?\d",
    "at_least": r"\bpor lo menos (?:S/ )?\d",
}
H_FORBIDDEN = re.compile(
    r"\b(unos|unas|aproximadamente|aprox\.?|alrededor de|cerca de|un estimado|y pico|cuando menos)\b"
    r"|\bcomo \d",
    re.I,
)
H_PREPOSITIONS = {
    "a",
    "ante",
    "bajo",
    "con",
    "contra",
    "de",
    "desde",
    "durante",
    "en",
    "entre",
    "hacia",
    "hasta",
    "para",
    "por",
    "según",
    "sin",
    "sobre",
    "tras",
}
H_SYMBOLS = re.compile(r"[()\[\]«»\"“”%/&+]|S/|\bN\.°|\betc\.")
H_ABBREV = re.compile(r"\d\s?(ha|km²|km|kg|m|t|l|L|mm|cm|ft|lb|mi)\b")
# Ulderico Achalma Yanasupo
U_OPENERS = (
    "Se tiene que",
    "Cabe señalar que",
    "Cabe precisar que",
    "Se advierte que",
    "Es de precisar que",
)
U_HEDGE = {
    "about": r"\bun estimado de (?:S/ )?\d",
    "nearly": r"\bcasi (?:S/ )?\d",
    "more_than": r"\bmás de (?:S/ )?\d",
    "less_than": r"\bmenos de (?:S/ )?\d",
    "at_most": r"\bhasta (?:S/ )?\d",
    "at_least": r"\bcuando menos (?:S/ )?\d",
}
U_FORBIDDEN = re.compile(
    r"\b(unos|unas|aproximadamente|aprox\.?|alrededor de|cerca de|más o menos|y pico|"
    r"por lo menos)\b|\bcomo \d",
    re.I,
)
U_LABELS = {
    "PERSONA",
    "UNIDAD",
    "KILOGRAMO",
    "TONELADA",
    "BARRIL",
    "LITRO",
    "HECTÁREA",
    "METRO",
    "KILÓMETRO",
    "SOL",
    "FAMILIA",
    "PORCENTAJE",
    "DÍA",
    "MES",
    "AÑO",
}

SRC_LANG: dict[str, str] = {}
TEXTS: dict[str, str] = {}
LANG_OF_FILE = {
    "pargeter.yaml": "en",
    "lumsden.yaml": "en",
    "huashuayo.yaml": "es",
    "achalma.yaml": "es",
}


def src_meta() -> dict[str, str]:
    if not SRC_LANG:
        for s in cc.load_yaml(CORPUS / "seeds" / "sources.yaml").get("sources", []):
            SRC_LANG[s["id"]] = s["language"]
            TEXTS[s["id"]] = (CORPUS / "seeds" / s["file"]).read_text(encoding="utf-8")
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


def english(fname: str, cid: str, s: str, who: str, allow: str = "") -> None:
    if not ENGLISH_HINT.search(s) or lang_of(s) != "en":
        err(f"{fname}:{cid}: {who} writes English here")
    if m := ES_MONTH_NAME.search(s):
        err(f"{fname}:{cid}: {who} writes English months ({m[0]!r})")
    rest = re.sub(allow, "", s) if allow else s
    if m := EN_NUMBER_WORD.search(rest):
        err(f"{fname}:{cid}: {who} writes every figure in digits ({m[0]!r})")
    if re.search(r"\d\.\d{3}(?!\d)", s) or UNGROUPED.search(s):
        err(f"{fname}:{cid}: {who} groups thousands with commas")


def spanish(fname: str, cid: str, s: str, who: str) -> None:
    if not SPANISH_HINT.search(s) or lang_of(s) != "es":
        err(f"{fname}:{cid}: {who} writes Spanish here")
    if re.search(r"septiembre", s, re.I):
        err(f"{fname}:{cid}: {who} writes 'setiembre'")
    if re.search(r"\d,\d{3}(?!\d)|\d\.\d{1,2}(?!\d)", s) or UNGROUPED.search(s):
        err(f"{fname}:{cid}: {who} writes 3.800 and 1,6")


def style_check(fname: str, c: dict[str, Any]) -> None:
    """Each fictional analyst has habits; keep them, so the corpus stays varied."""
    src_meta()
    cid, label = str(c.get("id", "?")), c.get("quantity")
    s = str(c.get("statement", ""))
    numeric = is_numeric(c)
    dim = cc.norm_unit(c.get("unit"), UNITS)[0] if numeric else None
    big = (numeric and max(abs(c.get(k) or 0) for k in ("value", "low", "high"))) or 0
    if fname == "pargeter.yaml":
        if not re.fullmatch(r"Q\d{6}", cid):
            err(f"{fname}:{cid}: Henrietta's ids are QNNNNNN")
        english(fname, cid, s, "Henrietta", allow=r"\d million\b")
        if not any(re.match(re.escape(item) + r"\b", s) for item in ITEMS):
            err(f"{fname}:{cid}: Henrietta opens every statement with the item's name")
        if m := P_SYMBOL.search(s):
            err(f"{fname}:{cid}: Henrietta writes units in full ({m[0]!r})")
        if m := P_US.search(s):
            err(f"{fname}:{cid}: Henrietta writes British spelling ({m[0]!r})")
        if re.search(r"\bsoles\b|\bPEN\b", s) or (dim == "soles" and not re.search(r"S/ \d", s)):
            err(f"{fname}:{cid}: Henrietta writes money as 'S/ ...'")
        if dim == "share" and not re.search(r"per cent|\d in \d", s):
            err(f"{fname}:{cid}: Henrietta writes shares as 'N per cent'")
        if m := P_FORBIDDEN.search(s):
            err(f"{fname}:{cid}: Henrietta's hedges are circa / almost / more than ({m[0]!r})")
        hedge_check(fname, cid, c, s, "Henrietta", P_HEDGE)
        if numeric and not (label and P_LABEL.fullmatch(str(label))):
            err(f"{fname}:{cid}: Henrietta labels every numeric claim with a Wikidata property")
        if not numeric and label is not None:
            err(f"{fname}:{cid}: Henrietta labels only numeric claims")
    elif fname == "lumsden.yaml":
        if not re.fullmatch(r"L-\d{3}[a-z]", cid):
            err(f"{fname}:{cid}: Fergus's ids are L-NNNx")
        english(fname, cid, s, "Fergus")
        if m := L_WORD_UNITS.search(s):
            err(f"{fname}:{cid}: Fergus abbreviates units ({m[0]!r})")
        if re.search(r"\bsoles\b|\bPEN\b|\bmillion\b|\d ?k\b", s):
            err(f"{fname}:{cid}: Fergus writes money as 'S/ 450M' / 'S/ 3.6MM'")
        if m := L_BIG_GROUPED.search(s):
            err(f"{fname}:{cid}: Fergus writes 10,000 and more in M / MM ({m[0]!r})")
        big_money = dim and dim.startswith("soles") and big >= 1000
        if numeric and (big >= 10000 or big_money) and not L_MAG.search(s):
            err(f"{fname}:{cid}: Fergus writes this figure in M / MM")
        if dim and dim.startswith("soles") and not re.search(r"S/ \d", s):
            err(f"{fname}:{cid}: Fergus writes money as 'S/ ...'")
        if dim == "share" and not re.search(r"\d%", s):
            err(f"{fname}:{cid}: Fergus writes shares as 'N%'")
        if m := L_FORBIDDEN.search(s):
            err(f"{fname}:{cid}: Fergus's hedges are est. / a touch under / more than ({m[0]!r})")
        hedge_check(fname, cid, c, s, "Fergus", L_HEDGE)
        if label is not None and (not numeric or not L_LABEL.fullmatch(str(label))):
            err(f"{fname}:{cid}: Fergus's labels are 'PE-XXX measure', numeric claims only")
    elif fname == "huashuayo.yaml":
        if not re.fullmatch(r"ghr-\d{3}", cid):
            err(f"{fname}:{cid}: Gudelia's ids are ghr-NNN")
        spanish(fname, cid, s, "Gudelia")
        for sentence in re.split(r"(?<=[.!?])\s+", s.strip()):
            if len(sentence.split()) > 18:
                err(f"{fname}:{cid}: Gudelia writes sentences of at most 18 words")
        first = s.split()[0].lower() if s.split() else ""
        if first in H_PREPOSITIONS or first[:1].isdigit():
            err(f"{fname}:{cid}: Gudelia opens with the subject, not {first!r}")
        if m := PASSIVE.search(s):
            err(f"{fname}:{cid}: Gudelia writes no passive ({m[0]!r})")
        if m := H_SYMBOLS.search(s) or H_ABBREV.search(s):
            err(f"{fname}:{cid}: Gudelia writes no symbols or abbreviations ({m[0]!r})")
        caps = [w for w in re.findall(r"\b[A-ZÁÉÍÓÚÑ]{2,}\b", s) if w != "VRAEM"]
        if caps:
            err(f"{fname}:{cid}: Gudelia writes no acronym but VRAEM ({caps[0]!r})")
        rest = re.sub(r"\d+ millones(?: \d+ mil)?|\d+ mil\b|\bpor ciento\b", "", s)
        if m := ES_NUMBER_WORD.search(rest):
            err(f"{fname}:{cid}: Gudelia writes figures in digits ({m[0]!r})")
        if re.search(r"\b\d{1,3}\.000\b", s):
            err(f"{fname}:{cid}: Gudelia writes round thousands as 'N mil'")
        if dim and dim.startswith("soles") and not re.search(r"\bsoles\b", s):
            err(f"{fname}:{cid}: Gudelia writes money as 'N soles'")
        if dim == "share" and not re.search(r"por ciento|\d de cada \d", s):
            err(f"{fname}:{cid}: Gudelia writes shares as 'por ciento' or 'N de cada M'")
        if m := H_FORBIDDEN.search(s):
            err(f"{fname}:{cid}: Gudelia's hedges are más o menos / casi / más de ({m[0]!r})")
        hedge_check(fname, cid, c, s, "Gudelia", H_HEDGE)
        if label is not None:
            err(f"{fname}:{cid}: Gudelia never writes a quantity label")
    elif fname == "achalma.yaml":
        if not re.fullmatch(r"ua\.\d{4}", cid):
            err(f"{fname}:{cid}: Ulderico's ids are ua.NNNN")
        spanish(fname, cid, s, "Ulderico")
        if not s.startswith(U_OPENERS):
            err(f"{fname}:{cid}: Ulderico opens with an administrative formula")
        for m in YEAR.finditer(s):
            before = s[: m.start()]
            if not re.search(r"(?:\baños?|\bde|\by) $|-$", before):
                err(f"{fname}:{cid}: Ulderico writes 'el año {m[0]}'")
        if m := ES_NUMBER_WORD.search(re.sub(r"\d millones\b", "", s)):
            err(f"{fname}:{cid}: Ulderico writes every figure in digits ({m[0]!r})")
        if dim == "soles" and not re.search(r"S/ \d", s):
            err(f"{fname}:{cid}: Ulderico writes money as 'S/ ...'")
        if dim == "share" and not re.search(r"\d %", s):
            err(f"{fname}:{cid}: Ulderico writes shares as 'N %'")
        if m := U_FORBIDDEN.search(s):
            err(f"{fname}:{cid}: Ulderico's hedges are un estimado de / casi / más de ({m[0]!r})")
        hedge_check(fname, cid, c, s, "Ulderico", U_HEDGE)
        if label is not None and (not numeric or str(label) not in U_LABELS):
            err(f"{fname}:{cid}: Ulderico's labels are units of measure in capitals, numeric only")
    else:
        err(f"{fname}: unexpected claims file")


def analyst_mix(claims: dict[str, dict[str, Any]]) -> None:
    """File-level habits: Henrietta labels every numeric claim, Fergus and Ulderico 35-65 %,
    Gudelia none; every analyst writes 45-60 claims and cites at least 9 of the 12 texts, at
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
        ("pargeter.yaml", "Henrietta", 1.0, 1.0),
        ("lumsden.yaml", "Fergus", 0.35, 0.65),
        ("huashuayo.yaml", "Gudelia", 0.0, 0.0),
        ("achalma.yaml", "Ulderico", 0.35, 0.65),
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


def partial_period_traps(claims: dict[str, dict[str, Any]]) -> None:
    """`partial-period` traps: both claims in one group, their spans differ and one contains the
    other. Also: the consistency warnings of corpus_checks are dropped for pairs listed as traps."""
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
        if not str(t.get("why", "")).startswith("[partial-period]"):
            continue
        if a not in claims or b not in claims:
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
    root=HERE,  # eval/blind25
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
