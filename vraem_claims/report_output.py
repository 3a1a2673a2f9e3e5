"""Renderers of the conflict and duplicate reports: table, markdown, csv, json, html.

Every format is a view of the same report object; json is its versioned dump.
"""

from __future__ import annotations

import csv
import html
import io
import json
from collections.abc import Callable

from vraem_claims.report import ConflictReport, DuplicateReport, Marked, QuantityView

FORMATS = ("table", "markdown", "csv", "json", "html")
_COLUMNS = ["date", "value", "unit", "place", "attributed to", "source", "quote"]


def _rows(view: QuantityView, mark: Callable[[Marked], str]) -> list[list[str]]:
    return [
        [r.date, r.value, r.unit, r.place, r.attributed_to, r.source, mark(r.quote)]
        for r in view.rows
    ]


def _heading(view: QuantityView) -> str:
    verdict = f", {view.verdict}" if view.verdict else ""
    return f"{view.label} — {view.kind.replace('_', ' ')} [{view.status}{verdict}]"


def _notes(view: QuantityView) -> list[str]:
    lines = [
        f"{p['a']} vs {p['b']}: {p['kind'].replace('_', ' ')} — {p['reason']}" for p in view.pairs
    ]
    lines += [
        f"{c['value']}: {_count(c['independent'], 'independent attribution')} "
        f"({_count(c['claims'], 'claim')})"
        for c in view.corroboration
    ]
    if view.note:
        lines.append(f"review: {view.note}")
    return lines


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


def conflicts_table(report: ConflictReport, *, tablefmt: str = "simple") -> str:
    from tabulate import tabulate

    if not report.quantities:
        return "No quantities with disagreeing values.\n"
    blocks = []
    for view in report.quantities:
        table = tabulate(
            _rows(view, lambda q: _marked_text(q, "«", "»")),
            headers=_COLUMNS,
            tablefmt=tablefmt,
            maxcolwidths=[None, None, 12, 18, 18, None, 50],
        )
        notes = "".join(f"  - {line}\n" for line in _notes(view))
        blocks.append(f"{_heading(view)}\n{table}\n{notes}")
    return "\n".join(blocks) + f"\n{_summary(report)}\n"


def _summary(report: ConflictReport) -> str:
    kinds = report.to_dict()["summary"]["by_kind"]
    parts = ", ".join(f"{count} {kind.replace('_', ' ')}" for kind, count in kinds.items())
    count = len(report.quantities)
    return f"{count} {'quantity' if count == 1 else 'quantities'}: {parts}."


def _marked_text(quote: Marked, left: str, right: str) -> str:
    if not quote.number:
        return quote.text
    return f"{quote.before}{left}{quote.number}{right}{quote.after}"


def conflicts_markdown(report: ConflictReport, *, tablefmt: str = "github") -> str:
    from tabulate import tabulate

    lines = ["# Conflict report", ""]
    for view in report.quantities:
        lines += [f"## {_heading(view)}", ""]
        rows = _rows(view, lambda q: _marked_text(q, "**", "**").replace("|", "\\|"))
        lines += [tabulate(rows, headers=_COLUMNS, tablefmt="github"), ""]
        lines += [f"- {line}" for line in _notes(view)] + [""]
    lines.append(_summary(report))
    return "\n".join(lines) + "\n"


def conflicts_csv(report: ConflictReport, *, tablefmt: str = "") -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(
        [
            "quantity",
            "kind",
            "status",
            "claim_id",
            "date",
            "value",
            "unit",
            "place",
            "attributed_to",
            "source",
            "quote",
            "number",
            "location",
        ]
    )
    for view in report.quantities:
        for r in view.rows:
            writer.writerow(
                [
                    view.label,
                    view.kind,
                    view.status,
                    r.claim_id,
                    r.date,
                    r.value,
                    r.unit,
                    r.place,
                    r.attributed_to,
                    r.source,
                    r.quote.text,
                    r.quote.number,
                    r.location,
                ]
            )
    return buffer.getvalue()


def conflicts_json(report: ConflictReport, *, tablefmt: str = "") -> str:
    return json.dumps(report.to_dict(), indent=2, ensure_ascii=False, sort_keys=True) + "\n"


def conflicts_html(report: ConflictReport, *, tablefmt: str = "") -> str:
    """One self-contained page: no scripts, no network, no external assets."""
    sections = []
    for index, view in enumerate(report.quantities):
        cards = "".join(
            f'<div class="card"><div class="meta">{_e(r.date)} · {_e(r.value)} {_e(r.unit)}'
            f" · {_e(r.place)} · {_e(r.attributed_to or '—')} · <code>{_e(r.source)}</code>"
            f"</div><blockquote>{_e(r.quote.before)}<mark>{_e(r.quote.number)}</mark>"
            f'{_e(r.quote.after)}</blockquote><div class="id">{_e(r.claim_id)} — '
            f"{_e(r.location)}</div></div>"
            for r in view.rows
        )
        notes = "".join(f"<li>{_e(line)}</li>" for line in _notes(view))
        sections.append(
            f'<section id="q{index}"><h2>{_e(view.label)}</h2>'
            f'<p class="kind {_e(view.kind)}">{_e(view.kind.replace("_", " "))} · '
            f"{_e(view.status)}{(' · ' + _e(view.verdict)) if view.verdict else ''}</p>"
            f'{timeline_svg(view)}<div class="cards">{cards}</div><ul>{notes}</ul></section>'
        )
    body = "".join(sections) or "<p>No quantities with disagreeing values.</p>"
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        "<title>vraem-claims conflict report</title>"
        f"<style>{_CSS}</style></head><body><h1>Conflict report</h1>"
        f"<p>{_e(_summary(report))}</p>{body}</body></html>\n"
    )


_CSS = (
    "body{font-family:system-ui,sans-serif;max-width:1100px;margin:2em auto;padding:0 1em;"
    "color:#222}h2{margin-top:2em;border-bottom:1px solid #ccc}.kind{font-weight:bold}"
    ".contradiction{color:#b00}.scope_difference{color:#a60}.time_difference{color:#06a}"
    ".rounding{color:#555}.cards{display:flex;flex-wrap:wrap;gap:1em}.card{flex:1 1 300px;"
    "border:1px solid #ddd;border-radius:6px;padding:.6em}.meta,.id{font-size:.85em;"
    "color:#555}blockquote{margin:.5em 0}mark{background:#ffe066;font-weight:bold}"
    "svg{background:#fafafa;border:1px solid #eee}"
)


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def timeline_svg(view: QuantityView, *, width: int = 640, height: int = 160) -> str:
    """Each claim's interval against its date, as inline SVG (open bounds drawn as arrows)."""
    finite = [v for r in view.rows for v in (r.low, r.high) if v is not None]
    top = max(finite) if finite else 1.0
    top = top * 1.15 or 1.0
    count = len(view.rows)
    step = (width - 80) / max(count - 1, 1)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img" aria-label="timeline">'
    ]
    base = height - 30

    def y(value: float) -> float:
        return base - (value / top) * (base - 15)

    parts.append(f'<line x1="40" y1="{base}" x2="{width - 20}" y2="{base}" stroke="#999"/>')
    for index, row in enumerate(view.rows):
        x = 40 + index * step if count > 1 else width / 2
        low = y(row.low)
        high = y(row.high) if row.high is not None else 8.0
        arrow = (
            ""
            if row.high is not None
            else (
                f'<path d="M{x - 5:.1f},14 L{x:.1f},6 L{x + 5:.1f},14" fill="none" stroke="#06a"/>'
            )
        )
        parts.append(
            f'<line x1="{x:.1f}" y1="{low:.1f}" x2="{x:.1f}" y2="{high:.1f}" stroke="#06a" '
            f'stroke-width="6" stroke-linecap="round"><title>{_e(row.claim_id)}: '
            f"{_e(row.value)}</title></line>{arrow}"
            f'<text x="{x:.1f}" y="{base + 14}" font-size="10" text-anchor="middle">'
            f"{_e(row.date.split('..')[0][:10])}</text>"
        )
    parts.append("</svg>")
    return "".join(parts)


CONFLICT_RENDERERS: dict[str, Callable[..., str]] = {
    "table": conflicts_table,
    "markdown": conflicts_markdown,
    "csv": conflicts_csv,
    "json": conflicts_json,
    "html": conflicts_html,
}


def duplicates_table(report: DuplicateReport, *, tablefmt: str = "simple") -> str:
    from tabulate import tabulate

    if not report.pairs:
        return "No duplicate claims.\n"
    rows = [
        [f"{p.score:.2f}", p.keep, p.merge, "; ".join(p.reasons), p.status] for p in report.pairs
    ]
    table = tabulate(
        rows,
        headers=["score", "keep", "merge into it", "why", "status"],
        tablefmt=tablefmt,
        maxcolwidths=[None, None, None, 50, None],
        disable_numparse=True,
    )
    hint = (
        "\nMerge: move the citations of the second claim into the first and delete the "
        "second, or record `distinct_facts` with `vraem-claims review`.\n"
    )
    return f"{table}\n{hint}{len(report.pairs)} duplicate pairs.\n"


def duplicates_markdown(report: DuplicateReport, *, tablefmt: str = "github") -> str:
    return duplicates_table(report, tablefmt="github")


def duplicates_csv(report: DuplicateReport, *, tablefmt: str = "") -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(
        ["score", "keep", "merge", "reasons", "status", "keep_location", "merge_location"]
    )
    for p in report.pairs:
        writer.writerow(
            [
                f"{p.score:.2f}",
                p.keep,
                p.merge,
                "; ".join(p.reasons),
                p.status,
                p.keep_location,
                p.merge_location,
            ]
        )
    return buffer.getvalue()


def duplicates_json(report: DuplicateReport, *, tablefmt: str = "") -> str:
    return json.dumps(report.to_dict(), indent=2, ensure_ascii=False, sort_keys=True) + "\n"


def duplicates_html(report: DuplicateReport, *, tablefmt: str = "") -> str:
    rows = "".join(
        f"<tr><td>{p.score:.2f}</td><td>{_e(p.keep)}<br><small>{_e(p.keep_statement)}</small>"
        f"</td><td>{_e(p.merge)}<br><small>{_e(p.merge_statement)}</small></td>"
        f"<td>{_e('; '.join(p.reasons))}</td><td>{_e(p.status)}</td></tr>"
        for p in report.pairs
    )
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>vraem-claims duplicates</title><style>{_CSS}</style></head><body>"
        "<h1>Duplicate claims</h1><table><tr><th>score</th><th>keep</th><th>merge</th>"
        f"<th>why</th><th>status</th></tr>{rows}</table></body></html>\n"
    )


DUPLICATE_RENDERERS: dict[str, Callable[..., str]] = {
    "table": duplicates_table,
    "markdown": duplicates_markdown,
    "csv": duplicates_csv,
    "json": duplicates_json,
    "html": duplicates_html,
}
