"""The command line: parse options, call one library function, render, pick the exit code.

This is the only module that imports typer. Library modules are imported inside
the commands, so `vraem-claims --help` does not pay for pydantic, YAML or rapidfuzz.
"""

import datetime as dt
import functools
import sys
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TypeVar

import typer

from vraem_claims import __version__

if TYPE_CHECKING:
    from typer.models import CommandInfo

    from vraem_claims.project import Project

app = typer.Typer(
    name="vraem-claims",
    help="Track claims cited to source texts on Peru's VRAEM: lint them, find duplicates, "
    "report conflicts.",
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,  # plain help: rich costs ~100 ms at start-up
    context_settings={"help_option_names": ["-h", "--help"]},
)

F = TypeVar("F", bound=Callable[..., Any])


def _fails_cleanly(command: F) -> F:
    """Turn the tool's own errors into one line on stderr and exit code 2."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        from vraem_claims.errors import VraemError

        try:
            return command(*args, **kwargs)
        except VraemError as exc:
            typer.echo(f"vraem-claims: error: {exc}", err=True)
            raise typer.Exit(2) from None

    return wrapper  # type: ignore[return-value]  # functools.wraps keeps the signature typer reads


def _warn(message: str) -> None:
    """One line on stderr that the answer is short of something (the output is kept)."""
    typer.echo(f"vraem-claims: warning: {message}", err=True)


class OutputFormat(StrEnum):
    full = "full"
    concise = "concise"
    json = "json"
    sarif = "sarif"
    github = "github"


class FailOn(StrEnum):
    error = "error"
    warning = "warning"
    info = "info"


def _version(value: bool) -> None:
    if value:
        typer.echo(f"vraem-claims {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    ctx: typer.Context,
    project: Annotated[
        Path | None,
        typer.Option(
            "--project",
            "-p",
            help="Project folder (default: found from the "
            "working directory, else the shipped corpus).",
            show_default=False,
        ),
    ] = None,
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Show the version and exit."
        ),
    ] = False,
) -> None:
    """Track claims cited to source texts on Peru's VRAEM: lint them, find duplicates,
    report conflicts."""
    ctx.obj = project


def _project(ctx: typer.Context, start: Path | None = None) -> "Project":
    from vraem_claims.project import find_project

    return find_project(start, root=ctx.obj)


def _split(values: list[str] | None) -> list[str]:
    return [part for value in values or [] for part in value.split(",") if part.strip()]


@app.command()
@_fails_cleanly
def lint(
    ctx: typer.Context,
    paths: Annotated[
        list[Path] | None,
        typer.Argument(
            help="Claim files or folders (default: the project's claims folder).",
            show_default=False,
        ),
    ] = None,
    output_format: Annotated[
        OutputFormat, typer.Option("--output-format", "-o", help="How to print findings.")
    ] = OutputFormat.full,
    select: Annotated[
        list[str] | None,
        typer.Option(
            help="Only these codes, names or prefixes (comma-separated).", show_default=False
        ),
    ] = None,
    ignore: Annotated[
        list[str] | None,
        typer.Option(
            help="Skip these codes, names or prefixes (comma-separated).", show_default=False
        ),
    ] = None,
    fail_on: Annotated[
        FailOn | None,
        typer.Option(
            help="Lowest severity that makes the exit code 1 "
            "(default: warning, or the fail-on setting).",
            show_default=False,
        ),
    ] = None,
    exit_zero: Annotated[
        bool, typer.Option("--exit-zero", help="Exit 0 even when there are findings.")
    ] = False,
    statistics: Annotated[
        bool, typer.Option("--statistics", help="After the findings, count them by rule.")
    ] = False,
    fix: Annotated[
        bool,
        typer.Option(
            "--fix", help="Apply safe fixes (rewrite normalised quotes to the source's text)."
        ),
    ] = False,
    no_cache: Annotated[
        bool,
        typer.Option(
            "--no-cache",
            help="Check everything again, even when no file changed since the last run "
            "(also VRAEM_CLAIMS_NO_CACHE=1).",
        ),
    ] = False,
) -> None:
    """Check every claim: schema, quotes in their sources, numbers in their quotes.

    Exit code 0: clean; 1: findings at or above --fail-on; 2: could not run.

    Example: vraem-claims lint claims/ --output-format concise --select Q,N
    """
    from vraem_claims.findings import Severity
    from vraem_claims.lint_output import RENDERERS, render_statistics
    from vraem_claims.lintcache import LintCache, cache_enabled
    from vraem_claims.project import locate_project, open_project

    location = locate_project(paths[0] if paths else None, root=ctx.obj)
    selected, ignored, today = _split(select), _split(ignore), _today()
    # --fix writes files, so it always checks them afresh.
    cache = (
        None
        if fix or no_cache or not cache_enabled()
        else LintCache.for_run(location, paths, select=selected, ignore=ignored, today=today)
    )
    replayed = cache.replay() if cache else None
    if replayed is not None:
        report, fail_on_setting = replayed
    else:
        from vraem_claims.lint import lint_project

        project = open_project(location)
        inputs = cache.inputs_of(project) if cache else None
        report = lint_project(project, paths, select=selected, ignore=ignored, fix=fix, today=today)
        fail_on_setting = project.settings.fail_on
        if cache and inputs:
            cache.store(inputs, report, fail_on_setting)
    typer.echo(RENDERERS[output_format.value](report, Path.cwd()), nl=False)
    if statistics:
        typer.echo(render_statistics(report), nl=False)
    threshold = Severity(fail_on.value) if fail_on else fail_on_setting
    raise typer.Exit(1 if report.failed(threshold) and not exit_zero else 0)


def _today() -> dt.date:
    """Today, as lint's date checks see it (one place, so tests can pin it)."""
    return dt.date.today()


class ReportFormat(StrEnum):
    table = "table"
    markdown = "markdown"
    csv = "csv"
    json = "json"
    html = "html"


class Status(StrEnum):
    open = "open"
    reviewed = "reviewed"
    stale = "stale"
    all = "all"


FormatOption = Annotated[ReportFormat, typer.Option("--format", "-f", help="Output format.")]
TablefmtOption = Annotated[
    str,
    typer.Option(help="Any tabulate table format, for --format table (simple, grid, github, ...)."),
]


@app.command()
@_fails_cleanly
def conflicts(
    ctx: typer.Context,
    output_format: FormatOption = ReportFormat.table,
    tablefmt: TablefmtOption = "simple",
    quantity: Annotated[
        str | None,
        typer.Option(help="Only quantities whose label matches this (fuzzy).", show_default=False),
    ] = None,
    source: Annotated[
        str | None,
        typer.Option(
            help="Only quantities with a claim citing this source id.", show_default=False
        ),
    ] = None,
    status: Annotated[Status, typer.Option(help="Review status to show.")] = Status.all,
    kind: Annotated[
        list[str] | None,
        typer.Option(
            help="Only these kinds: contradiction, scope_difference, time_difference, rounding, "
            "consistent (repeat or comma-separate; default: all but consistent).",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Quantities whose sources disagree, as timelines: contradiction, or a difference of
    time or scope, with quotes side by side and review status.

    Example: vraem-claims conflicts --kind contradiction --format html > conflicts.html
    """
    from vraem_claims.report import check_tablefmt, project_conflicts
    from vraem_claims.report_output import CONFLICT_RENDERERS

    report = project_conflicts(
        _project(ctx),
        kinds=_split(kind),
        status=status.value,
        quantity=quantity,
        source=source,
        warn=_warn,
    )
    render = CONFLICT_RENDERERS[output_format.value]
    typer.echo(render(report, tablefmt=check_tablefmt(tablefmt)), nl=False)


@app.command()
@_fails_cleanly
def duplicates(
    ctx: typer.Context,
    output_format: FormatOption = ReportFormat.table,
    tablefmt: TablefmtOption = "simple",
    status: Annotated[Status, typer.Option(help="Review status to show.")] = Status.all,
) -> None:
    """Claims that state the same fact (across wording, units and languages), with the
    score, why they matched, and which to merge into which.

    Example: vraem-claims duplicates --format csv > duplicates.csv
    """
    from vraem_claims.report import check_tablefmt, project_duplicates
    from vraem_claims.report_output import DUPLICATE_RENDERERS

    report = project_duplicates(_project(ctx), status=status.value, warn=_warn)
    render = DUPLICATE_RENDERERS[output_format.value]
    typer.echo(render(report, tablefmt=check_tablefmt(tablefmt)), nl=False)


class CoverageFormat(StrEnum):
    table = "table"
    json = "json"


@app.command()
@_fails_cleanly
def coverage(
    ctx: typer.Context,
    output_format: Annotated[
        CoverageFormat, typer.Option("--format", "-f", help="Output format.")
    ] = CoverageFormat.table,
    tablefmt: TablefmtOption = "simple",
    fail_under: Annotated[
        float | None,
        typer.Option(
            help="Exit 1 when the share covered is below this percentage.",
            show_default=False,
            min=0,
            max=100,
        ),
    ] = None,
) -> None:
    """Numeric statements in the sources that no claim cites yet, per source, with the
    share covered. Non-assertions are excluded by seeds/coverage-exclusions.yaml.

    Example: vraem-claims coverage --fail-under 95
    """
    import json

    from vraem_claims.coverage import project_coverage, render_coverage
    from vraem_claims.report import check_tablefmt

    report = project_coverage(_project(ctx))
    if output_format is CoverageFormat.json:
        typer.echo(json.dumps(report.to_dict(), indent=2, ensure_ascii=False))
    else:
        typer.echo(render_coverage(report, tablefmt=check_tablefmt(tablefmt)), nl=False)
    raise typer.Exit(1 if fail_under is not None and report.share < fail_under else 0)


class ExportFormat(StrEnum):
    json = "json"
    jsonl = "jsonl"
    csv = "csv"


@app.command()
@_fails_cleanly
def export(
    ctx: typer.Context,
    output_format: Annotated[
        ExportFormat,
        typer.Option(
            "--format",
            "-f",
            help="json (one versioned object), jsonl (a claim per line) or csv "
            "(a row per citation).",
        ),
    ] = ExportFormat.json,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            help="Write to this file instead of standard output.",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Every claim with its fields and, per citation, the source file, the character
    offsets (start, end), line:col and the exact source text matched.

    Example: vraem-claims export --format csv --output claims.csv
    """
    from vraem_claims.export import project_export

    chunks = project_export(_project(ctx), output_format.value, warn=_warn)
    if output is None:
        for chunk in chunks:
            typer.echo(chunk, nl=False)
        return
    from vraem_claims.errors import InputError

    try:
        with output.open("w", encoding="utf-8", newline="") as stream:
            stream.writelines(chunks)
    except OSError as exc:
        raise InputError(f"{output}: cannot write ({exc.strerror or exc})") from None


@app.command()
@_fails_cleanly
def rule(
    code: Annotated[
        str | None,
        typer.Argument(
            help="A code (Q001) or name (quote-not-found); omit to list every rule.",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Explain a finding code: what it checks, why, a failing example and the fix.

    Example: vraem-claims rule Q001
    """
    from vraem_claims.rule_docs import explain, rule_table

    typer.echo(explain(code) if code else rule_table())


class FindFormat(StrEnum):
    text = "text"
    json = "json"


if TYPE_CHECKING:
    from vraem_claims.prompts import Asker


def _asker(no_input: bool) -> "Asker | None":
    """Prompts in a terminal; None (never prompt) with --no-input or when stdin is not one."""
    from vraem_claims.prompts import TerminalAsker

    return None if no_input or not sys.stdin.isatty() else TerminalAsker()


_NO_INPUT = typer.Option("--no-input", help="Never prompt; fail (exit 2) naming what is missing.")


@app.command()
@_fails_cleanly
def find(
    ctx: typer.Context,
    query: Annotated[str, typer.Argument(help="A phrase or a number, in English or Spanish.")],
    source: Annotated[
        str | None, typer.Option("--source", "-s", help="Search this source only.")
    ] = None,
    limit: Annotated[int, typer.Option("--limit", "-n", help="Show at most N passages.")] = 10,
    min_score: Annotated[
        float, typer.Option("--min-score", help="Hide passages scoring below this (0-100).")
    ] = 60.0,
    output_format: Annotated[
        FindFormat, typer.Option("--format", "-f", help="text, or json for scripts.")
    ] = FindFormat.text,
) -> None:
    """Search the sources for passages matching a phrase or a number, to find what to cite.

    Matches exactly, ignoring accents, case and typographic quotes; by number
    (7,500 finds 7.500 in a Spanish source); and fuzzily, with aliases and
    English/Spanish terms. Shows each passage with the match between ** and
    the claims that cite it. Exit code 0: found; 1: nothing; 2: could not run.

    Example: vraem-claims find "pistas de aterrizaje" --limit 3
    """
    import json

    from vraem_claims.search import find_in_project, render_hits

    result = find_in_project(_project(ctx), query, source=source, limit=limit, min_score=min_score)
    if output_format is FindFormat.json:
        typer.echo(json.dumps(result.to_dict(), indent=2, ensure_ascii=False))
    else:
        typer.echo(render_hits(result), nl=False)
    raise typer.Exit(0 if result.hits else 1)


@app.command()
@_fails_cleanly
def add(
    ctx: typer.Context,
    source: Annotated[str | None, typer.Option(help="Id of the cited source.")] = None,
    quote: Annotated[str | None, typer.Option(help="The passage, as the source says it.")] = None,
    statement: Annotated[str | None, typer.Option(help="The claim, in your words.")] = None,
    value: Annotated[
        str | None, typer.Option(help="Its number (default: read from the quote), or text.")
    ] = None,
    qualifier: Annotated[
        str | None, typer.Option(help="exact, about, more_than... (default: from the quote).")
    ] = None,
    unit: Annotated[str | None, typer.Option(help="Unit (default: from the quote).")] = None,
    as_of: Annotated[
        str | None, typer.Option(help="Date (2014, 2020-10, 2020-10-14) or period 2006..2011.")
    ] = None,
    place: Annotated[str | None, typer.Option(help="Where.")] = None,
    attributed_to: Annotated[str | None, typer.Option(help="Who states it.")] = None,
    quantity: Annotated[str | None, typer.Option(help="Label of what is measured.")] = None,
    tag: Annotated[list[str] | None, typer.Option(help="A tag (repeat for more).")] = None,
    notes: Annotated[str | None, typer.Option(help="Free-text notes.")] = None,
    claim_id: Annotated[
        str | None, typer.Option("--id", help="Claim id (default: proposed from the statement).")
    ] = None,
    file: Annotated[
        Path | None, typer.Option(help="Claims file (default: chosen by topic, see README).")
    ] = None,
    use_source_text: Annotated[
        bool,
        typer.Option(
            "--use-source-text",
            help="When the quote matches only after normalising, quote the source's text.",
        ),
    ] = False,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Print the YAML it would write; write nothing.")
    ] = False,
    no_input: Annotated[bool, _NO_INPUT] = False,
) -> None:
    """Add a claim: locate its quote, read its number, check it like lint, append it.

    Asks in a terminal for what the options leave out. The claim is appended
    to the claims file as text, keeping the file's comments and layout;
    duplicates and conflicts with existing claims are shown.
    Exit code 0: added; 2: refused (nothing written).

    Example: vraem-claims add --source dialogo-2015-army-crackdown --dry-run
    """
    from vraem_claims.authoring import ClaimDraft, add_claim, render_diagnostics, render_outcome

    draft = ClaimDraft(
        source=source,
        quote=quote,
        statement=statement,
        value=value,
        qualifier=qualifier,
        unit=unit,
        as_of=as_of,
        place=place,
        attributed_to=attributed_to,
        quantity=quantity,
        tags=tuple(tag or ()),
        notes=notes,
        id=claim_id,
        file=file,
        use_source_text=use_source_text,
    )
    outcome = add_claim(_project(ctx), draft, ask=_asker(no_input), dry_run=dry_run)
    for line in render_diagnostics(outcome):
        typer.echo(line, err=True)
    typer.echo(render_outcome(outcome), nl=False)


sources_app = typer.Typer(
    add_completion=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)
app.add_typer(sources_app, name="sources")


@sources_app.callback(invoke_without_command=True)
@_fails_cleanly
def sources(
    ctx: typer.Context,
    output_format: Annotated[
        FindFormat, typer.Option("--format", "-f", help="text, or json for scripts.")
    ] = FindFormat.text,
    tablefmt: Annotated[str, typer.Option(help="Any tabulate table format.")] = "simple",
) -> None:
    """List the registered sources with how many claims and citations cite each.

    `vraem-claims sources add FILE ...` registers a new source text.

    Example: vraem-claims sources --format json
    """
    if ctx.invoked_subcommand is not None:
        return
    import json

    from vraem_claims.registry import project_sources, render_sources, sources_to_dict

    rows = project_sources(_project(ctx))
    if output_format is FindFormat.json:
        typer.echo(json.dumps(sources_to_dict(rows), indent=2, ensure_ascii=False))
    else:
        typer.echo(render_sources(rows, tablefmt=tablefmt), nl=False)


@sources_app.command("add")
@_fails_cleanly
def sources_add(
    ctx: typer.Context,
    file: Annotated[Path, typer.Argument(help="The text, UTF-8; copied into seeds/ unchanged.")],
    source_id: Annotated[str, typer.Option("--id", help="Stable slug citations will use.")],
    title: Annotated[str, typer.Option(help="Title of the text.")],
    published: Annotated[str, typer.Option(help="Publication date: 2015-01-12, 2018-03, 2018.")],
    language: Annotated[str, typer.Option(help="Language code: en, es...")],
    publisher: Annotated[str | None, typer.Option(help="Outlet or institution.")] = None,
    author: Annotated[str | None, typer.Option(help="Author.")] = None,
    url: Annotated[str | None, typer.Option(help="Where it was published.")] = None,
) -> None:
    """Register a source text: copy it into seeds/ and add its entry to seeds/sources.yaml.

    The text is copied byte for byte and must be UTF-8 text; sources.yaml
    keeps its comments and layout.

    Example: vraem-claims sources add nota.txt --id n1 --title Nota --published 2020 --language es
    """
    from vraem_claims.registry import NewSource, register_source

    new = NewSource(file, source_id, title, published, language, publisher, author, url)
    registered = register_source(_project(ctx), new)
    typer.echo(
        f"Registered `{registered.source.id}`: {registered.text_path}, entry at "
        f"{registered.source_file}:{registered.line}.",
    )


@app.command()
@_fails_cleanly
def review(
    ctx: typer.Context,
    claim_ids: Annotated[
        list[str] | None,
        typer.Argument(
            help="The claims of one quantity group or duplicate pair.", show_default=False
        ),
    ] = None,
    verdict: Annotated[
        str | None,
        typer.Option(
            help="different_period, different_scope, contradiction_confirmed or preferred "
            "(a quantity group); same_fact or distinct_facts (a duplicate pair)."
        ),
    ] = None,
    note: Annotated[str | None, typer.Option(help="Why: what you checked.")] = None,
    preferred: Annotated[str | None, typer.Option(help="The claim to prefer.")] = None,
    reviewer: Annotated[str | None, typer.Option(help="Who decided.")] = None,
    date: Annotated[str | None, typer.Option(help="When (default: today).")] = None,
    no_input: Annotated[bool, _NO_INPUT] = False,
) -> None:
    """Record a decision on a conflict group or duplicate pair in claims/reviews.yaml.

    The ids must be exactly one current quantity group (conflict verdicts) or
    one duplicate pair (duplicate verdicts). The decision holds while their
    evidence is unchanged; a new review of the same claims replaces the old one.

    Example: vraem-claims review claim-a claim-b --verdict same_fact --note "One police figure."
    """
    from vraem_claims.reviewing import ReviewRequest, record_review, render_review

    request = ReviewRequest(tuple(claim_ids or ()), verdict, note, preferred, reviewer, date)
    outcome = record_review(_project(ctx), request, ask=_asker(no_input))
    typer.echo(render_review(outcome), nl=False)


def _name(info: "CommandInfo") -> str:
    assert info.callback is not None
    return info.name or typer.main.get_command_name(info.callback.__name__)


def _listed_only(info: "CommandInfo") -> "CommandInfo":
    """`info` as a command that is only listed: its name and help, no options."""
    import copy
    import inspect

    listed = copy.copy(info)
    listed.name = _name(info)
    listed.help = info.help if info.help is not None else inspect.getdoc(info.callback)
    listed.callback = _never_run
    return listed


def _never_run() -> None:  # pragma: no cover - a listed-only command is never invoked
    raise AssertionError("a command listed only for help was invoked")


def command_line(argv: list[str]) -> typer.Typer:
    """The app with full options for only the commands `argv` names.

    typer reads every command's signature to build its options (~8 ms of the ~75 ms
    `vraem-claims --help`, whose target is 6x the start of Python). The commands `argv`
    does not name can only be listed (top-level help, "No such command"), so they are
    built from their name and help alone. A word of `argv` that is a command's name
    builds that command, even where it is an option's value: too many built is only
    slower."""
    import copy

    named = set(argv)
    light = copy.copy(app)
    light.registered_commands = [
        info if _name(info) in named else _listed_only(info) for info in app.registered_commands
    ]
    return light


def run() -> None:
    """Console-script entry point."""
    command_line(sys.argv[1:])(prog_name="vraem-claims")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(run())  # type: ignore[func-returns-value]  # run() exits through typer
