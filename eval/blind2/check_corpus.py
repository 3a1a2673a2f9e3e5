#!/usr/bin/env python3
"""Validate the BLIND2 vraem-claims test corpus and its ground truth.

Usage:  python eval/blind2/check_corpus.py [--verbose]

Adapted from eval/blind/check_corpus.py: the same checks, with this corpus's
size limits (0.8-2.5 KB texts, 2005-2026, half English half Spanish), its units
(quintal = 46 kg, g/kg/t, litres/gallons/m³, km/miles, ha/km², ...), the nine
trap kinds, and per-analyst style checks (Lucía: Spanish, no labels; Tomás:
terse abbreviated labels; Grace: long sentences, plain labels; Diego: mixed).

Checks, in order:
  sources   seeds/sources.yaml keys, ids, files, languages, dates, text sizes
  claims    DESIGN.md keys, unique ids, qualifiers, ranges, every quote an exact
            substring of its source (no normalisation at all)
  expected  every id exists; every numeric claim in exactly one quantity group;
            non_numeric_claims == the claims without a value; duplicate pairs
            sorted, unique, transitively closed, inside one group (or both
            non-numeric), with overlapping values and the same time; traps sorted,
            not duplicates, with a "[kind] reason" why
  consistency (warnings): pairs of one group whose values, dates and places all
            overlap but are not marked duplicate, so a human can look again
Exit code 0 when there is no error (warnings allowed), 1 otherwise.
Only PyYAML is needed; the script does not import the vraem_claims package.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent  # eval/blind2
CORPUS = HERE / "corpus"
SEEDS = CORPUS / "seeds"
CLAIMS = CORPUS / "claims"
EXPECTED = HERE / "expected.yaml"

SOURCE_KEYS = {
    "id",
    "file",
    "title",
    "publisher",
    "author",
    "published",
    "language",
    "url",
    "reliability",
    "notes",
}
CLAIM_KEYS = {
    "id",
    "statement",
    "quantity",
    "value",
    "qualifier",
    "low",
    "high",
    "unit",
    "as_of",
    "place",
    "attributed_to",
    "citations",
    "tags",
    "notes",
}
CITATION_KEYS = {"source", "quote"}
QUALIFIERS = {"exact", "about", "nearly", "more_than", "at_least", "less_than", "at_most", "range"}
EXPECTED_KEYS = {"quantity_groups", "duplicate_pairs", "non_duplicate_traps", "non_numeric_claims"}
TRAP_KINDS = {
    "lookalike",
    "conflict",
    "hedge-conflict",
    "actor",
    "series",
    "scope",
    "different-event",
    "same-event-other-quantity",
    "same-unit-other-quantity",
}

# Unit normalisation used only for the sanity checks below (dimension, factor).
QUINTAL_KG = 46  # the Peruvian quintal used for coffee and cacao
GALLON_L = 3.785411784  # US gallon
MILE_KM = 1.609344
UNITS = {
    "mass": {
        "kg": 1,
        "kilograms": 1,
        "kilos": 1,
        "kilogramos": 1,
        "g": 0.001,
        "grams": 0.001,
        "gramos": 0.001,
        "tonnes": 1000,
        "toneladas": 1000,
        "t": 1000,
    },
    "area": {
        "km²": 1,
        "km2": 1,
        "square kilometres": 1,
        "hectares": 0.01,
        "hectáreas": 0.01,
        "ha": 0.01,
    },
    "volume": {
        "litres": 1,
        "liters": 1,
        "litros": 1,
        "gallons": GALLON_L,
        "galones": GALLON_L,
        "m³": 1000,
        "cubic metres": 1000,
    },
    "length": {
        "km": 1,
        "kilómetros": 1,
        "miles": MILE_KM,
        "mm": 1e-6,
        "milímetros": 1e-6,
    },
    "duration": {"years": 1, "años": 1},
    "flight time": {"flight hours": 1, "horas de vuelo": 1},
    "share": {"percent": 1, "%": 1, "por ciento": 1},
    "rate": {"per 100,000": 1, "por 100.000 habitantes": 1},
    "soles": {"soles": 1, "pen": 1, "s/": 1},
    "usd": {"usd": 1, "us$": 1},
    "soles/kg": {
        "soles per kg": 1,
        "soles/kg": 1,
        "soles por kilo": 1,
        "soles per quintal": 1 / QUINTAL_KG,
        "soles por quintal": 1 / QUINTAL_KG,
    },
    "kg/ha": {"kg/ha": 1, "quintales por hectárea": QUINTAL_KG, "qq/ha": QUINTAL_KG},
}
ABOUT = 0.10  # tolerance used by this checker for "about" (the tool's may differ)
NEARLY = 0.10  # "nearly X" is read as [X*(1-NEARLY), X)

errors: list[str] = []
warnings: list[str] = []


def err(msg: str) -> None:
    errors.append(msg)


def warn(msg: str) -> None:
    warnings.append(msg)


# --------------------------------------------------------------------------- dates
def date_span(value: Any) -> tuple[dt.date, dt.date] | None:
    """A date, partial date (2018, 2018-03) or {start, end} as an inclusive span."""
    if isinstance(value, dict):
        if set(value) != {"start", "end"}:
            return None
        a, b = date_span(value["start"]), date_span(value["end"])
        return (a[0], b[1]) if a and b else None
    if isinstance(value, dt.date):
        return value, value
    text = str(value)
    if re.fullmatch(r"\d{4}", text):
        y = int(text)
        return dt.date(y, 1, 1), dt.date(y, 12, 31)
    if m := re.fullmatch(r"(\d{4})-(\d{2})", text):
        y, mo = int(m[1]), int(m[2])
        nxt = dt.date(y + (mo == 12), mo % 12 + 1, 1)
        return dt.date(y, mo, 1), nxt - dt.timedelta(days=1)
    try:
        d = dt.date.fromisoformat(text)
    except ValueError:
        return None
    return d, d


def overlaps(a: tuple[Any, Any], b: tuple[Any, Any]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


# --------------------------------------------------------------------------- values
def norm_unit(unit: Any) -> tuple[str, float]:
    u = str(unit or "").strip().lower()
    for dim, table in UNITS.items():
        if u in table:
            return dim, table[u]
    return "count", 1.0


def interval(c: dict[str, Any]) -> tuple[str, float, float, bool, bool] | None:
    """(dimension, low, high, low_open, high_open) in normalised units."""
    q = c.get("qualifier", "exact")
    dim, f = norm_unit(c.get("unit"))
    if q == "range":
        return dim, c["low"] * f, c["high"] * f, False, False
    if "value" not in c or not isinstance(c["value"], (int, float)):
        return None
    v = c["value"] * f
    inf = float("inf")
    return {
        "exact": (dim, v, v, False, False),
        "about": (dim, v * (1 - ABOUT), v * (1 + ABOUT), False, False),
        "nearly": (dim, v * (1 - NEARLY), v, False, True),
        "more_than": (dim, v, inf, True, False),
        "at_least": (dim, v, inf, False, False),
        "less_than": (dim, 0.0, v, False, True),
        "at_most": (dim, 0.0, v, False, False),
    }[q]


def values_overlap(a: dict[str, Any], b: dict[str, Any]) -> bool | None:
    ia, ib = interval(a), interval(b)
    if ia is None or ib is None or ia[0] != ib[0]:
        return None
    _, lo1, hi1, lo1o, hi1o = ia
    _, lo2, hi2, lo2o, hi2o = ib
    lo, lo_open = (lo1, lo1o) if lo1 > lo2 else (lo2, lo2o) if lo2 > lo1 else (lo1, lo1o or lo2o)
    hi, hi_open = (hi1, hi1o) if hi1 < hi2 else (hi2, hi2o) if hi2 < hi1 else (hi1, hi1o or hi2o)
    return lo < hi or (lo == hi and not lo_open and not hi_open)


def is_numeric(c: dict[str, Any]) -> bool:
    return "value" in c or "low" in c or "high" in c


# --------------------------------------------------------------------------- loaders
def load_yaml(path: Path) -> Any:
    with path.open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def check_sources() -> tuple[dict[str, str], dict[str, dict[str, Any]]]:
    data = load_yaml(SEEDS / "sources.yaml")
    texts: dict[str, str] = {}
    meta: dict[str, dict[str, Any]] = {}
    for s in data.get("sources", []):
        sid = s.get("id")
        for k in set(s) - SOURCE_KEYS:
            err(f"source {sid}: unknown key {k!r}")
        for k in ("id", "file", "title", "publisher", "published", "language"):
            if k not in s:
                err(f"source {sid}: missing {k!r}")
        if sid in meta:
            err(f"source {sid}: duplicate id")
        path = (SEEDS / str(s.get("file", ""))).resolve()
        if SEEDS.resolve() not in path.parents or not path.is_file():
            err(f"source {sid}: file {s.get('file')!r} missing or outside seeds/")
            continue
        raw = path.read_bytes()
        if not 800 <= len(raw) <= 2560:
            err(f"source {sid}: {len(raw)} bytes, expected 0.8-2.5 KB")
        span = date_span(s.get("published"))
        if span and not (dt.date(2005, 1, 1) <= span[0] and span[1] <= dt.date(2026, 12, 31)):
            err(f"source {sid}: published {s.get('published')!r} outside 2005-2026")
        if s.get("language") not in {"en", "es"}:
            err(f"source {sid}: language must be en or es")
        if date_span(s.get("published")) is None:
            err(f"source {sid}: bad published date {s.get('published')!r}")
        if "fictional" not in str(s.get("notes", "")).lower():
            err(f"source {sid}: notes must mark the outlet as fictional")
        texts[sid] = raw.decode("utf-8")
        meta[sid] = s
    langs = Counter(m.get("language") for m in meta.values())
    if langs["en"] != langs["es"]:
        err(f"sources: expected as many English as Spanish texts, got {dict(langs)}")
    if not 12 <= len(meta) <= 14:
        err(f"sources: expected 12-14, got {len(meta)}")
    listed = {m["file"] for m in meta.values()}
    for txt in SEEDS.glob("*.txt"):
        if txt.name not in listed:
            err(f"{txt.name}: text file not listed in sources.yaml")
    return texts, meta


def check_claims(texts: dict[str, str]) -> dict[str, dict[str, Any]]:
    claims: dict[str, dict[str, Any]] = {}
    for path in sorted(CLAIMS.glob("*.yaml")):
        for c in load_yaml(path).get("claims", []):
            cid = c.get("id")
            where = f"{path.name}:{cid}"
            for k in set(c) - CLAIM_KEYS:
                err(f"{where}: unknown key {k!r}")
            for k in ("id", "statement", "citations"):
                if k not in c:
                    err(f"{where}: missing {k!r}")
            if cid in claims:
                err(f"{where}: duplicate claim id")
            q = c.get("qualifier")
            if q is not None and q not in QUALIFIERS:
                err(f"{where}: bad qualifier {q!r}")
            if q == "range":
                if not (
                    isinstance(c.get("low"), (int, float))
                    and isinstance(c.get("high"), (int, float))
                ):
                    err(f"{where}: range needs numeric low and high")
                elif c["low"] >= c["high"]:
                    err(f"{where}: range low >= high")
            elif "value" in c and not isinstance(c["value"], (int, float)):
                err(f"{where}: value should be a number in this corpus")
            if is_numeric(c) and "unit" not in c:
                err(f"{where}: numeric claim without unit")
            if "as_of" in c and date_span(c["as_of"]) is None:
                err(f"{where}: bad as_of {c['as_of']!r}")
            for cit in c.get("citations", []):
                for k in set(cit) - CITATION_KEYS:
                    err(f"{where}: unknown citation key {k!r}")
                src = cit.get("source")
                if src not in texts:
                    err(f"{where}: unknown source {src!r}")
                elif cit.get("quote") not in texts[src]:
                    err(f"{where}: quote is not an exact substring of {src}: {cit.get('quote')!r}")
            style_check(path.name, c)
            c["_file"] = path.name
            claims[cid] = c
    return claims


SPANISH_HINT = re.compile(
    r"[áéíóúñ¿¡]|\b(el|la|los|las|del|en|por|se|y|de|una?|con|fue|hay)\b", re.I
)
ENGLISH_HINT = re.compile(r"\b(the|of|in|and|by|was|were|from|to|with|only)\b", re.I)
# Tomás abbreviates: a label needs at least one of these tokens (or a '.', '/', '#', '%').
ABBREV = re.compile(
    r"[./#%]|\b(hh|tps|rds|cum|ckpts|stns|wpns|sec|px|cov|amt|HOM|AML|PBC|WIA|UAV|AP|rd|mi|ha|L|kg|g|yrs|PEN|natl|prog|helo|flt|hrs|CT|Au|ISR)\b"
)
STYLE: dict[str, Counter[str]] = defaultdict(Counter)


def style_check(fname: str, c: dict[str, Any]) -> None:
    """Each fictional analyst has habits; keep them, so the corpus stays varied."""
    cid, label = c.get("id", "?"), c.get("quantity")
    statement = str(c.get("statement", ""))
    if fname == "lucia.yaml":
        if not re.fullmatch(r"lh-\d{2}", cid):
            err(f"{fname}:{cid}: Lucía's ids are lh-NN")
        if label is not None:
            err(f"{fname}:{cid}: Lucía never writes a quantity label")
        if not SPANISH_HINT.search(statement):
            err(f"{fname}:{cid}: Lucía writes statements in Spanish")
    elif fname == "tomas.yaml":
        if not re.fullmatch(r"tb-c\d{2}-\d{1,2}", cid):
            err(f"{fname}:{cid}: Tomás's ids are tb-cNN-n (text, running number)")
        if len(statement) > 60:
            err(f"{fname}:{cid}: Tomás's statements are terse (<= 60 characters)")
        if is_numeric(c) and not (label and len(label) <= 30 and ABBREV.search(label)):
            err(f"{fname}:{cid}: Tomás labels numeric claims tersely, with abbreviations")
    elif fname == "grace.yaml":
        if not re.fullmatch(r"okafor-[a-z0-9-]+", cid):
            err(f"{fname}:{cid}: Grace's ids are descriptive okafor-... slugs")
        if len(statement) < 100 or not ENGLISH_HINT.search(statement):
            err(f"{fname}:{cid}: Grace writes long English sentences (>= 100 characters)")
        if is_numeric(c) and not (
            label and len(label.split()) >= 3 and not re.search(r"[./#%()]", label)
        ):
            err(
                f"{fname}:{cid}: Grace labels numeric claims in plain words (>= 3 words, no abbreviations)"
            )
    elif fname == "diego.yaml":
        if not re.fullmatch(r"da-\d{3}", cid):
            err(f"{fname}:{cid}: Diego's ids are da-NNN")
        es = bool(
            re.search(
                r"[áéíóúñ]|\b(de|del|la|el|los|las|en|por|según|solo|unos|dejaron)\b",
                statement,
                re.I,
            )
        )
        STYLE[fname]["es" if es else "en"] += 1
        if is_numeric(c):
            STYLE[fname]["labelled" if label else "unlabelled"] += 1
    else:
        err(f"{fname}: unexpected claims file")


def check_styles() -> None:
    d = STYLE["diego.yaml"]
    if min(d["es"], d["en"]) < 10:
        err(f"diego.yaml: Diego mixes languages (>= 10 statements each), got {dict(d)}")
    if min(d["labelled"], d["unlabelled"]) < 8:
        err(
            f"diego.yaml: Diego labels some numeric claims and not others (>= 8 each), got {dict(d)}"
        )


Span = tuple[dt.date, dt.date]


def when(c: dict[str, Any], meta: dict[str, dict[str, Any]]) -> tuple[Span, Span]:
    """(span of the start, span of the end) of a claim's time; a point is its own start and end.

    as_of stands in; without it the publication date of the first cited source.
    """
    value = c.get("as_of", meta[c["citations"][0]["source"]]["published"])
    if isinstance(value, dict):
        start, end = date_span(value["start"]), date_span(value["end"])
        if start and end:
            return start, end
    span = date_span(value)
    assert span is not None, c["id"]
    return span, span


def same_time(a: tuple[Span, Span], b: tuple[Span, Span]) -> bool:
    """Same time at the coarser precision: starts overlap and ends overlap.

    2021-06 and 2021-06-04 are the same time; periods 2011-2013 and 2011-2014
    are not (a cumulative count to a later end date is another observation).
    """
    return overlaps(a[0], b[0]) and overlaps(a[1], b[1])


def check_expected(
    claims: dict[str, dict[str, Any]], meta: dict[str, dict[str, Any]]
) -> dict[str, Any]:
    exp = load_yaml(EXPECTED)
    for k in set(exp) - EXPECTED_KEYS:
        err(f"expected.yaml: unknown key {k!r}")

    def known(cid: str, where: str) -> bool:
        if cid not in claims:
            err(f"expected.yaml {where}: unknown claim id {cid!r}")
            return False
        return True

    group_of: dict[str, str] = {}
    names: set[str] = set()
    for g in exp.get("quantity_groups", []):
        name = g.get("name")
        if set(g) != {"name", "claims", "why"}:
            err(f"group {name!r}: keys must be name, claims, why")
        if name in names:
            err(f"group {name!r}: duplicate name")
        names.add(name)
        for cid in g.get("claims", []):
            if not known(cid, f"group {name!r}"):
                continue
            if cid in group_of:
                err(f"{cid}: in two groups ({group_of[cid]!r}, {name!r})")
            group_of[cid] = name
            if not is_numeric(claims[cid]):
                err(f"{cid}: non-numeric claim inside group {name!r}")
        dims = {norm_unit(claims[c].get("unit"))[0] for c in g.get("claims", []) if c in claims}
        if len(dims) > 1:
            err(f"group {name!r}: mixes unit dimensions {sorted(dims)}")

    numeric = {cid for cid, c in claims.items() if is_numeric(c)}
    for cid in sorted(numeric - set(group_of)):
        err(f"{cid}: numeric claim in no quantity group")
    nn = exp.get("non_numeric_claims", [])
    for cid in nn:
        known(cid, "non_numeric_claims")
    if set(nn) != set(claims) - numeric:
        err(
            f"non_numeric_claims mismatch: listed-not-nonnumeric={sorted(set(nn) - (set(claims) - numeric))} "
            f"missing={sorted((set(claims) - numeric) - set(nn))}"
        )

    dup: set[tuple[str, str]] = set()
    for pair in exp.get("duplicate_pairs", []):
        if len(pair) != 2 or pair[0] >= pair[1]:
            err(f"duplicate pair {pair}: must be two ids in sorted order")
            continue
        if not all(known(x, f"duplicate pair {pair}") for x in pair):
            continue
        t = (pair[0], pair[1])
        if t in dup:
            err(f"duplicate pair {pair}: listed twice")
        dup.add(t)
        a, b = claims[pair[0]], claims[pair[1]]
        if group_of.get(pair[0]) != group_of.get(pair[1]):
            err(f"duplicate pair {pair}: claims are in different groups")
        if is_numeric(a) and values_overlap(a, b) is False:
            err(f"duplicate pair {pair}: values do not overlap")
        if not same_time(when(a, meta), when(b, meta)):
            err(f"duplicate pair {pair}: not the same time")
    # transitive closure
    adj: dict[str, set[str]] = defaultdict(set)
    for a, b in dup:
        adj[a].add(b)
        adj[b].add(a)
    for a, nbrs in adj.items():
        for b, c in itertools.combinations(sorted(nbrs), 2):
            if tuple(sorted((b, c))) not in dup:
                err(f"duplicate pairs not closed: {a}~{b} and {a}~{c} but not {b}~{c}")

    traps: Counter[str] = Counter()
    seen_traps: set[tuple[str, str]] = set()
    for t in exp.get("non_duplicate_traps", []):
        pair, why = t.get("pair", []), str(t.get("why", ""))
        if set(t) != {"pair", "why"}:
            err(f"trap {pair}: keys must be pair, why")
        if len(pair) != 2 or pair[0] >= pair[1]:
            err(f"trap {pair}: must be two ids in sorted order")
            continue
        if not all(known(x, f"trap {pair}") for x in pair):
            continue
        if (pair[0], pair[1]) in dup:
            err(f"trap {pair}: is also a duplicate pair")
        if (pair[0], pair[1]) in seen_traps:
            err(f"trap {pair}: listed twice")
        seen_traps.add((pair[0], pair[1]))
        m = re.match(r"\[([a-z-]+)\] \S", why)
        if not m or m[1] not in TRAP_KINDS:
            err(f"trap {pair}: why must start with [kind] from {sorted(TRAP_KINDS)}")
            continue
        kind = m[1]
        traps[kind] += 1
        same_group = group_of.get(pair[0]) == group_of.get(pair[1])
        if (
            kind in {"conflict", "hedge-conflict", "actor", "series", "series-same-value", "scope"}
            and not same_group
        ):
            err(f"trap {pair}: kind {kind} needs both claims in one group")
        if (
            kind
            in {
                "lookalike",
                "different-event",
                "same-event-other-quantity",
                "same-unit-other-quantity",
            }
            and same_group
        ):
            err(f"trap {pair}: kind {kind} needs claims in different groups")
        if kind in {"conflict", "hedge-conflict"} and values_overlap(
            claims[pair[0]], claims[pair[1]]
        ):
            err(f"trap {pair}: a conflict whose values overlap")

    # warnings: same group, overlapping value/date/place, not marked duplicate
    members: dict[str, list[str]] = defaultdict(list)
    for cid, g in group_of.items():
        members[g].append(cid)
    for g, ids in members.items():
        for a, b in itertools.combinations(sorted(ids), 2):
            ca, cb = claims[a], claims[b]
            if (a, b) in dup:
                continue
            if (
                values_overlap(ca, cb)
                and same_time(when(ca, meta), when(cb, meta))
                and str(ca.get("place", "")).lower() == str(cb.get("place", "")).lower()
            ):
                warn(
                    f"group {g!r}: {a} and {b} agree in value, date and place but are not duplicates"
                )
    return {"exp": exp, "group_of": group_of, "dup": dup, "traps": traps}


def main() -> int:
    verbose = "--verbose" in sys.argv
    texts, meta = check_sources()
    claims = check_claims(texts)
    check_styles()
    res = check_expected(claims, meta) if EXPECTED.exists() else None
    if res is None:
        err("expected.yaml missing")
    langs = Counter(m["language"] for m in meta.values())
    numeric = [c for c in claims.values() if is_numeric(c)]
    labelled = sum(1 for c in numeric if c.get("quantity"))
    print(f"sources: {len(meta)} ({', '.join(f'{k}={v}' for k, v in sorted(langs.items()))})")
    print(
        f"claims: {len(claims)} ({len(numeric)} numeric, {len(claims) - len(numeric)} non-numeric); "
        f"quantity label on {labelled}/{len(numeric)} numeric = {labelled / max(len(numeric), 1):.0%}"
    )
    print(
        "claims by file: "
        + ", ".join(
            f"{k}={v}" for k, v in sorted(Counter(c["_file"] for c in claims.values()).items())
        )
    )
    if res:
        sizes = Counter(len(g["claims"]) for g in res["exp"]["quantity_groups"])
        big = sum(v for k, v in sizes.items() if k >= 2)
        print(
            f"quantity groups: {len(res['exp']['quantity_groups'])} ({big} of size >= 2); "
            f"sizes: {dict(sorted(sizes.items()))}"
        )
        print(f"duplicate pairs: {len(res['dup'])}")
        print(
            f"non-duplicate traps: {sum(res['traps'].values())} "
            f"({', '.join(f'{k}={v}' for k, v in sorted(res['traps'].items()))})"
        )
    for w in warnings if verbose else []:
        print("WARNING", w)
    if warnings and not verbose:
        print(f"{len(warnings)} warning(s); run with --verbose to see them")
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
