"""From a YAML file on disk to validated models, with every problem as a positioned finding.

Shared by claim files and `seeds/sources.yaml`: read bytes safely, decode UTF-8,
parse with positions, check the top-level shape, undo YAML 1.1 coercions where a
string was meant, then validate each list item on its own so one bad item never
hides the others.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Generic, TypeVar

from pydantic import ValidationError
from pydantic_core import ErrorDetails

from vraem_claims.errors import InputError
from vraem_claims.findings import Finding, Location
from vraem_claims.models import SLUG_PATTERN, SLUG_RULE, parse
from vraem_claims.rules import finding
from vraem_claims.yamlload import (
    BOM,
    Coercion,
    Position,
    YamlLimits,
    YMap,
    YSeq,
    decode_utf8,
    load_yaml,
)

M = TypeVar("M")
_GROUPED = re.compile(r"[-+]?[0-9]{1,3}(?:\.[0-9]{3})+")

# Fields whose values are text: a YAML 1.1 coercion there is undone (the text as
# written is kept) and reported as a warning. Elsewhere the coerced value stays.
TEXT_FIELDS = frozenset(
    {
        "id",
        "statement",
        "quantity",
        "unit",
        "place",
        "attributed_to",
        "notes",
        "source",
        "quote",
        "tags",
        "file",
        "title",
        "publisher",
        "author",
        "language",
        "url",
        "reliability",
    }
)


@dataclass(slots=True)
class LoadedFile:
    """A YAML file parsed and shape-checked; `items` is its top-level list, or None."""

    path: Path
    display_path: str
    text: str | None = None
    items: YSeq | YMap | None = None
    list_key: str = ""
    findings: list[Finding] = field(default_factory=list)
    has_bom: bool = False


@dataclass(slots=True)
class ItemResult(Generic[M]):
    model: M | None
    node: YMap
    position: Position
    field_positions: dict[str, Position]
    findings: list[Finding]


def read_yaml_file(
    path: Path,
    display_path: str,
    *,
    list_key: str,
    max_file_size: int,
    limits: YamlLimits,
    container: type[YSeq] | type[YMap] = YSeq,
) -> LoadedFile:
    """Read, decode and parse `path`; expect a mapping with a `list_key:` list (or mapping)."""
    loaded = LoadedFile(path, display_path, list_key=list_key)
    here = Location(display_path)
    try:
        size = path.stat().st_size
        if path.is_dir():
            loaded.findings.append(finding("F001", "is a directory, not a file", here))
            return loaded
        if size > max_file_size:
            loaded.findings.append(
                finding(
                    "Y005", f"file is {size:,} bytes, over max-file-size ({max_file_size:,})", here
                )
            )
            return loaded
        data = path.read_bytes()
    except OSError as exc:
        loaded.findings.append(finding("F001", f"cannot read: {exc.strerror or exc}", here))
        return loaded
    loaded.has_bom = data.startswith(BOM)
    text, problem = decode_utf8(data)
    if problem is not None or text is None:
        assert problem is not None
        loaded.findings.append(_problem_finding(problem, display_path))
        return loaded
    loaded.text = text
    document = load_yaml(text, limits=limits)
    loaded.findings.extend(_problem_finding(p, display_path) for p in document.problems)
    if document.data is None:
        if not document.problems:
            loaded.findings.append(finding("Y011", "the file holds no YAML document", here))
        return loaded
    root = document.data
    if not isinstance(root, YMap):
        loaded.findings.append(
            finding(
                "Y004",
                f"expected a mapping with a `{list_key}:` list at the top level, "
                f"found {_shape(root)}",
                here,
            )
        )
        return loaded
    for key, position in root.key_pos.items():
        if key != list_key:
            loaded.findings.append(
                finding(
                    "S001",
                    f"unknown top-level key `{key}` (expected only `{list_key}:`)",
                    Location(display_path, *position),
                    field=key,
                )
            )
    items = root.get(list_key)
    if list_key not in root:
        loaded.findings.append(
            finding(
                "S003",
                f"missing the top-level `{list_key}:` list",
                Location(display_path, *root.pos),
                field=list_key,
            )
        )
        return loaded
    if items is None:
        items = container(root.value_pos[list_key])  # `claims:` with nothing under it yet
    if not isinstance(items, container):
        wanted = "a list" if container is YSeq else "a mapping"
        loaded.findings.append(
            finding(
                "Y004",
                f"`{list_key}:` must be {wanted}, found {_shape(items)}",
                Location(display_path, *root.value_pos[list_key]),
                field=list_key,
            )
        )
        return loaded
    loaded.findings.extend(_undo_coercions(document.coercions, display_path))
    loaded.items = items
    return loaded


def model_or_error(model: type[M], values: Mapping[str, Any], *, as_options: bool) -> M:
    """`values` (None values left out) as `model`, or an InputError naming the first field
    at fault, as a command-line option (`--published`) or as a field (`value`)."""
    try:
        return parse(model, {k: v for k, v in values.items() if v is not None})
    except ValidationError as exc:
        error = exc.errors(include_url=False)[0]
        where = ".".join(str(part) for part in error["loc"]) or model.__name__.lower()
        label = f"--{where}" if as_options else f"`{where}`"
        raise InputError(f"{label}: {error['msg']}") from None


def validate_items(
    loaded: LoadedFile, model: type[M], *, list_key: str, error_code: str | None = None
) -> Iterator[ItemResult[M]]:
    """Validate each item of `loaded.items` as `model`, on its own."""
    assert isinstance(loaded.items, YSeq)
    for index, item in enumerate(loaded.items):
        position = loaded.items.item_pos[index]
        if not isinstance(item, YMap):
            problem = finding(
                "Y004",
                f"each entry of `{list_key}:` must be a mapping, found {_shape(item)}",
                Location(loaded.display_path, *position),
            )
            yield ItemResult(None, YMap(position), position, {}, [problem])
            continue
        try:
            result = parse(model, item)
        except ValidationError as exc:
            findings = [
                _error_finding(error, item, loaded.display_path, error_code)
                for error in exc.errors(include_url=False)
            ]
            yield ItemResult(None, item, item.pos, dict(item.value_pos), findings)
            continue
        yield ItemResult(result, item, item.pos, dict(item.value_pos), [])


# pydantic's error types for a key the record does not have (models say
# extra_forbidden, dataclasses unexpected_keyword_argument), and for a value of the
# wrong shape, with what was wanted.
_UNKNOWN_FIELD = frozenset({"extra_forbidden", "unexpected_keyword_argument"})
_WANTED = {
    "string_type": "a string",
    "list_type": "a list",
    "tuple_type": "a list",
    "dict_type": "a mapping",
    "model_type": "a mapping",
    "model_attributes_type": "a mapping",
    "dataclass_type": "a mapping",
}

_ERROR_CODES = {
    "extra_forbidden": "S001",
    "unexpected_keyword_argument": "S001",
    "missing": "S003",
    "invalid_date": "S004",
    "literal_error": "S006",
    "invalid_number": "S009",
    "string_pattern_mismatch": "S011",
}


def invalid_id(claim_id: str, location: Location) -> Finding | None:
    """S011 for a claim id that is not a slug, or None. Claims with such ids still load
    (see `models.Claim.id`); an entry rejected for another reason gets it too."""
    if _SLUG.fullmatch(claim_id):
        return None
    return finding(
        "S011", f"`id` must be a slug ({SLUG_RULE})", location, claim_id=claim_id, field="id"
    )


_SLUG = re.compile(SLUG_PATTERN)


def _error_finding(
    error: ErrorDetails, item: YMap, display_path: str, error_code: str | None
) -> Finding:
    loc = error["loc"]
    position, field_name = _locate(item, loc, key_position=error["type"] in _UNKNOWN_FIELD)
    code = _ERROR_CODES.get(error["type"], "S002")
    if error["type"] == "too_short" and loc and loc[-1] == "citations":
        code = "S003"
    if code == "S011" and loc != ("id",):
        code = "S002"
    message = _message(error, field_name)
    item_id = item.get("id")
    claim_id = item_id if isinstance(item_id, str) else None
    if error_code is not None:  # sources.yaml: one code for all metadata problems
        label = f"source `{claim_id}`: " if claim_id else ""
        return finding(
            error_code, label + message, Location(display_path, *position), field=field_name
        )
    return finding(
        code, message, Location(display_path, *position), claim_id=claim_id, field=field_name
    )


def _message(error: ErrorDetails, field_name: str) -> str:
    kind = error["type"]
    if kind in _UNKNOWN_FIELD:
        return f"unknown field `{field_name}`"
    if kind == "missing":
        return f"missing required field `{field_name}`"
    if kind == "too_short" and field_name.endswith("citations"):
        return "a claim needs at least one citation"
    if kind == "string_too_short":
        return f"`{field_name}` must not be empty"
    if kind == "string_pattern_mismatch" and field_name == "language":
        return f"`language` `{error['input']}` is not a language code such as en, es or es-PE"
    if kind == "string_pattern_mismatch":
        return f"`{field_name}` must be a slug ({SLUG_RULE})"
    if kind == "literal_error":
        expected = (error.get("ctx") or {}).get("expected", "")
        return f"`{field_name}` must be one of {expected}"
    wanted = _WANTED.get(kind)
    if wanted:
        return f"`{field_name}` must be {wanted}, found {_shape(error['input'])}"
    return f"`{field_name}`: {error['msg']}"


def _locate(item: YMap, loc: tuple[int | str, ...], *, key_position: bool) -> tuple[Position, str]:
    """The position in the file of the value at `loc`, and a readable field name."""
    node: Any = item
    position = item.pos
    name = ""
    for part in loc:
        if isinstance(node, YMap) and isinstance(part, str) and part in node:
            position = node.key_pos[part] if key_position else node.value_pos[part]
            node = node[part]
            name = f"{name}.{part}" if name else part
        elif isinstance(node, YSeq) and isinstance(part, int) and 0 <= part < len(node):
            position = node.item_pos[part]
            node = node[part]
            name = f"{name}[{part}]"
        else:
            name = (
                f"{name}.{part}"
                if name and isinstance(part, str)
                else (f"{name}[{part}]" if isinstance(part, int) else str(part))
            )
            break
    return position, name or "(entry)"


def _undo_coercions(coercions: list[Coercion], display_path: str) -> list[Finding]:
    found = []
    for coercion in coercions:
        field_name = coercion.field or str(coercion.key)
        as_text = isinstance(coercion.value, bool) or field_name in TEXT_FIELDS
        if as_text:
            coercion.parent[coercion.key] = coercion.raw  # type: ignore[index]  # key fits parent
            advice = f"read as the text `{coercion.raw}`; quote it to say so"
        else:
            advice = _number_advice(coercion)
        found.append(
            finding(
                "Y003",
                f"`{field_name}`: {coercion.reason}; {advice}",
                Location(display_path, coercion.line, coercion.col),
                field=field_name,
            )
        )
    return found


def _number_advice(coercion: Coercion) -> str:
    value = coercion.value
    if isinstance(value, float) and not math.isfinite(value):
        return "write the number the source states"
    if isinstance(value, float) and _GROUPED.fullmatch(coercion.raw):
        grouped = int(coercion.raw.replace(".", "").lstrip("+"))
        return f"if the dot groups thousands write {grouped}, otherwise write {value:g}"
    return f"write {value:g} to say so, or quote the text"


def _problem_finding(problem: Any, display_path: str) -> Finding:
    return finding(problem.code, problem.message, Location(display_path, problem.line, problem.col))


def _shape(value: Any) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, bool):
        return f"the boolean {str(value).lower()}"
    if isinstance(value, int | float):
        return f"the number {value}"
    return f"the text `{value}`" if len(str(value)) < 40 else "a text"
