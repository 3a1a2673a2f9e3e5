#!/usr/bin/env python3
"""Score a prediction against a corpus's ground truth (eval/expected.yaml by default).

Usage:  python eval/score.py PREDICTION.yaml|.json [EXPECTED.yaml]

e.g. `python eval/score.py prediction.yaml eval/blind2/expected.yaml` for a blind corpus.

The prediction uses the same keys as expected.yaml (extra keys are ignored):

    quantity_groups: [{claims: [id, ...]}, ...]   # a partition of the numeric claims
    duplicate_pairs: [[id_a, id_b], ...]          # any order inside a pair

Claims a prediction leaves out of every group count as singletons. Printed:
  groups      pairwise precision/recall/F1 over same-group claim pairs, and
              B-cubed precision/recall/F1 (per-claim average; not dominated by
              the one large coca-area group)
  duplicates  precision/recall/F1 over unordered pairs
  traps       how many non_duplicate_traps the prediction wrongly calls duplicates
"""

from __future__ import annotations

import itertools
import json
import sys
from pathlib import Path
from typing import Any

import yaml

EXPECTED = Path(__file__).resolve().parent / "expected.yaml"


def load(path: Path) -> Any:
    text = path.read_text(encoding="utf-8")
    return json.loads(text) if path.suffix == ".json" else yaml.safe_load(text)


def prf(tp: int, n_pred: int, n_true: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 1.0
    r = tp / n_true if n_true else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def cluster_of(groups: list[dict[str, Any]], universe: set[str]) -> dict[str, frozenset[str]]:
    out: dict[str, frozenset[str]] = {}
    for g in groups:
        members = frozenset(c for c in g.get("claims", []) if c in universe)
        for c in members:
            out[c] = members
    for c in universe - set(out):
        out[c] = frozenset({c})
    return out


def same_group_pairs(clusters: dict[str, frozenset[str]]) -> set[frozenset[str]]:
    pairs: set[frozenset[str]] = set()
    for members in set(clusters.values()):
        pairs.update(frozenset(p) for p in itertools.combinations(sorted(members), 2))
    return pairs


def score(pred: dict[str, Any], expected: Path = EXPECTED) -> str:
    """The printed report for a prediction (see the module docstring)."""
    exp = load(expected)
    lines = []
    universe = {c for g in exp["quantity_groups"] for c in g["claims"]}
    true_c = cluster_of(exp["quantity_groups"], universe)
    pred_c = cluster_of(pred.get("quantity_groups", []), universe)

    tp_pairs, pp_pairs = same_group_pairs(true_c), same_group_pairs(pred_c)
    p, r, f = prf(len(tp_pairs & pp_pairs), len(pp_pairs), len(tp_pairs))
    lines.append(f"groups (pairwise)  P={p:.3f} R={r:.3f} F1={f:.3f}")
    bp = sum(len(true_c[c] & pred_c[c]) / len(pred_c[c]) for c in universe) / len(universe)
    br = sum(len(true_c[c] & pred_c[c]) / len(true_c[c]) for c in universe) / len(universe)
    bf = 2 * bp * br / (bp + br) if bp + br else 0.0
    lines.append(f"groups (B-cubed)   P={bp:.3f} R={br:.3f} F1={bf:.3f}")

    true_d = {frozenset(p) for p in exp["duplicate_pairs"]}
    pred_d = {frozenset(p) for p in pred.get("duplicate_pairs", []) if len(set(p)) == 2}
    p, r, f = prf(len(true_d & pred_d), len(pred_d), len(true_d))
    lines.append(
        f"duplicates         P={p:.3f} R={r:.3f} F1={f:.3f}  "
        f"(predicted {len(pred_d)}, expected {len(true_d)})"
    )

    traps = exp.get("non_duplicate_traps", [])
    fallen = [t for t in traps if frozenset(t["pair"]) in pred_d]
    lines.append(f"traps              {len(traps) - len(fallen)}/{len(traps)} avoided")
    for t in fallen:
        lines.append(f"  called duplicate: {t['pair'][0]} ~ {t['pair'][1]}  {t['why']}")
    return "\n".join(lines)


def main() -> int:
    if len(sys.argv) not in (2, 3):
        print(__doc__)
        return 2
    expected = Path(sys.argv[2]) if len(sys.argv) == 3 else EXPECTED
    print(score(load(Path(sys.argv[1])), expected))
    return 0


if __name__ == "__main__":
    sys.exit(main())
