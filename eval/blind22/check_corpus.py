#!/usr/bin/env python3
"""Validate the BLIND22 vraem-claims test corpus and its ground truth.

Usage:  python eval/blind22/check_corpus.py [--verbose]

Uses the shared checks of eval/corpus_checks.py (quotes, ids, groups, duplicate pairs,
closure, traps; see its docstring), with this corpus's settings: 1.25-1.6 KB texts
published 2016-2026, 12 sources, as many English as Spanish; its units (kg/kilos/tonnes/
toneladas/pounds/lb; litres/litros/gallons; km/kilómetros/m/metres/metros/miles/feet;
ha/hectáreas/hectares/acres; %; soles/S/; °C; days/días; hours/horas; years/años); all trap
kinds of corpus_checks plus `initial-vs-corrected` (same group, disjoint values),
`part-vs-whole` (different groups) and `partial-period` (same group; a count to a date inside
a period against the count of the whole period: the two end at different dates); the strict
trap checks (series traps at different times, series-same-value traps overlapping, lookalike
traps sharing a number). The consistency warnings of corpus_checks are not printed for pairs
that expected.yaml lists as traps (a human has looked at those). Per-analyst style checks:

  carrigan.yaml      Nuala: ids ncr-NNN; English, also for Spanish sources; every figure in
                     digits with comma grouping (also of four digits), except round hundreds
                     from 1,100 to 9,900 that are not whole thousands, which she writes in
                     hundreds ("twenty-six hundred", "fourteen hundred"; never "1,400"; at
                     least 6 statements); no other number word; "%" joined to the figure,
                     never "per cent"; money as "soles" after the figure, never "S/", "PEN";
                     hedges "give or take" (about), "getting on for" (nearly), "more than",
                     "less than", "at least", never "about", "some", "around", "roughly",
                     "approximately", "nearly", "almost", "over N"; every quote at most 60
                     characters; EVERY numeric claim labelled with a type prefix and
                     lowerCamelCase ("nCases", "pctTurnout", "solHall", "degMin",
                     "lbPaste"), the prefix agreeing with the unit's dimension; non-numeric
                     claims never labelled
  kestell.yaml       Edmund: ids EK.NNNN; English, also for Spanish sources; dates only in
                     ISO 8601 (valid; at least 15 statements), never a month's name; money of
                     S/ 1,000 or more in thousands ("S/ 1,400 thousand", "S/ 3.2 thousand"),
                     smaller sums "S/ 37", never "soles", "PEN", "million"; shares "64 %" with a
                     space, never "%" joined, "per cent"; every figure in digits, comma
                     grouping; hedges "of the order of" (about), "just below" (nearly),
                     "above" (more_than), "below" (less_than), never "about", "some",
                     "around", "roughly", "approximately", "nearly", "almost", "more than",
                     "give or take"; labels, numeric only, on 35-65 % of the numeric claims,
                     SDMX-style upper-case dotted codes ("REC.HALL", "FRJ.IRA.U5")
  llacctarimay.yaml  Zenaida: ids zlc_NN; Spanish, also for English sources; every figure in
                     digits (no number word), point for thousands also of four digits, decimal
                     comma; day dates only as epidemiological weeks "SE NN-YYYY" (valid, and
                     overlapping the claim's as_of; at least 8 statements), never a day with a
                     month's name; "< 5 a" for under-fives (never "menores de 5 años"; at
                     least 8 statements); shares "64 %" with a space, never "por ciento"; money
                     "S/ ..."; hedges "cerca de" (about), "casi" (nearly), "más de"
                     (more_than), "menos de" (less_than), never "unos", "aproximadamente",
                     "alrededor de", "aprox.", "en torno a", "del orden de"; labels, numeric
                     only, on 35-65 % of the numeric claims, as a CIE-10 code and a lower-case
                     term ("J00-J22 IRA", "J12-J18 neumonía", "Z12.4 tamizaje")
  chuquihuanga.yaml  Gumercindo: ids gca-NNNN; Spanish, also for English sources; every figure
                     in digits (no number word), thousands grouped with a space also of four
                     digits (2 612), decimal comma, never a point or comma for thousands; money
                     "S/ 1 400 000,00" with cents, never "soles", "mil", "millones"; shares with
                     two decimals and a space ("68,40 %"); every day date "el día 24 de
                     setiembre de 2017" (valid; "setiembre"; at least 5 statements); "un total
                     de" in at least 12 statements; hedges "aproximadamente" (about), "casi"
                     (nearly), "más de" (more_than), "menos de" (less_than), never "unos",
                     "cerca de", "alrededor de", "aprox."; never a label

Every analyst writes 45-60 claims and cites at least 9 of the 12 texts, at least 3 of them in
the language the analyst does not write; every text is cited by at least two analysts.
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
POUND = 0.45359237
ACRE_HA = 0.40468564224
UNITS = {
    "mass": {**cc.MASS, "pounds": POUND, "lb": POUND},
    "volume": {**cc.VOLUME, "litres": 1},
    "length": {
        "km": 1000,
        "kilómetros": 1000,
        "m": 1,
        "metres": 1,
        "metros": 1,
        "miles": cc.MILE_KM * 1000,
        "feet": FOOT,
    },
    "area": {"ha": 1, "hectáreas": 1, "hectares": 1, "acres": ACRE_HA},
    "share": {"%": 1, "per cent": 1, "por ciento": 1},
    "soles": {"soles": 1, "s/": 1, "pen": 1},
    "temperature": {"°c": 1},
    "days": {"days": 1, "días": 1},
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
ES_WORDS = re.compile(r"\b(el|la|los|las|del|de|que|por|según|con|para|una|hubo|fue|en|y)\b", re.I)
EN_WORDS = re.compile(r"\b(the|of|and|was|were|by|with|from|that|had|is|are|in|to)\b", re.I)
UNGROUPED = re.compile(r"(?<![\d.,'·\u202f-])(?!(?:19|20)\d\d(?![\d.,·]))\d{4,}(?![\d.,'·\u202f])")
EN_NUMBER_WORD = re.compile(
    r"\b(zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|"
    r"seventy|eighty|ninety|hundred|thousand|million|billion|dozen|half|third|quarter)\b",
    re.I,
)
ES_NUMBER_WORD = re.compile(
    r"\b(uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince|"
    r"dieci\w+|veint\w+|treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa|cien|"
    r"ciento|mil|mitad|tercio|tercera|cuarta|docena)\b",
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
ES_DAY_DATE = re.compile(rf"\b(\d{{1,2}}) de ({ES_MONTH}) de ((?:19|20)\d\d)\b", re.I)
ES_DAY_MONTH = re.compile(rf"\b\d{{1,2}}º? de ({ES_MONTH})\b", re.I)

# Nuala Carrigan
N_HUNDREDS = re.compile(r"\b([A-Za-z]+(?:-[a-z]+)?) hundred\b")
N_DIGIT_HUNDRED = re.compile(r"(?<![\d,.])[1-9],[1-9]00(?![\d,.])")
N_FORBIDDEN = re.compile(
    r"\b(about|some|around|roughly|approximately|nearly|almost|circa|just under|just over)\b"
    r"|\bover \d|~",
    re.I,
)
N_HEDGE = {
    "about": r"\bgive or take\b",
    "nearly": r"\bgetting on for\b",
    "more_than": r"\bmore than\b",
    "less_than": r"\bless than\b",
    "at_least": r"\bat least\b",
}
N_PREFIX = {
    "n": "count",
    "pct": "share",
    "sol": "soles",
    "deg": "temperature",
    "d": "days",
    "h": "hours",
    "yr": "years",
    "km": "length",
    "mi": "length",
    "m": "length",
    "ft": "length",
    "kg": "mass",
    "lb": "mass",
    "t": "mass",
    "l": "volume",
    "gal": "volume",
    "ha": "area",
    "ac": "area",
}
N_LABEL = re.compile(rf"({'|'.join(sorted(N_PREFIX, key=len, reverse=True))})([A-Z][a-z]+)+")
# Edmund Kestell
K_ISO = re.compile(r"(?<![\d-])((?:19|20)\d\d)-(\d\d)(?:-(\d\d))?(?![\d])")
K_FORBIDDEN = re.compile(
    r"\b(about|some|around|roughly|approximately|nearly|almost|more than|circa|give or take)\b"
    r"|\bover \d|~",
    re.I,
)
K_HEDGE = {
    "about": r"\bof the order of\b",
    "nearly": r"\bjust below\b",
    "more_than": r"\babove\b",
    "less_than": r"(?<!just )\bbelow\b",
}
K_LABEL = re.compile(r"[A-Z][A-Z0-9]*(?:\.[A-Z0-9]+)+")
# Zenaida Llacctarimay Cangalaya
Z_SE = re.compile(r"\bSE (\d{1,2})-((?:19|20)\d\d)\b")
Z_FORBIDDEN = re.compile(
    r"\b(unos|unas|aproximadamente|alrededor de|aprox\.?|en torno a|del orden de)\b", re.I
)
Z_HEDGE = {
    "about": r"\bcerca de\b",
    "nearly": r"\bcasi\b",
    "more_than": r"\bmás de\b",
    "less_than": r"\bmenos de\b",
}
Z_LABEL = re.compile(r"[A-Z]\d\d(?:\.\d)?(?:-[A-Z]\d\d)? [A-Za-záéíóúñ ]+")
# Gumercindo Chuquihuanga Arbildo
G_FORBIDDEN = re.compile(r"\b(unos|unas|cerca de|alrededor de|aprox\.?|en torno a)\b", re.I)
G_HEDGE = {
    "about": r"\baproximadamente\b",
    "nearly": r"\bcasi\b",
    "more_than": r"\bmás de\b",
    "less_than": r"\bmenos de\b",
}

SRC_LANG: dict[str, str] = {}
META: dict[str, dict[str, Any]] = {}


def src_meta() -> dict[str, dict[str, Any]]:
    if not META:
        for s in cc.load_yaml(CORPUS / "seeds" / "sources.yaml").get("sources", []):
            META[s["id"]] = s
            SRC_LANG[s["id"]] = s["language"]
    return META


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


def epi_week_span(week: int, year: int) -> tuple[dt.date, dt.date] | None:
    """The Sunday-Saturday epidemiological week `week` of `year` (week 1 holds >= 4 days of
    January), as an inclusive span; None when the year has no such week."""

    def start(y: int) -> dt.date:
        jan1 = dt.date(y, 1, 1)
        back = (jan1.weekday() + 1) % 7  # days since Sunday
        s = jan1 - dt.timedelta(days=back)
        return s + dt.timedelta(days=7) if back > 3 else s

    first, nxt = start(year), start(year + 1)
    a = first + dt.timedelta(days=7 * (week - 1))
    if week < 1 or a >= nxt:
        return None
    return a, a + dt.timedelta(days=6)


def spanish_common(fname: str, cid: str, s: str, who: str) -> None:
    if not SPANISH_HINT.search(s) or lang_of(s) != "es":
        err(f"{fname}:{cid}: {who} writes Spanish")
    if m := ES_NUMBER_WORD.search(s):
        err(f"{fname}:{cid}: {who} writes every figure in digits ({m[0]!r})")
    if re.search(r"septiembre", s, re.I):
        err(f"{fname}:{cid}: {who} writes 'setiembre'")
    if re.search(r"\bper cent\b|\bpor ciento\b", s, re.I):
        err(f"{fname}:{cid}: {who} writes '%'")


def style_check(fname: str, c: dict[str, Any]) -> None:
    """Each fictional analyst has habits; keep them, so the corpus stays varied."""
    cid, label = str(c.get("id", "?")), c.get("quantity")
    s = str(c.get("statement", ""))
    numeric = is_numeric(c)
    dim = cc.norm_unit(c.get("unit"), UNITS)[0] if numeric else None
    if fname == "carrigan.yaml":
        if not re.fullmatch(r"ncr-\d{3}", cid):
            err(f"{fname}:{cid}: Nuala's ids are ncr-NNN")
        if not ENGLISH_HINT.search(s) or lang_of(s) != "en":
            err(f"{fname}:{cid}: Nuala writes English")
        if m := ES_MONTH_NAME.search(s):
            err(f"{fname}:{cid}: Nuala writes English months ({m[0]!r})")
        if m := N_DIGIT_HUNDRED.search(s):
            err(f"{fname}:{cid}: Nuala says round hundreds in hundreds ({m[0]!r})")
        rest = N_HUNDREDS.sub(" ", s)
        for m in N_HUNDREDS.finditer(s):
            if not re.fullmatch(
                r"(eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|"
                r"(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(one|two|three|four|"
                r"five|six|seven|eight|nine))",
                m[1].lower(),
            ):
                err(f"{fname}:{cid}: {m[0]!r} is not a round hundred from 1,100 to 9,900")
        if m := EN_NUMBER_WORD.search(rest.replace("million", "")):
            err(f"{fname}:{cid}: Nuala writes other figures in digits ({m[0]!r})")
        if re.search(r"\d\.\d{3}(?!\d)", s) or UNGROUPED.search(s):
            err(f"{fname}:{cid}: Nuala groups thousands with commas")
        if re.search(r"S/|\bPEN\b", s):
            err(f"{fname}:{cid}: Nuala writes money as 'soles'")
        if dim == "soles" and not re.search(r"\b(soles|million soles)\b", s):
            err(f"{fname}:{cid}: Nuala writes money as 'soles'")
        if re.search(r"per cent|percent|\d %", s):
            err(f"{fname}:{cid}: Nuala writes '%' joined to the figure")
        if dim == "share" and not re.search(r"\d%", s):
            err(f"{fname}:{cid}: Nuala writes shares with '%'")
        if m := N_FORBIDDEN.search(s):
            err(f"{fname}:{cid}: Nuala's hedges are give or take / getting on for ({m[0]!r})")
        hedge_check(fname, cid, c, s, "Nuala", N_HEDGE)
        for cit in c.get("citations", []):
            if len(str(cit.get("quote", ""))) > 60:
                err(f"{fname}:{cid}: Nuala quotes at most 60 characters")
        if numeric:
            m = N_LABEL.fullmatch(str(label or ""))
            if not m:
                err(f"{fname}:{cid}: Nuala labels every numeric claim (prefix + lowerCamelCase)")
            elif N_PREFIX[m[1]] != dim:
                err(f"{fname}:{cid}: label prefix {m[1]!r} does not fit the unit ({dim})")
        elif label is not None:
            err(f"{fname}:{cid}: Nuala labels only numeric claims")
    elif fname == "kestell.yaml":
        if not re.fullmatch(r"EK\.\d{4}", cid):
            err(f"{fname}:{cid}: Edmund's ids are EK.NNNN")
        if not ENGLISH_HINT.search(s) or lang_of(s) != "en":
            err(f"{fname}:{cid}: Edmund writes English")
        if m := (EN_MONTH_ANY.search(s) or ES_MONTH_NAME.search(s)):
            err(f"{fname}:{cid}: Edmund writes ISO dates, never a month's name ({m[0]!r})")
        for m in K_ISO.finditer(s):
            try:
                dt.date(int(m[1]), int(m[2]), int(m[3] or 1))
            except ValueError:
                err(f"{fname}:{cid}: {m[0]!r} is not an ISO date")
        if re.search(r"\d{1,2}/\d{1,2}/\d{2,4}", s):
            err(f"{fname}:{cid}: Edmund writes ISO dates")
        if re.search(r"\bsoles?\b|\bsol\b|\bPEN\b|\bmillion\b", s):
            err(f"{fname}:{cid}: Edmund writes money as 'S/ N thousand'")
        for m in re.finditer(r"S/ ?([\d,.]+)( thousand)?", s):
            amount = float(m[1].replace(",", ""))
            if not m[0].startswith("S/ "):
                err(f"{fname}:{cid}: Edmund writes 'S/ ' with a space")
            if not m[2] and amount >= 1000:
                err(f"{fname}:{cid}: Edmund writes S/ 1,000 or more in thousands ({m[0]!r})")
        if dim == "soles" and "S/ " not in s:
            err(f"{fname}:{cid}: Edmund writes money as S/")
        if re.search(r"\d%|per cent|percent", s):
            err(f"{fname}:{cid}: Edmund writes '64 %'")
        if dim == "share" and not re.search(r"\d %", s):
            err(f"{fname}:{cid}: Edmund writes shares as '64 %'")
        if m := EN_NUMBER_WORD.search(s.replace("thousand", "")):
            err(f"{fname}:{cid}: Edmund writes every figure in digits ({m[0]!r})")
        if re.search(r"\d\.\d{3}(?!\d)", s) or UNGROUPED.search(s):
            err(f"{fname}:{cid}: Edmund groups thousands with commas")
        if m := K_FORBIDDEN.search(s):
            err(
                f"{fname}:{cid}: Edmund's hedges are of the order of / just below / above ({m[0]!r})"
            )
        hedge_check(fname, cid, c, s, "Edmund", K_HEDGE)
        if label is not None and (not numeric or not K_LABEL.fullmatch(str(label))):
            err(f"{fname}:{cid}: Edmund's labels are dotted codes, numeric claims only")
    elif fname == "llacctarimay.yaml":
        if not re.fullmatch(r"zlc_\d{2}", cid):
            err(f"{fname}:{cid}: Zenaida's ids are zlc_NN")
        spanish_common(fname, cid, s, "Zenaida")
        if m := ES_DAY_MONTH.search(s):
            err(f"{fname}:{cid}: Zenaida dates days by epidemiological week ({m[0]!r})")
        span = cc.when(c, src_meta()) if c.get("citations") else None
        for m in Z_SE.finditer(s):
            wk = epi_week_span(int(m[1]), int(m[2]))
            if wk is None:
                err(f"{fname}:{cid}: {m[0]!r} is not an epidemiological week")
            elif span and not (wk[0] <= span[1][1] and span[0][0] <= wk[1]):
                err(f"{fname}:{cid}: {m[0]!r} lies outside the claim's as_of")
        if re.search(r"menores de (5|cinco) años|under[- ]fives?", s, re.I):
            err(f"{fname}:{cid}: Zenaida writes '< 5 a'")
        if re.search(r"\d,\d{3}(?!\d)|\d\.\d{1,2}(?!\d)", s) or UNGROUPED.search(s):
            err(f"{fname}:{cid}: Zenaida writes 1.420 and 8,4")
        if re.search(r"\d%", s) or (dim == "share" and not re.search(r"\d %", s)):
            err(f"{fname}:{cid}: Zenaida writes '64 %'")
        if dim == "soles" and not re.search(r"S/ \d", s):
            err(f"{fname}:{cid}: Zenaida writes money as 'S/ ...'")
        if m := Z_FORBIDDEN.search(s):
            err(f"{fname}:{cid}: Zenaida's hedges are cerca de / casi / más de ({m[0]!r})")
        hedge_check(fname, cid, c, s, "Zenaida", Z_HEDGE)
        if label is not None and (not numeric or not Z_LABEL.fullmatch(str(label))):
            err(f"{fname}:{cid}: Zenaida's labels are CIE-10 code + term, numeric claims only")
    elif fname == "chuquihuanga.yaml":
        if not re.fullmatch(r"gca-\d{4}", cid):
            err(f"{fname}:{cid}: Gumercindo's ids are gca-NNNN")
        spanish_common(fname, cid, s, "Gumercindo")
        if re.search(r"\d[.,]\d{3}(?!\d)", s) or UNGROUPED.search(s):
            err(f"{fname}:{cid}: Gumercindo groups thousands with a space (2 612)")
        if re.search(r"\bsoles?\b|\bmillones\b|\bmil\b", s):
            err(f"{fname}:{cid}: Gumercindo writes money as 'S/ 1 400 000,00'")
        for m in re.finditer(r"S/\s?[\d ,.]*\d", s):
            if not re.fullmatch(r"S/ \d{1,3}(?: \d{3})*,\d\d", m[0]):
                err(f"{fname}:{cid}: Gumercindo writes money as 'S/ 1 400 000,00' ({m[0]!r})")
        if dim == "soles" and "S/ " not in s:
            err(f"{fname}:{cid}: Gumercindo writes money as S/")
        for m in re.finditer(r"(\S+) ?%", s):
            if not re.fullmatch(r"\d+,\d\d %", m[0]):
                err(f"{fname}:{cid}: Gumercindo writes shares as '68,40 %' ({m[0]!r})")
        if dim == "share" and "%" not in s:
            err(f"{fname}:{cid}: Gumercindo writes shares as '68,40 %'")
        for m in ES_DAY_DATE.finditer(s):
            try:
                dt.date(int(m[3]), ES_MONTHS.index(m[2].lower()) + 1, int(m[1]))
            except ValueError:
                err(f"{fname}:{cid}: {m[0]!r} is not a date")
            if not s[: m.start()].endswith("día "):
                err(f"{fname}:{cid}: Gumercindo writes 'el día {m[0]}'")
        if m := G_FORBIDDEN.search(s):
            err(
                f"{fname}:{cid}: Gumercindo's hedges are aproximadamente / casi / más de ({m[0]!r})"
            )
        hedge_check(fname, cid, c, s, "Gumercindo", G_HEDGE)
        if label is not None:
            err(f"{fname}:{cid}: Gumercindo never writes a quantity label")
    else:
        err(f"{fname}: unexpected claims file")


def analyst_mix(claims: dict[str, dict[str, Any]]) -> None:
    """File-level habits: Nuala labels every numeric claim, Edmund and Zenaida 35-65 %,
    Gumercindo none; Nuala >= 6 statements in hundreds, Edmund >= 15 ISO dates, Zenaida >= 8
    epidemiological weeks and >= 8 '< 5 a', Gumercindo >= 5 'el día' dates and >= 12 'un total
    de'; every analyst writes 45-60 claims and cites at least 9 of the 12 texts, at least 3 in
    the other language; every text is cited by two."""
    d: Counter[Any] = Counter()
    texts: dict[str, set[str]] = defaultdict(set)
    lang = {
        "carrigan.yaml": "en",
        "kestell.yaml": "en",
        "llacctarimay.yaml": "es",
        "chuquihuanga.yaml": "es",
    }
    sl = (src_meta(), SRC_LANG)[1]
    for c in claims.values():
        f, s = c["_file"], str(c.get("statement", ""))
        d[(f, "claims")] += 1
        if is_numeric(c):
            d[(f, bool(c.get("quantity")))] += 1
        for cit in c.get("citations", []):
            texts[f].add(cit.get("source"))
        d[(f, "hundred")] += bool(N_HUNDREDS.search(s))
        d[(f, "iso")] += bool(K_ISO.search(s))
        d[(f, "se")] += bool(Z_SE.search(s))
        d[(f, "u5")] += "< 5 a" in s
        d[(f, "dia")] += bool(re.search(rf"\bdía \d{{1,2}} de ({ES_MONTH}) de \d{{4}}", s))
        d[(f, "total")] += "un total de" in s
    for fname, who, lo, hi in (
        ("carrigan.yaml", "Nuala", 1.0, 1.0),
        ("kestell.yaml", "Edmund", 0.35, 0.65),
        ("llacctarimay.yaml", "Zenaida", 0.35, 0.65),
        ("chuquihuanga.yaml", "Gumercindo", 0.0, 0.0),
    ):
        yes, no = d[(fname, True)], d[(fname, False)]
        if not lo <= yes / max(yes + no, 1) <= hi:
            err(
                f"{fname}: {who} labels {lo:.0%}-{hi:.0%} of the numeric claims, got {yes} of {yes + no}"
            )
    for fname, key, least, what in (
        ("carrigan.yaml", "hundred", 6, "round hundreds in words"),
        ("kestell.yaml", "iso", 15, "ISO dates"),
        ("llacctarimay.yaml", "se", 8, "epidemiological weeks"),
        ("llacctarimay.yaml", "u5", 8, "'< 5 a'"),
        ("chuquihuanga.yaml", "dia", 5, "'el día' dates"),
        ("chuquihuanga.yaml", "total", 12, "'un total de'"),
    ):
        if d[(fname, key)] < least:
            err(f"{fname}: expected >= {least} statements with {what}, got {d[(fname, key)]}")
    for fname in lang:
        if not 45 <= d[(fname, "claims")] <= 60:
            err(f"{fname}: expected 45-60 claims, got {d[(fname, 'claims')]}")
    for fname, srcs in texts.items():
        if len(srcs) < 9:
            err(f"{fname}: cites only {len(srcs)} of the 12 texts")
        other = [s for s in srcs if sl.get(s) != lang.get(fname)]
        if len(other) < 3:
            err(f"{fname}: cites only {len(other)} texts in the other language")
    cc.sources_cited_by_two(claims, 12)


def partial_period_traps(claims: dict[str, dict[str, Any]]) -> None:
    """`partial-period` traps: both claims in one group, ending at different dates.
    Also: the consistency warnings of corpus_checks are dropped for pairs listed as traps."""
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
    root=HERE,  # eval/blind22
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
