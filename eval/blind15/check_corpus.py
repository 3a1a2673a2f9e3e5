#!/usr/bin/env python3
"""Validate the BLIND15 vraem-claims test corpus and its ground truth.

Usage:  python eval/blind15/check_corpus.py [--verbose]

Uses the shared checks of eval/corpus_checks.py (quotes, ids, groups, duplicate pairs,
closure, traps; see its docstring), with this corpus's settings: 1.2-1.7 KB texts published
2016-2026, 12 sources, as many English as Spanish; its units (kg/kilos/pounds;
litres/litros/gallons/galones; ha/hectares/km²/m²; km/kilómetros/miles/m/metres/metros/
feet; %/per cent/por ciento; soles/S//PEN; years/años; months/meses; hours/horas; times;
mg/kg); all trap kinds of corpus_checks plus `initial-vs-corrected` (same group, disjoint
values) and `part-vs-whole` (different groups), with the strict trap checks (series traps
at different times, series-same-value traps overlapping, lookalike traps sharing a number);
and per-analyst style checks:

  langridge.yaml   Beatrix: ids bl-NNN; British English; shares written "per cent", never
                   "%"; the numbers one to nine IN WORDS (a digit 1-9 standing alone only as
                   a day of the month before its month name); a statement whose first
                   citation is a Spanish source ENDS WITH " [own translation]", and only
                   those; labels "topic: measure" in lower case ("chaska: dredges",
                   "market: stalls", "roads: deaths") on 50-70 % of the numeric claims
  huaccachi.yaml   Teófila: ids thp-NN; Spanish, every statement OPENS WITH WHO ASSERTS IT
                   as subject, a reporting verb in the present and "que" ("La Policía
                   Nacional informa que ...", "La revista Highlands Business Review recoge
                   que ..."), also for English sources; Spanish notation (3.870; 24,3);
                   labels on 40-60 % of the numeric claims, ABBREVIATED lower-case Spanish
                   with at least one full stop ("dragas destr.", "fallec. en vías")
  fairweather.yaml Callum: ids cf-xxxx (four hex digits); TELEGRAPHIC English without
                   articles (no "the", "a", "an"), at most 110 characters before a closing
                   ADMIRALTY GRADE in brackets ("[B2]") whose letter is the reliability of
                   the first cited source in sources.yaml; every number in digits (no
                   number words); never a label
  ayquipa.yaml     Dina: ids dal-<tema>-<n>; Spanish that OPENS WITH ITS TIME ("En mayo de
                   2019, ...", "Entre 2020 y 2024, ...": a year before the first comma);
                   Peruvian press numbers: no number of four digits or more except years
                   ("3 mil 600", "13 mil 600 litros", "S/ 12,4 millones"), decimal comma;
                   imperial units converted in the prose (no pounds, miles, feet, gallons,
                   libras, millas, pies, galones); EVERY numeric claim labelled in
                   snake_case ("dragas_destruidas", "muertes_viales"); non-numeric never

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
    "volume": {**cc.VOLUME},
    "area": {**cc.AREA, "m²": 1e-6, "m2": 1e-6, "metros cuadrados": 1e-6},
    "length": {
        "km": 1,
        "kilómetros": 1,
        "kilometres": 1,
        "miles": 1.609344,
        "millas": 1.609344,
        "m": 0.001,
        "metres": 0.001,
        "metros": 0.001,
        "meters": 0.001,
        "feet": 0.0003048,
        "pies": 0.0003048,
    },
    "share": {"%": 1, "percent": 1, "per cent": 1, "por ciento": 1},
    "soles": {"soles": 1, "pen": 1, "s/": 1},
    "years": {"years": 1, "años": 1},
    "months": {"months": 1, "meses": 1},
    "hours": {"hours": 1, "horas": 1},
    "times": {"times": 1, "veces": 1},
    "mg/kg": {"mg/kg": 1},
}

SPANISH_HINT = re.compile(
    r"[áéíóúñ¿¡«»]|\b(el|la|los|las|del|al|en|por|se|y|de|una?|con|sin|para|desde|hasta|más|"
    r"según|entre|hay|que)\b",
    re.I,
)
ENGLISH_HINT = re.compile(
    r"\b(the|of|in|and|by|was|were|from|to|with|at|had|per|for|a|on|is|are|has|have)\b", re.I
)
MONTHS_EN = (
    r"(January|February|March|April|May|June|July|August|September|October|November|December)"
)
TOPIC_LABEL = re.compile(r"[a-z]+(?: [a-z]+)*: [a-z]+(?: [a-z]+)*")
REPORTING = (
    r"(informa|informan|reporta|reportan|señala|señalan|indica|indican|sostiene|sostienen|"
    r"afirma|afirman|consigna|consignan|registra|registran|precisa|precisan|declara|declaran|"
    r"estima|estiman|calcula|calculan|recuerda|recuerdan|recoge|recogen|cuenta|cuentan|"
    r"detalla|detallan|da cuenta de|admite|reconoce)"
)
OPENS_WITH_ACTOR = re.compile(rf"(El|La|Los|Las) [^.;:]{{2,110}}? {REPORTING} que \S")
SPANISH_NOTATION_BAD = re.compile(r"\d,\d{3}(?!\d)|\d\.\d{1,2}(?!\d)")
ADMIRALTY = re.compile(r"(.+) \[([A-F])([1-6])\]")
NUMBER_WORDS = re.compile(
    r"\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
    r"eighty|ninety|hundred|thousand|million|dozen|half|twice)\b",
    re.I,
)
ARTICLES = re.compile(r"\b(the|a|an)\b", re.I)
TIME_OPENING = re.compile(
    r"(En|Entre|Al|A|Hasta|Desde|Durante|Tras|Para|El|Hacia|Antes de)\b[^,]*\b(19|20)\d\d\b[^,]*, "
)
IMPERIAL = re.compile(
    r"\b(pounds?|miles?|feet|foot|gallons?|libras?|millas?|pies|galones?)\b", re.I
)
SNAKE = re.compile(r"[a-z0-9]+(?:_[a-z0-9]+)*")

_RELIABILITY: dict[str, str] = {}
_LANGUAGE: dict[str, str] = {}


def _meta() -> None:
    if _LANGUAGE:
        return
    data = cc.load_yaml(HERE / "corpus" / "seeds" / "sources.yaml")
    for s in data.get("sources", []):
        _RELIABILITY[s["id"]] = str(s.get("reliability", ""))
        _LANGUAGE[s["id"]] = str(s.get("language", ""))


def british_digits_ok(statement: str) -> bool:
    """One to nine in words: a lone digit 1-9 only as a day of the month."""
    rest = re.sub(rf"\b\d{{1,2}} {MONTHS_EN}\b", "", statement)
    return not re.search(r"(?<![\d.,])\b[1-9]\b(?![.,]\d)", rest)


def peruvian_numbers_ok(statement: str) -> bool:
    """No number of four digits or more except years; no grouping separators; decimal comma."""
    if re.search(r"\d[.,]\d{3}(?!\d)", statement) or re.search(r"\d\.\d", statement):
        return False
    for tok in re.findall(r"\d+", statement):
        if len(tok) >= 4 and not (len(tok) == 4 and 1900 <= int(tok) <= 2099):
            return False
    return True


def style_check(fname: str, c: dict[str, Any]) -> None:
    """Each fictional analyst has habits; keep them, so the corpus stays varied."""
    _meta()
    cid, label = str(c.get("id", "?")), c.get("quantity")
    statement = str(c.get("statement", ""))
    first = (c.get("citations") or [{}])[0].get("source")
    if fname == "langridge.yaml":
        if not re.fullmatch(r"bl-\d{3}", cid):
            err(f"{fname}:{cid}: Beatrix's ids are bl-NNN")
        if not ENGLISH_HINT.search(statement) or re.search(r"[¿¡«»]", statement):
            err(f"{fname}:{cid}: Beatrix writes English")
        if "%" in statement:
            err(f"{fname}:{cid}: Beatrix writes 'per cent', never '%'")
        if not british_digits_ok(statement):
            err(f"{fname}:{cid}: Beatrix writes one to nine in words")
        tagged = statement.endswith(" [own translation]")
        if tagged != (_LANGUAGE.get(first) == "es"):
            err(
                f"{fname}:{cid}: Beatrix ends exactly her claims from Spanish sources with [own translation]"
            )
        if label is not None and (not is_numeric(c) or not TOPIC_LABEL.fullmatch(str(label))):
            err(f"{fname}:{cid}: Beatrix's labels are 'topic: measure', numeric claims only")
    elif fname == "huaccachi.yaml":
        if not re.fullmatch(r"thp-\d{2}", cid):
            err(f"{fname}:{cid}: Teófila's ids are thp-NN")
        if not OPENS_WITH_ACTOR.match(statement):
            err(f"{fname}:{cid}: Teófila opens with who asserts it, a reporting verb and 'que'")
        if SPANISH_NOTATION_BAD.search(statement):
            err(f"{fname}:{cid}: Teófila writes numbers in Spanish notation")
        if label is not None and (
            not is_numeric(c) or "." not in str(label) or str(label) != str(label).lower()
        ):
            err(f"{fname}:{cid}: Teófila's labels are abbreviated lower-case Spanish, numeric only")
    elif fname == "fairweather.yaml":
        if not re.fullmatch(r"cf-[0-9a-f]{4}", cid):
            err(f"{fname}:{cid}: Callum's ids are cf-xxxx (hex)")
        m = ADMIRALTY.fullmatch(statement)
        if not m:
            err(f"{fname}:{cid}: Callum closes with an Admiralty grade [B2]")
        else:
            body = m[1]
            if m[2] != _RELIABILITY.get(first):
                err(f"{fname}:{cid}: grade letter {m[2]} is not the reliability of {first}")
            if len(body) > 110:
                err(f"{fname}:{cid}: Callum writes at most 110 characters ({len(body)})")
            if ARTICLES.search(body):
                err(f"{fname}:{cid}: Callum writes telegraphic English, without articles")
            if NUMBER_WORDS.search(body):
                err(f"{fname}:{cid}: Callum writes every number in digits")
            if not re.search(r"[A-Za-z]{3}", body) or re.search(r"[áéíóú]\w* (de|del|la)\b", body):
                err(f"{fname}:{cid}: Callum writes English")
        if label is not None:
            err(f"{fname}:{cid}: Callum never writes a quantity label")
    elif fname == "ayquipa.yaml":
        if not re.fullmatch(r"dal-(chaska|mercado|vias|embarazo)-\d{1,2}", cid):
            err(f"{fname}:{cid}: Dina's ids are dal-<tema>-<n>")
        if not TIME_OPENING.match(statement):
            err(f"{fname}:{cid}: Dina opens with the time, a year before the first comma")
        if not SPANISH_HINT.search(statement):
            err(f"{fname}:{cid}: Dina writes Spanish")
        if not peruvian_numbers_ok(statement):
            err(f"{fname}:{cid}: Dina writes numbers as the Peruvian press does ('3 mil 600')")
        if IMPERIAL.search(statement):
            err(f"{fname}:{cid}: Dina converts imperial units in her prose")
        if is_numeric(c):
            if not (label and SNAKE.fullmatch(str(label))):
                err(f"{fname}:{cid}: Dina labels every numeric claim in snake_case")
        elif label is not None:
            err(f"{fname}:{cid}: Dina labels only numeric claims")
    else:
        err(f"{fname}: unexpected claims file")


def analyst_mix(claims: dict[str, dict[str, Any]]) -> None:
    """File-level habits: Beatrix labels 50-70 %, Teófila 40-60 %; every text is cited by
    at least two analysts; all 12 texts are cited."""
    d: Counter[Any] = Counter()
    for c in claims.values():
        if is_numeric(c):
            d[(c.get("_file"), bool(c.get("quantity")))] += 1
    for fname, who, lo, hi in (
        ("langridge.yaml", "Beatrix", 0.5, 0.7),
        ("huaccachi.yaml", "Teófila", 0.4, 0.6),
    ):
        yes, no = d[(fname, True)], d[(fname, False)]
        if not lo <= yes / max(yes + no, 1) <= hi:
            err(
                f"{fname}: {who} labels {lo:.0%}-{hi:.0%} of the numeric claims, got {yes} of {yes + no}"
            )
    cc.sources_cited_by_two(claims, 12)


SETTINGS = cc.Settings(
    root=HERE,  # eval/blind15
    units=UNITS,
    text_bytes=(1200, 1700),
    text_size="1.2-1.7 KB",
    trap_kinds=cc.TRAP_KINDS | cc.SAME_GROUP_KINDS | cc.OTHER_GROUP_KINDS,
    published_years=(2016, 2026),
    balanced_languages=True,
    source_count=(12, 12),
    strict_traps=True,
    claim_checks=(style_check,),
    all_claims_checks=(analyst_mix, cc.group_traps(HERE, UNITS)),
)

if __name__ == "__main__":
    sys.exit(cc.main(SETTINGS))
