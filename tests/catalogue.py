"""The README's catalogue of bad input: each case run through the command line, and the
first line a user sees.

`python tests/catalogue.py` prints the Markdown table; `tests/test_readme.py` checks that
the README holds exactly that table, so the catalogue cannot drift from the tool.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from tempfile import TemporaryDirectory

from typer.testing import CliRunner

from vraem_claims.cli import app

sys.path.insert(0, str(Path(__file__).parent))
from conftest import VALID, build_project, claim_with

Setup = Callable[[Path], None]


@dataclass(frozen=True)
class Case:
    area: str
    label: str  # Markdown
    setup: Setup
    args: tuple[str, ...] = ("lint", "-o", "concise")


def claims(text: str | bytes, name: str = "c.yaml") -> Setup:
    def setup(root: Path) -> None:
        path = root / "claims" / name
        path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))

    return setup


def source(text: bytes, quote: str) -> Setup:
    """The English source replaced by `text`, and the claim quoting `quote` from it."""

    def setup(root: Path) -> None:
        (root / "seeds" / "report-en.txt").write_bytes(text)
        cited = VALID.replace(
            "Antinarcotics Police have destroyed or disabled 263 clandestine landing strips",
            '"' + quote.replace('"', '\\"') + '"',
        )
        (root / "claims" / "c.yaml").write_text(cited, encoding="utf-8")

    return setup


def source_file(file: str) -> Setup:
    def setup(root: Path) -> None:
        sources = root / "seeds" / "sources.yaml"
        sources.write_text(
            sources.read_text(encoding="utf-8").replace("file: report-en.txt", f"file: '{file}'"),
            encoding="utf-8",
        )
        claims(VALID)(root)

    return setup


def symlinked_source(root: Path) -> None:
    outside = root.parent / "outside.txt"  # shown as <tmp>/outside.txt
    outside.write_text(
        "Antinarcotics Police have destroyed or disabled 263 clandestine landing strips\n"
    )
    (root / "seeds" / "report-en.txt").unlink()
    (root / "seeds" / "report-en.txt").symlink_to(outside)
    claims(VALID)(root)


def folder_as_source(root: Path) -> None:
    (root / "seeds" / "report-en.txt").unlink()
    (root / "seeds" / "report-en.txt").mkdir()
    claims(VALID)(root)


def billion_laughs() -> str:
    lines = ["claims: []", "a: &a [x, x, x, x, x, x, x, x, x, x]"]
    for previous, name in zip("abcdefgh", "bcdefghi", strict=True):
        lines.append(f"{name}: &{name} [" + ", ".join([f"*{previous}"] * 10) + "]")
    return "\n".join(lines) + "\n"


def size_limit(root: Path) -> None:
    (root / "pyproject.toml").write_text("[tool.vraem-claims]\nmax-file-size = 100000\n")
    claims(VALID + "# " + "x" * 200_000 + "\n", "big.yaml")(root)


def nothing(root: Path) -> None:
    """The base project, untouched."""


RANGE = claim_with(qualifier="range", low="400", high="200").replace("    value: 263\n", "")
QUOTE = "Antinarcotics Police have destroyed or disabled 263 clandestine landing strips"

CASES = [
    Case("YAML", "a syntax error (unclosed `[`)", claims("claims: [\n")),
    Case("YAML", "a tab in the indentation", claims("claims:\n\t- id: x\n")),
    Case(
        "YAML", "a key given twice", claims(VALID.replace("    unit:", "    value: 7\n    unit:"))
    ),
    Case("YAML", "a document that is a scalar", claims("just a scalar\n")),
    Case("YAML", "a document that is a list", claims("- a\n- list\n")),
    Case("YAML", "an empty file", claims("")),
    Case("YAML", "two documents in one file", claims(VALID + "---\n" + VALID)),
    Case("YAML", "a billion-laughs alias bomb", claims(billion_laughs())),
    Case(
        "YAML",
        "a `!!python/object` tag",
        claims("claims:\n  - !!python/object/apply:os.system [echo]\n"),
    ),
    Case("YAML", "nesting 200 levels deep", claims("claims: []\nx: " + "[" * 200 + "]" * 200)),
    Case("YAML", "a file over `max-file-size`", size_limit),
    Case("YAML", "`place: NO` (YAML 1.1 reads a boolean)", claims(claim_with(place="NO"))),
    Case("YAML", "`value: 7.500` (a Spanish thousand)", claims(claim_with(value="7.500"))),
    Case("YAML", "`value: 1_000`", claims(claim_with(value="1_000"))),
    Case("YAML", "`value: 0o17`", claims(claim_with(value="0o17"))),
    Case("YAML", "`as_of: 2014-13-45`", claims(claim_with(as_of="2014-13-45"))),
    Case("Values", "`value: .nan`", claims(claim_with(value=".nan"))),
    Case("Values", "`value: .inf`", claims(claim_with(value=".inf"))),
    Case("Values", "a negative count", claims(claim_with(value="-263"))),
    Case("Values", "`low` above `high`", claims(RANGE)),
    Case("Values", "a 23-digit integer", claims(claim_with(value="10000000000000000000000"))),
    Case("Values", "`value: '263'` (a string)", claims(claim_with(value="'263'"))),
    Case("Values", "`value: [1, 2]`", claims(claim_with(value="[1, 2]"))),
    Case("Values", "`as_of` in the future", claims(claim_with(as_of="2204"))),
    Case("Values", "`as_of` after the source's publication", claims(claim_with(as_of="2016"))),
    Case("Values", "a partial date (`as_of: 2015-01`)", claims(claim_with(as_of="2015-01"))),
    Case(
        "Text",
        "a source in Latin-1, not UTF-8",
        source("En Apurímac destruyeron 263 pistas".encode("latin-1"), "destruyeron 263"),
    ),
    Case(
        "Text",
        "a claims file in Latin-1",
        claims(VALID.replace("Police", "Policía").encode("latin-1")),
    ),
    Case(
        "Text",
        "a UTF-8 BOM and CRLF line ends",
        claims(b"\xef\xbb\xbf" + VALID.replace("\n", "\r\n").encode()),
    ),
    Case(
        "Text",
        "lone CR line ends in the source",
        source(b"Line one\r" + QUOTE.encode() + b".\r", QUOTE),
    ),
    Case(
        "Text",
        "a quote in NFD (`Apuri\u0301mac`), source in NFC",
        source("Apurímac: 263 strips destroyed.".encode(), "Apuri\u0301mac: 263 strips"),
    ),
    Case(
        "Text",
        "a non-breaking space in the source",
        source("They\u00a0destroyed 263 strips.".encode(), "They destroyed 263 strips"),
    ),
    Case(
        "Text",
        "a zero-width space in the source",
        source("They destroyed 263\u200b strips.".encode(), "They destroyed 263 strips"),
    ),
    Case(
        "Text",
        "a right-to-left mark in the source",
        source("\u200fThey destroyed 263 strips.".encode(), "They destroyed 263 strips"),
    ),
    Case(
        "Text",
        "straight quotes in the quote, curly in the source",
        source("The ‘police’ destroyed 263 strips.".encode(), "The 'police' destroyed 263"),
    ),
    Case(
        "Text",
        "a 200,000-character line",
        source(
            ("x" * 100_000 + " destroyed 263 strips " + "y" * 100_000).encode(),
            "destroyed 263 strips",
        ),
    ),
    Case("Text", "a one-character quote", source(b"They destroyed 263 strips.", "2")),
    Case("Paths", "a source `file: ../claims/c.yaml`", source_file("../claims/c.yaml")),
    Case("Paths", "a source `file: /etc/passwd`", source_file("/etc/passwd")),
    Case("Paths", "a source file that does not exist", source_file("missing.txt")),
    Case("Paths", "a source symlinked out of the project", symlinked_source),
    Case("Paths", "a folder where the source file should be", folder_as_source),
    Case(
        "Paths",
        "a claims file named `incautaciones de Apurímac.yaml`",
        claims(VALID, "incautaciones de Apurímac.yaml"),
    ),
    Case(
        "Paths",
        "`add` into a read-only `claims/` folder",
        lambda root: (root / "claims").chmod(0o555),
        (
            "add",
            "--no-input",
            "--source=report-en",
            "--quote=There are now around 7,500 troops",
            "--statement=There are about 7,500 troops.",
            "--file=claims/new.yaml",
        ),
    ),
    Case("Paths", "`lint` of a path that does not exist", nothing, ("lint", "missing.yaml")),
    Case(
        "Paths",
        "`lint` of a file outside the project",
        lambda root: (root.parent / "outside.yaml").write_text(VALID),
        ("lint", "-o", "concise", "../outside.yaml"),
    ),
    Case("Paths", "`--project /nonexistent`", nothing, ("--project", "/nonexistent", "lint")),
    Case("Options", "an unknown rule in `--select`", nothing, ("lint", "--select", "NOPE")),
    Case(
        "Options",
        "`export` into a folder that does not exist",
        nothing,
        ("export", "--output", "/nonexistent/out.json"),
    ),
]


def run(case: Case, folder: Path) -> tuple[int, list[str], str]:
    """The exit code, the finding codes, and the first line the user sees (stdout, else
    stderr), with the temporary folder shown as `<tmp>`."""
    root = build_project(folder / "project")
    case.setup(root)
    before = Path.cwd()
    os.chdir(root)
    try:
        result = CliRunner().invoke(app, list(case.args))
    finally:
        os.chdir(before)
    text = (result.stdout or result.stderr).replace(str(folder.resolve()), "<tmp>")
    lines = text.splitlines()
    codes = sorted({line.split()[1] for line in result.stdout.splitlines()})
    return result.exit_code, codes, lines[0] if lines else "(nothing: accepted)"


def markdown() -> str:
    rows = ["| Input | Exit | Codes | What you see first |", "|---|---|---|---|"]
    for case in CASES:
        with TemporaryDirectory() as folder:
            code, codes, line = run(case, Path(folder))
        shown = line.replace("|", "\\|")
        rows.append(f"| {case.area}: {case.label} | {code} | {' '.join(codes)} | `{shown}` |")
    return "\n".join(rows) + "\n"


if __name__ == "__main__":
    sys.stdout.write(markdown())
