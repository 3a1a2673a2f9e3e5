#!/usr/bin/env python3
"""Validate the BLIND17 vraem-claims test corpus and its ground truth.

Usage:  python eval/blind17/check_corpus.py [--verbose]

Uses the shared checks of eval/corpus_checks.py (quotes, ids, groups, duplicate pairs,
closure, traps; see its docstring), with this corpus's settings: 1.25-1.6 KB texts
published 2016-2026, 12 sources, as many English as Spanish; its units (kg/kilos/tonnes/
t/pounds/libras; litres/litros/gallons/galones; litres or gallons per day; ha/hectares/
hectáreas/km²/acres; km/kilómetros/miles/m/metros; %/percent/per cent/por ciento and
times/veces as hundreds of per cent; soles; soles per truck or vehicle; USD; hours/horas
and days/días in one dimension (1 day = 24 hours); months/meses and years/años in one
dimension (1 year = 12 months)); all trap kinds of corpus_checks plus
`initial-vs-corrected` (same group, disjoint values) and `part-vs-whole` (different
groups), with the strict trap checks (series traps at different times, series-same-value
traps overlapping, lookalike traps sharing a number); and per-analyst style checks:

  kedzierska.yaml   Zofia: ids zk.NNNN; English; NEVER A MONTH'S NAME (months in Roman
                    numerals, "25 VI 2017", "XI 2019", at least 15 statements dated so);
                    numbers grouped with a space ("38 400", "2 300"; no comma grouping, no
                    ungrouped number of four digits or more except years), decimal comma
                    ("11,2"; never a decimal point), "mln" (never "million"); hedges "ca."
                    (about), "almost" (nearly), "more than", "at least", "up to" (at_most),
                    never "about", "some", "around", "approximately", "roughly", "nearly",
                    "over"; labels, numeric only, on 35-65 % of the numeric claims, as
                    lower-case inverted index headings "towers, felled", "hours, without
                    supply"
  wybrow.yaml       Cornelius: ids cwm-NNN; English memos in which EVERY statement uses a
                    capitalised defined term ("the Attack", "the Second Attack", "the Line",
                    "the Second Line", "the Blackout", "the Utility", "the Operation", "the
                    Checkpoint", "the Ruling", "the Court", "the Festival", "the Poisoning",
                    "the Bottler", "the Project", "the Clash", "the Digest", "the Mayor");
                    figures in digits (no number words); hedges "approximately" (about), "in
                    excess of" (more_than), "just short of" (nearly), "not less than"
                    (at_least), "a maximum of" (at_most), never "about", "some", "around",
                    "nearly", "almost", "roughly", "more than", "over", "at least", "up to";
                    no contractions; never a label
  arizmendi.yaml    Guadalupe: ids ga-NNNN; Spanish in MEXICAN NOTATION (comma grouping
                    "38,400", decimal point "1.9 millones", "11.2"; never "38.400" nor
                    "1,9"; no ungrouped number of four digits or more except years); money
                    never with "S/" (soles written out); US dollars as "mdd"; hedges
                    "alrededor de" (about), "casi", "más de", "al menos", "hasta", never
                    "unos", "unas", "cerca de", "aproximadamente"; "elementos" for police
                    officers (at least 3 statements); labels, numeric only, on 35-65 % of
                    the numeric claims, as "tema · medida" ("apagón · horas")
  sulluchuco.yaml   Nicanor: ids nsa_NNN; Spanish; EVERY statement ends with a pinpoint
                    " (párr. N)." where N is the line of the source holding the quote of the
                    first citation; Peruvian notation (38.400; S/ 1,9 millones); EVERY
                    numeric claim labelled with ONE lower-case Spanish word ("torres",
                    "soles", "horas", "muertes"), non-numeric claims never

Every analyst cites at least 9 of the 12 texts; every text is cited by at least two.
Exit code 0 when there is no error (warnings allowed), 1 otherwise.
Only PyYAML is needed; the script does not import the vraem_claims package.
"""

from __future__ import annotations

import re
import sys
from collections import Counter, defaultdict
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

CORPUS = cc.corpus_folder(HERE)  # corpus/ in the repository, HERE in a working copy

UNITS = {
    "mass": {**cc.MASS, "pounds": 0.45359237, "lb": 0.45359237, "libras": 0.45359237},
    "volume": {**cc.VOLUME},
    "volume per day": {
        "litres per day": 1,
        "litros al día": 1,
        "litros por día": 1,
        "gallons per day": cc.GALLON_L,
        "galones al día": cc.GALLON_L,
    },
    "area": {**cc.AREA, "acres": 0.0040468564224},
    "length": {
        "km": 1,
        "kilómetros": 1,
        "kilometers": 1,
        "m": 0.001,
        "metres": 0.001,
        "meters": 0.001,
        "metros": 0.001,
        "miles": cc.MILE_KM,
        "millas": cc.MILE_KM,
    },
    "share": {"%": 1, "percent": 1, "per cent": 1, "por ciento": 1, "times": 100, "veces": 100},
    "soles": {"soles": 1, "s/": 1, "pen": 1},
    "soles per truck": {
        "soles per truck": 1,
        "soles per vehicle": 1,
        "soles por camión": 1,
        "soles por vehículo": 1,
    },
    "usd": {"usd": 1, "us$": 1, "dólares": 1},
    "duration": {"hours": 1, "horas": 1, "days": 24, "días": 24},
    "months": {"months": 1, "meses": 1, "years": 12, "años": 12},
}

SPANISH_HINT = re.compile(
    r"[áéíóúñ¿¡«»]|\b(el|la|los|las|del|al|en|por|se|y|de|una?|con|sin|para|desde|hasta|más|"
    r"según|entre|hay|que)\b",
    re.I,
)
ENGLISH_HINT = re.compile(
    r"\b(the|of|in|and|by|was|were|from|to|with|at|had|per|for|a|on|is|are|has|have)\b", re.I
)
NUMBER_WORDS = re.compile(
    r"\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
    r"eighty|ninety|hundred|thousand|dozen|half|twice|third)\b",
    re.I,
)
UNGROUPED = re.compile(r"(?<![\d.,])(?!(?:19|20)\d\d(?![\d.,]))\d{4,}(?![\d.,])")
ROMAN = "(?:XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)"
K_ROMAN_DATE = re.compile(rf"\b{ROMAN}(?:\u2013{ROMAN})? (?:19|20)\d\d\b")
K_MONTHS = re.compile(
    r"\b(January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b"
)
K_FORBIDDEN_HEDGES = re.compile(r"\b(about|some|around|approximately|roughly|nearly|over)\b", re.I)
K_HEDGE = {
    "about": "ca.",
    "nearly": "almost",
    "more_than": "more than",
    "at_least": "at least",
    "at_most": "up to",
}
K_LABEL = re.compile(r"[a-z][a-z\- ]*, [a-z][a-z\- ]*")
W_TERM = re.compile(
    r"\b[Tt]he (Attack|Second Attack|Line|Second Line|Blackout|Utility|Operation|Checkpoint|"
    r"Ruling|Court|Festival|Poisoning|Bottler|Project|Clash|Digest|Mayor)\b"
)
W_FORBIDDEN_HEDGES = re.compile(
    r"\b(about|some|around|nearly|almost|roughly|more than|over|at least|up to)\b|\bca\.", re.I
)
W_HEDGE = {
    "about": "approximately",
    "more_than": "in excess of",
    "nearly": "just short of",
    "at_least": "not less than",
    "at_most": "a maximum of",
}
W_CONTRACTION = re.compile(r"n't\b|'re\b|'ve\b|'ll\b|'d\b")
A_BAD_NOTATION = re.compile(r"\d\.\d{3}(?!\d)|\d,\d{1,2}(?!\d)")
A_FORBIDDEN_HEDGES = re.compile(r"\b(unos|unas|cerca de|aproximadamente|aprox)\b", re.I)
A_HEDGE = {
    "about": "alrededor de",
    "nearly": "casi",
    "more_than": "más de",
    "at_least": "al menos",
    "at_most": "hasta",
}
A_LABEL = re.compile(r"[a-záéíóúñ]+ · [a-záéíóúñ ]+")
S_PINPOINT = re.compile(r" \(párr\. (\d+)\)\.$")
S_LABEL = re.compile(r"[a-záéíóúñ]+")
SPANISH_NOTATION_BAD = re.compile(r"\d,\d{3}(?!\d)|\d\.\d{1,2}(?!\d)")

read_source = cc.source_text_reader(CORPUS / "seeds")


def hedge_check(
    fname: str, cid: str, c: dict[str, Any], s: str, who: str, table: dict[str, str]
) -> None:
    q = c.get("qualifier")
    if q in table and table[q] not in s.lower():
        err(f"{fname}:{cid}: {who} writes {table[q]!r} for {q}")


def style_check(fname: str, c: dict[str, Any]) -> None:
    """Each fictional analyst has habits; keep them, so the corpus stays varied."""
    cid, label = str(c.get("id", "?")), c.get("quantity")
    s = str(c.get("statement", ""))
    numeric = is_numeric(c)
    if fname == "kedzierska.yaml":
        if not re.fullmatch(r"zk\.\d{4}", cid):
            err(f"{fname}:{cid}: Zofia's ids are zk.NNNN")
        if not ENGLISH_HINT.search(s):
            err(f"{fname}:{cid}: Zofia writes English")
        if K_MONTHS.search(s):
            err(f"{fname}:{cid}: Zofia writes months in Roman numerals, never a month's name")
        if re.search(r"\d,\d{3}(?!\d)", s) or UNGROUPED.search(s):
            err(f"{fname}:{cid}: Zofia groups thousands with a space (38 400)")
        if re.search(r"\d\.\d", s):
            err(f"{fname}:{cid}: Zofia writes a decimal comma")
        if re.search(r"\bmillions?\b", s, re.I):
            err(f"{fname}:{cid}: Zofia writes 'mln'")
        if K_FORBIDDEN_HEDGES.search(s):
            err(f"{fname}:{cid}: Zofia's hedges are ca. / almost / more than / at least / up to")
        hedge_check(fname, cid, c, s, "Zofia", K_HEDGE)
        if label is not None and (not numeric or not K_LABEL.fullmatch(str(label))):
            err(f"{fname}:{cid}: Zofia's labels are inverted index headings, numeric claims only")
    elif fname == "wybrow.yaml":
        if not re.fullmatch(r"cwm-\d{3}", cid):
            err(f"{fname}:{cid}: Cornelius's ids are cwm-NNN")
        if not ENGLISH_HINT.search(s):
            err(f"{fname}:{cid}: Cornelius writes English")
        if not W_TERM.search(s):
            err(f"{fname}:{cid}: Cornelius uses a defined term in every statement")
        if NUMBER_WORDS.search(s):
            err(f"{fname}:{cid}: Cornelius writes figures in digits")
        if W_FORBIDDEN_HEDGES.search(s):
            err(f"{fname}:{cid}: Cornelius's hedges are approximately / in excess of / ...")
        hedge_check(fname, cid, c, s, "Cornelius", W_HEDGE)
        if W_CONTRACTION.search(s):
            err(f"{fname}:{cid}: Cornelius writes no contractions")
        if label is not None:
            err(f"{fname}:{cid}: Cornelius never writes a quantity label")
    elif fname == "arizmendi.yaml":
        if not re.fullmatch(r"ga-\d{4}", cid):
            err(f"{fname}:{cid}: Guadalupe's ids are ga-NNNN")
        if not SPANISH_HINT.search(s):
            err(f"{fname}:{cid}: Guadalupe writes Spanish")
        if A_BAD_NOTATION.search(s) or UNGROUPED.search(s):
            err(f"{fname}:{cid}: Guadalupe writes Mexican notation (38,400; 1.9)")
        if "S/" in s:
            err(f"{fname}:{cid}: Guadalupe writes soles out, never 'S/'")
        if str(c.get("unit", "")).lower() in {"usd", "us$", "dólares"} and " mdd" not in s:
            err(f"{fname}:{cid}: Guadalupe writes millions of dollars as 'mdd'")
        if A_FORBIDDEN_HEDGES.search(s):
            err(f"{fname}:{cid}: Guadalupe writes 'alrededor de' for about")
        hedge_check(fname, cid, c, s, "Guadalupe", A_HEDGE)
        if label is not None and (not numeric or not A_LABEL.fullmatch(str(label))):
            err(f"{fname}:{cid}: Guadalupe's labels are 'tema · medida', numeric claims only")
    elif fname == "sulluchuco.yaml":
        if not re.fullmatch(r"nsa_\d{3}", cid):
            err(f"{fname}:{cid}: Nicanor's ids are nsa_NNN")
        if not SPANISH_HINT.search(s):
            err(f"{fname}:{cid}: Nicanor writes Spanish")
        m = S_PINPOINT.search(s)
        if not m:
            err(f"{fname}:{cid}: Nicanor closes every statement with ' (párr. N).'")
        else:
            cits = c.get("citations") or [{}]
            text, quote = read_source(str(cits[0].get("source"))), str(cits[0].get("quote"))
            lines = [i for i, ln in enumerate(text.split("\n"), 1) if quote and quote in ln]
            if not lines or int(m[1]) != lines[0]:
                err(
                    f"{fname}:{cid}: pinpoint párr. {m[1]} is not the line of the quote {lines[:1]}"
                )
        if SPANISH_NOTATION_BAD.search(s):
            err(f"{fname}:{cid}: Nicanor writes numbers in Peruvian notation")
        if numeric and not (label and S_LABEL.fullmatch(str(label))):
            err(f"{fname}:{cid}: Nicanor labels every numeric claim with one Spanish word")
        if not numeric and label is not None:
            err(f"{fname}:{cid}: Nicanor labels only numeric claims")
    else:
        err(f"{fname}: unexpected claims file")


def analyst_mix(claims: dict[str, dict[str, Any]]) -> None:
    """File-level habits: Zofia and Guadalupe label 35-65 %; Zofia dates at least 15
    statements with Roman months; Guadalupe writes 'elementos' at least 3 times; every
    analyst cites at least 9 of the 12 texts; every text is cited by two analysts."""
    d: Counter[Any] = Counter()
    texts: dict[str, set[str]] = defaultdict(set)
    roman = elementos = 0
    for c in claims.values():
        if is_numeric(c):
            d[(c.get("_file"), bool(c.get("quantity")))] += 1
        for cit in c.get("citations", []):
            texts[c["_file"]].add(cit.get("source"))
        s = str(c.get("statement", ""))
        if c["_file"] == "kedzierska.yaml" and K_ROMAN_DATE.search(s):
            roman += 1
        if c["_file"] == "arizmendi.yaml" and re.search(r"\belementos\b", s):
            elementos += 1
    for fname, who, lo, hi in (
        ("kedzierska.yaml", "Zofia", 0.35, 0.65),
        ("arizmendi.yaml", "Guadalupe", 0.35, 0.65),
    ):
        yes, no = d[(fname, True)], d[(fname, False)]
        if not lo <= yes / max(yes + no, 1) <= hi:
            err(
                f"{fname}: {who} labels {lo:.0%}-{hi:.0%} of the numeric claims, got {yes} of {yes + no}"
            )
    if roman < 15:
        err(f"kedzierska.yaml: Zofia dates statements with Roman months (>= 15), got {roman}")
    if elementos < 3:
        err(f"arizmendi.yaml: Guadalupe writes 'elementos' for police (>= 3), got {elementos}")
    for fname, srcs in texts.items():
        if len(srcs) < 9:
            err(f"{fname}: cites only {len(srcs)} of the 12 texts")
    cc.sources_cited_by_two(claims, 12)


SETTINGS = cc.Settings(
    root=HERE,  # eval/blind17
    units=UNITS,
    text_bytes=(1250, 1600),
    text_size="1.25-1.6 KB",
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
