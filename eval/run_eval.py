#!/usr/bin/env python3
"""Measure vraem-claims' same-quantity grouping and duplicate detection on this corpus.

Usage:  python eval/run_eval.py [--holdout | --blind | --blind2 | ... | --blind30]
                                [--write PREDICTION.yaml]

Runs the library on eval/corpus (a project folder) and scores the result against
eval/expected.yaml with eval/score.py's metrics. With --holdout, on eval/holdout/corpus
against eval/holdout/expected.yaml: written after the tool was tuned on eval/corpus, then
used for development after its first scoring (see README.md, "Measured quality"). With
--blind, on eval/blind: scored once, at the end, then six times more, and studied since
(see README.md). With --blind2, on eval/blind2: written later by a writer who never
read the code, scored once after the changes that the holdout guided, then studied and
developed on (its failures guided the unit, dimension and shorthand changes). With
--blind3, on eval/blind3: written by another writer who never read the code, scored
once after the changes that blind2 guided, then studied and developed on. With --blind4,
on eval/blind4: written by a fourth writer who never read the code, scored once, after the
changes that blind3 guided. With --blind5, on eval/blind5: written by a fifth writer who
never read the code, scored once, after the changes that followed blind4. --blind6 to
--blind30 are later blind corpora of the same kind; README.md ("Measured quality") gives each
one's first scoring and what was studied since.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from vraem_claims.analysis import analyse  # noqa: E402
from vraem_claims.corpus import load_corpus  # noqa: E402
from vraem_claims.project import find_project  # noqa: E402

from score import score  # noqa: E402


def predict(folder: Path = HERE) -> dict[str, object]:
    corpus = load_corpus(find_project(folder / "corpus"))
    analysis = analyse(corpus)
    return {
        "quantity_groups": [
            {"claims": sorted(m.id for m in group.measures)} for group in analysis.groups
        ],
        "duplicate_pairs": sorted(sorted(pair.ids) for pair in analysis.duplicates),
    }


CORPORA = {
    "holdout": "held-out",
    "blind": "blind",
    "blind2": "second blind",
    "blind3": "third blind",
    "blind4": "fourth blind",
    "blind5": "fifth blind",
    "blind6": "sixth blind",
    "blind7": "seventh blind",
    "blind8": "eighth blind",
    "blind9": "ninth blind",
    "blind10": "tenth blind",
    "blind11": "eleventh blind",
    "blind12": "twelfth blind",
    "blind13": "thirteenth blind",
    "blind14": "fourteenth blind",
    "blind15": "fifteenth blind",
    "blind16": "sixteenth blind",
    "blind17": "seventeenth blind",
    "blind18": "eighteenth blind",
    "blind19": "nineteenth blind",
    "blind20": "twentieth blind",
    "blind21": "twenty-first blind",
    "blind22": "twenty-second blind",
    "blind23": "twenty-third blind",
    "blind24": "twenty-fourth blind",
    "blind25": "twenty-fifth blind",
    "blind26": "twenty-sixth blind",
    "blind27": "twenty-seventh blind",
    "blind28": "twenty-eighth blind",
    "blind29": "twenty-ninth blind",
    "blind30": "thirtieth blind",
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--write", type=Path, help="also write the prediction to this file")
    which = parser.add_mutually_exclusive_group()
    for name, what in CORPORA.items():
        which.add_argument(f"--{name}", action="store_true", help=f"score the {what} corpus")
    args = parser.parse_args()
    chosen = [name for name in CORPORA if getattr(args, name)]
    folder = HERE / chosen[0] if chosen else HERE
    prediction = predict(folder)
    if args.write:
        args.write.write_text(yaml.safe_dump(prediction, sort_keys=False), encoding="utf-8")
    print(score(prediction, expected=folder / "expected.yaml"))


if __name__ == "__main__":
    main()
