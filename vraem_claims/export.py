"""`export`: every claim with its fields and resolved citations, as json, jsonl or csv.

Offsets are Unicode code points into the source text decoded as UTF-8, so
`text[start:end]` gives back the matched passage; `line` and `col` are 1-based.
A quote joined by an ellipsis has one part per passage.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from typing import Any

from vraem_claims import __version__
from vraem_claims.anchoring import Match
from vraem_claims.claims import LoadedClaim
from vraem_claims.corpus import Corpus, Warn, load_corpus
from vraem_claims.models import dump
from vraem_claims.project import Project
from vraem_claims.quotechecks import CitationAnchor, anchor_citations

SCHEMA_VERSION = 1
FORMATS = ("json", "jsonl", "csv")
_FIELDS = (
    "id",
    "statement",
    "quantity",
    "value",
    "qualifier",
    "low",
    "high",
    "unit",
    "as_of",
    "place",
    "attributed_to",
    "tags",
    "notes",
)


def exported_claims(corpus: Corpus) -> Iterator[dict[str, Any]]:
    """Each claim as a plain record, with its citations resolved to offsets."""
    max_gap = corpus.project.settings.ellipsis_max_gap
    for loaded in corpus.claims:
        anchors = anchor_citations(loaded, corpus.catalog, max_gap=max_gap)
        yield claim_record(loaded, anchors)


def claim_record(loaded: LoadedClaim, anchors: tuple[CitationAnchor, ...]) -> dict[str, Any]:
    data = dump(loaded.claim)
    record: dict[str, Any] = {name: data.get(name) for name in _FIELDS}
    record["qualifier"] = (
        loaded.claim.effective_qualifier if loaded.claim.is_numeric else (loaded.claim.qualifier)
    )
    record["file"] = loaded.path
    record["line"] = loaded.line
    record["citations"] = [
        _citation(citation.quote, anchor)
        for citation, anchor in zip(loaded.claim.citations, anchors, strict=True)
    ]
    return record


def _citation(quote: str, anchor: CitationAnchor) -> dict[str, Any]:
    text = anchor.text
    resolution = anchor.resolution
    found = text is not None and resolution is not None and resolution.match is not Match.NOT_FOUND
    entry: dict[str, Any] = {
        "source": anchor.source_id,
        "source_file": text.display_path if text else None,
        "quote": quote,
        "match": resolution.match.value if resolution else "unresolved",
        "start": None,
        "end": None,
        "line": None,
        "col": None,
        "text": None,
        "parts": [],
    }
    if not found:
        return entry
    assert text is not None and resolution is not None
    line, col = text.line_col(resolution.start)
    entry.update(
        start=resolution.start,
        end=resolution.end,
        line=line,
        col=col,
        text=text.text[resolution.start : resolution.end],
        parts=[{"start": a, "end": b, "text": text.text[a:b]} for a, b in resolution.spans],
    )
    return entry


def render_export(corpus: Corpus, output_format: str) -> Iterator[str]:
    """The export, in chunks (jsonl and csv stream claim by claim)."""
    records = exported_claims(corpus)
    if output_format == "jsonl":
        for record in records:
            yield json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n"
    elif output_format == "csv":
        yield from _csv(records)
    else:
        document = {
            "schema_version": SCHEMA_VERSION,
            "tool": {"name": "vraem-claims", "version": __version__},
            "claims": list(records),
        }
        yield json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


_CSV_COLUMNS = (
    *_FIELDS,
    "file",
    "line",
    "citation",
    "source",
    "source_file",
    "match",
    "start",
    "end",
    "source_line",
    "source_col",
    "quote",
    "text",
)


def _csv(records: Iterator[dict[str, Any]]) -> Iterator[str]:
    """One row per citation, the claim's fields repeated (tags joined with `;`)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(_CSV_COLUMNS)
    for record in records:
        base = [_cell(record[name]) for name in (*_FIELDS, "file", "line")]
        for index, citation in enumerate(record["citations"]):
            writer.writerow(
                [
                    *base,
                    index,
                    citation["source"],
                    citation["source_file"],
                    citation["match"],
                    citation["start"],
                    citation["end"],
                    citation["line"],
                    citation["col"],
                    citation["quote"],
                    citation["text"],
                ]
            )
        yield buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()


def _cell(value: Any) -> Any:
    if isinstance(value, list):
        return ";".join(str(item) for item in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return value


def project_export(
    project: Project, output_format: str, *, warn: Warn | None = None
) -> Iterator[str]:
    """`vraem-claims export`: load the project and export every claim. `warn` hears what
    loading left out (see `corpus.left_out`)."""
    return render_export(load_corpus(project, warn=warn), output_format)
