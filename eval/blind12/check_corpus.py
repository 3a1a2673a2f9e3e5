#!/usr/bin/env python3
"""Validate the BLIND12 vraem-claims test corpus and its ground truth.

Usage:  python eval/blind12/check_corpus.py [--verbose]

Uses the shared checks of eval/corpus_checks.py (quotes, ids, groups, duplicate pairs,
closure, traps; see its docstring), with this corpus's settings: 1.1-1.7 KB texts published
2014-2026, 12 sources, as many English as Spanish; its units (kg/kilograms/kilos/kilogramos/
tonnes/pounds; ha/hectares/hectáreas/km²/square kilometres/m²; per cent/%; soles/S//PEN;
soles per kg; l/s, litres per second, litros por segundo; km/kilómetros/miles; years/años;
months; days/días); all trap kinds of corpus_checks plus two kinds, `initial-vs-corrected`
(same group, disjoint values, one figure replaced by another) and `part-vs-whole` (different
groups), with the strict trap checks (series traps at different times, series-same-value
traps overlapping, lookalike traps sharing a number); and per-analyst style checks:

  brantley.yaml   Eleanor: ids bNNN; academic English statements that END WITH AN AUTHOR-DATE
                  CITATION of the first source they cite, "(Whitfield 2025).", "(UNACMU
                  2022).", "(Defensoría del Pueblo 2023)."; EVERY numeric claim labelled
                  "what (unit)" in lower case with the unit in brackets: "coca area (ha)",
                  "detainees (n)", "farm-gate price (PEN/kg)"; non-numeric unlabelled
  anccasi.yaml    Rocío: ids ra-NN; formal Spanish in the third person, every statement OPENING
                  WITH "Según" and who says it ("Según la Policía, ...", "Según The Meridian
                  Review, ..."), also for English sources; labels (Spanish phrases) on 40-60 %
                  of the numeric claims; non-numeric unlabelled
  wrenfield.yaml  Tobias: ids wNNNN; telegraphic English log lines "what, where, when = value"
                  (exactly one " = "), DIGITS NEVER GROUPED (29600, 1800000, never 29,600);
                  EVERY numeric claim labelled as a lower-case slash path ("coca/area",
                  "remanso/people"); non-numeric unlabelled
  chuchon.yaml    Edith: ids ec-xxx (three letters); Spanish desk notes that OPEN WITH A TOPIC
                  IN CAPITALS AND A COLON ("REMANSO: ", "COCA: ", "PIÑA: ", "DESMINADO: ",
                  "AGUA KIMBIRI: "), numbers in Spanish notation (no "29,600", no "0.90");
                  never a quantity label

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
# in build/ (identical to eval/corpus_checks.py).
if not (HERE.parent / "corpus_checks.py").is_file():
    for extra in (HERE, HERE / "build"):
        if (extra / "corpus_checks.py").is_file():
            sys.path.insert(0, str(extra))
            break
import corpus_checks as cc  # noqa: E402

err, is_numeric = cc.err, cc.is_numeric

UNITS = {
    "mass": {**cc.MASS, "pounds": 0.45359237, "lb": 0.45359237},
    "area": {**cc.AREA, "square kilometres": 1, "m²": 1e-6, "metros cuadrados": 1e-6},
    "share": {"percent": 1, "%": 1, "por ciento": 1, "per cent": 1},
    "soles": {"soles": 1, "pen": 1, "s/": 1},
    "soles/kg": {**cc.SOLES_PER_KG, "soles per kg": 1},
    "flow": {"l/s": 1, "litres per second": 1, "litros por segundo": 1},
    "length": {
        "km": 1,
        "kilómetros": 1,
        "kilometres": 1,
        "miles": cc.MILE_KM,
        "millas": cc.MILE_KM,
    },
    "years": {"years": 1, "años": 1},
    "months": {"months": 1, "meses": 1},
    "days": {"days": 1, "días": 1},
}

SPANISH_HINT = re.compile(
    r"[áéíóúñ¿¡«»]|\b(el|la|los|las|del|al|en|por|se|y|de|una?|con|sin|para|desde|hasta|más|"
    r"según|entre|hay)\b",
    re.I,
)
ENGLISH_HINT = re.compile(
    r"\b(the|of|in|and|by|was|were|from|to|with|at|had|per|for|a|on|is|are|has|have)\b", re.I
)
# Eleanor's author-date citation for each source (author's first surname, or the body)
CITATION = {
    "heraldo-2014-kimbiri-agua": "Huayta 2014",
    "prn-2020-remanso": "Ashcombe 2020",
    "pnp-2020-nota-remanso": "PNP 2020",
    "unacmu-2022-coca-survey": "UNACMU 2022",
    "defensoria-2023-restos-explosivos": "Defensoría del Pueblo 2023",
    "boletin-judicial-2023-remanso": "Boletín Judicial del Sur 2023",
    "aguaandina-2023-kimbiri-plant": "Agua Andina Watch 2023",
    "mensajero-2024-breves": "El Mensajero del VRAEM 2024",
    "tftm-2025-dulce-ene-interview": "Tropical Fruit Trade Monthly 2025",
    "ejercito-2025-comunicado-desminado": "Ejército del Perú 2025",
    "meridian-2025-rivers-of-powder": "Whitfield 2025",
    "ccorahua-2026-cv": "Ccorahua 2026",
}
AUTHOR_DATE = re.compile(r" \(([^()]+ (\d{4}))\)\.$")
BRANTLEY_LABEL = re.compile(r"[a-z][a-z -]*[a-z] \([A-Za-z%/]+\)")
SLASH_PATH = re.compile(r"[a-z0-9-]+(/[a-z0-9-]+)+")
GROUPED = re.compile(r"\d[,.]\d{3}(?!\d)")
TOPIC = re.compile(r"[A-ZÁÉÍÓÚÑ]{3,}( [A-ZÁÉÍÓÚÑ]{3,})?: \S")
ENGLISH_NUMBER = re.compile(r"\d,\d{3}(?!\d)|\d\.\d{1,2}(?!\d)")


def style_check(fname: str, c: dict[str, Any]) -> None:
    """Each fictional analyst has habits; keep them, so the corpus stays varied."""
    cid, label = str(c.get("id", "?")), c.get("quantity")
    statement = str(c.get("statement", ""))
    if fname == "brantley.yaml":
        if not re.fullmatch(r"b\d{3}", cid):
            err(f"{fname}:{cid}: Eleanor's ids are bNNN")
        if not ENGLISH_HINT.search(statement) or re.search(r"[¿¡«»]", statement):
            err(f"{fname}:{cid}: Eleanor writes statements in English")
        m = AUTHOR_DATE.search(statement)
        first = (c.get("citations") or [{}])[0].get("source")
        if not m:
            err(f"{fname}:{cid}: Eleanor ends every statement with an author-date citation")
        elif CITATION.get(first) != m[1]:
            err(
                f"{fname}:{cid}: citation {m[1]!r} is not that of {first} ({CITATION.get(first)!r})"
            )
        if is_numeric(c):
            if not (label and BRANTLEY_LABEL.fullmatch(str(label))):
                err(f"{fname}:{cid}: Eleanor labels every numeric claim 'what (unit)'")
        elif label is not None:
            err(f"{fname}:{cid}: Eleanor labels only numeric claims")
    elif fname == "anccasi.yaml":
        if not re.fullmatch(r"ra-\d{2}", cid):
            err(f"{fname}:{cid}: Rocío's ids are ra-NN")
        if not statement.startswith("Según ") or not SPANISH_HINT.search(statement):
            err(f"{fname}:{cid}: Rocío opens every (Spanish) statement with 'Según'")
        if not statement.endswith("."):
            err(f"{fname}:{cid}: Rocío writes full sentences")
        if label is not None and (not is_numeric(c) or label != label.lower()):
            err(f"{fname}:{cid}: Rocío's labels are lower-case Spanish, numeric claims only")
    elif fname == "wrenfield.yaml":
        if not re.fullmatch(r"w\d{4}", cid):
            err(f"{fname}:{cid}: Tobias's ids are wNNNN")
        if statement.count(" = ") != 1 or statement.endswith("."):
            err(f"{fname}:{cid}: Tobias writes 'what = value' log lines, one ' = ', no full stop")
        if GROUPED.search(statement):
            err(f"{fname}:{cid}: Tobias never groups digits")
        if re.search(r"[áéíóúñ¿¡«»]", statement):
            err(f"{fname}:{cid}: Tobias writes English")
        if is_numeric(c):
            if not (label and SLASH_PATH.fullmatch(str(label))):
                err(f"{fname}:{cid}: Tobias labels every numeric claim as a slash path")
        elif label is not None:
            err(f"{fname}:{cid}: Tobias labels only numeric claims")
    elif fname == "chuchon.yaml":
        if not re.fullmatch(r"ec-[a-z]{3}", cid):
            err(f"{fname}:{cid}: Edith's ids are ec-xxx")
        if not TOPIC.match(statement) or not SPANISH_HINT.search(statement):
            err(
                f"{fname}:{cid}: Edith opens every (Spanish) note with a TOPIC in capitals and ': '"
            )
        if ENGLISH_NUMBER.search(statement):
            err(f"{fname}:{cid}: Edith writes numbers in Spanish notation")
        if label is not None:
            err(f"{fname}:{cid}: Edith never writes a quantity label")
    else:
        err(f"{fname}: unexpected claims file")


def analyst_mix(claims: dict[str, dict[str, Any]]) -> None:
    """File-level habits: Rocío labels about half; every text is cited by at least two
    analysts; all 12 texts are cited."""
    d: Counter[Any] = Counter()
    for c in claims.values():
        if is_numeric(c):
            d[(c.get("_file"), bool(c.get("quantity")))] += 1
    yes, no = d[("anccasi.yaml", True)], d[("anccasi.yaml", False)]
    if not 0.4 <= yes / max(yes + no, 1) <= 0.6:
        err(
            f"anccasi.yaml: labels about half of the numeric claims (40-60 %), got {yes} of {yes + no}"
        )
    cc.sources_cited_by_two(claims, 12)


SETTINGS = cc.Settings(
    root=HERE,  # eval/blind12
    units=UNITS,
    text_bytes=(1100, 1700),
    text_size="1.1-1.7 KB",
    trap_kinds=cc.TRAP_KINDS | cc.SAME_GROUP_KINDS | cc.OTHER_GROUP_KINDS,
    published_years=(2014, 2026),
    balanced_languages=True,
    source_count=(12, 12),
    strict_traps=True,
    claim_checks=(style_check,),
    all_claims_checks=(analyst_mix, cc.group_traps(HERE, UNITS)),
)

if __name__ == "__main__":
    sys.exit(cc.main(SETTINGS))
