"""Inserting and replacing list items as text: layouts kept, every other byte kept, results checked."""

from __future__ import annotations

import pytest

from vraem_claims.errors import InputError
from vraem_claims.models import Claim, parse
from vraem_claims.reviews import Review
from vraem_claims.yamlinsert import append_item, check_edit, item_ids, list_items, replace_item

FIELDS = [
    ("id", "new-claim"),
    ("statement", "Police: destroyed 5 strips."),
    ("citations", [{"source": "report-en", "quote": 'a "quoted" passage'}]),
]
NEW = parse(
    Claim,
    {
        "id": "new-claim",
        "statement": "Police: destroyed 5 strips.",
        "citations": [{"source": "report-en", "quote": 'a "quoted" passage'}],
    },
)


ITEM = (
    "  - id: new-claim\n"
    "    statement: 'Police: destroyed 5 strips.'\n"
    "    citations:\n"
    "      - source: report-en\n"
    '        quote: a "quoted" passage'
)

# (file before, file after): every case keeps the bytes it had.
CASES = {
    "new file": (None, "claims:\n" + ITEM + "\n"),
    "empty file": ("", "claims:\n" + ITEM + "\n"),
    "comments only": ("# header\n", "# header\nclaims:\n" + ITEM + "\n"),
    "comments without final newline": ("# header", "# header\nclaims:\n" + ITEM + "\n"),
    "empty list": ("claims:\n", "claims:\n" + ITEM + "\n"),
    "empty flow list": ("claims: []  # none yet\n", "claims:  # none yet\n" + ITEM + "\n"),
    "indentless list and trailing comment": (
        "claims:\n- id: a\n  statement: b\n  citations:\n  - source: s\n    quote: q\n# end\n",
        "claims:\n- id: a\n  statement: b\n  citations:\n  - source: s\n    quote: q\n"
        "- id: new-claim\n  statement: 'Police: destroyed 5 strips.'\n  citations:\n"
        '  - source: report-en\n    quote: a "quoted" passage\n# end\n',
    ),
    "blank lines between items": (
        "claims:\n  - id: a\n    statement: b\n\n  - id: c\n    statement: d # why\n\n\n",
        "claims:\n  - id: a\n    statement: b\n\n  - id: c\n    statement: d # why\n\n"
        + ITEM
        + "\n\n\n",
    ),
    "block scalar last": (
        "claims:\n  - id: a\n    notes: |\n      kept\n\n# tail\n",
        "claims:\n  - id: a\n    notes: |\n      kept\n" + ITEM + "\n\n# tail\n",
    ),
    "no final newline": ("claims:\n  - id: a", "claims:\n  - id: a\n" + ITEM),
    "crlf": (
        "claims:\r\n  - id: a\r\n    statement: b\r\n",
        "claims:\r\n  - id: a\r\n    statement: b\r\n" + ITEM.replace("\n", "\r\n") + "\r\n",
    ),
}


@pytest.mark.parametrize("case", CASES, ids=list(CASES))
def test_append_keeps_every_byte_of_the_file(case: str) -> None:
    before, after = CASES[case]
    edit = append_item(before, "claims", FIELDS, display="claims/x.yaml")
    assert edit.text == after
    assert edit.item.lstrip(" -").startswith("id: new-claim")
    assert edit.item.endswith('quote: a "quoted" passage')
    assert edit.text.splitlines()[edit.line - 1].lstrip(" -").startswith("id: new-claim")
    kept = len(list_items(before, "claims"))
    check_edit(
        before,
        edit.text,
        "claims",
        kept=[(i, i) for i in range(kept)],
        written={kept: NEW},
        display="claims/x.yaml",
    )


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("claims: [{id: a}]\n", "not a block list"),
        ("claims: {id: a}\n", "not a block list"),
        ("- a\n", "expected a mapping"),
        ("other: 1\n", "has no top-level `claims:` list"),
        ("claims: [\n", "is not valid YAML"),
    ],
)
def test_files_that_cannot_take_an_item_are_refused(text: str, message: str) -> None:
    with pytest.raises(InputError, match=message):
        append_item(text, "claims", FIELDS, display="claims/x.yaml")


REVIEWS = """\
# reviews
reviews:
  - claims: [a, b]
    verdict: same_fact
    note: first

  # about c and d
  - claims: [c, d]
    verdict: same_fact
    note: second

  - claims: [b, a]
    verdict: distinct_facts
    note: third
# end
"""
REVIEW = parse(
    Review,
    {
        "claims": ["a", "b"],
        "verdict": "preferred",
        "preferred": "a",
        "note": "new",
        "fingerprint": "0123456789abcdef",
    },
)
REVIEW_FIELDS = [
    ("claims", ["a", "b"]),
    ("verdict", "preferred"),
    ("preferred", "a"),
    ("note", "new"),
    ("fingerprint", "0123456789abcdef"),
]


def test_replace_rewrites_one_item_and_drops_others_in_place() -> None:
    edit = replace_item(REVIEWS, "reviews", 0, REVIEW_FIELDS, drop=[2], display="r.yaml")
    assert edit.text == (
        "# reviews\nreviews:\n  - claims: [a, b]\n    verdict: preferred\n    preferred: a\n"
        "    note: new\n    fingerprint: 0123456789abcdef\n\n  # about c and d\n"
        "  - claims: [c, d]\n    verdict: same_fact\n    note: second\n# end\n"
    )
    assert edit.line == 3
    check_edit(REVIEWS, edit.text, "reviews", kept=[(1, 1)], written={0: REVIEW}, display="r")


def test_replacing_a_later_item_accounts_for_dropped_earlier_ones() -> None:
    edit = replace_item(REVIEWS, "reviews", 2, REVIEW_FIELDS, drop=[0], display="r.yaml")
    assert edit.text[edit.start :].startswith("  - claims: [a, b]\n    verdict: preferred")
    assert "note: first" not in edit.text and "# about c and d" in edit.text
    check_edit(REVIEWS, edit.text, "reviews", kept=[(1, 0)], written={1: REVIEW}, display="r")


@pytest.mark.parametrize(
    ("new", "kept", "written"),
    [
        ("claims:\n  - id: a\n", [(0, 0)], {1: NEW}),  # the new item is missing
        ("claims:\n  - id: b\n  - id: new-claim\n", [(0, 0)], {1: NEW}),  # an old item changed
        ("claims: [\n", [], {0: NEW}),  # not YAML
        (
            "claims:\n  - id: a\n  - {id: new-claim, statement: S, citations: []}\n",
            [(0, 0)],
            {1: NEW},
        ),  # does not read as the model
        ("claims:\n  - id: a\n  - id: new-claim\nother: 1\n", [(0, 0)], {1: NEW}),
    ],
)
def test_check_edit_refuses_edits_that_do_not_read_back(
    new: str, kept: list[tuple[int, int]], written: dict[int, Claim]
) -> None:
    with pytest.raises(InputError, match="would not read back as intended; nothing was written"):
        check_edit("claims:\n  - id: a\n", new, "claims", kept=kept, written=written, display="x")


def test_files_with_yaml_problems_are_refused_before_editing() -> None:
    old = "claims:\n  - id: a\n    id: b\n"
    edit = append_item(old, "claims", FIELDS, display="claims/x.yaml")
    with pytest.raises(InputError, match=r"claims/x.yaml:3:5: key `id` repeats .*; fix the file"):
        check_edit(
            old, edit.text, "claims", kept=[(0, 0)], written={1: NEW}, display="claims/x.yaml"
        )


def test_item_ids_and_list_items() -> None:
    text = "claims:\n  - id: a\n  - id: b\n  - no id\n  - statement: s\n"
    assert item_ids(text, "claims") == {"a", "b"}
    assert list(list_items(None, "claims")) == []
    assert list(list_items("other: 1", "claims")) == []
