#!/usr/bin/env python3
"""Validate the BLIND2 vraem-claims test corpus and its ground truth.

Usage:  python eval/blind2/check_corpus.py [--verbose]

Uses the checks of eval/check_corpus.py (shared in eval/corpus_checks.py), with this
corpus's size limits (0.8-2.5 KB texts, 2005-2026, half English half Spanish), its
units (quintal = 46 kg, g/kg/t, litres/gallons/m³, km/miles, ha/km², ...), the nine
trap kinds, and per-analyst style checks (Lucía: Spanish, no labels; Tomás: terse
abbreviated labels; Grace: long sentences, plain labels; Diego: mixed).

Checks, in order: as eval/blind/check_corpus.py lists them.
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

QUINTAL_KG = 46  # the Peruvian quintal used for coffee and cacao
GALLON_L = 3.785411784  # US gallon
MILE_KM = 1.609344
UNITS = {
    "mass": {
        "kg": 1,
        "kilograms": 1,
        "kilos": 1,
        "kilogramos": 1,
        "g": 0.001,
        "grams": 0.001,
        "gramos": 0.001,
        "tonnes": 1000,
        "toneladas": 1000,
        "t": 1000,
    },
    "area": {
        "km²": 1,
        "km2": 1,
        "square kilometres": 1,
        "hectares": 0.01,
        "hectáreas": 0.01,
        "ha": 0.01,
    },
    "volume": {
        "litres": 1,
        "liters": 1,
        "litros": 1,
        "gallons": GALLON_L,
        "galones": GALLON_L,
        "m³": 1000,
        "cubic metres": 1000,
    },
    "length": {
        "km": 1,
        "kilómetros": 1,
        "miles": MILE_KM,
        "mm": 1e-6,
        "milímetros": 1e-6,
    },
    "duration": {"years": 1, "años": 1},
    "flight time": {"flight hours": 1, "horas de vuelo": 1},
    "share": {"percent": 1, "%": 1, "por ciento": 1},
    "rate": {"per 100,000": 1, "por 100.000 habitantes": 1},
    "soles": {"soles": 1, "pen": 1, "s/": 1},
    "usd": {"usd": 1, "us$": 1},
    "soles/kg": {
        "soles per kg": 1,
        "soles/kg": 1,
        "soles por kilo": 1,
        "soles per quintal": 1 / QUINTAL_KG,
        "soles por quintal": 1 / QUINTAL_KG,
    },
    "kg/ha": {"kg/ha": 1, "quintales por hectárea": QUINTAL_KG, "qq/ha": QUINTAL_KG},
}


SPANISH_HINT = re.compile(
    r"[áéíóúñ¿¡]|\b(el|la|los|las|del|en|por|se|y|de|una?|con|fue|hay)\b", re.I
)
ENGLISH_HINT = re.compile(r"\b(the|of|in|and|by|was|were|from|to|with|only)\b", re.I)
# Tomás abbreviates: a label needs at least one of these tokens (or a '.', '/', '#', '%').
ABBREV = re.compile(
    r"[./#%]|\b(hh|tps|rds|cum|ckpts|stns|wpns|sec|px|cov|amt|HOM|AML|PBC|WIA|UAV|AP|rd|mi|ha|L|kg|g|yrs|PEN|natl|prog|helo|flt|hrs|CT|Au|ISR)\b"
)


def style_check(fname: str, c: dict[str, Any]) -> None:
    """Each fictional analyst has habits; keep them, so the corpus stays varied."""
    cid, label = c.get("id", "?"), c.get("quantity")
    statement = str(c.get("statement", ""))
    if fname == "lucia.yaml":
        cc.spanish_unlabelled(fname, c, "Lucía", r"lh-\d{2}", "lh-NN", SPANISH_HINT)
    elif fname == "tomas.yaml":
        if not re.fullmatch(r"tb-c\d{2}-\d{1,2}", cid):
            err(f"{fname}:{cid}: Tomás's ids are tb-cNN-n (text, running number)")
        if len(statement) > 60:
            err(f"{fname}:{cid}: Tomás's statements are terse (<= 60 characters)")
        if is_numeric(c) and not (label and len(label) <= 30 and ABBREV.search(label)):
            err(f"{fname}:{cid}: Tomás labels numeric claims tersely, with abbreviations")
    elif fname == "grace.yaml":
        if not re.fullmatch(r"okafor-[a-z0-9-]+", cid):
            err(f"{fname}:{cid}: Grace's ids are descriptive okafor-... slugs")
        if len(statement) < 100 or not ENGLISH_HINT.search(statement):
            err(f"{fname}:{cid}: Grace writes long English sentences (>= 100 characters)")
        if is_numeric(c) and not (
            label and len(label.split()) >= 3 and not re.search(r"[./#%()]", label)
        ):
            err(
                f"{fname}:{cid}: Grace labels numeric claims in plain words (>= 3 words, no abbreviations)"
            )
    elif fname == "diego.yaml":
        if not re.fullmatch(r"da-\d{3}", cid):
            err(f"{fname}:{cid}: Diego's ids are da-NNN")
    else:
        err(f"{fname}: unexpected claims file")


DIEGO_SPANISH = re.compile(
    r"[áéíóúñ]|\b(de|del|la|el|los|las|en|por|según|solo|unos|dejaron)\b", re.I
)


SETTINGS = cc.Settings(
    root=Path(__file__).resolve().parent,  # eval/blind2
    units=UNITS,
    text_bytes=(800, 2560),
    text_size="0.8-2.5 KB",
    trap_kinds=cc.TRAP_KINDS - {"series-same-value"},
    published_years=(2005, 2026),
    balanced_languages=True,
    source_count=(12, 14),
    claim_checks=(style_check,),
    all_claims_checks=(
        cc.mixed_analyst("diego.yaml", "Diego", DIEGO_SPANISH, each_language=10, each_labelling=8),
    ),
)

if __name__ == "__main__":
    sys.exit(cc.main(SETTINGS))
