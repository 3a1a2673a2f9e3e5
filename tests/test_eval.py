"""The evaluation corpus (eval/): grouping and duplicates stay at or above 0.8 P/R."""

from __future__ import annotations

import re
import sys

from conftest import REPO

sys.path.insert(0, str(REPO / "eval"))

from run_eval import predict
from score import score


def test_precision_and_recall_on_the_evaluation_corpus() -> None:
    printed = score(predict())
    figures = {
        name.strip(): (float(p), float(r))
        for name, p, r in re.findall(r"^(.*?)\s+P=([\d.]+) R=([\d.]+)", printed, re.M)
    }
    for name, (precision, recall) in figures.items():
        assert precision >= 0.8 and recall >= 0.8, (name, printed)
    assert "84/84 avoided" in printed
