#!/usr/bin/env python3
"""Validate the BLIND5 vraem-claims test corpus and its ground truth.

Usage:  python eval/blind5/check_corpus.py [--verbose]

Uses the shared checks of eval/corpus_checks.py (quotes, ids, groups, duplicate pairs,
closure, traps; see its docstring), with this corpus's settings: 0.8-2.5 KB texts
published 2005-2026, 12-14 sources, as many English as Spanish; its units (kg/kilos/t/
tonnes/pounds, ha/km²/square miles, m/metres/feet/km/miles, soles, US$, percent); all ten
trap kinds with the strict trap checks (series traps at different times, series-same-value
traps overlapping, lookalike traps sharing a number); and per-analyst style checks:

  lindqvist.yaml  Astrid: ids AL.<topic>.<n>, English statements that keep an
                  attribution clause ("According to ...", "... said", "reported"),
                  >= 10 labelled and >= 10 unlabelled numeric claims
  nahui.yaml      Rodrigo: ids rn.NNN, never a quantity label; each statement copies its
                  passage almost verbatim: >= 80 characters, contains the first quote
                  exactly, and >= 85 % of its words occur in the cited source
  tamura.yaml     Kenji: ids KT-NNN, headline-style fragments (<= 80 characters, no final
                  full stop, no finite verb from a fixed list, English), every numeric
                  claim labelled with a lower-case snake_case key, non-numeric claims unlabelled
  quispe.yaml     Yesenia: ids yqNN, Spanish statements, each with at least one
                  abbreviation (FFAA, PNP, MP, ha, t, S/, aprox., oct., ...), at least half
                  with an English loanword (stock, share, target, budget, boom, ...),
                  >= 10 labelled and >= 10 unlabelled numeric claims

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

UNITS = {
    "mass": {**cc.MASS, "pounds": 0.45359237, "lb": 0.45359237},
    "area": {**cc.AREA, "square kilometres": 1, "square miles": cc.SQUARE_MILE_KM2},
    "length": {
        **cc.LENGTH,
        "m": 0.001,
        "metres": 0.001,
        "metros": 0.001,
        "feet": 0.0003048,
        "miles": cc.MILE_KM,
    },
    "usd": {"usd": 1, "us$": 1, "dólares": 1},
    "soles": {"soles": 1, "pen": 1, "s/": 1},
    "share": {"percent": 1, "%": 1, "por ciento": 1},
}

source_text = cc.source_text_reader(Path(__file__).resolve().parent / "corpus" / "seeds")


WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
SPANISH_HINT = re.compile(
    r"[áéíóúñ¿¡]|\b(el|la|los|las|del|en|por|se|y|de|una?|con|fue|hay|según|entre)\b", re.I
)
ENGLISH_HINT = re.compile(r"\b(the|of|in|and|by|was|were|from|to|with|at|after|had)\b", re.I)
ATTRIBUTION = re.compile(
    r"\b(according to|said|says|told|reported|reports|counted|counts|estimated|estimates|cited)\b",
    re.I,
)
FINITE_VERBS = re.compile(
    r"\b(is|are|was|were|been|has|have|had|will|would|can|could|said|says|told|reached|"
    r"rose|fell|drew|handled|shipped|exported|won|counted|recovered|opened|found|seized)\b",
    re.I,
)
SNAKE = re.compile(r"[a-z][a-z0-9]*(_[a-z0-9]+)*")
ABBREVIATIONS = re.compile(
    r"(?<![\w/])(FFAA|PNP|MP|MTC|ONPE|ERM|RUV|ONG|AFR|AGO|DEVIDA|CE-VRAEM|Gral\.|coop\.|"
    r"aprox\.|hab\.|pax|incl\.|vs\.|ha|t|kg|km|m|S/|US\$|%|"
    r"ene\.|feb\.|mar\.|abr\.|may\.|jun\.|jul\.|ago\.|set\.|oct\.|nov\.|dic\.)(?![\w])"
)
LOANWORDS = re.compile(
    r"\b(stock|share|target|budget|boom|baseline|output|caption|report|main market|staff|"
    r"ticket|think tank|export|pax|hub|record|performance)\b",
    re.I,
)


def style_check(fname: str, c: dict[str, Any]) -> None:
    """Each fictional analyst has habits; keep them, so the corpus stays varied."""
    cid, label = str(c.get("id", "?")), c.get("quantity")
    statement = str(c.get("statement", ""))
    cites = c.get("citations") or [{}]
    if fname == "lindqvist.yaml":
        if not re.fullmatch(r"AL\.[a-z]+\.\d+", cid):
            err(f"{fname}:{cid}: Astrid's ids are AL.<topic>.<n>")
        if not ENGLISH_HINT.search(statement) or re.search(r"[ñ¿¡]", statement):
            err(f"{fname}:{cid}: Astrid writes statements in English")
        if not ATTRIBUTION.search(statement):
            err(f"{fname}:{cid}: Astrid keeps the attribution clause in every statement")
    elif fname == "nahui.yaml":
        if not re.fullmatch(r"rn\.\d{3}", cid):
            err(f"{fname}:{cid}: Rodrigo's ids are rn.NNN")
        if label is not None:
            err(f"{fname}:{cid}: Rodrigo never writes a quantity label")
        quote = str(cites[0].get("quote", ""))
        if len(statement) < 80 or quote not in statement:
            err(f"{fname}:{cid}: Rodrigo copies the passage (>= 80 chars, containing the quote)")
        src = source_text(str(cites[0].get("source", ""))).lower()
        words = WORD.findall(statement.lower())
        inside = sum(1 for w in words if w in src)
        if words and inside / len(words) < 0.85:
            err(
                f"{fname}:{cid}: Rodrigo's statements are almost verbatim ({inside}/{len(words)} words in the source)"
            )
    elif fname == "tamura.yaml":
        if not re.fullmatch(r"KT-\d{3}", cid):
            err(f"{fname}:{cid}: Kenji's ids are KT-NNN")
        if (
            len(statement) > 80
            or statement.rstrip().endswith(".")
            or FINITE_VERBS.search(statement)
        ):
            err(
                f"{fname}:{cid}: Kenji writes headline fragments (<= 80 chars, no verb, no full stop)"
            )
        if re.search(r"[ñ¿¡]", statement) or SPANISH_HINT.search(statement.replace(" del Ene", "")):
            err(f"{fname}:{cid}: Kenji writes in English")
        if is_numeric(c) and not (label and SNAKE.fullmatch(str(label))):
            err(f"{fname}:{cid}: Kenji labels every numeric claim with a snake_case key")
        if not is_numeric(c) and label is not None:
            err(f"{fname}:{cid}: Kenji labels only numeric claims")
    elif fname == "quispe.yaml":
        if not re.fullmatch(r"yq\d{2}", cid):
            err(f"{fname}:{cid}: Yesenia's ids are yqNN")
        if not SPANISH_HINT.search(statement):
            err(f"{fname}:{cid}: Yesenia writes statements in Spanish")
        if not ABBREVIATIONS.search(statement):
            err(f"{fname}:{cid}: Yesenia uses abbreviations in every statement")
    else:
        err(f"{fname}: unexpected claims file")


def analyst_mix(claims: dict[str, dict[str, Any]]) -> None:
    """Astrid and Yesenia label some numeric claims and not others; Yesenia borrows English."""
    d: Counter[str] = Counter()
    for c in claims.values():
        f = c.get("_file")
        if f in ("lindqvist.yaml", "quispe.yaml") and is_numeric(c):
            d[(f, bool(c.get("quantity")))] += 1
        if f == "quispe.yaml":
            d["quispe"] += 1
            d["loan"] += bool(LOANWORDS.search(str(c.get("statement", ""))))
    for f in ("lindqvist.yaml", "quispe.yaml"):
        if min(d[(f, True)], d[(f, False)]) < 10:
            err(
                f"{f}: labels some numeric claims and not others (>= 10 each), got "
                f"{d[(f, True)]} labelled, {d[(f, False)]} unlabelled"
            )
    if d["loan"] * 2 < d["quispe"]:
        err(
            f"quispe.yaml: at least half of the statements borrow an English word, got {d['loan']}/{d['quispe']}"
        )


SETTINGS = cc.Settings(
    root=Path(__file__).resolve().parent,  # eval/blind5
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
