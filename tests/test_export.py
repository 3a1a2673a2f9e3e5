"""export: offsets into the sources give back the matched text, for the whole corpus."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from vraem_claims.cli import app

from conftest import REPO, build_project


def run(runner: CliRunner, root: Path, *args: str):  # type: ignore[no-untyped-def]
    return runner.invoke(app, ["--project", str(root), "export", *args])


def test_offsets_round_trip_over_the_shipped_corpus(runner: CliRunner) -> None:
    result = run(runner, REPO, "--format", "json")
    assert result.exit_code == 0, result.stderr
    document = json.loads(result.stdout)
    assert document["schema_version"] == 1
    checked = 0
    for record in document["claims"]:
        for citation in record["citations"]:
            assert citation["match"] == "exact", (record["id"], citation)
            text = (REPO / citation["source_file"]).read_bytes().decode("utf-8")
            assert text[citation["start"] : citation["end"]] == citation["text"]
            for part in citation["parts"]:
                assert text[part["start"] : part["end"]] == part["text"]
            before = text[: citation["start"]]
            assert citation["line"] == before.count("\n") + 1
            assert citation["col"] == len(before) - (before.rfind("\n") + 1) + 1
            checked += 1
    assert checked >= 150


def test_jsonl_has_one_claim_per_line_and_csv_one_row_per_citation(runner: CliRunner) -> None:
    lines = run(runner, REPO, "--format", "jsonl").stdout.splitlines()
    records = [json.loads(line) for line in lines]
    rows = list(csv.DictReader(io.StringIO(run(runner, REPO, "--format", "csv").stdout)))
    assert len(rows) == sum(len(r["citations"]) for r in records)
    assert rows[0]["id"] == records[0]["id"] and rows[0]["start"].isdigit()


def test_crlf_and_non_ascii_offsets(runner: CliRunner, tmp_path: Path) -> None:
    root = build_project(tmp_path / "p")
    (root / "seeds" / "report-en.txt").write_bytes(
        "Línea uno\r\nLa Policía destruyó 7.500 hectáreas en Apurímac.\r\n".encode()
    )
    (root / "claims" / "c.yaml").write_text(
        "claims:\n  - id: coca\n    statement: 7,500 hectares eradicated.\n    value: 7500\n"
        "    citations:\n      - source: report-en\n        quote: destruyó 7.500 hectáreas\n",
        encoding="utf-8",
    )
    (citation,) = json.loads(run(runner, root, "--format", "jsonl").stdout)["citations"]
    assert (citation["line"], citation["col"]) == (2, 12)
    assert citation["text"] == "destruyó 7.500 hectáreas"


def test_output_file_and_unwritable_output(runner: CliRunner, tmp_path: Path) -> None:
    target = tmp_path / "claims.csv"
    assert run(runner, REPO, "--format", "csv", "--output", str(target)).exit_code == 0
    assert target.read_text(encoding="utf-8").startswith("id,statement,")
    bad = run(runner, REPO, "--output", str(tmp_path / "missing" / "x.json"))
    assert bad.exit_code == 2 and "cannot write" in bad.stderr


@pytest.mark.parametrize("output_format", ["json", "jsonl", "csv"])
def test_unresolved_quotes_are_exported_with_null_offsets(
    runner: CliRunner, tmp_path: Path, output_format: str
) -> None:
    root = build_project(tmp_path / "p")
    (root / "claims" / "c.yaml").write_text(
        "claims:\n  - id: wrong\n    statement: x\n    citations:\n"
        "      - source: report-en\n        quote: not in the source at all\n",
        encoding="utf-8",
    )
    result = run(runner, root, "--format", output_format)
    assert result.exit_code == 0
    assert "not_found" in result.stdout


def test_dates_and_periods_are_exported_as_the_file_writes_them(runner: CliRunner) -> None:
    records = {
        r["id"]: r
        for r in map(json.loads, run(runner, REPO, "--format", "jsonl").stdout.splitlines())
    }
    assert records["shining-path-leaders-captured-1990s"]["as_of"] == {
        "start": "1990",
        "end": "1999",
    }
    assert all(
        isinstance(r["as_of"], dict) or r["as_of"] is None or r["as_of"][:4].isdigit()
        for r in records.values()
    )
    rows = list(csv.DictReader(io.StringIO(run(runner, REPO, "--format", "csv").stdout)))
    period = next(row for row in rows if row["id"] == "shining-path-leaders-captured-1990s")
    assert json.loads(period["as_of"]) == {"start": "1990", "end": "1999"}
