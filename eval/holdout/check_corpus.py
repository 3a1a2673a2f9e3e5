#!/usr/bin/env python3
"""Validate the held-out vraem-claims evaluation corpus and its ground truth.

Uses the checks of eval/check_corpus.py (shared in eval/corpus_checks.py): paths
under eval/holdout/, source texts of 0.8-2 KB, more units (gallons/litres,
miles/km, arrobas, rates per pit), and a few corpus invariants (analyst habits).

Usage:  python eval/holdout/check_corpus.py [--verbose]

Checks: those listed in eval/corpus_checks.py, with strict_traps (conflict traps do
not overlap, lookalike traps share a number after unit conversion) and the habits:
tom.yaml never fills `quantity`; rosa.yaml writes Spanish statements; kasia.yaml
always fills `quantity`.
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


def check_habits(claims: dict[str, dict[str, Any]]) -> None:
    """The analysts' documented habits (see README.md)."""
    spanish = re.compile(r"\b(el|la|los|las|en|de|del|se|que|y|por)\b", re.I)
    for cid, c in claims.items():
        f = c["_file"]
        if f == "tom.yaml" and "quantity" in c:
            cc.err(f"{cid}: tom.yaml never fills `quantity`")
        if f == "kasia.yaml" and "quantity" not in c:
            cc.err(f"{cid}: kasia.yaml always fills `quantity`")
        if f == "rosa.yaml" and len(spanish.findall(c["statement"])) < 2:
            cc.err(f"{cid}: rosa.yaml statements are in Spanish")
        if f == "seun.yaml" and len(c["statement"]) < 150:
            cc.err(f"{cid}: seun.yaml statements are long (>= 150 characters)")


SETTINGS = cc.Settings(
    root=Path(__file__).resolve().parent,  # eval/holdout
    units={
        **cc.COMMON_UNITS,
        "area": {**cc.AREA, "square miles": cc.SQUARE_MILE_KM2},
        "volume": {**cc.VOLUME, "l": 1},
        "volume/pit/week": {
            "litres per pit per week": 1,
            "litros por poza por semana": 1,
            "gallons per pit per week": cc.GALLON_L,
            "galones por poza por semana": cc.GALLON_L,
        },
        # the Peruvian arroba of coca leaf is 11.5 kg (stated in lpi-2025-by-the-numbers)
        "soles/kg": {**cc.SOLES_PER_KG, **cc.SOLES_PER_ARROBA},
        "length": {**cc.LENGTH, "kilometres": 1, **cc.MILES},
    },
    text_bytes=(800, 2048),
    text_size="0.8-2 KB",
    strict_traps=True,
    all_claims_checks=(check_habits,),
)

if __name__ == "__main__":
    sys.exit(cc.main(SETTINGS))
