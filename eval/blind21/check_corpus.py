#!/usr/bin/env python3
"""Validate the BLIND21 vraem-claims test corpus and its ground truth.

Usage:  python eval/blind21/check_corpus.py [--verbose]

Uses the shared checks of eval/corpus_checks.py (quotes, ids, groups, duplicate pairs,
closure, traps; see its docstring), with this corpus's settings: 1.25-1.6 KB texts
published 2016-2026, 12 sources, as many English as Spanish; its units (kg/kilos/
kilogramos/pounds/lb; litres/litros/gallons; km/kilómetros/m/metres/metros/miles/feet;
%/pc/percent/per cent/por ciento/por 100; soles/S//PEN; minutes; hours/horas; days/días;
months/meses; years/años); all trap kinds of corpus_checks plus `initial-vs-corrected`
(same group, disjoint values), `part-vs-whole` (different groups) and this corpus's
`partial-period` (same group; a count to a date inside a period against the count of the
whole period: the partial one ends before the other); the strict trap checks (series traps
at different times, series-same-value traps overlapping, lookalike traps sharing a number).
The consistency warnings of corpus_checks are not printed for pairs that expected.yaml
lists as traps (a human has looked at those). Per-analyst style checks:

  greatorex.yaml   Thomasina: ids tg-NNNN; British English, also for Spanish sources; day
                   dates with an ordinal suffix ("12th September 2018", "3rd November 2019";
                   at least 10 statements), never a bare "12 September" nor a date in
                   figures; every figure in digits, no number words; comma grouping, also of
                   four digits (4,870), never a point; money as "S/" joined to the figure
                   ("S/420", "S/1,264,000", "S/2.4m"), never "soles", "sol", "PEN"; shares as
                   "pc" ("41pc"), never "%", "percent", "per cent"; British spelling (metres,
                   kilometres, litres); hedges after or inside the figure: "or so" (about),
                   "-plus" (more_than: "200-plus"), "a shade under" (nearly), "at least",
                   "below" (less_than), "up to" (at_most), never "about", "some", "around",
                   "roughly", "approximately", "nearly", "almost", "more than", "over N";
                   EVERY numeric claim labelled "thread | measure" in lower case
                   ("yellow fever | deaths", "van raid | cash"), non-numeric claims never
  oosterhuis.yaml  Barend: ids BO-NNN; English with Dutch conventions: a point for
                   thousands, also of four digits (36.480; 4.870), a decimal comma (9,5 km;
                   2,75 million), never a comma for thousands nor a decimal point; whole
                   amounts of money as "S/ 420,-" / "S/ 50.000,-" (millions as "S/ 2,75
                   million"), never "soles", "PEN"; dates day-month-year with hyphens
                   ("12-9-2018", months "11-2019"; valid; at least 15 statements), never a
                   month's name; shares with "%" or "1 in 3" / "2/3"; hedges "appr." (about),
                   "almost" (nearly), "more than", "at least", "less than", "maximum"
                   (at_most), never "about", "some", "around", "roughly", "nearly", "or so",
                   "-plus"; labels, numeric only, on 35-65 % of the numeric claims, in
                   Capitalised_Snake_Case ("Cases_YF", "Killings_VRAEM", "Loot")
  iturriaga.yaml   Covadonga: ids cib.NNN; peninsular Spanish, also for English sources:
                   "septiembre", never "setiembre"; "atraco", never "asalto"; whole numbers
                   one to nine in words (no lone digit), larger ones in digits with a point
                   for thousands (4.870; 1.264.000), decimal comma, never "N mil"; money
                   written out as "soles", never "S/"; shares as "por 100", a fraction or
                   "de cada", never "%" nor "por ciento"; hedges "unos/unas" (about), "casi"
                   (nearly), "algo más de" (more_than; never a bare "más de"), "como mínimo"
                   (at_least), "por debajo del" (less_than), "hasta" (at_most), never
                   "aprox.", "alrededor de", "cerca de", "en torno a", "aproximadamente",
                   "al menos", "por lo menos"; the verb "cifrar en" in at least 12
                   statements; never a label
  pariachi.yaml    Yeny: ids ypr-NNx; writes each claim in the language of the source she
                   cites (Spanish for Spanish texts, English for English ones), in that
                   language's notation (Spanish: 15.200, "setiembre"; English: 15,200); every
                   day date carries its weekday ("el miércoles 12 de setiembre de 2018",
                   "on Wednesday 12 September 2018"; the weekday must be right; at least 8
                   statements); every claim tagged with one thread tag (fiebre-amarilla,
                   asalto-caudales, sicariato, ambulancias-fluviales); labels, numeric only,
                   on 35-65 % of the numeric claims, as "KIND: measure" with a capitalised
                   Spanish kind and a lower-case Spanish measure ("CONTEO: casos", "TASA:
                   cobertura", "MONTO: botín", "DURACIÓN: ataque")

Every analyst writes 45-60 claims and cites at least 9 of the 12 texts; Thomasina, Barend and
Covadonga cite at least 3 texts in the language they do not write, Yeny at least 3 texts in
each language; every text is cited by at least two analysts.
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

FOOT = 0.3048
UNITS = {
    "mass": {
        **cc.MASS,
        "pounds": 0.45359237,
        "lb": 0.45359237,
        "libras": 0.45359237,
    },
    "volume": {**cc.VOLUME, "litres": 1, "liters": 1},
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
        "feet": FOOT,
        "foot": FOOT,
        "ft": FOOT,
        "pies": FOOT,
    },
    "share": {"%": 1, "pc": 1, "percent": 1, "per cent": 1, "por ciento": 1, "por 100": 1},
    "soles": {"soles": 1, "s/": 1, "pen": 1},
    "minutes": {"minutes": 1, "minutos": 1},
    "hours": {"hours": 1, "horas": 1},
    "days": {"days": 1, "días": 1},
    "months": {"months": 1, "meses": 1},
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
ES_WORDS = re.compile(r"\b(el|la|los|las|del|de|que|por|según|con|para|una|hubo|fue|en|y)\b", re.I)
EN_WORDS = re.compile(r"\b(the|of|and|was|were|by|with|from|that|had|is|are|in|to)\b", re.I)
UNGROUPED = re.compile(r"(?<![\d.,'·\u202f])(?!(?:19|20)\d\d(?![\d.,·]))\d{4,}(?![\d.,'·\u202f])")
EN_NUMBER_WORD = re.compile(
    r"\b(zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|"
    r"seventy|eighty|ninety|hundred|thousand|million|billion|dozen|half|third|quarter)\b",
    re.I,
)
EN_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
ES_MONTHS = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "setiembre",
    "octubre",
    "noviembre",
    "diciembre",
]
EN_MONTH = "|".join(EN_MONTHS)
ES_MONTH = "|".join(ES_MONTHS) + "|septiembre"
ES_MONTH_NAME = re.compile(rf"\b({ES_MONTH})\b", re.I)
EN_MONTH_ANY = re.compile(  # case-sensitive: "may" the verb is not a month; "La Mar" is a province
    rf"(?<!La )\b({EN_MONTH}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b"
)
EN_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ES_WEEKDAYS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
THREAD_TAGS = {"fiebre-amarilla", "asalto-caudales", "sicariato", "ambulancias-fluviales"}

# Thomasina Greatorex
G_ORD_DATE = re.compile(rf"\b(\d{{1,2}})(st|nd|rd|th) ({EN_MONTH}) ((?:19|20)\d\d)\b")
G_BARE_DAY = re.compile(rf"\b\d{{1,2}} ({EN_MONTH})\b|\b({EN_MONTH}) \d{{1,2}}\b")
G_FIG_DATE = re.compile(r"\b\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}\b|\b\d{1,2}[-/](?:19|20)\d\d\b")
G_FORBIDDEN = re.compile(
    r"\b(about|some|around|roughly|approximately|nearly|almost|more than|circa|just under|just over)\b"
    r"|\bover \d|~|\bc\.\s*\d",
    re.I,
)
G_HEDGE = {
    "about": r"\bor so\b",
    "more_than": r"\d-plus\b",
    "nearly": r"\ba shade under\b",
    "at_least": r"\bat least\b",
    "less_than": r"\bbelow\b",
    "at_most": r"\bup to\b",
}
G_BRITISH = re.compile(
    r"\b(meter|liter|kilometer|centimeter)s?\b|\bprogram\b|percent|per cent|%", re.I
)
G_LABEL = re.compile(r"[a-z][a-z ]*[a-z] \| [a-z][a-z ]*[a-z]")
# Barend Oosterhuis
O_DATE = re.compile(r"(?<![\d.,/-])(\d{1,2})-(\d{1,2})-((?:19|20)\d\d)(?![\d-])")
O_MONTH = re.compile(r"(?<![\d.,/-])(\d{1,2})-((?:19|20)\d\d)(?![\d-])")
O_FORBIDDEN = re.compile(
    r"\b(about|some|around|roughly|approximately|nearly|circa|or so)\b|-plus\b|\bover \d|~", re.I
)
O_HEDGE = {
    "about": r"\bappr\.",
    "nearly": r"\balmost\b",
    "more_than": r"\bmore than\b",
    "at_least": r"\bat least\b",
    "less_than": r"\bless than\b",
    "at_most": r"\bmaximum\b",
}
O_LABEL = re.compile(r"[A-Z][A-Za-z]*(?:_[A-Z][A-Za-z]*)*")
# Covadonga Iturriaga Belmonte
I_FORBIDDEN = re.compile(
    r"\b(aprox\.?|alrededor de|cerca de|en torno a|aproximadamente|por lo menos|al menos)\b"
    r"|(?<!algo )\bmás de\b",
    re.I,
)
I_HEDGE = {
    "about": r"\bun(?:o|a)s\b",
    "nearly": r"\bcasi\b",
    "more_than": r"\balgo más de\b",
    "at_least": r"\bcomo mínimo\b",
    "less_than": r"\bpor debajo del?\b",
    "at_most": r"\bhasta\b",
}
I_CIFRAR = re.compile(r"\bcifr(a|an|ó|aron|aba|aban)\b", re.I)
I_LONE_DIGIT = re.compile(
    rf"(?<![\d.,])\d(?![\d.,])(?! de (?:{ES_MONTH})\b)"
)  # a day of the month is a digit
# Yeny Pariachi Rimachi
P_LABEL = re.compile(
    r"(CONTEO|TASA|MONTO|DURACIÓN|DISTANCIA|LONGITUD|PESO|VOLUMEN): [a-záéíóúñ ()]+"
)
P_ES_DATE = re.compile(rf"\b(\d{{1,2}}) de ({ES_MONTH}) de ((?:19|20)\d\d)\b", re.I)
P_EN_DATE = re.compile(rf"\b(\d{{1,2}}) ({EN_MONTH}) ((?:19|20)\d\d)\b")

SRC_LANG: dict[str, str] = {}


def src_lang() -> dict[str, str]:
    if not SRC_LANG:
        for s in cc.load_yaml(CORPUS / "seeds" / "sources.yaml").get("sources", []):
            SRC_LANG[s["id"]] = s["language"]
    return SRC_LANG


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


def weekday_dates(fname: str, cid: str, s: str, lang: str) -> int:
    """Every day date is preceded by its (right) weekday; returns how many there are."""
    n = 0
    pat, months, days = (
        (P_ES_DATE, ES_MONTHS, ES_WEEKDAYS) if lang == "es" else (P_EN_DATE, EN_MONTHS, EN_WEEKDAYS)
    )
    for m in pat.finditer(s):
        month = m[2].lower()
        if month == "septiembre":
            err(f"{fname}:{cid}: Yeny writes 'setiembre'")
            continue
        mi = [x.lower() for x in months].index(month) + 1
        try:
            d = dt.date(int(m[3]), mi, int(m[1]))
        except ValueError:
            err(f"{fname}:{cid}: {m[0]!r} is not a date")
            continue
        before = s[: m.start()].rstrip()
        want = days[d.weekday()]
        if not before.lower().endswith(want.lower()):
            err(f"{fname}:{cid}: {m[0]!r} needs its weekday ({want})")
        n += 1
    return n


def style_check(fname: str, c: dict[str, Any]) -> None:
    """Each fictional analyst has habits; keep them, so the corpus stays varied."""
    cid, label = str(c.get("id", "?")), c.get("quantity")
    s = str(c.get("statement", ""))
    numeric = is_numeric(c)
    dim = cc.norm_unit(c.get("unit"), UNITS)[0] if numeric else None
    if fname == "greatorex.yaml":
        if not re.fullmatch(r"tg-\d{4}", cid):
            err(f"{fname}:{cid}: Thomasina's ids are tg-NNNN")
        if not ENGLISH_HINT.search(s):
            err(f"{fname}:{cid}: Thomasina writes English")
        if m := ES_MONTH_NAME.search(s):
            err(f"{fname}:{cid}: Thomasina writes English months ({m[0]!r})")
        for m in G_ORD_DATE.finditer(s):
            day = int(m[1])
            suf = "th" if 11 <= day % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
            if m[2] != suf:
                err(f"{fname}:{cid}: {m[0]!r} takes '{suf}'")
            try:
                dt.date(int(m[4]), EN_MONTHS.index(m[3]) + 1, day)
            except ValueError:
                err(f"{fname}:{cid}: {m[0]!r} is not a date")
        if m := G_BARE_DAY.search(s):
            err(f"{fname}:{cid}: Thomasina writes day dates with an ordinal ({m[0]!r})")
        if m := G_FIG_DATE.search(s):
            err(f"{fname}:{cid}: Thomasina never writes dates in figures ({m[0]!r})")
        if m := EN_NUMBER_WORD.search(s):
            err(f"{fname}:{cid}: Thomasina writes every figure in digits ({m[0]!r})")
        if re.search(r"\d\.\d{3}(?!\d)", s) or UNGROUPED.search(s):
            err(f"{fname}:{cid}: Thomasina groups thousands with commas")
        if re.search(r"\bsoles?\b|\bsol\b|\bPEN\b", s):
            err(f"{fname}:{cid}: Thomasina writes money as S/")
        if dim == "soles" and c.get("value") != 0 and not re.search(r"S/\d", s):
            err(f"{fname}:{cid}: Thomasina writes money as S/ joined to the figure")
        if dim == "share" and not re.search(r"\dpc\b", s):
            err(f"{fname}:{cid}: Thomasina writes shares as 'pc'")
        if m := G_BRITISH.search(s):
            err(f"{fname}:{cid}: Thomasina writes British English without '%' ({m[0]!r})")
        if G_FORBIDDEN.search(s):
            err(
                f"{fname}:{cid}: Thomasina's hedges are or so / -plus / a shade under / at least / below"
            )
        hedge_check(fname, cid, c, s, "Thomasina", G_HEDGE)
        if numeric and not (label and G_LABEL.fullmatch(str(label))):
            err(f"{fname}:{cid}: Thomasina labels every numeric claim 'thread | measure'")
        if not numeric and label is not None:
            err(f"{fname}:{cid}: Thomasina labels only numeric claims")
    elif fname == "oosterhuis.yaml":
        if not re.fullmatch(r"BO-\d{3}", cid):
            err(f"{fname}:{cid}: Barend's ids are BO-NNN")
        if not ENGLISH_HINT.search(s):
            err(f"{fname}:{cid}: Barend writes English")
        if m := (EN_MONTH_ANY.search(s) or ES_MONTH_NAME.search(s)):
            err(f"{fname}:{cid}: Barend writes dates in figures, never a month's name ({m[0]!r})")
        for m in O_DATE.finditer(s):
            try:
                dt.date(int(m[3]), int(m[2]), int(m[1]))
            except ValueError:
                err(f"{fname}:{cid}: {m[0]!r} is not a day-month-year date")
        for m in O_MONTH.finditer(s):
            if not 1 <= int(m[1]) <= 12:
                err(f"{fname}:{cid}: {m[0]!r} is not a month-year date")
        if re.search(r"\d{1,2}/\d{1,2}/\d{4}", s):
            err(f"{fname}:{cid}: Barend writes dates with hyphens")
        if re.search(r"\d,\d{3}(?!\d)|\d\.\d{1,2}(?!\d)", s) or UNGROUPED.search(s):
            err(f"{fname}:{cid}: Barend writes 36.480 and 9,5")
        if re.search(r"\bsoles?\b|\bsol\b|\bPEN\b", s):
            err(f"{fname}:{cid}: Barend writes money as S/")
        for m in re.finditer(r"S/ ?\d", s):
            if not re.match(r"S/ \d[\d.]*(?:,-|,\d+ million| million)", s[m.start() :]):
                err(f"{fname}:{cid}: Barend writes whole amounts as 'S/ 420,-'")
        if dim == "soles" and c.get("value") != 0 and "S/ " not in s:
            err(f"{fname}:{cid}: Barend writes money as S/")
        if dim == "share" and not re.search(r"\d%|\d in \d|\d/\d", s):
            err(f"{fname}:{cid}: Barend writes shares with % or as a fraction")
        if O_FORBIDDEN.search(s):
            err(f"{fname}:{cid}: Barend's hedges are appr. / almost / more than / at least")
        hedge_check(fname, cid, c, s, "Barend", O_HEDGE)
        if label is not None and (not numeric or not O_LABEL.fullmatch(str(label))):
            err(f"{fname}:{cid}: Barend's labels are Capitalised_Snake_Case, numeric claims only")
    elif fname == "iturriaga.yaml":
        if not re.fullmatch(r"cib\.\d{3}", cid):
            err(f"{fname}:{cid}: Covadonga's ids are cib.NNN")
        if not SPANISH_HINT.search(s) or lang_of(s) != "es":
            err(f"{fname}:{cid}: Covadonga writes Spanish")
        if re.search(r"setiembre", s, re.I):
            err(f"{fname}:{cid}: Covadonga writes 'septiembre'")
        if re.search(r"\basalt", s, re.I):
            err(f"{fname}:{cid}: Covadonga writes 'atraco'")
        if "S/" in s:
            err(f"{fname}:{cid}: Covadonga writes soles out")
        if dim == "soles" and "soles" not in s:
            err(f"{fname}:{cid}: Covadonga writes soles out")
        if re.search(r"%|por ciento", s):
            err(f"{fname}:{cid}: Covadonga writes 'por 100'")
        if dim == "share" and not re.search(r"por 100|tercio|de cada", s):
            err(f"{fname}:{cid}: Covadonga writes shares as 'por 100' or a fraction")
        if m := I_LONE_DIGIT.search(s):
            err(f"{fname}:{cid}: Covadonga writes one to nine in words ({m[0]!r})")
        if re.search(r"\d,\d{3}(?!\d)|\d\.\d{1,2}(?!\d)", s) or UNGROUPED.search(s):
            err(f"{fname}:{cid}: Covadonga writes numbers the Spanish way (4.870; 9,5)")
        if re.search(r"\d mil\b", s):
            err(f"{fname}:{cid}: Covadonga writes thousands in full (40.000)")
        if I_FORBIDDEN.search(s):
            err(f"{fname}:{cid}: Covadonga's hedges are unos / casi / algo más de / como mínimo")
        hedge_check(fname, cid, c, s, "Covadonga", I_HEDGE)
        if label is not None:
            err(f"{fname}:{cid}: Covadonga never writes a quantity label")
    elif fname == "pariachi.yaml":
        if not re.fullmatch(r"ypr-\d{2}[a-z]", cid):
            err(f"{fname}:{cid}: Yeny's ids are ypr-NNx")
        srcs = [cit.get("source") for cit in c.get("citations", [])]
        want = src_lang().get(srcs[0]) if srcs else None
        lang = lang_of(s)
        if lang != want:
            err(f"{fname}:{cid}: Yeny writes in the language of her source ({want}), got {lang}")
        if lang == "es":
            if re.search(r"septiembre", s, re.I):
                err(f"{fname}:{cid}: Yeny writes 'setiembre'")
            if re.search(r"\d,\d{3}(?!\d)", s):
                err(f"{fname}:{cid}: Yeny's Spanish uses a point for thousands")
        elif re.search(r"\d\.\d{3}(?!\d)", s):
            err(f"{fname}:{cid}: Yeny's English uses a comma for thousands")
        weekday_dates(fname, cid, s, lang)
        tags = c.get("tags")
        if not (isinstance(tags, list) and len(tags) == 1 and tags[0] in THREAD_TAGS):
            err(f"{fname}:{cid}: Yeny tags every claim with one thread tag")
        if label is not None and (not numeric or not P_LABEL.fullmatch(str(label))):
            err(f"{fname}:{cid}: Yeny's labels are 'KIND: measure', numeric claims only")
    else:
        err(f"{fname}: unexpected claims file")


def analyst_mix(claims: dict[str, dict[str, Any]]) -> None:
    """File-level habits: Thomasina labels every numeric claim, Barend and Yeny 35-65 %,
    Covadonga none; Thomasina >= 10 ordinal day dates, Barend >= 15 figure dates, Covadonga
    >= 12 'cifrar', Yeny >= 8 weekday dates and statements in both languages; every analyst
    writes 45-60 claims and cites at least 9 of the 12 texts, at least 3 in the other language
    (Yeny: 3 in each); every text is cited by two."""
    d: Counter[Any] = Counter()
    texts: dict[str, set[str]] = defaultdict(set)
    lang = {"greatorex.yaml": "en", "oosterhuis.yaml": "en", "iturriaga.yaml": "es"}
    sl = src_lang()
    for c in claims.values():
        f, s = c["_file"], str(c.get("statement", ""))
        d[(f, "claims")] += 1
        if is_numeric(c):
            d[(f, bool(c.get("quantity")))] += 1
        for cit in c.get("citations", []):
            texts[f].add(cit.get("source"))
        d[(f, "ord")] += bool(G_ORD_DATE.search(s))
        d[(f, "figdate")] += bool(O_DATE.search(s) or O_MONTH.search(s))
        d[(f, "cifrar")] += bool(I_CIFRAR.search(s))
        if f == "pariachi.yaml":
            d[(f, "lang-" + lang_of(s))] += 1
            pat = P_ES_DATE if lang_of(s) == "es" else P_EN_DATE
            d[(f, "weekday")] += bool(pat.search(s))
    for fname, who, lo, hi in (
        ("greatorex.yaml", "Thomasina", 1.0, 1.0),
        ("oosterhuis.yaml", "Barend", 0.35, 0.65),
        ("pariachi.yaml", "Yeny", 0.35, 0.65),
        ("iturriaga.yaml", "Covadonga", 0.0, 0.0),
    ):
        yes, no = d[(fname, True)], d[(fname, False)]
        if not lo <= yes / max(yes + no, 1) <= hi:
            err(
                f"{fname}: {who} labels {lo:.0%}-{hi:.0%} of the numeric claims, got {yes} of {yes + no}"
            )
    for fname, key, least, what in (
        ("greatorex.yaml", "ord", 10, "ordinal day dates"),
        ("oosterhuis.yaml", "figdate", 15, "day-month-year dates"),
        ("iturriaga.yaml", "cifrar", 12, "'cifrar en'"),
        ("pariachi.yaml", "weekday", 8, "weekday dates"),
        ("pariachi.yaml", "lang-es", 10, "Spanish statements"),
        ("pariachi.yaml", "lang-en", 10, "English statements"),
    ):
        if d[(fname, key)] < least:
            err(f"{fname}: expected >= {least} statements with {what}, got {d[(fname, key)]}")
    for fname in (*lang, "pariachi.yaml"):
        if not 45 <= d[(fname, "claims")] <= 60:
            err(f"{fname}: expected 45-60 claims, got {d[(fname, 'claims')]}")
    for fname, srcs in texts.items():
        if len(srcs) < 9:
            err(f"{fname}: cites only {len(srcs)} of the 12 texts")
        if fname in lang:
            other = [s for s in srcs if sl.get(s) != lang[fname]]
            if len(other) < 3:
                err(f"{fname}: cites only {len(other)} texts in the other language")
        else:
            for lg in ("en", "es"):
                if sum(sl.get(s) == lg for s in srcs) < 3:
                    err(f"{fname}: cites fewer than 3 texts in {lg}")
    cc.sources_cited_by_two(claims, 12)


def partial_period_traps(claims: dict[str, dict[str, Any]]) -> None:
    """`partial-period` traps: both claims in one group, the first ends before the second.
    Also: the consistency warnings of corpus_checks are dropped for pairs listed as traps."""
    path = HERE / "expected.yaml"
    if not path.exists():
        return
    exp = cc.load_yaml(path)
    meta = {s["id"]: s for s in cc.load_yaml(CORPUS / "seeds" / "sources.yaml").get("sources", [])}
    group_of = {cid: g["name"] for g in exp.get("quantity_groups", []) for cid in g["claims"]}
    trap_pairs = set()
    for t in exp.get("non_duplicate_traps", []):
        a, b = t.get("pair", [None, None])
        trap_pairs.add(frozenset((a, b)))
        if not str(t.get("why", "")).startswith("[partial-period]"):
            continue
        if a not in claims or b not in claims:
            continue
        if group_of.get(a) != group_of.get(b):
            err(f"trap {[a, b]}: partial-period needs both claims in one group")
        ends = [cc.when(claims[x], meta)[1] for x in (a, b)]
        if ends[0][1] == ends[1][1]:
            err(f"trap {[a, b]}: partial-period claims end at the same date")
    original = cc.warn

    def warn(msg: str) -> None:
        m = re.search(r": (\S+) and (\S+) agree in value", msg)
        if m and frozenset((m[1], m[2])) in trap_pairs:
            return
        original(msg)

    cc.warn = warn


SETTINGS = cc.Settings(
    root=HERE,  # eval/blind21
    units=UNITS,
    text_bytes=(1250, 1600),
    text_size="1.25-1.6 KB",
    trap_kinds=cc.TRAP_KINDS | cc.SAME_GROUP_KINDS | cc.OTHER_GROUP_KINDS | {"partial-period"},
    published_years=(2016, 2026),
    balanced_languages=True,
    source_count=(12, 12),
    strict_traps=True,
    claim_checks=(style_check,),
    all_claims_checks=(analyst_mix, cc.group_traps(HERE, UNITS), partial_period_traps),
)

if __name__ == "__main__":
    sys.exit(cc.main(SETTINGS))
