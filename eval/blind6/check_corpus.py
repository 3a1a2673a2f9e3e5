#!/usr/bin/env python3
"""Validate the BLIND6 vraem-claims test corpus and its ground truth.

Usage:  python eval/blind6/check_corpus.py [--verbose]

Uses the shared checks of eval/corpus_checks.py (quotes, ids, groups, duplicate pairs,
closure, traps; see its docstring), with this corpus's settings: 0.8-2.5 KB texts
published 2005-2026, 12-14 sources, as many English as Spanish; its units (kg/kilos/t/
tonnes/metric tons/short tons/arrobas; ha/hectares/km²/acres; gallons/litres; gallons or
litres per month; soles per gallon or per litre; soles/kg; US$ per kg or per pound; soles
per bunch; soles per cylinder; soles; US$; percent); all ten trap kinds with the strict trap
checks (series traps at different times, series-same-value traps overlapping, lookalike
traps sharing a number); and per-analyst style checks:

  pryce.yaml    Harriet: ids HP-<topic>-<n>; English statements (British forms in several)
                that OPEN WITH THEIR DATE ("In April 2006, ...", "Between Jan and Jun 2013,
                ...", "On 19 Jan 2025, ...", "As of Feb 2025, ..."); every `about` claim
                says "c." or "approx."; at least 8 statements use k/m shorthand ("7.8k",
                "S/ 9.8m"); labels, when present, are lower-case questions ("how many
                bases?"); >= 10 labelled and >= 10 unlabelled numeric claims
  tsao.yaml     Mei-Ling: ids mt-<topic><n>; English statements that PARAPHRASE: no run of
                four words shared with the cited source text, and at most half of the
                statement's content words (>= 5 letters, proper nouns aside) found in the quote; every numeric
                claim labelled with a scope-first path "Place / topic / measure" (three
                parts), non-numeric claims unlabelled
  condori.yaml  Efraín: ids ECNNN (reading order); Spanish statements in the impersonal or
                passive voice ("se ...", "fue/fueron ...") that, for numeric claims, END
                WITH THE FIGURE (the number followed by at most four words and a full
                stop); labels, when present, start with the unit ("hectáreas de coca",
                "soles por galón de gasolina", "días de paro"); >= 10 labelled and >= 10
                unlabelled numeric claims; at least 8 statements use valley vocabulary
                (chacra, grifo, balón, kion, cocaleros, racimo, camión cisterna, víveres ...)
  ruiz.yaml     Gonzalo: ids gr_<tema>_<n>; Spanish statements, never a label, NO YEAR in
                any statement: every statement dates itself relative to its source or
                event ("un año antes del acta", "a la fecha del boletín", "al cuarto día
                del paro", "dos años antes del hilo")

Exit code 0 when there is no error (warnings allowed), 1 otherwise.
Only PyYAML is needed; the script does not import the vraem_claims package.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # eval/, for corpus_checks
import corpus_checks as cc

err, is_numeric = cc.err, cc.is_numeric

LB = 0.45359237
UNITS = {
    "mass": {**cc.MASS, "metric tons": 1000, "short tons": 907.18474, "arrobas": cc.ARROBA_KG},
    "area": {**cc.AREA, "acres": 0.0040468564224},
    "volume": {**cc.VOLUME},
    "volume per month": {
        "gallons per month": cc.GALLON_L,
        "galones al mes": cc.GALLON_L,
        "litres per month": 1,
        "litros al mes": 1,
        "litros mensuales": 1,
    },
    "soles per litre": {
        "soles per litre": 1,
        "soles por litro": 1,
        "soles per gallon": 1 / cc.GALLON_L,
        "soles por galón": 1 / cc.GALLON_L,
    },
    "soles/kg": cc.SOLES_PER_KG,
    "usd/kg": {"usd/kg": 1, "usd per kg": 1, "usd per pound": 1 / LB},
    "soles per bunch": {"soles per bunch": 1, "soles por racimo": 1},
    "soles per cylinder": {"soles per cylinder": 1, "soles por balón": 1},
    "soles": {"soles": 1, "pen": 1, "s/": 1},
    "usd": {"usd": 1, "us$": 1, "dólares": 1},
    "share": {"percent": 1, "%": 1, "por ciento": 1},
}

source_text = cc.source_text_reader(Path(__file__).resolve().parent / "corpus" / "seeds")


SPANISH_HINT = re.compile(
    r"[áéíóúñ¿¡]|\b(el|la|los|las|del|en|por|se|y|de|una?|con|fue|hay|según|entre)\b", re.I
)
ENGLISH_HINT = re.compile(r"\b(the|of|in|and|by|was|were|from|to|with|at|after|had)\b", re.I)
DATE_FIRST = re.compile(
    r"^(In|On|By|Between|As of|From|During|Over|Until|Through)\b[^,]{0,40}\b(19|20)\d{2}\b[^,]{0,12},"
)
SHORTHAND = re.compile(r"\d(\.\d+)?(k|m|bn)\b")
BRITISH = re.compile(
    r"\b(tonnes|litres?|programme|defence|lorries|petrol|metres|organis\w*)\b", re.I
)
QUESTION = re.compile(r"(how many|how much|how long|what) [a-z0-9' -]+\?")
PATH = re.compile(r"[A-Z][A-Za-z' -]+( / [a-z][a-z0-9' -]*){2}")
ALPHA = re.compile(r"[^\W\d_]+", re.UNICODE)
PASSIVE = re.compile(r"\b(se|fue|fueron)\b", re.I)
NUMBER_WORDS = r"un|una|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|veinte|cien|mil|millones"
FIGURE_LAST = re.compile(rf"(\d[\d.,]*|\b(?:{NUMBER_WORDS}))(\s+\S+){{0,4}}\.$", re.I)
UNIT_FIRST = {
    "soldados",
    "militares",
    "bases",
    "pistas",
    "hectáreas",
    "arrobas",
    "toneladas",
    "kilos",
    "detenidos",
    "distritos",
    "días",
    "soles",
    "grifos",
    "litros",
    "galones",
    "casos",
    "por",
    "ampollas",
    "niños",
    "beneficiarios",
    "dólares",
    "familias",
    "visores",
    "puntos",
    "productores",
    "policías",
    "heridos",
    "vehículos",
}
VALLEY = re.compile(
    r"\b(chacras?|grifos?|balón|kion|cocaler[oa]s?|cocales|racimo|camión cisterna|víveres|paisanos)\b",
    re.I,
)
YEAR = re.compile(r"\b(19[5-9]\d|20[0-4]\d)\b")
RELATIVE = re.compile(
    r"\b(a la fecha d|al momento d|ese año|ese mismo año|el año anterior|el año pasado|"
    r"(un|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez) (años?|semanas?|meses|días) (antes|después)|"
    r"una semana antes|esa semana|ese mes|en lo que iba del año|al cuarto día|en el pico|"
    r"antes del paro|al cierre del paro|desde el inicio del siglo)",
    re.I,
)


def words(text: str) -> list[str]:
    return [w.lower() for w in ALPHA.findall(text)]


def shares_run(statement: str, source: str, n: int = 4) -> str | None:
    sw, src = words(statement), " " + " ".join(words(source)) + " "
    for i in range(len(sw) - n + 1):
        run = " ".join(sw[i : i + n])
        if f" {run} " in src:
            return run
    return None


def style_check(fname: str, c: dict[str, Any]) -> None:
    """Each fictional analyst has habits; keep them, so the corpus stays varied."""
    cid, label = str(c.get("id", "?")), c.get("quantity")
    statement = str(c.get("statement", ""))
    cites = c.get("citations") or [{}]
    if fname == "pryce.yaml":
        if not re.fullmatch(r"HP-[a-z]+-\d+", cid):
            err(f"{fname}:{cid}: Harriet's ids are HP-<topic>-<n>")
        if not ENGLISH_HINT.search(statement) or re.search(r"[ñ¿¡]", statement):
            err(f"{fname}:{cid}: Harriet writes statements in English")
        if not DATE_FIRST.search(statement):
            err(f"{fname}:{cid}: Harriet opens every statement with its date")
        if c.get("qualifier") == "about" and not re.search(r"\b(c\.|approx\.)", statement):
            err(f"{fname}:{cid}: Harriet writes 'c.' or 'approx.' for an about-claim")
        if label is not None and not QUESTION.fullmatch(str(label)):
            err(f"{fname}:{cid}: Harriet's labels are lower-case questions")
        if not is_numeric(c) and label is not None:
            err(f"{fname}:{cid}: Harriet labels only numeric claims")
    elif fname == "tsao.yaml":
        if not re.fullmatch(r"mt-[a-z]+\d+", cid):
            err(f"{fname}:{cid}: Mei-Ling's ids are mt-<topic><n>")
        if not ENGLISH_HINT.search(statement) or re.search(r"[ñ¿¡]", statement):
            err(f"{fname}:{cid}: Mei-Ling writes statements in English")
        for cit in cites:
            run = shares_run(statement, source_text(str(cit.get("source", ""))))
            if run:
                err(
                    f"{fname}:{cid}: Mei-Ling paraphrases; statement shares {run!r} with the source"
                )
        proper = {w.lower() for w in re.findall(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z]+", statement)}
        content = [w for w in words(statement) if len(w) >= 5 and w not in proper]
        quote = set(words(" ".join(str(x.get("quote", "")) for x in cites)))
        if content and sum(w in quote for w in content) / len(content) > 0.5:
            err(f"{fname}:{cid}: Mei-Ling paraphrases; too many content words from the quote")
        if is_numeric(c) and not (label and PATH.fullmatch(str(label))):
            err(f"{fname}:{cid}: Mei-Ling labels every numeric claim 'Place / topic / measure'")
        if not is_numeric(c) and label is not None:
            err(f"{fname}:{cid}: Mei-Ling labels only numeric claims")
    elif fname == "condori.yaml":
        if not re.fullmatch(r"EC\d{3}", cid):
            err(f"{fname}:{cid}: Efraín's ids are ECNNN")
        if not SPANISH_HINT.search(statement) or not PASSIVE.search(statement):
            err(f"{fname}:{cid}: Efraín writes Spanish in the impersonal or passive voice")
        if is_numeric(c) and not FIGURE_LAST.search(statement):
            err(f"{fname}:{cid}: Efraín puts the figure at the end of the statement")
        if label is not None and str(label).split()[0].lower() not in UNIT_FIRST:
            err(f"{fname}:{cid}: Efraín's labels start with the unit")
        if not is_numeric(c) and label is not None:
            err(f"{fname}:{cid}: Efraín labels only numeric claims")
    elif fname == "ruiz.yaml":
        if not re.fullmatch(r"gr_[a-z]+_\d+", cid):
            err(f"{fname}:{cid}: Gonzalo's ids are gr_<tema>_<n>")
        if label is not None:
            err(f"{fname}:{cid}: Gonzalo never writes a quantity label")
        if not SPANISH_HINT.search(statement):
            err(f"{fname}:{cid}: Gonzalo writes statements in Spanish")
        if YEAR.search(statement):
            err(f"{fname}:{cid}: Gonzalo never writes a year in a statement")
        if not RELATIVE.search(statement):
            err(f"{fname}:{cid}: Gonzalo dates statements relative to the source or event")
    else:
        err(f"{fname}: unexpected claims file")


def analyst_mix(claims: dict[str, dict[str, Any]]) -> None:
    """Harriet and Efraín label some numeric claims and not others; file-level habits."""
    d: Counter[Any] = Counter()
    for c in claims.values():
        f, st = c.get("_file"), str(c.get("statement", ""))
        if f in ("pryce.yaml", "condori.yaml") and is_numeric(c):
            d[(f, bool(c.get("quantity")))] += 1
        if f == "pryce.yaml":
            d["shorthand"] += bool(SHORTHAND.search(st))
            d["british"] += bool(BRITISH.search(st))
        if f == "condori.yaml":
            d["valley"] += bool(VALLEY.search(st))
    for f in ("pryce.yaml", "condori.yaml"):
        if min(d[(f, True)], d[(f, False)]) < 10:
            err(
                f"{f}: labels some numeric claims and not others (>= 10 each), got "
                f"{d[(f, True)]} labelled, {d[(f, False)]} unlabelled"
            )
    if d["shorthand"] < 8:
        err(f"pryce.yaml: at least 8 statements use k/m shorthand, got {d['shorthand']}")
    if d["british"] < 5:
        err(f"pryce.yaml: at least 5 statements use British forms, got {d['british']}")
    if d["valley"] < 8:
        err(f"condori.yaml: at least 8 statements use valley vocabulary, got {d['valley']}")


SETTINGS = cc.Settings(
    root=Path(__file__).resolve().parent,  # eval/blind6
    units=UNITS,
    text_bytes=(800, 2560),
    text_size="0.8-2.5 KB",
    published_years=(2005, 2026),
    balanced_languages=True,
    source_count=(12, 14),
    strict_traps=True,
    claim_checks=(style_check,),
    all_claims_checks=(analyst_mix,),
)

if __name__ == "__main__":
    sys.exit(cc.main(SETTINGS))
