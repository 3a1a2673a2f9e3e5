#!/usr/bin/env python3
"""Validate the BLIND19 vraem-claims test corpus and its ground truth.

Usage:  python eval/blind19/check_corpus.py [--verbose]

Uses the shared checks of eval/corpus_checks.py (quotes, ids, groups, duplicate pairs,
closure, traps; see its docstring), with this corpus's settings: 1.25-1.6 KB texts
published 2016-2026, 12 sources, as many English as Spanish; its units (kg/kilos/tonnes/
toneladas/t/pounds/lb/libras; litres/litros/gallons/galones; litres and gallons per day;
ha/hectares/hectáreas/km²/acres; km/kilómetros/miles/m/metres/metros/centimetres/
centímetros/feet/pies; %/percent/por ciento; soles/S//PEN; USD; days/días; hours a day;
years/años); all trap kinds of corpus_checks plus `initial-vs-corrected` (same group,
disjoint values) and `part-vs-whole` (different groups), with the strict trap checks
(series traps at different times, series-same-value traps overlapping, lookalike traps
sharing a number); and per-analyst style checks:

  dunmore.yaml      Wendell: ids wd-NNNN; English from a corporate security-risk desk; dates
                    only as years, QUARTERS or HALVES ("Q1 2018", "Q4 2016-Q1 2017",
                    "year-end 2023"), never a month's name ("La Mar" is a province; at
                    least 15 statements with a quarter); every figure in digits, no number
                    words; business hedges "a ballpark" (about), "just shy of" (nearly),
                    "north of" (more_than), never "about", "some", "around", "approximately",
                    "roughly", "nearly", "almost", "more than", "at least", "up to";
                    comma grouping; money as "PEN" (never "S/" or "soles" in a statement);
                    EVERY numeric claim labelled "domain::measure" ("arms::rifles_missing"),
                    non-numeric never
  ravenscroft.yaml  Philippa: ids pr-NNNNN; British public-health English; decimals with
                    the MID-DOT (0·62 m, 3·8 ha, S/ 4·2 million; never a decimal point; at
                    least 4 statements with one); comma grouping, four digits too (3,480);
                    no statement opens with a digit; hedges "approximately" (about),
                    "almost" (nearly), "more than", never "about", "some", "roughly",
                    "around", "nearly", "circa", "ballpark"; no "meter"/"liter"; labels,
                    numeric only, on 35-65 % of the numeric claims, in the medical-journal
                    table style "Measure, unit" ("Cases, No.", "Coverage, %", "Age, y")
  orihuela.yaml     Maricruz: ids moy-NNN; Spanish, also for English sources; EVERY year in
                    a statement carries the article ("en el 2018", "del 2023", "entre el
                    2016 y el 2017"; at least 15 statements with a year); "setiembre", never
                    "septiembre"; Spanish notation (18.600; 0,62; "20 mil", "612 mil");
                    shares as "por ciento", never "%"; hedges "unos"/"unas" (about), "casi"
                    (nearly), "más de", never "aproximadamente", "en torno a", "alrededor
                    de", "cerca de"; labels, numeric only, on 35-65 % of the numeric claims,
                    in ENGLISH, lower case ("rifles", "crop damage", "river level"; checked
                    as: lower case, no accent, no Spanish function word)
  pomasunco.yaml    Eustaquio: ids epc.NNNN; Spanish, also for English sources; EVERY
                    statement places its fact in the administrative tree, with the province
                    and/or region in parentheses ("Pichari (La Convención, Cusco)",
                    "Palmapampa (Samugari, La Mar, Ayacucho)", "VRAEM (Ayacucho, Cusco,
                    Junín)"); whole numbers from one to twenty in words (days of a month
                    excepted), larger ones in digits grouped with a point (2.600; 18.600),
                    decimal comma, a space before "%"; hedges "en torno a" (about), "casi"
                    (nearly), "más de", never "unos", "unas", "aproximadamente", "alrededor
                    de", "cerca de"; never a label

Every analyst writes 45-60 claims, cites at least 9 of the 12 texts and at least 3 texts in
the language they do not write; every text is cited by at least two.
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
        "litres a day": 1,
        "litros diarios": 1,
        "litros al día": 1,
        "gallons per day": cc.GALLON_L,
        "gallons a day": cc.GALLON_L,
        "galones diarios": cc.GALLON_L,
    },
    "area": {**cc.AREA, "acres": 0.0040468564224},
    "length": {  # base unit: the metre (so that 85 cm and 0.85 m compare exactly)
        "km": 1000,
        "kilómetros": 1000,
        "kilometres": 1000,
        "kilometers": 1000,
        "m": 1,
        "metres": 1,
        "meters": 1,
        "metros": 1,
        "cm": 0.01,
        "centimetres": 0.01,
        "centímetros": 0.01,
        "feet": 0.3048,
        "ft": 0.3048,
        "pies": 0.3048,
        "miles": cc.MILE_KM * 1000,
        "mile": cc.MILE_KM * 1000,
        "millas": cc.MILE_KM * 1000,
    },
    "share": {"%": 1, "percent": 1, "per cent": 1, "por ciento": 1},
    "soles": {"soles": 1, "s/": 1, "pen": 1},
    "usd": {"usd": 1, "us$": 1, "dólares": 1},
    "duration": {"days": 1, "días": 1},
    "hours per day": {"hours a day": 1, "hours per day": 1, "horas al día": 1},
    "years": {"years": 1, "años": 1},
}

SPANISH_HINT = re.compile(
    r"[áéíóúñ¿¡«»]|\b(el|la|los|las|del|al|en|por|se|y|de|una?|con|sin|para|desde|hasta|más|"
    r"según|entre|hay|que)\b",
    re.I,
)
ENGLISH_HINT = re.compile(
    r"\b(the|of|in|and|by|was|were|from|to|with|at|had|per|for|a|on|is|are|has|have)\b", re.I
)
UNGROUPED = re.compile(r"(?<![\d.,'·\u202f])(?!(?:19|20)\d\d(?![\d.,·]))\d{4,}(?![\d.,'·\u202f])")
EN_NUMBER_WORD = re.compile(
    r"\b(zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|"
    r"seventy|eighty|ninety|hundred|thousand|dozen|half)\b",
    re.I,
)
MONTH_NAME = re.compile(  # "Mar" of "La Mar" (the province) is not a month
    r"(?<!La )\b(January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|enero|febrero|marzo|abril|mayo|"
    r"junio|julio|agosto|se?tiembre|octubre|noviembre|diciembre)\b\.?",
    re.I,
)
ES_MONTHS = r"enero|febrero|marzo|abril|mayo|junio|julio|agosto|setiembre|septiembre|octubre|noviembre|diciembre"

D_QUARTER = re.compile(r"\b(?:Q[1-4]|H[12]) (?:19|20)\d\d\b")
D_FORBIDDEN = re.compile(
    r"\b(about|some|around|approximately|roughly|nearly|almost|more than|at least|up to|"
    r"circa)\b|\bc\.\s*\d",
    re.I,
)
D_HEDGE = {"about": "ballpark", "nearly": "just shy of", "more_than": "north of"}
D_LABEL = re.compile(r"[a-z]+::[a-z_]+")
R_FORBIDDEN = re.compile(
    r"\b(about|some|roughly|around|nearly|circa|ballpark|shy of|north of)\b", re.I
)
R_HEDGE = {"about": "approximately", "nearly": "almost", "more_than": "more than"}
R_LABEL = re.compile(r"[A-Z][A-Za-z0-9 \-]*, (?:No\.|%|[A-Za-z/]+)")
O_FORBIDDEN = re.compile(r"\b(aproximadamente|en torno a|alrededor de|cerca de)\b", re.I)
O_HEDGE = {"about": ("unos", "unas"), "nearly": ("casi",), "more_than": ("más de",)}
O_LABEL = re.compile(r"[a-z][a-z ]*[a-z]")
O_YEAR = re.compile(r"(?<![\d.,])(?:19|20)\d\d(?![\d.,])")
P_FORBIDDEN = re.compile(r"\b(unos|unas|aproximadamente|alrededor de|cerca de)\b", re.I)
P_HEDGE = {"about": "en torno a", "nearly": "casi", "more_than": "más de"}
P_TREE = re.compile(r"\([^()]*\b(?:Ayacucho|Cusco|Junín)\)")
P_SMALL_DIGITS = re.compile(
    rf"(?<![\d.,])\b(?:[1-9]|1\d|20)\b(?![\d.,]|\s+de\s+(?:{ES_MONTHS})\b|\s*%)", re.I
)

read_source = cc.source_text_reader(CORPUS / "seeds")


def hedge_check(
    fname: str, cid: str, c: dict[str, Any], s: str, who: str, table: dict[str, Any]
) -> None:
    q = c.get("qualifier")
    if q in table:
        want = table[q] if isinstance(table[q], tuple) else (table[q],)
        if not any(w in s.lower() for w in want):
            err(f"{fname}:{cid}: {who} writes {want[0]!r} for {q}")
    elif q == "exact":
        for h in table.values():
            for w in h if isinstance(h, tuple) else (h,):
                if re.search(rf"\b{re.escape(w)}\b", s.lower()):
                    err(f"{fname}:{cid}: {who}'s exact claim carries the hedge {w!r}")


def style_check(fname: str, c: dict[str, Any]) -> None:
    """Each fictional analyst has habits; keep them, so the corpus stays varied."""
    cid, label = str(c.get("id", "?")), c.get("quantity")
    s = str(c.get("statement", ""))
    numeric = is_numeric(c)
    if fname == "dunmore.yaml":
        if not re.fullmatch(r"wd-\d{4}", cid):
            err(f"{fname}:{cid}: Wendell's ids are wd-NNNN")
        if not ENGLISH_HINT.search(s):
            err(f"{fname}:{cid}: Wendell writes English")
        if m := MONTH_NAME.search(s):
            err(f"{fname}:{cid}: Wendell dates by year, quarter or half, never a month ({m[0]!r})")
        if m := EN_NUMBER_WORD.search(s):
            err(f"{fname}:{cid}: Wendell writes every figure in digits ({m[0]!r})")
        if D_FORBIDDEN.search(s):
            err(f"{fname}:{cid}: Wendell's hedges are a ballpark / just shy of / north of")
        hedge_check(fname, cid, c, s, "Wendell", D_HEDGE)
        if re.search(r"\d\.\d{3}(?!\d)", s) or UNGROUPED.search(s):
            err(f"{fname}:{cid}: Wendell groups thousands with commas")
        if re.search(r"S/|\bsoles?\b", s):
            err(f"{fname}:{cid}: Wendell writes money as PEN")
        if numeric and cc.norm_unit(c.get("unit"), UNITS)[0] == "soles" and "PEN" not in s:
            err(f"{fname}:{cid}: Wendell writes money as PEN")
        if numeric and not (label and D_LABEL.fullmatch(str(label))):
            err(f"{fname}:{cid}: Wendell labels every numeric claim 'domain::measure'")
        if not numeric and label is not None:
            err(f"{fname}:{cid}: Wendell labels only numeric claims")
    elif fname == "ravenscroft.yaml":
        if not re.fullmatch(r"pr-\d{5}", cid):
            err(f"{fname}:{cid}: Philippa's ids are pr-NNNNN")
        if not ENGLISH_HINT.search(s):
            err(f"{fname}:{cid}: Philippa writes English")
        if re.match(r"\d", s):
            err(f"{fname}:{cid}: Philippa never opens a statement with a numeral")
        if re.search(r"\d\.\d", s):
            err(f"{fname}:{cid}: Philippa writes decimals with a mid-dot")
        if re.search(r"\d,\d{1,2}(?!\d)|\d\.\d{3}(?!\d)", s) or UNGROUPED.search(s):
            err(f"{fname}:{cid}: Philippa groups thousands with commas, four digits too")
        if R_FORBIDDEN.search(s):
            err(f"{fname}:{cid}: Philippa's hedges are approximately / almost / more than")
        hedge_check(fname, cid, c, s, "Philippa", R_HEDGE)
        if re.search(r"\b\w*(meter|liter)s?\b", s, re.I):
            err(f"{fname}:{cid}: Philippa spells metre and litre the British way")
        if label is not None and (not numeric or not R_LABEL.fullmatch(str(label))):
            err(f"{fname}:{cid}: Philippa's labels are 'Measure, unit', numeric claims only")
    elif fname == "orihuela.yaml":
        if not re.fullmatch(r"moy-\d{3}", cid):
            err(f"{fname}:{cid}: Maricruz's ids are moy-NNN")
        if not SPANISH_HINT.search(s):
            err(f"{fname}:{cid}: Maricruz writes Spanish")
        for m in O_YEAR.finditer(s):
            if not re.search(r"\b(el|del) $", s[: m.start()]):
                err(f"{fname}:{cid}: Maricruz writes the article before a year ({m[0]!r})")
        if re.search(r"septiembre", s, re.I):
            err(f"{fname}:{cid}: Maricruz writes 'setiembre'")
        if re.search(r"\d,\d{3}(?!\d)|\d\.\d{1,2}(?!\d)", s) or UNGROUPED.search(s):
            err(f"{fname}:{cid}: Maricruz writes numbers the Spanish way (18.600; 0,62)")
        if "%" in s:
            err(f"{fname}:{cid}: Maricruz writes 'por ciento', never '%'")
        if O_FORBIDDEN.search(s):
            err(f"{fname}:{cid}: Maricruz's hedges are unos / casi / más de")
        hedge_check(fname, cid, c, s, "Maricruz", O_HEDGE)
        if label is not None and (
            not numeric or not O_LABEL.fullmatch(str(label)) or SPANISH_HINT.search(str(label))
        ):
            err(f"{fname}:{cid}: Maricruz's labels are lower-case English, numeric claims only")
    elif fname == "pomasunco.yaml":
        if not re.fullmatch(r"epc\.\d{4}", cid):
            err(f"{fname}:{cid}: Eustaquio's ids are epc.NNNN")
        if not SPANISH_HINT.search(s):
            err(f"{fname}:{cid}: Eustaquio writes Spanish")
        if not P_TREE.search(s):
            err(f"{fname}:{cid}: Eustaquio gives the province or region in parentheses")
        if m := P_SMALL_DIGITS.search(s):
            err(f"{fname}:{cid}: Eustaquio writes one to twenty in words ({m[0]!r})")
        if re.search(r"\d,\d{3}(?!\d)|\d\.\d{1,2}(?!\d)|\d%", s) or UNGROUPED.search(s):
            err(f"{fname}:{cid}: Eustaquio writes 2.600 / 0,62 / 74 %")
        if P_FORBIDDEN.search(s):
            err(f"{fname}:{cid}: Eustaquio's hedges are en torno a / casi / más de")
        hedge_check(fname, cid, c, s, "Eustaquio", P_HEDGE)
        if label is not None:
            err(f"{fname}:{cid}: Eustaquio never writes a quantity label")
    else:
        err(f"{fname}: unexpected claims file")


def analyst_mix(claims: dict[str, dict[str, Any]]) -> None:
    """File-level habits: Philippa and Maricruz label 35-65 % of their numeric claims;
    Wendell dates at least 15 statements by quarter, Philippa writes at least 4 mid-dot
    decimals, Maricruz at least 15 years with their article; every analyst writes 45-60
    claims, cites at least 9 of the 12 texts and at least 3 texts in the other language;
    every text is cited by two analysts."""
    d: Counter[Any] = Counter()
    texts: dict[str, set[str]] = defaultdict(set)
    lang = {
        "dunmore.yaml": "en",
        "ravenscroft.yaml": "en",
        "orihuela.yaml": "es",
        "pomasunco.yaml": "es",
    }
    src_lang = {
        s["id"]: s["language"]
        for s in cc.load_yaml(CORPUS / "seeds" / "sources.yaml").get("sources", [])
    }
    for c in claims.values():
        f, s = c["_file"], str(c.get("statement", ""))
        d[(f, "claims")] += 1
        if is_numeric(c):
            d[(f, bool(c.get("quantity")))] += 1
        for cit in c.get("citations", []):
            texts[f].add(cit.get("source"))
        d[(f, "quarter")] += bool(D_QUARTER.search(s))
        d[(f, "middot")] += bool(re.search(r"\d·\d", s))
        d[(f, "year")] += bool(O_YEAR.search(s))
    for fname, who, lo, hi in (
        ("ravenscroft.yaml", "Philippa", 0.35, 0.65),
        ("orihuela.yaml", "Maricruz", 0.35, 0.65),
    ):
        yes, no = d[(fname, True)], d[(fname, False)]
        if not lo <= yes / max(yes + no, 1) <= hi:
            err(
                f"{fname}: {who} labels {lo:.0%}-{hi:.0%} of the numeric claims, got {yes} of {yes + no}"
            )
    if d[("dunmore.yaml", "quarter")] < 15:
        err(
            f"dunmore.yaml: Wendell dates >= 15 statements by quarter, got {d[('dunmore.yaml', 'quarter')]}"
        )
    if d[("ravenscroft.yaml", "middot")] < 4:
        err(
            f"ravenscroft.yaml: Philippa writes >= 4 mid-dot decimals, got {d[('ravenscroft.yaml', 'middot')]}"
        )
    if d[("orihuela.yaml", "year")] < 15:
        err(f"orihuela.yaml: Maricruz writes >= 15 years, got {d[('orihuela.yaml', 'year')]}")
    for fname in lang:
        if not 45 <= d[(fname, "claims")] <= 60:
            err(f"{fname}: expected 45-60 claims, got {d[(fname, 'claims')]}")
    for fname, srcs in texts.items():
        if len(srcs) < 9:
            err(f"{fname}: cites only {len(srcs)} of the 12 texts")
        other = [s for s in srcs if src_lang.get(s) != lang.get(fname)]
        if len(other) < 3:
            err(f"{fname}: cites only {len(other)} texts in the other language")
    cc.sources_cited_by_two(claims, 12)


SETTINGS = cc.Settings(
    root=HERE,  # eval/blind19
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
