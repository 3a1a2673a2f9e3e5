"""Quote anchoring: exact, declared normalisations, ellipses, and near misses that fail."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vraem_claims.anchoring import AnchorIndex, Match, NormalisedText, word_differences

SOURCE = (
    "The Shining Path’s zone of influence shrank from more than 74,000 square miles.\r\n"
    "Antinarcotics Police have destroyed or disabled 263 clandestine landing strips "
    "used by narco-traffickers in the VRAEM.\r\n"
    "The meeting was held in Apurímac\u00a0—\u00a0at the base.\n"
)


def resolve(quote: str, text: str = SOURCE, **options: int):  # type: ignore[no-untyped-def]
    return AnchorIndex(text).resolve(quote, **options)


def test_exact_match_gives_offsets() -> None:
    quote = "destroyed or disabled 263 clandestine landing strips"
    found = resolve(quote)
    assert found.match is Match.EXACT
    assert SOURCE[found.start : found.end] == quote
    assert found.occurrences == 1


@pytest.mark.parametrize(
    ("quote", "needed"),
    [
        ("The Shining Path's zone of influence", ["typographic quotes or dashes"]),
        ("the shining path’s zone of influence", ["letter case"]),
        ("destroyed  or\ndisabled 263", ["whitespace"]),
        ("VRAEM. The meeting", ["whitespace"]),  # CRLF in the source, one space in the quote
        ("held in Apuri\u0301mac", ["Unicode composition (NFC)"]),  # NFD in the quote
        ("held in Apurímac - at the base", ["typographic quotes or dashes", "whitespace"]),
        ("destroyed or dis\u200babled 263", ["invisible characters"]),
        ("\u200fdestroyed or disabled 263", ["invisible characters"]),
    ],
)
def test_declared_normalisations_match_with_a_warning(quote: str, needed: list[str]) -> None:
    found = resolve(quote)
    assert found.match is Match.NORMALISED
    assert list(found.differences) == needed


def test_normalised_match_maps_back_to_the_source_text() -> None:
    found = resolve("held in Apurímac - at the base")
    assert SOURCE[found.start : found.end] == "held in Apurímac\u00a0—\u00a0at the base"


@pytest.mark.parametrize(
    ("quote", "difference"),
    [
        (
            "destroyed or disabled 236 clandestine landing strips",
            'quote has "236" where the source has "263"',
        ),
        (
            "destroyed or disabled 263 clandestine airstrips",
            'quote has "airstrips" where the source has "landing strips"',
        ),
        ("more than 74,000 miles", 'quote lacks "square"'),
        ("more than 74.000 square miles", 'quote has "74.000" where the source has "74,000"'),
    ],
)
def test_near_matches_are_not_found_and_say_what_differs(quote: str, difference: str) -> None:
    found = resolve(quote)
    assert found.match is Match.NOT_FOUND
    assert found.differences[0] == difference
    assert found.closest is not None and found.score > 80


def test_a_digit_never_normalises() -> None:
    # Full-width and Arabic-Indic digits are not folded to ASCII: a quote must use the
    # source's digits.
    assert resolve("disabled ２６３ clandestine").match is Match.NOT_FOUND


def test_ellipsis_joins_ordered_parts() -> None:
    found = resolve("Antinarcotics Police ... 263 clandestine landing strips")
    assert found.match is Match.EXACT
    assert len(found.spans) == 2
    assert [SOURCE[a:b] for a, b in found.spans] == [
        "Antinarcotics Police",
        "263 clandestine landing strips",
    ]


@pytest.mark.parametrize("mark", ["...", "…", "[...]", "[…]"])
def test_every_ellipsis_mark_joins(mark: str) -> None:
    assert resolve(f"Antinarcotics Police {mark} in the VRAEM").match is Match.EXACT


def test_ellipsis_parts_out_of_order_do_not_match() -> None:
    assert resolve("263 clandestine landing strips ... Antinarcotics Police").match is (
        Match.NOT_FOUND
    )


def test_ellipsis_gap_is_bounded() -> None:
    quote = "zone of influence ... in the VRAEM"
    assert resolve(quote).match is Match.EXACT
    assert resolve(quote, max_gap=20).match is Match.NOT_FOUND


def test_repeated_quotes_are_counted() -> None:
    text = "It carried 250 kilos of cocaine. They carried 250 kilos of cocaine."
    assert resolve("250 kilos of cocaine", text).occurrences == 2


def test_word_differences_reads_well() -> None:
    assert word_differences("captured 23 leaders", "captured 32 leaders") == [
        'quote has "23" where the source has "32"'
    ]
    assert word_differences("the army seized", "the army has seized") == ['quote lacks "has"']


@pytest.mark.parametrize(
    ("text", "normalised", "starts", "ends"),
    [
        ("AB-c", "ab-c", [0, 1, 2, 3], [1, 2, 3, 4]),  # plain ASCII: case only
        ("Apuri\u0301mac", "apurímac", [0, 1, 2, 3, 4, 6, 7, 8], [1, 2, 3, 4, 6, 7, 8, 9]),
        # The mark after an invisible character joins the last letter of the run.
        ("ab\u00ad\u0300c", "ab\u0300c", [0, 1, 1, 4], [1, 4, 4, 5]),
        ("Don`t  go", "don't go", [0, 1, 2, 3, 4, 5, 7, 8], [1, 2, 3, 4, 5, 7, 8, 9]),
    ],
)
def test_plain_runs_and_clusters_map_back(
    text: str, normalised: str, starts: list[int], ends: list[int]
) -> None:
    norm = NormalisedText(text)
    assert norm.text == normalised
    assert (list(norm.starts), list(norm.ends)) == (starts, ends)


@given(st.text(max_size=300))
@settings(max_examples=300, deadline=None)
def test_normalised_offsets_always_map_inside_the_original(text: str) -> None:
    norm = NormalisedText(text)
    assert len(norm.starts) == len(norm.ends) == len(norm.text)
    for start, end in zip(norm.starts, norm.ends, strict=True):
        assert 0 <= start < end <= len(text)
    assert list(norm.starts) == sorted(norm.starts)


@given(st.text(min_size=1, max_size=200), st.data())
@settings(max_examples=300, deadline=None)
def test_any_substring_anchors_to_itself(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    quote = text[start:end]
    found = AnchorIndex(text).resolve(quote)
    if quote.strip() and not set(quote) & set("…."):
        assert found.match is Match.EXACT
        assert text[found.start : found.end] == quote


@given(st.text(max_size=200), st.text(max_size=60))
@settings(max_examples=300, deadline=None)
def test_resolve_never_raises_and_spans_are_valid(text: str, quote: str) -> None:
    found = AnchorIndex(text).resolve(quote)
    for start, end in found.spans:
        assert 0 <= start <= end <= len(text)
    if found.closest is not None:
        assert 0 <= found.closest[0] <= found.closest[1] <= len(text)


LATIN_TEXT = st.text(
    alphabet=st.one_of(
        st.characters(min_codepoint=0x20, max_codepoint=0x24F),  # ASCII and Latin letters
        st.characters(min_codepoint=0x300, max_codepoint=0x36F),  # combining accents
        st.sampled_from("\u00a0\u2019\u201c\u201d\u2014\u2026\u200b\r\n\t"),
    ),
    max_size=80,
)


@given(LATIN_TEXT)
@settings(max_examples=300, deadline=None)
def test_normalisation_is_idempotent_and_keeps_digits(text: str) -> None:
    once = NormalisedText(text).text
    assert NormalisedText(once).text == once
    digits = [c for c in unicodedata.normalize("NFC", text) if c.isdigit()]
    assert [c for c in once if c.isdigit()] == [c.casefold() for c in digits]
