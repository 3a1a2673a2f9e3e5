"""Shared checks behind every evaluation corpus's check_corpus.py.

Each corpus folder (eval/, eval/holdout/, eval/blind/ ... eval/blind6/) keeps a thin check_corpus.py
that describes what it adds to these checks in its docstring, declares a `Settings` and calls `main`.
This module holds the logic they share:

  sources   seeds/sources.yaml keys, ids, files, languages, dates, text sizes
            (optionally: a publication year range, as many English as Spanish
            texts, a number of sources)
  claims    DESIGN.md keys, unique ids, qualifiers, ranges, every quote an exact
            substring of its source (no normalisation at all)
  expected  every id exists; every numeric claim in exactly one quantity group;
            non_numeric_claims == the claims without a value; duplicate pairs
            sorted, unique, transitively closed, inside one group (or both
            non-numeric), with overlapping values and the same time; traps sorted,
            not duplicates, with a "[kind] reason" why (optionally, strict_traps:
            series traps at different times, series-same-value traps overlap,
            lookalike traps numeric and sharing a number after unit conversion)
  consistency (warnings): pairs of one group whose values, dates and places all
            overlap but are not marked duplicate, so a human can look again

Adding a corpus (say eval/NEW/, laid out as NEW/corpus/seeds, NEW/corpus/claims and
NEW/expected.yaml) takes one short file, eval/NEW/check_corpus.py:

    '''Validate the NEW corpus and its ground truth (describe its checks here).'''
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # eval/
    import corpus_checks as cc

    SETTINGS = cc.Settings(
        root=Path(__file__).resolve().parent,
        units={**cc.COMMON_UNITS, "volume": cc.VOLUME},
        text_bytes=(800, 2048),
        text_size="0.8-2 KB",
    )

    if __name__ == "__main__":
        sys.exit(cc.main(SETTINGS))

Corpus-specific rules (an analyst's style, say) go in `claim_checks` (called with
the claims file name and each claim as it is read) or `all_claims_checks` (called with
all claims, each carrying its file name in "_file", before expected.yaml is read);
they report problems with `err(message)`. Two analyst habits recur and are shared:
`mixed_analyst` (both languages, some claims labelled) and `spanish_unlabelled` (Spanish
statements, never a label, ids of one pattern). See eval/blind/check_corpus.py and
eval/holdout/check_corpus.py for examples.

Exit code of `main`: 0 when there is no error (warnings allowed), 1 otherwise.
Only PyYAML is needed; nothing here imports the vraem_claims package.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

Claim = dict[str, Any]
UnitTable = Mapping[str, Mapping[str, float]]

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
TRAP_KINDS = frozenset(
    {
        "lookalike",
        "conflict",
        "hedge-conflict",
        "actor",
        "series",
        "series-same-value",
        "scope",
        "different-event",
        "same-event-other-quantity",
        "same-unit-other-quantity",
    }
)
ABOUT = 0.10  # tolerance used by this checker for "about" (the tool's may differ)
NEARLY = 0.10  # "nearly X" is read as [X*(1-NEARLY), X)

# Unit normalisation used only for the sanity checks (dimension -> {unit: factor}).
# Building blocks for the corpora's tables; a unit missing from a table counts as "count".
GALLON_L = 3.785411784
MILE_KM = 1.609344
SQUARE_MILE_KM2 = 2.589988
ARROBA_KG = 11.5  # the Peruvian arroba used in coca markets
MASS = {
    "kg": 1,
    "kilograms": 1,
    "kilos": 1,
    "kilogramos": 1,
    "tons": 1000,
    "tonnes": 1000,
    "toneladas": 1000,
    "t": 1000,
}
AREA = {
    "km²": 1,
    "km2": 1,
    "square kilometers": 1,
    "hectares": 0.01,
    "hectáreas": 0.01,
    "ha": 0.01,
}
VOLUME = {"litres": 1, "liters": 1, "litros": 1, "gallons": GALLON_L, "galones": GALLON_L}
LENGTH = {"km": 1, "kilómetros": 1, "kilometers": 1}
MILES = {"miles": MILE_KM, "millas": MILE_KM}
SOLES_PER_KG = {"soles per kg": 1, "soles/kg": 1, "soles por kilo": 1}
SOLES_PER_ARROBA = {"soles per arroba": 1 / ARROBA_KG, "soles por arroba": 1 / ARROBA_KG}
COMMON_UNITS: UnitTable = {
    "mass": MASS,
    "area": AREA,
    "share": {"percent": 1, "%": 1, "por ciento": 1},
    "soles": {"soles": 1, "pen": 1, "s/": 1},
    "usd": {"usd": 1, "dólares": 1, "us$": 1},
    "soles/kg": SOLES_PER_KG,
    "usd/kg": {"usd/kg": 1, "usd per kg": 1},
    "length": LENGTH,
}


def corpus_folder(root: Path) -> Path:
    """`root`/corpus in the repository; `root` itself in a writer's working copy, where
    seeds/ and claims/ sit beside the validator."""
    inside = root / "corpus"
    return inside if (inside / "seeds").is_dir() else root


@dataclass(frozen=True)
class Settings:
    """What differs between corpora; everything else is shared."""

    root: Path  # the folder holding corpus/seeds, corpus/claims and expected.yaml
    units: UnitTable  # dimension -> {unit (lower case): factor to the dimension's base unit}
    text_bytes: tuple[int, int]  # inclusive size limits of a source text
    text_size: str  # the same limits as the error message says them, e.g. "1-4 KB"
    trap_kinds: frozenset[str] = TRAP_KINDS
    published_years: tuple[int, int] | None = None  # every source published in these years
    balanced_languages: bool = False  # as many English as Spanish sources
    source_count: tuple[int, int] | None = None  # inclusive limits on the number of sources
    strict_traps: bool = False  # the extra trap checks (see the module docstring)
    # called as each claim is read: (claims file name, claim); report with err()
    claim_checks: tuple[Callable[[str, Claim], None], ...] = ()
    # called once all claims are read: ({id: claim}), each claim with its "_file"
    all_claims_checks: tuple[Callable[[dict[str, Claim]], None], ...] = ()

    @property
    def corpus(self) -> Path:
        return corpus_folder(self.root)

    @property
    def seeds(self) -> Path:
        return self.corpus / "seeds"

    @property
    def claims(self) -> Path:
        return self.corpus / "claims"

    @property
    def expected(self) -> Path:
        return self.root / "expected.yaml"


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
def norm_unit(unit: Any, units: UnitTable) -> tuple[str, float]:
    u = str(unit or "").strip().lower()
    for dim, table in units.items():
        if u in table:
            return dim, table[u]
    return "count", 1.0


def interval(c: Claim, units: UnitTable) -> tuple[str, float, float, bool, bool] | None:
    """(dimension, low, high, low_open, high_open) in normalised units."""
    q = c.get("qualifier", "exact")
    dim, f = norm_unit(c.get("unit"), units)
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


def values_overlap(a: Claim, b: Claim, units: UnitTable) -> bool | None:
    ia, ib = interval(a, units), interval(b, units)
    if ia is None or ib is None or ia[0] != ib[0]:
        return None
    _, lo1, hi1, lo1o, hi1o = ia
    _, lo2, hi2, lo2o, hi2o = ib
    lo, lo_open = (lo1, lo1o) if lo1 > lo2 else (lo2, lo2o) if lo2 > lo1 else (lo1, lo1o or lo2o)
    hi, hi_open = (hi1, hi1o) if hi1 < hi2 else (hi2, hi2o) if hi2 < hi1 else (hi1, hi1o or hi2o)
    return lo < hi or (lo == hi and not lo_open and not hi_open)


def mantissas(c: Claim) -> set[str]:
    """Significant digits of the raw stated numbers: 1,100 / 1.1 billion / 1,1 -> '11'."""
    out = set()
    for k in ("value", "low", "high"):
        v = c.get(k)
        if isinstance(v, (int, float)) and v:
            out.add(f"{abs(v):.6e}".split("e")[0].replace(".", "").rstrip("0"))
    return out


def is_numeric(c: Claim) -> bool:
    return "value" in c or "low" in c or "high" in c


def mixed_analyst(
    fname: str, name: str, spanish: re.Pattern[str], *, each_language: int, each_labelling: int
) -> Callable[[dict[str, Claim]], None]:
    """A check that the analyst of `fname` writes in both languages (`spanish` tells which)
    and labels only some numeric claims: at least so many statements and claims of each."""

    def check(claims: dict[str, Claim]) -> None:
        d: Counter[str] = Counter()
        for c in claims.values():
            if c.get("_file") != fname:
                continue
            d["es" if spanish.search(str(c.get("statement", ""))) else "en"] += 1
            if is_numeric(c):
                d["labelled" if c.get("quantity") else "unlabelled"] += 1
        if min(d["es"], d["en"]) < each_language:
            err(
                f"{fname}: {name} mixes languages (>= {each_language} statements each), "
                f"got {dict(d)}"
            )
        if min(d["labelled"], d["unlabelled"]) < each_labelling:
            err(
                f"{fname}: {name} labels some numeric claims and not others "
                f"(>= {each_labelling} each), got {dict(d)}"
            )

    return check


def sources_cited_by_two(claims: dict[str, Claim], sources: int) -> None:
    """Every one of the `sources` sources is cited, each by at least two analysts."""
    by_source: dict[str, set[str]] = {}
    for c in claims.values():
        for cit in c.get("citations", []):
            by_source.setdefault(cit.get("source"), set()).add(c["_file"])
    for src, files in sorted(by_source.items()):
        if len(files) < 2:
            err(f"source {src}: cited by fewer than two analysts ({sorted(files)})")
    if len(by_source) != sources:
        err(f"expected all {sources} sources cited, got {len(by_source)}")


# Trap kinds of later corpora: an initial figure and its correction are one quantity whose
# values do not overlap; a part and its whole are two quantities.
SAME_GROUP_KINDS = frozenset({"initial-vs-corrected"})
OTHER_GROUP_KINDS = frozenset({"part-vs-whole"})


def group_traps(root: Path, units: UnitTable) -> Callable[[dict[str, Claim]], None]:
    """A check of the SAME_GROUP_KINDS and OTHER_GROUP_KINDS traps of `root`/expected.yaml:
    initial-vs-corrected pairs share a group and do not overlap; part-vs-whole pairs are in
    different groups."""

    def check(claims: dict[str, Claim]) -> None:
        if not (root / "expected.yaml").exists():
            return
        exp = load_yaml(root / "expected.yaml")
        group_of = {cid: g["name"] for g in exp.get("quantity_groups", []) for cid in g["claims"]}
        for t in exp.get("non_duplicate_traps", []):
            m = re.match(r"\[([a-z-]+)\]", str(t.get("why", "")))
            a, b = t.get("pair", [None, None])
            if not m or a not in claims or b not in claims:
                continue
            if m[1] in SAME_GROUP_KINDS:
                if group_of.get(a) != group_of.get(b):
                    err(f"trap {[a, b]}: {m[1]} needs both claims in one group")
                if values_overlap(claims[a], claims[b], units):
                    err(f"trap {[a, b]}: {m[1]} whose values overlap")
            if m[1] in OTHER_GROUP_KINDS and group_of.get(a) == group_of.get(b):
                err(f"trap {[a, b]}: {m[1]} needs claims in different groups")

    return check


def spanish_unlabelled(
    fname: str, c: Claim, name: str, ids: str, id_shape: str, spanish: re.Pattern[str]
) -> None:
    """An analyst whose ids match `ids` (described as `id_shape`), who writes statements in
    Spanish (`spanish` tells) and never a quantity label."""
    cid = c.get("id", "?")
    if not re.fullmatch(ids, cid):
        err(f"{fname}:{cid}: {name}'s ids are {id_shape}")
    if c.get("quantity") is not None:
        err(f"{fname}:{cid}: {name} never writes a quantity label")
    if not spanish.search(str(c.get("statement", ""))):
        err(f"{fname}:{cid}: {name} writes statements in Spanish")


# --------------------------------------------------------------------------- loaders
def source_text_reader(seeds: Path) -> Callable[[str], str]:
    """A reader of source texts by id ("" for an unknown id), from seeds/sources.yaml,
    read once, at the first call."""
    texts: dict[str, str] = {}

    def read(source_id: str) -> str:
        if not texts:
            for source in load_yaml(seeds / "sources.yaml").get("sources", []):
                path = seeds / str(source["file"])
                if path.is_file():
                    texts[source["id"]] = path.read_text(encoding="utf-8")
        return texts.get(source_id, "")

    return read


def load_yaml(path: Path) -> Any:
    with path.open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def check_sources(s: Settings) -> tuple[dict[str, str], dict[str, dict[str, Any]]]:
    seeds = s.seeds
    data = load_yaml(seeds / "sources.yaml")
    texts: dict[str, str] = {}
    meta: dict[str, dict[str, Any]] = {}
    low, high = s.text_bytes
    for src in data.get("sources", []):
        sid = src.get("id")
        for k in set(src) - SOURCE_KEYS:
            err(f"source {sid}: unknown key {k!r}")
        for k in ("id", "file", "title", "publisher", "published", "language"):
            if k not in src:
                err(f"source {sid}: missing {k!r}")
        if sid in meta:
            err(f"source {sid}: duplicate id")
        path = (seeds / str(src.get("file", ""))).resolve()
        if seeds.resolve() not in path.parents or not path.is_file():
            err(f"source {sid}: file {src.get('file')!r} missing or outside seeds/")
            continue
        raw = path.read_bytes()
        if not low <= len(raw) <= high:
            err(f"source {sid}: {len(raw)} bytes, expected {s.text_size}")
        if s.published_years:
            first, last = s.published_years
            span = date_span(src.get("published"))
            if span and not (dt.date(first, 1, 1) <= span[0] and span[1] <= dt.date(last, 12, 31)):
                err(f"source {sid}: published {src.get('published')!r} outside {first}-{last}")
        if src.get("language") not in {"en", "es"}:
            err(f"source {sid}: language must be en or es")
        if date_span(src.get("published")) is None:
            err(f"source {sid}: bad published date {src.get('published')!r}")
        if "fictional" not in str(src.get("notes", "")).lower():
            err(f"source {sid}: notes must mark the outlet as fictional")
        texts[sid] = raw.decode("utf-8")
        meta[sid] = src
    if s.balanced_languages:
        langs = Counter(m.get("language") for m in meta.values())
        if langs["en"] != langs["es"]:
            err(f"sources: expected as many English as Spanish texts, got {dict(langs)}")
    if s.source_count and not s.source_count[0] <= len(meta) <= s.source_count[1]:
        err(f"sources: expected {s.source_count[0]}-{s.source_count[1]}, got {len(meta)}")
    listed = {m["file"] for m in meta.values()}
    for txt in seeds.glob("*.txt"):
        if txt.name not in listed:
            err(f"{txt.name}: text file not listed in sources.yaml")
    return texts, meta


def check_claims(s: Settings, texts: dict[str, str]) -> dict[str, Claim]:
    claims: dict[str, Claim] = {}
    for path in sorted(s.claims.glob("*.yaml")):
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
            for check in s.claim_checks:
                check(path.name, c)
            c["_file"] = path.name
            claims[cid] = c
    return claims


Span = tuple[dt.date, dt.date]


def when(c: Claim, meta: dict[str, dict[str, Any]]) -> tuple[Span, Span]:
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


def check_strict_trap(
    kind: str,
    pair: list[str],
    claims: dict[str, Claim],
    meta: dict[str, dict[str, Any]],
    s: Settings,
) -> None:
    """The extra trap checks of Settings.strict_traps."""
    a, b = claims[pair[0]], claims[pair[1]]
    if kind == "series-same-value" and not values_overlap(a, b, s.units):
        err(f"trap {pair}: series-same-value whose values differ")
    if kind in {"series", "series-same-value"} and same_time(when(a, meta), when(b, meta)):
        err(f"trap {pair}: series trap at the same time")
    if kind == "lookalike" and not (mantissas(a) & mantissas(b)):
        err(f"trap {pair}: lookalike without a shared number")
    if kind == "lookalike" and not all(is_numeric(claims[x]) for x in pair):
        err(f"trap {pair}: lookalike needs two numeric claims")


def check_expected(
    s: Settings, claims: dict[str, Claim], meta: dict[str, dict[str, Any]]
) -> dict[str, Any]:
    units = s.units
    exp = load_yaml(s.expected)
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
        dims = {
            norm_unit(claims[c].get("unit"), units)[0] for c in g.get("claims", []) if c in claims
        }
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
        if is_numeric(a) and values_overlap(a, b, units) is False:
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
        if not m or m[1] not in s.trap_kinds:
            err(f"trap {pair}: why must start with [kind] from {sorted(s.trap_kinds)}")
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
            claims[pair[0]], claims[pair[1]], units
        ):
            err(f"trap {pair}: a conflict whose values overlap")
        if s.strict_traps:
            check_strict_trap(kind, pair, claims, meta, s)

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
                values_overlap(ca, cb, units)
                and same_time(when(ca, meta), when(cb, meta))
                and str(ca.get("place", "")).lower() == str(cb.get("place", "")).lower()
            ):
                warn(
                    f"group {g!r}: {a} and {b} agree in value, date and place but are not duplicates"
                )
    return {"exp": exp, "group_of": group_of, "dup": dup, "traps": traps}


def main(s: Settings) -> int:
    """Run every check on one corpus, print the summary and the problems, return the exit code."""
    errors.clear()
    warnings.clear()
    verbose = "--verbose" in sys.argv
    texts, meta = check_sources(s)
    claims = check_claims(s, texts)
    for check in s.all_claims_checks:
        check(claims)
    res = check_expected(s, claims, meta) if s.expected.exists() else None
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
