#!/usr/bin/env python3
"""Validate the BLIND11 vraem-claims test corpus and its ground truth.

Usage:  python eval/blind11/check_corpus.py [--verbose]

Uses the shared checks of eval/corpus_checks.py (quotes, ids, groups, duplicate pairs,
closure, traps; see its docstring), with this corpus's settings: 1.2-1.65 KB texts published
2005-2025, 14 sources, as many English as Spanish; its units (kg/kilograms/kilogramos/t/
tonnes/toneladas/pounds; m/metres/metros/km/miles/millas; litres/litros; soles/S/; US$/usd;
percent/%; years/años; días; °C); all trap kinds of corpus_checks plus two of this corpus,
`initial-vs-corrected` (same group, disjoint values, one figure replaced by another) and
`part-vs-whole` (different groups), with the strict trap checks (series traps at different
times, series-same-value traps overlapping, lookalike traps sharing a number); and
per-analyst style checks:

  carrick.yaml   Hamish: ids hx-hh (two lower-case hex digits); English statements in which
                 EVERY FIGURE IS IN MARKDOWN BOLD ("**6,240 kg**", "**a dozen**", "**half a
                 million**"); no digit outside the bold except four-digit years; non-numeric
                 statements have no bold; EVERY numeric claim labelled in lower-case
                 kebab-case ("drugs-kg", "pigs-vaccinated", "troops"); non-numeric unlabelled
  ccoyllo.yaml   Maribel: ids rq/NN; Spanish in the FIRST PERSON SINGULAR, every statement
                 opening with a recording verb (Anoto, Registro, Cuento, Consigno, Tomo, Dejo
                 constancia, Leo, Copio), also for English sources; never a quantity label
  marwick.yaml   Anneliese: ids xx-xx (two letter pairs); English statements that END WITH
                 THEIR TIME IN ISO 8601 in brackets, "(2018-11-13).", "(2018).", "(2022-05-16/
                 2022-06-30)." (equal to the claim's as_of); about HALF of the numeric claims
                 labelled (40-60 %), in PascalCase ("DrugsSeized", "PigDeaths");
                 non-numeric unlabelled
  quinones.yaml  Wilfredo: ids NNNw; BILINGUAL statements, Spanish first, then " / " and the
                 same in English; labels, when present, dotted lower-case Spanish without
                 accents ("droga.incautada", "cerdos.muertos", "meta"); >= 10 labelled and >= 10
                 unlabelled numeric claims; non-numeric unlabelled

Exit code 0 when there is no error (warnings allowed), 1 otherwise.
Only PyYAML is needed; the script does not import the vraem_claims package.
"""

from __future__ import annotations

import datetime as dt
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
    "mass": {**cc.MASS, "pounds": 0.45359237},
    "length": {"m": 1, "metres": 1, "metros": 1, "km": 1000, "miles": 1609.344, "millas": 1609.344},
    "volume": cc.VOLUME,
    "soles": {"soles": 1, "pen": 1, "s/": 1},
    "usd": {"us$": 1, "usd": 1, "dólares": 1},
    "share": {"percent": 1, "%": 1, "por ciento": 1},
    "years": {"years": 1, "años": 1},
    "days": {"días": 1, "days": 1},
    "temperature": {"°c": 1},
}

SPANISH_HINT = re.compile(
    r"[áéíóúñ¿¡«»]|\b(el|la|los|las|del|al|en|por|se|y|de|una?|con|sin|para|desde|hasta|más|"
    r"según|entre|hay)\b",
    re.I,
)
ENGLISH_HINT = re.compile(
    r"\b(the|of|in|and|by|was|were|from|to|with|at|had|per|for|a|on|is|are|has|have)\b", re.I
)
BOLD = re.compile(r"\*\*([^*]+)\*\*")
NUMBER_WORD = re.compile(
    r"\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|hundred|"
    r"thousand|million|half)\b",
    re.I,
)
KEBAB = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")
FIRST_SINGULAR = re.compile(r"(Anoto|Registro|Cuento|Consigno|Tomo|Dejo constancia|Leo|Copio)\b")
ISO_END = re.compile(r" \((\d{4}(-\d{2}(-\d{2})?)?(/\d{4}(-\d{2}(-\d{2})?)?)?)\)\.$")
PASCAL = re.compile(r"(?:[A-Z][a-z]+)+")
DOTTED = re.compile(r"[a-z]+(\.[a-z]+)*")


def iso(value: Any) -> str:
    if isinstance(value, dict):
        return f"{iso(value.get('start'))}/{iso(value.get('end'))}"
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def style_check(fname: str, c: dict[str, Any]) -> None:
    """Each fictional analyst has habits; keep them, so the corpus stays varied."""
    cid, label = str(c.get("id", "?")), c.get("quantity")
    statement = str(c.get("statement", ""))
    if fname == "carrick.yaml":
        if not re.fullmatch(r"hx-[0-9a-f]{2}", cid):
            err(f"{fname}:{cid}: Hamish's ids are hx-hh")
        if not ENGLISH_HINT.search(statement) or re.search(r"[¿¡«»]", statement):
            err(f"{fname}:{cid}: Hamish writes statements in English")
        bold = BOLD.findall(statement)
        rest = re.sub(r"\b(19|20)\d{2}\b", "", BOLD.sub("", statement))
        if is_numeric(c):
            if not bold or not all(NUMBER_WORD.search(b) for b in bold):
                err(f"{fname}:{cid}: Hamish puts every figure in bold (**...**)")
            if re.search(r"\d", rest):
                err(f"{fname}:{cid}: a figure outside the bold (only years may be plain)")
            if not (label and KEBAB.fullmatch(str(label))):
                err(f"{fname}:{cid}: Hamish labels every numeric claim in kebab-case")
        else:
            if bold or "**" in statement:
                err(f"{fname}:{cid}: non-numeric statements carry no bold")
            if label is not None:
                err(f"{fname}:{cid}: Hamish labels only numeric claims")
    elif fname == "ccoyllo.yaml":
        if not re.fullmatch(r"rq/\d{2}", cid):
            err(f"{fname}:{cid}: Maribel's ids are rq/NN")
        if not SPANISH_HINT.search(statement):
            err(f"{fname}:{cid}: Maribel writes statements in Spanish")
        if not FIRST_SINGULAR.match(statement):
            err(f"{fname}:{cid}: Maribel opens with a first-person verb (Anoto, Registro, ...)")
        if label is not None:
            err(f"{fname}:{cid}: Maribel never writes a quantity label")
    elif fname == "marwick.yaml":
        if not re.fullmatch(r"[a-z]{2}-[a-z]{2}", cid):
            err(f"{fname}:{cid}: Anneliese's ids are xx-xx")
        if not ENGLISH_HINT.search(statement) or re.search(r"[¿¡«»]", statement):
            err(f"{fname}:{cid}: Anneliese writes statements in English")
        m = ISO_END.search(statement)
        if not m:
            err(f"{fname}:{cid}: Anneliese ends every statement with its ISO time in brackets")
        elif "as_of" in c and m[1] != iso(c["as_of"]):
            err(f"{fname}:{cid}: the ISO time {m[1]!r} differs from as_of {iso(c['as_of'])!r}")
        if label is not None and not PASCAL.fullmatch(str(label)):
            err(f"{fname}:{cid}: Anneliese's labels are PascalCase")
        if not is_numeric(c) and label is not None:
            err(f"{fname}:{cid}: Anneliese labels only numeric claims")
    elif fname == "quinones.yaml":
        if not re.fullmatch(r"\d{3}w", cid):
            err(f"{fname}:{cid}: Wilfredo's ids are NNNw")
        parts = statement.split(" / ")
        if len(parts) != 2:
            err(f"{fname}:{cid}: Wilfredo writes 'Spanish / English', one ' / '")
        else:
            es, en = parts
            if not SPANISH_HINT.search(es):
                err(f"{fname}:{cid}: Wilfredo's first half is Spanish")
            if not ENGLISH_HINT.search(en) or re.search(r"[¿¡«»ñ]", en.replace("Cuñado", "")):
                err(f"{fname}:{cid}: Wilfredo's second half is English")
        if label is not None and not DOTTED.fullmatch(str(label)):
            err(f"{fname}:{cid}: Wilfredo's labels are dotted lower-case Spanish")
        if not is_numeric(c) and label is not None:
            err(f"{fname}:{cid}: Wilfredo labels only numeric claims")
    else:
        err(f"{fname}: unexpected claims file")


def analyst_mix(claims: dict[str, dict[str, Any]]) -> None:
    """File-level habits: Anneliese labels about half; Wilfredo some; all four cite both
    languages' sources; every text is cited by at least two analysts."""
    d: Counter[Any] = Counter()
    for c in claims.values():
        if is_numeric(c):
            d[(c.get("_file"), bool(c.get("quantity")))] += 1
    yes, no = d[("marwick.yaml", True)], d[("marwick.yaml", False)]
    if not 0.4 <= yes / max(yes + no, 1) <= 0.6:
        err(
            f"marwick.yaml: labels about half of the numeric claims (40-60 %), got {yes} of {yes + no}"
        )
    yes, no = d[("quinones.yaml", True)], d[("quinones.yaml", False)]
    if yes < 10 or no < 10:
        err(
            f"quinones.yaml: labels some numeric claims and not others (>= 10 / >= 10), got {yes} / {no}"
        )
    cc.sources_cited_by_two(claims, 14)


SETTINGS = cc.Settings(
    root=HERE,  # eval/blind11
    units=UNITS,
    text_bytes=(1200, 1650),
    text_size="1.2-1.65 KB",
    trap_kinds=cc.TRAP_KINDS | cc.SAME_GROUP_KINDS | cc.OTHER_GROUP_KINDS,
    published_years=(2005, 2025),
    balanced_languages=True,
    source_count=(14, 14),
    strict_traps=True,
    claim_checks=(style_check,),
    all_claims_checks=(analyst_mix, cc.group_traps(HERE, UNITS)),
)

if __name__ == "__main__":
    sys.exit(cc.main(SETTINGS))
