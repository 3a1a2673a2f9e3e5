#!/usr/bin/env python3
"""Validate the BLIND10 vraem-claims test corpus and its ground truth.

Usage:  python eval/blind10/check_corpus.py [--verbose]

Uses the shared checks of eval/corpus_checks.py (quotes, ids, groups, duplicate pairs,
closure, traps; see its docstring), with this corpus's settings: 1.1-2 KB texts published
2016-2025, 14 sources, as many English as Spanish; its units (kg/kilos/kilograms/t/tonnes/
toneladas/pounds/quintales of 46 kg; ha/hectares/hectáreas/km²/square miles; m/metres/
metros/ft/km; litres; soles/S/; soles per kg and soles por kilo; percent/%; months/meses/
years/años/semanas; h/hours/horas); all trap kinds with the strict trap checks (series traps
at different times, series-same-value traps overlapping, lookalike traps sharing a number);
and per-analyst style checks:

  lennox.yaml     Fiona: ids k7-NNN; English statements in the FIRST PERSON PLURAL ("We
                  count ...", "We note ...", "our units"), British spelling (no "defense",
                  "program", "meters", "liters", "tons"); EVERY numeric claim labelled as
                  "measure — place — year" with em dashes ("airstrips disabled — VRAEM —
                  2019", "coca — Peru — 2022", "communities — VRAEM — 2015-2019");
                  non-numeric claims unlabelled
  ticona.yaml     Rubén: ids zq-NN; Spanish HEADLINES (<= 90 characters, no final full
                  stop) that OPEN WITH A VERB in the present tense ("Inhabilita la Policía 48
                  pistas ...", "Suman 212 las pistas ...", "Cae a 48 la cifra ..."); about
                  HALF of the numeric claims labelled (40-60 %), in SCREAMING_SNAKE_CASE
                  ("PISTAS_INHABILITADAS", "AREA_COCA", "PISTAS"); non-numeric unlabelled
  abernethy.yaml  Colm: ids w9-NNN; English statements that OPEN WITH THE DOCUMENT, "Per
                  the flight log, ...", "Per Renner's op-ed, ...", "Per the corrections
                  column, ..."; never a quantity label
  chumpitaz.yaml  Soledad: ids p3.NN; Spanish statements (also for English sources) that END
                  WITH A BRACKETED VERDICT TAG ("[firme]", "[estimado]", "[en disputa]",
                  "[corregido]", "[errado]", "[dicho en campaña]", "[rumor]", "[plan]");
                  labels, when present, in Spanish lowerCamelCase ("pistasInhabilitadas",
                  "superficieCoca", "precioChacra"); >= 10 labelled and >= 10 unlabelled
                  numeric claims; non-numeric unlabelled

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
# The writers' working copy, outside the repository, kept its own copy of corpus_checks
# beside this file (identical to eval/corpus_checks.py).
if not (HERE.parent / "corpus_checks.py").is_file() and (HERE / "corpus_checks.py").is_file():
    sys.path.insert(0, str(HERE))
import corpus_checks as cc  # noqa: E402

err, is_numeric = cc.err, cc.is_numeric

UNITS = {
    "mass": {**cc.MASS, "pounds": 0.45359237, "quintales": 46},
    "area": {**cc.AREA, "square miles": cc.SQUARE_MILE_KM2},
    "length": {"m": 1, "metres": 1, "metros": 1, "ft": 0.3048, "km": 1000},
    "volume": cc.VOLUME,
    "soles": {"soles": 1, "pen": 1, "s/": 1},
    "soles/kg": {**cc.SOLES_PER_KG, "soles a kilo": 1},
    "share": {"percent": 1, "%": 1, "por ciento": 1},
    "duration": {"months": 1, "meses": 1, "years": 12, "años": 12, "semanas": 12 / 52.1775},
    "hours": {"h": 1, "hours": 1, "horas": 1},
}

SPANISH_HINT = re.compile(
    r"[áéíóúñ¿¡«»]|\b(el|la|los|las|del|al|en|por|se|y|de|una?|con|sin|para|desde|hasta|más|"
    r"según|entre)\b",
    re.I,
)
ENGLISH_HINT = re.compile(
    r"\b(the|of|in|and|by|was|were|from|to|with|at|had|per|for|a|on|did|does|is|we|our)\b", re.I
)
FIRST_PLURAL = re.compile(r"\b(we|our|us)\b", re.I)
AMERICAN = re.compile(
    r"\b(defense|programs?|meters?|liters?|kilometers?|tons|organization|center|labor|color)\b",
    re.I,
)
DASH_LABEL = re.compile(r"[A-Za-z][^—]*[A-Za-z)] — [A-ZÁÉÍÓÚÑ][^—]*[a-zA-Z] — \d{4}(-\d{4})?")
HEADLINE = re.compile(r"[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+(a|e|an|en|á|é|án|én)\b")
SCREAMING = re.compile(r"[A-ZÁÉÍÓÚÑ0-9]+(_[A-ZÁÉÍÓÚÑ0-9]+)*")
PER_DOC = re.compile(r"Per (the |a |an |[A-Z][\w']+ )")
VERDICT = re.compile(r" \[[a-záéíóúñ ]+\]$")
CAMEL = re.compile(r"[a-záéíóúñ]+([A-ZÁÉÍÓÚÑ][a-záéíóúñ]*)*")


def style_check(fname: str, c: dict[str, Any]) -> None:
    """Each fictional analyst has habits; keep them, so the corpus stays varied."""
    cid, label = str(c.get("id", "?")), c.get("quantity")
    statement = str(c.get("statement", ""))
    if fname == "lennox.yaml":
        if not re.fullmatch(r"k7-\d{3}", cid):
            err(f"{fname}:{cid}: Fiona's ids are k7-NNN")
        if not ENGLISH_HINT.search(statement) or re.search(r"[¿¡«»]", statement):
            err(f"{fname}:{cid}: Fiona writes statements in English")
        if not FIRST_PLURAL.search(statement):
            err(f"{fname}:{cid}: Fiona writes in the first person plural (we, our, us)")
        if m := AMERICAN.search(statement):
            err(f"{fname}:{cid}: Fiona spells the British way, not {m[0]!r}")
        if is_numeric(c) and not (label and DASH_LABEL.fullmatch(str(label))):
            err(f"{fname}:{cid}: Fiona labels every numeric claim 'measure — place — year'")
        if not is_numeric(c) and label is not None:
            err(f"{fname}:{cid}: Fiona labels only numeric claims")
    elif fname == "ticona.yaml":
        if not re.fullmatch(r"zq-\d{2}", cid):
            err(f"{fname}:{cid}: Rubén's ids are zq-NN")
        if not SPANISH_HINT.search(statement):
            err(f"{fname}:{cid}: Rubén writes statements in Spanish")
        if not HEADLINE.match(statement):
            err(f"{fname}:{cid}: Rubén's headlines open with a verb in the present tense")
        if statement.endswith(".") or len(statement) > 90:
            err(f"{fname}:{cid}: Rubén's headlines are <= 90 characters, without a final full stop")
        if label is not None and not SCREAMING.fullmatch(str(label)):
            err(f"{fname}:{cid}: Rubén's labels are SCREAMING_SNAKE_CASE")
        if not is_numeric(c) and label is not None:
            err(f"{fname}:{cid}: Rubén labels only numeric claims")
    elif fname == "abernethy.yaml":
        if not re.fullmatch(r"w9-\d{3}", cid):
            err(f"{fname}:{cid}: Colm's ids are w9-NNN")
        if not ENGLISH_HINT.search(statement) or re.search(r"[¿¡«»]", statement):
            err(f"{fname}:{cid}: Colm writes statements in English")
        if not PER_DOC.match(statement):
            err(f"{fname}:{cid}: Colm opens every statement with the document ('Per the ...')")
        if label is not None:
            err(f"{fname}:{cid}: Colm never writes a quantity label")
    elif fname == "chumpitaz.yaml":
        if not re.fullmatch(r"p3\.\d{2}", cid):
            err(f"{fname}:{cid}: Soledad's ids are p3.NN")
        if not SPANISH_HINT.search(statement):
            err(f"{fname}:{cid}: Soledad writes statements in Spanish")
        if not VERDICT.search(statement):
            err(f"{fname}:{cid}: Soledad ends every statement with a verdict tag ('[firme]')")
        if label is not None and not CAMEL.fullmatch(str(label)):
            err(f"{fname}:{cid}: Soledad's labels are lowerCamelCase")
        if not is_numeric(c) and label is not None:
            err(f"{fname}:{cid}: Soledad labels only numeric claims")
    else:
        err(f"{fname}: unexpected claims file")


def analyst_mix(claims: dict[str, dict[str, Any]]) -> None:
    """File-level habits: Rubén labels about half of his numeric claims; Soledad some."""
    d: Counter[Any] = Counter()
    for c in claims.values():
        if is_numeric(c):
            d[(c.get("_file"), bool(c.get("quantity")))] += 1
    yes, no = d[("ticona.yaml", True)], d[("ticona.yaml", False)]
    if not 0.4 <= yes / max(yes + no, 1) <= 0.6:
        err(
            f"ticona.yaml: labels about half of the numeric claims (40-60 %), got {yes} of {yes + no}"
        )
    yes, no = d[("chumpitaz.yaml", True)], d[("chumpitaz.yaml", False)]
    if yes < 10 or no < 10:
        err(
            f"chumpitaz.yaml: labels some numeric claims and not others (>= 10 / >= 10), "
            f"got {yes} labelled, {no} unlabelled"
        )


SETTINGS = cc.Settings(
    root=HERE,  # eval/blind10
    units=UNITS,
    text_bytes=(1100, 2048),
    text_size="1.1-2 KB",
    published_years=(2016, 2025),
    balanced_languages=True,
    source_count=(14, 14),
    strict_traps=True,
    claim_checks=(style_check,),
    all_claims_checks=(analyst_mix,),
)

if __name__ == "__main__":
    sys.exit(cc.main(SETTINGS))
