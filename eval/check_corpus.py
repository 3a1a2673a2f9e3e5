#!/usr/bin/env python3
"""Validate the vraem-claims evaluation corpus and its ground truth.

Usage:  python eval/check_corpus.py [--verbose]

Checks, in order:
  sources   seeds/sources.yaml keys, ids, files, languages, dates, text sizes
  claims    DESIGN.md keys, unique ids, qualifiers, ranges, every quote an exact
            substring of its source (no normalisation at all)
  expected  every id exists; every numeric claim in exactly one quantity group;
            non_numeric_claims == the claims without a value; duplicate pairs
            sorted, unique, transitively closed, inside one group (or both
            non-numeric), with overlapping values and the same time; traps sorted,
            not duplicates, with a "[kind] reason" why
  consistency (warnings): pairs of one group whose values, dates and places all
            overlap but are not marked duplicate, so a human can look again
Exit code 0 when there is no error (warnings allowed), 1 otherwise.
Only PyYAML is needed; the script does not import the vraem_claims package.
The checks live in eval/corpus_checks.py, shared with the other corpora.
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
