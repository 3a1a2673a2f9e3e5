#!/usr/bin/env python3
"""Validate the BLIND14 vraem-claims test corpus and its ground truth.

Usage:  python eval/blind14/check_corpus.py [--verbose]

Uses the shared checks of eval/corpus_checks.py (quotes, ids, groups, duplicate pairs,
closure, traps; see its docstring), with this corpus's settings: 1.3-1.6 KB texts published
2010-2026, 12 sources, as many English as Spanish; its units (kg/kilos/t/tonnes/toneladas/
pounds; ha/hectares/hectáreas/km2/acres; km/kilómetros/miles; %/percent/per cent/por ciento;
soles/S//PEN; soles per kg; years/años); all trap kinds of corpus_checks plus
`initial-vs-corrected` (same group, disjoint values) and `part-vs-whole` (different groups),
with the strict trap checks (series traps at different times, series-same-value traps
overlapping, lookalike traps sharing a number); and per-analyst style checks:

  imhof.yaml      Franziska: ids fi-NNN; English; every number of four digits or more,
                  years excepted, GROUPED WITH APOSTROPHES ("1'840", "28'900 ha",
                  "PEN 23'400'000"), never with commas; day dates as 14.10.2021 (never
                  "14 October 2021"); EVERY numeric claim labelled in kebab-case English
                  ("cocaine-seized", "hbv-prevalence", "coverage"); non-numeric unlabelled
  pryor.yaml      Gideon: ids gp-<topic>-<letter>; English statements that OPEN WITH AN
                  EXISTENTIAL "There is/are/was/were/has been/had been"; never a label
  huarancca.yaml  Anselmo: ids ah-NN; Spanish in NOTARIAL STYLE: every figure in words and
                  then in digits between parentheses ("veinticuatro (24) personas",
                  "dieciocho millones seiscientos mil soles (S/ 18.600.000)"); outside the
                  parentheses digits only in years and in days of the month ("9 de
                  febrero" is written "nueve (9) de febrero"); Spanish notation inside;
                  labels on 25-45 % of the numeric claims, formal Spanish noun phrases of
                  two words or more ("personas detenidas", "costo del relleno sanitario")
  sotomayor.yaml  Rina: ids rs-NNN; Spanish sentences followed by a separate closing
                  sentence "Fuente: <outlet>." naming the outlet of the first citation,
                  also for English sources; numbers in Spanish notation (2,3; 28.600;
                  never 2.3 or 28,600); labels on 40-60 % of the numeric claims, lower case
                  with the unit in square brackets ("detenidos [personas]", "coca [ha]")

Exit code 0 when there is no error (warnings allowed), 1 otherwise.
Only PyYAML is needed; the script does not import the vraem_claims package.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
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
    "mass": {**cc.MASS, "pounds": 0.45359237, "lb": 0.45359237},
    "area": {**cc.AREA, "acres": 0.004046856, "km2": 1},
    "length": {"km": 1, "kilómetros": 1, "kilometres": 1, "miles": 1.609344, "millas": 1.609344},
    "share": {"%": 1, "percent": 1, "per cent": 1, "por ciento": 1},
    "soles": {"soles": 1, "pen": 1, "s/": 1},
    "soles/kg": {"soles/kg": 1, "soles per kg": 1, "soles por kilo": 1},
    "years": {"years": 1, "años": 1},
}

SPANISH_HINT = re.compile(
    r"[áéíóúñ¿¡«»]|\b(el|la|los|las|del|al|en|por|se|y|de|una?|con|sin|para|desde|hasta|más|"
    r"según|entre|hay)\b",
    re.I,
)
ENGLISH_HINT = re.compile(
    r"\b(the|of|in|and|by|was|were|from|to|with|at|had|per|for|a|on|is|are|has|have)\b", re.I
)
MONTHS_EN = (
    r"(January|February|March|April|May|June|July|August|September|October|November|December)"
)
MONTHS_ES = (
    r"(enero|febrero|marzo|abril|mayo|junio|julio|agosto|se[p]?tiembre|octubre|noviembre|diciembre)"
)
KEBAB = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
THERE = re.compile(r"There (is|are|was|were|has been|have been|had been) ")
NOTARIAL = re.compile(r"[a-záéíóúñ]+ \((?:S/ )?\d[\d.,]*(?: ?%)?\)")
FORMAL_LABEL = re.compile(r"[a-záéíóúñ]+(?: [a-záéíóúñA-Z]+)+")
BRACKET_LABEL = re.compile(r"[a-záéíóúñ]+(?: [a-záéíóúñ]+)* \[[^\]\s]+(?: [^\]\s]+)?\]")
ENGLISH_NUMBER = re.compile(r"\d,\d{3}(?!\d)|\d\.\d{1,2}(?!\d)")
# Rina's "Fuente:" for each source (the outlet)
FUENTES = {
    "faro-ene-2010-hepatitis-b": "El Faro del Ene",
    "minam-2014-relleno-pichari-kimbiri": "Ministerio del Ambiente",
    "ajch-2017-hbv-ashaninka": "Andean Journal of Community Health",
    "fieldstone-2019-winay-palta": "Fieldstone Development Trust",
    "pnp-2021-puma-rumi": "nota de prensa de la PNP",
    "hws-2021-puma-rumi": "Highland Wire Service",
    "unalo-2022-vraem-monitoring": "UNALO",
    "defensoria-2023-supervision-pichari": "Defensoría del Pueblo",
    "congreso-2024-comision-pichari": "transcripción de la comisión del Congreso",
    "gaceta-ande-2025-puma-rumi": "Gaceta Judicial del Ande",
    "latitude-south-2025-avocados": "Latitude South",
    "andes-report-2026-pichari-mayor": "Andes Report Online",
}


def swiss_numbers_ok(statement: str) -> bool:
    """Four-digit-and-longer numbers grouped with apostrophes (years excepted), no commas."""
    if re.search(r"\d,\d", statement):
        return False
    for tok in re.findall(r"\d[\d']*", statement):
        if "'" in tok:
            if not re.fullmatch(r"\d{1,3}(?:'\d{3})+", tok):
                return False
        elif len(tok) >= 4 and not (len(tok) == 4 and 1900 <= int(tok) <= 2099):
            return False
    return True


def notarial_ok(statement: str) -> bool:
    """Outside parentheses, digits only in years and in days of the month."""
    rest = re.sub(r"\([^)]*\)", "", statement)
    rest = re.sub(r"\b(19|20)\d\d\b", "", rest)
    rest = re.sub(rf"\b\d{{1,2}} de {MONTHS_ES}\b", "", rest)
    return not re.search(r"\d", rest)


def style_check(fname: str, c: dict[str, Any]) -> None:
    """Each fictional analyst has habits; keep them, so the corpus stays varied."""
    cid, label = str(c.get("id", "?")), c.get("quantity")
    statement = str(c.get("statement", ""))
    first = (c.get("citations") or [{}])[0].get("source")
    if fname == "imhof.yaml":
        if not re.fullmatch(r"fi-\d{3}", cid):
            err(f"{fname}:{cid}: Franziska's ids are fi-NNN")
        if not ENGLISH_HINT.search(statement) or re.search(r"[¿¡«»]", statement):
            err(f"{fname}:{cid}: Franziska writes statements in English")
        if not swiss_numbers_ok(statement):
            err(f"{fname}:{cid}: Franziska groups numbers of four digits or more with apostrophes")
        if re.search(rf"\b\d{{1,2}} {MONTHS_EN}\b", statement):
            err(f"{fname}:{cid}: Franziska writes day dates as 14.10.2021")
        if is_numeric(c):
            if not (label and KEBAB.fullmatch(str(label))):
                err(f"{fname}:{cid}: Franziska labels every numeric claim in kebab-case")
        elif label is not None:
            err(f"{fname}:{cid}: Franziska labels only numeric claims")
    elif fname == "pryor.yaml":
        if not re.fullmatch(r"gp-[a-z]+-[a-z]", cid):
            err(f"{fname}:{cid}: Gideon's ids are gp-<topic>-<letter>")
        if not THERE.match(statement) or not statement.endswith("."):
            err(f"{fname}:{cid}: Gideon opens every statement with an existential 'There ...'")
        if label is not None:
            err(f"{fname}:{cid}: Gideon never writes a quantity label")
    elif fname == "huarancca.yaml":
        if not re.fullmatch(r"ah-\d{2}", cid):
            err(f"{fname}:{cid}: Anselmo's ids are ah-NN")
        if not SPANISH_HINT.search(statement):
            err(f"{fname}:{cid}: Anselmo writes Spanish")
        if not notarial_ok(statement):
            err(f"{fname}:{cid}: Anselmo writes figures in words, digits only in parentheses")
        if is_numeric(c) and not NOTARIAL.search(statement):
            err(f"{fname}:{cid}: Anselmo's numeric statements carry 'words (digits)'")
        if re.search(r"\(\s*(?:S/ )?\d{1,3},\d{3}", statement):
            err(f"{fname}:{cid}: Anselmo writes digits in Spanish notation")
        if label is not None and (not is_numeric(c) or not FORMAL_LABEL.fullmatch(str(label))):
            err(
                f"{fname}:{cid}: Anselmo's labels are formal Spanish noun phrases, numeric claims only"
            )
    elif fname == "sotomayor.yaml":
        if not re.fullmatch(r"rs-\d{3}", cid):
            err(f"{fname}:{cid}: Rina's ids are rs-NNN")
        m = re.fullmatch(r"(.+[.!?]) Fuente: ([^.]+)\.", statement)
        if not m:
            err(f"{fname}:{cid}: Rina closes with a separate sentence 'Fuente: <outlet>.'")
        else:
            if FUENTES.get(first) != m[2]:
                err(
                    f"{fname}:{cid}: Fuente {m[2]!r} is not that of {first} ({FUENTES.get(first)!r})"
                )
            if not SPANISH_HINT.search(m[1]):
                err(f"{fname}:{cid}: Rina writes Spanish")
            if ENGLISH_NUMBER.search(m[1]):
                err(f"{fname}:{cid}: Rina writes numbers in Spanish notation")
        if label is not None and (not is_numeric(c) or not BRACKET_LABEL.fullmatch(str(label))):
            err(
                f"{fname}:{cid}: Rina's labels are lower case with the unit in brackets, numeric only"
            )
    else:
        err(f"{fname}: unexpected claims file")


def analyst_mix(claims: dict[str, dict[str, Any]]) -> None:
    """File-level habits: Anselmo labels 25-45 %, Rina 40-60 %; every text is cited by at
    least two analysts; all 12 texts are cited."""
    d: Counter[Any] = Counter()
    for c in claims.values():
        if is_numeric(c):
            d[(c.get("_file"), bool(c.get("quantity")))] += 1
    for fname, who, lo, hi in (
        ("huarancca.yaml", "Anselmo", 0.25, 0.45),
        ("sotomayor.yaml", "Rina", 0.4, 0.6),
    ):
        yes, no = d[(fname, True)], d[(fname, False)]
        if not lo <= yes / max(yes + no, 1) <= hi:
            err(
                f"{fname}: {who} labels {lo:.0%}-{hi:.0%} of the numeric claims, got {yes} of {yes + no}"
            )
    cc.sources_cited_by_two(claims, 12)


SETTINGS = cc.Settings(
    root=HERE,  # eval/blind14
    units=UNITS,
    text_bytes=(1300, 1600),
    text_size="1.3-1.6 KB",
    trap_kinds=cc.TRAP_KINDS | cc.SAME_GROUP_KINDS | cc.OTHER_GROUP_KINDS,
    published_years=(2010, 2026),
    balanced_languages=True,
    source_count=(12, 12),
    strict_traps=True,
    claim_checks=(style_check,),
    all_claims_checks=(analyst_mix, cc.group_traps(HERE, UNITS)),
)

if __name__ == "__main__":
    sys.exit(cc.main(SETTINGS))
