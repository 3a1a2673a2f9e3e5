"""`find`: passages by phrase or number, across English and Spanish, ranked and marked."""

from __future__ import annotations

from pathlib import Path

import pytest

from vraem_claims.corpus import Corpus, load_corpus
from vraem_claims.errors import ConfigError
from vraem_claims.passages import MAX_PASSAGE
from vraem_claims.project import find_project
from vraem_claims.search import SCHEMA_VERSION, find_passages, render_hits

from conftest import FIXTURES, build_project


@pytest.fixture
def corpus(tmp_path: Path) -> Corpus:
    """The base sources (English and Spanish) with the clean scenario's two claims."""
    root = build_project(tmp_path / "project", FIXTURES / "scenarios" / "clean")
    return load_corpus(find_project(root))


@pytest.mark.parametrize(
    ("query", "source", "match", "kind"),
    [
        ("7,500", "informe-es", "7.500 hectáreas", "number"),  # English grouping, Spanish text
        ("7,500", "report-en", "7,500", "exact"),
        ("64", "informe-es", "sesenta y cuatro", "number"),  # digits find words
        ("74,000", "informe-es", "Más de 74 mil millas cuadradas", "number"),
        ("1.6 %", "informe-es", "1,6 %", "number"),
        ("Apurimac", "informe-es", "Apurímac", "normalised"),  # accents do not block
        ("Shining Path's", "report-en", "Shining Path’s", "normalised"),  # nor typographic quotes
        ("SHINING PATH", "report-en", "Shining Path", "normalised"),
        ("pistas de aterrizaje", "report-en", "clandestine landing strips", "concepts"),
        ("hectares of coca", "informe-es", "hectáreas de coca", "concepts"),
        ("clandestine landng strips", "report-en", "clandestine landing strips", "fuzzy"),
    ],
)
def test_the_best_hit_in_a_source(
    corpus: Corpus, query: str, source: str, match: str, kind: str
) -> None:
    result = find_passages(corpus, query, source=source)
    best = result.hits[0]
    assert (best.source, best.match, best.kind) == (source, match, kind)
    text = corpus.catalog.get_text(source)
    assert text is not None
    assert text.text[best.start : best.end] == match
    assert (best.line, best.col) == text.line_col(best.start)
    assert best.passage == text.text[best.passage_start : best.passage_end]


def test_hits_are_ranked_and_name_the_claims_citing_them(corpus: Corpus) -> None:
    result = find_passages(corpus, "263")
    assert [(h.source, h.match, h.score, h.cited_by) for h in result.hits] == [
        ("report-en", "263", 100.0, ("airstrips-2014",))
    ]
    ranked = find_passages(corpus, "coca").hits
    assert [hit.score for hit in ranked] == sorted((hit.score for hit in ranked), reverse=True)


def test_a_number_with_words_prefers_the_passage_stating_both(corpus: Corpus) -> None:
    hits = find_passages(corpus, "250 kilos").hits
    assert hits[0].match == "250 kilos" and hits[0].kind in ("exact", "number")
    typo = find_passages(corpus, "236 clandestine landing strips").hits[0]
    assert typo.kind == "fuzzy" and "263 clandestine landing strips" in typo.passage


def test_passages_are_sentences_never_the_whole_text(corpus: Corpus) -> None:
    for hit in find_passages(corpus, "VRAEM", limit=50).hits:
        text = corpus.catalog.get_text(hit.source)
        assert text is not None
        assert hit.passage_start <= hit.start < hit.end <= hit.passage_end
        assert len(hit.passage) < len(text.text.strip())
        assert "\n" not in hit.passage


def test_long_sentences_are_cut_around_the_match(tmp_path: Path) -> None:
    root = build_project(tmp_path / "project")
    long = ("word " * 200) + "the needle phrase " + ("word " * 200) + "."
    (root / "seeds" / "report-en.txt").write_text(long, encoding="utf-8")
    corpus = load_corpus(find_project(root))
    hit = find_passages(corpus, "needle phrase", source="report-en").hits[0]
    assert hit.match == "needle phrase"
    assert len(hit.passage) <= MAX_PASSAGE and hit.cut_before and hit.cut_after
    assert render_hits(find_passages(corpus, "needle phrase", source="report-en")).startswith(
        "report-en:1:1005  score 100 (exact)\n    … word"
    )


def test_limit_source_and_threshold(corpus: Corpus) -> None:
    everything = find_passages(corpus, "VRAEM", limit=50)
    assert everything.total > 2
    limited = find_passages(corpus, "VRAEM", limit=2)
    assert len(limited.hits) == 2 and limited.total == everything.total
    only_es = find_passages(corpus, "VRAEM", source="informe-es", limit=50)
    assert {hit.source for hit in only_es.hits} == {"informe-es"} and only_es.sources == 1
    assert find_passages(corpus, "zzzz qqqq").hits == []
    assert find_passages(corpus, "coca", min_score=101).hits == []


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"query": "  "}, "the query is empty"),
        ({"query": "coca", "limit": 0}, "--limit must be at least 1"),
        ({"query": "coca", "source": "nope"}, "--source: unknown source `nope`"),
    ],
)
def test_bad_options_are_config_errors(
    corpus: Corpus, options: dict[str, object], message: str
) -> None:
    with pytest.raises(ConfigError, match=message):
        find_passages(corpus, **options)  # type: ignore[arg-type]  # parametrized keywords


def test_json_is_a_versioned_object(corpus: Corpus) -> None:
    data = find_passages(corpus, "263").to_dict()
    assert data["schema_version"] == SCHEMA_VERSION
    assert data["query"] == "263" and data["total"] == 1
    hit = data["hits"][0]
    for key in ("source", "start", "end", "line", "col", "passage", "score", "cited_by"):
        assert key in hit
    assert hit["cited_by"] == ["airstrips-2014"]


def test_text_rendering_marks_the_match(corpus: Corpus) -> None:
    assert render_hits(find_passages(corpus, "263")) == (
        "report-en:3:49  score 100 (exact)  cited by airstrips-2014\n"
        "    Antinarcotics Police have destroyed or disabled **263** clandestine landing strips "
        "used by narco-traffickers in the VRAEM.\n"
        "1 passage in 2 sources.\n"
    )
    assert render_hits(find_passages(corpus, "zzzz qqqq")) == (
        "No passage matches `zzzz qqqq` in 2 sources.\n"
    )
