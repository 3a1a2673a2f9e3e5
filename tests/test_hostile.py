"""Hostile and broken input: every case ends in a finding or one line on stderr, never a
traceback, and nothing outside the project is read."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from vraem_claims.cli import app
from vraem_claims.lint import lint_project
from vraem_claims.project import find_project
from vraem_claims.yamlload import YamlLimits, load_yaml

from conftest import TODAY, VALID, build_project, claim_with


def codes_for(tmp_path: Path, text: str | bytes, name: str = "c.yaml") -> list[str]:
    root = build_project(tmp_path / "p")
    path = root / "claims" / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return [f.code for f in lint_project(find_project(root), today=TODAY).findings]


# --- YAML ---------------------------------------------------------------------------


def test_every_truncation_of_a_valid_file_is_handled(tmp_path: Path) -> None:
    # Syntax errors at every position: cut the file short everywhere, never crash.
    for cut in range(0, len(VALID), 7):
        doc = load_yaml(VALID[:cut])
        assert doc.data is None or isinstance(doc.data, dict | list | str | int | float)


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("claims:\n\t- id: x\n", ["Y001"]),  # tab indentation
        ("claims: [\n", ["Y001"]),
        (VALID.replace("    unit: airstrips\n", "    unit: airstrips\n    unit: kg\n"), ["Y002"]),
        ("just a scalar\n", ["Y004"]),
        ("- a\n- list\n", ["Y004"]),
        ("", ["Y011"]),
        ("# only a comment\n", ["Y011"]),
        (VALID + "---\nclaims: []\n", ["Y009"]),
        ("claims: &c []\nother: *c\n", ["S001"]),  # anchors and aliases are fine
        ("claims:\n  - !!python/object/apply:os.system [echo]\n", ["Y004", "Y006"]),
        ("claims: []\nx: " + "[" * 200 + "]" * 200 + "\n", ["Y010"]),
        ("claims: 17\n", ["Y004"]),
    ],
)
def test_yaml_problems_are_findings(tmp_path: Path, text: str, codes: list[str]) -> None:
    assert sorted(codes_for(tmp_path, text)) == codes


def test_billion_laughs_is_bounded(tmp_path: Path) -> None:
    lines = ["claims: []", "a: &a [x, x, x, x, x, x, x, x, x, x]"]
    for previous, name in zip("abcdefgh", "bcdefghi", strict=True):
        lines.append(f"{name}: &{name} [" + ", ".join([f"*{previous}"] * 10) + "]")
    assert codes_for(tmp_path, "\n".join(lines) + "\n") == ["Y007"]


@pytest.mark.parametrize(
    ("raw", "field", "codes"),
    [
        ("NO", "place", ["Y003"]),
        ("7.500", "value", ["N001", "Y003"]),
        ("1_000", "value", ["N001", "Y003"]),
        ("0o17", "value", ["N003", "S012"]),  # text in YAML 1.1, a number in YAML 1.2
        (".inf", "value", ["S009", "Y003"]),
        (".nan", "value", ["S009", "Y003"]),
        ("2014-13-45", "as_of", ["S004"]),
        ("-263", "value", ["N001", "S010"]),
        ("10000000000000000000000", "value", ["S009"]),
        ("'263'", "value", ["N003", "S012"]),
        ("2204", "as_of", ["D002"]),
        ("2016", "as_of", ["D001"]),
        ("2015-01", "as_of", []),
        ("[1, 2]", "value", ["S002"]),
        ("{a: 1}", "statement", ["S002"]),
    ],
)
def test_values(tmp_path: Path, raw: str, field: str, codes: list[str]) -> None:
    assert sorted(codes_for(tmp_path, claim_with(**{field: raw}))) == codes


def test_low_above_high(tmp_path: Path) -> None:
    text = claim_with(qualifier="range", low="400", high="200").replace("    value: 263\n", "")
    assert "S008" in codes_for(tmp_path, text)


def test_huge_file_is_refused_by_size(tmp_path: Path) -> None:
    root = build_project(tmp_path / "p")
    (root / "pyproject.toml").write_text("[tool.vraem-claims]\nmax-file-size = 100000\n")
    (root / "claims" / "big.yaml").write_text(VALID + "# " + "x" * 200_000 + "\n")
    codes = [f.code for f in lint_project(find_project(root), today=TODAY).findings]
    assert codes == ["Y005"]


# --- text and encodings -----------------------------------------------------------


@pytest.mark.parametrize(
    ("source", "quote", "codes"),
    [
        (b"\xef\xbb\xbfThey destroyed 263 clandestine strips.\n", "destroyed 263 clandestine", []),
        (b"Line one\r\nThey destroyed 263 strips.\r\n", "destroyed 263 strips", []),
        (b"Line one\rThey destroyed 263 strips.\r", "destroyed 263 strips", []),
        ("Apurímac: 263 strips destroyed.".encode(), "Apuri\u0301mac: 263 strips", ["Q002"]),
        ("They\u00a0destroyed 263 strips.".encode(), "They destroyed 263 strips", ["Q002"]),
        ("They destroyed 263\u200b strips.".encode(), "They destroyed 263 strips", ["Q002"]),
        ("\u200fThey destroyed 263 strips.".encode(), "They destroyed 263 strips", []),
        ("The ‘police’ destroyed 263 strips.".encode(), "The 'police' destroyed 263", ["Q002"]),
        (
            ("x" * 100_000 + " destroyed 263 strips " + "y" * 100_000).encode(),
            "destroyed 263 strips",
            [],
        ),
        (b"They destroyed 263 strips.", "2", ["N001", "Q004"]),
        ("En Apurímac destruyeron 263 pistas".encode("latin-1"), "destruyeron 263", ["R005"]),
    ],
)
def test_source_texts(tmp_path: Path, source: bytes, quote: str, codes: list[str]) -> None:
    root = build_project(tmp_path / "p")
    (root / "seeds" / "report-en.txt").write_bytes(source)
    (root / "claims" / "c.yaml").write_text(claim_with(), encoding="utf-8")
    text = (
        (root / "claims" / "c.yaml")
        .read_text(encoding="utf-8")
        .replace(
            "Antinarcotics Police have destroyed or disabled 263 clandestine landing strips",
            '"' + quote.replace("\\", "\\\\").replace('"', '\\"') + '"',
        )
    )
    (root / "claims" / "c.yaml").write_text(text, encoding="utf-8")
    found = sorted(f.code for f in lint_project(find_project(root), today=TODAY).findings)
    assert found == codes


def test_claims_file_with_bom_crlf_and_latin1(tmp_path: Path) -> None:
    assert codes_for(tmp_path / "a", b"\xef\xbb\xbf" + VALID.replace("\n", "\r\n").encode()) == []
    assert codes_for(tmp_path / "b", VALID.replace("Police", "Policía").encode("latin-1")) == [
        "Y008"
    ]
    assert codes_for(tmp_path / "c", VALID.encode("utf-16")) == ["Y008"]


# --- paths --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("file", "code"),
    [
        ("../claims/c.yaml", "R003"),
        ("/etc/passwd", "R003"),
        ("missing.txt", "R002"),
        ("C:\\windows\\win.ini", "R003"),
    ],
)
def test_source_paths_stay_inside_seeds(tmp_path: Path, file: str, code: str) -> None:
    root = build_project(tmp_path / "p")
    sources = root / "seeds" / "sources.yaml"
    sources.write_text(sources.read_text().replace("file: report-en.txt", f"file: '{file}'"))
    (root / "claims" / "c.yaml").write_text(VALID, encoding="utf-8")
    assert [f.code for f in lint_project(find_project(root), today=TODAY).findings] == [code]


def test_symlinks_out_of_the_project_are_refused(tmp_path: Path) -> None:
    outside = tmp_path / "outside.txt"
    outside.write_text(
        "Antinarcotics Police have destroyed or disabled 263 clandestine landing strips",
        encoding="utf-8",
    )
    root = build_project(tmp_path / "p")
    (root / "seeds" / "report-en.txt").unlink()
    (root / "seeds" / "report-en.txt").symlink_to(outside)
    (root / "claims" / "c.yaml").write_text(VALID, encoding="utf-8")
    (root / "claims" / "linked.yaml").symlink_to(outside)
    codes = sorted(f.code for f in lint_project(find_project(root), today=TODAY).findings)
    assert codes == ["F002", "R003"]


def test_a_directory_where_a_file_is_expected(tmp_path: Path) -> None:
    root = build_project(tmp_path / "p")
    (root / "seeds" / "report-en.txt").unlink()
    (root / "seeds" / "report-en.txt").mkdir()
    (root / "claims" / "c.yaml").write_text(VALID, encoding="utf-8")
    (root / "claims" / "dir.yaml").mkdir()
    codes = sorted(f.code for f in lint_project(find_project(root), today=TODAY).findings)
    assert codes == ["R002"]  # a folder named *.yaml is not a claims file


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads unreadable files")
def test_unreadable_claims_file(tmp_path: Path) -> None:
    root = build_project(tmp_path / "p")
    path = root / "claims" / "c.yaml"
    path.write_text(VALID, encoding="utf-8")
    path.chmod(0)
    try:
        codes = [f.code for f in lint_project(find_project(root), today=TODAY).findings]
    finally:
        path.chmod(0o644)
    assert codes == ["F001"]


def test_file_names_with_spaces_and_accents(tmp_path: Path, runner: CliRunner) -> None:
    root = build_project(tmp_path / "p")
    (root / "claims" / "incautaciones de Apurímac.yaml").write_text(VALID, encoding="utf-8")
    result = runner.invoke(
        app,
        [
            "--project",
            str(root),
            "lint",
            "-o",
            "concise",
            str(root / "claims" / "incautaciones de Apurímac.yaml"),
        ],
    )
    assert (result.exit_code, result.stdout, result.stderr) == (0, "", "")


@pytest.mark.parametrize(
    "args",
    [
        ["lint", "/nonexistent/claims.yaml"],
        ["--project", "/nonexistent", "lint"],
        ["--project", "/", "lint"],
        ["lint", "--select", "NOPE"],
        ["conflicts", "--kind", "nope"],
        ["export", "--output", "/nonexistent/dir/out.json"],
    ],
)
def test_could_not_run_is_one_line_and_exit_2(runner: CliRunner, args: list[str]) -> None:
    result = runner.invoke(app, args)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("vraem-claims: error: ")


# --- properties ---------------------------------------------------------------------


@given(st.text(max_size=400))
@settings(max_examples=400, deadline=None)
def test_loader_never_raises_on_any_text(text: str) -> None:
    doc = load_yaml(text, limits=YamlLimits(max_depth=32, max_alias_nodes=1000))
    for problem in doc.problems:
        assert problem.line >= 1 and problem.col >= 1 and problem.code.startswith("Y")


YAMLISH = st.text(
    alphabet=st.sampled_from(list("claims:- []{}&*!|>'\"#\n\t ,?%@`0123456789abc.")), max_size=200
)


@given(YAMLISH)
@settings(max_examples=600, deadline=None)
def test_loader_never_raises_on_yaml_punctuation(text: str) -> None:
    load_yaml(text, limits=YamlLimits(max_depth=32, max_alias_nodes=1000))
