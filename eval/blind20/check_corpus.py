#!/usr/bin/env python3
"""Validate the BLIND20 vraem-claims test corpus and its ground truth.

Usage:  python eval/blind20/check_corpus.py [--verbose]

Uses the shared checks of eval/corpus_checks.py (quotes, ids, groups, duplicate pairs,
closure, traps; see its docstring), with this corpus's settings: 1.25-1.6 KB texts
published 2016-2026, 12 sources, as many English as Spanish; its units (kg/kilos/tonnes/
toneladas/t/metric tons/pounds/lb; litres/litros/liters/gallons; litres and gallons per day;
ha/hectares/hectáreas/km²/acres/m²/metros cuadrados; km/kilómetros/miles; %/percent/por
ciento; soles/S//PEN; USD/US$/dólares; days/días; hours/horas; years/años); all trap kinds
of corpus_checks plus `initial-vs-corrected` (same group, disjoint values) and
`part-vs-whole` (different groups), with the strict trap checks (series traps at different
times, series-same-value traps overlapping, lookalike traps sharing a number); and
per-analyst style checks:

  larkspur.yaml    Tamsin: ids TNNNNN; English from a London markets and insurance risk desk;
                   figures of 10,000 and more in "k" / "mn" shorthand ("24k", "USD 2.4mn", "19k
                   lb"; at least 8 statements), never a thousands separator nor a run of five
                   digits, four-digit figures solid ("2140"); every figure in digits, no number
                   words; money as "USD" / "PEN" (never "$", "S/", "soles", "dollars"); months
                   as three letters and a year ("Jun 2017"; at least 15 statements), never a
                   month's full name nor an abbreviation with a full stop; hedges "in the region
                   of" (about), "not quite" (nearly), "better than" (more_than), never "about",
                   "some", "around", "approximately", "roughly", "nearly", "almost", "more
                   than", "at least", "over N"; EVERY numeric claim labelled in lowerCamelCase
                   ("fakeUsd", "reachKm"), non-numeric claims never
  vandermeer.yaml  Hollis: ids hvNNNx; American English; dates in figures, month first
                   ("6/14/2017", "9/2019"; valid months and days; at least 15 statements), never
                   a month's name; every statement carries a year or a date; US spelling
                   (meters, liters, program, sulfuric; never metre, litre, tonne, programme,
                   "per cent", "%"); shares as "percent"; money as "$" and "soles" (never "S/",
                   "PEN", "USD", "US$"); comma grouping, also of four digits; hedges "around"
                   (about), "close to" (nearly), "upwards of" (more_than), "at least",
                   "fewer than" (less_than), never "about", "some", "approximately", "roughly",
                   "nearly", "almost", "more than", "over N"; labels, numeric only, on 35-65 %
                   of the numeric claims, lower case with the case in square brackets ("dead
                   fish [Apurímac fish kill]", "lots promised [Lote Seguro]")
  collazos.yaml    Luzmila: ids lcu-NN-NN; Spanish, also for English sources; inclusive
                   language: a masculine plural for people (becarios, pescadores, dirigentes,
                   egresados, investigadores, detenidos, acusados, invasores, padres, chicos)
                   only inside a pair ("becarias y becarios", "las y los (doce) becarios"), at
                   least 8 statements with a pair; Spanish notation (2.140; 2,1), round
                   thousands as "mil" ("24 mil", never "24.000"), millions as "millones" (at
                   least 5 statements with "mil" or "millones"); shares as "por ciento", never
                   "%"; "setiembre"; hedges as verbs: bordear (about), rozar (nearly), superar
                   (more_than), "al menos" (at_least), never "unos", "unas", "casi", "más de",
                   "cerca de", "alrededor de", "aproximadamente", "aprox.", "en torno a", "del
                   orden de", "poco menos de", "por lo menos"; never a label
  achahui.yaml     Fulgencio: ids QNNN-x; Spanish of a police report, also for English sources;
                   dates in the police style "14JUN2017" / "SET2019" (at least 15 statements),
                   never a month's name; every figure in digits, no number words (dos ... veinte,
                   cien, mil, millones); Spanish notation with points for every thousand
                   (US$ 2.400.000; S/ 18.000.000), decimal comma, a space before "%"; money as
                   "US$" and "S/"; hedges "aprox." (about), "casi" (nearly), "más de"
                   (more_than), "por lo menos" (at_least), never "unos", "unas", "cerca de",
                   "alrededor de", "aproximadamente", "en torno a", "bordea"; labels, numeric
                   only, on 35-65 % of the numeric claims, lower-case Spanish kebab-case
                   ("billetes-falsos", "tramo-afectado")

Every analyst writes 45-60 claims, cites at least 9 of the 12 texts and at least 3 texts in
the language they do not write; every text is cited by at least two.
Exit code 0 when there is no error (warnings allowed), 1 otherwise.
Only PyYAML is needed; the script does not import the vraem_claims package.
"""

from __future__ import annotations

import datetime as dt
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
    "mass": {
        **cc.MASS,
        "metric tons": 1000,
        "pounds": 0.45359237,
        "lb": 0.45359237,
        "libras": 0.45359237,
    },
    "volume": {**cc.VOLUME},
    "volume per day": {
        "litres per day": 1,
        "litres a day": 1,
        "liters per day": 1,
        "litros diarios": 1,
        "litros al día": 1,
        "gallons per day": cc.GALLON_L,
        "gallons a day": cc.GALLON_L,
        "galones diarios": cc.GALLON_L,
    },
    "area": {
        **cc.AREA,
        "acres": 0.0040468564224,
        "m²": 1e-6,
        "m2": 1e-6,
        "metros cuadrados": 1e-6,
        "square meters": 1e-6,
        "square metres": 1e-6,
    },
    "length": {
        "km": 1000,
        "kilómetros": 1000,
        "kilometres": 1000,
        "kilometers": 1000,
        "m": 1,
        "metres": 1,
        "meters": 1,
        "metros": 1,
        "miles": cc.MILE_KM * 1000,
        "mile": cc.MILE_KM * 1000,
        "millas": cc.MILE_KM * 1000,
    },
    "share": {"%": 1, "percent": 1, "per cent": 1, "por ciento": 1},
    "soles": {"soles": 1, "s/": 1, "pen": 1},
    "usd": {"usd": 1, "us$": 1, "dólares": 1},
    "duration": {"days": 1, "días": 1},
    "hours": {"hours": 1, "horas": 1},
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
    r"seventy|eighty|ninety|hundred|thousand|million|billion|dozen|half)\b",
    re.I,
)
ES_MONTH_NAME = re.compile(
    r"\b(enero|febrero|marzo|abril|mayo|junio|julio|agosto|se?ptiembre|octubre|noviembre|diciembre)\b",
    re.I,
)
EN_MONTH_FULL = re.compile(
    r"\b(January|February|March|April|June|July|August|September|October|November|December)\b", re.I
)
EN_MONTH_ANY = re.compile(  # case-sensitive: "may" the verb is not a month; "La Mar" is a province
    r"(?<!La )\b(January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b"
)
MON3 = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"

# Tamsin Larkspur
L_MONTH = re.compile(rf"\b{MON3} (?:19|20)\d\d\b")
L_FORBIDDEN = re.compile(
    r"\b(about|some|around|approximately|roughly|nearly|almost|more than|at least|circa|just under|just over)\b"
    r"|\bover \d|~|\bc\.\s*\d",
    re.I,
)
L_HEDGE = {"about": "in the region of", "nearly": "not quite", "more_than": "better than"}
L_LABEL = re.compile(r"[a-z]+(?:[A-Z][a-z0-9]*)*")
L_SHORT = re.compile(r"\d(?:k|mn)\b")
# Hollis Vandermeer
V_DATE = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/((?:19|20)\d\d)(?![\d/])")
V_MONTH = re.compile(r"(?<![\d/])(\d{1,2})/((?:19|20)\d\d)(?![\d/])")
V_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
V_FORBIDDEN = re.compile(
    r"\b(about|some|approximately|roughly|nearly|almost|more than|north of|circa|ballpark|"
    r"in the region of|not quite|better than)\b|\bover \d",
    re.I,
)
V_HEDGE = {
    "about": "around",
    "nearly": "close to",
    "more_than": "upwards of",
    "at_least": "at least",
    "less_than": "fewer than",
}
V_BRITISH = re.compile(
    r"\b\w*(metre|litre|tonne)s?\b|programme|sulphur|per cent|centre|colour|neighbour|%", re.I
)
V_LABEL = re.compile(r"[a-z][a-z0-9 '\-]*[a-z0-9] \[[A-ZÁÉÍÓÚ][^\[\]]*\]")
# Luzmila Collazos Urbina
C_FORBIDDEN = re.compile(
    r"\b(unos|unas|casi|más de|cerca de|alrededor de|aproximadamente|en torno a|del orden de|"
    r"poco menos de|por lo menos)\b|\baprox\.",
    re.I,
)
C_HEDGE = {
    "about": ("bordea", "bordean", "bordeaba", "bordeaban", "bordearon"),
    "nearly": ("roza", "rozan", "rozaba", "rozaban", "rozó"),
    "more_than": ("supera", "superan", "superaba", "superaban", "superó", "superaron"),
    "at_least": ("al menos",),
}
C_HEDGE_ANY = re.compile(r"\b(bordea|roza|rozó|supera|superó)\w*|\bal menos\b", re.I)
C_MASC = re.compile(
    r"\b(becarios|pescadores|dirigentes|egresados|investigadores|detenidos|acusados|invasores|padres|chicos)\b",
    re.I,
)
C_PAIR_BEFORE = re.compile(r"(?:\b\w+as y |\blas y los (?:\w+ )?|\bmadres y )$", re.I)
C_PAIR = re.compile(r"\b(las y los|los y las|mujeres y hombres|\w+as y \w+(?:os|es))\b", re.I)
C_MIL = re.compile(r"\d (?:mil|millones)\b")
# Fulgencio Achahui Quinteros
A_DATE = re.compile(
    r"\b(?:\d{2})?(?:ENE|FEB|MAR|ABR|MAY|JUN|JUL|AGO|SET|OCT|NOV|DIC)(?:19|20)\d\d\b"
)
A_NUMBER_WORD = re.compile(
    r"\b(dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince|"
    r"dieci\w+|veinte|veinti\w+|treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa|"
    r"cien|ciento|mil|millón|millones|mitad|medio)\b",
    re.I,
)
A_FORBIDDEN = re.compile(
    r"\b(unos|unas|cerca de|alrededor de|aproximadamente|en torno a|del orden de)\b|\bbordea\w*",
    re.I,
)
A_HEDGE = {"about": "aprox.", "nearly": "casi", "more_than": "más de", "at_least": "por lo menos"}
A_LABEL = re.compile(r"[a-zñáéíóú]+(?:-[a-zñáéíóú]+)*")

read_source = cc.source_text_reader(CORPUS / "seeds")


def hedge_check(
    fname: str, cid: str, c: dict[str, Any], s: str, who: str, table: dict[str, Any]
) -> None:
    q = c.get("qualifier")
    if q in table:
        want = table[q] if isinstance(table[q], tuple) else (table[q],)
        if not any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", s, re.I) for w in want):
            err(f"{fname}:{cid}: {who} writes {want[0]!r} for {q}")
    elif q in ("exact", "range"):
        for h in table.values():
            for w in h if isinstance(h, tuple) else (h,):
                if re.search(rf"(?<!\w){re.escape(w)}(?!\w)", s, re.I):
                    err(f"{fname}:{cid}: {who}'s exact claim carries the hedge {w!r}")
    elif q is not None:
        err(f"{fname}:{cid}: {who} has no hedge for {q}")


def valid_us_dates(fname: str, cid: str, s: str) -> None:
    for m in V_DATE.finditer(s):
        try:
            dt.date(int(m[3]), int(m[1]), int(m[2]))
        except ValueError:
            err(f"{fname}:{cid}: {m[0]!r} is not a month/day/year date")
    for m in V_MONTH.finditer(s):
        if not 1 <= int(m[1]) <= 12:
            err(f"{fname}:{cid}: {m[0]!r} is not a month/year date")


def style_check(fname: str, c: dict[str, Any]) -> None:
    """Each fictional analyst has habits; keep them, so the corpus stays varied."""
    cid, label = str(c.get("id", "?")), c.get("quantity")
    s = str(c.get("statement", ""))
    numeric = is_numeric(c)
    dim = cc.norm_unit(c.get("unit"), UNITS)[0] if numeric else None
    if fname == "larkspur.yaml":
        if not re.fullmatch(r"T\d{5}", cid):
            err(f"{fname}:{cid}: Tamsin's ids are TNNNNN")
        if not ENGLISH_HINT.search(s):
            err(f"{fname}:{cid}: Tamsin writes English")
        if m := (EN_MONTH_FULL.search(s) or ES_MONTH_NAME.search(s)):
            err(f"{fname}:{cid}: Tamsin writes months as three letters ({m[0]!r})")
        if m := re.search(rf"\b{MON3}\.", s):
            err(f"{fname}:{cid}: Tamsin's month abbreviations take no full stop ({m[0]!r})")
        if m := EN_NUMBER_WORD.search(s):
            err(f"{fname}:{cid}: Tamsin writes every figure in digits ({m[0]!r})")
        if re.search(r"\d[,.]\d{3}(?!\d)|\d{5,}", s):
            err(f"{fname}:{cid}: Tamsin writes 10,000 and more as k / mn, never with a separator")
        if re.search(r"\$|S/|\bsoles?\b|\bdollars?\b", s, re.I):
            err(f"{fname}:{cid}: Tamsin writes money as USD / PEN")
        if (dim == "soles" and "PEN" not in s) or (dim == "usd" and "USD" not in s):
            err(f"{fname}:{cid}: Tamsin writes money as USD / PEN")
        if L_FORBIDDEN.search(s):
            err(f"{fname}:{cid}: Tamsin's hedges are in the region of / not quite / better than")
        hedge_check(fname, cid, c, s, "Tamsin", L_HEDGE)
        if numeric and not (label and L_LABEL.fullmatch(str(label))):
            err(f"{fname}:{cid}: Tamsin labels every numeric claim in lowerCamelCase")
        if not numeric and label is not None:
            err(f"{fname}:{cid}: Tamsin labels only numeric claims")
    elif fname == "vandermeer.yaml":
        if not re.fullmatch(r"hv\d{3}[a-z]", cid):
            err(f"{fname}:{cid}: Hollis's ids are hvNNNx")
        if not ENGLISH_HINT.search(s):
            err(f"{fname}:{cid}: Hollis writes English")
        if m := (EN_MONTH_ANY.search(s) or ES_MONTH_NAME.search(s)):
            err(f"{fname}:{cid}: Hollis writes dates in figures, never a month's name ({m[0]!r})")
        valid_us_dates(fname, cid, s)
        if not (V_YEAR.search(s) or V_DATE.search(s) or V_MONTH.search(s)):
            err(f"{fname}:{cid}: Hollis dates every statement")
        if m := V_BRITISH.search(s):
            err(f"{fname}:{cid}: Hollis writes American English ({m[0]!r})")
        if dim == "share" and "percent" not in s:
            err(f"{fname}:{cid}: Hollis writes shares as 'percent'")
        if re.search(r"S/|\bPEN\b|\bUSD\b|US\$", s):
            err(f"{fname}:{cid}: Hollis writes money as $ and soles")
        if (dim == "soles" and "soles" not in s) or (dim == "usd" and "$" not in s):
            err(f"{fname}:{cid}: Hollis writes money as $ and soles")
        if re.search(r"\d\.\d{3}(?!\d)", s) or UNGROUPED.search(s):
            err(f"{fname}:{cid}: Hollis groups thousands with commas")
        if V_FORBIDDEN.search(s):
            err(
                f"{fname}:{cid}: Hollis's hedges are around / close to / upwards of / at least / fewer than"
            )
        hedge_check(fname, cid, c, s, "Hollis", V_HEDGE)
        if label is not None and (not numeric or not V_LABEL.fullmatch(str(label))):
            err(f"{fname}:{cid}: Hollis's labels are 'what [Case]', numeric claims only")
    elif fname == "collazos.yaml":
        if not re.fullmatch(r"lcu-\d{2}-\d{2}", cid):
            err(f"{fname}:{cid}: Luzmila's ids are lcu-NN-NN")
        if not SPANISH_HINT.search(s):
            err(f"{fname}:{cid}: Luzmila writes Spanish")
        for m in C_MASC.finditer(s):
            if not C_PAIR_BEFORE.search(s[: m.start()]):
                err(f"{fname}:{cid}: Luzmila writes people in pairs, not {m[0]!r} alone")
        if re.search(r"septiembre", s, re.I):
            err(f"{fname}:{cid}: Luzmila writes 'setiembre'")
        if re.search(r"\d,\d{3}(?!\d)|\d\.\d{1,2}(?!\d)", s) or UNGROUPED.search(s):
            err(f"{fname}:{cid}: Luzmila writes numbers the Spanish way (2.140; 2,1)")
        if re.search(r"(?<![\d.])\d{1,3}(?:\.000)+(?![\d.,])", s):
            err(f"{fname}:{cid}: Luzmila writes round thousands as 'mil' / 'millones'")
        if "%" in s:
            err(f"{fname}:{cid}: Luzmila writes 'por ciento', never '%'")
        if C_FORBIDDEN.search(s):
            err(f"{fname}:{cid}: Luzmila's hedges are the verbs bordear / rozar / superar")
        q = c.get("qualifier")
        if numeric and q in ("exact", "range") and (m := C_HEDGE_ANY.search(s)):
            err(f"{fname}:{cid}: Luzmila's exact claim carries the hedge {m[0]!r}")
        elif numeric:
            hedge_check(fname, cid, c, s, "Luzmila", C_HEDGE)
        if label is not None:
            err(f"{fname}:{cid}: Luzmila never writes a quantity label")
    elif fname == "achahui.yaml":
        if not re.fullmatch(r"Q\d{3}-[a-z]", cid):
            err(f"{fname}:{cid}: Fulgencio's ids are QNNN-x")
        if not SPANISH_HINT.search(s):
            err(f"{fname}:{cid}: Fulgencio writes Spanish")
        if m := (ES_MONTH_NAME.search(s) or EN_MONTH_FULL.search(s)):
            err(
                f"{fname}:{cid}: Fulgencio writes dates as 14JUN2017, never a month's name ({m[0]!r})"
            )
        if m := A_NUMBER_WORD.search(s):
            err(f"{fname}:{cid}: Fulgencio writes every figure in digits ({m[0]!r})")
        if re.search(r"\d,\d{3}(?!\d)|\d\.\d{1,2}(?!\d)|\d%", s) or UNGROUPED.search(s):
            err(f"{fname}:{cid}: Fulgencio writes 2.400.000 / 7,0 / 90 %")
        if (dim == "soles" and "S/" not in s) or (dim == "usd" and "US$" not in s):
            err(f"{fname}:{cid}: Fulgencio writes money as US$ and S/")
        if A_FORBIDDEN.search(s):
            err(f"{fname}:{cid}: Fulgencio's hedges are aprox. / casi / más de / por lo menos")
        if numeric:
            hedge_check(fname, cid, c, s, "Fulgencio", A_HEDGE)
        if label is not None and (not numeric or not A_LABEL.fullmatch(str(label))):
            err(
                f"{fname}:{cid}: Fulgencio's labels are lower-case kebab-case Spanish, numeric claims only"
            )
    else:
        err(f"{fname}: unexpected claims file")


def analyst_mix(claims: dict[str, dict[str, Any]]) -> None:
    """File-level habits: Hollis and Fulgencio label 35-65 % of their numeric claims; Tamsin
    writes >= 8 k/mn figures and >= 15 'Mon YYYY' dates, Hollis >= 15 figure dates, Luzmila
    >= 8 pairs and >= 5 'mil'/'millones', Fulgencio >= 15 police-style dates; every analyst
    writes 45-60 claims, cites at least 9 of the 12 texts and at least 3 texts in the other
    language; every text is cited by two analysts."""
    d: Counter[Any] = Counter()
    texts: dict[str, set[str]] = defaultdict(set)
    lang = {
        "larkspur.yaml": "en",
        "vandermeer.yaml": "en",
        "collazos.yaml": "es",
        "achahui.yaml": "es",
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
        d[(f, "short")] += bool(L_SHORT.search(s))
        d[(f, "mon")] += bool(L_MONTH.search(s))
        d[(f, "usdate")] += bool(V_DATE.search(s) or V_MONTH.search(s))
        d[(f, "pair")] += bool(C_PAIR.search(s))
        d[(f, "mil")] += bool(C_MIL.search(s))
        d[(f, "poldate")] += bool(A_DATE.search(s))
    for fname, who, lo, hi in (
        ("vandermeer.yaml", "Hollis", 0.35, 0.65),
        ("achahui.yaml", "Fulgencio", 0.35, 0.65),
    ):
        yes, no = d[(fname, True)], d[(fname, False)]
        if not lo <= yes / max(yes + no, 1) <= hi:
            err(
                f"{fname}: {who} labels {lo:.0%}-{hi:.0%} of the numeric claims, got {yes} of {yes + no}"
            )
    for fname, key, least, what in (
        ("larkspur.yaml", "short", 8, "k / mn figures"),
        ("larkspur.yaml", "mon", 15, "'Jun 2017' dates"),
        ("vandermeer.yaml", "usdate", 15, "month/day/year dates"),
        ("collazos.yaml", "pair", 8, "inclusive pairs"),
        ("collazos.yaml", "mil", 5, "'mil' / 'millones'"),
        ("achahui.yaml", "poldate", 15, "police-style dates"),
    ):
        if d[(fname, key)] < least:
            err(f"{fname}: expected >= {least} statements with {what}, got {d[(fname, key)]}")
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
    root=HERE,  # eval/blind20
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
