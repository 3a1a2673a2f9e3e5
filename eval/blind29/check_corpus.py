#!/usr/bin/env python3
"""Validate the BLIND29 vraem-claims test corpus and its ground truth.

Usage:  python eval/blind29/check_corpus.py [--verbose]

Uses the shared checks of eval/corpus_checks.py (quotes, ids, groups, duplicate pairs,
closure, traps; see its docstring), with this corpus's settings: 1.25-1.6 KB texts
published 2016-2026, 12 sources, as many English as Spanish; its units (km/kilómetros/
kilometres/m/metres/metros/ft/feet/pies/mi/miles/millas; ha/hectares/hectáreas/acres;
m³/m3/cubic metres/metros cúbicos/L/litres/litros/gal/gallons/galones; kg/kilos/kilogramos/
t/tonnes/toneladas/lb/pounds/libras; litres or gallons a day; metres or feet a day;
%/per cent/percent/por ciento; times/veces; soles/S//PEN; soles a month; years/años/months/
meses/days/días; hours a day); all trap kinds of corpus_checks plus `initial-vs-corrected`
(same group, disjoint values), `part-vs-whole` (different groups), `partial-period` (same
group; a count over part of a period against the count over a longer period that contains
it) and `plan-vs-outcome` (a plan against what was done; numeric claims in different
groups); the strict trap checks (series traps at different times, series-same-value traps
overlapping, lookalike traps sharing a number); `actor` traps (same group) whose values
overlap. The consistency warnings of corpus_checks are not printed for pairs that
expected.yaml lists as traps. Per-analyst style checks:

  penrice.yaml    Isolde: ids are 12-digit Zettelkasten timestamps (YYYYMMDDhhmm, a real
                  time); English (British spelling: metres, litres, labour) of an Obsidian
                  vault, also for Spanish sources; EVERY STATEMENT HOLDS AT LEAST ONE
                  [[WIKILINK]] ([[Pichari]], [[Operación Polea|Operation Polea]]); A DAY DATE
                  ONLY AS A DAILY-NOTE LINK [[YYYY-MM-DD]] (never "23 August 2018" or a bare
                  ISO date), and a claim dated to the day names that link; every figure in
                  digits (no number word but "million" after a digit), comma grouping
                  (1,240), never a solid four-digit figure (years excepted) or a space
                  grouping; money "S/ " + figure, millions "S/ 1.46 million"; shares "31.4%"
                  joined or "1 in 3", never "per cent"; hedges "SOMETHING LIKE" (about),
                  "CLOSE ON" (nearly), "more than", "up to", "at least"; never "about",
                  "some", "around", "roughly", "approximately", "nearly", "almost", "circa",
                  "~", "≈"; EVERY numeric claim labelled with a link to a measure note
                  ("[[concert hall]]"), non-numeric claims never
  ntiamoah.yaml   Adwoa: ids an-NNNN; English, also for Spanish sources; EVERY STATEMENT
                  CLOSES WITH "(reported <date>)." giving the publication date of the source
                  it cites ("(reported 20 May 2019).", "(reported February 2020)." when the
                  source gives a month); every figure in digits, comma grouping; money "S/ "
                  + figure, millions "S/ 5.3 million"; shares "per cent" or "1 in 3", never
                  "%"; hedges "APPROXIMATELY" (about), "nearly", "more than", "up to", "at
                  least"; never "about", "some", "around", "roughly", "almost", "circa",
                  "something like", "close on", "~"; labels, numeric only, on 35-65 % of the
                  numeric claims, as SDG INDICATOR CODES ("SDG 8.7.1", "SDG 11.5.1") or a
                  target ("Target 8.7")
  cuchuri.yaml    Vilma: ids vtc_NNNN; Andean Spanish, also for English sources, ALWAYS IN THE
                  PLUPERFECT ("había/habían + participio"): every statement has one and no
                  preterite, imperfect or present form (-ó, -aron, -ieron, -aba, fue, era,
                  es, son, tiene ...); "WAWAS" for children and minors (never niños, niñas,
                  menores, chicos); every figure in digits, a point for four digits and more
                  (1.910), decimal comma, "millones" for millions, never "mil"; money "S/ ";
                  shares "61 %" with a space or "1 de cada 4"; hedges "ALREDEDOR DE"
                  (about), "casi", "más de", "hasta", "por lo menos"; never "unos", "unas",
                  "cerca de", "aproximadamente", "aprox.", "en torno a"; "setiembre";
                  labels, numeric only, on 35-65 % of the numeric claims, IN QUECHUA from her
                  list (wawakuna, llamkaq wawakuna, yachakuqkuna, ayllukuna, wasikuna,
                  qullqi, waskakuna, chakrakuna, runakuna, allpa, qucha, yaku)
  sotacuro.yaml   Jhoselyn: ids of five lower-case letters and digits (both); Spanish, also
                  for English sources; EVERY STATEMENT OPENS WITH THE EMOJI OF ITS THREAD
                  AND A SPACE (🎻 orchestra, 🚡 cables and Polea, 🧒 child work, 🌊 the
                  Mantaro dam); every figure in digits, a point for four digits and more,
                  decimal comma, "millones", never "mil"; money "S/ "; shares "31,4%" joined
                  or "3 de cada 10"; hedges "unos/unas" (about), "casi", "más de", "hasta",
                  "al menos"; A HEDGED ROUND FIGURE OF 10, 100, 200, 300, 500 OR 1,000 AS A
                  COLLECTIVE NUMERAL ("una decena", "casi un centenar", "unos tres
                  centenares", "más de medio millar"), and collectives only then; never
                  "aprox.", "alrededor de", "cerca de", "en torno a"; never a label

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
FOOT = 0.3048
ACRE_M2 = 4046.8564224
MILE_M = cc.MILE_KM * 1000
UNITS = {
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
        "ac": ACRE_M2,
        "acres": ACRE_M2,
    },
    "volume": {  # base unit: cubic metre
        "m³": 1,
        "m3": 1,
        "cubic metres": 1,
        "metros cúbicos": 1,
        "l": 0.001,
        "litres": 0.001,
        "litros": 0.001,
        "gal": cc.GALLON_L / 1000,
        "gallons": cc.GALLON_L / 1000,
        "galones": cc.GALLON_L / 1000,
    },
    "mass": {**cc.MASS, "lb": POUND, "pounds": POUND, "libras": POUND},
    "volume/day": {  # base unit: litre a day
        "l/day": 1,
        "litres/day": 1,
        "litros/día": 1,
        "gal/day": cc.GALLON_L,
        "gallons/day": cc.GALLON_L,
        "galones/día": cc.GALLON_L,
    },
    "length/day": {  # base unit: metre a day
        "m/day": 1,
        "metres/day": 1,
        "metros/día": 1,
        "ft/day": FOOT,
        "feet/day": FOOT,
        "pies/día": FOOT,
    },
    "share": {"%": 1, "per cent": 1, "percent": 1, "por ciento": 1},
    "times": {"times": 1, "veces": 1},
    "soles": {"soles": 1, "s/": 1, "pen": 1},
    "soles/month": {"soles/month": 1, "soles/mes": 1, "s/ per month": 1},
    "duration": {  # base unit: year
        "years": 1,
        "años": 1,
        "months": 1 / 12,
        "meses": 1 / 12,
        "days": 1 / 365.25,
        "días": 1 / 365.25,
    },
    "hours/day": {"hours/day": 1, "horas/día": 1},
}
MEASURE_DIMS = {"length", "area", "volume", "mass", "volume/day", "length/day"}
MONEY_DIMS = {"soles", "soles/month"}

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
EN_MONTHS = (
    "January February March April May June July August September October November December"
).split()
EN_DAY_DATE = re.compile(
    r"\b\d{1,2} (?:" + "|".join(EN_MONTHS) + r")\b|\b(?:" + "|".join(EN_MONTHS) + r"|Jan|Feb|Mar|"
    r"Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.? \d{1,2}\b(?!\d)|\b\d{1,2}/\d{1,2}/\d{2,4}\b"
)

# Isolde Penrice
I_HEDGE = {
    "about": r"\bsomething like (?:S/ )?\d",
    "nearly": r"\bclose on (?:S/ )?\d",
    "more_than": r"\bmore than (?:S/ )?\d",
    "less_than": r"\bfewer than \d",
    "at_least": r"\bat least (?:S/ )?\d",
    "at_most": r"\bup to (?:S/ )?\d",
}
I_FORBIDDEN = re.compile(
    r"\b(about|some|around|roughly|approximately|approx\.|nearly|almost|circa|c\.|ca\.)(?=\s)|"
    r"~|≈",
    re.I,
)
I_LABEL = re.compile(r"\[\[[^\[\]|]+\]\]")
# Adwoa Ntiamoah
A_HEDGE = {
    "about": r"\bapproximately (?:S/ )?\d",
    "nearly": r"\bnearly (?:S/ )?\d",
    "more_than": r"\bmore than (?:S/ )?\d",
    "less_than": r"\bfewer than \d",
    "at_least": r"\bat least (?:S/ )?\d",
    "at_most": r"\bup to (?:S/ )?\d",
}
A_FORBIDDEN = re.compile(
    r"\b(about|some|around|roughly|almost|circa|something like|close on)(?=\s)|~|≈|±", re.I
)
A_LABEL = re.compile(r"SDG \d{1,2}\.[0-9a-c]\.\d|Target \d{1,2}\.[0-9a-c]")
A_CLOSE = re.compile(r" \(reported ((?:\d{1,2} )?[A-Z][a-z]+ \d{4})\)\.$")
# Vilma Cuchuri Ñahuinlla
V_HEDGE = {
    "about": r"\balrededor de (?:S/ )?\d",
    "nearly": r"\bcasi (?:S/ )?\d",
    "more_than": r"\bmás de (?:S/ )?\d",
    "less_than": r"\bmenos de \d",
    "at_least": r"\bpor lo menos (?:S/ )?\d",
    "at_most": r"\bhasta (?:S/ )?\d",
}
V_FORBIDDEN = re.compile(
    r"\b(unos|unas|cerca de|aproximadamente|en torno a|arriba de)\b|\baprox\b", re.I
)
V_PLUPERFECT = re.compile(
    r"\bhab[ií]an?\s+(?:sido\s+|estado\s+)?[a-záéíóúñ]+(?:ad[oa]s?|id[oa]s?|ndo|ch[oa]s?|[st][oa]s?)\b",
    re.I,
)
V_OTHER_TENSE = re.compile(
    r"\b\w+(?:ó|aron|ieron|yeron|aba|aban)\b|\b(fue|fueron|era|eran|es|son|está|están|tiene|"
    r"tienen|hay|hubo|tuvo|dijo|hizo|iba|iban)\b",
    re.I,
)
V_CHILD_WORDS = re.compile(r"\b(niños?|niñas?|menores|chicos|chicas)\b", re.I)
V_LABELS = {
    "wawakuna",
    "llamkaq wawakuna",
    "yachakuqkuna",
    "ayllukuna",
    "wasikuna",
    "qullqi",
    "waskakuna",
    "chakrakuna",
    "runakuna",
    "allpa",
    "qucha",
    "yaku",
}
# Jhoselyn Sotacuro Huacre
J_EMOJI = ("🎻 ", "🚡 ", "🧒 ", "🌊 ")
J_COLLECTIVE = {
    "una decena": 10,
    "un centenar": 100,
    "dos centenares": 200,
    "tres centenares": 300,
    "medio millar": 500,
    "un millar": 1000,
}
J_COLL_RE = re.compile(r"\b(" + "|".join(J_COLLECTIVE) + r")\b", re.I)
J_HEDGE = {
    "about": r"\bun[oa]s (?:\d|tres centenares|dos centenares)|\buna decena\b",
    "nearly": r"\bcasi (?:\d|un centenar|un millar)",
    "more_than": r"\bmás del? (?:S/ )?(?:\d|medio millar|dos centenares|un centenar)",
    "less_than": r"\bmenos del? \d",
    "at_least": r"\bal menos \d",
    "at_most": r"\bhasta \d",
}
J_FORBIDDEN = re.compile(
    r"\+/-|\baprox|\b(alrededor de|cerca de|en torno a|arriba de|aproximadamente)\b", re.I
)

LANG_OF_FILE = {
    "penrice.yaml": "en",
    "ntiamoah.yaml": "en",
    "cuchuri.yaml": "es",
    "sotacuro.yaml": "es",
}
SRC_META: dict[str, dict[str, Any]] = {}


def src_meta() -> dict[str, dict[str, Any]]:
    if not SRC_META:
        for s in cc.load_yaml(CORPUS / "seeds" / "sources.yaml").get("sources", []):
            SRC_META[s["id"]] = s
    return SRC_META


def reported_date(published: Any) -> str:
    """A source's publication date as Adwoa writes it: "20 May 2019" or "February 2020"."""
    if isinstance(published, dt.date):
        return f"{published.day} {EN_MONTHS[published.month - 1]} {published.year}"
    text = str(published)
    if m := re.fullmatch(r"(\d{4})-(\d{2})", text):
        return f"{EN_MONTHS[int(m[2]) - 1]} {m[1]}"
    return text


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
    if m := ES_MONTH_NAME.search(re.sub(r"\[\[[^\]]*\]\]", "", s)):
        err(f"{fname}:{cid}: {who} writes English months ({m[0]!r})")
    if m := EN_NUMBER_WORD.search(re.sub(r"(?<=\d) million\b", "", s)):
        err(f"{fname}:{cid}: {who} writes every figure in digits ({m[0]!r})")
    if re.search(r"\d \d{3}(?!\d)", s) or UNGROUPED.search(s):
        err(f"{fname}:{cid}: {who} groups thousands with a comma ('1,240')")


def spanish(fname: str, cid: str, s: str, who: str) -> None:
    if not SPANISH_HINT.search(s) or lang_of(s) != "es":
        err(f"{fname}:{cid}: {who} writes Spanish here")
    if re.search(r"septiembre", s, re.I):
        err(f"{fname}:{cid}: {who} writes 'setiembre'")
    if re.search(r"\d,\d{3}(?!\d)|\d\.\d{1,2}(?!\d)", s):
        err(f"{fname}:{cid}: {who} writes 1.910 and 6,3")
    if UNGROUPED.search(s):
        err(f"{fname}:{cid}: {who} groups four digits with a point (1.910)")
    if m := ES_NUMBER_WORD.search(re.sub(r"\bpor ciento\b", "", J_COLL_RE.sub("", s))):
        err(f"{fname}:{cid}: {who} writes every figure in digits ({m[0]!r})")
    if re.search(r"\d mil\b", s):
        err(f"{fname}:{cid}: {who} never writes 'N mil'")


def style_check(fname: str, c: dict[str, Any]) -> None:
    """Each fictional analyst has habits; keep them, so the corpus stays varied."""
    meta = src_meta()
    cid, label = str(c.get("id", "?")), c.get("quantity")
    s = str(c.get("statement", ""))
    numeric = is_numeric(c)
    unit = str(c.get("unit") or "")
    dim = cc.norm_unit(unit, UNITS)[0] if numeric else None
    big = (numeric and max(abs(c.get(k) or 0) for k in ("value", "low", "high"))) or 0
    q = c.get("qualifier")
    if fname == "penrice.yaml":
        who = "Isolde"
        try:
            dt.datetime.strptime(cid, "%Y%m%d%H%M")
            ok = len(cid) == 12
        except ValueError:
            ok = False
        if not ok:
            err(f"{fname}:{cid}: {who}'s ids are Zettelkasten timestamps YYYYMMDDhhmm")
        english(fname, cid, s, who)
        if not re.search(r"\[\[[^\[\]]+\]\]", s) or s.count("[[") != s.count("]]"):
            err(f"{fname}:{cid}: {who} links at least one name as a [[wikilink]]")
        bare = re.sub(r"\[\[\d{4}-\d{2}-\d{2}\]\]", "", s)
        if re.search(r"\d{4}-\d{2}-\d{2}", bare) or EN_DAY_DATE.search(bare):
            err(f"{fname}:{cid}: {who} writes a day only as a daily-note link [[YYYY-MM-DD]]")
        if isinstance(c.get("as_of"), dt.date) and f"[[{c['as_of'].isoformat()}]]" not in s:
            err(f"{fname}:{cid}: {who} links the day of a claim dated to the day")
        if re.search(r"\b(meters?|liters?|kilometers?|labor|center)\b", s, re.I):
            err(f"{fname}:{cid}: {who} spells the British way")
        if dim in {"soles", "soles/month"} and not re.search(r"S/ \d", s):
            err(f"{fname}:{cid}: {who} writes money as 'S/ 5.3 million'")
        if (
            dim in MONEY_DIMS
            and big >= 1_000_000
            and not re.search(r"S/ \d+(?:\.\d+)? million\b", s)
        ):
            err(f"{fname}:{cid}: {who} writes millions as 'S/ 1.46 million'")
        if dim == "share" and not re.search(r"\d%|\d+ in \d+", s):
            err(f"{fname}:{cid}: {who} writes shares as '31.4%' or '1 in 3'")
        if re.search(r"\d %|\bper ?cent\b", s):
            err(f"{fname}:{cid}: {who} joins '%' to the figure")
        if m := I_FORBIDDEN.search(s):
            err(f"{fname}:{cid}: {who}'s hedges are something like / close on ({m[0]!r})")
        hedge_check(fname, cid, c, s, who, I_HEDGE)
        if numeric and not (isinstance(label, str) and I_LABEL.fullmatch(label)):
            err(f"{fname}:{cid}: {who} labels every numeric claim with a [[note]] link")
        if not numeric and label is not None:
            err(f"{fname}:{cid}: {who} labels only numeric claims")
    elif fname == "ntiamoah.yaml":
        who = "Adwoa"
        if not re.fullmatch(r"an-\d{4}", cid):
            err(f"{fname}:{cid}: {who}'s ids are an-NNNN")
        english(fname, cid, s, who)
        m = A_CLOSE.search(s)
        src = (c.get("citations") or [{}])[0].get("source")
        if not m:
            err(f"{fname}:{cid}: {who} closes with '(reported <date>).'")
        elif src in meta and m[1] != reported_date(meta[src]["published"]):
            err(f"{fname}:{cid}: {who}'s '(reported {m[1]})' is not the source's date")
        if dim in MONEY_DIMS and not re.search(r"S/ \d", s):
            err(f"{fname}:{cid}: {who} writes money as 'S/ 5.3 million'")
        if (
            dim in MONEY_DIMS
            and big >= 1_000_000
            and not re.search(r"S/ \d+(?:\.\d+)? million\b", s)
        ):
            err(f"{fname}:{cid}: {who} writes millions as 'S/ 5.3 million'")
        if dim == "share" and not re.search(r"\d per cent\b|\d+ in \d+", s):
            err(f"{fname}:{cid}: {who} writes shares as '31.4 per cent' or '1 in 3'")
        if "%" in s:
            err(f"{fname}:{cid}: {who} writes 'per cent', never '%'")
        if m := A_FORBIDDEN.search(s):
            err(f"{fname}:{cid}: {who}'s hedges are approximately / nearly ({m[0]!r})")
        hedge_check(fname, cid, c, s, who, A_HEDGE)
        if label is not None and (not numeric or not A_LABEL.fullmatch(str(label))):
            err(f"{fname}:{cid}: {who}'s labels are SDG indicator codes, numeric only")
    elif fname == "cuchuri.yaml":
        who = "Vilma"
        if not re.fullmatch(r"vtc_\d{4}", cid):
            err(f"{fname}:{cid}: {who}'s ids are vtc_NNNN")
        spanish(fname, cid, s, who)
        if not V_PLUPERFECT.search(s):
            err(f"{fname}:{cid}: {who} writes in the pluperfect (había/habían + participio)")
        if m := V_OTHER_TENSE.search(s):
            err(f"{fname}:{cid}: {who} writes no preterite, imperfect or present ({m[0]!r})")
        if m := V_CHILD_WORDS.search(s):
            err(f"{fname}:{cid}: {who} writes 'wawas' for children ({m[0]!r})")
        if big >= 1_000_000 and not re.search(r"\d millones\b", s):
            err(f"{fname}:{cid}: {who} writes millions as 'N millones'")
        if dim in MONEY_DIMS and not re.search(r"S/ \d", s):
            err(f"{fname}:{cid}: {who} writes money as 'S/ ...'")
        if dim == "share" and not re.search(r"\d %|\d de cada \d", s):
            err(f"{fname}:{cid}: {who} writes shares as '61 %' or '1 de cada 4'")
        if re.search(r"\d%", s):
            err(f"{fname}:{cid}: {who} puts a space before '%'")
        if m := V_FORBIDDEN.search(s):
            err(f"{fname}:{cid}: {who}'s hedges are alrededor de / casi / más de ({m[0]!r})")
        hedge_check(fname, cid, c, s, who, V_HEDGE)
        if label is not None and (not numeric or label not in V_LABELS):
            err(f"{fname}:{cid}: {who}'s labels are Quechua words from her list, numeric only")
    elif fname == "sotacuro.yaml":
        who = "Jhoselyn"
        if not (
            re.fullmatch(r"[a-z0-9]{5}", cid) and re.search(r"\d", cid) and re.search(r"[a-z]", cid)
        ):
            err(f"{fname}:{cid}: {who}'s ids are five lower-case letters and digits")
        if not s.startswith(J_EMOJI):
            err(f"{fname}:{cid}: {who} opens with the emoji of the thread")
        spanish(fname, cid, s, who)
        if big >= 1_000_000 and not re.search(r"\d millones\b", s):
            err(f"{fname}:{cid}: {who} writes millions as 'N millones'")
        if dim in MONEY_DIMS and not re.search(r"S/ \d", s):
            err(f"{fname}:{cid}: {who} writes money as 'S/ ...'")
        if dim == "share" and not re.search(r"\d%|\d de cada \d", s):
            err(f"{fname}:{cid}: {who} writes shares as '31,4%' or '3 de cada 10'")
        if re.search(r"\d %", s):
            err(f"{fname}:{cid}: {who} joins '%' to the figure")
        if m := J_FORBIDDEN.search(s):
            err(f"{fname}:{cid}: {who}'s hedges are unos / casi / más de ({m[0]!r})")
        hedge_check(fname, cid, c, s, who, J_HEDGE)
        coll = J_COLL_RE.search(s)
        value = c.get("value")
        if numeric and q not in (None, "exact", "range") and value in J_COLLECTIVE.values():
            if not coll or J_COLLECTIVE[coll[1].lower()] != value:
                err(f"{fname}:{cid}: {who} writes a hedged round {value} as a collective numeral")
        elif coll:
            err(f"{fname}:{cid}: {who} writes collectives only for hedged round figures")
        if label is not None:
            err(f"{fname}:{cid}: {who} never writes a quantity label")
    else:
        err(f"{fname}: unexpected claims file")


def analyst_mix(claims: dict[str, dict[str, Any]]) -> None:
    """File-level habits: Isolde labels every numeric claim, Adwoa and Vilma 35-65 %, Jhoselyn
    none; every analyst writes 45-60 claims and cites at least 9 of the 12 texts, at least 3 in
    the other language; every text is cited by two."""
    d: Counter[Any] = Counter()
    texts: dict[str, set[str]] = defaultdict(set)
    sl = {k: v["language"] for k, v in src_meta().items()}
    for c in claims.values():
        f = c["_file"]
        d[(f, "claims")] += 1
        if is_numeric(c):
            d[(f, bool(c.get("quantity")))] += 1
        for cit in c.get("citations", []):
            texts[f].add(cit.get("source"))
    for fname, who, lo, hi in (
        ("penrice.yaml", "Isolde", 1.0, 1.0),
        ("ntiamoah.yaml", "Adwoa", 0.35, 0.65),
        ("cuchuri.yaml", "Vilma", 0.35, 0.65),
        ("sotacuro.yaml", "Jhoselyn", 0.0, 0.0),
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
    other; `plan-vs-outcome` traps between numeric claims: different groups; `actor` traps:
    values that overlap (disjoint ones are conflicts). Also: the consistency warnings of
    corpus_checks are dropped for pairs listed as traps."""
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
        if why.startswith("[actor]"):
            if cc.values_overlap(claims[a], claims[b], UNITS) is False:
                err(f"trap {[a, b]}: an actor trap whose values exclude each other is a conflict")
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
    root=HERE,  # eval/blind29
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
