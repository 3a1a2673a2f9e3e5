"""The registry of finding codes: one source for `rule`, SARIF, the README table and the checks.

Codes are stable: a family letter and three digits. Families: Y (YAML), F (files), S (schema),
R (sources), Q (quotes), N (numbers), D (dates), A (aliases), C (comparisons and
reviews), L (lint suppressions).
"""

from __future__ import annotations

from dataclasses import dataclass

from vraem_claims.findings import Edit, Finding, Location, Severity


@dataclass(frozen=True, slots=True)
class Rule:
    code: str
    name: str
    severity: Severity
    summary: str
    why: str
    example: str
    fix: str
    fixable: bool = False


E, W, INFO = Severity.ERROR, Severity.WARNING, Severity.INFO

_RULES: tuple[Rule, ...] = (
    # --- YAML -------------------------------------------------------------
    Rule(
        "Y001",
        "yaml-syntax-error",
        E,
        "The file is not valid YAML.",
        "A file that does not parse hides every claim in it; the other files are still checked.",
        "claims:\n  - id: a\n    statement: [unclosed",
        "Fix the syntax at the reported line and column (tabs cannot indent YAML).",
    ),
    Rule(
        "Y002",
        "duplicate-key",
        E,
        "A mapping repeats a key; YAML tools silently keep one of the two values.",
        "Which value wins differs between tools: a claim could say two things at once.",
        "  - id: a\n    value: 263\n    value: 236",
        "Delete one of the two keys; the first one is the one vraem-claims reads.",
    ),
    Rule(
        "Y003",
        "implicit-coercion",
        W,
        "A plain scalar that YAML 1.1 silently turns into another type or value.",
        "`7.500` is read as 7.5, `NO` as false, `017` as 15, `1:20` as 80: the file no longer says "
        "what its author typed.",
        "    value: 7.500   # meant seven thousand five hundred",
        'Write the number without grouping (7500), or quote the text ("NO").',
    ),
    Rule(
        "Y004",
        "unexpected-structure",
        E,
        "The document is not a mapping with a `claims:` list of claim mappings.",
        "Claims can only be checked when the file has the documented shape.",
        "- id: a\n  statement: a list at the top level instead of `claims:`",
        "Put the claims under a top-level `claims:` key.",
    ),
    Rule(
        "Y005",
        "file-too-large",
        E,
        "The file is larger than the configured `max-file-size`.",
        "A runaway or generated file must not exhaust memory; it is skipped and reported.",
        "claims/dump.yaml  (120 MB)",
        "Split the file, or raise `max-file-size` in [tool.vraem-claims].",
    ),
    Rule(
        "Y006",
        "unsupported-tag",
        E,
        "A YAML tag other than the standard ones (`!!python/object`, `!custom`).",
        "Tags can ask a loader to construct arbitrary objects; vraem-claims never does, "
        "and says so.",
        "    value: !!python/object/apply:os.system [echo]",
        "Remove the tag; claim files hold plain strings, numbers, lists and mappings.",
    ),
    Rule(
        "Y007",
        "alias-expansion",
        E,
        "Anchors and aliases expand past the configured limit, or an alias refers to itself.",
        "A few lines of aliases can expand to billions of nodes (the 'billion laughs' attack).",
        "a: &a [x, x]\nb: &b [*a, *a]\nc: &c [*b, *b]  # ... doubling every line",
        "Write the values out, or use fewer nested aliases.",
    ),
    Rule(
        "Y008",
        "not-utf8",
        E,
        "The file is not valid UTF-8 text.",
        "Claims and quotes are compared character by character; a wrong encoding garbles them.",
        "a claims file saved as Latin-1: 'Apur\\xedmac'",
        "Re-save the file as UTF-8.",
    ),
    Rule(
        "Y009",
        "multiple-documents",
        E,
        "The file holds more than one YAML document (`---`).",
        "Only the first document would be read; the rest would be silently ignored.",
        "claims: []\n---\nclaims: []",
        "Merge the documents, or move the second into its own file.",
    ),
    Rule(
        "Y010",
        "nesting-too-deep",
        E,
        "Collections nest deeper than the configured limit.",
        "Pathological nesting exhausts the parser's stack; claims never need it.",
        "[[[[[[[[[[ ... ]]]]]]]]]]",
        "Flatten the structure.",
    ),
    Rule(
        "Y011",
        "empty-file",
        W,
        "The file holds no YAML document at all.",
        "An empty claims file is usually a mistake (a failed save, a wrong path).",
        "(a zero-byte claims/seizures.yaml)",
        "Delete the file or add `claims: []`.",
    ),
    Rule(
        "F001",
        "unreadable-file",
        E,
        "A claims file that cannot be read: missing permission, a directory, a broken link.",
        "The claims in it cannot be checked; the other files still are.",
        "claims/seizures.yaml  (permission denied)",
        "Fix the file's permissions or path.",
    ),
    Rule(
        "F002",
        "file-outside-project",
        E,
        "A claims file that resolves (through a symlink) outside the project.",
        "vraem-claims never reads or writes outside the project it works on.",
        "claims/shared.yaml -> /home/someone/else.yaml",
        "Copy the file into the project instead of linking it.",
    ),
    # --- schema -----------------------------------------------------------
    Rule(
        "S001",
        "unknown-field",
        E,
        "A field that the claim format does not define.",
        "Typos must not pass silently: `qualifer: about` would otherwise be ignored.",
        "    qualifer: about",
        "Correct the field name; see the claim format in the README.",
    ),
    Rule(
        "S002",
        "wrong-type",
        E,
        "A field holds the wrong kind of value.",
        "A list where a string is expected, or a string where a number is, cannot be checked.",
        "    citations: {source: x, quote: y}   # must be a list",
        "Give the field the type the claim format documents.",
    ),
    Rule(
        "S003",
        "missing-field",
        E,
        "A required field is absent (`id`, `statement`, `citations`, or a citation's "
        "`source`/`quote`).",
        "A claim without a citation is an opinion, not a tracked claim.",
        "  - id: a\n    statement: no citations",
        "Add the field.",
    ),
    Rule(
        "S004",
        "invalid-date",
        E,
        "A date that is malformed or does not exist, or a period that ends before it starts.",
        "Dates decide whether two figures conflict or form a series.",
        "    as_of: 2014-13-45",
        "Write YYYY, YYYY-MM or YYYY-MM-DD, or {start: ..., end: ...}.",
    ),
    Rule(
        "S005",
        "duplicate-claim-id",
        E,
        "Two claims share an id (across all files).",
        "Ids are how reviews, exports and other claims refer to a claim; they must be unique.",
        "claims/a.yaml and claims/b.yaml both define `id: airstrips-2014`",
        "Give one of them a new id (never renumber the other).",
    ),
    Rule(
        "S006",
        "invalid-qualifier",
        E,
        "`qualifier` is not one of exact, about, nearly, more_than, at_least, less_than, "
        "at_most, range.",
        "The qualifier turns a value into an interval; an unknown one cannot be compared.",
        "    qualifier: approx",
        "Use one of the documented qualifiers.",
    ),
    Rule(
        "S007",
        "inconsistent-bounds",
        E,
        "`range` without both `low` and `high`, or `low`/`high` without `range`.",
        "A range is compared as [low, high]; half a range is not a range.",
        "    qualifier: range\n    low: 10",
        "Give both bounds with `qualifier: range`, or drop them.",
    ),
    Rule(
        "S008",
        "low-above-high",
        E,
        "A range whose `low` is greater than its `high`.",
        "An empty interval overlaps nothing and would report false conflicts.",
        "    qualifier: range\n    low: 20\n    high: 10",
        "Swap the bounds.",
    ),
    Rule(
        "S009",
        "invalid-number",
        E,
        "A numeric field that is not a finite number of sensible size (NaN, infinity, 1e400).",
        "Such values cannot be compared, exported or stated in a quote.",
        "    value: .nan",
        "Write the number the source states.",
    ),
    Rule(
        "S010",
        "negative-value",
        W,
        "A negative `value`, `low` or `high`.",
        "Counts, amounts and areas are never negative; a minus sign is almost always a typo.",
        "    value: -263",
        "Remove the sign; for a change or a decrease, say so in the statement and suppress.",
    ),
    Rule(
        "S011",
        "invalid-id",
        E,
        "A claim id that is not a slug (letters, digits, `.`, `_`, `-`; no spaces).",
        "Ids appear in file names, URLs, reviews and command lines.",
        "  - id: Airstrips destroyed 2014",
        "Use a slug such as airstrips-destroyed-2014.",
    ),
    Rule(
        "S012",
        "qualifier-without-number",
        W,
        "A `qualifier` or `unit` on a claim whose `value` is not a number.",
        "Hedges and units only make sense for numeric claims; the field is probably misplaced.",
        "    value: Cusco\n    qualifier: about",
        "Remove the qualifier/unit, or give a numeric value.",
    ),
    # --- sources ----------------------------------------------------------
    Rule(
        "R001",
        "unknown-source",
        E,
        "A citation names a source id that `seeds/sources.yaml` does not define.",
        "A quote can only be checked against a registered source text.",
        "      - source: dialogo-2051\n        quote: ...",
        "Fix the id, or register the text with `vraem-claims sources add`.",
    ),
    Rule(
        "R002",
        "source-file-missing",
        E,
        "A source's `file` does not exist in seeds/ (or is not a regular file, or cannot be read).",
        "Every quote citing the source is unverifiable.",
        "    file: 009_missing.txt",
        "Restore the file or fix the path.",
    ),
    Rule(
        "R003",
        "source-path-outside-seeds",
        E,
        "A source's `file` is absolute, climbs out with `..`, or resolves (through a "
        "symlink) outside seeds/.",
        "vraem-claims never reads outside the project; a path outside seeds/ is refused.",
        "    file: ../../etc/passwd",
        "Copy the text into seeds/ (`vraem-claims sources add`) and use a relative path.",
    ),
    Rule(
        "R004",
        "invalid-source-metadata",
        E,
        "An entry of `seeds/sources.yaml` is malformed (missing or wrong field, bad date "
        "or language).",
        "Source metadata drives number parsing (language) and default dates (published).",
        "  - id: x\n    file: x.txt\n    published: last year",
        "Fill the fields documented in the README.",
    ),
    Rule(
        "R005",
        "source-not-utf8",
        E,
        "A source text is not valid UTF-8.",
        "Offsets and quotes are defined on the text decoded as UTF-8.",
        "seeds/report.txt saved as Windows-1252",
        "Convert the text to UTF-8 before registering it (iconv -f cp1252 -t utf-8).",
    ),
    Rule(
        "R006",
        "duplicate-source-id",
        E,
        "Two entries of `seeds/sources.yaml` share an id or a file.",
        "Citations would be ambiguous.",
        "two entries with `id: dialogo-2015`",
        "Rename one of them.",
    ),
    # --- quotes -----------------------------------------------------------
    Rule(
        "Q001",
        "quote-not-found",
        E,
        "The quote does not occur in its source, even after the safe normalisations.",
        "A near match is never a pass: a quote that says 236 where the source says 263 is wrong.",
        "        quote: destroyed or disabled 236 clandestine landing strips",
        "Copy the passage exactly; the message shows the closest passage and what differs.",
    ),
    Rule(
        "Q002",
        "quote-normalised-match",
        W,
        "The quote matches only after normalisation (Unicode NFC, typographic quotes and dashes, "
        "whitespace, invisible characters, letter case).",
        "The claim is backed, but the quote is not the source's exact text; normalisation never "
        "touches a digit.",
        '        quote: "the VRAEM Special Command\'s headquarters"   # source has ’',
        "Run `vraem-claims lint --fix` to rewrite the quote to the source's exact text.",
        fixable=True,
    ),
    Rule(
        "Q003",
        "quote-ambiguous",
        INFO,
        "The quote occurs more than once in its source.",
        "The citation cannot say which passage it means (a repeated lede, a caption).",
        "        quote: 250 kilos of cocaine",
        "Lengthen the quote until it is unique, if the passages differ in meaning.",
    ),
    Rule(
        "Q004",
        "quote-too-short",
        W,
        "The quote is shorter than `min-quote-length` characters.",
        "A few characters ('263') do not pin a passage or show what a number counts.",
        "        quote: '263'",
        "Quote the whole clause that states the fact.",
    ),
    # --- numbers ----------------------------------------------------------
    Rule(
        "N001",
        "value-not-in-quote",
        E,
        "A numeric `value` (or `low`/`high`) is not stated in any of the claim's quotes.",
        "A typo in a number is the worst bug: 263 cited as 236 must fail.",
        "    value: 236\n    citations:\n"
        "      - quote: destroyed or disabled 263 clandestine landing strips",
        "Correct the value, or cite the passage that states it.",
    ),
    Rule(
        "N002",
        "qualifier-mismatch",
        W,
        "The hedge in the quote (more than, around, nearly, ...) disagrees with `qualifier`.",
        "'more than 74,000' is the interval (74000, inf), not the point 74000.",
        "    value: 74000\n    qualifier: exact   # quote: from more than 74,000 square miles",
        "Set the qualifier the quote states.",
    ),
    Rule(
        "N003",
        "numeric-string-value",
        W,
        "`value` is a string that reads as a number ('7,500', '1e3').",
        "A string value is treated as a name, so the number is never compared or checked.",
        "    value: '7,500'",
        "Write the number without grouping: 7500.",
    ),
    # --- dates ------------------------------------------------------------
    Rule(
        "D001",
        "as-of-after-publication",
        W,
        "`as_of` starts after the publication date of a cited source.",
        "A report cannot state a fact about a date after it was published, unless it is a "
        "forecast or a target, which the statement should say.",
        "    as_of: 2021   # cited source published 2020-12-07",
        "Correct the date; for a target, say so in the statement and suppress with a reason.",
    ),
    Rule(
        "D002",
        "date-in-future",
        W,
        "A date (`as_of`, or a source's `published`) lies after today.",
        "Usually a typo in the year.",
        "    as_of: 2204",
        "Correct the year.",
    ),
    # --- aliases ----------------------------------------------------------
    Rule(
        "A001",
        "alias-conflict",
        E,
        "One variant is listed under two canonical names in `claims/aliases.yaml`.",
        "Every comparison substitutes aliases; a variant with two meanings makes grouping "
        "arbitrary.",
        "aliases:\n  Shining Path: [SL]\n  Sendero Luminoso: [SL]",
        "Keep the variant under one name (merge the two entries if they mean the same).",
    ),
    Rule(
        "A002",
        "invalid-aliases",
        E,
        "`claims/aliases.yaml` is not a mapping of names to lists of variants.",
        "Aliases are used by every fuzzy comparison.",
        "aliases:\n  Shining Path: Sendero Luminoso   # must be a list",
        "Write `Name: [variant, variant]`.",
    ),
    # --- comparisons --------------------------------------------------------
    Rule(
        "C001",
        "unreviewed-contradiction",
        W,
        "Claims about the same quantity, time, place and agent whose values cannot all be "
        "true, with no recorded decision.",
        "Sources that disagree are what an analyst must see; a decision records what was "
        "concluded and why.",
        "  - value: 5   # soldiers wounded, 2016-04-09\n  - value: 6   # same ambush, other source",
        "Check the sources; record the decision with `vraem-claims review` (or fix a claim).",
    ),
    Rule(
        "C002",
        "duplicate-claims",
        INFO,
        "Two claims state the same fact (same quantity, value, date and place, or the same "
        "statement).",
        "One fact should be one claim with several citations, so it is counted and corrected once.",
        "  - id: seizure-caption   # 421 kg\n  - id: seizure-body      # 421 kilograms",
        "Merge the citations into one claim, or record `distinct_facts` with "
        "`vraem-claims review`.",
    ),
    Rule(
        "C003",
        "stale-review",
        W,
        "A review in `claims/reviews.yaml` no longer applies: the claims it judged, their "
        "grouping or their evidence changed.",
        "A decision is only valid for the evidence it judged.",
        "a review of [a, b] after a new claim c joined their quantity",
        "Review the claims again and replace the stale entry.",
    ),
    Rule(
        "C004",
        "invalid-review",
        E,
        "A review is malformed, names unknown claims, or misuses `preferred`.",
        "A review that cannot be matched to claims decides nothing.",
        "  - claims: [a, no-such-claim]\n    verdict: same_fact",
        "Fix the entry; `vraem-claims review` writes valid ones.",
    ),
    # --- suppressions -----------------------------------------------------
    Rule(
        "L001",
        "unused-suppression",
        W,
        "A `# vraem-claims: ignore[CODE] -- reason` comment that suppressed nothing.",
        "Stale suppressions hide the next real problem.",
        "# vraem-claims: ignore[Q003] -- repeated caption\n  - id: a   # no Q003 on this claim",
        "Delete the comment.",
    ),
    Rule(
        "L002",
        "invalid-suppression",
        E,
        "A suppression comment without a reason, with an unknown code, or not above a claim.",
        "A suppression is a decision; the reason is how the next reader learns it.",
        "# vraem-claims: ignore[Q003]",
        "Write `# vraem-claims: ignore[CODE] -- why` on the line above the claim's `- id:`.",
    ),
)

RULES: dict[str, Rule] = {rule.code: rule for rule in _RULES}
RULES_BY_NAME: dict[str, Rule] = {rule.name: rule for rule in _RULES}


def lookup(code_or_name: str) -> Rule | None:
    """The rule with this code (case-insensitive) or kebab-case name."""
    return RULES.get(code_or_name.upper()) or RULES_BY_NAME.get(code_or_name.lower())


def finding(
    code: str,
    message: str,
    location: Location,
    *,
    claim_id: str | None = None,
    field: str | None = None,
    details: tuple[tuple[str, str], ...] = (),
    related: tuple[Location, ...] = (),
    fix: Edit | None = None,
) -> Finding:
    """A finding of rule `code`, with the rule's severity."""
    return Finding(
        code=code,
        message=message,
        location=location,
        severity=RULES[code].severity,
        claim_id=claim_id,
        field=field,
        details=details,
        related=related,
        fix=fix,
    )
