#!/usr/bin/env python3
"""Score a prediction against eval/blind2/expected.yaml.

Usage:  python eval/blind2/score_blind2.py PREDICTION.yaml|.json

A thin wrapper over eval/score.py (same prediction format, same metrics); it only
points the scorer at this corpus's ground truth. Run it once, at the end.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
spec = importlib.util.spec_from_file_location("eval_score", HERE.parent / "score.py")
assert spec and spec.loader
scorer = importlib.util.module_from_spec(spec)
spec.loader.exec_module(scorer)

if __name__ == "__main__":
    if len(sys.argv) != 2:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        sys.exit(2)
    print(scorer.score(scorer.load(Path(sys.argv[1])), HERE / "expected.yaml"))
