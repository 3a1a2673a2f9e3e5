"""Gathering a claim from options and answers: what is asked, what is proposed, what is refused."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from vraem_claims.corpus import Corpus, load_corpus
from vraem_claims.errors import InputError
from vraem_claims.gathering import ClaimDraft, gather
from vraem_claims.project import find_project

from conftest import build_project


class Scripted:
    """An Asker that checks each question against a script and gives the scripted answer."""

    def __init__(self, *script: tuple[str, str]) -> None:
        self.script = list(script)
        self.said: list[str] = []

    def say(self, text: str) -> None:
        self.said.append(text)

    def text(self, label: str, *, default: str | None = None) -> str:
        return self._next(label) or (default or "")

    def confirm(self, question: str, *, default: bool) -> bool:
        answer = self._next(question)
        return default if not answer else answer == "y"

    def _next(self, question: str) -> str:
        assert self.script, f"unexpected question: {question}"
        expected, answer = self.script.pop(0)
        assert expected in question, (expected, question)
        return answer


@pytest.fixture
def corpus(tmp_path: Path) -> Corpus:
    return load_corpus(find_project(build_project(tmp_path / "project")))


OPTIONAL = [("Quantity", ""), ("As of", ""), ("Place", ""), ("Attributed to", "")]


def test_everything_asked_with_retries(corpus: Corpus) -> None:
    ask = Scripted(
        ("Source id", "report-eng"),
        ("Source id", "report-en"),
        ("Quote", "Troops intercepted a LARGE plane that was carrying 250 kilos"),
        ("Use the closest passage instead?", "n"),
        ("Quote", "troops intercepted a small plane that was carrying 250 kilos"),
        ("Use the source's exact text?", ""),
        ("Statement", ""),
        ("Statement", "Troops intercepted a plane with 250 kilos of cocaine."),
        ("Value", ""),
        ("Qualifier", ""),
        ("Unit", "kg"),
        *OPTIONAL,
        ("Id", "no spaces allowed"),
        ("Id", ""),
    )
    gathered = gather(corpus, ClaimDraft(), ask)
    assert not ask.script
    claim = gathered.claim
    assert (
        claim.citations[0].quote == "Troops intercepted a small plane that was carrying 250 kilos"
    )
    assert (claim.value, claim.qualifier, claim.unit) == (250, "exact", "kg")
    assert claim.id == "troops-intercepted-plane-kilos-2015"
    assert ask.said == [
        "unknown source `report-eng`; did you mean `report-en`? (`vraem-claims sources` lists "
        "them)",
        'the quote is not in source `report-en` (quote has "large" where the source has '
        '"small"); closest passage at seeds/report-en.txt:8:1 (93.3% similar): "Troops '
        'intercepted a small plane that was carrying 250 kilos"',
        "the quote matches source `report-en` at seeds/report-en.txt:8:1 only after normalising "
        'letter case; the source has "Troops intercepted a small plane that was carrying 250 '
        'kilos"',
        "An answer is required.",
        "The quote states: 250 kilos",
        "id `no spaces allowed` is not a slug (letters, digits, `.`, `_`, `-`)",
    ]


def test_the_closest_passage_can_be_taken_when_asked(corpus: Corpus) -> None:
    ask = Scripted(
        ("Use the closest passage instead?", "y"),
        ("Value", "-"),  # no value: a claim about the interception, not the amount
        *OPTIONAL,
        ("Id", "plane-intercepted"),
    )
    draft = ClaimDraft(
        source="report-en",
        quote="Troops intercepted a small plane that carried 250 kilos",
        statement="Troops intercepted a small plane.",
    )
    claim = gather(corpus, draft, ask).claim
    assert (
        claim.citations[0].quote == "Troops intercepted a small plane that was carrying 250 kilos"
    )
    assert (claim.value, claim.qualifier, claim.id) == (None, None, "plane-intercepted")


def test_one_of_several_numbers_is_chosen(corpus: Corpus) -> None:
    ask = Scripted(
        ("Value", "400"),
        ("Qualifier", "range"),
        ("Unit", ""),
        *OPTIONAL,
        ("Id", ""),
    )
    draft = ClaimDraft(
        source="report-en",
        quote="Each of the planes carried between 200 and 400 kilos.",
        statement="Each plane carried between 200 and 400 kilos.",
    )
    claim = gather(corpus, draft, ask).claim
    assert (claim.value, claim.qualifier, claim.unit) == (400, "range", "kilos")
    assert ask.said == ["The quote states: 200 and 400 kilos"]


def test_without_a_terminal_proposals_are_taken_and_nothing_is_asked(corpus: Corpus) -> None:
    draft = ClaimDraft(
        source="informe-es",
        quote="Las fuerzas del orden erradicaron 7.500 hectáreas de coca en Apurímac",
        statement="Security forces eradicated 7,500 hectares of coca in Apurímac.",
        place="Apurímac",
    )
    gathered = gather(corpus, draft, None)
    claim = gathered.claim
    assert (claim.value, claim.qualifier, claim.unit, claim.id) == (
        7500,
        "exact",
        "hectáreas",
        "security-forces-eradicated-hectares-2019",
    )
    assert [key for key, _ in gathered.fields] == [
        "id",
        "statement",
        "value",
        "qualifier",
        "unit",
        "place",
        "citations",
    ]
    with pytest.raises(InputError, match="--as-of"):
        gather(corpus, replace(draft, as_of="May 2019"), None)
