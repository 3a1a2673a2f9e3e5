#!/usr/bin/env python3
"""Validate the BLIND7 vraem-claims test corpus and its ground truth.

Usage:  python eval/blind7/check_corpus.py [--verbose]

Uses the shared checks of eval/corpus_checks.py (quotes, ids, groups, duplicate pairs,
closure, traps; see its docstring), with this corpus's settings: 0.8-2.5 KB texts
published 2005-2026, 12-14 sources, as many English as Spanish; its units (kg/kilos/
kilograms/t/tonnes/toneladas; ha/hectares/km²/kilómetros cuadrados; W/vatios/kW; soles;
US$/USD/dólares; percent; soles per trip or por pasaje; soles per day or por día; soles/kg
or por kilo; hours per week or horas semanales; kilos por día; harvests per year or
cosechas al año; hours; days); all ten trap kinds with the strict trap checks (series traps
at different times, series-same-value traps overlapping, lookalike traps sharing a
number); and per-analyst style checks:

  halvorsen.yaml   Ingrid: ids ih-NNN; English statements; every numeric statement OPENS
                   WITH THE FIGURE in digits, hedges written as symbols (≈ > < ≥ ≤) and
                   ranges as "a-b" with an en dash; labels, when present, are a capitalised measure with
                   its UNIT IN BRACKETS ("Coca area [ha]", "Picker wage [PEN/day]"); >= 10
                   labelled and >= 10 unlabelled numeric claims
  ocallaghan.yaml  Declan: ids doc-<topic>-<n>; short English statements (<= 110 chars);
                   EVERY QUOTE A WHOLE PASSAGE of >= 80 characters; every numeric claim
                   labelled "measure (who says it)" in lower case with the ACTOR IN
                   PARENTHESES, non-numeric claims unlabelled; at least 6 numeric claims
                   use an interval qualifier (range, at_least, at_most)
  mamani.yaml      Justina: ids JMS-NN; never a label; Spanish RECORD-STYLE statements
                   "qué: ... | dónde: ... | cuándo: ... | cuánto: ... | fuente: ...", with
                   the cuánto field exactly when the claim is numeric
  villanueva.yaml  Renata: ids rvNN_<tema>; Spanish statements; every numeric statement
                   adds an EQUIVALENCE IN BRACKETS "(≈ ...)", "(= ...)" or "(es decir,
                   ...)"; labels, when present, start with a definite article (el, la,
                   los, las); >= 10 labelled and >= 5 unlabelled numeric claims

Exit code 0 when there is no error (warnings allowed), 1 otherwise.
Only PyYAML is needed; the script does not import the vraem_claims package.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # eval/, for corpus_checks
import corpus_checks as cc

err, is_numeric = cc.err, cc.is_numeric

UNITS = {
    "mass": {**cc.MASS},
    "area": {**cc.AREA, "kilómetros cuadrados": 1},
    "power": {"w": 1, "watts": 1, "vatios": 1, "kw": 1000},
    "soles": {"soles": 1, "pen": 1, "s/": 1},
    "usd": {"usd": 1, "us$": 1, "dólares": 1},
    "share": {"percent": 1, "%": 1, "por ciento": 1},
    "fare": {"soles per trip": 1, "soles por pasaje": 1},
    "wage": {"soles per day": 1, "soles por día": 1},
    "soles/kg": cc.SOLES_PER_KG,
    "weekly hours": {"hours per week": 1, "horas semanales": 1},
    "kg per day": {"kilos por día": 1, "kg per day": 1},
    "harvests per year": {"harvests per year": 1, "cosechas al año": 1},
    "hours": {"hours": 1, "horas": 1},
    "days": {"days": 1, "días": 1},
}

SPANISH_HINT = re.compile(
    r"[áéíóúñ¿¡]|\b(el|la|los|las|del|en|por|se|y|de|una?|con|fue|hay|según|entre)\b", re.I
)
ENGLISH_HINT = re.compile(
    r"\b(the|of|in|and|by|was|were|from|to|with|at|after|had|per|for|a|on)\b", re.I
)
FIGURE_FIRST = re.compile(r"^[≈><≥≤]?\d[\d,.]*(\u2013\d[\d,.]*)?(\s|m\b|k\b| ?%)")
BRACKET_LABEL = re.compile(r"[A-Z][^\[\]]*\S \[[^\[\]]+\]")
ACTOR_LABEL = re.compile(r"[a-z][^()]*\S \([^()]+\)")
RECORD = re.compile(
    r"qué: [^|]+ \| dónde: [^|]+ \| cuándo: [^|]+( \| cuánto: [^|]+)? \| fuente: [^|]+"
)
EQUIVALENCE = re.compile(r"\((≈|=|es decir)[^)]*\)")
ARTICLE = re.compile(r"(el|la|los|las) \S.*")


def style_check(fname: str, c: dict[str, Any]) -> None:
    """Each fictional analyst has habits; keep them, so the corpus stays varied."""
    cid, label = str(c.get("id", "?")), c.get("quantity")
    statement = str(c.get("statement", ""))
    cites = c.get("citations") or [{}]
    if fname == "halvorsen.yaml":
        if not re.fullmatch(r"ih-\d{3}", cid):
            err(f"{fname}:{cid}: Ingrid's ids are ih-NNN")
        if not ENGLISH_HINT.search(statement) or re.search(r"[ñ¿¡]", statement):
            err(f"{fname}:{cid}: Ingrid writes statements in English")
        if is_numeric(c) and not FIGURE_FIRST.match(statement):
            err(f"{fname}:{cid}: Ingrid opens every numeric statement with the figure")
        q = c.get("qualifier", "exact")
        symbol = {"about": "≈", "more_than": ">", "at_least": "≥", "at_most": "≤", "nearly": "<"}
        if q in symbol and not statement.startswith(symbol[q]):
            err(f"{fname}:{cid}: Ingrid writes the {q} hedge as {symbol[q]!r}")
        if q == "range" and not re.match(r"^\d[\d,.]*\u2013\d", statement):
            err(f"{fname}:{cid}: Ingrid writes a range as 'a\u2013b'")
        if label is not None and not BRACKET_LABEL.fullmatch(str(label)):
            err(f"{fname}:{cid}: Ingrid's labels put the unit in brackets: 'Coca area [ha]'")
        if not is_numeric(c) and label is not None:
            err(f"{fname}:{cid}: Ingrid labels only numeric claims")
    elif fname == "ocallaghan.yaml":
        if not re.fullmatch(r"doc-[a-z]+-\d+", cid):
            err(f"{fname}:{cid}: Declan's ids are doc-<topic>-<n>")
        if not ENGLISH_HINT.search(statement) or re.search(r"[ñ¿¡]", statement):
            err(f"{fname}:{cid}: Declan writes statements in English")
        if len(statement) > 110:
            err(f"{fname}:{cid}: Declan's statements are short (<= 110 characters)")
        for cit in cites:
            if len(str(cit.get("quote", ""))) < 80:
                err(f"{fname}:{cid}: Declan quotes whole passages (>= 80 characters)")
        if is_numeric(c) and not (label and ACTOR_LABEL.fullmatch(str(label))):
            err(f"{fname}:{cid}: Declan labels every numeric claim 'measure (who says it)'")
        if not is_numeric(c) and label is not None:
            err(f"{fname}:{cid}: Declan labels only numeric claims")
    elif fname == "mamani.yaml":
        cc.spanish_unlabelled(fname, c, "Justina", r"JMS-\d{2}", "JMS-NN", SPANISH_HINT)
        if not RECORD.fullmatch(statement):
            err(
                f"{fname}:{cid}: Justina writes 'qué: | dónde: | cuándo: | cuánto: | fuente:' records"
            )
        if ("| cuánto: " in statement) != is_numeric(c):
            err(f"{fname}:{cid}: Justina writes a cuánto field exactly for numeric claims")
    elif fname == "villanueva.yaml":
        if not re.fullmatch(r"rv\d{2}_[a-z]+", cid):
            err(f"{fname}:{cid}: Renata's ids are rvNN_<tema>")
        if not SPANISH_HINT.search(statement):
            err(f"{fname}:{cid}: Renata writes statements in Spanish")
        if is_numeric(c) and not EQUIVALENCE.search(statement):
            err(f"{fname}:{cid}: Renata adds an equivalence in brackets '(≈ ...)' or '(= ...)'")
        if label is not None and not ARTICLE.fullmatch(str(label)):
            err(f"{fname}:{cid}: Renata's labels start with el/la/los/las")
        if not is_numeric(c) and label is not None:
            err(f"{fname}:{cid}: Renata labels only numeric claims")
    else:
        err(f"{fname}: unexpected claims file")


def analyst_mix(claims: dict[str, dict[str, Any]]) -> None:
    """File-level habits: labelling mixes and Declan's interval qualifiers."""
    d: Counter[Any] = Counter()
    for c in claims.values():
        f = c.get("_file")
        if is_numeric(c):
            d[(f, bool(c.get("quantity")))] += 1
            if f == "ocallaghan.yaml" and c.get("qualifier") in ("range", "at_least", "at_most"):
                d["intervals"] += 1
    for f, need_unlabelled in (("halvorsen.yaml", 10), ("villanueva.yaml", 5)):
        if d[(f, True)] < 10 or d[(f, False)] < need_unlabelled:
            err(
                f"{f}: labels some numeric claims and not others (>= 10 / >= {need_unlabelled}), "
                f"got {d[(f, True)]} labelled, {d[(f, False)]} unlabelled"
            )
    if d["intervals"] < 6:
        err(f"ocallaghan.yaml: at least 6 interval qualifiers, got {d['intervals']}")


SETTINGS = cc.Settings(
    root=Path(__file__).resolve().parent,  # eval/blind7
    units=UNITS,
    text_bytes=(800, 2560),
    text_size="0.8-2.5 KB",
    published_years=(2005, 2026),
    balanced_languages=True,
    source_count=(12, 14),
    strict_traps=True,
    claim_checks=(style_check,),
    all_claims_checks=(analyst_mix,),
)

if __name__ == "__main__":
    sys.exit(cc.main(SETTINGS))
