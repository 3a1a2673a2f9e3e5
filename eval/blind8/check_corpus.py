#!/usr/bin/env python3
"""Validate the BLIND8 vraem-claims test corpus and its ground truth.

Usage:  python eval/blind8/check_corpus.py [--verbose]

Uses the shared checks of eval/corpus_checks.py (quotes, ids, groups, duplicate pairs,
closure, traps; see its docstring), with this corpus's settings: 0.8-2.5 KB texts
published 2005-2026, 12-14 sources, as many English as Spanish; its units (kg/kilos/t/
tonnes/toneladas; ha/hectares/hectáreas/km²/square kilometres; m/metres/metros/km/
kilómetros/feet; m³/s, cubic metres a second, cubic feet per second; soles; US$/USD;
percent/%/por ciento; soles per kg or por kilo; soles each or por unidad; soles per month
or por mes; soles per boarder per day or por interno al día; days/días; years/años); all
ten trap kinds with the strict trap checks (series traps at different times,
series-same-value traps overlapping, lookalike traps sharing a number); and per-analyst
style checks:

  ashdown.yaml   Priscilla: ids paNNN; English statements, every one in the PASSIVE VOICE
                 (a form of "be" followed by a past participle: "were seized", "was
                 reached", "had been built"); labels, when present, in ALL CAPS with a
                 three-letter DOMAIN PREFIX and a slash ("SEC/TROOPS", "HYD/RIVER LEVEL");
                 >= 10 labelled and >= 10 unlabelled numeric claims; non-numeric claims
                 unlabelled
  yupanqui.yaml  Maritza: ids MY-<tema>-NN; Spanish statements that OPEN WITH THE CLAIM'S
                 PLACE and an em dash ("Pichari — ..."), so `place` is always set; numbers
                 in Spanish style (no "7,200" with an English thousands comma); labels,
                 when present, snake_case keys with the prefix ind_ ("ind_efectivos_ffaa");
                 >= 10 labelled and >= 10 unlabelled numeric claims
  whitlock.yaml  Gareth: ids GW-NN; English statements with every number SPELLED OUT
                 (no digit except four-digit years); never a label
  sulca.yaml     Nélida: ids nsNN-<tema>; Spanish statements that QUOTE THE SOURCE in
                 «guillemets», the quoted words occurring verbatim in a cited source (in
                 its language); every numeric claim labelled in Spanish, starting with the
                 kind of measure ("número de ...", "nivel de ...", "precio de ..."); non-
                 numeric claims unlabelled

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

FOOT_M = 0.3048
UNITS = {
    "mass": {**cc.MASS},
    "area": {**cc.AREA, "square kilometres": 1, "kilómetros cuadrados": 1},
    "length": {
        "m": 1,
        "metres": 1,
        "meters": 1,
        "metros": 1,
        "km": 1000,
        "kilómetros": 1000,
        "kilometres": 1000,
        "feet": FOOT_M,
        "pies": FOOT_M,
    },
    "flow": {
        "m³/s": 1,
        "cubic metres a second": 1,
        "cubic metres per second": 1,
        "cubic feet per second": FOOT_M**3,
    },
    "soles": {"soles": 1, "pen": 1, "s/": 1},
    "usd": {"usd": 1, "us$": 1, "dólares": 1},
    "share": {"percent": 1, "%": 1, "por ciento": 1},
    "soles/kg": cc.SOLES_PER_KG,
    "soles/unit": {"soles each": 1, "soles por unidad": 1},
    "soles/month": {"soles per month": 1, "soles por mes": 1},
    "soles/boarder/day": {"soles per boarder per day": 1, "soles por interno al día": 1},
    "usd/night": {"usd per person per night": 1},
    "days": {"days": 1, "días": 1},
    "years": {"years": 1, "años": 1},
}

SPANISH_HINT = re.compile(
    r"[áéíóúñ¿¡«»]|\b(el|la|los|las|del|en|por|se|y|de|una?|con|fue|hay|según|entre)\b", re.I
)
ENGLISH_HINT = re.compile(
    r"\b(the|of|in|and|by|was|were|from|to|with|at|after|had|per|for|a|on)\b", re.I
)
PARTICIPLE = (
    r"[a-z]+ed|said|held|kept|put|paid|built|spent|sold|bought|shut|set|spread|made|found|"
    r"told|given|shown|known|grown|blown|thrown|read|led|lost|won|sent|left|run|cut|done"
)
PASSIVE = re.compile(
    r"\b(is|are|was|were|be|been|being)\s+(?:(?:not|still|later|also|now|then|first|only|"
    r"reportedly|currently|officially)\s+)?(?:" + PARTICIPLE + r")\b",
    re.I,
)
CAPS_LABEL = re.compile(r"[A-Z]{3}/[A-Z0-9][A-Z0-9 %'()./-]*")
IND_LABEL = re.compile(r"ind_[a-z0-9]+(_[a-z0-9]+)*")
MEASURE_LABEL = re.compile(
    r"(número|nivel|precio|monto|superficie|porcentaje|altitud|capacidad|longitud|caudal|"
    r"umbral|avance|duración|peso|edad|costo)( [a-záéíóú]+)? (de|del) \S.*"
)
GUILLEMETS = re.compile(r"«([^«»]+)»")
read_source = cc.source_text_reader(Path(__file__).resolve().parent / "corpus" / "seeds")


def style_check(fname: str, c: dict[str, Any]) -> None:
    """Each fictional analyst has habits; keep them, so the corpus stays varied."""
    cid, label = str(c.get("id", "?")), c.get("quantity")
    statement = str(c.get("statement", ""))
    cites = c.get("citations") or [{}]
    if fname == "ashdown.yaml":
        if not re.fullmatch(r"pa\d{3}", cid):
            err(f"{fname}:{cid}: Priscilla's ids are paNNN")
        if not ENGLISH_HINT.search(statement) or re.search(r"[ñ¿¡«»]", statement):
            err(f"{fname}:{cid}: Priscilla writes statements in English")
        if not PASSIVE.search(statement):
            err(f"{fname}:{cid}: Priscilla writes every statement in the passive voice")
        if label is not None and not CAPS_LABEL.fullmatch(str(label)):
            err(
                f"{fname}:{cid}: Priscilla's labels are ALL CAPS with a domain prefix: 'SEC/TROOPS'"
            )
        if not is_numeric(c) and label is not None:
            err(f"{fname}:{cid}: Priscilla labels only numeric claims")
    elif fname == "yupanqui.yaml":
        if not re.fullmatch(r"MY-[a-z]+-\d{2}", cid):
            err(f"{fname}:{cid}: Maritza's ids are MY-<tema>-NN")
        if not SPANISH_HINT.search(statement):
            err(f"{fname}:{cid}: Maritza writes statements in Spanish")
        place = str(c.get("place", ""))
        if not place or not statement.startswith(place + " — "):
            err(f"{fname}:{cid}: Maritza opens every statement with the claim's place and ' — '")
        if re.search(r"\d,\d{3}(?!\d)", statement):
            err(
                f"{fname}:{cid}: Maritza writes numbers in Spanish style (no English thousands comma)"
            )
        if label is not None and not IND_LABEL.fullmatch(str(label)):
            err(f"{fname}:{cid}: Maritza's labels are snake_case keys with the prefix ind_")
        if not is_numeric(c) and label is not None:
            err(f"{fname}:{cid}: Maritza labels only numeric claims")
    elif fname == "whitlock.yaml":
        if not re.fullmatch(r"GW-\d{2}", cid):
            err(f"{fname}:{cid}: Gareth's ids are GW-NN")
        if not ENGLISH_HINT.search(statement) or re.search(r"[ñ¿¡«»]", statement):
            err(f"{fname}:{cid}: Gareth writes statements in English")
        if re.search(r"\d", re.sub(r"\b(19|20)\d\d\b", "", statement)):
            err(f"{fname}:{cid}: Gareth spells every number out (digits only in years)")
        if label is not None:
            err(f"{fname}:{cid}: Gareth never writes a quantity label")
    elif fname == "sulca.yaml":
        if not re.fullmatch(r"ns\d{2}-[a-z]+", cid):
            err(f"{fname}:{cid}: Nélida's ids are nsNN-<tema>")
        if not SPANISH_HINT.search(statement):
            err(f"{fname}:{cid}: Nélida writes statements in Spanish")
        quoted = GUILLEMETS.findall(statement)
        if not quoted:
            err(f"{fname}:{cid}: Nélida quotes the source's wording in «guillemets»")
        texts = [read_source(str(cit.get("source", ""))) for cit in cites]
        for words in quoted:
            if not any(words in t for t in texts):
                err(f"{fname}:{cid}: «{words}» is not verbatim in a cited source")
        if is_numeric(c) and not (label and MEASURE_LABEL.fullmatch(str(label))):
            err(f"{fname}:{cid}: Nélida labels every numeric claim 'número de ...', 'nivel de ...'")
        if not is_numeric(c) and label is not None:
            err(f"{fname}:{cid}: Nélida labels only numeric claims")
    else:
        err(f"{fname}: unexpected claims file")


def analyst_mix(claims: dict[str, dict[str, Any]]) -> None:
    """File-level habit: Priscilla and Maritza label some numeric claims and not others."""
    d: Counter[Any] = Counter()
    for c in claims.values():
        if is_numeric(c):
            d[(c.get("_file"), bool(c.get("quantity")))] += 1
    for f in ("ashdown.yaml", "yupanqui.yaml"):
        if d[(f, True)] < 10 or d[(f, False)] < 10:
            err(
                f"{f}: labels some numeric claims and not others (>= 10 / >= 10), "
                f"got {d[(f, True)]} labelled, {d[(f, False)]} unlabelled"
            )


SETTINGS = cc.Settings(
    root=Path(__file__).resolve().parent,  # eval/blind8
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
