#!/usr/bin/env python3
"""Validate the BLIND13 vraem-claims test corpus and its ground truth.

Usage:  python eval/blind13/check_corpus.py [--verbose]

Uses the shared checks of eval/corpus_checks.py (quotes, ids, groups, duplicate pairs,
closure, traps; see its docstring), with this corpus's settings: 1.3-1.7 KB texts published
2013-2026, 12 sources, as many English as Spanish; its units (kg/kilos/t/tonnes/toneladas/
pounds/libras; ha/hectares/hectáreas/km²; %/percent/per cent/por ciento; soles/S//PEN;
m/metres/metros/feet/pies; days/días and months/meses as one duration dimension, a month
counted as 30 days; years/años; min/minutes/minutos); all trap kinds of corpus_checks plus
`initial-vs-corrected` (same group, disjoint values) and `part-vs-whole` (different groups),
with the strict trap checks (series traps at different times, series-same-value traps
overlapping, lookalike traps sharing a number); and per-analyst style checks:

  achterberg.yaml  Lionel: ids la-NNN; English statements that OPEN WITH A BRACKETED TAG of
                   the outlet of the first citation ("[TAPA] ", "[UN survey] ", "[Site board] ",
                   "[Congress] "), also for Spanish sources; EVERY numeric claim labelled in
                   UpperCamelCase ("CandilVictims", "TbCases", "BridgeCost"); non-numeric
                   unlabelled
  torrejon.yaml    Gladys: ids gt-NN; Spanish statements that CLOSE WITH THE ATTRIBUTION: a
                   comma, a reporting verb and who said it, then a full stop (", informó la
                   Policía Nacional.", ", calcula la Contraloría.", ", recoge la revista
                   Southbound."), also for English sources; labels on 40-60 % of the numeric
                   claims, in snake_case without accents ("victimas", "casos_tbc",
                   "costo_puente"); non-numeric unlabelled
  tregarthen.yaml  Owen: ids ot-<topic>-<n>; English in SI style: figures always in digits
                   (no number words such as "eleven", "dozen", "million"), no comma inside a
                   number, five-digit and longer numbers grouped with spaces ("32 500 ha",
                   "PEN 63 500 000"), unit symbols instead of words (no "metres", "tonnes",
                   "hectares", "per cent", "percent", "minutes", "kilograms"); never a label
  ccanto.yaml      Yolanda: ids yc-NNN; Spanish field notes ALL IN LOWER CASE WITHOUT ACCENTS,
                   Ñ, ¿ or ¡, numbers in Spanish notation (6.480; 18,4; never 6,480 or 18.4);
                   labels on 30-50 % of the numeric claims, short lower-case abbreviations
                   without accents ("n rescatadas", "casos tbc", "ha coca", "s/ puente")

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
    "mass": {**cc.MASS, "pounds": 0.45359237, "lb": 0.45359237, "libras": 0.45359237},
    "area": {**cc.AREA, "square kilometres": 1},
    "share": {"percent": 1, "%": 1, "por ciento": 1, "per cent": 1},
    "soles": {"soles": 1, "pen": 1, "s/": 1},
    "length": {
        "m": 1,
        "metres": 1,
        "metros": 1,
        "meters": 1,
        "feet": 0.3048,
        "ft": 0.3048,
        "pies": 0.3048,
    },
    "duration": {"days": 1, "días": 1, "dias": 1, "months": 30, "meses": 30},
    "years": {"years": 1, "años": 1},
    "minutes": {"min": 1, "minutes": 1, "minutos": 1},
}

SPANISH_HINT = re.compile(
    r"[áéíóúñ¿¡«»]|\b(el|la|los|las|del|al|en|por|se|y|de|una?|con|sin|para|desde|hasta|más|"
    r"mas|según|segun|entre|hay)\b",
    re.I,
)
ENGLISH_HINT = re.compile(
    r"\b(the|of|in|and|by|was|were|from|to|with|at|had|per|for|a|on|is|are|has|have)\b", re.I
)
# Lionel's tag for each source (the outlet, short)
TAGS = {
    "atalaya-2013-tbc-vraem": "Atalaya",
    "mtc-2017-puente-puerto-ene-inicio": "MTC",
    "cartel-2018-puente-puerto-ene": "Site board",
    "pnp-2019-operacion-candil": "PNP",
    "tapa-2019-candil-trafficking": "TAPA",
    "jacs-2020-rca-coca": "JACS",
    "lmp-2021-live-puerto-ene-bridge": "LMP live",
    "breathe-andes-2023-tb-report": "Breathe Andes",
    "wamani-2023-sumilla-candil": "Wamani",
    "congreso-2024-comision-defensa-pichari": "Congress",
    "southbound-2025-bridge-bars-reserve": "Southbound",
    "un-paicmp-2026-vraem-survey-2023": "UN survey",
}
OPEN_TAG = re.compile(r"\[([A-Za-z ]+)\] [A-Z0-9]")
CAMEL = re.compile(r"[A-Z][a-z]+(?:[A-Z][a-z0-9]*)*")
REPORTING = re.compile(
    r", (informó|informa|señaló|señala|indicó|indica|precisó|precisa|detalló|detalla|"
    r"afirmó|afirma|sostiene|sostienen|declaró|reportó|reporta|recoge|recuerda|recordó|"
    r"reseña|consigna|calcula|estima|anunció|corrigió|admitió|admite|tituló|cuenta|refiere|"
    r"escribe|añade|describe) [^,]+\.$"
)
SNAKE = re.compile(r"[a-z]+(?:_[a-z]+)*")
ACCENTS = re.compile(r"[áéíóúüñÁÉÍÓÚÜÑ¿¡]")
COMMA_GROUPED = re.compile(r"\d,\d{3}(?!\d)")
UNGROUPED_BIG = re.compile(r"(?<![\d ])\d{5,}")
NUMBER_WORDS = re.compile(
    r"\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|hundred|"
    r"thousand|million|billion|dozen)\b",
    re.I,
)
UNIT_WORDS = re.compile(
    r"\b(metres?|meters?|tonnes?|tons?|hectares?|per ?cent|kilograms?|kilos|minutes?)\b", re.I
)
ENGLISH_NUMBER = re.compile(r"\d,\d{3}(?!\d)|\d\.\d{1,2}(?!\d)")
SHORT_LABEL = re.compile(r"[a-z/.]+(?: [a-z/.]+){0,2}")


def style_check(fname: str, c: dict[str, Any]) -> None:
    """Each fictional analyst has habits; keep them, so the corpus stays varied."""
    cid, label = str(c.get("id", "?")), c.get("quantity")
    statement = str(c.get("statement", ""))
    first = (c.get("citations") or [{}])[0].get("source")
    if fname == "achterberg.yaml":
        if not re.fullmatch(r"la-\d{3}", cid):
            err(f"{fname}:{cid}: Lionel's ids are la-NNN")
        m = OPEN_TAG.match(statement)
        if not m:
            err(f"{fname}:{cid}: Lionel opens every statement with a bracketed outlet tag")
        elif TAGS.get(first) != m[1]:
            err(f"{fname}:{cid}: tag {m[1]!r} is not that of {first} ({TAGS.get(first)!r})")
        if not ENGLISH_HINT.search(statement) or re.search(r"[¿¡«»]", statement):
            err(f"{fname}:{cid}: Lionel writes statements in English")
        if is_numeric(c):
            if not (label and CAMEL.fullmatch(str(label))):
                err(f"{fname}:{cid}: Lionel labels every numeric claim in UpperCamelCase")
        elif label is not None:
            err(f"{fname}:{cid}: Lionel labels only numeric claims")
    elif fname == "torrejon.yaml":
        if not re.fullmatch(r"gt-\d{2}", cid):
            err(f"{fname}:{cid}: Gladys's ids are gt-NN")
        if not SPANISH_HINT.search(statement):
            err(f"{fname}:{cid}: Gladys writes Spanish")
        if not REPORTING.search(statement):
            err(f"{fname}:{cid}: Gladys closes with ', <reporting verb> <who>.'")
        if label is not None and (not is_numeric(c) or not SNAKE.fullmatch(str(label))):
            err(
                f"{fname}:{cid}: Gladys's labels are snake_case without accents, numeric claims only"
            )
    elif fname == "tregarthen.yaml":
        if not re.fullmatch(r"ot-[a-z]+-\d+", cid):
            err(f"{fname}:{cid}: Owen's ids are ot-<topic>-<n>")
        if not ENGLISH_HINT.search(statement) or not statement.endswith("."):
            err(f"{fname}:{cid}: Owen writes English sentences")
        if COMMA_GROUPED.search(statement) or UNGROUPED_BIG.search(statement):
            err(f"{fname}:{cid}: Owen groups five-digit numbers with spaces, never commas")
        if NUMBER_WORDS.search(statement):
            err(f"{fname}:{cid}: Owen writes every figure in digits")
        if UNIT_WORDS.search(statement):
            err(f"{fname}:{cid}: Owen writes unit symbols, not unit words")
        if label is not None:
            err(f"{fname}:{cid}: Owen never writes a quantity label")
    elif fname == "ccanto.yaml":
        if not re.fullmatch(r"yc-\d{3}", cid):
            err(f"{fname}:{cid}: Yolanda's ids are yc-NNN")
        if statement != statement.lower() or ACCENTS.search(statement):
            err(f"{fname}:{cid}: Yolanda writes in lower case without accents")
        if not SPANISH_HINT.search(statement):
            err(f"{fname}:{cid}: Yolanda writes Spanish")
        if ENGLISH_NUMBER.search(statement):
            err(f"{fname}:{cid}: Yolanda writes numbers in Spanish notation")
        if label is not None and (
            not is_numeric(c) or not SHORT_LABEL.fullmatch(str(label)) or ACCENTS.search(str(label))
        ):
            err(f"{fname}:{cid}: Yolanda's labels are short lower-case abbreviations")
    else:
        err(f"{fname}: unexpected claims file")


def analyst_mix(claims: dict[str, dict[str, Any]]) -> None:
    """File-level habits: Gladys labels about half, Yolanda a third to a half; every text is
    cited by at least two analysts; all 12 texts are cited."""
    d: Counter[Any] = Counter()
    for c in claims.values():
        if is_numeric(c):
            d[(c.get("_file"), bool(c.get("quantity")))] += 1
    for fname, who, lo, hi in (
        ("torrejon.yaml", "Gladys", 0.4, 0.6),
        ("ccanto.yaml", "Yolanda", 0.3, 0.5),
    ):
        yes, no = d[(fname, True)], d[(fname, False)]
        if not lo <= yes / max(yes + no, 1) <= hi:
            err(
                f"{fname}: {who} labels {lo:.0%}-{hi:.0%} of the numeric claims, got {yes} of {yes + no}"
            )
    cc.sources_cited_by_two(claims, 12)


SETTINGS = cc.Settings(
    root=HERE,  # eval/blind13
    units=UNITS,
    text_bytes=(1300, 1700),
    text_size="1.3-1.7 KB",
    trap_kinds=cc.TRAP_KINDS | cc.SAME_GROUP_KINDS | cc.OTHER_GROUP_KINDS,
    published_years=(2013, 2026),
    balanced_languages=True,
    source_count=(12, 12),
    strict_traps=True,
    claim_checks=(style_check,),
    all_claims_checks=(analyst_mix, cc.group_traps(HERE, UNITS)),
)

if __name__ == "__main__":
    sys.exit(cc.main(SETTINGS))
