#!/usr/bin/env python3
"""Validate the BLIND9 vraem-claims test corpus and its ground truth.

Usage:  python eval/blind9/check_corpus.py [--verbose]

Uses the shared checks of eval/corpus_checks.py (quotes, ids, groups, duplicate pairs,
closure, traps; see its docstring), with this corpus's settings: 1.1-2 KB texts published
2003-2026, 14 sources, as many English as Spanish; its units (kg/kilos/kilograms/t/tonnes/
toneladas/metric tons; ha/hectares/hectáreas/square miles; m/km; soles; US$/USD; £/GBP;
percent/%/por ciento; soles per kg, soles por kilo and soles per quintal of 46 kg; mg/kg
and milligrams per kilo; years/años; hours); all trap kinds with the strict trap checks
(series traps at different times, series-same-value traps overlapping, lookalike traps
sharing a number); and per-analyst style checks:

  harker.yaml    Edwin: ids eh-NNN; long English statements (>= 60 characters) that
                 restate every figure in another form or unit, so the claim's value is
                 NEVER written in the statement as the digits of its value field (1,300
                 kilograms become "one point three tonnes", 17,800 ha "one hundred and
                 seventy-eight square kilometres", 38 % "thirty-eight dwellings in every
                 hundred"); never a quantity label
  yauri.yaml     Teodora: ids ty_NN; Spanish statements in the reporting CONDITIONAL
                 ("habría", "tendrían", "sería", "retiraría"), also for English sources;
                 every numeric claim labelled with HASHTAGS ("#efectivos #VRAE"); non-
                 numeric claims unlabelled
  brennan.yaml   Moira: ids MB-NNN; English statements written as a QUESTION AND ITS ANSWER
                 ("How many troops ...? Some 4,500."); labels, when present, in Title Case
                 ("Troops In The Valley"); >= 10 labelled and >= 10 unlabelled numeric claims
  quilla.yaml    Ulises: ids uq.NN; terse Spanish notes (<= 70 characters); labels, when
                 present, put the UNIT FIRST and the PLACE IN BRACKETS ("ha de coca (VRAEM)",
                 "n.° de efectivos (VRAEM)", "S/ por kg de cacao seco (Llochegua)")

Exit code 0 when there is no error (warnings allowed), 1 otherwise.
Only PyYAML is needed; the script does not import the vraem_claims package.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for corpus_checks
# The writers' working copy, outside the repository, kept its own copy of corpus_checks.
if (HERE / "eval" / "corpus_checks.py").is_file():
    sys.path.insert(0, str(HERE / "eval"))
import corpus_checks as cc  # noqa: E402

err, is_numeric = cc.err, cc.is_numeric

UNITS = {
    "mass": {**cc.MASS, "metric tons": 1000},
    "area": {**cc.AREA, "square miles": cc.SQUARE_MILE_KM2},
    "length": {"m": 1, "metres": 1, "metros": 1, "km": 1000, "kilometres": 1000},
    "soles": {"soles": 1, "pen": 1, "s/": 1},
    "usd": {"usd": 1, "us$": 1, "dólares": 1},
    "gbp": {"gbp": 1, "£": 1, "pounds sterling": 1},
    "share": {"percent": 1, "%": 1, "por ciento": 1},
    "soles/kg": {**cc.SOLES_PER_KG, "soles per quintal of 46 kg": 1 / 46},
    "mg/kg": {"mg/kg": 1, "milligrams per kilo": 1},
    "kg/ha": {"kg/ha": 1},
    "usd/t": {"usd per tonne": 1},
    "power": {"w": 1},
    "years": {"years": 1, "años": 1},
    "hours": {"hours": 1, "horas": 1},
}

SPANISH_HINT = re.compile(
    r"[áéíóúñ¿¡«»]|\b(el|la|los|las|del|al|en|por|se|y|de|una?|con|sin|para|desde|hasta|más|"
    r"según|entre)\b",
    re.I,
)
ENGLISH_HINT = re.compile(
    r"\b(the|of|in|and|by|was|were|from|to|with|at|had|per|for|a|on|did|does|is|what|how)\b", re.I
)
CONDITIONAL = re.compile(r"\b\w+r[íi]an?\b", re.I)
HASHTAGS = re.compile(r"#\w+( #\w+)+")
TITLE_CASE = re.compile(r"[A-Z][\w'-]*( [A-Z][\w'-]*)*")
QA = re.compile(r"^[A-Z¿][^?]{10,}\? \S")
UNIT_FIRST = re.compile(r"(n\.° de|ha|kg|kg/ha|t|S/|US\$|£|%|W|HP|km|mg/kg|años) \S.* \([^()]+\)")


def digit_forms(v: float) -> list[str]:
    """How the digits of a value may be written: 17800 -> 17800, 17,800, 17.800; 1.3 -> 1.3, 1,3."""
    if float(v).is_integer():
        n = int(v)
        forms = {str(n), f"{n:,}", f"{n:,}".replace(",", ".")}
    else:
        s = f"{v:g}"
        forms = {s, s.replace(".", ",")}
    return sorted(forms)


def style_check(fname: str, c: dict[str, Any]) -> None:
    """Each fictional analyst has habits; keep them, so the corpus stays varied."""
    cid, label = str(c.get("id", "?")), c.get("quantity")
    statement = str(c.get("statement", ""))
    if fname == "harker.yaml":
        if not re.fullmatch(r"eh-\d{3}", cid):
            err(f"{fname}:{cid}: Edwin's ids are eh-NNN")
        if not ENGLISH_HINT.search(statement) or re.search(r"[¿¡«»]", statement):
            err(f"{fname}:{cid}: Edwin writes statements in English")
        if len(statement) < 60:
            err(f"{fname}:{cid}: Edwin writes long statements (>= 60 characters)")
        if label is not None:
            err(f"{fname}:{cid}: Edwin never writes a quantity label")
        for k in ("value", "low", "high"):
            v = c.get(k)
            if isinstance(v, (int, float)):
                for form in digit_forms(v):
                    if re.search(r"(?<![\d.,])" + re.escape(form) + r"(?![\d])", statement):
                        err(
                            f"{fname}:{cid}: Edwin restates {form} in another form, never as written"
                        )
    elif fname == "yauri.yaml":
        if not re.fullmatch(r"ty_\d{2}", cid):
            err(f"{fname}:{cid}: Teodora's ids are ty_NN")
        if not SPANISH_HINT.search(statement):
            err(f"{fname}:{cid}: Teodora writes statements in Spanish")
        if not CONDITIONAL.search(statement):
            err(f"{fname}:{cid}: Teodora writes in the reporting conditional (habría, sería ...)")
        if is_numeric(c) and not (label and HASHTAGS.fullmatch(str(label))):
            err(f"{fname}:{cid}: Teodora labels every numeric claim with hashtags '#a #b'")
        if not is_numeric(c) and label is not None:
            err(f"{fname}:{cid}: Teodora labels only numeric claims")
    elif fname == "brennan.yaml":
        if not re.fullmatch(r"MB-\d{3}", cid):
            err(f"{fname}:{cid}: Moira's ids are MB-NNN")
        if not ENGLISH_HINT.search(statement) or re.search(r"[¿¡«»]", statement):
            err(f"{fname}:{cid}: Moira writes statements in English")
        if not QA.search(statement):
            err(f"{fname}:{cid}: Moira writes a question and its answer ('How many ...? 28.')")
        if label is not None and not TITLE_CASE.fullmatch(str(label)):
            err(f"{fname}:{cid}: Moira's labels are in Title Case")
        if not is_numeric(c) and label is not None:
            err(f"{fname}:{cid}: Moira labels only numeric claims")
    elif fname == "quilla.yaml":
        if not re.fullmatch(r"uq\.\d{2}", cid):
            err(f"{fname}:{cid}: Ulises's ids are uq.NN")
        if not SPANISH_HINT.search(statement) and ENGLISH_HINT.search(statement):
            err(f"{fname}:{cid}: Ulises writes statements in Spanish")
        if len(statement) > 70:
            err(f"{fname}:{cid}: Ulises writes terse notes (<= 70 characters)")
        if label is not None and not UNIT_FIRST.fullmatch(str(label)):
            err(f"{fname}:{cid}: Ulises's labels put the unit first and the place in brackets")
        if not is_numeric(c) and label is not None:
            err(f"{fname}:{cid}: Ulises labels only numeric claims")
    else:
        err(f"{fname}: unexpected claims file")


def analyst_mix(claims: dict[str, dict[str, Any]]) -> None:
    """File-level habit: Moira labels some numeric claims and not others."""
    d: Counter[Any] = Counter()
    for c in claims.values():
        if is_numeric(c):
            d[(c.get("_file"), bool(c.get("quantity")))] += 1
    for f in ("brennan.yaml",):
        if d[(f, True)] < 10 or d[(f, False)] < 10:
            err(
                f"{f}: labels some numeric claims and not others (>= 10 / >= 10), "
                f"got {d[(f, True)]} labelled, {d[(f, False)]} unlabelled"
            )


SETTINGS = cc.Settings(
    root=HERE,  # eval/blind9
    units=UNITS,
    text_bytes=(1100, 2048),
    text_size="1.1-2 KB",
    published_years=(2003, 2026),
    balanced_languages=True,
    source_count=(14, 14),
    strict_traps=True,
    claim_checks=(style_check,),
    all_claims_checks=(analyst_mix,),
)

if __name__ == "__main__":
    sys.exit(cc.main(SETTINGS))
