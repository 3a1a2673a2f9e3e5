"""Rendering items: every scalar reads back as written, on one line, in the file's layout."""

from __future__ import annotations

import pytest

from vraem_claims.yamlload import load_yaml
from vraem_claims.yamlrender import Layout, Plain, render_item, render_scalar

FIELDS = [
    ("id", "new-claim"),
    ("statement", "Police: destroyed 5 strips."),
    ("citations", [{"source": "report-en", "quote": 'a "quoted" passage'}]),
]


@pytest.mark.parametrize(
    "value",
    [
        "plain words",
        "No",
        "yes",
        "null",
        "~",
        "2014",
        "2020-10-14",
        "0x1F",
        "7.500",
        "1e3",
        "Peru's police: 263",
        "a, b [c] {d}",
        '"quoted"',
        "x # not a comment",
        "- dash",
        "? question",
        "%percent",
        "@at",
        "`tick",
        " leading and trailing ",
        "line one\nline two",
        "carriage\rreturn",
        "next line\x85here",
        "separator\u2028here",
        "tab\there",
        "bell\x07",
        "Apurímac, “quoted”, — dash",
        "",
    ],
)
@pytest.mark.parametrize("flow", [False, True])
def test_scalars_read_back_as_the_same_string_on_one_line(value: str, flow: bool) -> None:
    text = render_scalar(value, flow=flow)
    assert "\n" not in text and "\r" not in text
    document = f"k: [{text}]\n" if flow else f"k: {text}\n"
    loaded = load_yaml(document)
    assert not loaded.problems and not loaded.coercions
    assert (loaded.data["k"][0] if flow else loaded.data["k"]) == value


@pytest.mark.parametrize("value", [0, 263, 7500, 1.6, 0.1, 1e15, 2.5e-7])
def test_numbers_read_back_as_numbers(value: float) -> None:
    assert load_yaml(f"k: {render_scalar(value)}").data["k"] == value


def test_plain_scalars_are_written_as_given() -> None:
    assert render_scalar(Plain("2014")) == "2014"


def test_items_follow_the_layout() -> None:
    fields = [*FIELDS, ("tags", ["a", "b"]), ("as_of", {"start": Plain("2006"), "end": "2011"})]
    assert render_item(fields, Layout(dash=0, gap=3, nested=0)) == [
        "-   id: new-claim",
        "    statement: 'Police: destroyed 5 strips.'",
        "    citations:",
        "    - source: report-en",
        '      quote: a "quoted" passage',
        "    tags: [a, b]",
        "    as_of: {start: 2006, end: '2011'}",
    ]
