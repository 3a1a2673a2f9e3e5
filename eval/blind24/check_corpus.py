#!/usr/bin/env python3
"""Validate the BLIND24 vraem-claims test corpus and its ground truth.

Usage:  python eval/blind24/check_corpus.py [--verbose]

Uses the shared checks of eval/corpus_checks.py (quotes, ids, groups, duplicate pairs,
closure, traps; see its docstring), with this corpus's settings: 1.25-1.6 KB texts
published 2016-2026, 12 sources, as many English as Spanish; its units (kg/kilos/kilograms/
tonnes/toneladas/pounds/libras; km/kilómetros/kilometres/m/metres/meters/metros/feet/miles/
millas; ha/hectares/hectáreas/km²/square kilometres/acres; litres/liters/litros/gallons/
galones; %/per cent; soles; soles per hectare; years/años; minutes/minutos; times/veces);
all trap kinds of corpus_checks plus `initial-vs-corrected` (same group, disjoint values),
`part-vs-whole` (different groups) and `partial-period` (same group; a count over part of a
period against the count of a longer period: the two end at different dates); the strict
trap checks (series traps at different times, series-same-value traps overlapping,
lookalike traps sharing a number). The consistency warnings of corpus_checks are not
printed for pairs that expected.yaml lists as traps. Per-analyst style checks:

  brackenridge.yaml  Leontine: ids lbk-NNNN; Canadian English, also for Spanish sources;
                     EVERY numeric statement is one sentence built on her lab's template
                     "The <measure> of <what, where, when> was|is <figure>." (measure:
                     number, area, amount, cost, share, capacity, length, age, weight,
                     distance, ratio, rate, population), the figure last; no attribution in the
                     statement ("according to", "said", "says", "told", "claims",
                     "estimates", "reported by"); every figure in digits (no number word,
                     not even "million"), comma grouping (also of four digits); money "S/ "
                     with the full figure ("S/ 1,600,000"), never "million", "m", "soles";
                     units written in full, never a symbol ("hectares", "square
                     kilometres", "kilograms", "per cent"; no "ha", "km", "kg", "m", "%");
                     -re spellings (metres, litres, kilometres); hedges "approximately"
                     (about), "slightly less than" (nearly), "greater than" (more than),
                     "less than", never "about", "some", "around", "roughly", "nearly",
                     "almost", "more than", "over N", "circa"; EVERY numeric claim labelled,
                     the label copied from the cited source's own words (it occurs in that
                     source, in its language); non-numeric claims never labelled
  saavedra.yaml      Micaela: ids msl_NNN; a translator: every statement is in the OTHER
                     language than its one cited source (English for Spanish sources,
                     Spanish for English ones), in that language's notation (English:
                     comma grouping, decimal point, American spelling; Spanish: a point for
                     thousands also of four digits, decimal comma, "setiembre"); a number
                     the source writes in words she writes in words (a quote without digits
                     gives a statement without digits other than years); the hedge of the
                     source translated ("about"/"unos", "nearly"/"casi", "more than"/"más
                     de", "less than"/"menos de"), never "approximately", "roughly",
                     "around", "almost", "aproximadamente", "alrededor de", "cerca de";
                     labels, numeric only, on 35-65 % of the numeric claims, as a
                     translator's glossary entry "término = term" (Spanish first, lower
                     case)
  ccallocunto.yaml   Zósimo: ids zclNNN; Spanish, also for English sources, in the
                     journalistic imperfect (every statement has a verb in the imperfect:
                     "juraban", "atendía", "había", "eran"; no preterite "-ó", "-aron",
                     "-ieron", "fue", "hubo", and no "ha/han + participle"); every figure in
                     digits (no number word, no "mil"; "millones" only after a figure), a
                     point for thousands also of four digits, decimal comma; money "S/ ";
                     shares "N %"; "setiembre"; hedges "aproximadamente" (about), "casi"
                     (nearly), "más de" (more than), "menos de" (less than), never "unos",
                     "unas", "cerca de", "alrededor de", "como N", "y pico"; labels, numeric
                     only, on 35-65 % of the numeric claims, as library subject headings in
                     capitals with "--" subdivisions ("PIRATERÍA FLUVIAL--PASAJEROS")
  allccahuaman.yaml  Casimira: ids cah.NNN; Ayacucho Spanish, also for English sources,
                     every statement built on the compound perfect "ha/han + participle"
                     also for dated past events ("El 11 de marzo de 2017 ha muerto 1
                     pasajero"), never a preterite ("-ó", "-aron", "-ieron", "fue", "hubo")
                     nor an imperfect ("-aba", "había", "era", "tenía"); a `notes` comment
                     on EVERY claim; figures in digits, round thousands as "N mil" (never
                     "18.000"), other figures with a point for thousands, decimal comma;
                     money "N soles" / "N millones de soles", never "S/"; colloquial
                     hedges "como N" (about), "casi" (nearly), "N y pico" (more than), "no
                     llega(n) al" (less than), never "unos", "unas", "aproximadamente",
                     "alrededor de", "cerca de", "más de", "menos de"; at least 6 claims
                     cite two texts that state the figure; never a label

Every analyst writes 45-60 claims and cites at least 9 of the 12 texts, at least 3 of them in
the language the analyst does not write (Micaela: all of them); every text is cited by at
least two analysts.
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

FOOT = 0.3048
POUND = 0.45359237
ACRE_HA = 0.40468564224
MILE_M = cc.MILE_KM * 1000
UNITS = {
    "mass": {**cc.MASS, "kilos": 1, "pounds": POUND, "lb": POUND, "libras": POUND},
    "length": {
        "km": 1000,
        "kilómetros": 1000,
        "kilometres": 1000,
        "kilometers": 1000,
        "m": 1,
        "metres": 1,
        "meters": 1,
        "metros": 1,
        "feet": FOOT,
        "pies": FOOT,
        "miles": MILE_M,
        "millas": MILE_M,
    },
    "area": {
        "ha": 1,
        "hectares": 1,
        "hectáreas": 1,
        "km²": 100,
        "square kilometres": 100,
        "acres": ACRE_HA,
        "square miles": cc.SQUARE_MILE_KM2 * 100,
        "millas cuadradas": cc.SQUARE_MILE_KM2 * 100,
    },
    "volume": {
        "litres": 1,
        "liters": 1,
        "litros": 1,
        "gallons": cc.GALLON_L,
        "galones": cc.GALLON_L,
    },
    "share": {"%": 1, "per cent": 1, "percent": 1, "por ciento": 1},
    "soles": {"soles": 1, "s/": 1, "pen": 1},
    "soles/ha": {"soles per hectare": 1, "soles por hectárea": 1},
    "years": {"years": 1, "años": 1},
    "minutes": {"minutes": 1, "minutos": 1},
    "times": {"times": 1, "veces": 1},
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
    r"seventy|eighty|ninety|hundred|thousand|million|billion|dozen|half|third|quarter|fifth|"
    r"twice|doubled)\b",
    re.I,
)
ES_NUMBER_WORD = re.compile(
    r"\b(uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince|"
    r"dieci\w+|veint\w+|treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa|cien|"
    r"ciento|mil|millones|millón|mitad|tercio|tercios|tercera|cuarta|docena|docenas)\b",
    re.I,
)
ANY_NUMBER_WORD = re.compile(
    "|".join((EN_NUMBER_WORD.pattern, ES_NUMBER_WORD.pattern, r"\b(un|una|one in \w+)\b")), re.I
)
ES_MONTH_NAME = re.compile(
    r"\b(enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|"
    r"noviembre|diciembre)\b",
    re.I,
)
YEAR = re.compile(r"\b(?:19|20)\d\d\b")

# Leontine Brackenridge
L_TEMPLATE = re.compile(
    r"^The (?:average )?(?:number|area|amount|cost|share|capacity|length|age|weight|distance|ratio|rate|"
    r"population) of\b.+ (?:was|is) (?:approximately |slightly less than |greater than |less than )?"
    r"(?:S/ )?\d[\d,]*(?:\.\d+)?(?: [a-z]+)*\.$"
)
L_FORBIDDEN = re.compile(
    r"\b(about|some|around|roughly|nearly|almost|more than|circa|approx\.?)\b|\bover \d", re.I
)
L_HEDGE = {
    "about": r"\bapproximately\b",
    "nearly": r"\bslightly less than\b",
    "more_than": r"\bgreater than\b",
    "less_than": r"(?<!slightly )\bless than\b",
}
L_ATTRIB = re.compile(r"\b(according to|said|says|told|claims?|estimates?|reported by)\b", re.I)
L_SYMBOL = re.compile(r"\d\s?(ha|km²|km|kg|m|t|l|L|%|ft|lb|mi)\b|km²")
L_US_SPELLING = re.compile(r"\b(meters|liters|kilometers|percent|center|centers)\b")
# Micaela Saavedra Lozada
M_HEDGE_EN = {
    "about": r"\babout\b",
    "nearly": r"\bnearly\b",
    "more_than": r"\bmore than\b",
    "less_than": r"\bless than\b",
}
M_HEDGE_ES = {
    "about": r"\bun[oa]s\b",
    "nearly": r"\bcasi\b",
    "more_than": r"\bmás de\b",
    "less_than": r"\bmenos de\b",
}
M_FORBIDDEN = re.compile(
    r"\b(approximately|roughly|around|almost|circa|aproximadamente|alrededor de|aprox\.?)\b"
    r"|\b(?:cerca de|como) (?:S/ ?)?\d",
    re.I,
)
M_UK = re.compile(r"\b(metres|litres|kilometres|centre|centres|jewellery|defence|programme)\b")
M_LABEL = re.compile(r"[a-záéíóúñü][a-záéíóúñü ,/-]* = [a-z][a-z ,/-]*")
# Zósimo Ccallocunto Layme
Z_IMPERFECT = re.compile(r"\b\w+(?:aba|aban|ía|ían)\b|\b(?:era|eran|iba|iban)\b", re.I)
Z_IA_NOUNS = {
    "compañía",
    "policía",
    "vía",
    "día",
    "fiscalía",
    "alcaldía",
    "mayoría",
    "categoría",
    "economía",
    "energía",
    "garantía",
    "guía",
}
PRETERITE = re.compile(
    r"\b\w+(?:aron|ieron)\b|\b\w{2,}ó\b|\b(?:fue|fueron|hubo|tuvo|tuvieron|hizo|dijo|dio|murió)\b",
    re.I,
)
PERFECT = re.compile(
    r"\b(?:ha|han|he|hemos)\s+(?:\w+\s+)?(?:sido\s+)?\w+(?:ado|ada|ados|adas|ido|ida|idos|idas|"
    r"to|ta|tos|tas|cho|cha|chos|chas)\b",
    re.I,
)
Z_FORBIDDEN = re.compile(
    r"\b(unos|unas|alrededor de|y pico|aprox\.?)\b|\b(?:cerca de|como) (?:S/ ?)?\d", re.I
)
Z_HEDGE = {
    "about": r"\baproximadamente\b",
    "nearly": r"\bcasi\b",
    "more_than": r"\bmás de\b",
    "less_than": r"\bmenos de\b",
}
Z_LABEL = re.compile(r"[A-ZÁÉÍÓÚÑÜ]+(?: [A-ZÁÉÍÓÚÑÜ]+)*(?:--[A-ZÁÉÍÓÚÑÜ]+(?: [A-ZÁÉÍÓÚÑÜ]+)*)+")
# Casimira Allccahuamán Huaynalaya
C_IMPERFECT = re.compile(r"\b\w+(?:aba|aban)\b|\b(?:había|habían|era|eran|tenía|tenían)\b", re.I)
C_FORBIDDEN = re.compile(
    r"\b(unos|unas|aproximadamente|alrededor de|más de|menos de|aprox\.?)\b|\bcerca de \d", re.I
)
C_HEDGE = {
    "about": r"\bcomo (?:\d|mil\b)",
    "nearly": r"\bcasi\b",
    "more_than": r"\by pico\b",
    "less_than": r"\bno llegan? al?\b",
}

SRC_LANG: dict[str, str] = {}
TEXTS: dict[str, str] = {}
LANG_OF_FILE = {
    "brackenridge.yaml": "en",
    "saavedra.yaml": "mix",
    "ccallocunto.yaml": "es",
    "allccahuaman.yaml": "es",
}


def src_meta() -> dict[str, str]:
    if not SRC_LANG:
        for s in cc.load_yaml(CORPUS / "seeds" / "sources.yaml").get("sources", []):
            SRC_LANG[s["id"]] = s["language"]
            TEXTS[s["id"]] = (CORPUS / "seeds" / s["file"]).read_text(encoding="utf-8")
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


def english(fname: str, cid: str, s: str, who: str, words: bool = False) -> None:
    if not ENGLISH_HINT.search(s) or lang_of(s) != "en":
        err(f"{fname}:{cid}: {who} writes English here")
    if m := ES_MONTH_NAME.search(s):
        err(f"{fname}:{cid}: {who} writes English months ({m[0]!r})")
    if not words and (m := EN_NUMBER_WORD.search(s)):
        err(f"{fname}:{cid}: {who} writes every figure in digits ({m[0]!r})")
    if re.search(r"\d\.\d{3}(?!\d)", s) or UNGROUPED.search(s):
        err(f"{fname}:{cid}: {who} groups thousands with commas")


def spanish(fname: str, cid: str, s: str, who: str) -> None:
    if not SPANISH_HINT.search(s) or lang_of(s) != "es":
        err(f"{fname}:{cid}: {who} writes Spanish here")
    if re.search(r"septiembre", s, re.I):
        err(f"{fname}:{cid}: {who} writes 'setiembre'")
    if re.search(r"\d,\d{3}(?!\d)|\d\.\d{1,2}(?!\d)", s) or UNGROUPED.search(s):
        err(f"{fname}:{cid}: {who} writes 3.800 and 1,6")


def style_check(fname: str, c: dict[str, Any]) -> None:
    """Each fictional analyst has habits; keep them, so the corpus stays varied."""
    src_meta()
    cid, label = str(c.get("id", "?")), c.get("quantity")
    s = str(c.get("statement", ""))
    numeric = is_numeric(c)
    dim = cc.norm_unit(c.get("unit"), UNITS)[0] if numeric else None
    cits = c.get("citations", [])
    if fname == "brackenridge.yaml":
        if not re.fullmatch(r"lbk-\d{4}", cid):
            err(f"{fname}:{cid}: Leontine's ids are lbk-NNNN")
        english(fname, cid, s, "Leontine")
        if numeric and not L_TEMPLATE.match(s):
            err(f"{fname}:{cid}: Leontine writes 'The <measure> of ... was <figure>.'")
        if m := L_ATTRIB.search(s):
            err(f"{fname}:{cid}: Leontine keeps attribution out of the statement ({m[0]!r})")
        if m := L_SYMBOL.search(s):
            err(f"{fname}:{cid}: Leontine writes units in full ({m[0]!r})")
        if m := L_US_SPELLING.search(s):
            err(f"{fname}:{cid}: Leontine writes Canadian spelling ({m[0]!r})")
        if re.search(r"\bsoles\b|\d ?m\b|\bPEN\b", s):
            err(f"{fname}:{cid}: Leontine writes money as 'S/ 1,600,000'")
        if dim == "soles" and not re.search(r"S/ \d", s):
            err(f"{fname}:{cid}: Leontine writes money as 'S/ 1,600,000'")
        if dim == "share" and "per cent" not in s:
            err(f"{fname}:{cid}: Leontine writes shares as 'N per cent'")
        if m := L_FORBIDDEN.search(s):
            err(
                f"{fname}:{cid}: Leontine's hedges are approximately / slightly less than / greater than ({m[0]!r})"
            )
        hedge_check(fname, cid, c, s, "Leontine", L_HEDGE)
        if numeric:
            text = TEXTS.get(cits[0].get("source"), "") if cits else ""
            if not label or str(label).lower() not in text.lower():
                err(
                    f"{fname}:{cid}: Leontine labels every numeric claim with the source's own words"
                )
        elif label is not None:
            err(f"{fname}:{cid}: Leontine labels only numeric claims")
    elif fname == "saavedra.yaml":
        if not re.fullmatch(r"msl_\d{3}", cid):
            err(f"{fname}:{cid}: Micaela's ids are msl_NNN")
        if len(cits) != 1:
            err(f"{fname}:{cid}: Micaela cites one text per claim")
        src_lang = SRC_LANG.get(cits[0].get("source"), "?") if cits else "?"
        want = "es" if src_lang == "en" else "en"
        if want == "en":
            english(fname, cid, s, "Micaela", words=True)
            if m := M_UK.search(s):
                err(f"{fname}:{cid}: Micaela writes American spelling ({m[0]!r})")
            hedge_check(fname, cid, c, s, "Micaela", M_HEDGE_EN)
        else:
            spanish(fname, cid, s, "Micaela")
            hedge_check(fname, cid, c, s, "Micaela", M_HEDGE_ES)
        if m := M_FORBIDDEN.search(s):
            err(f"{fname}:{cid}: Micaela translates the source's hedge ({m[0]!r})")
        if (
            numeric
            and cits
            and not re.search(r"\d", str(cits[0].get("quote", "")))
            and (re.search(r"\d", YEAR.sub("", s)) or not ANY_NUMBER_WORD.search(s))
        ):
            err(f"{fname}:{cid}: Micaela keeps a figure the source writes in words in words")
        if label is not None and (not numeric or not M_LABEL.fullmatch(str(label))):
            err(
                f"{fname}:{cid}: Micaela's labels are glossary entries 'término = term', numeric claims only"
            )
    elif fname == "ccallocunto.yaml":
        if not re.fullmatch(r"zcl\d{3}", cid):
            err(f"{fname}:{cid}: Zósimo's ids are zclNNN")
        spanish(fname, cid, s, "Zósimo")
        if m := ES_NUMBER_WORD.search(re.sub(r"\d millones\b", "", s)):
            err(f"{fname}:{cid}: Zósimo writes every figure in digits ({m[0]!r})")
        if not [m for m in Z_IMPERFECT.finditer(s) if m[0].lower() not in Z_IA_NOUNS]:
            err(f"{fname}:{cid}: Zósimo writes in the imperfect")
        if m := PRETERITE.search(s):
            err(f"{fname}:{cid}: Zósimo writes no preterite ({m[0]!r})")
        if m := PERFECT.search(s):
            err(f"{fname}:{cid}: Zósimo writes no compound perfect ({m[0]!r})")
        if dim == "soles" and not re.search(r"S/ \d", s):
            err(f"{fname}:{cid}: Zósimo writes money as 'S/ ...'")
        if dim == "share" and not re.search(r"\d %", s):
            err(f"{fname}:{cid}: Zósimo writes shares as 'N %'")
        if m := Z_FORBIDDEN.search(s):
            err(
                f"{fname}:{cid}: Zósimo's hedges are aproximadamente / casi / más de / menos de ({m[0]!r})"
            )
        hedge_check(fname, cid, c, s, "Zósimo", Z_HEDGE)
        if label is not None and (not numeric or not Z_LABEL.fullmatch(str(label))):
            err(
                f"{fname}:{cid}: Zósimo's labels are subject headings 'TEMA--SUBTEMA', numeric claims only"
            )
    elif fname == "allccahuaman.yaml":
        if not re.fullmatch(r"cah\.\d{3}", cid):
            err(f"{fname}:{cid}: Casimira's ids are cah.NNN")
        spanish(fname, cid, s, "Casimira")
        if not PERFECT.search(s):
            err(f"{fname}:{cid}: Casimira writes 'ha/han + participle'")
        if m := PRETERITE.search(s) or C_IMPERFECT.search(s):
            err(f"{fname}:{cid}: Casimira writes no preterite or imperfect ({m[0]!r})")
        if m := ES_NUMBER_WORD.search(re.sub(r"\d (mil|millones)\b|\bcomo mil\b", "", s)):
            err(f"{fname}:{cid}: Casimira writes figures in digits ({m[0]!r})")
        if re.search(r"\b\d{1,3}\.000\b", s):
            err(f"{fname}:{cid}: Casimira writes round thousands as 'N mil'")
        if "S/" in s or (dim == "soles" and not re.search(r"\bsoles\b", s)):
            err(f"{fname}:{cid}: Casimira writes money as 'N soles'")
        if m := C_FORBIDDEN.search(s):
            err(f"{fname}:{cid}: Casimira's hedges are como / casi / y pico / no llega ({m[0]!r})")
        hedge_check(fname, cid, c, s, "Casimira", C_HEDGE)
        notes = str(c.get("notes") or "")
        if len(notes) < 20 or lang_of(notes) != "es":
            err(f"{fname}:{cid}: Casimira writes a note in Spanish on every claim")
        if label is not None:
            err(f"{fname}:{cid}: Casimira never writes a quantity label")
    else:
        err(f"{fname}: unexpected claims file")


def analyst_mix(claims: dict[str, dict[str, Any]]) -> None:
    """File-level habits: Leontine labels every numeric claim, Micaela and Zósimo 35-65 %,
    Casimira none; Micaela writes in both languages (at least 15 statements each); Casimira
    cites two texts in at least 6 claims; every analyst writes 45-60 claims and cites at least
    9 of the 12 texts, at least 3 in the other language; every text is cited by two."""
    d: Counter[Any] = Counter()
    texts: dict[str, set[str]] = defaultdict(set)
    sl = src_meta()
    for c in claims.values():
        f, s = c["_file"], str(c.get("statement", ""))
        d[(f, "claims")] += 1
        if is_numeric(c):
            d[(f, bool(c.get("quantity")))] += 1
        for cit in c.get("citations", []):
            texts[f].add(cit.get("source"))
        d[(f, "two")] += len(c.get("citations", [])) >= 2
        d[(f, lang_of(s))] += 1
    for fname, who, lo, hi in (
        ("brackenridge.yaml", "Leontine", 1.0, 1.0),
        ("saavedra.yaml", "Micaela", 0.35, 0.65),
        ("ccallocunto.yaml", "Zósimo", 0.35, 0.65),
        ("allccahuaman.yaml", "Casimira", 0.0, 0.0),
    ):
        yes, no = d[(fname, True)], d[(fname, False)]
        if not lo <= yes / max(yes + no, 1) <= hi:
            err(
                f"{fname}: {who} labels {lo:.0%}-{hi:.0%} of the numeric claims, got {yes} of {yes + no}"
            )
    if min(d[("saavedra.yaml", "en")], d[("saavedra.yaml", "es")]) < 15:
        err("saavedra.yaml: Micaela writes both languages (>= 15 statements each)")
    if d[("allccahuaman.yaml", "two")] < 6:
        err(
            f"allccahuaman.yaml: expected >= 6 claims citing two texts, got {d[('allccahuaman.yaml', 'two')]}"
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


def partial_period_traps(claims: dict[str, dict[str, Any]]) -> None:
    """`partial-period` traps: both claims in one group, ending at different dates.
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
    root=HERE,  # eval/blind24
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
