"""The evaluation corpus (eval/): grouping and duplicates stay at or above 0.8 P/R."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

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


@pytest.mark.parametrize(
    "script",
    [
        "check_corpus.py",
        *(
            f"{d}/check_corpus.py"
            for d in (
                "holdout",
                "blind",
                "blind2",
                "blind3",
                "blind4",
                "blind5",
                "blind6",
                "blind7",
                "blind8",
                "blind9",
                "blind10",
                "blind11",
                "blind12",
                "blind13",
                "blind14",
                "blind15",
                "blind16",
                "blind17",
                "blind18",
                "blind19",
                "blind20",
                "blind21",
                "blind22",
                "blind23",
                "blind24",
                "blind25",
                "blind26",
                "blind27",
                "blind28",
                "blind29",
                "blind30",
            )
        ),
    ],
)
def test_every_evaluation_corpus_is_valid(script: str) -> None:
    """Each corpus's validator (eval/corpus_checks.py with its settings) accepts it."""
    done = subprocess.run(
        [sys.executable, str(REPO / "eval" / script)], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.rstrip().endswith("OK")


def test_the_stem_audit_lists_words_reached_through_another_words_stem(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """eval/stem_audit.py lists "policial" (reaching the police through "policía", which
    is fine) and no word of OWN_MEANING ("rápido" once reached "rape")."""
    import stem_audit

    def english(form: str) -> str:
        return "en"

    assert stem_audit._reached_by_another_stem("policial", "es", english) is not None
    assert stem_audit._reached_by_another_stem("rapido", "es", english) is None
    assert stem_audit._reached_by_another_stem("police", "en", english) is None  # a form
    assert stem_audit.main(["--limit", "5"]) == 0
    rows = capsys.readouterr().out.splitlines()
    assert len(rows) == 5 and all("->" in row for row in rows)
