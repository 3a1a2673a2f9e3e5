"""Settings from `[tool.vraem-claims]` in pyproject.toml; unknown settings are an error."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from vraem_claims.errors import ConfigError
from vraem_claims.findings import Severity


class Settings(BaseModel):
    """Every setting, with its default. Keys are kebab-case in pyproject.toml."""

    model_config = ConfigDict(
        extra="forbid",
        frozen=True,
        alias_generator=lambda name: name.replace("_", "-"),
        populate_by_name=True,
    )

    seeds: str = "seeds"
    claims: str = "claims"
    select: list[str] = []
    ignore: list[str] = []
    fail_on: Severity = Severity.WARNING
    # Quotes
    min_quote_length: Annotated[int, Field(ge=1)] = 10
    ellipsis_max_gap: Annotated[int, Field(ge=0)] = 500
    # Hostile input bounds
    max_file_size: Annotated[int, Field(ge=1)] = 20_000_000
    max_depth: Annotated[int, Field(ge=4, le=10_000)] = 64
    max_alias_nodes: Annotated[int, Field(ge=0)] = 100_000
    # Intervals: `about 7500` is 7500 +/- this fraction.
    about_tolerance: Annotated[float, Field(ge=0, le=1)] = 0.1
    # Processes for loading and lint: 0 decides (two on large projects where processes can
    # fork), 1 one, 2 two.
    jobs: Annotated[int, Field(ge=0, le=2)] = 0


def settings_from_table(table: Any, *, origin: str) -> Settings:
    if not isinstance(table, dict):
        raise ConfigError(f"{origin}: expected a table of settings")
    try:
        return Settings.model_validate(table)
    except ValidationError as exc:
        error = exc.errors()[0]
        key = ".".join(str(part) for part in error["loc"])
        if error["type"] == "extra_forbidden":
            known = ", ".join(sorted(f.alias or n for n, f in Settings.model_fields.items()))
            raise ConfigError(f"{origin}: unknown setting `{key}` (known: {known})") from None
        raise ConfigError(f"{origin}: `{key}`: {error['msg']}") from None
