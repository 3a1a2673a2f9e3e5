"""Rendering a list item as YAML text in a file's own layout, one line per scalar.

Scalars are rendered by PyYAML's emitter, which knows YAML 1.1's implicit types
(`No`, `2014`, `null` and `0x1F` come out quoted) and escapes what a plain or
single-quoted scalar cannot carry (line breaks, control characters); scalars
that contain a line break are always double-quoted, so every field is one line.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import yaml


class Plain(str):
    """A scalar written as is, unquoted (dates such as 2014 or 2020-10-14)."""

    __slots__ = ()


# A field's value: a scalar, a flow list of scalars, a flow mapping of scalars, or a
# block list of mappings (citations).
Fields = Sequence[tuple[str, Any]]


@dataclass(frozen=True, slots=True)
class Layout:
    """How a file writes its list: indentation, spacing and line endings."""

    dash: int = 2  # columns before the "-" of each item
    gap: int = 1  # spaces between the "-" and the item's first key
    nested: int = 2  # columns from a key to the "-" of a block list under it
    blank_lines: int = 0  # blank lines between items
    newline: str = "\n"

    @property
    def key_column(self) -> int:
        return self.dash + 1 + self.gap


_LINE_BREAKS = frozenset("\n\r\x85\u2028\u2029")


def render_scalar(value: Any, *, flow: bool = False) -> str:
    """One scalar as YAML text on one line (see the module docstring)."""
    if isinstance(value, Plain):
        return str(value)
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise TypeError(f"cannot render {type(value).__name__} as a scalar")
    style = '"' if isinstance(value, str) and (_LINE_BREAKS & set(value)) else None
    data: Any = [value] if flow else {"k": value}
    out = yaml.dump(
        data,
        Dumper=yaml.SafeDumper,
        default_flow_style=flow,
        default_style=style,
        allow_unicode=True,
        width=1_000_000,
        sort_keys=False,
    ).rstrip("\n")
    if flow:
        return out[1:-1]
    prefix = '"k": ' if style else "k: "
    return out[len(prefix) :]


def render_item(fields: Fields, layout: Layout) -> list[str]:
    """The lines of one list item (without line endings), in the file's layout."""
    lines: list[str] = []
    indent = " " * layout.key_column
    for index, (key, value) in enumerate(fields):
        head = (" " * layout.dash + "-" + " " * layout.gap) if index == 0 else indent
        lines.extend(_field_lines(head, indent, key, value, layout))
    return lines


def _field_lines(head: str, indent: str, key: str, value: Any, layout: Layout) -> list[str]:
    if isinstance(value, Mapping):
        pairs = ", ".join(f"{k}: {render_scalar(v, flow=True)}" for k, v in value.items())
        return [f"{head}{key}: {{{pairs}}}"]
    if isinstance(value, list | tuple) and value and isinstance(value[0], Mapping):
        nested = Layout(dash=len(indent) + layout.nested, gap=1, nested=layout.nested)
        lines = [f"{head}{key}:"]
        for member in value:
            lines.extend(render_item(list(member.items()), nested))
        return lines
    if isinstance(value, list | tuple):
        return [f"{head}{key}: [{', '.join(render_scalar(v, flow=True) for v in value)}]"]
    return [f"{head}{key}: {render_scalar(value)}"]
