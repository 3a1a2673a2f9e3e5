"""The grammar of spelled-out numbers: token sequences to values, English and Spanish.

Tokens come from `number_words` as (category, value, end offset). Each parser
returns the longest valid prefix as (value, is ordinal, tokens used), so "three
twenty" is read as 3 and then 20, and "between one hundred and two hundred" does
not become 102. English: "two hundred and fifty thousand", "a hundred",
"twenty-first"; Spanish: "dos mil quinientos", "sesenta y cuatro", "mil
millones", "vigésimo primero".
"""

from __future__ import annotations

# Token categories used by the grammar.
UNIT, TEEN, TENS, HUNDRED, SCALE, MIL, AND, ORD, ORD_TENS, ORD_SCALE, A = range(11)
Token = tuple[int, float, int]  # category, value, end offset in the text


def parse_en(tokens: list[Token]) -> tuple[float, bool, int] | None:
    """Longest English cardinal/ordinal prefix of `tokens`: (value, ordinal, tokens used)."""
    total, index, last_scale = 0.0, 0, float("inf")
    while True:
        segment = _en_segment(tokens, index)
        if segment is None:
            return (total, False, index) if index > 0 else None
        value, ordinal, index = segment
        if ordinal:
            return total + value, True, index
        nxt = tokens[index] if index < len(tokens) else None
        if nxt is None or nxt[0] not in (SCALE, ORD_SCALE) or nxt[1] >= last_scale:
            return total + value, False, index
        total += value * nxt[1]
        last_scale, index = nxt[1], index + 1
        if nxt[0] == ORD_SCALE:
            return total, True, index
        index = _skip_and(tokens, index, (HUNDRED, SCALE, ORD_SCALE))


def _skip_and(tokens: list[Token], index: int, not_before: tuple[int, ...]) -> int:
    """Step over a British "and" ("a hundred and fifty") when a sub-hundred number follows.

    The number after "and" must not be followed by a category in `not_before`, so
    "between one hundred and two hundred" is not read as 102.
    """
    if index < len(tokens) and tokens[index][0] == AND:
        below = _below_hundred(tokens, index + 1)
        if below is not None and (below[2] >= len(tokens) or tokens[below[2]][0] not in not_before):
            return index + 1
    return index


def _below_hundred(tokens: list[Token], index: int) -> tuple[float, bool, int] | None:
    if index >= len(tokens):
        return None
    category, value, _ = tokens[index]
    following = tokens[index + 1][0] if index + 1 < len(tokens) else None
    if category == A:
        return (1.0, False, index + 1) if following in (HUNDRED, SCALE) else None
    if category == TENS:
        if following in (UNIT, ORD) and 0 < tokens[index + 1][1] < 10:
            return value + tokens[index + 1][1], following == ORD, index + 2
        return value, False, index + 1
    if category in (UNIT, TEEN):
        return value, False, index + 1
    if category in (ORD, ORD_TENS):
        return value, True, index + 1
    return None


def _en_segment(tokens: list[Token], index: int) -> tuple[float, bool, int] | None:
    """A number below 1000 ("two hundred and fifty", "a hundred", "ninety-three")."""
    below = _below_hundred(tokens, index)
    if below is None:
        return None
    value, ordinal, index = below
    if ordinal or value == 0 or index >= len(tokens):
        return below
    category, scale, _ = tokens[index]
    if category == ORD_SCALE and scale == 100.0:
        return value * 100, True, index + 1
    if category != HUNDRED:
        return below
    value, index = value * 100, index + 1
    rest = _below_hundred(tokens, _skip_and(tokens, index, (HUNDRED,)))
    if rest is None or (rest[2] < len(tokens) and tokens[rest[2]][0] == HUNDRED):
        return value, False, index
    return value + rest[0], rest[1], rest[2]


def parse_es(tokens: list[Token]) -> tuple[float, bool, int] | None:
    """Longest Spanish cardinal/ordinal prefix of `tokens`."""
    if tokens[0][0] in (ORD, ORD_TENS):
        value, index = tokens[0][1], 1
        if tokens[0][0] == ORD_TENS and len(tokens) > 1 and tokens[1][0] == ORD:
            value, index = value + tokens[1][1], 2
        return value, True, index
    total, index, last_scale = 0.0, 0, float("inf")
    while True:
        below = _es_below_million(tokens, index)
        if below is None:
            return (total, False, index) if index > 0 else None
        value, index = below
        nxt = tokens[index] if index < len(tokens) else None
        if nxt is None or nxt[0] != SCALE or nxt[1] >= last_scale or value <= 0:
            return total + value, False, index
        total += value * nxt[1]
        last_scale, index = nxt[1], index + 1


def _es_segment(tokens: list[Token], index: int) -> tuple[float, int] | None:
    """A Spanish number below 1000 ("ciento cincuenta", "sesenta y cuatro")."""
    if index >= len(tokens):
        return None
    category, value, _ = tokens[index]
    if category == HUNDRED:
        rest = _es_below_hundred(tokens, index + 1)
        return (value + rest[0], rest[1]) if rest is not None else (value, index + 1)
    return _es_below_hundred(tokens, index)


def _es_below_hundred(tokens: list[Token], index: int) -> tuple[float, int] | None:
    if index >= len(tokens):
        return None
    category, value, _ = tokens[index]
    if category == TENS:
        if (
            index + 2 < len(tokens)
            and tokens[index + 1][0] == AND
            and tokens[index + 2][0] == UNIT
            and tokens[index + 2][1] > 0
        ):
            return value + tokens[index + 2][1], index + 3
        return value, index + 1
    if category in (UNIT, TEEN):
        return value, index + 1
    return None


def _es_below_million(tokens: list[Token], index: int) -> tuple[float, int] | None:
    """[segment] mil [segment] | segment."""
    head = _es_segment(tokens, index)
    at = head[1] if head is not None else index
    if at < len(tokens) and tokens[at][0] == MIL and (head is None or head[0] > 0):
        thousands = (head[0] if head is not None else 1.0) * 1e3
        tail = _es_segment(tokens, at + 1)
        return (thousands + tail[0], tail[1]) if tail is not None else (thousands, at + 1)
    return head
