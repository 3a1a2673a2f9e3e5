"""Renderers for a lint report: full, concise, json, sarif, github; and --statistics.

JSON is the report's model dump (sorted, deterministic, versioned); the other
formats are views of the same data.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from vraem_claims import __version__
from vraem_claims.findings import Finding, Severity
from vraem_claims.lint_report import LintReport
from vraem_claims.rules import RULES

SCHEMA_VERSION = 1
SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
INFORMATION_URI = "https://github.com/vraem-claims/vraem-claims"


def report_to_dict(report: LintReport) -> dict[str, Any]:
    """The versioned JSON object for a lint report."""
    return {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": "vraem-claims", "version": __version__},
        "summary": {
            "files": report.files,
            "claims": report.claims,
            "sources": report.sources,
            "findings": len(report.findings),
            "fixed": report.fixed,
            "by_severity": {s.value: report.count(s) for s in Severity},
            "by_rule": report.by_rule(),
        },
        "diagnostics": [_finding_dict(item) for item in report.findings],
    }


def _finding_dict(item: Finding) -> dict[str, Any]:
    loc = item.location
    return {
        "code": item.code,
        "name": RULES[item.code].name,
        "severity": item.severity.value,
        "message": item.message,
        "path": loc.path,
        "line": loc.line,
        "col": loc.col,
        "claim_id": item.claim_id,
        "field": item.field,
        "details": dict(item.details),
        "related": [{"path": r.path, "line": r.line, "col": r.col} for r in item.related],
        "fixable": item.fix is not None,
    }


def render_json(report: LintReport, cwd: Path) -> str:
    return json.dumps(report_to_dict(report), indent=2, ensure_ascii=False) + "\n"


def _display(report: LintReport, path: str, cwd: Path) -> str:
    absolute = report.root / path
    relative = os.path.relpath(absolute, cwd)
    return path if relative == path else relative


def _one_line(text: str) -> str:
    """`text` with control characters written as escapes: a claim id or a quote holding a
    line break must not split a finding over two lines (review)."""
    return _CONTROL.sub(lambda match: repr(match.group())[1:-1], text)


_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def render_concise(report: LintReport, cwd: Path) -> str:
    lines = [
        f"{_display(report, item.location.path, cwd)}:{item.location.line}:{item.location.col}: "
        f"{item.code} [{item.severity.value}] {_one_line(item.message)} "
        f"({RULES[item.code].name})"
        for item in report.findings
    ]
    return "".join(line + "\n" for line in lines)


def render_full(report: LintReport, cwd: Path) -> str:
    blocks = []
    for item in report.findings:
        loc = item.location
        head = (
            f"{_display(report, loc.path, cwd)}:{loc.line}:{loc.col}: {item.code} "
            f"[{item.severity.value}] {_one_line(item.message)} ({RULES[item.code].name})"
        )
        rows: list[tuple[str, str]] = []
        if item.claim_id:
            claim = _one_line(item.claim_id)
            rows.append(("claim", claim + (f" ({item.field})" if item.field else "")))
        rows.extend(item.details)
        rows.extend(
            ("see", f"{_display(report, r.path, cwd)}:{r.line}:{r.col}") for r in item.related
        )
        rows.append(("fix", RULES[item.code].fix + (" [--fix]" if item.fix else "")))
        width = max(len(label) for label, _ in rows)
        body = "".join(f"  {label + ':':<{width + 1}} {text}\n" for label, text in rows)
        blocks.append(head + "\n" + body)
    return "\n".join(blocks) + ("\n" if blocks else "") + summary_line(report) + "\n"


def summary_line(report: LintReport) -> str:
    counts = ", ".join(
        _plural(report.count(s), s.value) for s in (Severity.ERROR, Severity.WARNING, Severity.INFO)
    )
    fixed = f"; fixed {report.fixed}" if report.fixed else ""
    return (
        f"{counts} in {_plural(report.files, 'file')} ({_plural(report.claims, 'claim')}, "
        f"{_plural(report.sources, 'source')}){fixed}."
    )


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 or word == "info" else f"{count} {word}s"


def render_github(report: LintReport, cwd: Path) -> str:
    levels = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}
    lines = []
    for item in report.findings:
        loc = item.location
        properties = ",".join(
            [
                f"file={_escape_property(_display(report, loc.path, cwd))}",
                f"line={loc.line}",
                f"col={loc.col}",
                f"title={_escape_property(f'{item.code} {RULES[item.code].name}')}",
            ]
        )
        lines.append(f"::{levels[item.severity]} {properties}::{_escape_data(item.message)}")
    return "".join(line + "\n" for line in lines)


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def render_sarif(report: LintReport, cwd: Path) -> str:
    """SARIF 2.1.0 as GitHub code scanning reads it."""
    base = _repository_root(report.root)
    prefix = report.root.relative_to(base).as_posix() if base != report.root else ""
    codes = sorted(RULES)
    index = {code: i for i, code in enumerate(codes)}
    levels = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
    rules = [
        {
            "id": code,
            "name": RULES[code].name,
            "shortDescription": {"text": RULES[code].summary},
            "fullDescription": {"text": RULES[code].why},
            "help": {
                "text": f"{RULES[code].summary}\n\nFix: {RULES[code].fix}",
                "markdown": f"{RULES[code].summary}\n\n**Fix:** {RULES[code].fix}",
            },
            "defaultConfiguration": {"level": levels[RULES[code].severity]},
            "properties": {"tags": [RULES[code].name.split("-")[0]]},
        }
        for code in codes
    ]
    results = []
    for item in report.findings:
        uri = f"{prefix}/{item.location.path}" if prefix else item.location.path
        results.append(
            {
                "ruleId": item.code,
                "ruleIndex": index[item.code],
                "level": levels[item.severity],
                "message": {"text": item.message},
                "locations": [
                    {
                        "physicalLocation": {
                            "artifactLocation": {"uri": uri, "uriBaseId": "SRCROOT"},
                            "region": {
                                "startLine": item.location.line,
                                "startColumn": item.location.col,
                            },
                        }
                    }
                ],
                "partialFingerprints": {"vraemClaims/v1": _fingerprint(item)},
            }
        )
    sarif = {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "vraem-claims",
                        "version": __version__,
                        "informationUri": INFORMATION_URI,
                        "rules": rules,
                    }
                },
                "originalUriBaseIds": {"SRCROOT": {"uri": base.as_uri() + "/"}},
                "results": results,
            }
        ],
    }
    return json.dumps(sarif, indent=2, ensure_ascii=False) + "\n"


def _fingerprint(item: Finding) -> str:
    """Stable across unrelated edits: no line numbers, only what the finding is about."""
    key = "\x1f".join(
        [
            item.code,
            item.location.path,
            item.claim_id or "",
            item.field or "",
            item.message if item.claim_id is None else "",
        ]
    )
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]


def _repository_root(root: Path) -> Path:
    for folder in (root, *root.parents):
        if (folder / ".git").exists():
            return folder
    return root


def render_statistics(report: LintReport) -> str:
    from tabulate import tabulate

    rows = [
        [
            count,
            code,
            RULES[code].name,
            RULES[code].severity.value,
            "yes" if RULES[code].fixable else "",
        ]
        for code, count in sorted(report.by_rule().items(), key=lambda kv: (-kv[1], kv[0]))
    ]
    if not rows:
        return ""
    return tabulate(rows, headers=["count", "code", "name", "severity", "fixable"]) + "\n"


RENDERERS: dict[str, Callable[[LintReport, Path], str]] = {
    "full": render_full,
    "concise": render_concise,
    "json": render_json,
    "sarif": render_sarif,
    "github": render_github,
}
