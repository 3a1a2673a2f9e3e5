"""coverage: numeric mentions no claim cites, with a reasoned exclusion list."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from vraem_claims.cli import app

from conftest import REPO, build_project


def run(runner: CliRunner, root: Path, *args: str):  # type: ignore[no-untyped-def]
    return runner.invoke(app, ["--project", str(root), "coverage", *args])


def test_shipped_corpus_is_covered_above_95_percent(runner: CliRunner) -> None:
    result = run(runner, REPO, "--fail-under", "95")
    assert result.exit_code == 0, result.stdout
    data = json.loads(run(runner, REPO, "--format", "json").stdout)
    assert data["summary"]["share"] >= 95
    assert data["summary"]["assertions"] > 80


def covered_project(tmp_path: Path, exclusions: str = "") -> Path:
    root = build_project(tmp_path / "p")
    (root / "claims" / "c.yaml").write_text(
        "claims:\n  - id: strips\n    statement: 263 strips.\n    value: 263\n"
        "    citations:\n      - source: report-en\n"
        "        quote: Antinarcotics Police have destroyed or disabled 263 clandestine landing\n",
        encoding="utf-8",
    )
    if exclusions:
        (root / "seeds" / "coverage-exclusions.yaml").write_text(exclusions, encoding="utf-8")
    return root


def test_uncovered_mentions_are_listed_with_line_and_context(
    runner: CliRunner, tmp_path: Path
) -> None:
    result = run(runner, covered_project(tmp_path), "--format", "json")
    data = json.loads(result.stdout)
    report_en = next(s for s in data["sources"] if s["source"] == "report-en")
    assert report_en["covered"] == 1
    texts = [m["text"] for m in report_en["uncovered"]]
    assert "74,000 square miles" in texts and "263" not in " ".join(texts)
    first = report_en["uncovered"][0]
    assert first["line"] >= 4 and first["context"]


def test_fail_under(runner: CliRunner, tmp_path: Path) -> None:
    root = covered_project(tmp_path)
    assert run(runner, root, "--fail-under", "90").exit_code == 1
    assert run(runner, root, "--fail-under", "1").exit_code == 0


def test_exclusions_remove_mentions_with_a_reason(runner: CliRunner, tmp_path: Path) -> None:
    exclusions = (
        "exclusions:\n"
        "  - source: informe-es\n    lines: 1-99\n    reason: test text in Spanish\n"
        "  - source: report-en\n    passage: more than 74,000 square miles\n"
        "    reason: a test\n"
    )
    data = json.loads(run(runner, covered_project(tmp_path, exclusions), "--format", "json").stdout)
    by_source = {s["source"]: s for s in data["sources"]}
    assert by_source["informe-es"]["assertions"] == 0
    assert "74,000 square miles" not in [m["text"] for m in by_source["report-en"]["uncovered"]]


def test_bad_exclusions_stop_with_the_position(runner: CliRunner, tmp_path: Path) -> None:
    missing_reason = "exclusions:\n  - source: report-en\n    lines: '3'\n"
    result = run(runner, covered_project(tmp_path, missing_reason))
    assert result.exit_code == 2
    assert "coverage-exclusions.yaml:2:5: missing required field `reason`" in result.stderr
    absent = "exclusions:\n  - source: report-en\n    passage: not in the text\n    reason: x\n"
    result = run(runner, covered_project(tmp_path / "b", absent))
    assert result.exit_code == 2 and "passage not found" in result.stderr
