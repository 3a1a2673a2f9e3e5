"""Timing of the number reader and unit normaliser (a script, not a test).

Usage: python bench/bench_numbers.py
Prints: import time of the modules (fresh interpreter, stdlib preloaded), the
one-off cost of the first call (patterns are compiled on first use), and the
steady-state cost of find_numbers on a ~200-character quote and on a ~50 KB text,
and of normalize_unit.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QUOTE = (
    "Antinarcotics Police have destroyed or disabled 263 clandestine landing strips used by "
    "narco-traffickers in the VRAEM, and more than 74,000 square miles were reduced to a "
    "little more than 3,000."
)
QUOTE_ES = (
    "La Policía destruyó 263 pistas clandestinas en el VRAEM; unos 7.500 efectivos y casi el "
    "87 % de los cultivos, según Devida, en 2014 sumaban sesenta y cuatro bases militares."
)

QUOTE_PLAIN = (
    "In addition to capturing suspects and seizing drugs, security forces have damaged "
    "infrastructure used by drug traffickers: Antinarcotics Police have destroyed or disabled "
    "263 clandestine landing strips."
)

IMPORT_PROBE = """
import re, dataclasses, typing, functools, collections.abc, math, time
start = time.perf_counter()
import {module}
print((time.perf_counter() - start) * 1000)
"""


def import_ms(module: str, runs: int = 7) -> float:
    """Median import time of `module` in fresh interpreters, stdlib preloaded."""
    times = []
    for _ in range(runs):
        out = subprocess.run(
            [sys.executable, "-c", IMPORT_PROBE.format(module=module)],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        times.append(float(out))
    return statistics.median(times)


def per_call_us(call: Callable[[], object], seconds: float = 1.0) -> float:
    """Mean microseconds per call, best of 5 rounds."""
    count = 1
    while True:
        start = time.perf_counter()
        for _ in range(count):
            call()
        if time.perf_counter() - start > seconds / 10:
            break
        count *= 2
    rounds = []
    for _ in range(5):
        start = time.perf_counter()
        for _ in range(count):
            call()
        rounds.append((time.perf_counter() - start) / count * 1e6)
    return min(rounds)


def main() -> None:
    for module in ("vraem_claims.units", "vraem_claims.numbers"):
        print(f"import {module}: {import_ms(module):.1f} ms (median of 7, stdlib preloaded)")

    sys.path.insert(0, str(ROOT))
    from vraem_claims.numbers import find_numbers
    from vraem_claims.units import normalize_unit

    for quote, language in ((QUOTE, "en"), (QUOTE_ES, "es")):
        start = time.perf_counter()
        find_numbers(quote, language)
        first_ms = (time.perf_counter() - start) * 1e3
        print(f"first find_numbers call ({language}, compiles its patterns): {first_ms:.1f} ms")

    seeds = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(ROOT.glob("seeds/*.txt")))
    big = (seeds * (50_000 // len(seeds) + 1))[:50_000]
    cases: list[tuple[str, Callable[[], object]]] = [
        (
            f"find_numbers, {len(QUOTE)}-char quote, {len(find_numbers(QUOTE))} figures (en)",
            lambda: find_numbers(QUOTE),
        ),
        (
            f"find_numbers, {len(QUOTE_ES)}-char quote, "
            f"{len(find_numbers(QUOTE_ES, 'es'))} figures (es)",
            lambda: find_numbers(QUOTE_ES, "es"),
        ),
        (
            f"find_numbers, {len(QUOTE_PLAIN)}-char quote, 1 figure (en)",
            lambda: find_numbers(QUOTE_PLAIN),
        ),
        (
            f"find_numbers, 50 KB of seed text ({len(find_numbers(big))} mentions)",
            lambda: find_numbers(big),
        ),
        ("normalize_unit('kilos')", lambda: normalize_unit("kilos")),
        ("normalize_unit('landing strips')", lambda: normalize_unit("landing strips")),
    ]
    for label, call in cases:
        print(f"{label}: {per_call_us(call):.1f} us")
    start = time.perf_counter()
    normalize_unit("pounds")
    pint_ms = (time.perf_counter() - start) * 1e3
    print(f"first normalize_unit('pounds') (imports pint, builds its registry): {pint_ms:.0f} ms")
    cached = per_call_us(lambda: normalize_unit("pounds"))
    print(f"normalize_unit('pounds') via pint, cached: {cached:.1f} us")


if __name__ == "__main__":
    main()
