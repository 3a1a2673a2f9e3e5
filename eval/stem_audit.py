#!/usr/bin/env python3
"""List words that reach a glossary concept only through the stem of another word.

Usage:  python eval/stem_audit.py [--top N] [--limit K]

The glossary index gives each form and its Snowball stems to a concept, so a word no
concept lists still reaches one when its stem is that of a form: "soldado" stems to
"sold", and English "sold" was read as troops; "rápido" reached "rape", "cerro" "cerrar",
"based" "base". This script lists such words, so that a maintainer can add the good ones
to their concept and the others to `textkeys.OWN_MEANING` (a word that keeps its own
meaning). A word is listed when its concept has no form of the word's own language with
the word's own stem: "policial" reaching "police" through "policia" is listed too, and
is fine.

Words come from the source texts and claim statements of the shipped corpus and every
evaluation corpus, and, with --top N when the `wordfreq` package is installed (it is not a
dependency: `pip install wordfreq`), from the N commonest words of English and Spanish.
The language of a form is read from wordfreq when it is there (a form neither language
knows counts as Spanish), else, roughly, from its Spanish endings.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from vraem_claims import textkeys  # noqa: E402
from vraem_claims.aliases import fold  # noqa: E402
from vraem_claims.timephrases import MONTHS  # noqa: E402

_WORD = re.compile(r"[a-z]+")
_SPANISH_ENDINGS = ("cion", "ciones", "dad", "dades", "ado", "ados", "ida", "idas", "aron")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--top", type=int, default=0, help="also the N commonest words (wordfreq)")
    parser.add_argument("--limit", type=int, default=200, help="rows to print")
    args = parser.parse_args(argv)
    language_of = _form_language()
    counts = Counter(_corpus_words())
    if args.top:
        counts.update(_common_words(args.top))
    rows = []
    for (word, language), count in counts.items():
        reached = _reached_by_another_stem(word, language, language_of)
        if reached:
            rows.append((count, word, language, *reached))
    rows.sort(key=lambda row: (-row[0], row[1]))
    for count, word, language, concept, forms in rows[: args.limit]:
        print(f"{count:5}  {language}  {word:20} -> {concept:18} via {', '.join(forms[:3])}")
    return 0


def _reached_by_another_stem(
    word: str, language: str, language_of: Callable[[str], str]
) -> tuple[str, list[str]] | None:
    """The concept a word reaches and the forms whose stem it shares, when none of them is
    of the word's language; None when the word is listed, ignored or reaches nothing."""
    index = textkeys._glossary()[1]
    ignored = textkeys.STOPWORDS | textkeys.NUMBER_WORDS | MONTHS
    if len(word) < 3 or word in index or word in ignored or word in textkeys.OWN_MEANING:
        return None
    concept = textkeys._word_concept(word)
    if index.get(concept) != concept:
        return None  # no concept: the word stays itself
    stem = textkeys.stem_en if language == "en" else textkeys.stem_es
    own = stem(word)
    sharing = [
        form
        for form in _forms_of()[concept]
        if own in (textkeys.stem_en(form), textkeys.stem_es(form))
    ]
    if any(stem(form) == own and language_of(form) == language for form in sharing):
        return None
    return concept, sharing


@cache
def _forms_of() -> dict[str, list[str]]:
    """Single-word forms of each concept, by the concept's token."""
    forms: dict[str, list[str]] = defaultdict(list)
    for concept, written in textkeys.CONCEPTS.items():
        token = textkeys._concept_token(concept)
        forms[token].extend(f for f in map(fold, written) if f.isalpha())
    return forms


def _form_language() -> Callable[[str], str]:
    try:
        import wordfreq
    except ImportError:
        return lambda form: "es" if form.endswith(_SPANISH_ENDINGS) else "en"

    def language_of(form: str) -> str:
        english = wordfreq.zipf_frequency(form, "en")
        return "en" if english > wordfreq.zipf_frequency(form, "es") else "es"

    return language_of


def _corpus_words() -> Iterator[tuple[str, str]]:
    """(word, language) of every paragraph of every source text and every statement."""
    texts = sorted(ROOT.glob("seeds/*.txt")) + sorted(ROOT.glob("eval/**/seeds/*.txt"))
    for path in texts:
        for paragraph in path.read_text(encoding="utf-8", errors="replace").splitlines():
            yield from _words(paragraph)
    claim_files = sorted(ROOT.glob("claims/*.yaml")) + sorted(ROOT.glob("eval/**/claims/*.yaml"))
    for path in claim_files:
        for statement in _statements(path):
            yield from _words(statement)


def _statements(path: Path) -> Iterator[str]:
    try:
        loaded = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (yaml.YAMLError, UnicodeDecodeError):
        return
    items = loaded.get("claims", []) if isinstance(loaded, dict) else loaded
    for item in items if isinstance(items, list) else []:
        if isinstance(item, dict) and isinstance(item.get("statement"), str):
            yield item["statement"]


def _words(text: str) -> Iterator[tuple[str, str]]:
    language = textkeys.statement_language(text)
    if language in ("en", "es"):
        for word in _WORD.findall(fold(text)):
            yield word, language


def _common_words(top: int) -> Iterator[tuple[str, str]]:
    try:
        import wordfreq
    except ImportError:
        sys.exit("--top needs the wordfreq package: pip install wordfreq")
    for language in ("en", "es"):
        for word in wordfreq.top_n_list(language, top):
            folded = fold(word)
            if folded.isalpha():
                yield folded, language


if __name__ == "__main__":
    raise SystemExit(main())
