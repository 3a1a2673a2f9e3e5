"""Names that mean the same thing (`claims/aliases.yaml`), applied before every fuzzy comparison.

Format: a mapping under `aliases:` from a canonical name to its variants::

    aliases:
      Shining Path: [Sendero Luminoso, SL, MPCP]
      landing strip: [airstrip, runway, pista de aterrizaje, narcopista]

Matching ignores case and accents, and only replaces whole words.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from vraem_claims.findings import Finding, Location
from vraem_claims.rules import finding
from vraem_claims.validation import read_yaml_file
from vraem_claims.yamlload import YamlLimits, YMap, YSeq

LIST_KEY = "aliases"


def _accent_table() -> dict[str, str]:
    """Latin letters with diacritics -> their base letters (for the fast path of `fold`)."""
    table = {}
    for code in range(0xC0, 0x250):
        char = chr(code)
        base = "".join(
            c
            for c in unicodedata.normalize("NFKD", char.casefold())
            if not unicodedata.combining(c)
        )
        if base != char:
            table[char] = base
    return table


_ACCENTS = _accent_table()
# The letters `_ACCENTS` may hold. Replacing the few of them a text has is three times
# faster than `str.translate`, which looks up every character (100k claims: ~0.5 s).
_LATIN = re.compile("[\u00c0-\u024f]")


def _base_letter(match: re.Match[str]) -> str:
    letter = match.group()
    return _ACCENTS.get(letter, letter)


def fold(text: str) -> str:
    """Lower-case, accent-free, single-spaced text: the form all comparisons use."""
    if not text.isascii():
        text = _LATIN.sub(_base_letter, text)
        if not text.isascii():
            decomposed = unicodedata.normalize("NFKD", text.casefold())
            text = "".join(char for char in decomposed if not unicodedata.combining(char))
    return " ".join(text.lower().split())


@dataclass(slots=True)
class Aliases:
    """Variant -> canonical name, both folded."""

    canonical: dict[str, str] = field(default_factory=dict)
    _pattern: re.Pattern[str] | None = None

    def substitute(self, folded_text: str) -> str:
        """Replace every variant in already-folded text by its canonical name."""
        if not self.canonical:
            return folded_text
        if self._pattern is None:
            variants = sorted(self.canonical, key=len, reverse=True)
            alternation = "|".join(re.escape(variant) for variant in variants)
            self._pattern = re.compile(rf"(?<!\w)(?:{alternation})(?!\w)")
        return self._pattern.sub(lambda match: self.canonical[match.group()], folded_text)

    def key(self, text: str) -> str:
        """The comparison form of a name or phrase: folded, with aliases substituted."""
        return self.substitute(fold(text))


def load_aliases(
    path: Path, display_path: str, *, max_file_size: int, limits: YamlLimits
) -> tuple[Aliases, list[Finding]]:
    """Read aliases.yaml; an absent file means no aliases."""
    if not path.exists():
        return Aliases(), []
    loaded = read_yaml_file(
        path,
        display_path,
        list_key=LIST_KEY,
        max_file_size=max_file_size,
        limits=limits,
        container=YMap,
    )
    findings = [_as_alias_problem(f) for f in loaded.findings]
    if not isinstance(loaded.items, YMap):
        return Aliases(), findings
    aliases, problems = _build(loaded.items, display_path)
    return aliases, findings + list(problems)


def _as_alias_problem(problem: Finding) -> Finding:
    # Shape problems of aliases.yaml get the alias family's code; YAML problems keep theirs.
    if problem.code.startswith(("S", "Y004")):
        return finding("A002", problem.message, problem.location, field=problem.field)
    return problem


def _build(entries: YMap, display_path: str) -> tuple[Aliases, Iterator[Finding]]:
    aliases = Aliases()
    owner_at: dict[str, tuple[str, str, Location]] = {}  # variant -> (canonical, name, where)
    problems: list[Finding] = []
    for name, variants in entries.items():
        location = Location(display_path, *entries.key_pos[name])
        if variants is None:
            variants = YSeq(entries.value_pos[name])
        if not isinstance(variants, YSeq) or not all(isinstance(v, str) for v in variants):
            problems.append(
                finding(
                    "A002",
                    f"`{name}` must map to a list of variant names",
                    Location(display_path, *entries.value_pos[name]),
                    field=name,
                )
            )
            continue
        canonical = fold(name)
        for index, variant in enumerate([name, *variants]):
            key = fold(variant)
            here = location if index == 0 else Location(display_path, *variants.item_pos[index - 1])
            owner = owner_at.get(key)
            if owner is not None and owner[0] != canonical:
                problems.append(
                    finding(
                        "A001",
                        f"`{variant}` is listed under `{name}` and under `{owner[1]}` ({owner[2]})",
                        here,
                        field=name,
                        related=(owner[2],),
                    )
                )
                continue
            owner_at[key] = (canonical, name, here)
            if key and key != canonical:
                aliases.canonical[key] = canonical
    return aliases, iter(problems)
