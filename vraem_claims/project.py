"""Finding the project: the folder with `seeds/` and `claims/` that a command works on.

A project is found by walking up from the given path (or the working directory)
to a folder whose pyproject.toml has a `[tool.vraem-claims]` table, or that holds
`seeds/sources.yaml`. With none, the corpus shipped inside the package is used,
so `vraem-claims lint` works out of the box.

Finding the folder (`locate_project`) reads TOML only; the settings are validated
when the project is opened (`open_project`), so a cached `lint` never builds them.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from vraem_claims.errors import ConfigError, ProjectError

if TYPE_CHECKING:
    from vraem_claims.settings import Settings

SOURCES_FILE = "sources.yaml"
ALIASES_FILE = "aliases.yaml"
REVIEWS_FILE = "reviews.yaml"
ENV_PROJECT = "VRAEM_CLAIMS_PROJECT"
SETTINGS_TABLE = "vraem-claims"


@dataclass(frozen=True, slots=True)
class ProjectLocation:
    """Where a project is, before its settings are validated.

    `table` is the `[tool.vraem-claims]` value of `config` (None: defaults), as TOML gave it.
    """

    root: Path
    table: Any = None
    config: Path | None = None
    embedded: bool = False


@dataclass(frozen=True, slots=True)
class Project:
    root: Path
    settings: Settings
    embedded: bool = False

    @property
    def seeds_dir(self) -> Path:
        return self.root / self.settings.seeds

    @property
    def claims_dir(self) -> Path:
        return self.root / self.settings.claims

    @property
    def sources_file(self) -> Path:
        return self.seeds_dir / SOURCES_FILE

    @property
    def aliases_file(self) -> Path:
        return self.claims_dir / ALIASES_FILE

    @property
    def reviews_file(self) -> Path:
        return self.claims_dir / REVIEWS_FILE

    def relative(self, path: Path) -> str:
        """`path` relative to the project root, with forward slashes (for findings and SARIF)."""
        # Symlinks are not followed: a link is named as the link, not as its target.
        absolute = Path(os.path.normpath(path.absolute()))
        try:
            return absolute.relative_to(self.root).as_posix()
        except ValueError:
            return path.as_posix()

    def contains(self, path: Path) -> bool:
        """True when `path`, with symlinks resolved, lies inside the project root."""
        try:
            path.resolve().relative_to(self.root)
        except (ValueError, OSError, RuntimeError):
            return False
        return True

    def claim_files(self, paths: list[Path] | None = None) -> list[Path]:
        """The claim files to check: the given files and folders, or the claims folder."""
        found: list[Path] = []
        for path in paths or [self.claims_dir]:
            if path.is_dir():
                found.extend(
                    p
                    for p in path.rglob("*")
                    if p.suffix in (".yaml", ".yml")
                    and not p.is_dir()
                    and p.name not in (ALIASES_FILE, REVIEWS_FILE)
                )
            elif path.exists() or path.is_symlink():
                found.append(path)
            else:
                raise ProjectError(f"{path}: no such file or directory")
        return sorted(set(found), key=lambda p: self.relative(p))


def find_project(start: Path | None = None, *, root: Path | None = None) -> Project:
    """The project for `start` (a file or folder), an explicit `root`, or the shipped corpus."""
    return open_project(locate_project(start, root=root))


def locate_project(start: Path | None = None, *, root: Path | None = None) -> ProjectLocation:
    """Where the project for `start`, an explicit `root`, or the shipped corpus is."""
    explicit = root or (Path(os.environ[ENV_PROJECT]) if os.environ.get(ENV_PROJECT) else None)
    if explicit is not None:
        if not explicit.is_dir():
            raise ProjectError(f"{explicit}: project directory does not exist")
        location = _location_at(explicit.resolve())
        if location is None:
            raise ProjectError(
                f"{explicit}: not a vraem-claims project (no seeds/{SOURCES_FILE} and no "
                "[tool.vraem-claims] in pyproject.toml)"
            )
        return location
    # The project holding `start`; for a file outside every project, the one around the
    # working directory (which then reports the file as outside it); else the shipped one.
    for origin in (start, Path.cwd()) if start is not None else (Path.cwd(),):
        here = origin.resolve()
        if not here.is_dir():
            here = here.parent
        for folder in (here, *here.parents):
            location = _location_at(folder)
            if location is not None:
                return location
    return _embedded_location()


def open_project(location: ProjectLocation) -> Project:
    """The project at `location`, its settings validated and its folders checked."""
    from vraem_claims.settings import Settings, settings_from_table

    settings = (
        Settings()
        if location.table is None
        else settings_from_table(
            location.table, origin=f"{location.config} [tool.{SETTINGS_TABLE}]"
        )
    )
    return _checked(Project(location.root, settings, embedded=location.embedded))


def read_table(pyproject: Path) -> Any:
    """The `[tool.vraem-claims]` value of a pyproject.toml (a table unless mistyped), or None."""
    try:
        data = tomllib.loads(pyproject.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{pyproject}: cannot read: {exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{pyproject}: invalid TOML: {exc}") from None
    tool = data.get("tool", {})
    return tool.get(SETTINGS_TABLE) if isinstance(tool, dict) else None


def _location_at(folder: Path) -> ProjectLocation | None:
    pyproject = folder / "pyproject.toml"
    if pyproject.is_file():
        table = read_table(pyproject)
        if table is not None:
            return ProjectLocation(folder, table, pyproject)
    if (folder / "seeds" / SOURCES_FILE).is_file():
        return ProjectLocation(folder)
    return None


def embedded_project() -> Project:
    """The corpus shipped with the package (in a wheel), or the checkout it runs from."""
    return open_project(_embedded_location())


def _embedded_location() -> ProjectLocation:
    package = Path(__file__).resolve().parent
    for root in (package / "_corpus", package.parent):
        if (root / "seeds" / SOURCES_FILE).is_file():
            pyproject = root / "pyproject.toml"
            table = read_table(pyproject) if pyproject.is_file() else None
            return ProjectLocation(root, table, pyproject if table is not None else None, True)
    raise ProjectError(
        "no vraem-claims project here (no seeds/sources.yaml in this folder or above it), "
        "and the shipped corpus is missing from the installation"
    )


def _checked(project: Project) -> Project:
    for name, folder in (("seeds", project.seeds_dir), ("claims", project.claims_dir)):
        if not folder.is_dir():
            raise ProjectError(f"{folder}: the project's {name} directory does not exist")
        if not project.contains(folder):
            raise ProjectError(f"{folder}: the {name} directory lies outside the project")
    if not project.sources_file.is_file():
        raise ProjectError(f"{project.sources_file}: not found")
    return project
