"""Fuzz campaign for the YAML loader, claim validation and quote anchoring (not a test).

Feeds hypothesis-generated documents (random text, YAML-punctuation soup, and mutated
valid claim files) through `load_yaml` + claim validation, and random quotes through
`AnchorIndex.resolve`, counting inputs tried and failures (any exception, or a span
that does not map back into the text).

Usage: python bench/fuzz_loader.py [examples]   (default 100000 per target)
"""

from __future__ import annotations

import sys
import time
import traceback
from collections.abc import Callable

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vraem_claims.anchoring import AnchorIndex
from vraem_claims.claims import load_claim_file
from vraem_claims.yamlload import YamlLimits, load_yaml

VALID = (
    "claims:\n  - id: strips\n    statement: Police destroyed 263 strips.\n    value: 263\n"
    "    qualifier: about\n    as_of: 2014-12\n    tags: [a, b]\n    citations:\n"
    "      - source: report-en\n        quote: destroyed 263 strips\n"
)
PUNCTUATION = list("claims:- []{}&*!|>'\"#\n\t ,?%@`0123456789abc.\\\u00a0\u200b\ufeffé")
DOCUMENTS = st.one_of(
    st.text(max_size=300),
    st.text(alphabet=st.sampled_from(PUNCTUATION), max_size=300),
    st.tuples(
        st.integers(0, len(VALID)),
        st.integers(0, len(VALID)),
        st.text(alphabet=st.sampled_from(PUNCTUATION), max_size=20),
    ).map(lambda t: VALID[: min(t[0], t[1])] + t[2] + VALID[max(t[0], t[1]) :]),
)
LIMITS = YamlLimits(max_depth=32, max_alias_nodes=10_000)


COUNTS = {"tried": 0, "failed": 0}
FAILURES: list[str] = []


def record(check: Callable[[], None], description: str) -> None:
    COUNTS["tried"] += 1
    try:
        check()
    except Exception:  # the point is to count every failure
        COUNTS["failed"] += 1
        if len(FAILURES) < 3:
            FAILURES.append(f"{description}\n{traceback.format_exc()}")


def campaign(name: str, runner: Callable[[], None]) -> tuple[int, int]:
    COUNTS.update(tried=0, failed=0)
    started = time.monotonic()
    runner()
    print(
        f"{name}: {COUNTS['tried']} inputs, {COUNTS['failed']} failures, "
        f"{time.monotonic() - started:.0f} s"
    )
    for failure in FAILURES:
        print(failure)
    FAILURES.clear()
    return COUNTS["tried"], COUNTS["failed"]


def load_and_validate(text: str) -> None:
    doc = load_yaml(text, limits=LIMITS)
    for problem in doc.problems:
        assert problem.line >= 1 and problem.col >= 1
    import pathlib
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = pathlib.Path(folder) / "c.yaml"
        path.write_text(text, encoding="utf-8", errors="surrogatepass")
        load_claim_file(path, "c.yaml", max_file_size=10**6, limits=LIMITS)


def anchor(text: str, quote: str) -> None:
    found = AnchorIndex(text).resolve(quote, max_gap=50)
    for start, end in found.spans:
        assert 0 <= start <= end <= len(text)
    if found.closest is not None:
        assert 0 <= found.closest[0] <= found.closest[1] <= len(text)


def main() -> int:
    examples = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    budget = settings(
        max_examples=examples, deadline=None, database=None, suppress_health_check=list(HealthCheck)
    )

    @budget
    @given(DOCUMENTS)
    def fuzz_loader(text: str) -> None:
        record(lambda: load_and_validate(text), repr(text))

    @budget
    @given(st.text(max_size=300), st.text(max_size=60))
    def fuzz_anchor(text: str, quote: str) -> None:
        record(lambda: anchor(text, quote), repr((text, quote)))

    total = failures = 0
    for name, runner in (("loader and validation", fuzz_loader), ("quote anchoring", fuzz_anchor)):
        tried, failed = campaign(name, runner)
        total, failures = total + tried, failures + failed
    print(f"total: {total} inputs, {failures} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
