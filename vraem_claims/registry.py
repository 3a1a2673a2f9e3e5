"""`sources`: the registered source texts with how often claims cite them, and registering one.

`sources add` copies a text into `seeds/` byte for byte and appends its metadata
to `seeds/sources.yaml` as text (comments and layout kept, see `yamlinsert`).
Both writes happen under the seeds folder's lock; the text is written first, so an
interrupted run leaves at most an unregistered copy, never an entry without its text.
"""

from __future__ import annotations

import contextlib
from collections import Counter
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from vraem_claims import __version__
from vraem_claims.corpus import Corpus, load_catalog
from vraem_claims.errors import InputError
from vraem_claims.filing import plan_append, read_text, require_writable
from vraem_claims.models import Source
from vraem_claims.project import SOURCES_FILE, Project
from vraem_claims.storage import folder_lock, write_atomic
from vraem_claims.validation import model_or_error
from vraem_claims.yamlinsert import item_ids
from vraem_claims.yamlload import BOM
from vraem_claims.yamlrender import Plain

SCHEMA_VERSION = 1
LIST_KEY = "sources"


@dataclass(frozen=True, slots=True)
class SourceRow:
    id: str
    language: str
    published: str
    publisher: str
    file: str
    claims: int  # claims citing the source
    citations: int  # citations of it (a claim may cite a source twice)


def project_sources(project: Project) -> list[SourceRow]:
    """`sources` as the command runs it: load the project, then `list_sources`."""
    from vraem_claims.corpus import load_corpus

    return list_sources(load_corpus(project))


def list_sources(corpus: Corpus) -> list[SourceRow]:
    """Every registered source, in the order of sources.yaml, with claim and citation counts."""
    citations: Counter[str] = Counter()
    claims: Counter[str] = Counter()
    for loaded in corpus.claims:
        cited = [citation.source for citation in loaded.claim.citations]
        citations.update(cited)
        claims.update(set(cited))
    return [
        SourceRow(
            source.id,
            source.language,
            str(source.published),
            source.publisher or "",
            source.file,
            claims[source.id],
            citations[source.id],
        )
        for source in corpus.catalog.sources.values()
    ]


def render_sources(rows: list[SourceRow], *, tablefmt: str = "simple") -> str:
    from tabulate import tabulate

    if not rows:
        return "No sources are registered (vraem-claims sources add FILE ... registers one).\n"
    headers = ["id", "lang", "published", "publisher", "claims", "citations"]
    table = [[r.id, r.language, r.published, r.publisher, r.claims, r.citations] for r in rows]
    total = sum(r.citations for r in rows)
    return (
        tabulate(table, headers, tablefmt=tablefmt, disable_numparse=True)
        + f"\n{len(rows)} sources, {total} citations.\n"
    )


def sources_to_dict(rows: list[SourceRow]) -> dict[str, Any]:
    return {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": "vraem-claims", "version": __version__},
        "sources": [asdict(row) for row in rows],
    }


@dataclass(frozen=True, slots=True)
class NewSource:
    """What `sources add` was given."""

    file: Path
    id: str
    title: str
    published: str
    language: str
    publisher: str | None = None
    author: str | None = None
    url: str | None = None


@dataclass(frozen=True, slots=True)
class Registered:
    source: Source
    text_path: str  # project-relative
    source_file: str  # sources.yaml, project-relative
    line: int  # of the new entry in sources.yaml


def register_source(project: Project, new: NewSource) -> Registered:
    """Copy a text into seeds/ and append its entry to seeds/sources.yaml."""
    require_writable(project)
    data = _read_text_file(new.file, max_size=project.settings.max_file_size)
    source = _model(new)
    catalog = load_catalog(project)
    display = project.relative(project.sources_file)
    if not catalog.loaded:
        raise InputError(f"{display}: cannot be read; fix it first (vraem-claims lint shows how)")
    if source.id in catalog.sources:
        raise InputError(f"source id `{source.id}` is already registered in {display}")
    target = project.seeds_dir / source.file
    taken = {s.file: s.id for s in catalog.sources.values()}
    if source.file in taken:
        raise InputError(f"`{source.file}` is already the text of source `{taken[source.file]}`")
    fields = _fields(source)
    with folder_lock(project.seeds_dir):
        if target.exists() or target.is_symlink():
            raise InputError(
                f"{project.relative(target)} already exists; rename your copy of the text"
            )
        current, has_bom = read_text(project.sources_file, display)
        if source.id in item_ids(current, LIST_KEY):
            raise InputError(f"source id `{source.id}` is already registered in {display}")
        edit = plan_append(current, fields, source, list_key=LIST_KEY, display=display)
        write_atomic(target, data)
        try:
            write_atomic(project.sources_file, (BOM if has_bom else b"") + edit.text.encode())
        except BaseException:
            with contextlib.suppress(OSError):
                target.unlink()
            raise
    return Registered(source, project.relative(target), display, edit.line)


def _read_text_file(path: Path, *, max_size: int) -> bytes:
    """The bytes of a source text, refused unless it is a readable UTF-8 text file."""
    if path.is_dir():
        raise InputError(f"{path}: is a directory, not a text file")
    if not path.exists():
        raise InputError(f"{path}: no such file")
    if not path.is_file():
        raise InputError(f"{path}: not a regular file")
    try:
        size = path.stat().st_size
        if size > max_size:
            raise InputError(f"{path}: {size:,} bytes, over max-file-size ({max_size:,})")
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    nul = data.find(b"\x00")
    if nul >= 0:
        raise InputError(
            f"{path}: holds a NUL byte at offset {nul}; it looks binary, not text "
            "(save it as UTF-8 plain text)"
        )
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{path}: is not UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            "convert it, e.g. iconv -f latin1 -t utf-8"
        ) from None
    if not data.strip():
        raise InputError(f"{path}: is empty")
    return data


def _model(new: NewSource) -> Source:
    name = new.file.name
    if name == SOURCES_FILE:
        raise InputError(f"{new.file}: a source text cannot be named {SOURCES_FILE}")
    values = {
        "id": new.id,
        "file": name,
        "title": new.title,
        "publisher": new.publisher,
        "author": new.author,
        "published": new.published,
        "language": new.language,
        "url": new.url,
    }
    return model_or_error(Source, values, as_options=True)


def _fields(source: Source) -> list[tuple[str, Any]]:
    values: dict[str, Any] = {
        "id": source.id,
        "file": source.file,
        "title": source.title,
        "publisher": source.publisher,
        "author": source.author,
        "published": Plain(str(source.published)),
        "language": source.language,
        "url": source.url,
    }
    return [(key, value) for key, value in values.items() if value is not None]
