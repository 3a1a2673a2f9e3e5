#!/usr/bin/env python3
"""Validate the BLIND3 vraem-claims test corpus and its ground truth.

Usage:  python eval/blind3/check_corpus.py [--verbose]

Uses the shared checks of eval/corpus_checks.py (quotes, ids, groups, duplicate pairs,
closure, traps; see its docstring), with this corpus's settings: 0.8-2.5 KB texts
published 2005-2026, 12-14 sources, as many English as Spanish; its units (kg/t, ha/km²,
km/miles, MW, USD vs soles, soles per month, percent, days); all ten trap kinds with
the strict trap checks (series traps at different times, series-same-value traps
overlapping, lookalike traps sharing a number); and per-analyst style checks:

  wilmer.yaml   Wilmer: ids wc-NN, Spanish statements, never a quantity label
  priya.yaml    Priya: ids pn-NNN, terse statements (<= 60 chars), every numeric
                claim labelled in jargon (<= 30 chars, an acronym, an abbreviation
                such as rds, or one of . / # % ( ) :)
  oliver.yaml   Oliver: ids op-<slug>, English sentences >= 100 chars, numeric claims
                labelled in plain words (>= 3 words, no . / # % ( ) :)
  marisol.yaml  Marisol: ids mv-NNN, >= 8 statements in each language, >= 6 labelled
                and >= 6 unlabelled numeric claims

Exit code 0 when there is no error (warnings allowed), 1 otherwise.
Only PyYAML is needed; the script does not import the vraem_claims package.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # eval/, for corpus_checks
import corpus_checks as cc

err, is_numeric = cc.err, cc.is_numeric

UNITS = {
    "mass": {"kg": 1, "kilograms": 1, "kilos": 1, "t": 1000, "tonnes": 1000, "toneladas": 1000},
    "area": {
        "km²": 1,
        "km2": 1,
        "square kilometres": 1,
        "hectares": 0.01,
        "hectáreas": 0.01,
        "ha": 0.01,
    },
    "length": {"km": 1, "kilómetros": 1, "miles": cc.MILE_KM},
    "power": {"mw": 1, "megavatios": 1},
    "usd": {"usd": 1, "us$": 1},
    "soles": {"soles": 1, "pen": 1, "s/": 1},
    "soles/month": {
        "soles per month": 1,
        "soles/month": 1,
        "soles mensuales": 1,
        "soles al mes": 1,
    },
    "share": {"percent": 1, "%": 1, "por ciento": 1},
    "duration": {"days": 1, "días": 1},
}

SPANISH_HINT = re.compile(
    r"[áéíóúñ¿¡]|\b(el|la|los|las|del|en|por|se|y|de|una?|con|fue|hay|había|sobre)\b", re.I
)
ENGLISH_HINT = re.compile(r"\b(the|of|in|and|by|was|were|from|to|with|at|after)\b", re.I)
JARGON = re.compile(r"[A-Z]{2,}|[./#%():]|\b(rds|hh|xfer|est|cum)\b")


def style_check(fname: str, c: dict[str, Any]) -> None:
    """Each fictional analyst has habits; keep them, so the corpus stays varied."""
    cid, label = c.get("id", "?"), c.get("quantity")
    statement = str(c.get("statement", ""))
    if fname == "wilmer.yaml":
        cc.spanish_unlabelled(fname, c, "Wilmer", r"wc-\d{2}", "wc-NN", SPANISH_HINT)
    elif fname == "priya.yaml":
        if not re.fullmatch(r"pn-\d{3}", cid):
            err(f"{fname}:{cid}: Priya's ids are pn-NNN")
        if len(statement) > 60:
            err(f"{fname}:{cid}: Priya's statements are terse (<= 60 characters)")
        if is_numeric(c) and not (label and len(label) <= 30 and JARGON.search(label)):
            err(f"{fname}:{cid}: Priya labels numeric claims in short jargon")
    elif fname == "oliver.yaml":
        if not re.fullmatch(r"op-[a-z0-9-]+", cid):
            err(f"{fname}:{cid}: Oliver's ids are descriptive op-... slugs")
        if len(statement) < 100 or not ENGLISH_HINT.search(statement):
            err(f"{fname}:{cid}: Oliver writes long English sentences (>= 100 characters)")
        if is_numeric(c) and not (
            label and len(label.split()) >= 3 and not re.search(r"[./#%():]", label)
        ):
            err(f"{fname}:{cid}: Oliver labels numeric claims in plain words (>= 3 words)")
    elif fname == "marisol.yaml":
        if not re.fullmatch(r"mv-\d{3}", cid):
            err(f"{fname}:{cid}: Marisol's ids are mv-NNN")
    else:
        err(f"{fname}: unexpected claims file")


MARISOL_SPANISH = re.compile(
    r"[áéíóúñ]|\b(de|del|la|el|los|las|en|por|sobre|iban|viajaban|tenía|había)\b", re.I
)


SETTINGS = cc.Settings(
    root=Path(__file__).resolve().parent,  # eval/blind3
    units=UNITS,
    text_bytes=(800, 2560),
    text_size="0.8-2.5 KB",
    published_years=(2005, 2026),
    balanced_languages=True,
    source_count=(12, 14),
    strict_traps=True,
    claim_checks=(style_check,),
    all_claims_checks=(
        cc.mixed_analyst(
            "marisol.yaml", "Marisol", MARISOL_SPANISH, each_language=8, each_labelling=6
        ),
    ),
)

if __name__ == "__main__":
    sys.exit(cc.main(SETTINGS))
