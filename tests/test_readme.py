"""The README stays true: commands, finding codes, settings, and its terminal session."""

from __future__ import annotations

import re
import shlex

import pytest
import typer
from typer.testing import CliRunner

from vraem_claims.cli import app
from vraem_claims.rules import RULES
from vraem_claims.settings import Settings

from conftest import REPO

README = (REPO / "README.md").read_text(encoding="utf-8")


def command_names() -> list[str]:
    group = typer.main.get_command(app)
    names = []
    for name, command in group.commands.items():  # type: ignore[attr-defined]
        names.append(name)
        names.extend(f"{name} {sub}" for sub in getattr(command, "commands", {}))
    return names


@pytest.mark.parametrize("name", command_names())
def test_every_command_is_documented(name: str) -> None:
    assert f"vraem-claims {name}" in README


@pytest.mark.parametrize("code", list(RULES))
def test_every_finding_code_is_documented(code: str) -> None:
    rule = RULES[code]
    row = f"| {code} | `{rule.name}` | {rule.severity.value} | {rule.summary} |"
    assert row in README


@pytest.mark.parametrize("name", [n.replace("_", "-") for n in Settings.model_fields])
def test_every_setting_is_documented(name: str) -> None:
    assert re.search(rf"^{re.escape(name)} = ", README, re.M)


def sessions() -> list[tuple[str, str]]:
    """(command line, expected output) for every `$ vraem-claims` line in console blocks."""
    found = []
    for block in re.findall(r"```console\n(.*?)```", README, re.S):
        parts = re.split(r"^\$ ", block, flags=re.M)
        for part in parts[1:]:
            command, _, output = part.partition("\n")
            found.append((command, output))
    return found


@pytest.mark.parametrize(("command", "expected"), sessions())
def test_the_session_is_what_the_tool_prints(
    runner: CliRunner, monkeypatch: pytest.MonkeyPatch, command: str, expected: str
) -> None:
    monkeypatch.chdir(REPO)
    words = shlex.split(command)
    assert words[0] == "vraem-claims"
    result = runner.invoke(app, words[1:])
    assert result.stdout == expected


def test_the_bad_input_catalogue_is_what_the_tool_prints() -> None:
    from catalogue import markdown

    assert markdown() in README
