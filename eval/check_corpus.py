#!/usr/bin/env python3
"""Validate the vraem-claims evaluation corpus and its ground truth.

Usage:  python eval/check_corpus.py [--verbose]

Checks: those listed in eval/corpus_checks.py, with this corpus's settings below.
Exit code 0 when there is no error (warnings allowed), 1 otherwise.
Only PyYAML is needed; the script does not import the vraem_claims package.
"""

from __future__ import annotations

import sys
from pathlib import Path

import corpus_checks as cc

SETTINGS = cc.Settings(
    root=Path(__file__).resolve().parent,  # eval
    units={
        **cc.COMMON_UNITS,
        "area": {**cc.AREA, "square miles": cc.SQUARE_MILE_KM2},
    },
    text_bytes=(1024, 4096),
    text_size="1-4 KB",
)

if __name__ == "__main__":
    sys.exit(cc.main(SETTINGS))
