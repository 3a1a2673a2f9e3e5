"""Applying safe fixes (`lint --fix`): scalar rewrites verified by parsing before writing."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from vraem_claims.errors import InputError
from vraem_claims.findings import Edit
from vraem_claims.project import Project
from vraem_claims.storage import locked_update
from vraem_claims.yamlload import BOM, YMap, YSeq, decode_utf8, load_yaml


def apply_fixes(project: Project, edits: list[Edit]) -> int:
    """Apply the edits file by file; returns how many were applied."""
    by_path: dict[str, list[Edit]] = defaultdict(list)
    for edit in edits:
        by_path[edit.path].append(edit)
    applied = 0
    for path, file_edits in sorted(by_path.items()):
        target = project.root / path
        if not project.contains(target):
            raise InputError(f"{path}: refusing to write outside the project")

        def update(
            current: bytes | None, edits: list[Edit] = file_edits, name: str = path
        ) -> bytes:
            return rewrite(current or b"", edits, name)

        locked_update(target, update)
        applied += len(file_edits)
    return applied


def rewrite(data: bytes, edits: list[Edit], path: str) -> bytes:
    """The file with its edits applied, or an error when the result would not read as intended."""
    text, problem = decode_utf8(data)
    if text is None:
        raise InputError(f"{path}: {problem.message if problem else 'not UTF-8'}")
    before = load_yaml(text)
    if before.problems or before.data is None:
        raise InputError(f"{path}: changed since it was checked; run lint again")
    wanted = {edit.start: edit for edit in edits}
    expected = _expected(before.data, wanted)
    new_text = text
    for edit in sorted(edits, key=lambda e: e.start, reverse=True):
        new_text = new_text[: edit.start] + edit.text + new_text[edit.end :]
    after = load_yaml(new_text)
    if after.problems or _plain(after.data) != expected:
        raise InputError(
            f"{path}: a fix would change more than the quote it fixes; nothing was written"
        )
    return (BOM if data.startswith(BOM) else b"") + new_text.encode("utf-8")


def _expected(node: Any, edits: dict[int, Edit]) -> Any:
    """Plain data of `node` with the edited scalars replaced by their new values."""
    if isinstance(node, YMap):
        result = {}
        for key, value in node.items():
            span = node.spans.get(key)
            edit = edits.get(span[0]) if span else None
            result[key] = edit.value if edit else _expected(value, edits)
        return result
    if isinstance(node, YSeq):
        items = []
        for index, value in enumerate(node):
            span = node.spans.get(index)
            edit = edits.get(span[0]) if span else None
            items.append(edit.value if edit else _expected(value, edits))
        return items
    return node


def _plain(node: Any) -> Any:
    return _expected(node, {})
