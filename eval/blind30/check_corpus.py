#!/usr/bin/env python3
"""Validate the BLIND30 vraem-claims test corpus and its ground truth.

Usage:  python eval/blind30/check_corpus.py [--verbose]

Uses the shared checks of eval/corpus_checks.py (quotes, ids, groups, duplicate pairs,
closure, traps; see its docstring), with this corpus's settings: 1.25-1.6 KB texts
published 2016-2026, 12 sources, as many English as Spanish; its units (km/kilómetros/
m/metres/metros/feet/pies/miles; ha/hectares/hectáreas/acres/km²; kg/kilos/kilograms/
kilogramos/t/tonnes/toneladas/pounds/libras; l/s/litros/s/gal/s; t/ha; %; soles; soles/kg;
years/años/months/meses/days/días/minutes/minutos); all trap kinds of corpus_checks plus
`initial-vs-corrected` (same group, disjoint values), `part-vs-whole` (different groups),
`partial-period` (same group; one span inside the other) and `plan-vs-outcome` (numeric claims
in different groups); the strict trap checks; `actor` traps (same group) whose values overlap.
The consistency warnings of corpus_checks are not printed for pairs listed as traps.
Per-analyst style checks:

  okonjo.yaml      Chidinma: ids co-NNN; English, also for Spanish sources; EVERY STATEMENT
                   CLOSES WITH "(confidence: high|medium|low)." and a hedged claim is never
                   "high"; every figure in digits (no number word but "million" after a digit),
                   comma grouping; money "S/ " + figure, millions "S/ 63.9 million"; shares
                   "62%" joined; hedges "AROUND" (about), "nearly", "OVER" (more_than), "AT
                   MOST" (at_most), "fewer than"; never "about", "approximately", "some",
                   "roughly", "almost", "more than", "up to", "~"; labels, numeric only, on
                   35-65 % of the numeric claims, in KEBAB-CASE ("packets-recovered")
  fairbairn.yaml   Murdo: ids mf-NNNN; British English, also for Spanish sources; WHOLE NUMBERS
                   UNDER 100 IN WORDS ("eleven", "thirty-seven"), 100 and over in digits with
                   comma grouping, decimals in digits ("35.4", "S/ 7.20"); hedges "AN ESTIMATED"
                   (about), "JUST SHORT OF" (nearly), "upwards of", "no more than"; never
                   "about", "around", "some", "roughly", "approximately", "nearly", "almost",
                   "more than", "over"; EVERY numeric claim labelled WITH A QUESTION ("How many
                   packets?", "What did it cost?"), non-numeric claims never
  tintaya.yaml     Lurdes: ids sq-hhhh (hex); Spanish, also for English sources; EVERY STATEMENT
                   IS A "¿Sabías que ...?" QUESTION; figures in digits, a point for four digits
                   and more, decimal comma, "millones", never "mil"; "setiembre"; shares "50 %"
                   or "1 de cada 5"; hedges "CERCA DE" (about), "casi", "más de", "NO MÁS DE"
                   (at_most), "menos de"; never "unos", "unas", "alrededor de",
                   "aproximadamente", "aprox."; labels, numeric only, on 35-65 % of the numeric
                   claims, ONE CAPITALISED SPANISH WORD ("Paquetes", "Tierras", "Dinero")
  marcanaupa.yaml  Leocadio: ids NNNx (three digits and a lower-case letter); Spanish, also for
                   English sources; EVERY STATEMENT IS AN INDEX CARD "Tema → dato." with exactly
                   one arrow and a closing full stop; Peruvian notation; millions ABBREVIATED
                   "S/ 63,9 mill.", never "millones"; hedges "APROX." (about), "casi", "más de",
                   "MÁX." (at_most); never "unos", "unas", "cerca de", "alrededor de"; never a
                   label

Every analyst writes 45-60 claims and cites at least 9 of the 12 texts, at least 3 of them in
the language the analyst does not write; every text is cited by at least two analysts.
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

POUND = 0.45359237
FOOT = 0.3048
ACRE_M2 = 4046.8564224
MILE_M = cc.MILE_KM * 1000
UNITS = {
    "length": {
        "km": 1000,
        "kilómetros": 1000,
        "kilometres": 1000,
        "m": 1,
        "metres": 1,
        "metros": 1,
        "ft": FOOT,
        "feet": FOOT,
        "pies": FOOT,
        "mi": MILE_M,
        "miles": MILE_M,
        "millas": MILE_M,
    },
    "area": {  # base unit: square metre
        "ha": 10000,
        "hectares": 10000,
        "hectáreas": 10000,
        "acres": ACRE_M2,
        "km²": 1e6,
        "km2": 1e6,
    },
    "mass": {**cc.MASS, "kilograms": 1, "lb": POUND, "pounds": POUND, "libras": POUND},
    "flow": {  # base unit: litre a second
        "l/s": 1,
        "litros/s": 1,
        "litres/s": 1,
        "gal/s": cc.GALLON_L,
        "gallons/s": cc.GALLON_L,
    },
    "yield": {"t/ha": 1},
    "share": {"%": 1, "per cent": 1, "percent": 1, "por ciento": 1},
    "soles": {"soles": 1, "s/": 1, "pen": 1},
    "soles/kg": {"soles/kg": 1, "soles per kg": 1},
    "duration": {  # base unit: year
        "years": 1,
        "años": 1,
        "months": 1 / 12,
        "meses": 1 / 12,
        "days": 1 / 365.25,
        "días": 1 / 365.25,
        "minutes": 1 / 525960,
        "minutos": 1 / 525960,
    },
}
MONEY_DIMS = {"soles"}

SPANISH_HINT = re.compile(
    r"[áéíóúñ¿¡«»]|\b(el|la|los|las|del|al|en|por|se|y|de|una?|con|sin|para|desde|hasta|más|"
    r"según|entre|hay|que)\b",
    re.I,
)
ENGLISH_HINT = re.compile(
    r"\b(the|of|in|and|by|was|were|from|to|with|at|had|per|for|a|on|is|are|has|have)\b", re.I
)
ES_WORDS = re.compile(r"\b(el|la|los|las|del|de|que|por|según|con|para|una|hubo|fue|en|y)\b", re.I)
EN_WORDS = re.compile(r"\b(the|of|and|was|were|by|with|from|that|had|is|are|in|to)\b", re.I)
UNGROUPED = re.compile(r"(?<![\d.,'·\u202f-])(?!(?:19|20)\d\d(?![\d.,·]))\d{4,}(?![\d.,'·\u202f])")
EN_NUMBER_WORD = re.compile(
    r"\b(zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|"
    r"seventy|eighty|ninety|hundred|thousand|million|billion|dozen|half|third|quarter|fifth|"
    r"twice|doubled)\b",
    re.I,
)
ES_NUMBER_WORD = re.compile(
    r"\b(uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince|"
    r"dieci\w+|veint\w+|treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa|cien|"
    r"ciento|millón|mitad|tercio|tercios|tercera|cuarta|cuartas|quinta|séptima|docena|"
    r"docenas)\b",
    re.I,
)
ES_MONTH_NAME = re.compile(
    r"\b(enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|"
    r"noviembre|diciembre)\b",
    re.I,
)
# Chidinma Okonjo
O_HEDGE = {
    "about": r"\baround (?:S/ )?\d",
    "nearly": r"\bnearly (?:S/ )?\d",
    "more_than": r"\bover (?:S/ )?\d",
    "less_than": r"\bfewer than \d",
    "at_most": r"\bat most (?:S/ )?\d",
}
O_FORBIDDEN = re.compile(
    r"\b(about|approximately|some|roughly|almost|circa|more than|up to)(?=\s)|~|≈", re.I
)
O_CLOSE = re.compile(r" \(confidence: (high|medium|low)\)\.$")
O_LABEL = re.compile(r"[a-z]+(?:-[a-z]+)+")
# Murdo Fairbairn
F_HEDGE = {
    "about": r"\ban estimated (?:S/ )?[\da-z]",
    "nearly": r"\bjust short of (?:S/ )?[\da-z]",
    "more_than": r"\bupwards of (?:S/ )?[\da-z]",
    "less_than": r"\bfewer than (?:S/ )?[\da-z]",
    "at_most": r"\bno more than (?:S/ )?[\da-z]",
}
F_FORBIDDEN = re.compile(
    r"\b(about|around|some|roughly|approximately|nearly|almost|more than|over|circa)(?=\s)|~|≈",
    re.I,
)
F_SMALL_DIGITS = re.compile(r"(?<![\d.,/])\d{1,2}(?![\d.,]\d|\d)")
F_LABEL = re.compile(r"(?:How|What|Which|When|Where|Who)\b[^?]*\?")
# Lurdes Tintaya Ocsa
T_HEDGE = {
    "about": r"\bcerca de (?:S/ )?\d",
    "nearly": r"\bcasi (?:S/ )?\d",
    "more_than": r"(?<!no )\bmás de (?:S/ )?\d",
    "less_than": r"\bmenos de \d",
    "at_most": r"\bno más de (?:S/ )?\d",
}
T_FORBIDDEN = re.compile(r"\b(unos|unas|alrededor de|aproximadamente|en torno a)\b|\baprox\b", re.I)
T_LABEL = re.compile(r"[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+")
# Leocadio Marcañaupa Raime
M_HEDGE = {
    "about": r"\baprox\. (?:S/ )?\d",
    "nearly": r"\bcasi (?:S/ )?\d",
    "more_than": r"\bmás de (?:S/ )?\d",
    "less_than": r"\bmenos de \d",
    "at_most": r"\bmáx\. (?:S/ )?\d",
}
M_FORBIDDEN = re.compile(r"\b(unos|unas|cerca de|alrededor de|aproximadamente|en torno a)\b", re.I)

LANG_OF_FILE = {
    "okonjo.yaml": "en",
    "fairbairn.yaml": "en",
    "tintaya.yaml": "es",
    "marcanaupa.yaml": "es",
}
SRC_META: dict[str, dict[str, Any]] = {}


def src_meta() -> dict[str, dict[str, Any]]:
    if not SRC_META:
        for s in cc.load_yaml(CORPUS / "seeds" / "sources.yaml").get("sources", []):
            SRC_META[s["id"]] = s
    return SRC_META


def hedge_check(
    fname: str, cid: str, c: dict[str, Any], s: str, who: str, table: dict[str, str]
) -> None:
    """A hedged claim writes the analyst's hedge for its qualifier; an exact claim writes none."""
    q = c.get("qualifier")
    if not is_numeric(c):
        return
    if q in table:
        if not re.search(table[q], s, re.I):
            err(f"{fname}:{cid}: {who} writes {table[q]!r} for {q}")
    elif q in ("exact", "range"):
        for k, pat in table.items():
            if re.search(pat, s, re.I):
                err(f"{fname}:{cid}: {who}'s exact claim carries the hedge for {k}")
    elif q is not None:
        err(f"{fname}:{cid}: {who} has no hedge for {q}")


def lang_of(s: str) -> str:
    return "es" if len(ES_WORDS.findall(s)) > len(EN_WORDS.findall(s)) else "en"


def english(fname: str, cid: str, s: str, who: str, words_ok: bool = False) -> None:
    if not ENGLISH_HINT.search(s) or lang_of(s) != "en":
        err(f"{fname}:{cid}: {who} writes English here")
    if m := ES_MONTH_NAME.search(s):
        err(f"{fname}:{cid}: {who} writes English months ({m[0]!r})")
    if not words_ok and (m := EN_NUMBER_WORD.search(re.sub(r"(?<=\d) million\b", "", s))):
        err(f"{fname}:{cid}: {who} writes every figure in digits ({m[0]!r})")
    if re.search(r"\d \d{3}(?!\d)", s) or UNGROUPED.search(s):
        err(f"{fname}:{cid}: {who} groups thousands with a comma ('1,480')")


def spanish(fname: str, cid: str, s: str, who: str) -> None:
    if not SPANISH_HINT.search(s) or lang_of(s) != "es":
        err(f"{fname}:{cid}: {who} writes Spanish here")
    if re.search(r"septiembre", s, re.I):
        err(f"{fname}:{cid}: {who} writes 'setiembre'")
    if re.search(r"\d,\d{3}(?!\d)|\d\.\d{1,2}(?!\d)", s):
        err(f"{fname}:{cid}: {who} writes 1.480 and 35,4")
    if UNGROUPED.search(s):
        err(f"{fname}:{cid}: {who} groups four digits with a point (1.480)")
    if m := ES_NUMBER_WORD.search(re.sub(r"\bpor ciento\b", "", s)):
        err(f"{fname}:{cid}: {who} writes every figure in digits ({m[0]!r})")
    if re.search(r"\d mil\b", s):
        err(f"{fname}:{cid}: {who} never writes 'N mil'")


def style_check(fname: str, c: dict[str, Any]) -> None:
    """Each fictional analyst has habits; keep them, so the corpus stays varied."""
    cid, label = str(c.get("id", "?")), c.get("quantity")
    s = str(c.get("statement", ""))
    numeric = is_numeric(c)
    unit = str(c.get("unit") or "")
    dim = cc.norm_unit(unit, UNITS)[0] if numeric else None
    big = (numeric and max(abs(c.get(k) or 0) for k in ("value", "low", "high"))) or 0
    q = c.get("qualifier")
    if fname == "okonjo.yaml":
        who = "Chidinma"
        if not re.fullmatch(r"co-\d{3}", cid):
            err(f"{fname}:{cid}: {who}'s ids are co-NNN")
        english(fname, cid, s, who)
        m = O_CLOSE.search(s)
        if not m:
            err(f"{fname}:{cid}: {who} closes with '(confidence: high|medium|low).'")
        elif m[1] == "high" and q not in (None, "exact"):
            err(f"{fname}:{cid}: {who} never rates a hedged figure 'high'")
        if dim in MONEY_DIMS and not re.search(r"S/ \d", s):
            err(f"{fname}:{cid}: {who} writes money as 'S/ 150,000'")
        if (
            dim in MONEY_DIMS
            and big >= 1_000_000
            and not re.search(r"S/ \d+(?:\.\d+)? million\b", s)
        ):
            err(f"{fname}:{cid}: {who} writes millions as 'S/ 63.9 million'")
        if dim == "share" and not re.search(r"\d%", s):
            err(f"{fname}:{cid}: {who} writes shares as '62%'")
        if m := O_FORBIDDEN.search(s):
            err(f"{fname}:{cid}: {who}'s hedges are around / nearly / over ({m[0]!r})")
        hedge_check(fname, cid, c, s, who, O_HEDGE)
        if label is not None and (not numeric or not O_LABEL.fullmatch(str(label))):
            err(f"{fname}:{cid}: {who}'s labels are kebab-case, numeric only")
    elif fname == "fairbairn.yaml":
        who = "Murdo"
        if not re.fullmatch(r"mf-\d{4}", cid):
            err(f"{fname}:{cid}: {who}'s ids are mf-NNNN")
        english(fname, cid, s, who, words_ok=True)
        if m := F_SMALL_DIGITS.search(s):
            err(f"{fname}:{cid}: {who} writes whole numbers under 100 in words ({m[0]!r})")
        if re.search(r"\b(meters?|liters?|kilometers?|center)\b", s, re.I):
            err(f"{fname}:{cid}: {who} spells the British way")
        if (
            dim in MONEY_DIMS
            and big >= 1_000_000
            and not re.search(r"S/ \d+(?:\.\d+)? million\b", s)
        ):
            err(f"{fname}:{cid}: {who} writes millions as 'S/ 52.3 million'")
        if "%" in s:
            err(f"{fname}:{cid}: {who} writes 'per cent', never '%'")
        if m := F_FORBIDDEN.search(s):
            err(f"{fname}:{cid}: {who}'s hedges are an estimated / just short of ({m[0]!r})")
        hedge_check(fname, cid, c, s, who, F_HEDGE)
        if numeric and not (isinstance(label, str) and F_LABEL.fullmatch(label)):
            err(f"{fname}:{cid}: {who} labels every numeric claim with a question")
        if not numeric and label is not None:
            err(f"{fname}:{cid}: {who} labels only numeric claims")
    elif fname == "tintaya.yaml":
        who = "Lurdes"
        if not re.fullmatch(r"sq-[0-9a-f]{4}", cid):
            err(f"{fname}:{cid}: {who}'s ids are sq-hhhh")
        if not (s.startswith("¿Sabías que ") and s.endswith("?")):
            err(f"{fname}:{cid}: {who} writes '¿Sabías que ...?'")
        spanish(fname, cid, s, who)
        if big >= 1_000_000 and not re.search(r"\d millones\b", s):
            err(f"{fname}:{cid}: {who} writes millions as 'N millones'")
        if dim in MONEY_DIMS and not re.search(r"S/ \d", s):
            err(f"{fname}:{cid}: {who} writes money as 'S/ ...'")
        if dim == "share" and not re.search(r"\d %|\d de cada \d", s):
            err(f"{fname}:{cid}: {who} writes shares as '50 %' or '1 de cada 5'")
        if m := T_FORBIDDEN.search(s):
            err(f"{fname}:{cid}: {who}'s hedges are cerca de / casi / más de ({m[0]!r})")
        hedge_check(fname, cid, c, s, who, T_HEDGE)
        if label is not None and (not numeric or not T_LABEL.fullmatch(str(label))):
            err(f"{fname}:{cid}: {who}'s labels are one capitalised Spanish word, numeric only")
    elif fname == "marcanaupa.yaml":
        who = "Leocadio"
        if not re.fullmatch(r"\d{3}[a-z]", cid):
            err(f"{fname}:{cid}: {who}'s ids are NNNx")
        if s.count(" → ") != 1 or not s.endswith(".") or not s[0].isupper():
            err(f"{fname}:{cid}: {who} writes index cards 'Tema → dato.'")
        spanish(fname, cid, s, who)
        if big >= 1_000_000 and not re.search(r"\d mill\.", s):
            err(f"{fname}:{cid}: {who} writes millions as 'N mill.'")
        if "millones" in s:
            err(f"{fname}:{cid}: {who} abbreviates 'mill.'")
        if dim in MONEY_DIMS and not re.search(r"S/ \d", s):
            err(f"{fname}:{cid}: {who} writes money as 'S/ ...'")
        if m := M_FORBIDDEN.search(s):
            err(f"{fname}:{cid}: {who}'s hedges are aprox. / casi / más de / máx. ({m[0]!r})")
        hedge_check(fname, cid, c, s, who, M_HEDGE)
        if label is not None:
            err(f"{fname}:{cid}: {who} never writes a quantity label")
    else:
        err(f"{fname}: unexpected claims file")


def analyst_mix(claims: dict[str, dict[str, Any]]) -> None:
    """File-level habits: Murdo labels every numeric claim, Chidinma and Lurdes 35-65 %,
    Leocadio none; every analyst writes 45-60 claims and cites at least 9 of the 12 texts, at
    least 3 in the other language; every text is cited by two."""
    d: Counter[Any] = Counter()
    texts: dict[str, set[str]] = defaultdict(set)
    sl = {k: v["language"] for k, v in src_meta().items()}
    for c in claims.values():
        f = c["_file"]
        d[(f, "claims")] += 1
        if is_numeric(c):
            d[(f, bool(c.get("quantity")))] += 1
        for cit in c.get("citations", []):
            texts[f].add(cit.get("source"))
    for fname, who, lo, hi in (
        ("okonjo.yaml", "Chidinma", 0.35, 0.65),
        ("fairbairn.yaml", "Murdo", 1.0, 1.0),
        ("tintaya.yaml", "Lurdes", 0.35, 0.65),
        ("marcanaupa.yaml", "Leocadio", 0.0, 0.0),
    ):
        yes, no = d[(fname, True)], d[(fname, False)]
        if not lo <= yes / max(yes + no, 1) <= hi:
            err(
                f"{fname}: {who} labels {lo:.0%}-{hi:.0%} of the numeric claims, got {yes} of {yes + no}"
            )
    for fname in LANG_OF_FILE:
        if not 45 <= d[(fname, "claims")] <= 60:
            err(f"{fname}: expected 45-60 claims, got {d[(fname, 'claims')]}")
    for fname, srcs in texts.items():
        if len(srcs) < 9:
            err(f"{fname}: cites only {len(srcs)} of the 12 texts")
        own = LANG_OF_FILE.get(fname)
        other = [s for s in srcs if sl.get(s) != own]
        if len(other) < 3:
            err(f"{fname}: cites only {len(other)} texts in the other language")
    cc.sources_cited_by_two(claims, 12)


def extra_traps(claims: dict[str, dict[str, Any]]) -> None:
    """`partial-period` traps: both claims in one group, one span inside the other;
    `plan-vs-outcome` traps between numeric claims: different groups; `actor` traps: values
    that overlap. The consistency warnings of corpus_checks are dropped for trap pairs."""
    path = HERE / "expected.yaml"
    if not path.exists():
        return
    exp = cc.load_yaml(path)
    meta = src_meta()
    group_of = {cid: g["name"] for g in exp.get("quantity_groups", []) for cid in g["claims"]}
    trap_pairs = set()
    for t in exp.get("non_duplicate_traps", []):
        a, b = t.get("pair", [None, None])
        trap_pairs.add(frozenset((a, b)))
        why = str(t.get("why", ""))
        if a not in claims or b not in claims:
            continue
        if why.startswith("[plan-vs-outcome]"):
            if all(is_numeric(claims[x]) for x in (a, b)) and group_of.get(a) == group_of.get(b):
                err(f"trap {[a, b]}: plan-vs-outcome needs numeric claims in different groups")
            continue
        if why.startswith("[actor]"):
            if cc.values_overlap(claims[a], claims[b], UNITS) is False:
                err(f"trap {[a, b]}: an actor trap whose values exclude each other is a conflict")
            continue
        if not why.startswith("[partial-period]"):
            continue
        if group_of.get(a) != group_of.get(b):
            err(f"trap {[a, b]}: partial-period needs both claims in one group")
        spans = []
        for x in (a, b):
            start, end = cc.when(claims[x], meta)
            spans.append((start[0], end[1]))
        (s1, e1), (s2, e2) = spans
        if (s1, e1) == (s2, e2):
            err(f"trap {[a, b]}: partial-period claims cover the same span")
        elif not ((s1 <= s2 and e2 <= e1) or (s2 <= s1 and e1 <= e2)):
            err(f"trap {[a, b]}: partial-period needs one span inside the other")
    original = cc.warn

    def warn(msg: str) -> None:
        m = re.search(r": (\S+) and (\S+) agree in value", msg)
        if m and frozenset((m[1], m[2])) in trap_pairs:
            return
        original(msg)

    cc.warn = warn


SETTINGS = cc.Settings(
    root=HERE,  # eval/blind30
    units=UNITS,
    text_bytes=(1250, 1600),
    text_size="1.25-1.6 KB",
    trap_kinds=cc.TRAP_KINDS
    | cc.SAME_GROUP_KINDS
    | cc.OTHER_GROUP_KINDS
    | {"partial-period", "plan-vs-outcome"},
    published_years=(2016, 2026),
    balanced_languages=True,
    source_count=(12, 12),
    strict_traps=True,
    claim_checks=(style_check,),
    all_claims_checks=(analyst_mix, cc.group_traps(HERE, UNITS), extra_traps),
)

if __name__ == "__main__":
    sys.exit(cc.main(SETTINGS))
