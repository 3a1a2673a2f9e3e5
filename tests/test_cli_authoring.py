"""find, add, sources and review on the command line: streams, exit codes, prompts, a session."""

from __future__ import annotations

import json
import os
import pty
import select
import shlex
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from vraem_claims.cli import app

from conftest import FIXTURES, REPO, build_project

AUTHORING = FIXTURES / "authoring"
COMMANDS = [["find"], ["add"], ["sources"], ["sources", "add"], ["review"]]
SESSION_MARKER = "<!-- session: tests/test_cli_authoring.py runs these commands"
ENV = {**os.environ, "PYTHONPATH": str(REPO), "NO_COLOR": "1", "COLUMNS": "100"}


def run(runner: CliRunner, root: Path, *args: str):  # type: ignore[no-untyped-def]
    """The command run from the project folder, as a user would."""
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(root)
        return runner.invoke(app, list(args))


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_help_is_the_docstring_and_ends_with_an_example(
    runner: CliRunner, command: list[str]
) -> None:
    result = runner.invoke(app, [*command, "--help"])
    assert result.exit_code == 0
    assert "Example: vraem-claims " + command[0] in " ".join(result.stdout.split())


def test_find_prints_marked_passages_and_exits_1_when_none_match(
    runner: CliRunner, project_dir: Path
) -> None:
    result = run(runner, project_dir, "find", "7,500")
    assert (result.exit_code, result.stderr) == (0, "")
    assert result.stdout == (
        "report-en:5:23  score 100 (exact)\n"
        "    “There are now around **7,500** troops,” the analyst added.\n"
        "informe-es:4:35  score 100 (number)\n"
        "    Las fuerzas del orden erradicaron **7.500 hectáreas** de coca en Apurímac.\n"
        "2 passages in 2 sources.\n"
    )
    none = run(runner, project_dir, "find", "zzzz qqqq")
    assert (none.exit_code, none.stdout) == (1, "No passage matches `zzzz qqqq` in 2 sources.\n")


def test_find_json_and_options(runner: CliRunner, project_dir: Path) -> None:
    result = run(runner, project_dir, "find", "7,500", "--source", "informe-es", "-f", "json")
    data = json.loads(result.stdout)
    assert data["schema_version"] == 1
    assert [(h["source"], h["line"], h["col"], h["score"]) for h in data["hits"]] == [
        ("informe-es", 4, 35, 100.0)
    ]
    bad = run(runner, project_dir, "find", "7,500", "--source", "nope")
    assert (bad.exit_code, bad.stdout) == (2, "")
    assert bad.stderr == "vraem-claims: error: --source: unknown source `nope`\n"


def test_add_from_options(runner: CliRunner, project_dir: Path) -> None:
    result = run(
        runner,
        project_dir,
        "add",
        "--source=report-en",
        "--quote=There are now around 7,500 troops",
        "--statement=There are about 7,500 troops in the VRAEM.",
        "--as-of=2015",
        "--place=VRAEM",
    )
    assert result.exit_code == 0, result.stderr
    assert result.stdout == "Added `troops-vraem-2015` to claims/new.yaml:2 (new file).\n"
    assert result.stderr == (
        "note: read from the quote (7,500): value 7500, qualifier about, unit troops\n"
        "note: file claims/new.yaml: no file holds a similar claim\n"
    )
    assert (project_dir / "claims" / "new.yaml").read_text(encoding="utf-8") == (
        "claims:\n"
        "  - id: troops-vraem-2015\n"
        "    statement: There are about 7,500 troops in the VRAEM.\n"
        "    value: 7500\n"
        "    qualifier: about\n"
        "    unit: troops\n"
        "    as_of: 2015\n"
        "    place: VRAEM\n"
        "    citations:\n"
        "      - source: report-en\n"
        "        quote: There are now around 7,500 troops\n"
    )
    assert run(runner, project_dir, "lint").exit_code == 0


def snapshot(root: Path) -> dict[str, bytes]:
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file() and path.name != ".vraem-claims.lock"
    }


BAD_ADDS = {
    "missing": ([], "missing --source, --quote, --statement"),
    "unknown source": (["--source=nope"], "unknown source `nope`"),
    "quote absent": (["--quote=There are now around 7,600 troops"], "the quote is not in source"),
    "value not stated": (["--value=7600"], "N001 `value` 7600 is not stated in the quotes"),
    "id taken": (["--id=troops-2015"], "claim id `troops-2015` is already used"),
    "read-only file": (
        ["--file=claims/readonly.yaml"],
        "claims/readonly.yaml: the file is read-only",
    ),
}


@pytest.mark.parametrize("case", BAD_ADDS, ids=list(BAD_ADDS))
def test_bad_adds_exit_2_with_one_line_and_change_nothing(
    runner: CliRunner, tmp_path: Path, case: str
) -> None:
    root = build_project(tmp_path / "project", AUTHORING / "hand-written")
    readonly = root / "claims" / "readonly.yaml"
    readonly.write_text("claims:\n", encoding="utf-8")
    readonly.chmod(0o444)
    changes, message = BAD_ADDS[case]
    base = [
        "--source=report-en",
        "--quote=There are now around 7,500 troops",
        "--statement=There are about 7,500 troops.",
    ]
    options = {option.split("=")[0]: option for option in (base if changes else [])}
    options.update({option.split("=")[0]: option for option in changes})
    before = snapshot(root)
    result = run(runner, root, "add", *options.values())
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr.startswith("vraem-claims: error: ") and message in result.stderr
    assert result.stderr.count("\n") == 1
    assert snapshot(root) == before


def test_sources_lists_and_sources_add_registers(runner: CliRunner, project_dir: Path) -> None:
    text = AUTHORING / "texts" / "narcopistas.txt"
    result = run(
        runner,
        project_dir,
        "sources",
        "add",
        str(text),
        "--id=rqd-2020-narcopistas",
        "--title=Fuerzas del orden neutralizan 58 narcopistas",
        "--published=2020-10-16",
        "--language=es",
    )
    assert (result.exit_code, result.stderr) == (0, "")
    assert result.stdout == (
        "Registered `rqd-2020-narcopistas`: seeds/narcopistas.txt, entry at "
        "seeds/sources.yaml:15.\n"
    )
    listed = run(runner, project_dir, "sources", "--tablefmt", "plain")
    assert listed.exit_code == 0
    assert [line.split() for line in listed.stdout.splitlines()[-2:]] == [
        ["rqd-2020-narcopistas", "es", "2020-10-16", "0", "0"],
        ["3", "sources,", "0", "citations."],
    ]
    again = run(
        runner,
        project_dir,
        "sources",
        "add",
        str(text),
        "--id=x",
        "--title=t",
        "--published=2020",
        "--language=es",
    )
    assert (again.exit_code, again.stdout) == (2, "")
    assert again.stderr == (
        "vraem-claims: error: `narcopistas.txt` is already the text of source "
        "`rqd-2020-narcopistas`\n"
    )
    found = run(runner, project_dir, "find", "pistas de aterrizaje", "-s", "rqd-2020-narcopistas")
    assert "**pistas de aterrizaje**" in found.stdout


def test_review_records_and_refuses(runner: CliRunner, tmp_path: Path) -> None:
    root = build_project(tmp_path / "project", AUTHORING / "reviews")
    ok = run(
        runner,
        root,
        "review",
        "cocaine-plane",
        "cocaine-plane-again",
        "--verdict=same_fact",
        "--note=One figure.",
        "--date=2026-01-02",
    )
    assert (ok.exit_code, ok.stderr) == (0, "")
    assert ok.stdout == (
        "Recorded `same_fact` for the duplicate pair cocaine-plane, cocaine-plane-again in "
        "claims/reviews.yaml:8.\n"
    )
    bad = run(
        runner,
        root,
        "review",
        "cocaine-plane",
        "airstrips-2014-other",
        "--verdict=same_fact",
        "--note=x",
    )
    assert (bad.exit_code, bad.stdout) == (2, "")
    assert "`airstrips-2014-other` is in no duplicate pair" in bad.stderr


def test_the_session_from_find_to_a_clean_lint(tmp_path: Path) -> None:
    """The README's walk-through (after SESSION_MARKER), command by command, on a copy of the
    shipped corpus: stdout and stderr as a terminal shows them."""
    root = tmp_path / "corpus"
    root.mkdir()
    for name in ("seeds", "claims"):
        shutil.copytree(REPO / name, root / name)
    shutil.copy(REPO / "pyproject.toml", root / "pyproject.toml")
    (root / "tests" / "fixtures" / "authoring").mkdir(parents=True)
    shutil.copytree(AUTHORING / "texts", root / "tests" / "fixtures" / "authoring" / "texts")
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    session = readme.split(SESSION_MARKER, 1)[1].split("```text\n", 1)[1].split("```", 1)[0]
    for block in session.split("$ vraem-claims ")[1:]:
        command, _, expected = block.partition("\n")
        done = subprocess.run(
            [sys.executable, "-m", "vraem_claims", *shlex.split(command)],
            cwd=root,
            env=ENV,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            check=False,
        )
        assert done.stdout == expected, command
    lint = subprocess.run(
        [sys.executable, "-m", "vraem_claims", "lint"], cwd=root, env=ENV, check=False
    )
    assert lint.returncode == 0


class Terminal:
    """A command in a pseudo-terminal: wait for a prompt, answer it."""

    def __init__(self, args: list[str], cwd: Path) -> None:
        self.master, slave = pty.openpty()
        self.process = subprocess.Popen(
            args, stdin=slave, stdout=slave, stderr=slave, cwd=cwd, env=ENV, close_fds=True
        )
        os.close(slave)
        self.seen = ""

    def answer(self, prompt: str, text: str, *, timeout: float = 30.0) -> None:
        deadline = time.monotonic() + timeout
        while prompt not in self.seen:
            assert time.monotonic() < deadline, f"no prompt {prompt!r} in {self.seen!r}"
            ready, _, _ = select.select([self.master], [], [], 0.1)
            if ready:
                try:
                    self.seen += os.read(self.master, 4096).decode("utf-8", "replace")
                except OSError:
                    break
        self.seen = self.seen[self.seen.index(prompt) + len(prompt) :]
        os.write(self.master, (text + "\n").encode("utf-8"))

    def finish(self) -> tuple[int, str]:
        code = self.process.wait(timeout=60)
        try:
            while select.select([self.master], [], [], 0.1)[0]:
                chunk = os.read(self.master, 4096)
                if not chunk:
                    break
                self.seen += chunk.decode("utf-8", "replace")
        except OSError:
            pass
        os.close(self.master)
        return code, self.seen


@pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals are POSIX")
def test_add_prompts_in_a_terminal(tmp_path: Path) -> None:
    root = build_project(tmp_path / "project", AUTHORING / "hand-written")
    terminal = Terminal([sys.executable, "-m", "vraem_claims", "add"], root)
    terminal.answer("Source id", "report-eng")  # a typo: asked again
    terminal.answer("Source id", "report-en")
    terminal.answer("Quote", "troops intercepted a small plane that was carrying 250 kilos")
    terminal.answer("Use the source's exact text? [Y/n]", "")
    terminal.answer("Statement", "Troops intercepted a small plane carrying 250 kilos of cocaine.")
    terminal.answer("Value", "")  # proposed: 250
    terminal.answer("Qualifier", "")
    terminal.answer("Unit", "")
    terminal.answer("Quantity", "cocaine seized from a small plane")
    terminal.answer("As of", "2014-12-04")
    terminal.answer("Place", "Pangoa")
    terminal.answer("Attributed to", "")
    terminal.answer("Id [cocaine-seized-small-plane-2014]", "")
    terminal.answer("File [claims/new.yaml]", "claims/seizures.yaml")
    terminal.answer("Add it to claims/seizures.yaml? [Y/n]", "y")
    code, output = terminal.finish()
    assert code == 0, output
    assert "Added `cocaine-seized-small-plane-2014` to claims/seizures.yaml:2 (new file)." in output
    assert (root / "claims" / "seizures.yaml").read_text(encoding="utf-8") == (
        "claims:\n"
        "  - id: cocaine-seized-small-plane-2014\n"
        "    statement: Troops intercepted a small plane carrying 250 kilos of cocaine.\n"
        "    quantity: cocaine seized from a small plane\n"
        "    value: 250\n"
        "    qualifier: exact\n"
        "    unit: kilos\n"
        "    as_of: 2014-12-04\n"
        "    place: Pangoa\n"
        "    citations:\n"
        "      - source: report-en\n"
        "        quote: Troops intercepted a small plane that was carrying 250 kilos\n"
    )


@pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals are POSIX")
def test_a_declined_claim_writes_nothing(tmp_path: Path) -> None:
    root = build_project(tmp_path / "project", AUTHORING / "hand-written")
    before = snapshot(root)
    terminal = Terminal(
        [
            sys.executable,
            "-m",
            "vraem_claims",
            "add",
            "--source=report-en",
            "--quote=Troops intercepted a small plane",
            "--statement=Troops intercepted a plane.",
            "--value=-",
            "--as-of=2014",
            "--place=Pangoa",
            "--attributed-to=Army",
            "--quantity=planes",
            "--id=declined",
            "--file=claims/troops.yaml",
        ],
        root,
    )
    terminal.answer("Add it to claims/troops.yaml? [Y/n]", "n")
    code, output = terminal.finish()
    assert code == 2 and "not added; nothing was written" in output
    assert snapshot(root) == before


def test_without_a_terminal_nothing_is_asked(runner: CliRunner, project_dir: Path) -> None:
    result = run(runner, project_dir, "review")
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == (
        "vraem-claims: error: missing CLAIM_IDS, --verdict, --note (no prompting without a "
        "terminal; pass them as options)\n"
    )


@pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals are POSIX")
def test_review_prompts_in_a_terminal(tmp_path: Path) -> None:
    root = build_project(tmp_path / "project", AUTHORING / "reviews")
    terminal = Terminal([sys.executable, "-m", "vraem_claims", "review"], root)
    terminal.answer("Claim ids", "airstrips-2014-report airstrips-2014-other")
    terminal.answer("Verdict", "preferred")
    terminal.answer("Preferred claim", "airstrips-2014-report")
    terminal.answer("Note", "The police bulletin says 263.")
    code, output = terminal.finish()
    assert code == 0, output
    assert "replacing 1 earlier review." in output
    text = (root / "claims" / "reviews.yaml").read_text(encoding="utf-8")
    assert "    preferred: airstrips-2014-report\n    note: The police bulletin says 263.\n" in text
    assert "0123456789abcdef" not in text


def test_add_into_a_read_only_folder_is_refused_and_writes_nothing(
    runner: CliRunner, tmp_path: Path
) -> None:
    """Root may write anywhere; a folder marked read-only is still refused."""
    root = build_project(tmp_path / "project")
    claims_dir = root / "claims"
    before = snapshot(root)
    claims_dir.chmod(0o555)
    try:
        result = run(
            runner,
            root,
            "add",
            "--source=report-en",
            "--quote=There are now around 7,500 troops",
            "--statement=There are about 7,500 troops.",
            "--file=claims/new.yaml",
        )
    finally:
        claims_dir.chmod(0o755)
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == f"vraem-claims: error: {claims_dir}: the folder is read-only\n"
    assert snapshot(root) == before
