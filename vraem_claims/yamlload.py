"""Safe, fast YAML loading that remembers where every value came from.

PyYAML's C parser composes the node graph; we construct plain Python values from
it ourselves, so that:

* every mapping and sequence knows the line and column of each of its children
  (findings point at `path:line:col`);
* nothing outside plain strings, numbers, booleans, null, lists and mappings is
  ever constructed (custom tags are reported, never executed);
* YAML 1.1's silent coercions (`7.500` -> 7.5, `NO` -> false, `017` -> 15) are
  recorded, so the schema layer can warn where a string or integer was meant;
* alias expansion, nesting depth, file size and duplicate keys are bounded and
  reported instead of crashing or hanging the process.

Problems come back as `YamlProblem`s (code, message, line, col); this module
knows nothing of claims.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from typing import Any

import yaml

Position = tuple[int, int]  # 1-based line, 1-based column


class YMap(dict[str, Any]):
    """A mapping that records the position of each key and value."""

    __slots__ = ("key_pos", "pos", "raw", "spans", "value_pos")

    def __init__(self, pos: Position) -> None:
        super().__init__()
        self.pos = pos
        self.key_pos: dict[str, Position] = {}
        self.value_pos: dict[str, Position] = {}
        # (start, end, style) character span of each scalar value, for safe rewrites.
        self.spans: dict[str, tuple[int, int, str]] = {}
        # The text as written, for plain scalars that YAML 1.1 read as something else.
        self.raw: dict[str, str] = {}


class YSeq(list[Any]):
    """A sequence that records the position of each item."""

    __slots__ = ("item_pos", "pos", "raw", "spans")

    def __init__(self, pos: Position) -> None:
        super().__init__()
        self.pos = pos
        self.item_pos: list[Position] = []
        self.spans: dict[int, tuple[int, int, str]] = {}
        self.raw: dict[int, str] = {}


@dataclass(frozen=True, slots=True)
class YamlProblem:
    code: str  # a rule code of the Y family
    message: str
    line: int
    col: int


@dataclass(frozen=True, slots=True)
class Coercion:
    """A plain scalar that YAML 1.1 turned into a non-string value.

    `parent[key]` holds the value; `field` is the nearest mapping key above it.
    """

    parent: YMap | YSeq
    key: str | int
    field: str
    line: int
    col: int
    raw: str
    value: Any
    reason: str


@dataclass(slots=True)
class YamlDocument:
    data: Any  # YMap | YSeq | scalar | None
    problems: list[YamlProblem] = field(default_factory=list)
    coercions: list[Coercion] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class YamlLimits:
    max_depth: int = 64
    # Alias expansion may add at most this many nodes beyond those written in the file.
    max_alias_nodes: int = 100_000


_TAG = "tag:yaml.org,2002:"
_STR, _INT, _FLOAT, _BOOL, _NULL = (_TAG + t for t in ("str", "int", "float", "bool", "null"))
_TIMESTAMP, _MAP, _SEQ, _MERGE = (_TAG + t for t in ("timestamp", "map", "seq", "merge"))
_KNOWN_TAGS = {_STR, _INT, _FLOAT, _BOOL, _NULL, _TIMESTAMP, _MAP, _SEQ, _MERGE}
# Strings up to this length are shared between all the values that spell them.
_INTERNED_LENGTH = 80


def _shared(text: str) -> str:
    """One copy of each short string: places, units, attributions, source ids and tags
    repeat across claims, and sharing them keeps a million loaded claims ~300 MB smaller."""
    return sys.intern(text) if len(text) <= _INTERNED_LENGTH else text


_PLAIN_INT = re.compile(r"[-+]?(?:0|[1-9][0-9]*)")
_PLAIN_FLOAT = re.compile(r"[-+]?(?:[0-9]+\.[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?")
_GROUPED_THOUSANDS = re.compile(r"[-+]?[0-9]{1,3}(?:\.[0-9]{3})+")
_TRUE_WORDS = {"yes", "true", "on", "y"}
# Lines that could hide deep block nesting: very deep indentation, or many compact
# "- " / "? " indicators in a row. Used only to decide whether to count depth exactly.
_DEEP_BLOCK_HINT = re.compile(r"(?m)^(?: {200,}|(?:[ ]*[-?][ ]+){30,})")
_FLOW_BRACKETS = re.compile(r"[\[\]{}]")


def load_yaml(text: str, *, limits: YamlLimits | None = None) -> YamlDocument:
    """Parse one YAML document from `text` (already decoded, BOM removed)."""
    limits = limits or YamlLimits()
    if _may_nest_deeper_than(text, limits.max_depth):
        too_deep = _first_position_deeper_than(text, limits.max_depth)
        if too_deep is not None:
            line, col = too_deep
            msg = f"collections nest deeper than {limits.max_depth} levels"
            return YamlDocument(None, [YamlProblem("Y010", msg, line, col)])
    loader = yaml.CSafeLoader(text)
    try:
        node = loader.get_single_node()
    except yaml.MarkedYAMLError as exc:
        return YamlDocument(None, [_syntax_problem(exc, text)])
    except yaml.YAMLError as exc:  # an unmarked error from the reader
        return YamlDocument(None, [YamlProblem("Y001", _one_line(str(exc)), 1, 1)])
    finally:
        loader.dispose()
    if node is None:
        return YamlDocument(None)
    builder = _Builder(limits)
    if "&" in text:  # without an anchor there is no alias to expand
        expansion = _expanded_size(node, builder)
        if expansion is not None:
            return YamlDocument(None, [expansion])
    data = builder.build(node, "")
    return YamlDocument(data, builder.problems, builder.coercions)


def _syntax_problem(exc: yaml.MarkedYAMLError, text: str) -> YamlProblem:
    mark = exc.problem_mark or exc.context_mark
    line, col = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
    at_tab = mark is not None and text[mark.index : mark.index + 1] == "\t"
    if exc.problem == "but found another document" or (
        exc.context == "expected a single document in the stream"
    ):
        return YamlProblem("Y009", "a second YAML document starts here (`---`)", line, col)
    parts = [p for p in (exc.context, exc.problem) if p]
    message = ": ".join(parts) if parts else "invalid YAML"
    if at_tab or (exc.problem and "tab" in exc.problem):
        message += " (YAML does not allow tabs for indentation; use spaces)"
    elif exc.problem == "found undefined alias":
        message = "alias refers to an anchor that is not defined before it"
    return YamlProblem("Y001", _one_line(message), line, col)


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _may_nest_deeper_than(text: str, limit: int) -> bool:
    """A cheap, conservative test: False guarantees the nesting depth is within `limit`."""
    if _DEEP_BLOCK_HINT.search(text):
        return True
    if "[" not in text and "{" not in text:
        return False
    depth = 0
    for match in _FLOW_BRACKETS.finditer(text):
        # Brackets inside quoted strings are counted too: an over-estimate only costs
        # the exact check below, never a wrong answer.
        depth = depth + 1 if match.group() in "[{" else max(depth - 1, 0)
        if depth > limit // 2:
            return True
    return False


def _first_position_deeper_than(text: str, limit: int) -> Position | None:
    """Count nesting exactly with the event parser, stopping as soon as it exceeds `limit`.

    The C composer recurses once per level and crashes the process past ~30,000 levels;
    the event parser does not recurse, and stopping early keeps this linear.
    """
    depth = 0
    try:
        for event in yaml.parse(text, Loader=yaml.CSafeLoader):
            if isinstance(event, yaml.CollectionStartEvent):
                depth += 1
                if depth > limit:
                    mark = event.start_mark
                    return (mark.line + 1, mark.column + 1) if mark else (1, 1)
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
    except yaml.YAMLError:
        # The composer would report the syntax error with its position, but it recurses:
        # past the limit in flow brackets, report the depth (seen once in CI on a
        # 100,000-deep document, never reproduced).
        return _first_bracket_deeper_than(text, limit)
    return None


def _first_bracket_deeper_than(text: str, limit: int) -> Position | None:
    """Where flow brackets first nest deeper than `limit`, counting every bracket."""
    depth = 0
    for match in _FLOW_BRACKETS.finditer(text):
        depth = depth + 1 if match.group() in "[{" else max(depth - 1, 0)
        if depth > limit:
            line = text.count("\n", 0, match.start()) + 1
            return line, match.start() - (text.rfind("\n", 0, match.start()) + 1) + 1
    return None


def _expanded_size(node: yaml.Node, builder: _Builder) -> YamlProblem | None:
    """Refuse documents whose aliases expand too far, or refer to themselves."""
    sizes: dict[int, int] = {}
    unique = 0
    # Iterative post-order walk: depth is already bounded, but aliases make a DAG.
    stack: list[tuple[yaml.Node, bool]] = [(node, False)]
    in_progress: set[int] = set()
    while stack:
        current, children_done = stack.pop()
        key = id(current)
        if children_done:
            in_progress.discard(key)
            sizes[key] = 1 + sum(sizes[id(child)] for child in _children(current))
            continue
        if key in sizes:
            continue
        if key in in_progress:
            mark = current.start_mark
            return YamlProblem(
                "Y007",
                "an alias refers to the collection that contains it",
                mark.line + 1,
                mark.column + 1,
            )
        unique += 1
        in_progress.add(key)
        stack.append((current, True))
        for child in _children(current):
            if id(child) in in_progress:
                mark = child.start_mark
                return YamlProblem(
                    "Y007",
                    "an alias refers to the collection that contains it",
                    mark.line + 1,
                    mark.column + 1,
                )
            if id(child) not in sizes:
                stack.append((child, False))
    expanded = sizes[id(node)]
    if expanded - unique > builder.limits.max_alias_nodes:
        return YamlProblem(
            "Y007",
            f"aliases expand {unique:,} written nodes to {expanded:,} "
            f"(limit: {builder.limits.max_alias_nodes:,} more than written)",
            1,
            1,
        )
    return None


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    if isinstance(node, yaml.MappingNode):
        return [child for pair in node.value for child in pair]
    return []


class _Builder:
    """Construct plain values from composed nodes, recording positions and problems."""

    def __init__(self, limits: YamlLimits) -> None:
        self.limits = limits
        self.problems: list[YamlProblem] = []
        self.coercions: list[Coercion] = []

    def problem(self, code: str, message: str, node: yaml.Node) -> None:
        mark = node.start_mark
        self.problems.append(YamlProblem(code, message, mark.line + 1, mark.column + 1))

    def build(self, node: yaml.Node, field: str) -> Any:
        """The value of `node`; `field` is the nearest mapping key above it."""
        if node.tag not in _KNOWN_TAGS:
            self.problem("Y006", f"tag `{node.tag}` is not supported and was not constructed", node)
        if isinstance(node, yaml.MappingNode):
            return self.build_map(node)
        if isinstance(node, yaml.SequenceNode):
            return self.build_seq(node, field)
        assert isinstance(node, yaml.ScalarNode)
        return self.build_scalar(node)

    def build_map(self, node: yaml.MappingNode) -> YMap:
        mark = node.start_mark
        result = YMap((mark.line + 1, mark.column + 1))
        key_pos, value_pos, spans = result.key_pos, result.value_pos, result.spans
        merged: list[YMap] = []
        for key_node, value_node in node.value:
            if key_node.tag == _MERGE:
                merged.extend(self._merge_sources(value_node))
                continue
            if type(key_node) is not yaml.ScalarNode:
                self.problem("Y004", "a mapping key must be a plain string", key_node)
                continue
            key = str(key_node.value)
            if key in key_pos:
                self.problem(
                    "Y002",
                    f"key `{key}` repeats the one at line {key_pos[key][0]}; this value is ignored",
                    key_node,
                )
                continue
            mark = key_node.start_mark
            key_pos[key] = (mark.line + 1, mark.column + 1)
            start = value_node.start_mark
            value_pos[key] = (start.line + 1, start.column + 1)
            if type(value_node) is yaml.ScalarNode:
                spans[key] = (start.index, value_node.end_mark.index, value_node.style or "")
                if value_node.tag == _STR:  # the common case, without a call
                    result[key] = _shared(value_node.value)
                    continue
                value = self.build_scalar(value_node)
                if value_node.tag not in _KNOWN_TAGS:
                    self.problem(
                        "Y006",
                        f"tag `{value_node.tag}` is not supported and was not constructed",
                        value_node,
                    )
                elif not value_node.style and value is not None and not isinstance(value, str):
                    result.raw[key] = value_node.value
                    self._coerced(result, key, key, value_node, value)
                result[key] = value
            else:
                result[key] = self.build(value_node, key)
        for source in merged:  # explicit keys win over merged ones, as in YAML's merge spec
            for key, value in source.items():
                if key not in result:
                    result[key] = value
                    key_pos[key] = source.key_pos[key]
                    value_pos[key] = source.value_pos[key]
        return result

    def _merge_sources(self, node: yaml.Node) -> list[YMap]:
        nodes = node.value if isinstance(node, yaml.SequenceNode) else [node]
        sources = []
        for item in nodes:
            if isinstance(item, yaml.MappingNode):
                sources.append(self.build_map(item))
            else:
                self.problem("Y004", "a merge key (`<<`) must refer to a mapping", item)
        return sources

    def build_seq(self, node: yaml.SequenceNode, field: str) -> YSeq:
        mark = node.start_mark
        result = YSeq((mark.line + 1, mark.column + 1))
        item_pos, spans = result.item_pos, result.spans
        for index, item in enumerate(node.value):
            start = item.start_mark
            item_pos.append((start.line + 1, start.column + 1))
            if type(item) is yaml.ScalarNode:
                spans[index] = (start.index, item.end_mark.index, item.style or "")
                if item.tag == _STR:
                    result.append(_shared(item.value))
                    continue
                value = self.build(item, field)
                if (
                    item.tag in _KNOWN_TAGS
                    and not item.style
                    and value is not None
                    and (not isinstance(value, str))
                ):
                    result.raw[index] = item.value
                    self._coerced(result, index, field, item, value)
                result.append(value)
            else:
                result.append(self.build(item, field))
        return result

    def build_scalar(self, node: yaml.ScalarNode) -> Any:
        raw: str = node.value
        tag = node.tag
        if tag in (_STR, _TIMESTAMP) or tag not in _KNOWN_TAGS:
            return _shared(raw)  # dates are parsed (and validated) by the schema layer
        if tag == _NULL:
            return None
        if tag == _BOOL:
            return raw.lower() in _TRUE_WORDS
        if tag == _INT:
            return _yaml11_int(raw)
        if tag == _FLOAT:
            return _yaml11_float(raw)
        return raw  # pragma: no cover - every known scalar tag is handled above

    def _coerced(
        self, parent: YMap | YSeq, key: str | int, field: str, node: yaml.ScalarNode, value: Any
    ) -> None:
        """Record a plain scalar that YAML 1.1 reads as something its author may not mean."""
        raw: str = node.value
        if node.tag == _BOOL:
            if raw.lower() in ("true", "false"):
                return
            reason = f"YAML 1.1 reads `{raw}` as {str(value).lower()}"
        elif node.tag == _INT:
            if _PLAIN_INT.fullmatch(raw):
                return
            reason = f"YAML 1.1 reads `{raw}` as the integer {value}"
        elif node.tag == _FLOAT:
            if _PLAIN_FLOAT.fullmatch(raw) and not _GROUPED_THOUSANDS.fullmatch(raw):
                return
            reason = f"YAML 1.1 reads `{raw}` as the number {value}"
        else:
            return
        mark = node.start_mark
        self.coercions.append(
            Coercion(parent, key, field, mark.line + 1, mark.column + 1, raw, value, reason)
        )


def _position(node: yaml.Node) -> Position:
    mark = node.start_mark
    return (mark.line + 1, mark.column + 1)


def _span(node: yaml.ScalarNode) -> tuple[int, int, str]:
    return (node.start_mark.index, node.end_mark.index, node.style or "")


def _yaml11_int(raw: str) -> int:
    text = raw.replace("_", "")
    sign = -1 if text.startswith("-") else 1
    text = text.lstrip("+-")
    if text == "0":
        return 0
    if text.startswith("0b"):
        return sign * int(text[2:], 2)
    if text.startswith("0x"):
        return sign * int(text[2:], 16)
    if text.startswith("0"):
        return sign * int(text, 8)
    if ":" in text:  # sexagesimal: 1:20 is 80
        total = 0
        for part in text.split(":"):
            total = total * 60 + int(part)
        return sign * total
    return sign * int(text)


def _yaml11_float(raw: str) -> float:
    text = raw.replace("_", "").lower()
    if text in (".nan",):
        return float("nan")
    if text.endswith(".inf"):
        return float("-inf") if text.startswith("-") else float("inf")
    if ":" in text:
        sign = -1.0 if text.startswith("-") else 1.0
        total = 0.0
        for part in text.lstrip("+-").split(":"):
            total = total * 60 + float(part)
        return sign * total
    return float(text)


BOM = b"\xef\xbb\xbf"  # the UTF-8 byte-order mark, dropped when read and kept when written


def decode_utf8(data: bytes) -> tuple[str | None, YamlProblem | None]:
    """Decode bytes as UTF-8 (a leading BOM is dropped), or say where they are not UTF-8."""
    if data.startswith(BOM):
        data = data[len(BOM) :]
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError as exc:
        before = data[: exc.start]
        line = before.count(b"\n") + 1
        col = len(before[before.rfind(b"\n") + 1 :].decode("utf-8", "replace")) + 1
        hint = ""
        if data.startswith((b"\xff\xfe", b"\xfe\xff")):
            hint = " (the file looks like UTF-16)"
        message = f"byte 0x{data[exc.start]:02x} at offset {exc.start} is not valid UTF-8{hint}"
        return None, YamlProblem("Y008", message, line, col)
