#!/usr/bin/env python3
"""Validate the BLIND16 vraem-claims test corpus and its ground truth.

Usage:  python eval/blind16/check_corpus.py [--verbose]

Uses the shared checks of eval/corpus_checks.py (quotes, ids, groups, duplicate pairs,
closure, traps; see its docstring), with this corpus's settings: 1.2-1.7 KB texts published
2016-2026, 12 sources, as many English as Spanish; its units (kg/kilos/tonnes/toneladas/
pounds; litres/litros/gallons; ha/hectáreas/acres; km/m/metres/metros/miles/feet; %/per
cent and times/veces as hundreds of per cent; soles/S//S/.; years/años; months/meses;
hours/horas; days/días; magnitude/magnitud); all trap kinds of corpus_checks plus
`initial-vs-corrected` (same group, disjoint values) and `part-vs-whole` (different groups),
with the strict trap checks (series traps at different times, series-same-value traps
overlapping, lookalike traps sharing a number); and per-analyst style checks:

  pettibone.yaml    Nolan: ids np-NNN; American wire-desk English; NO FOUR-DIGIT YEAR (years
                    as 'YY: "March 18, '18", "in '22"); AP month abbreviations (Jan. Feb. Aug.
                    Sept. Oct. Nov. Dec.; March to July in full; no January, Mar., Jun. ...);
                    every number in digits (no number words); hedges only as "roughly"
                    (about), "just under" (nearly), "over" (more_than), "at least"
                    (at_least), never "about", "some", "nearly", "more than", "almost";
                    labels "measure@Place" ("inmates@Los Laureles", "homes@Llochegua") on
                    35-65 % of the numeric claims, numeric only
  venkataraman.yaml Anjali: ids avk-NNN; Indian English; EVERY statement says " as on " and a
                    date; numbers of a lakh or more in Indian grouping ("1,20,000") or in lakh
                    / crore ("S/ 14 crore", "S/ 72 lakh"), never "million" and never an
                    international grouping of six digits or more; EVERY numeric claim
                    labelled "no. of ...", "amt. of ...", "pct. of ...", "len. of ...",
                    "wt. of ...", "dur. of ...", "vol. of ...", "ht. of ...", "dist. of ...",
                    "mag. of ...", "area of ...", "age of ...", "ratio of ..."; non-numeric
                    never
  ccasani.yaml      Rómulo: ids cch.NN; Spanish; dates ONLY IN FIGURES (dd/mm/aaaa, mm/aaaa or
                    a year), never a month's name, and every statement dated; Spanish
                    notation (3.140; 4,8 %; S/ 30.000); labels, numeric only, on 50-70 % of
                    the numeric claims, capitalised Spanish noun phrases with a fixed head
                    ("N.º de fugados", "Monto del bono", "Tasa de consumo", "Longitud del
                    túnel", "Profundidad del sismo", "Población penal")
  ttito.yaml        Yaneth: ids yt-NNNNNN; Spanish posts of at most 140 characters that OPEN
                    WITH A PLACE HASHTAG ("#Kimbiri ", "#Llochegua ", "#SantaRosa ", "#VRAEM
                    ", "#Perú "); money with the old sign "S/." and "MM" or "mil" ("S/. 186
                    MM", "S/. 30 mil"), never "S/ " nor "millones"; never a label

Every analyst cites at least 9 of the 12 texts; every text is cited by at least two.
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

UNITS = {
    "mass": {**cc.MASS, "pounds": 0.45359237, "lb": 0.45359237, "metric tons": 1000},
    "volume": {**cc.VOLUME},
    "area": {**cc.AREA, "acres": 0.0040468564224},
    "length": {
        "km": 1,
        "kilómetros": 1,
        "m": 0.001,
        "metres": 0.001,
        "meters": 0.001,
        "metros": 0.001,
        "miles": 1.609344,
        "feet": 0.0003048,
    },
    "share": {"%": 1, "per cent": 1, "percent": 1, "por ciento": 1, "times": 100, "veces": 100},
    "soles": {"soles": 1, "s/": 1, "s/.": 1, "pen": 1},
    "years": {"years": 1, "años": 1},
    "months": {"months": 1, "meses": 1},
    "hours": {"hours": 1, "horas": 1},
    "days": {"days": 1, "días": 1},
    "magnitude": {"magnitude": 1, "magnitud": 1},
}

SPANISH_HINT = re.compile(
    r"[áéíóúñ¿¡«»]|\b(el|la|los|las|del|al|en|por|se|y|de|una?|con|sin|para|desde|hasta|más|"
    r"según|entre|hay|que)\b",
    re.I,
)
ENGLISH_HINT = re.compile(
    r"\b(the|of|in|and|by|was|were|from|to|with|at|had|per|for|a|on|is|are|has|have)\b", re.I
)
NUMBER_WORDS = re.compile(
    r"\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
    r"eighty|ninety|hundred|thousand|dozen|half|twice|third)\b",
    re.I,
)
P_FORBIDDEN_HEDGES = re.compile(
    r"\b(about|some|nearly|almost|approximately|around|more than)\b", re.I
)
P_HEDGE = {"about": "roughly", "nearly": "just under", "more_than": "over", "at_least": "at least"}
P_BAD_MONTHS = re.compile(
    r"\b(January|February|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|"
    r"Aug|Sep|Sept|Oct|Nov|Dec)\b(?!\.)|\b(Mar|Apr|Jun|Jul|Sep)\."
)
P_LABEL = re.compile(r"[a-z][a-z ]*@[A-Z][A-Za-z ]*")
V_LABEL = re.compile(r"((no|amt|pct|len|wt|dur|vol|ht|dist|mag)\.|area|age|ratio) of [a-z].*")
V_INTERNATIONAL = re.compile(r"(?<![\d,])\d{1,3},\d{3},\d{3}|(?<![\d,])\d{3},\d{3}(?![\d,])")
C_MONTHS = re.compile(
    r"\b(enero|febrero|marzo|abril|mayo|junio|julio|agosto|se(p)?tiembre|octubre|noviembre|"
    r"diciembre)\b",
    re.I,
)
C_DATE = re.compile(r"\b\d{2}/\d{2}/\d{4}\b|\b\d{2}/\d{4}\b|\b(19|20)\d\d\b")
C_LABEL = re.compile(
    r"(N\.º de|Monto|Tasa|Longitud|Profundidad|Magnitud|Duración|Peso|Pena|Capacidad|"
    r"Superficie|Población|Prevalencia) \S.*"
)
SPANISH_NOTATION_BAD = re.compile(r"\d,\d{3}(?!\d)|\d\.\d{1,2}(?!\d)")
T_OPENING = re.compile(r"#[A-ZÁÉÍÓÚ][A-Za-zÁÉÍÓÚáéíóúñ]+ ")


def style_check(fname: str, c: dict[str, Any]) -> None:
    """Each fictional analyst has habits; keep them, so the corpus stays varied."""
    cid, label = str(c.get("id", "?")), c.get("quantity")
    s = str(c.get("statement", ""))
    numeric = is_numeric(c)
    if fname == "pettibone.yaml":
        if not re.fullmatch(r"np-\d{3}", cid):
            err(f"{fname}:{cid}: Nolan's ids are np-NNN")
        if not ENGLISH_HINT.search(s):
            err(f"{fname}:{cid}: Nolan writes English")
        if re.search(r"\b(19|20)\d\d\b", s):
            err(f"{fname}:{cid}: Nolan never writes a four-digit year ('18)")
        if P_BAD_MONTHS.search(s):
            err(f"{fname}:{cid}: Nolan abbreviates months the AP way")
        if NUMBER_WORDS.search(s):
            err(f"{fname}:{cid}: Nolan writes every number in digits")
        if P_FORBIDDEN_HEDGES.search(s):
            err(f"{fname}:{cid}: Nolan's hedges are roughly / just under / over / at least")
        q = c.get("qualifier")
        if q in P_HEDGE and P_HEDGE[q] not in s.lower():
            err(f"{fname}:{cid}: Nolan writes {P_HEDGE[q]!r} for {q}")
        if label is not None and (not numeric or not P_LABEL.fullmatch(str(label))):
            err(f"{fname}:{cid}: Nolan's labels are 'measure@Place', numeric claims only")
    elif fname == "venkataraman.yaml":
        if not re.fullmatch(r"avk-\d{3}", cid):
            err(f"{fname}:{cid}: Anjali's ids are avk-NNN")
        if not ENGLISH_HINT.search(s):
            err(f"{fname}:{cid}: Anjali writes English")
        if " as on " not in s:
            err(f"{fname}:{cid}: Anjali dates every statement with 'as on'")
        if re.search(r"\b(million|billion)\b", s, re.I) or V_INTERNATIONAL.search(s):
            err(f"{fname}:{cid}: Anjali writes lakh and crore, in Indian grouping")
        if numeric:
            if not (label and V_LABEL.fullmatch(str(label))):
                err(f"{fname}:{cid}: Anjali labels every numeric claim 'no. of ...', 'amt. of ...'")
        elif label is not None:
            err(f"{fname}:{cid}: Anjali labels only numeric claims")
    elif fname == "ccasani.yaml":
        if not re.fullmatch(r"cch\.\d{2}", cid):
            err(f"{fname}:{cid}: Rómulo's ids are cch.NN")
        if not SPANISH_HINT.search(s):
            err(f"{fname}:{cid}: Rómulo writes Spanish")
        if C_MONTHS.search(s):
            err(f"{fname}:{cid}: Rómulo writes dates in figures, never a month's name")
        if not C_DATE.search(s):
            err(f"{fname}:{cid}: Rómulo dates every statement")
        if SPANISH_NOTATION_BAD.search(s):
            err(f"{fname}:{cid}: Rómulo writes numbers in Spanish notation")
        if label is not None and (not numeric or not C_LABEL.fullmatch(str(label))):
            err(
                f"{fname}:{cid}: Rómulo's labels are 'N.º de ...', 'Monto ...', 'Tasa de ...', numeric only"
            )
    elif fname == "ttito.yaml":
        if not re.fullmatch(r"yt-\d{6}", cid):
            err(f"{fname}:{cid}: Yaneth's ids are yt-NNNNNN")
        if not T_OPENING.match(s):
            err(f"{fname}:{cid}: Yaneth opens with a place hashtag")
        if len(s) > 140:
            err(f"{fname}:{cid}: Yaneth writes at most 140 characters ({len(s)})")
        if not SPANISH_HINT.search(s):
            err(f"{fname}:{cid}: Yaneth writes Spanish")
        if re.search(r"S/(?!\.)", s) or re.search(r"\b(millones|millón|million)\b", s):
            err(f"{fname}:{cid}: Yaneth writes money as 'S/. 54 MM' or 'S/. 30 mil'")
        if SPANISH_NOTATION_BAD.search(s):
            err(f"{fname}:{cid}: Yaneth writes numbers in Spanish notation")
        if label is not None:
            err(f"{fname}:{cid}: Yaneth never writes a quantity label")
    else:
        err(f"{fname}: unexpected claims file")


def analyst_mix(claims: dict[str, dict[str, Any]]) -> None:
    """File-level habits: Nolan labels 35-65 %, Rómulo 50-70 %; every analyst cites at least
    9 of the 12 texts; every text is cited by at least two analysts."""
    d: Counter[Any] = Counter()
    texts: dict[str, set[str]] = defaultdict(set)
    for c in claims.values():
        if is_numeric(c):
            d[(c.get("_file"), bool(c.get("quantity")))] += 1
        for cit in c.get("citations", []):
            texts[c["_file"]].add(cit.get("source"))
    for fname, who, lo, hi in (
        ("pettibone.yaml", "Nolan", 0.35, 0.65),
        ("ccasani.yaml", "Rómulo", 0.5, 0.7),
    ):
        yes, no = d[(fname, True)], d[(fname, False)]
        if not lo <= yes / max(yes + no, 1) <= hi:
            err(
                f"{fname}: {who} labels {lo:.0%}-{hi:.0%} of the numeric claims, got {yes} of {yes + no}"
            )
    for fname, srcs in texts.items():
        if len(srcs) < 9:
            err(f"{fname}: cites only {len(srcs)} of the 12 texts")
    cc.sources_cited_by_two(claims, 12)


SETTINGS = cc.Settings(
    root=HERE,  # eval/blind16
    units=UNITS,
    text_bytes=(1200, 1700),
    text_size="1.2-1.7 KB",
    trap_kinds=cc.TRAP_KINDS | cc.SAME_GROUP_KINDS | cc.OTHER_GROUP_KINDS,
    published_years=(2016, 2026),
    balanced_languages=True,
    source_count=(12, 12),
    strict_traps=True,
    claim_checks=(style_check,),
    all_claims_checks=(analyst_mix, cc.group_traps(HERE, UNITS)),
)

if __name__ == "__main__":
    sys.exit(cc.main(SETTINGS))
