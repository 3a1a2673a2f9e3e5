"""The cache of lint results: a replay says exactly what a full run says, and any change to
what the run depended on makes the next run check again."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

import vraem_claims.cli
import vraem_claims.lint
import vraem_claims.lintcache
from vraem_claims.cli import app

from conftest import FIXTURES, REPO, TODAY, VALID, build_project

RULE_FIXTURES = sorted((FIXTURES / "rules").iterdir())
FORMATS = ("full", "concise", "json", "sarif", "github")


@pytest.fixture
def runs(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[int]]:
    """Counts the full lint runs (a replay makes none); today is pinned."""
    counted: list[int] = []
    real = vraem_claims.lint.lint_project

    def counting(*args: Any, **kwargs: Any) -> Any:
        counted.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(vraem_claims.lint, "lint_project", counting)
    monkeypatch.setattr(vraem_claims.cli, "_today", lambda: TODAY)
    yield counted


def lint(runner: CliRunner, root: Path, *args: str) -> tuple[int, str]:
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(root)
        result = runner.invoke(app, ["lint", *args])
    assert result.stderr == "", result.stderr
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stdout


def shipped_copy(destination: Path) -> Path:
    for folder in ("seeds", "claims"):
        shutil.copytree(REPO / folder, destination / folder)
    return destination


@pytest.mark.parametrize("fixture", RULE_FIXTURES, ids=lambda p: p.name)
def test_a_replay_prints_what_the_run_printed_for_every_rule(
    runner: CliRunner, runs: list[int], tmp_path: Path, fixture: Path
) -> None:
    root = build_project(tmp_path / "project", fixture)
    first = {name: lint(runner, root, "-o", name) for name in FORMATS}
    # The output format is not part of the key: only the first format ran.
    assert runs == [1]
    runs.clear()
    again = {name: lint(runner, root, "-o", name, "--statistics") for name in FORMATS}
    fresh = {name: lint(runner, root, "-o", name, "--statistics", "--no-cache") for name in FORMATS}
    assert len(runs) == len(FORMATS)  # the --no-cache runs only
    assert again == fresh
    assert {name: first[name][0] for name in FORMATS} == {name: fresh[name][0] for name in FORMATS}


def test_the_shipped_corpus_is_replayed_with_its_related_locations(
    runner: CliRunner, runs: list[int], tmp_path: Path
) -> None:
    root = shipped_copy(tmp_path / "shipped")
    cold = lint(runner, root, "-o", "json")
    warm = lint(runner, root, "-o", "json")
    assert runs == [1]
    assert warm == cold
    diagnostics = json.loads(warm[1])["diagnostics"]
    assert any(item["related"] for item in diagnostics)


def _edit(path: str, old: str, new: str) -> Callable[[Path], None]:
    def change(root: Path) -> None:
        file = root / path
        text = file.read_text(encoding="utf-8")
        assert old in text, (path, old)
        file.write_text(text.replace(old, new), encoding="utf-8")

    return change


def _write(path: str, text: str) -> Callable[[Path], None]:
    return lambda root: (root / path).write_text(text, encoding="utf-8")


CHANGES: dict[str, Callable[[Path], None]] = {
    "a quote": _edit("claims/strips.yaml", "263 clandestine", "236 clandestine"),
    "a value": _edit("claims/strips.yaml", "value: 263", "value: 264"),
    "a source text": _edit("seeds/report-en.txt", "263", "236"),
    "sources.yaml": _edit("seeds/sources.yaml", "report-en.txt", "missing.txt"),
    "a new claim file": _write("claims/more.yaml", VALID.replace("id: strips", "id: strips")),
    "a new file in seeds": _write("seeds/notes.txt", "not registered"),
    "a removed claim file": lambda root: (root / "claims" / "strips.yaml").unlink(),
    "a renamed claim file": lambda root: (root / "claims" / "strips.yaml").rename(
        root / "claims" / "pistas.yaml"
    ),
    "a broken aliases file": _write("claims/aliases.yaml", "aliases: [unclosed\n"),
    "a broken reviews file": _write("claims/reviews.yaml", "reviews: {\n"),
    "the settings": _write("pyproject.toml", '[tool.vraem-claims]\nignore = ["N001"]\n'),
}


@pytest.mark.parametrize("change", CHANGES.values(), ids=CHANGES.keys())
def test_any_change_to_an_input_makes_lint_check_again(
    runner: CliRunner, runs: list[int], tmp_path: Path, change: Callable[[Path], None]
) -> None:
    root = build_project(tmp_path / "project")
    (root / "claims" / "strips.yaml").write_text(VALID, encoding="utf-8")
    lint(runner, root, "-o", "json")
    assert lint(runner, root, "-o", "json") and runs == [1]
    change(root)
    after = lint(runner, root, "-o", "json")
    assert len(runs) == 2
    assert after == lint(runner, root, "-o", "json", "--no-cache")


def test_a_change_to_the_tool_the_packages_or_the_date_makes_lint_check_again(
    runner: CliRunner, runs: list[int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = build_project(tmp_path / "project", FIXTURES / "rules" / "D002-date-in-future")
    lint(runner, root)
    lint(runner, root)
    assert len(runs) == 1
    monkeypatch.setattr(vraem_claims.lintcache, "_code_digest", lambda: "edited")
    lint(runner, root)
    assert len(runs) == 2
    monkeypatch.setattr(vraem_claims.lintcache, "_packages_digest", lambda: "upgraded")
    lint(runner, root)
    assert len(runs) == 3
    # Years later the date is no longer in the future: the finding must go.
    monkeypatch.setattr(vraem_claims.cli, "_today", lambda: dt.date(2300, 1, 1))
    out = lint(runner, root, "-o", "concise")[1]
    assert len(runs) == 4
    assert "D002" not in out


def test_other_paths_and_rules_are_other_entries(
    runner: CliRunner, runs: list[int], tmp_path: Path
) -> None:
    root = build_project(tmp_path / "project", FIXTURES / "scenarios" / "three-problems")
    whole = lint(runner, root, "-o", "concise")
    only_s = lint(runner, root, "-o", "concise", "--select", "S")
    without_s = lint(runner, root, "-o", "concise", "--ignore", "S")
    one_file = lint(runner, root, "-o", "concise", "claims/broken.yaml")
    assert len(runs) == 4
    assert len({whole, only_s, without_s, one_file}) == 4
    for args in ((), ("--select", "S"), ("--ignore", "S"), ("claims/broken.yaml",)):
        lint(runner, root, "-o", "concise", *args)
    assert len(runs) == 4


def test_a_file_changed_during_the_run_is_checked_again(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = build_project(tmp_path / "project")
    claims = root / "claims" / "strips.yaml"
    claims.write_text(VALID, encoding="utf-8")
    real = vraem_claims.lint.lint_project
    counted: list[int] = []

    def editing(*args: Any, **kwargs: Any) -> Any:
        report = real(*args, **kwargs)
        if not counted:  # the editor saves while the first run is checking
            claims.write_text(VALID.replace("value: 263", "value: 264"), encoding="utf-8")
        counted.append(1)
        return report

    monkeypatch.setattr(vraem_claims.lint, "lint_project", editing)
    first = lint(runner, root, "-o", "concise")
    second = lint(runner, root, "-o", "concise")
    assert len(counted) == 2
    assert "N001" not in first[1] and "N001" in second[1]


def test_the_fail_on_setting_is_replayed_and_the_option_still_wins(
    runner: CliRunner, runs: list[int], tmp_path: Path
) -> None:
    root = build_project(tmp_path / "project", FIXTURES / "rules" / "Q002-quote-normalised-match")
    (root / "pyproject.toml").write_text('[tool.vraem-claims]\nfail-on = "error"\n')
    assert lint(runner, root)[0] == 0
    assert lint(runner, root)[0] == 0
    assert lint(runner, root, "--fail-on", "warning")[0] == 1
    assert lint(runner, root, "--fail-on", "warning", "--exit-zero")[0] == 0
    assert runs == [1]


BAD_ENTRIES = {
    "not json": b"\x00\xff garbage",
    "a list": b"[1, 2]",
    "another format": b'{"format": 0}',
    "findings of the wrong shape": None,  # the real entry with its findings mangled
    "empty": b"",
}


@pytest.mark.parametrize("bad", BAD_ENTRIES.values(), ids=BAD_ENTRIES.keys())
def test_a_corrupt_entry_means_a_full_run(
    runner: CliRunner,
    runs: list[int],
    tmp_path: Path,
    lint_cache_dir: Path,
    bad: bytes | None,
) -> None:
    root = build_project(tmp_path / "project", FIXTURES / "scenarios" / "three-problems")
    cold = lint(runner, root, "-o", "json")
    (entry,) = lint_cache_dir.glob("lint-*.json")
    if bad is None:
        data = json.loads(entry.read_bytes())
        data["report"]["findings"] = [["Y001", "too", "short"]]
        bad = json.dumps(data).encode()
    entry.write_bytes(bad)
    assert lint(runner, root, "-o", "json") == cold
    assert len(runs) == 2
    assert lint(runner, root, "-o", "json") == cold  # and the entry was rewritten
    assert len(runs) == 2


def test_an_unwritable_cache_leaves_lint_working(
    runner: CliRunner, runs: list[int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("VRAEM_CLAIMS_CACHE_DIR", str(blocker / "cache"))
    root = build_project(tmp_path / "project", FIXTURES / "scenarios" / "three-problems")
    first = lint(runner, root)
    assert first[0] == 1
    assert lint(runner, root) == first
    assert len(runs) == 2


def test_no_cache_and_fix_neither_replay_nor_write(
    runner: CliRunner,
    runs: list[int],
    tmp_path: Path,
    lint_cache_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    root = build_project(tmp_path / "project", FIXTURES / "rules" / "Q002-quote-normalised-match")
    lint(runner, root, "--no-cache")
    monkeypatch.setenv("VRAEM_CLAIMS_NO_CACHE", "1")
    lint(runner, root)
    assert list(lint_cache_dir.iterdir()) == []
    monkeypatch.delenv("VRAEM_CLAIMS_NO_CACHE")
    assert "Q002" in lint(runner, root, "-o", "concise")[1]
    fixed = lint(runner, root, "-o", "concise", "--fix")
    assert "Q002" not in fixed[1]
    assert "Q002" not in lint(runner, root, "-o", "concise")[1]
    assert len(runs) == 5


def test_a_link_to_a_folder_is_noted_not_followed(tmp_path: Path) -> None:
    (tmp_path / "outside").mkdir()
    (tmp_path / "outside" / "big.txt").write_text("x")
    (tmp_path / "claims").mkdir()
    (tmp_path / "claims" / "a.yaml").write_text("claims: []\n")
    (tmp_path / "claims" / "elsewhere").symlink_to(tmp_path / "outside")
    found = vraem_claims.lintcache.snapshot([tmp_path / "claims"], [])
    assert found[str(tmp_path / "claims" / "elsewhere")] == f"link to {tmp_path / 'outside'}"
    assert not any("big.txt" in key for key in found)
    assert found[str(tmp_path / "claims" / "a.yaml")] != "missing"
    assert vraem_claims.lintcache.snapshot([tmp_path / "gone"], []) == {
        str(tmp_path / "gone"): "missing"
    }


def test_a_replay_builds_no_records_and_reads_no_yaml(tmp_path: Path) -> None:
    """The point of the cache: a repeated lint skips pydantic's models, PyYAML and the checks."""
    root = build_project(tmp_path / "project", FIXTURES / "scenarios" / "three-problems")
    script = (
        "import sys\n"
        "sys.argv = ['vraem-claims', 'lint', '-o', 'concise']\n"
        "from vraem_claims.__main__ import main\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "heavy = ['yaml', 'rapidfuzz', 'vraem_claims.models', 'vraem_claims.lint', "
        "'vraem_claims.settings']\n"
        "print(sorted(name for name in heavy if name in sys.modules))\n"
    )
    env = {**os.environ, "VRAEM_CLAIMS_CACHE_DIR": str(tmp_path / "cache")}
    env.pop("VRAEM_CLAIMS_NO_CACHE", None)

    def run() -> list[str]:
        done = subprocess.run(
            [sys.executable, "-c", script], cwd=root, env=env, capture_output=True, text=True
        )
        assert done.stderr == ""
        return done.stdout.splitlines()

    cold, warm = run(), run()
    assert cold[:-1] == warm[:-1]  # the same findings
    assert "vraem_claims.models" in cold[-1]
    assert warm[-1] == "[]"
