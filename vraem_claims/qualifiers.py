"""The hedges a numeric claim can carry, shared by the claim model and the number reader."""

from typing import Literal, get_args

Qualifier = Literal[
    "exact", "about", "nearly", "more_than", "at_least", "less_than", "at_most", "range"
]

QUALIFIERS: tuple[Qualifier, ...] = get_args(Qualifier)
