"""The text of `vraem-claims rule`: one rule explained, or the table of all rules."""

from __future__ import annotations

from vraem_claims.errors import ConfigError
from vraem_claims.rules import RULES, lookup


def explain(code_or_name: str) -> str:
    rule = lookup(code_or_name)
    if rule is None:
        raise ConfigError(f"unknown rule `{code_or_name}` (run `vraem-claims rule` for the list)")
    example = "\n".join(f"    {line}" for line in rule.example.splitlines())
    fixable = "yes (`vraem-claims lint --fix`)" if rule.fixable else "no"
    return (
        f"{rule.code} {rule.name} [{rule.severity.value}]\n\n"
        f"What it checks: {rule.summary}\n"
        f"Why: {rule.why}\n\n"
        f"Example that fails:\n{example}\n\n"
        f"Fix: {rule.fix}\n"
        f"Automatic fix: {fixable}\n"
    )


def rule_table() -> str:
    from tabulate import tabulate

    rows = [[r.code, r.name, r.severity.value, r.summary] for r in RULES.values()]
    return tabulate(
        rows,
        headers=["code", "name", "severity", "checks"],
        tablefmt="simple",
        maxcolwidths=[None, None, None, 60],
    )
