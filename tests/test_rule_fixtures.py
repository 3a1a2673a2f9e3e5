"""Every finding code has a fixture folder that triggers it; its whole output is pinned."""

from __future__ import annotations

from pathlib import Path

import pytest

from vraem_claims.lint import lint_project
from vraem_claims.lint_output import render_concise
from vraem_claims.project import find_project
from vraem_claims.rules import RULES

from conftest import FIXTURES, TODAY, build_project, check_expected

RULE_FIXTURES = sorted((FIXTURES / "rules").iterdir())


def test_every_rule_has_a_fixture() -> None:
    covered = {folder.name.split("-", 1)[0] for folder in RULE_FIXTURES}
    assert covered == set(RULES)


def test_fixture_names_match_the_registry() -> None:
    for folder in RULE_FIXTURES:
        code, name = folder.name.split("-", 1)
        assert RULES[code].name == name


@pytest.mark.parametrize("fixture", RULE_FIXTURES, ids=lambda p: p.name)
def test_fixture_triggers_its_rule(fixture: Path, tmp_path: Path) -> None:
    root = build_project(tmp_path / "project", fixture)
    report = lint_project(find_project(root), today=TODAY)
    code = fixture.name.split("-", 1)[0]
    assert code in {item.code for item in report.findings}
    check_expected(fixture / "expected.txt", render_concise(report, root))
