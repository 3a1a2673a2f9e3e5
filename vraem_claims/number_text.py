"""Small text helpers shared by the number reader and the unit normaliser."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any

_ACCENTS = str.maketrans(
    "áàâäãéèêëíìîïóòôöõúùûüñçÁÀÂÄÃÉÈÊËÍÌÎÏÓÒÔÖÕÚÙÛÜÑÇ",
    "aaaaaeeeeiiiiooooouuuuncaaaaaeeeeiiiiooooouuuunc",
)


def fold(word: str) -> str:
    """Lower-case and strip Latin accents: the key for every word table."""
    lowered = word.lower()
    return lowered if lowered.isascii() else lowered.translate(_ACCENTS)


_BLANKS = r"\.?[ \t\u00a0]+"  # a space in a table entry: any run of blanks, maybe after "."


_Trie = dict[str, "_Trie"]


def alternation(words: Iterable[str]) -> str:
    """Regex for any of `words`, with or without their accents; compile it with (?i).

    Built as a trie of literals: the engine tests one letter at a time instead of
    trying every word at every position, and literals compile several times faster
    than accent-insensitive character classes (import time). Longer words win.
    """
    forms = {form for word in words for form in (word.lower(), fold(word))}
    trie: _Trie = {}
    for word in forms:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _emit(trie)


def _emit(node: _Trie) -> str:
    branches = [
        (_BLANKS if char == " " else re.escape(char)) + _emit(child)
        for char, child in sorted(node.items())
        if char
    ]
    if not branches:
        return ""
    if len(branches) == 1 and "" not in node:
        return branches[0]
    return "(?:" + "|".join(branches) + ")" + ("?" if "" in node else "")


class LazyPattern:
    """A regex built and compiled once, on first use.

    The scanner's patterns are large (word tries, unit and hedge tables): compiling
    them all at import would cost ~20 ms, and the CLI must start fast. Each one is
    built and compiled the first time it is used, then reused for the life of the
    process. `source` is the pattern, or a function returning it when building the
    source is itself costly (tries). After the first use `match`, `search`,
    `fullmatch` and `finditer` are the compiled pattern's own methods, so calls cost
    nothing extra.
    """

    compiled: re.Pattern[str]
    match: Callable[..., re.Match[str] | None]
    search: Callable[..., re.Match[str] | None]
    fullmatch: Callable[..., re.Match[str] | None]
    finditer: Callable[..., Iterator[re.Match[str]]]

    def __init__(self, source: str | Callable[[], str]) -> None:
        self._source = source

    def __getattr__(self, name: str) -> Any:
        """Compile on first access to the pattern or one of its methods."""
        if name not in ("compiled", "match", "search", "fullmatch", "finditer"):
            raise AttributeError(name)
        source = self._source if isinstance(self._source, str) else self._source()
        self.compiled = re.compile(source)
        self.match = self.compiled.match
        self.search = self.compiled.search
        self.fullmatch = self.compiled.fullmatch
        self.finditer = self.compiled.finditer
        return getattr(self.compiled, name) if name != "compiled" else self.compiled
