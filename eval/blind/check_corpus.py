#!/usr/bin/env python3
"""Validate the BLIND vraem-claims test corpus and its ground truth.

Usage:  python eval/blind/check_corpus.py [--verbose]

Uses the checks of eval/check_corpus.py (shared in eval/corpus_checks.py), with
this corpus's size limits (0.8-2.5 KB texts, 2008-2025, half English half Spanish),
its units (arrobas, gallons/litres, miles/km, ...), the nine trap kinds of the brief,
and per-analyst style checks (taxonomy labels, Spanish labels, no labels).

Checks: those listed in eval/corpus_checks.py, with this corpus's settings below.
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

TAXONOMY = re.compile(r"^[A-Z]{2,6}(-[A-Z]{1,7}){1,2}$")
SPANISH_HINT = re.compile(r"[áéíóúñ¿¡]|\b(el|la|los|las|de|del|en|por|se|y)\b", re.I)


def style_check(fname: str, c: dict[str, Any]) -> None:
    """Each fictional analyst has habits; keep them, so the corpus stays varied."""
    err, is_numeric = cc.err, cc.is_numeric
    cid, label = c.get("id", "?"), c.get("quantity")
    if fname == "iris.yaml":
        if not re.fullmatch(r"iw-\d{3}", cid):
            err(f"{fname}:{cid}: Iris's ids are iw-NNN")
        if is_numeric(c) and not (label and TAXONOMY.match(label)):
            err(f"{fname}:{cid}: Iris labels numeric claims from the taxonomy (e.g. SEIZ-COC-KG)")
    elif fname == "kofi.yaml":
        if not re.fullmatch(r"km-\d{2}", cid):
            err(f"{fname}:{cid}: Kofi's ids are km-NN")
        if label is not None:
            err(f"{fname}:{cid}: Kofi never writes a quantity label")
        if len(str(c.get("statement", ""))) > 60:
            err(f"{fname}:{cid}: Kofi's statements are short (<= 60 characters)")
    elif fname == "rosa.yaml":
        if not SPANISH_HINT.search(str(c.get("statement", ""))):
            err(f"{fname}:{cid}: Rosa writes statements in Spanish")
        if is_numeric(c) and not label:
            err(f"{fname}:{cid}: Rosa labels every numeric claim (in Spanish)")
    elif fname == "martin.yaml":
        if is_numeric(c) and not (label and " " in label and not TAXONOMY.match(label)):
            err(f"{fname}:{cid}: Martin labels numeric claims in plain English")
    else:
        err(f"{fname}: unexpected claims file")


SETTINGS = cc.Settings(
    root=Path(__file__).resolve().parent,  # eval/blind
    units={
        **cc.COMMON_UNITS,
        "volume": cc.VOLUME,
        "volume/month": {"gallons per month": cc.GALLON_L, "galones al mes": cc.GALLON_L},
        "length": {**cc.LENGTH, **cc.MILES},
        "soles/kg": {**cc.SOLES_PER_KG, **cc.SOLES_PER_ARROBA},
        "ratio": {"times capacity": 1, "veces el aforo": 1},
    },
    text_bytes=(800, 2560),
    text_size="0.8-2.5 KB",
    trap_kinds=cc.TRAP_KINDS - {"series-same-value"},
    published_years=(2008, 2025),
    balanced_languages=True,
    source_count=(10, 14),
    claim_checks=(style_check,),
)

if __name__ == "__main__":
    sys.exit(cc.main(SETTINGS))
