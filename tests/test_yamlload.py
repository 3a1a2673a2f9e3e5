"""The YAML loader: positions, coercions, and the bounds that keep hostile files harmless."""

from __future__ import annotations

import pytest
import yaml

from vraem_claims import yamlload
from vraem_claims.yamlload import YamlLimits, YMap, YSeq, decode_utf8, load_yaml


def test_positions_of_keys_values_and_items() -> None:
    doc = load_yaml("claims:\n  - id: a\n    tags: [x, y]\n")
    claim = doc.data["claims"][0]
    assert isinstance(claim, YMap)
    assert claim.pos == (2, 5)
    assert claim.key_pos["tags"] == (3, 5)
    assert claim.value_pos["tags"] == (3, 11)
    assert isinstance(claim["tags"], YSeq)
    assert claim["tags"].item_pos == [(3, 12), (3, 15)]


def test_scalar_spans_index_code_points() -> None:
    text = 'a: "Apurímac ’x’"\nb: plain 😀 text\n'
    doc = load_yaml(text)
    start, end, style = doc.data.spans["a"]
    assert (text[start:end], style) == ('"Apurímac ’x’"', '"')
    start, end, style = doc.data.spans["b"]
    assert (text[start:end], style) == ("plain 😀 text", "")


@pytest.mark.parametrize(
    ("raw", "value", "reason"),
    [
        ("7.500", 7.5, "YAML 1.1 reads `7.500` as the number 7.5"),
        ("NO", False, "YAML 1.1 reads `NO` as false"),
        ("yes", True, "YAML 1.1 reads `yes` as true"),
        ("017", 15, "YAML 1.1 reads `017` as the integer 15"),
        ("0x1F", 31, "YAML 1.1 reads `0x1F` as the integer 31"),
        ("1:20", 80, "YAML 1.1 reads `1:20` as the integer 80"),
        ("1_000", 1000, "YAML 1.1 reads `1_000` as the integer 1000"),
    ],
)
def test_meaning_changing_coercions_are_recorded(raw: str, value: object, reason: str) -> None:
    doc = load_yaml(f"v: {raw}\n")
    assert doc.data["v"] == value
    assert [(c.raw, c.reason, c.line, c.col) for c in doc.coercions] == [(raw, reason, 1, 4)]
    assert doc.data.raw["v"] == raw


@pytest.mark.parametrize("raw", ["263", "-4", "1.6", "55.3", "true", "false", "'7.500'", '"NO"'])
def test_ordinary_scalars_are_not_coercions(raw: str) -> None:
    assert load_yaml(f"v: {raw}\n").coercions == []


def test_infinity_and_nan_are_coercions() -> None:
    doc = load_yaml("a: .inf\nb: .nan\n")
    assert doc.data["a"] == float("inf")
    assert [c.raw for c in doc.coercions] == [".inf", ".nan"]


@pytest.mark.parametrize("raw", ["2014-13-45", "2014-12-17", "0o17", "1e3"])
def test_timestamps_and_non_yaml11_forms_stay_text(raw: str) -> None:
    assert load_yaml(f"v: {raw}\n").data["v"] == raw


def test_duplicate_key_keeps_the_first_and_reports_the_second() -> None:
    doc = load_yaml("value: 263\nvalue: 236\n")
    assert doc.data == {"value": 263}
    assert [(p.code, p.line, p.col) for p in doc.problems] == [("Y002", 2, 1)]


def test_custom_tags_are_reported_and_never_constructed() -> None:
    doc = load_yaml("a: !!python/object/apply:os.system [echo x]\nb: !custom text\n")
    assert doc.data == {"a": ["echo x"], "b": "text"}
    assert [p.code for p in doc.problems] == ["Y006", "Y006"]


def test_merge_keys_merge_with_explicit_keys_winning() -> None:
    doc = load_yaml("base: &b {x: 1, y: 2}\nm:\n  <<: *b\n  y: 3\n")
    assert doc.data["m"] == {"x": 1, "y": 3}


def test_alias_bomb_is_refused_quickly() -> None:
    lines = ["a: &a [x, x, x, x, x, x, x, x, x, x]"]
    for previous, name in zip("abcdefgh", "bcdefghi", strict=True):
        lines.append(f"{name}: &{name} [" + ", ".join([f"*{previous}"] * 10) + "]")
    doc = load_yaml("\n".join(lines) + "\n")
    assert doc.data is None
    assert [p.code for p in doc.problems] == ["Y007"]


def test_small_alias_use_is_fine() -> None:
    doc = load_yaml("tags: &t [a, b]\nother: *t\n")
    assert doc.data == {"tags": ["a", "b"], "other": ["a", "b"]}


def test_recursive_alias_is_refused() -> None:
    doc = load_yaml("a: &a [1, *a]\n")
    assert [p.code for p in doc.problems] == ["Y007"]


@pytest.mark.parametrize("text", ["[" * 100_000 + "]" * 100_000, "- " * 50_000 + "x"])
def test_deep_nesting_is_refused_without_crashing(text: str) -> None:
    # The C composer would crash the interpreter past ~30,000 levels.
    doc = load_yaml(text, limits=YamlLimits(max_depth=64))
    assert [p.code for p in doc.problems] == ["Y010"], doc.problems


def test_nesting_within_the_limit_loads() -> None:
    doc = load_yaml("[" * 60 + "]" * 60, limits=YamlLimits(max_depth=64))
    assert doc.problems == []


@pytest.mark.parametrize(
    ("text", "code", "line"),
    [
        ("a: 1\n---\nb: 2\n", "Y009", 2),
        ("a: [1\nb: 2\n", "Y001", 2),
        ("a: *nowhere\n", "Y001", 1),
    ],
)
def test_syntax_problems_are_positioned(text: str, code: str, line: int) -> None:
    doc = load_yaml(text)
    assert doc.data is None
    assert [(p.code, p.line) for p in doc.problems] == [(code, line)]


def test_tab_indentation_gets_a_hint() -> None:
    (problem,) = load_yaml("a:\n\t- b\n").problems
    assert problem.code == "Y001"
    assert "tabs" in problem.message


@pytest.mark.parametrize("text", ["", "# only a comment\n", "---\n"])
def test_empty_documents_have_no_data(text: str) -> None:
    assert load_yaml(text).data is None


def test_decode_drops_bom_and_locates_bad_bytes() -> None:
    assert decode_utf8(b"\xef\xbb\xbfa: 1\n") == ("a: 1\n", None)
    text, problem = decode_utf8("a: 1\nb: Apurímac\n".encode("latin-1"))
    assert text is None and problem is not None
    assert (problem.code, problem.line, problem.col) == ("Y008", 2, 8)


def test_utf16_is_named() -> None:
    _, problem = decode_utf8("a: 1\n".encode("utf-16"))
    assert problem is not None and "UTF-16" in problem.message


def test_short_strings_are_shared_between_the_values_that_spell_them() -> None:
    """A million claims repeat their places, units and sources: one copy of each."""
    long = "x" * 200
    text = (
        "a: {place: Pichari, Cusco, note: " + long + "}\n"
        "b: {place: Pichari, Cusco, note: " + long + "}\n"
        "tags: [Pichari, Cusco]\n"
    ).replace("Pichari, Cusco", "'Pichari, Cusco'")
    built = load_yaml(text).data
    assert built is not None
    a, b, tags = built["a"], built["b"], built["tags"]
    assert a["place"] is b["place"] is tags[0]
    assert a["note"] == b["note"] and a["note"] is not b["note"]  # long text is not shared


def test_deep_brackets_are_refused_even_when_the_event_parser_fails(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Seen once in CI: a 100,000-deep document came back as Y001, as if the exact depth
    count had failed and left the document to the recursive composer."""

    def failing_parse(*args: object, **kwargs: object) -> object:
        raise yaml.YAMLError("parser failed")

    monkeypatch.setattr(yamlload.yaml, "parse", failing_parse)
    doc = load_yaml("a: " + "[" * 1_000 + "]" * 1_000, limits=YamlLimits(max_depth=64))
    assert [(p.code, p.line, p.col) for p in doc.problems] == [("Y010", 1, 68)]
