"""Shared test helpers: scenario projects built from fixture folders, and a pinned CLI runner."""

from __future__ import annotations

import datetime as dt
import os
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

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
