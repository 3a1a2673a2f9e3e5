"""Adding and replacing items of a YAML file's top-level list as text, keeping everything else.

`add`, `review` and `sources add` never re-serialise a file: they insert the new
item's text after the last item of the list (or put it in place of the item it
replaces), so comments, blank lines, key order and quoting elsewhere stay byte
for byte. The item is rendered in the file's own layout (list indentation, blank
lines between items, line endings), read from the positions PyYAML records.

Items are rendered by `yamlrender`.

Every edit is checked before it is returned: the new text must parse without
problems, every item that was kept must read back equal, and each written item
must validate to the model it was rendered from. Anything else is an error and
nothing is written.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass

import yaml
from pydantic import ValidationError

from vraem_claims.errors import InputError
from vraem_claims.models import parse
from vraem_claims.yamlload import YMap, YSeq, load_yaml
from vraem_claims.yamlrender import Fields, Layout, render_item

_NEWLINE = re.compile(r"\r\n|\r|\n")


@dataclass(frozen=True, slots=True)
class _ListNodes:
    """Where a file's top-level list is: the composed nodes and the text around them."""

    root: yaml.MappingNode | None
    key: yaml.ScalarNode | None
    items: yaml.SequenceNode | None  # None: the key is there with no list (null or `[]`)


def _compose(text: str, display: str) -> yaml.Node | None:
    try:
        return yaml.compose(text, Loader=yaml.CSafeLoader)
    except yaml.YAMLError:
        raise InputError(
            f"{display}: is not valid YAML; fix it first (vraem-claims lint shows where)"
        ) from None


def _find_list(text: str, list_key: str, display: str) -> _ListNodes:
    root = _compose(text, display)
    if root is None:
        return _ListNodes(None, None, None)
    if not isinstance(root, yaml.MappingNode):
        raise InputError(f"{display}: expected a mapping with a `{list_key}:` list at the top")
    for key, value in root.value:
        if isinstance(key, yaml.ScalarNode) and key.value == list_key:
            if isinstance(value, yaml.SequenceNode) and not value.flow_style:
                return _ListNodes(root, key, value if value.value else None)
            empty = (isinstance(value, yaml.ScalarNode) and value.tag.endswith(":null")) or (
                isinstance(value, yaml.SequenceNode) and not value.value
            )
            if empty:
                return _ListNodes(root, key, None)
            raise InputError(
                f"{display}: `{list_key}:` is not a block list (one `- ` item per entry); "
                "add the entry by hand"
            )
    raise InputError(f"{display}: has no top-level `{list_key}:` list")


def _content_end(node: yaml.Node, text: str) -> int:
    """The offset just after the last character of `node`'s content (comments excluded)."""
    if isinstance(node, yaml.MappingNode) and not node.flow_style and node.value:
        key, value = node.value[-1]
        return max(_content_end(key, text), _content_end(value, text))
    if isinstance(node, yaml.SequenceNode) and not node.flow_style and node.value:
        return _content_end(node.value[-1], text)
    end = node.end_mark.index
    # Block scalars and empty values end where the next token starts: step back over
    # the blank space (and only that) they took with them.
    while end > node.start_mark.index and text[end - 1] in " \t\r\n":
        end -= 1
    return end


def _line_end(text: str, offset: int) -> int:
    """The offset of the line break ending the line that holds `offset` (or the text's end)."""
    match = _NEWLINE.search(text, offset)
    return match.start() if match else len(text)


def _line_start(text: str, offset: int) -> int:
    return max(text.rfind("\n", 0, offset), text.rfind("\r", 0, offset)) + 1


def _dash_offset(text: str, item: yaml.Node) -> int:
    """The offset of the `-` that introduces a block list item."""
    index = item.start_mark.index - 1
    while index >= 0 and text[index] in " \t\r\n":
        index -= 1
    return index


def _rest_is_comment(text: str, start: int, end: int) -> bool:
    rest = text[start:end].strip()
    return not rest or rest.startswith("#")


def detect_layout(text: str, nodes: _ListNodes) -> Layout:
    """The layout of an existing list (defaults for an empty one)."""
    newline = "\r\n" if "\r\n" in text else ("\r" if "\r" in text and "\n" not in text else "\n")
    items = nodes.items
    if items is None:
        base = nodes.key.start_mark.column if nodes.key is not None else 0
        return Layout(dash=base + 2, newline=newline)
    first = items.value[0]
    dash = items.start_mark.column
    same_line = first.start_mark.line == items.start_mark.line
    gap = first.start_mark.column - dash - 1 if same_line else 1
    nested = 2
    for item in items.value:
        found = _nested_offset(item)
        if found is not None:
            nested = found
            break
    blank = 0
    if len(items.value) > 1:
        previous_end = _content_end(items.value[-2], text)
        dash_line = _line_start(text, _dash_offset(text, items.value[-1]))
        between = text[_line_end(text, previous_end) : dash_line]
        # The first piece is the rest of the previous item's last line, the last piece
        # the start of the `-` line: the lines in between are the separator.
        blank = sum(1 for line in _NEWLINE.split(between)[1:-1] if not line.strip())
    return Layout(dash=dash, gap=max(gap, 1), nested=nested, blank_lines=blank, newline=newline)


def _nested_offset(item: yaml.Node) -> int | None:
    if not isinstance(item, yaml.MappingNode):
        return None
    for key, value in item.value:
        if isinstance(value, yaml.SequenceNode) and not value.flow_style and value.value:
            return int(value.start_mark.column - key.start_mark.column)
    return None


@dataclass(frozen=True, slots=True)
class Edit:
    """A new text, where the new item's text is in it, and its first line."""

    text: str
    start: int  # the new item's text is text[start:end], without its final line break
    end: int
    line: int  # 1-based line of the new item's `-`

    @property
    def item(self) -> str:
        return self.text[self.start : self.end]


def append_item(text: str | None, list_key: str, fields: Fields, *, display: str) -> Edit:
    """`text` with a new item appended to its top-level `list_key:` list (created if absent)."""
    if text is None or not text.strip():
        prefix = text or ""
        layout = Layout()
        body = layout.newline.join(render_item(fields, layout))
        head = f"{prefix}{list_key}:{layout.newline}"
        return _edit(head + body + layout.newline, len(head), len(head) + len(body))
    nodes = _find_list(text, list_key, display)
    if nodes.root is None:  # only comments: start the list after them
        newline = "\r\n" if "\r\n" in text else "\n"
        head = text if text.endswith(("\n", "\r")) else text + newline
        layout = Layout(newline=newline)
        body = layout.newline.join(render_item(fields, layout))
        start = len(head) + len(list_key) + 1 + len(newline)
        return _edit(f"{head}{list_key}:{newline}{body}{newline}", start, start + len(body))
    layout = detect_layout(text, nodes)
    lines = render_item(fields, layout)
    if nodes.items is None:
        assert nodes.key is not None
        text, anchor = _open_empty_list(text, nodes)
        separator = layout.newline
    else:
        anchor = _content_end(nodes.items.value[-1], text)
        separator = layout.newline * (1 + layout.blank_lines)
    at = _line_end(text, anchor)
    if not _rest_is_comment(text, anchor, at):
        raise InputError(f"{display}: the last `{list_key}:` item shares its line; add by hand")
    inserted = separator + layout.newline.join(lines)
    return _edit(text[:at] + inserted + text[at:], at + len(separator), at + len(inserted))


def _open_empty_list(text: str, nodes: _ListNodes) -> tuple[str, int]:
    """Turn `key: []` into `key:`; return the text and the offset to insert after."""
    assert nodes.key is not None and nodes.root is not None
    value = next(v for k, v in nodes.root.value if k is nodes.key)
    key_end = nodes.key.end_mark.index
    if isinstance(value, yaml.SequenceNode):  # `key: []`
        text = text[:key_end] + ":" + text[value.end_mark.index :]
    return text, key_end + 1


def replace_item(
    text: str, list_key: str, index: int, fields: Fields, *, drop: Sequence[int] = (), display: str
) -> Edit:
    """`text` with item `index` of the list rewritten and the items in `drop` removed."""
    nodes = _find_list(text, list_key, display)
    assert nodes.items is not None
    layout = detect_layout(text, nodes)
    items = nodes.items.value
    spans = {index: _item_region(text, items[index])}
    for i in drop:
        spans[i] = _with_separator(text, *_item_region(text, items[i]))
    body = layout.newline.join(render_item(fields, layout))
    new_text = text
    for i in sorted(spans, key=lambda i: spans[i][0], reverse=True):
        start, end = spans[i]
        new_text = new_text[:start] + (body if i == index else "") + new_text[end:]
    kept_start = spans[index][0]
    removed = sum(end - start for i, (start, end) in spans.items() if end <= kept_start)
    return _edit(new_text, kept_start - removed, kept_start - removed + len(body))


def _item_region(text: str, item: yaml.Node) -> tuple[int, int]:
    """From the start of an item's `-` line to the end of its last content line."""
    start = _line_start(text, _dash_offset(text, item))
    return start, _line_end(text, _content_end(item, text))


def _with_separator(text: str, start: int, end: int) -> tuple[int, int]:
    """An item's region widened to its line break and the blank lines before it."""
    after = _NEWLINE.match(text, end)
    line_starts = [0, *(match.end() for match in _NEWLINE.finditer(text))]
    line = bisect.bisect_right(line_starts, start) - 1
    while line > 0 and not text[line_starts[line - 1] : line_starts[line]].strip():
        line -= 1
    return line_starts[line], after.end() if after else end


def _edit(text: str, start: int, end: int) -> Edit:
    line = text.count("\n", 0, start) + (text.count("\r", 0, start) if "\n" not in text else 0)
    return Edit(text, start, end, line + 1)


def list_items(text: str | None, list_key: str) -> YSeq:
    """The items of a file's top-level list as read (empty when the file has none)."""
    data = load_yaml(text).data if text and text.strip() else None
    items = data.get(list_key) if isinstance(data, YMap) else None
    return items if isinstance(items, YSeq) else YSeq((1, 1))


def item_ids(text: str | None, list_key: str) -> set[str]:
    """The `id:` values of a file's list items."""
    items = list_items(text, list_key)
    return {str(item["id"]) for item in items if isinstance(item, YMap) and "id" in item}


def check_edit(
    old: str | None,
    new: str,
    list_key: str,
    *,
    kept: Sequence[tuple[int, int]],
    written: Mapping[int, object],
    display: str,
) -> None:
    """Refuse an edit unless the new text reads as intended (see the module docstring).

    `kept` pairs an old item's index with its index in the new list; `written` maps
    the new list's indices of the written items to the models they must read as.
    """
    before = load_yaml(old) if old is not None and old.strip() else None
    if before is not None and before.problems:
        problem = before.problems[0]
        raise InputError(
            f"{display}:{problem.line}:{problem.col}: {problem.message}; fix the file first "
            "(vraem-claims lint lists its problems)"
        )
    after = load_yaml(new)
    failure = f"{display}: the edit would not read back as intended; nothing was written"
    if after.problems or not isinstance(after.data, YMap):
        raise InputError(failure)
    items = after.data.get(list_key)
    if not isinstance(items, YSeq) or len(items) != len(kept) + len(written):
        raise InputError(failure)
    old_root = before.data if before is not None and isinstance(before.data, YMap) else YMap((1, 1))
    old_items = old_root.get(list_key) or []
    if {k: v for k, v in old_root.items() if k != list_key} != {
        k: v for k, v in after.data.items() if k != list_key
    }:
        raise InputError(failure)
    if any(old_items[i] != items[j] for i, j in kept):
        raise InputError(failure)
    coerced = {id(c.parent) for c in after.coercions}
    for index, model in written.items():
        if coerced & set(_containers(items[index])):
            raise InputError(failure)  # YAML 1.1 would read a written value as another type
        try:
            if parse(type(model), items[index]) != model:
                raise InputError(failure)
        except ValidationError:
            raise InputError(failure) from None


def _containers(node: object) -> Iterator[int]:
    """The ids of `node` and every mapping and list inside it."""
    if isinstance(node, YMap | YSeq):
        yield id(node)
        for child in node.values() if isinstance(node, YMap) else node:
            yield from _containers(child)
