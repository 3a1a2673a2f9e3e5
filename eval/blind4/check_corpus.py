#!/usr/bin/env python3
"""Validate the BLIND4 vraem-claims test corpus and its ground truth.

Usage:  python eval/blind4/check_corpus.py [--verbose]

Uses the shared checks of eval/corpus_checks.py (quotes, ids, groups, duplicate pairs,
closure, traps; see its docstring), with this corpus's settings: 0.8-2.5 KB texts
published 2005-2026, 12-14 sources, as many English as Spanish; its units (kg/t/pounds,
ha/km²/square miles, km/m, soles, soles per kg, percent, days); all ten trap kinds with
the strict trap checks (series traps at different times, series-same-value traps
overlapping, lookalike traps sharing a number); and per-analyst style checks:

  fermin.yaml   Fermín: ids fh-NN, Spanish statements with every number spelled out
                (no digit at all in a statement), never a quantity label
  beatriz.yaml  Beatriz: ids bs-<tema>-<año>[-x] (Spanish slug with a year), English
                statements, every numeric claim labelled in Spanish (and no English
                label words)
  hank.yaml     Hank: ids hm_NNN, upper-case desk shorthand statements (<= 70 chars),
                every numeric claim labelled in upper-case shorthand (<= 24 chars)
  noemi.yaml    Noemí: ids no-tNN-N where tNN is the text of the first citation,
                >= 8 statements in each language, >= 6 labelled and >= 6 unlabelled
                numeric claims

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
    "mass": {**cc.MASS, "pounds": 0.45359237, "lb": 0.45359237},
    "area": {
        **cc.AREA,
        "square kilometres": 1,
        "square miles": cc.SQUARE_MILE_KM2,
    },
    "length": {**cc.LENGTH, "m": 0.001, "metros": 0.001, "miles": cc.MILE_KM},
    "usd": {"usd": 1, "us$": 1},
    "soles": {"soles": 1, "pen": 1, "s/": 1},
    "soles/kg": {**cc.SOLES_PER_KG, "soles por kg": 1},
    "share": {"percent": 1, "%": 1, "por ciento": 1},
    "duration": {"days": 1, "días": 1},
}

SPANISH_HINT = re.compile(
    r"[áéíóúñ¿¡]|\b(el|la|los|las|del|en|por|se|y|de|una?|con|fue|hay|había|sobre)\b", re.I
)
ENGLISH_HINT = re.compile(r"\b(the|of|in|and|by|was|were|from|to|with|at|after|had)\b", re.I)
ENGLISH_LABEL = re.compile(r"\b(the|of|in|and|by|for|per|number|area|killed|seized|built)\b", re.I)

SOURCE_PREFIX: dict[str, str] = {}  # source id -> "tNN", filled lazily from sources.yaml


def source_prefix(source_id: str) -> str:
    if not SOURCE_PREFIX:
        data = cc.load_yaml(Path(__file__).resolve().parent / "corpus" / "seeds" / "sources.yaml")
        for s in data.get("sources", []):
            SOURCE_PREFIX[s["id"]] = str(s["file"]).split("_", 1)[0]
    return SOURCE_PREFIX.get(source_id, "?")


def style_check(fname: str, c: dict[str, Any]) -> None:
    """Each fictional analyst has habits; keep them, so the corpus stays varied."""
    cid, label = c.get("id", "?"), c.get("quantity")
    statement = str(c.get("statement", ""))
    if fname == "fermin.yaml":
        cc.spanish_unlabelled(fname, c, "Fermín", r"fh-\d{2}", "fh-NN", SPANISH_HINT)
        if re.search(r"\d", statement):
            err(f"{fname}:{cid}: Fermín spells every number out (no digits in statements)")
    elif fname == "beatriz.yaml":
        if not re.fullmatch(r"bs-[a-z-]+-(19|20)\d\d(-[a-z]+)?", cid):
            err(f"{fname}:{cid}: Beatriz's ids are bs-<tema>-<año>")
        if not ENGLISH_HINT.search(statement) or re.search(r"[ñ¿¡]", statement):
            err(f"{fname}:{cid}: Beatriz writes statements in English")
        if is_numeric(c) and not (
            label and SPANISH_HINT.search(label) and not ENGLISH_LABEL.search(label)
        ):
            err(f"{fname}:{cid}: Beatriz labels every numeric claim in Spanish")
    elif fname == "hank.yaml":
        if not re.fullmatch(r"hm_\d{3}", cid):
            err(f"{fname}:{cid}: Hank's ids are hm_NNN")
        if statement != statement.upper() or len(statement) > 70:
            err(f"{fname}:{cid}: Hank writes upper-case shorthand (<= 70 characters)")
        if is_numeric(c) and not (label and label == label.upper() and len(label) <= 24):
            err(f"{fname}:{cid}: Hank labels numeric claims in upper-case shorthand (<= 24)")
    elif fname == "noemi.yaml":
        m = re.fullmatch(r"no-(t\d{2})-\d", cid)
        if not m:
            err(f"{fname}:{cid}: Noemí's ids are no-tNN-N")
        else:
            first = (c.get("citations") or [{}])[0].get("source", "")
            if source_prefix(first) != m[1]:
                err(f"{fname}:{cid}: Noemí's id names the text of the first citation")
    else:
        err(f"{fname}: unexpected claims file")


NOEMI_SPANISH = re.compile(r"[áéíóúñ]|\b(de|del|la|el|los|las|en|por|hay|se|con|que|una?)\b", re.I)


SETTINGS = cc.Settings(
    root=Path(__file__).resolve().parent,  # eval/blind4
    units=UNITS,
    text_bytes=(800, 2560),
    text_size="0.8-2.5 KB",
    published_years=(2005, 2026),
    balanced_languages=True,
    source_count=(12, 14),
    strict_traps=True,
    claim_checks=(style_check,),
    all_claims_checks=(
        cc.mixed_analyst("noemi.yaml", "Noemí", NOEMI_SPANISH, each_language=8, each_labelling=6),
    ),
)

if __name__ == "__main__":
    sys.exit(cc.main(SETTINGS))
