"""Finding the project: the folder with `seeds/` and `claims/` that a command works on.

A project is found by walking up from the given path (or the working directory)
to a folder whose pyproject.toml has a `[tool.vraem-claims]` table, or that holds
`seeds/sources.yaml`. With none, the corpus shipped inside the package is used,
so `vraem-claims lint` works out of the box.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from vraem_claims.errors import ProjectError
from vraem_claims.settings import Settings, read_settings

SOURCES_FILE = "sources.yaml"
ALIASES_FILE = "aliases.yaml"
REVIEWS_FILE = "reviews.yaml"
ENV_PROJECT = "VRAEM_CLAIMS_PROJECT"


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
    explicit = root or (Path(os.environ[ENV_PROJECT]) if os.environ.get(ENV_PROJECT) else None)
    if explicit is not None:
        if not explicit.is_dir():
            raise ProjectError(f"{explicit}: project directory does not exist")
        project = _project_at(explicit.resolve())
        if project is None:
            raise ProjectError(
                f"{explicit}: not a vraem-claims project (no seeds/{SOURCES_FILE} and no "
                "[tool.vraem-claims] in pyproject.toml)"
            )
        return _checked(project)
    # The project holding `start`; for a file outside every project, the one around the
    # working directory (which then reports the file as outside it); else the shipped one.
    for origin in (start, Path.cwd()) if start is not None else (Path.cwd(),):
        here = origin.resolve()
        if not here.is_dir():
            here = here.parent
        for folder in (here, *here.parents):
            project = _project_at(folder)
            if project is not None:
                return _checked(project)
    return _checked(embedded_project())


def _project_at(folder: Path) -> Project | None:
    pyproject = folder / "pyproject.toml"
    if pyproject.is_file():
        settings = read_settings(pyproject)
        if settings is not None:
            return Project(folder, settings)
    if (folder / "seeds" / SOURCES_FILE).is_file():
        return Project(folder, Settings())
    return None


def embedded_project() -> Project:
    """The corpus shipped with the package (in a wheel), or the checkout it runs from."""
    package = Path(__file__).resolve().parent
    for root in (package / "_corpus", package.parent):
        if (root / "seeds" / SOURCES_FILE).is_file():
            settings = (
                read_settings(root / "pyproject.toml")
                if (root / "pyproject.toml").is_file()
                else None
            )
            return Project(root, settings or Settings(), embedded=True)
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
