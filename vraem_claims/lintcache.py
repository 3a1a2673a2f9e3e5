"""A cache of lint results: `lint` over files it has already checked replays its findings.

Like black's and ruff's caches, but whole-project: the findings of `lint` depend on every
claim file at once (duplicate ids, comparisons, reviews), so one entry holds one run's
report, for one project, one choice of paths and one choice of rules. The entry is
replayed only while everything the run depended on is unchanged:

- its *context*: the cache format, the tool's version and the bytes of its code, the
  Python version, the installed packages (their `.dist-info` names carry the versions),
  the project's `[tool.vraem-claims]` table, the paths and rules asked for, and the date
  (date checks compare with today);
- its *inputs*: every file under the project's seeds and claims folders and under the
  paths given, by content (a BLAKE2 digest of the bytes, not a modification time), and
  the listing of those folders, so a new, removed or renamed file is noticed.

The inputs are read before the run, so a file edited while `lint` runs is seen as changed
next time. A replay imports neither pydantic nor PyYAML: it costs the start of the
command line plus reading the files once. Any problem with the cache (unreadable,
corrupt, unwritable, another version's format) means a normal run; the cache never
changes what `lint` reports. Entries live in `$VRAEM_CLAIMS_CACHE_DIR`, else
`$XDG_CACHE_HOME/vraem-claims`, else `~/.cache/vraem-claims`; `--no-cache` or
`VRAEM_CLAIMS_NO_CACHE=1` turns the cache off.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from vraem_claims import __version__
from vraem_claims.errors import InputError
from vraem_claims.findings import Edit, Finding, Location, Severity
from vraem_claims.lint_report import LintReport
from vraem_claims.storage import write_atomic

if TYPE_CHECKING:
    from vraem_claims.project import Project, ProjectLocation

ENV_DIR = "VRAEM_CLAIMS_CACHE_DIR"
ENV_OFF = "VRAEM_CLAIMS_NO_CACHE"
# Raise when the layout of an entry changes; older entries then miss.
FORMAT = 1
_CHUNK = 1 << 20


def cache_dir() -> Path:
    """Where entries are kept."""
    explicit = os.environ.get(ENV_DIR)
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME")
    return (Path(base) if base else Path("~/.cache").expanduser()) / "vraem-claims"


def cache_enabled() -> bool:
    """False when `VRAEM_CLAIMS_NO_CACHE` is set to anything but empty or 0."""
    return os.environ.get(ENV_OFF, "").strip() in ("", "0")


@dataclass(frozen=True, slots=True)
class LintCache:
    """The cache entry of one lint invocation: where it is and the context it must match."""

    entry: Path
    context: str
    root: Path
    paths: tuple[Path, ...]

    @classmethod
    def for_run(
        cls,
        location: ProjectLocation,
        paths: Sequence[Path] | None,
        *,
        select: Sequence[str],
        ignore: Sequence[str],
        today: dt.date,
    ) -> LintCache:
        given = tuple(paths or ())
        # A path outside the project is reported as written, so the words and the working
        # folder they are relative to are part of what is asked.
        asked = [
            str(location.root),
            [str(path) for path in given],
            str(Path.cwd()) if given else None,
            list(select),
            list(ignore),
        ]
        context = [
            FORMAT,
            __version__,
            _code_digest(),
            sys.version,
            _packages_digest(),
            location.table,
            today.isoformat(),
            asked,
        ]
        name = _digest(json.dumps(asked, ensure_ascii=False).encode())
        return cls(
            entry=cache_dir() / f"lint-{name[:32]}.json",
            context=_digest(json.dumps(context, default=str, sort_keys=True).encode()),
            root=location.root,
            paths=given,
        )

    def replay(self) -> tuple[LintReport, Severity] | None:
        """The cached report and the project's `fail-on` setting, when nothing changed."""
        try:
            data = json.loads(self.entry.read_bytes())
            if data.get("format") != FORMAT or data.get("context") != self.context:
                return None
            folders = [Path(folder) for folder in data["folders"]]
            if snapshot(folders, self.paths) != data["inputs"]:
                return None
            return _report_from(data["report"], self.root), Severity(data["fail_on"])
        except (OSError, ValueError, KeyError, TypeError, IndexError, AttributeError):
            return None

    def inputs_of(self, project: Project) -> tuple[list[Path], dict[str, str]]:
        """The project's folders and the digest of every input, read now (before the run)."""
        folders = [project.seeds_dir, project.claims_dir]
        return folders, snapshot(folders, self.paths)

    def store(
        self,
        inputs: tuple[list[Path], dict[str, str]],
        report: LintReport,
        fail_on: Severity,
    ) -> None:
        """Keep `report` for the next run; a cache that cannot be written is skipped."""
        folders, digests = inputs
        data = {
            "format": FORMAT,
            "context": self.context,
            "folders": [str(folder) for folder in folders],
            "inputs": digests,
            "fail_on": fail_on.value,
            "report": _report_to(report),
        }
        text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
        try:
            self.entry.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(self.entry, text.encode("utf-8"))
        except (OSError, InputError):
            return


def snapshot(folders: Iterable[Path], paths: Iterable[Path]) -> dict[str, str]:
    """Every file under `folders` and `paths` (not following links to folders), by content.

    Keys are paths; values a digest of the bytes, or what stands in for them: "missing",
    "folder", "link to <target>" for a link to a folder, "unreadable <error>".
    """
    found: dict[str, str] = {}
    skip = cache_dir().absolute()
    for top in (*folders, *paths):
        top = top.absolute()
        if not top.is_dir():
            exists = top.exists() or top.is_symlink()
            found[str(top)] = _file_digest(top) if exists else "missing"
            continue
        found[str(top)] = "folder"
        for here, folder_names, file_names in os.walk(top):
            folder = Path(here)
            if folder == skip:
                folder_names[:] = []
                continue
            for name in folder_names:
                path = folder / name
                found[str(path)] = f"link to {path.readlink()}" if path.is_symlink() else "folder"
            for name in file_names:
                path = folder / name
                found[str(path)] = _file_digest(path)
    return found


def _file_digest(path: Path) -> str:
    try:
        with path.open("rb") as handle:
            return hashlib.file_digest(handle, "blake2b").hexdigest()[:40]
    except OSError as exc:
        return f"unreadable {type(exc).__name__}"


def _digest(data: bytes) -> str:
    return hashlib.blake2b(data).hexdigest()


def _code_digest() -> str:
    """The bytes of the tool's own modules: an edited checkout is another tool."""
    digest = hashlib.blake2b()
    package = Path(__file__).parent
    for path in sorted(package.glob("*.py")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def _packages_digest() -> str:
    """The installed distributions (names with versions) on the import path."""
    names: list[str] = []
    for entry in sys.path:
        try:
            with os.scandir(entry or ".") as listing:
                names.extend(
                    item.name for item in listing if item.name.endswith((".dist-info", ".egg-info"))
                )
        except OSError:
            continue
    return _digest("\0".join(sorted(names)).encode())


def _location_to(loc: Location) -> list[Any]:
    return [loc.path, loc.line, loc.col, loc.end_line, loc.end_col]


def _location_from(data: list[Any]) -> Location:
    path, line, col, end_line, end_col = data
    return Location(path, line, col, end_line, end_col)


def _report_to(report: LintReport) -> dict[str, Any]:
    return {
        "files": report.files,
        "claims": report.claims,
        "sources": report.sources,
        "fixed": report.fixed,
        "findings": [
            [
                item.code,
                item.message,
                _location_to(item.location),
                item.severity.value,
                item.claim_id,
                item.field,
                [list(pair) for pair in item.details],
                [_location_to(loc) for loc in item.related],
                None
                if item.fix is None
                else [item.fix.path, item.fix.start, item.fix.end, item.fix.text, item.fix.value],
            ]
            for item in report.findings
        ],
    }


def _report_from(data: dict[str, Any], root: Path) -> LintReport:
    findings = []
    for code, message, location, severity, claim_id, field, details, related, fix in data[
        "findings"
    ]:
        findings.append(
            Finding(
                code=code,
                message=message,
                location=_location_from(location),
                severity=Severity(severity),
                claim_id=claim_id,
                field=field,
                details=tuple((label, text) for label, text in details),
                related=tuple(_location_from(loc) for loc in related),
                fix=None if fix is None else Edit(*fix),
            )
        )
    return LintReport(
        root=root,
        findings=findings,
        files=data["files"],
        claims=data["claims"],
        sources=data["sources"],
        fixed=data["fixed"],
    )
