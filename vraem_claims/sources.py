"""Source metadata (`seeds/sources.yaml`) and the source texts claims cite.

Texts are read lazily and at most once, decoded as UTF-8 without any newline
translation, so that character offsets and `line:col` refer to the file as it is.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath, PureWindowsPath

from vraem_claims.anchoring import AnchorIndex
from vraem_claims.findings import Finding, Location
from vraem_claims.models import Source
from vraem_claims.rules import finding
from vraem_claims.validation import LoadedFile, validate_items

_LINE_BREAK = re.compile(r"\r\n|\r|\n")


@dataclass(slots=True)
class SourceText:
    """A source's text with a line index for `line:col` positions."""

    source: Source
    path: Path
    text: str
    display_path: str  # project-relative, for messages
    _line_starts: list[int] | None = None
    _index: AnchorIndex | None = None

    @property
    def index(self) -> AnchorIndex:
        """The text prepared for quote lookups (built on first use)."""
        if self._index is None:
            self._index = AnchorIndex(self.text)
        return self._index

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based line and column of a character offset (CRLF and lone CR end lines too)."""
        if self._line_starts is None:
            self._line_starts = [0, *(m.end() for m in _LINE_BREAK.finditer(self.text))]
        line = bisect.bisect_right(self._line_starts, offset)
        return line, offset - self._line_starts[line - 1] + 1


@dataclass(slots=True)
class SourceCatalog:
    """The registered sources, with lazily loaded texts and the problems found in them."""

    seeds_dir: Path
    display_path: str
    sources: dict[str, Source] = field(default_factory=dict)
    positions: dict[str, dict[str, tuple[int, int]]] = field(default_factory=dict)
    findings: list[Finding] = field(default_factory=list)
    loaded: bool = True  # False when sources.yaml itself could not be read
    max_file_size: int = 20_000_000
    _texts: dict[str, SourceText | None] = field(default_factory=dict)

    def get_text(self, source_id: str) -> SourceText | None:
        """The text of a source, or None when it cannot be read (reported once in `findings`)."""
        if source_id not in self._texts:
            self._texts[source_id] = self._load_text(source_id)
        return self._texts[source_id]

    def _location(self, source_id: str, key: str) -> Location:
        line, col = self.positions.get(source_id, {}).get(key, (1, 1))
        return Location(self.display_path, line, col)

    def _load_text(self, source_id: str) -> SourceText | None:
        source = self.sources[source_id]
        location = self._location(source_id, "file")
        problem = _unsafe_path(source.file)
        if problem is not None:
            self.findings.append(finding("R003", f"source `{source_id}`: {problem}", location))
            return None
        path = self.seeds_dir / source.file
        try:
            resolved = path.resolve(strict=True)
        except (OSError, RuntimeError):
            self.findings.append(
                finding(
                    "R002",
                    f"source `{source_id}`: file `{source.file}` does not exist in "
                    "the seeds directory",
                    location,
                )
            )
            return None
        if not resolved.is_relative_to(self.seeds_dir.resolve()):
            self.findings.append(
                finding(
                    "R003",
                    f"source `{source_id}`: `{source.file}` resolves to {resolved}, "
                    "outside the seeds directory",
                    location,
                )
            )
            return None
        if not resolved.is_file():
            self.findings.append(
                finding(
                    "R002", f"source `{source_id}`: `{source.file}` is not a regular file", location
                )
            )
            return None
        try:
            size = resolved.stat().st_size
            if size > self.max_file_size:
                self.findings.append(
                    finding(
                        "R002",
                        f"source `{source_id}`: `{source.file}` is {size:,} bytes, over "
                        f"max-file-size ({self.max_file_size:,})",
                        location,
                    )
                )
                return None
            data = resolved.read_bytes()
        except OSError as exc:
            self.findings.append(
                finding(
                    "R002",
                    f"source `{source_id}`: cannot read `{source.file}`: {exc.strerror or exc}",
                    location,
                )
            )
            return None
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            self.findings.append(
                finding(
                    "R005",
                    f"source `{source_id}`: `{source.file}` is not UTF-8 (byte "
                    f"0x{data[exc.start]:02x} at offset {exc.start})",
                    location,
                )
            )
            return None
        display = (PurePosixPath(self.display_path).parent / source.file).as_posix()
        return SourceText(source, resolved, text, display)

    def check_files(self) -> Iterator[Finding]:
        """Load every source text, yielding the problems found (each reported once)."""
        for source_id in self.sources:
            self.get_text(source_id)
        yield from self.findings


def _unsafe_path(file: str) -> str | None:
    """Why a source's `file` may not be used as given, or None when it is a plain relative path."""
    posix, windows = PurePosixPath(file), PureWindowsPath(file)
    if posix.is_absolute() or windows.is_absolute() or windows.drive:
        return f"`{file}` is an absolute path; give a path relative to the seeds directory"
    if ".." in posix.parts or ".." in windows.parts:
        return f"`{file}` climbs out of the seeds directory with `..`"
    return None


def load_sources(loaded: LoadedFile, seeds_dir: Path, *, max_file_size: int) -> SourceCatalog:
    """Validate the entries of a loaded sources.yaml into a catalog (texts load lazily)."""
    catalog = SourceCatalog(seeds_dir, loaded.display_path, max_file_size=max_file_size)
    catalog.findings.extend(loaded.findings)
    if loaded.items is None:
        catalog.loaded = False
        return catalog
    seen_files: dict[str, str] = {}
    for item in validate_items(loaded, Source, list_key="sources", error_code="R004"):
        if item.model is None:
            catalog.findings.extend(item.findings)
            continue
        source = item.model
        location = Location(loaded.display_path, *item.position)
        if source.id in catalog.sources:
            catalog.findings.append(
                finding("R006", f"source id `{source.id}` is defined twice", location)
            )
            continue
        if source.file in seen_files:
            catalog.findings.append(
                finding(
                    "R006",
                    f"source `{source.id}` uses the file `{source.file}` of source "
                    f"`{seen_files[source.file]}`",
                    location,
                )
            )
            continue
        seen_files[source.file] = source.id
        catalog.sources[source.id] = source
        catalog.positions[source.id] = item.field_positions
    return catalog
