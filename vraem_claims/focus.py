"""The words of a statement that describe its claimed figure, when it states several.

An analyst who copies a passage keeps every number in it: "Some 6,300 troops were
deployed in the VRAEM at the end of 2025, in 44 bases" is the statement of the claim of
44 bases as much as of the claim of 6,300 troops. Compared whole, the sentence describes
both figures alike; its clause around 44 ("in 44 bases") describes only the bases.
"""

from __future__ import annotations

import re

from vraem_claims.numbers import NumberMention, find_numbers, mention_matches

# Where a clause ends: a sentence or clause mark (a dot or comma between digits is part
# of a number), a bracket or dash, or a conjunction that starts another clause.
_CLAUSE_END = re.compile(
    r"[.;:!?](?!\d)|,(?!\d)|[()\[\]]|\s[-\u2013\u2014]\s"
    r"|\b(?:and|while|whereas|but|y|e|mientras|pero|aunque)\b",
    re.IGNORECASE,
)
# Mentions that say when, not how many (the number reader tells "2014" from "2014 soldiers").
_NOT_FIGURES = frozenset({"year", "date"})
# Two groups of digits at least (one may be a year): the cheap test before parsing.
_TWO_NUMBERS = re.compile(r"\d[^\d]+\d")


def figure_focus(
    statement: str, value: float, languages: tuple[str, ...]
) -> tuple[str, str] | None:
    """The clause of `statement` around the mention of `value`, and the wider text
    between the neighbouring figures, when the statement states other figures too (years
    aside); None when it states only this one or none.

    The clause runs from the previous clause mark to the next one, never past the mention
    of another figure. The caller falls back on the wider text when the clause says
    nothing of what is counted ("41 según la Policía").
    """
    if not _TWO_NUMBERS.search(statement):
        return None
    for language in languages:
        figures = [m for m in find_numbers(statement, language) if m.kind not in _NOT_FIGURES]
        if len(figures) < 2:
            continue
        index = next((i for i, m in enumerate(figures) if mention_matches(value, m)), None)
        if index is not None:
            return _clause(statement, figures, index)
    return None


def _clause(statement: str, figures: list[NumberMention], index: int) -> tuple[str, str]:
    mention = figures[index]
    begin = mention.hedge_start if mention.hedge_start is not None else mention.start
    left = figures[index - 1].end if index > 0 else 0
    right = len(statement)
    if index + 1 < len(figures):
        after_mention = figures[index + 1]
        right = after_mention.start
        if after_mention.hedge_start is not None:
            right = min(right, after_mention.hedge_start)
    before = [m.end() for m in _CLAUSE_END.finditer(statement, left, begin)]
    after = _CLAUSE_END.search(statement, mention.end, right)
    start = before[-1] if before else left
    end = after.start() if after else right
    head = _HEADING.search(statement, 0, begin)
    if head:
        # "Chaska detainees freed within 48 hrs for lack of link to dredges: 8": a heading
        # before a colon describes the figure after it, other figures and all.
        opening = statement.rfind(";", 0, head.start()) + 1
        return statement[opening:end], statement[opening:right]
    return statement[start:end], statement[left:right]


# A colon just before a figure (and its hedge), ending the heading that describes it.
_HEADING = re.compile(r":\s*$")
