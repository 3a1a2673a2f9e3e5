"""Shared test helpers: scenario projects built from fixture folders, and a pinned CLI runner."""

from __future__ import annotations

import datetime as dt
import os
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from vraem_claims.corpus import Corpus, load_corpus
from vraem_claims.project import find_project

FIXTURES = Path(__file__).parent / "fixtures"
BASE = FIXTURES / "base"
REPO = Path(__file__).parent.parent
TODAY = dt.date(2026, 11, 23)
# Set UPDATE_EXPECTED=1 to rewrite expected outputs after a deliberate change; review the diff.
UPDATE = os.environ.get("UPDATE_EXPECTED") == "1"


def build_project(destination: Path, *overlays: Path) -> Path:
    """A project in `destination`: the base fixture with each overlay folder copied on top."""
    shutil.copytree(BASE, destination, symlinks=True, dirs_exist_ok=True)
    for overlay in overlays:
        shutil.copytree(
            overlay,
            destination,
            symlinks=True,
            dirs_exist_ok=True,
            ignore=shutil.ignore_patterns("expected*"),
        )
    return destination


def check_expected(path: Path, actual: str) -> None:
    """Compare `actual` with the file's whole content (or rewrite it under UPDATE_EXPECTED=1)."""
    if UPDATE or not path.exists():
        path.write_text(actual, encoding="utf-8")
    assert actual == path.read_text(encoding="utf-8")


@pytest.fixture(autouse=True)
def lint_cache_dir(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Each test its own cache of lint results, never the user's."""
    folder = tmp_path_factory.mktemp("lint-cache")
    monkeypatch.setenv("VRAEM_CLAIMS_CACHE_DIR", str(folder))
    monkeypatch.delenv("VRAEM_CLAIMS_NO_CACHE", raising=False)
    return folder


@pytest.fixture
def project_dir(tmp_path: Path) -> Path:
    """An empty-claims copy of the base fixture (two small sources, English and Spanish)."""
    return build_project(tmp_path / "project")


@pytest.fixture
def runner(monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    monkeypatch.setenv("TERMINAL_WIDTH", "100")
    monkeypatch.setenv("COLUMNS", "100")
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.delenv("VRAEM_CLAIMS_PROJECT", raising=False)
    return CliRunner()


def corpus_of(destination: Path, claims: list[dict[str, object]], **files: str) -> Corpus:
    """A loaded corpus of the base fixture sources and these claims (quotes are not checked).

    Extra keyword arguments write files under claims/ (e.g. reviews="...").
    """
    import yaml

    root = build_project(destination)
    (root / "claims" / "claims.yaml").write_text(
        yaml.safe_dump({"claims": claims}, allow_unicode=True, sort_keys=False), encoding="utf-8"
    )
    for name, text in files.items():
        (root / "claims" / f"{name}.yaml").write_text(text, encoding="utf-8")
    return load_corpus(find_project(root))


def groups_of(tmp_path: Path, claims: list[dict[str, object]]) -> list[set[str]]:
    """The ids of each quantity group that analysis finds among these claims."""
    from vraem_claims.analysis import analyse

    analysis = analyse(corpus_of(tmp_path / "p", claims))
    return [{m.id for m in group.measures} for group in analysis.groups]


def claim(claim_id: str, statement: str, **fields: object) -> dict[str, object]:
    """A claim dict citing report-en, or `source=` (analysis does not check quotes)."""
    source = fields.pop("source", "report-en")
    return {
        "id": claim_id,
        "statement": statement,
        **fields,
        "citations": [{"source": source, "quote": statement}],
    }


# A valid claims file citing the base project's English source.
VALID = (
    "claims:\n"
    "  - id: strips\n"
    "    statement: Police destroyed 263 clandestine landing strips.\n"
    "    value: 263\n"
    "    unit: airstrips\n"
    "    citations:\n"
    "      - source: report-en\n"
    "        quote: Antinarcotics Police have destroyed or disabled 263 clandestine landing strips\n"
)


def claim_with(**fields: str) -> str:
    """VALID with some field lines replaced or added (raw YAML text)."""
    lines = VALID.splitlines()
    for key, raw in fields.items():
        prefix = f"    {key}:"
        lines = [line for line in lines if not line.startswith(prefix)]
        lines.insert(2, f"    {key}: {raw}")
    return "\n".join(lines) + "\n"
