"""The conflict and duplicate reports on the shipped corpus, in every format."""

from __future__ import annotations

import csv
import io
import json

import pytest
from typer.testing import CliRunner

from vraem_claims.cli import app
from vraem_claims.corpus import load_corpus
from vraem_claims.project import find_project
from vraem_claims.report import mark_number, project_conflicts, project_duplicates

from conftest import REPO


def run(runner: CliRunner, *args: str):  # type: ignore[no-untyped-def]
    return runner.invoke(app, ["--project", str(REPO), *args])


def test_airstrips_form_a_series_not_a_contradiction() -> None:
    report = project_conflicts(find_project(REPO), kinds=["time_difference", "contradiction"])
    (strips,) = [q for q in report.quantities if q.label.startswith("clandestine landing strips")]
    assert strips.kind == "time_difference"
    assert [(row.value, row.date) for row in strips.rows] == [("263", "2014"), ("70", "2020-10-14")]
    assert [row.quote.number for row in strips.rows] == ["263", "70"]


def test_departments_and_named_regions_are_surfaced() -> None:
    report = project_conflicts(find_project(REPO))
    (regions,) = [q for q in report.quantities if "departments" in q.label]
    assert [row.value for row in regions.rows] == ["4 (Junin, Huancavelica, Apurimac, Cusco)", "5"]


def test_no_contradiction_is_left_open_in_the_shipped_corpus() -> None:
    report = project_conflicts(find_project(REPO), kinds=["contradiction"], status="open")
    assert report.quantities == []


def test_the_421_kg_seizure_told_twice_is_a_duplicate_and_other_seizures_are_not() -> None:
    pairs = {(p.keep, p.merge) for p in project_duplicates(find_project(REPO)).pairs}
    assert (
        "seizure-cocaine-ayacucho-2020-10-14-caption",
        "seizure-cocaine-ayacucho-2020-10-14-body",
    ) in pairs or (
        "seizure-cocaine-ayacucho-2020-10-14-body",
        "seizure-cocaine-ayacucho-2020-10-14-caption",
    ) in pairs
    flat = {claim_id for pair in pairs for claim_id in pair}
    assert not flat & {
        "seizure-cocaine-la-mar-2014-12-09",
        "seizure-cocaine-plane-pangoa-2014-12-04",
        "seizure-cocaine-boats-junin-2014-12",
    }


def test_json_is_versioned_and_equals_the_report(runner: CliRunner) -> None:
    result = run(runner, "conflicts", "--format", "json")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data == project_conflicts(find_project(REPO)).to_dict()
    assert data["schema_version"] == 1
    assert data["summary"]["quantities"] == len(data["quantities"])


def test_html_is_one_self_contained_page(runner: CliRunner) -> None:
    page = run(runner, "conflicts", "--format", "html").stdout
    assert page.startswith("<!DOCTYPE html>")
    assert "<svg" in page and "<mark>263</mark>" in page
    for outside in ("<script", "http://", "https://", "<link", "src="):
        assert outside not in page.replace('xmlns="http://www.w3.org/2000/svg"', "")


def test_csv_has_one_row_per_claim(runner: CliRunner) -> None:
    rows = list(csv.DictReader(io.StringIO(run(runner, "conflicts", "--format", "csv").stdout)))
    report = project_conflicts(find_project(REPO))
    assert len(rows) == sum(len(q.rows) for q in report.quantities)
    assert {"quantity", "kind", "claim_id", "quote", "number"} <= set(rows[0])


@pytest.mark.parametrize("tablefmt", ["grid", "github", "pipe", "rst"])
def test_any_tabulate_format(runner: CliRunner, tablefmt: str) -> None:
    result = run(runner, "conflicts", "--tablefmt", tablefmt)
    assert result.exit_code == 0
    assert "clandestine landing strips destroyed" in result.stdout


def test_unknown_tablefmt_and_kind_are_usage_errors(runner: CliRunner) -> None:
    bad = run(runner, "conflicts", "--tablefmt", "fancy")
    assert bad.exit_code == 2 and "unknown format `fancy`" in bad.stderr
    bad = run(runner, "conflicts", "--kind", "disagreement")
    assert bad.exit_code == 2 and "unknown kind `disagreement`" in bad.stderr


def test_filters(runner: CliRunner) -> None:
    only = run(runner, "conflicts", "--quantity", "landing strips", "--format", "json").stdout
    labels = [q["label"] for q in json.loads(only)["quantities"]]
    assert labels == ["clandestine landing strips destroyed"]
    by_source = run(
        runner, "conflicts", "--source", "ceeep-2024-mapping-strategies", "--format", "json"
    ).stdout
    assert all(
        any(r["source"] == "ceeep-2024-mapping-strategies" for r in q["rows"])
        for q in json.loads(by_source)["quantities"]
    )


def test_duplicates_formats(runner: CliRunner) -> None:
    table = run(runner, "duplicates")
    assert table.exit_code == 0
    assert "seizure-cocaine-ayacucho-2020-10-14-caption" in table.stdout.replace("\n", "")
    data = json.loads(run(runner, "duplicates", "--format", "json").stdout)
    assert data == project_duplicates(find_project(REPO)).to_dict()


def test_mark_number_finds_the_stated_figure() -> None:
    marked = mark_number("So far [October 14, 2020], we’ve neutralized 70,", 70, "en")
    assert (marked.number, marked.after) == ("70", ",")
    assert mark_number("no number here", 5, "en").number == ""


def test_corpus_loads_once_per_command() -> None:
    corpus = load_corpus(find_project(REPO))
    assert len({c.id for c in corpus.claims}) == len(corpus.claims)
