"""`sources` and `sources add`: counts, and registering texts byte for byte, refusing bad ones."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from vraem_claims.corpus import load_corpus
from vraem_claims.errors import InputError
from vraem_claims.lint import lint_project
from vraem_claims.project import find_project
from vraem_claims.registry import (
    NewSource,
    list_sources,
    register_source,
    render_sources,
    sources_to_dict,
)

from conftest import FIXTURES, TODAY, build_project

TEXT = FIXTURES / "authoring" / "texts" / "narcopistas.txt"


def new_source(file: Path = TEXT, **changes: str) -> NewSource:
    values = {
        "id": "rqd-2020-narcopistas",
        "title": "Fuerzas del orden neutralizan 58 narcopistas",
        "published": "2020-10-16",
        "language": "es",
        "publisher": "Radio de prueba",
        **changes,
    }
    return NewSource(file=file, **values)  # type: ignore[arg-type]  # test values


def snapshot(root: Path) -> dict[str, bytes]:
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file() and path.name != ".vraem-claims.lock"
    }


def test_sources_are_listed_with_claim_and_citation_counts(tmp_path: Path) -> None:
    root = build_project(tmp_path / "project", FIXTURES / "authoring" / "reviews")
    rows = list_sources(load_corpus(find_project(root)))
    assert [(r.id, r.claims, r.citations) for r in rows] == [
        ("report-en", 3, 3),
        ("informe-es", 0, 0),
        ("other-en", 1, 1),
    ]
    assert render_sources(rows) == (
        "id          lang    published    publisher       claims    citations\n"
        "----------  ------  -----------  --------------  --------  -----------\n"
        "report-en   en      2015-01-12   Test Desk       3         3\n"
        "informe-es  es      2019-05      Mesa de Prueba  0         0\n"
        "other-en    en      2015-02-01   Other Desk      1         1\n"
        "3 sources, 4 citations.\n"
    )
    data = sources_to_dict(rows)
    assert data["schema_version"] == 1 and data["sources"][0]["file"] == "report-en.txt"


def test_a_claim_citing_a_source_twice_counts_once_as_a_claim(tmp_path: Path) -> None:
    root = build_project(tmp_path / "project")
    (root / "claims" / "c.yaml").write_text(
        "claims:\n  - id: a\n    statement: s\n    citations:\n"
        "      - {source: report-en, quote: Antinarcotics Police}\n"
        "      - {source: report-en, quote: clandestine landing strips}\n",
        encoding="utf-8",
    )
    rows = list_sources(load_corpus(find_project(root)))
    assert (rows[0].claims, rows[0].citations) == (1, 2)


def test_a_source_is_copied_byte_for_byte_and_registered_keeping_comments(
    tmp_path: Path,
) -> None:
    root = build_project(tmp_path / "project")
    sources_yaml = root / "seeds" / "sources.yaml"
    before = sources_yaml.read_text(encoding="utf-8")
    text = tmp_path / "narcopistas.txt"
    text.write_bytes(b"\xef\xbb\xbf" + TEXT.read_bytes().replace(b"\n", b"\r\n"))
    registered = register_source(find_project(root), new_source(text, author="Ana Pérez"))
    assert (root / "seeds" / "narcopistas.txt").read_bytes() == text.read_bytes()
    after = sources_yaml.read_text(encoding="utf-8")
    assert after == before + (
        "  - id: rqd-2020-narcopistas\n"
        "    file: narcopistas.txt\n"
        "    title: Fuerzas del orden neutralizan 58 narcopistas\n"
        "    publisher: Radio de prueba\n"
        "    author: Ana Pérez\n"
        "    published: 2020-10-16\n"
        "    language: es\n"
    )
    assert (registered.text_path, registered.source_file, registered.line) == (
        "seeds/narcopistas.txt",
        "seeds/sources.yaml",
        15,
    )
    report = lint_project(find_project(root), today=TODAY)
    assert report.findings == [] and report.sources == 3


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


REFUSALS = {
    "not UTF-8": (
        lambda d: write(d / "latin1.txt", "Ejército".encode("latin-1")),
        {},
        "latin1.txt: is not UTF-8 (byte 0xe9 at offset 2); convert it",
    ),
    "binary": (
        lambda d: write(d / "image.txt", b"PNG\x00\x01"),
        {},
        "image.txt: holds a NUL byte at offset 3; it looks binary",
    ),
    "empty": (lambda d: write(d / "empty.txt", b"  \n"), {}, "empty.txt: is empty"),
    "directory": (lambda d: d, {}, "is a directory, not a text file"),
    "missing": (lambda d: d / "nope.txt", {}, "nope.txt: no such file"),
    "id taken": (
        lambda d: TEXT,
        {"id": "report-en"},
        "source id `report-en` is already registered",
    ),
    "file name taken": (
        lambda d: write(d / "report-en.txt", b"Otra cosa.\n"),
        {},
        "`report-en.txt` is already the text of source `report-en`",
    ),
    "file exists unregistered": (
        lambda d: write(d / "stray.txt", b"Otra cosa.\n"),
        {},
        "seeds/stray.txt already exists; rename your copy of the text",
    ),
    "bad id": (lambda d: TEXT, {"id": "no spaces"}, "--id: String should match pattern"),
    "bad date": (lambda d: TEXT, {"published": "2020-13"}, "--published"),
    "bad language": (lambda d: TEXT, {"language": "Spanish"}, "--language"),
    "named sources.yaml": (
        lambda d: write(d / "sources.yaml", b"text\n"),
        {},
        "a source text cannot be named sources.yaml",
    ),
}


@pytest.mark.parametrize("case", REFUSALS, ids=list(REFUSALS))
def test_bad_texts_and_metadata_are_refused_and_change_no_file(tmp_path: Path, case: str) -> None:
    root = build_project(tmp_path / "project")
    (root / "seeds" / "stray.txt").write_text("A stray copy.\n", encoding="utf-8")
    outside = tmp_path / "outside"
    outside.mkdir()
    make, changes, message = REFUSALS[case]
    file = make(outside)
    before = snapshot(root)
    with pytest.raises(InputError, match=re.escape(message)):
        register_source(find_project(root), new_source(file, **changes))
    assert snapshot(root) == before


def test_an_unreadable_text_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = build_project(tmp_path / "project")
    before = snapshot(root)

    def unreadable(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "read_bytes", unreadable)
    with pytest.raises(
        InputError, match=re.escape("narcopistas.txt: cannot read (Permission denied)")
    ):
        register_source(find_project(root), new_source())
    monkeypatch.undo()
    assert snapshot(root) == before


def test_the_shipped_corpus_is_never_written() -> None:
    from vraem_claims.project import embedded_project

    with pytest.raises(InputError, match="only the shipped corpus, which is not edited"):
        register_source(embedded_project(), new_source())
