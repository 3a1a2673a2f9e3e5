"""The command line: exit codes, streams, output formats and options, through CliRunner."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import typer
from typer.core import TyperGroup
from typer.testing import CliRunner

from vraem_claims.cli import app
from vraem_claims.lint import lint_project
from vraem_claims.lint_output import report_to_dict
from vraem_claims.project import find_project
from vraem_claims.rules import RULES

from conftest import FIXTURES, TODAY, build_project

BROKEN = FIXTURES / "scenarios" / "three-problems"


@pytest.fixture
def broken(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A project with a broken YAML file, an unknown source and a wrong type."""
    root = build_project(tmp_path / "project", BROKEN)
    monkeypatch.chdir(root)
    return root


def lint(runner: CliRunner, root: Path, *args: str):  # type: ignore[no-untyped-def]
    """`vraem-claims lint` run from the project folder, as a user would."""
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(root)
        return runner.invoke(app, ["lint", *args])


def test_clean_project_exits_zero(runner: CliRunner, tmp_path: Path) -> None:
    root = build_project(tmp_path / "project", FIXTURES / "scenarios" / "clean")
    result = lint(runner, root)
    assert result.exit_code == 0, result.output
    assert result.stdout == "0 errors, 0 warnings, 0 info in 1 file (2 claims, 2 sources).\n"
    assert result.stderr == ""


@pytest.mark.parametrize("output_format", ["full", "concise", "json", "sarif", "github"])
def test_three_problems_give_one_finding_each_in_every_format(
    runner: CliRunner, broken: Path, output_format: str
) -> None:
    result = lint(runner, broken, "--output-format", output_format)
    assert result.exit_code == 1
    assert result.stderr == ""
    assert "Traceback" not in result.stdout
    for code in ("Y001", "R001", "S002"):
        assert result.stdout.count(code) >= 1, (code, result.stdout)


def test_concise_output_is_exact(runner: CliRunner, broken: Path) -> None:
    result = lint(runner, broken, "-o", "concise")
    assert result.stdout == (
        "claims/broken.yaml:4:1: Y001 [error] while scanning a quoted scalar: found "
        "unexpected end of stream (yaml-syntax-error)\n"
        "claims/claims.yaml:6:7: S002 [error] `value`: expected a number, a string or a list "
        "of strings, got a mapping (wrong-type)\n"
        "claims/claims.yaml:16:17: R001 [error] unknown source `dialogo-2051` (unknown-source)\n"
    )


def test_json_output_is_the_library_report(runner: CliRunner, broken: Path) -> None:
    result = lint(runner, broken, "-o", "json")
    report = lint_project(find_project(broken), today=TODAY)
    assert json.loads(result.stdout) == report_to_dict(report)
    data = json.loads(result.stdout)
    assert data["schema_version"] == 1
    assert data["summary"]["by_rule"] == {"R001": 1, "S002": 1, "Y001": 1}
    assert data["summary"]["by_severity"] == {"info": 0, "warning": 0, "error": 3}


def test_sarif_has_what_code_scanning_needs(runner: CliRunner, broken: Path) -> None:
    sarif = json.loads(lint(runner, broken, "-o", "sarif").stdout)
    assert sarif["version"] == "2.1.0"
    run = sarif["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert {rule["id"] for rule in rules} == set(RULES)
    for result in run["results"]:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
        location = result["locations"][0]["physicalLocation"]
        assert not location["artifactLocation"]["uri"].startswith("/")
        assert location["region"]["startLine"] >= 1
        assert len(result["partialFingerprints"]["vraemClaims/v1"]) == 32


def test_github_annotations(runner: CliRunner, broken: Path) -> None:
    lines = lint(runner, broken, "-o", "github").stdout.splitlines()
    assert lines[0].startswith("::error file=claims/broken.yaml,line=4,col=1,title=Y001 ")
    assert all(line.startswith("::error ") for line in lines)


def test_select_and_ignore_by_code_name_and_prefix(runner: CliRunner, broken: Path) -> None:
    only_yaml = lint(runner, broken, "-o", "concise", "--select", "Y")
    assert [line.split()[1] for line in only_yaml.stdout.splitlines()] == ["Y001"]
    ignored = lint(runner, broken, "-o", "concise", "--ignore", "unknown-source,Y001")
    assert [line.split()[1] for line in ignored.stdout.splitlines()] == ["S002"]


def test_unknown_rule_in_select_is_a_usage_error(runner: CliRunner, broken: Path) -> None:
    result = lint(runner, broken, "--select", "Z999")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert (
        result.stderr
        == "vraem-claims: error: select: unknown rule `Z999` (see `vraem-claims rule`)\n"
    )


def test_exit_zero_and_fail_on(runner: CliRunner, tmp_path: Path) -> None:
    root = build_project(tmp_path / "project", FIXTURES / "rules" / "Q003-quote-ambiguous")
    assert lint(runner, root).exit_code == 0  # info does not fail by default
    assert lint(runner, root, "--fail-on", "info").exit_code == 1
    assert lint(runner, root, "--fail-on", "info", "--exit-zero").exit_code == 0


def test_statistics_come_after_the_findings(runner: CliRunner, broken: Path) -> None:
    result = lint(runner, broken, "-o", "concise", "--statistics")
    lines = result.stdout.splitlines()
    assert lines[0].startswith("claims/broken.yaml:4:1: Y001")
    assert lines[3].split() == ["count", "code", "name", "severity", "fixable"]
    assert [line.split()[:2] for line in lines[5:]] == [["1", "R001"], ["1", "S002"], ["1", "Y001"]]


def test_fix_rewrites_normalised_quotes_and_nothing_else(runner: CliRunner, tmp_path: Path) -> None:
    root = build_project(tmp_path / "project", FIXTURES / "rules" / "Q002-quote-normalised-match")
    path = root / "claims" / "quote.yaml"
    before = path.read_text(encoding="utf-8")
    result = lint(runner, root, "--fix")
    assert result.exit_code == 0, result.stdout
    assert result.stdout.endswith("fixed 1.\n")
    after = path.read_text(encoding="utf-8")
    assert after == before.replace(
        '"the VRAEM Special Command\'s  headquarters in cuzco"',
        '"the VRAEM Special Command’s headquarters in Cuzco"',
    )
    assert lint(runner, root).exit_code == 0


def test_settings_in_pyproject(runner: CliRunner, tmp_path: Path) -> None:
    root = build_project(tmp_path / "project", FIXTURES / "rules" / "Q004-quote-too-short")
    assert lint(runner, root).exit_code == 1
    (root / "pyproject.toml").write_text("[tool.vraem-claims]\nmin-quote-length = 3\n")
    assert lint(runner, root).exit_code == 0
    (root / "pyproject.toml").write_text("[tool.vraem-claims]\nignore = ['Q004']\n")
    assert lint(runner, root).exit_code == 0


@pytest.mark.parametrize(
    ("setting", "message"),
    [
        ("colour = 'red'", "unknown setting `colour`"),
        ("fail-on = 'sometimes'", "`fail-on`: Input should be 'info', 'warning' or 'error'"),
        ("select = ['Q999']", "select: unknown rule `Q999`"),
        ("min-quote-length = 0", "`min-quote-length`: Input should be greater than or equal to 1"),
    ],
)
def test_bad_settings_exit_2_with_one_line(
    runner: CliRunner, project_dir: Path, setting: str, message: str
) -> None:
    (project_dir / "pyproject.toml").write_text(f"[tool.vraem-claims]\n{setting}\n")
    result = lint(runner, project_dir)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert message in result.stderr
    assert result.stderr.count("\n") == 1


def test_missing_paths_and_projects_exit_2(runner: CliRunner, project_dir: Path) -> None:
    result = lint(runner, project_dir, str(project_dir / "claims" / "nope.yaml"))
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr.endswith("nope.yaml: no such file or directory\n")
    result = runner.invoke(app, ["--project", str(project_dir / "nowhere"), "lint"])
    assert result.exit_code == 2
    assert "project directory does not exist" in result.stderr


def test_a_file_outside_every_project_is_outside_the_working_one(
    runner: CliRunner, project_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stray = project_dir.parent / "stray.yaml"
    stray.write_text("claims: []\n", encoding="utf-8")
    monkeypatch.chdir(project_dir)
    result = runner.invoke(app, ["lint", "-o", "concise", "../stray.yaml"])
    assert result.stdout == (
        f"../stray.yaml:1:1: F002 [error] resolves to {stray.resolve()}, outside the project "
        "(file-outside-project)\n"
    )


def test_bad_option_is_a_usage_error(runner: CliRunner, project_dir: Path) -> None:
    result = lint(runner, project_dir, "--output-format", "xml")
    assert result.exit_code == 2
    assert "Invalid value for '--output-format'" in result.stderr


def test_version(runner: CliRunner) -> None:
    from vraem_claims import __version__

    result = runner.invoke(app, ["--version"])
    assert (result.exit_code, result.stdout) == (0, f"vraem-claims {__version__}\n")


def test_version_is_answered_without_building_the_command_line_and_says_the_same() -> None:
    import subprocess
    import sys

    from vraem_claims import __version__

    code = (
        "import sys; sys.argv = ['vraem-claims', '--version']; "
        "from vraem_claims.__main__ import main; main(); "
        "print(sorted(m for m in ('typer', 'pydantic') if m in sys.modules))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert done.stdout == f"vraem-claims {__version__}\n[]\n"


def test_rule_explains_by_code_or_name(runner: CliRunner) -> None:
    by_code = runner.invoke(app, ["rule", "Q001"])
    by_name = runner.invoke(app, ["rule", "quote-not-found"])
    assert by_code.exit_code == 0
    assert by_code.stdout == by_name.stdout
    assert by_code.stdout.startswith("Q001 quote-not-found [error]\n")
    assert "Example that fails:" in by_code.stdout
    unknown = runner.invoke(app, ["rule", "Q999"])
    assert unknown.exit_code == 2
    assert "unknown rule `Q999`" in unknown.stderr


def test_rule_lists_every_rule(runner: CliRunner) -> None:
    listing = runner.invoke(app, ["rule"]).stdout.splitlines()
    rows = {line.split()[0]: line.split()[1:3] for line in listing[2:] if line[:1].isalnum()}
    assert rows == {code: [rule.name, rule.severity.value] for code, rule in RULES.items()}


def test_command_annotations_are_objects_not_strings() -> None:
    """typer reads every command's annotations each time it builds the command line; as
    strings (`from __future__ import annotations`) they were evaluated ~350 times per
    start, a sixth of `--help`'s time."""
    import inspect

    from vraem_claims import cli

    commands = [command.callback for command in cli.app.registered_commands]
    assert commands
    for command in commands:
        assert command is not None
        annotations = inspect.get_annotations(inspect.unwrap(command))
        assert not [name for name, hint in annotations.items() if isinstance(hint, str)]


@pytest.mark.parametrize("command", [["duplicates"], ["conflicts"], ["export"]])
def test_comparisons_say_on_stderr_what_loading_left_out(
    runner: CliRunner, broken: Path, command: list[str]
) -> None:
    """A claim that fails the schema and a file that cannot be read are not compared:
    `lint` reports each, and the other commands must not answer as if they were not
    there."""
    result = runner.invoke(app, command)
    assert result.exit_code == 0
    assert result.stderr == (
        "vraem-claims: warning: 1 claim fails the schema and is left out: "
        "claims/claims.yaml (1); 1 claim file cannot be read: claims/broken.yaml; "
        "run `vraem-claims lint` for each problem\n"
    )
    assert result.stdout


@pytest.mark.parametrize("command", [["duplicates"], ["conflicts"], ["export"]])
def test_comparisons_of_a_sound_project_warn_of_nothing(
    runner: CliRunner, project_dir: Path, command: list[str]
) -> None:
    result = runner.invoke(app, ["--project", str(project_dir), *command])
    assert result.exit_code == 0
    assert result.stderr == ""


def strip_claims(tmp_path: Path, ids: dict[str, str]) -> Path:
    """A project whose claims (id as written in YAML -> end of the statement) all state
    the base source's 263 airstrips."""
    root = build_project(tmp_path / "project")
    quote = "Antinarcotics Police have destroyed or disabled 263 clandestine landing strips"
    (root / "claims" / "claims.yaml").write_text(
        "claims:\n"
        + "".join(
            f"  - id: {claim_id}\n"
            f"    statement: Police destroyed 263 clandestine landing strips{suffix}.\n"
            "    value: 263\n"
            "    unit: airstrips\n"
            "    citations:\n"
            "      - source: report-en\n"
            f"        quote: {quote}\n"
            for claim_id, suffix in ids.items()
        ),
        encoding="utf-8",
    )
    return root


def test_a_claim_whose_id_is_no_slug_is_reported_and_still_compared(
    runner: CliRunner, tmp_path: Path
) -> None:
    """blind11: an analyst's ids "rq/12" broke the slug rule; the claims were dropped
    from `duplicates` and `conflicts` without a word. `lint` still reports the id."""
    root = strip_claims(tmp_path, {"strips": "", "rq/12": " in the valley"})
    linted = lint(runner, root, "-o", "concise")
    assert "claims/claims.yaml:9:9: S011 [error] `id` must be a slug" in linted.stdout
    assert linted.stdout.count("S011") == 1
    duplicates = runner.invoke(app, ["--project", str(root), "duplicates", "--format", "csv"])
    assert duplicates.exit_code == 0
    assert duplicates.stderr == ""
    assert ",strips,rq/12," in duplicates.stdout or ",rq/12,strips," in duplicates.stdout
    # Review: a pair that is listed can also be closed.
    reviewed = runner.invoke(
        app,
        [
            "--project",
            str(root),
            "review",
            "strips",
            "rq/12",
            "--verdict=distinct_facts",
            "--note=Two counts.",
            "--date=2026-01-02",
        ],
    )
    assert (reviewed.exit_code, reviewed.stderr) == (0, "")
    again = runner.invoke(app, ["--project", str(root), "duplicates", "--format", "csv"])
    assert ",reviewed," in again.stdout
    assert lint(runner, root, "-o", "concise").stdout.count("C004") == 0


@pytest.mark.parametrize(
    ("entry", "codes"),
    [
        # Review: an entry rejected for another reason still gets S011 for its id.
        ("  - id: rq/12\n    statement: No citations.\n", {"S003", "S011"}),
        # An empty id is no slug (S011), as before; the claim itself loads.
        (
            '  - id: ""\n    statement: Police destroyed 263 clandestine landing strips.\n'
            "    citations:\n      - source: report-en\n        quote: Antinarcotics Police "
            "have destroyed or disabled 263 clandestine landing strips\n",
            {"S011"},
        ),
    ],
)
def test_an_id_that_is_no_slug_is_always_reported(
    runner: CliRunner, tmp_path: Path, entry: str, codes: set[str]
) -> None:
    root = build_project(tmp_path / "project")
    (root / "claims" / "claims.yaml").write_text("claims:\n" + entry, encoding="utf-8")
    found = lint(runner, root, "-o", "concise").stdout
    assert {line.split()[1] for line in found.splitlines() if ": " in line[:40]} >= codes
    assert found.count("S011") == 1


def test_the_left_out_warning_counts_files_in_the_singular_too() -> None:
    from types import SimpleNamespace

    from vraem_claims.corpus import left_out

    files = [
        SimpleNamespace(display_path=f"claims/{n}.yaml", rejected=1, unreadable=False)
        for n in range(4)
    ]
    message = left_out(SimpleNamespace(files=files))  # type: ignore[arg-type]
    assert message.startswith("4 claims fail the schema and are left out: ")
    assert "claims/2.yaml (1) and 1 more file;" in message


@pytest.mark.parametrize("output_format", ["concise", "full"])
def test_a_line_break_in_an_id_keeps_each_finding_on_its_lines(
    runner: CliRunner, tmp_path: Path, output_format: str
) -> None:
    """Review: a claim id holding a line break (an error, S011) is quoted by the findings
    of other claims too; `concise` must stay one finding per line."""
    root = strip_claims(tmp_path, {"strips": "", '"line\\nbreak"': ""})
    found = lint(runner, root, "-o", output_format).stdout
    assert "line\\nbreak" in found
    if output_format == "concise":
        assert all(line.startswith("claims/claims.yaml:") for line in found.splitlines())
    else:
        assert "\nbreak" not in found


@pytest.mark.parametrize(
    "argv", [["--help"], [], ["lnt"], ["-p", "lint", "--help"], ["lint", "--help"], ["sources"]]
)
def test_the_command_line_builds_only_the_commands_named(
    runner: CliRunner, argv: list[str]
) -> None:
    """`vraem-claims --help` lists every command without building their options (a start-up
    cost); what it prints, and what a named command does, is the full app's."""
    from vraem_claims import cli

    light = cli.command_line(argv)
    built = typer.main.get_command(light)
    assert isinstance(built, TyperGroup)
    listed_only = {name for name, command in built.commands.items() if not command.params}
    assert listed_only.isdisjoint(argv)
    if argv in ([], ["--help"]):
        assert listed_only >= {"lint", "conflicts", "duplicates", "add"}
    full, answer = runner.invoke(app, argv), runner.invoke(light, argv)
    assert (answer.exit_code, answer.stdout, answer.stderr) == (
        full.exit_code,
        full.stdout,
        full.stderr,
    )
