#!/usr/bin/env python3
"""Validate the BLIND18 vraem-claims test corpus and its ground truth.

Usage:  python eval/blind18/check_corpus.py [--verbose]

Uses the shared checks of eval/corpus_checks.py (quotes, ids, groups, duplicate pairs,
closure, traps; see its docstring), with this corpus's settings: 1.25-1.6 KB texts
published 2016-2026, 12 sources, as many English as Spanish; its units (kg/kilos/tonnes/
pounds/libras; litres/litros/gallons/galones; m³/h and ft³/h (pies cúbicos por hora);
ha/hectares/hectáreas/km²/acres; km/kilómetros/miles/m/metros/feet; km/h, mph and millas por
hora; %/percent/por ciento and times/veces as hundreds of per cent; soles; soles per family;
soles per cylinder; hours/horas; years/años; cylinders a day; cylinders a month); all trap
kinds of corpus_checks plus `initial-vs-corrected` (same group, disjoint values) and
`part-vs-whole` (different groups), with the strict trap checks (series traps at different
times, series-same-value traps overlapping, lookalike traps sharing a number); and
per-analyst style checks:

  penhallow.yaml    Alistair: ids ap_NNNN; English; EVERY numeric statement folds a figure
                    into a HYPHENATED COMPOUND MODIFIER ("a 15-person manifest", "a 1,400-kilo
                    load", "a S/ 1.56-million plant", "a two-death accident"); hedges, read
                    with hyphens as spaces, "an estimated" (about), "close to" (nearly),
                    "upward of" (more_than), "no fewer than" (at_least), "as much as"
                    (at_most), never "about", "some", "around", "approximately", "roughly",
                    "nearly", "almost", "more than", "over", "at least", "up to"; comma
                    grouping (no ungrouped number of four digits or more except years);
                    labels, numeric only, on 35-65 % of the numeric claims, as spreadsheet
                    column headers "# dead", "S/ cost", "ha crops", "m³/h capacity"
  marchbanks.yaml   Cordelia: ids cm.NN.NN; English; EVERY statement keeps a Spanish term in
                    Markdown italics (*calaminas*); numbers the Chicago way: no whole number
                    from 1 to 100 in digits (days of a month before its name excepted), words
                    instead ("sixteen", "seventy-two", "forty-five thousand"); hedges "some"
                    (about), "almost" (nearly), "more than", "at least", "up to", never
                    "about", "approximately", "roughly", "around", "nearly", "over", "ca.";
                    labels, numeric only, on 35-65 % of the numeric claims, lower-case English
                    phrases, at least 4 of them with an italic Spanish word ("*balones* filled")
  minaya.yaml       Teodosio: ids tmv.NNN; Spanish; EVERY statement opens with "Que, " and ends
                    with a full stop; figures ALWAYS in digits (no Spanish number word), grouped
                    with commas (1,180; 12,400), decimal point; money as "S/" with cents and an
                    apostrophe for millions (S/ 160,000.00; S/ 12'400,000.00); hedges
                    "aproximadamente" (about), "casi", "más de", "no menos de", "hasta", never
                    "unos", "unas", "cerca de", "alrededor de", "del orden de"; never a label
  huamancusi.yaml   Celestina: ids chl-NNNN; Spanish; EVERY numeric statement states its figure
                    with a verb of amount (asciende/ascendió/ascendía a, suma/sumó/sumaba/
                    sumaron, llega/llegó a, alcanza/alcanzó); academy typography: five digits or
                    more grouped with a NARROW NO-BREAK SPACE (U+202F: "12 400", "160 000"),
                    four digits solid ("1180"), decimal comma ("1,56 millones"), never a comma
                    or point grouping, a space before "%"; hedges "del orden de" (about), "poco
                    menos de" (nearly), "más de", "por lo menos", "como máximo", never "unos",
                    "unas", "alrededor de", "cerca de", "aproximadamente", "casi"; EVERY numeric
                    claim labelled "tema > medida" in lower-case Spanish, non-numeric never

Every analyst cites at least 9 of the 12 texts and at least 3 texts in the language they do
not write; every text is cited by at least two.
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

FT3_M3 = 0.028316846592
UNITS = {
    "mass": {**cc.MASS, "pounds": 0.45359237, "lb": 0.45359237, "libras": 0.45359237},
    "volume": {**cc.VOLUME},
    "flow": {
        "m³/h": 1,
        "m3/h": 1,
        "metros cúbicos por hora": 1,
        "cubic metres per hour": 1,
        "ft³/h": FT3_M3,
        "cubic feet per hour": FT3_M3,
        "pies cúbicos por hora": FT3_M3,
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
        "feet": 0.0003048,
        "ft": 0.0003048,
        "pies": 0.0003048,
        "miles": cc.MILE_KM,
        "millas": cc.MILE_KM,
    },
    "speed": {
        "km/h": 1,
        "kilómetros por hora": 1,
        "mph": cc.MILE_KM,
        "millas por hora": cc.MILE_KM,
    },
    "share": {"%": 1, "percent": 1, "per cent": 1, "por ciento": 1, "times": 100, "veces": 100},
    "soles": {"soles": 1, "s/": 1, "pen": 1},
    "soles per family": {"soles per family": 1, "soles por familia": 1},
    "soles per cylinder": {"soles per cylinder": 1, "soles por balón": 1},
    "usd": {"usd": 1, "us$": 1, "dólares": 1},
    "duration": {"hours": 1, "horas": 1, "days": 24, "días": 24},
    "years": {"years": 1, "años": 1},
    "cylinders per day": {"cylinders per day": 1, "cylinders a day": 1, "balones al día": 1},
    "cylinders per month": {"cylinders per month": 1, "cylinders a month": 1, "balones al mes": 1},
}

SPANISH_HINT = re.compile(
    r"[áéíóúñ¿¡«»]|\b(el|la|los|las|del|al|en|por|se|y|de|una?|con|sin|para|desde|hasta|más|"
    r"según|entre|hay|que)\b",
    re.I,
)
ENGLISH_HINT = re.compile(
    r"\b(the|of|in|and|by|was|were|from|to|with|at|had|per|for|a|on|is|are|has|have)\b", re.I
)
UNGROUPED = re.compile(r"(?<![\d.,'\u202f])(?!(?:19|20)\d\d(?![\d.,]))\d{4,}(?![\d.,'\u202f])")
EN_NUMBER_WORD = (
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
    r"eighty|ninety"
)
MONTHS = r"January|February|March|April|May|June|July|August|September|October|November|December"

P_FIGURE = re.compile(rf"(?:\d|\b(?:{EN_NUMBER_WORD}))-[a-z]", re.I)
P_FORBIDDEN = re.compile(
    r"\b(about|some|around|approximately|roughly|nearly|almost|more than|over|at least|up to)\b"
    r"|\bca\.",
    re.I,
)
P_HEDGE = {
    "about": "an estimated",
    "nearly": "close to",
    "more_than": "upward of",
    "at_least": "no fewer than",
    "at_most": "as much as",
}
P_LABEL = re.compile(r"(?:#|S/|%|[a-z³²/]+) [a-z][a-z \-]*")
M_ITALIC = re.compile(r"\*[^*\s](?:[^*]*[^*\s])?\*")
M_SMALL_DIGITS = re.compile(rf"(?<![\d.,])\b(?:[1-9]\d?|100)\b(?![\d.,]|\s+(?:{MONTHS})\b)")
M_FORBIDDEN = re.compile(r"\b(about|approximately|roughly|around|nearly|over)\b|\bca\.", re.I)
M_HEDGE = {
    "about": "some",
    "nearly": "almost",
    "more_than": "more than",
    "at_least": "at least",
    "at_most": "up to",
}
M_LABEL = re.compile(r"[a-z*][a-z*\- ]*")
V_NUMBER_WORD = re.compile(
    r"\b(uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince|"
    r"dieci\w+|veinte|veinti\w+|treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa|"
    r"cien|ciento|mil|millón|millones|tercios?)\b",
    re.I,
)
V_MONEY = re.compile(r"S/ (\S+)")
V_MONEY_OK = re.compile(r"\d{1,3}(?:'\d{3})?(?:,\d{3})*\.\d{2}\b.?")
V_FORBIDDEN = re.compile(r"\b(unos|unas|cerca de|alrededor de|del orden de)\b", re.I)
V_HEDGE = {
    "about": "aproximadamente",
    "nearly": "casi",
    "more_than": "más de",
    "at_least": "no menos de",
    "at_most": "hasta",
}
H_VERB = re.compile(
    r"\b(asciende|ascendía|ascendió|ascienden|suma|suman|sumaba|sumaban|sumó|sumaron|llega|llegaba|"
    r"llegó|llegaron|alcanza|alcanzan|alcanzaba|alcanzó)\b"
)
H_BAD_NOTATION = [
    (re.compile(r"\d[.,]\d{3}(?!\d)"), "grouping with a comma or a point"),
    (re.compile(r"\d\.\d"), "a decimal point"),
    (re.compile(r"\d \d{3}(?!\d)"), "grouping with an ordinary space"),
    (re.compile(r"(?<![\d\u202f])\d\u202f\d{3}(?![\d\u202f])"), "a grouped four-digit number"),
    (re.compile(r"(?<![\d\u202f,])\d{5,}"), "an ungrouped number of five digits or more"),
    (re.compile(r"\d%"), "no space before %"),
]
H_FORBIDDEN = re.compile(r"\b(unos|unas|alrededor de|cerca de|aproximadamente|casi)\b", re.I)
H_HEDGE = {
    "about": "del orden de",
    "nearly": "poco menos de",
    "more_than": "más de",
    "at_least": "por lo menos",
    "at_most": "como máximo",
}
H_LABEL = re.compile(r"[a-záéíóúñ]+ > [a-záéíóúñ ]+")

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
    if fname == "penhallow.yaml":
        s2 = s.replace("-", " ")
        if not re.fullmatch(r"ap_\d{4}", cid):
            err(f"{fname}:{cid}: Alistair's ids are ap_NNNN")
        if not ENGLISH_HINT.search(s):
            err(f"{fname}:{cid}: Alistair writes English")
        if numeric and not P_FIGURE.search(s):
            err(f"{fname}:{cid}: Alistair folds the figure into a hyphenated compound modifier")
        if P_FORBIDDEN.search(s2):
            err(f"{fname}:{cid}: Alistair's hedges are an estimated / close to / upward of / ...")
        hedge_check(fname, cid, c, s2, "Alistair", P_HEDGE)
        if re.search(r"\d\.\d{3}(?!\d)", s) or UNGROUPED.search(s):
            err(f"{fname}:{cid}: Alistair groups thousands with commas")
        if label is not None and (not numeric or not P_LABEL.fullmatch(str(label))):
            err(f"{fname}:{cid}: Alistair's labels are column headers, numeric claims only")
    elif fname == "marchbanks.yaml":
        if not re.fullmatch(r"cm\.\d{2}\.\d{2}", cid):
            err(f"{fname}:{cid}: Cordelia's ids are cm.NN.NN")
        if not ENGLISH_HINT.search(s):
            err(f"{fname}:{cid}: Cordelia writes English")
        if not M_ITALIC.search(s):
            err(f"{fname}:{cid}: Cordelia keeps a Spanish term in *italics* in every statement")
        if m := M_SMALL_DIGITS.search(s):
            err(f"{fname}:{cid}: Cordelia spells out whole numbers to one hundred ({m[0]!r})")
        if M_FORBIDDEN.search(s):
            err(
                f"{fname}:{cid}: Cordelia's hedges are some / almost / more than / at least / up to"
            )
        hedge_check(fname, cid, c, s, "Cordelia", M_HEDGE)
        if re.search(r"\d\.\d{3}(?!\d)", s) or UNGROUPED.search(s):
            err(f"{fname}:{cid}: Cordelia groups thousands with commas")
        if label is not None and (not numeric or not M_LABEL.fullmatch(str(label))):
            err(f"{fname}:{cid}: Cordelia's labels are lower-case phrases, numeric claims only")
    elif fname == "minaya.yaml":
        if not re.fullmatch(r"tmv\.\d{3}", cid):
            err(f"{fname}:{cid}: Teodosio's ids are tmv.NNN")
        if not SPANISH_HINT.search(s):
            err(f"{fname}:{cid}: Teodosio writes Spanish")
        if not (s.startswith("Que, ") and s.endswith(".")):
            err(f"{fname}:{cid}: Teodosio's statements open with 'Que, ' and end with a full stop")
        if m := V_NUMBER_WORD.search(s):
            err(f"{fname}:{cid}: Teodosio writes figures in digits ({m[0]!r})")
        if re.search(r"\d\.\d{3}(?!\d)|\d,\d{1,2}(?!\d)", s) or UNGROUPED.search(s):
            err(f"{fname}:{cid}: Teodosio groups with commas and writes a decimal point")
        for m in V_MONEY.finditer(s):
            if not V_MONEY_OK.fullmatch(m[1]):
                err(f"{fname}:{cid}: Teodosio writes money as S/ 160,000.00 / S/ 12'400,000.00")
        if V_FORBIDDEN.search(s):
            err(f"{fname}:{cid}: Teodosio writes 'aproximadamente' for about")
        hedge_check(fname, cid, c, s, "Teodosio", V_HEDGE)
        if label is not None:
            err(f"{fname}:{cid}: Teodosio never writes a quantity label")
    elif fname == "huamancusi.yaml":
        if not re.fullmatch(r"chl-\d{4}", cid):
            err(f"{fname}:{cid}: Celestina's ids are chl-NNNN")
        if not SPANISH_HINT.search(s):
            err(f"{fname}:{cid}: Celestina writes Spanish")
        if numeric and not H_VERB.search(s):
            err(f"{fname}:{cid}: Celestina states the figure with a verb of amount")
        for rx, what in H_BAD_NOTATION:
            if rx.search(s):
                err(f"{fname}:{cid}: Celestina's typography has no {what}")
        if H_FORBIDDEN.search(s):
            err(f"{fname}:{cid}: Celestina writes 'del orden de' for about")
        hedge_check(fname, cid, c, s, "Celestina", H_HEDGE)
        if numeric and not (label and H_LABEL.fullmatch(str(label))):
            err(f"{fname}:{cid}: Celestina labels every numeric claim 'tema > medida'")
        if not numeric and label is not None:
            err(f"{fname}:{cid}: Celestina labels only numeric claims")
    else:
        err(f"{fname}: unexpected claims file")


def analyst_mix(claims: dict[str, dict[str, Any]]) -> None:
    """File-level habits: Alistair and Cordelia label 35-65 % of their numeric claims, at least
    4 of Cordelia's labels carry an italic Spanish word; every analyst cites at least 9 of the
    12 texts and at least 3 texts in the other language; every text is cited by two analysts."""
    d: Counter[Any] = Counter()
    texts: dict[str, set[str]] = defaultdict(set)
    italic_labels = 0
    lang = {
        "penhallow.yaml": "en",
        "marchbanks.yaml": "en",
        "minaya.yaml": "es",
        "huamancusi.yaml": "es",
    }
    src_lang = {
        s["id"]: s["language"]
        for s in cc.load_yaml(CORPUS / "seeds" / "sources.yaml").get("sources", [])
    }
    for c in claims.values():
        if is_numeric(c):
            d[(c.get("_file"), bool(c.get("quantity")))] += 1
        for cit in c.get("citations", []):
            texts[c["_file"]].add(cit.get("source"))
        if c["_file"] == "marchbanks.yaml" and M_ITALIC.search(str(c.get("quantity") or "")):
            italic_labels += 1
    for fname, who, lo, hi in (
        ("penhallow.yaml", "Alistair", 0.35, 0.65),
        ("marchbanks.yaml", "Cordelia", 0.35, 0.65),
    ):
        yes, no = d[(fname, True)], d[(fname, False)]
        if not lo <= yes / max(yes + no, 1) <= hi:
            err(
                f"{fname}: {who} labels {lo:.0%}-{hi:.0%} of the numeric claims, got {yes} of {yes + no}"
            )
    if italic_labels < 4:
        err(
            f"marchbanks.yaml: Cordelia puts a Spanish word in italics in >= 4 labels, got {italic_labels}"
        )
    for fname, srcs in texts.items():
        if len(srcs) < 9:
            err(f"{fname}: cites only {len(srcs)} of the 12 texts")
        other = [s for s in srcs if src_lang.get(s) != lang.get(fname)]
        if len(other) < 3:
            err(f"{fname}: cites only {len(other)} texts in the other language")
    cc.sources_cited_by_two(claims, 12)


SETTINGS = cc.Settings(
    root=HERE,  # eval/blind18
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
