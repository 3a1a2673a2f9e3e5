"""lint over whole projects: the shipped corpus is clean, and every single-digit slip fails."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from vraem_claims.claims import load_claim_file
from vraem_claims.lint import lint_project
from vraem_claims.project import find_project
from vraem_claims.yamlload import YamlLimits

from conftest import FIXTURES, REPO, TODAY, build_project


@pytest.fixture(scope="module")
def shipped() -> Path:
    return REPO


def copy_corpus(destination: Path) -> Path:
    shutil.copytree(REPO / "seeds", destination / "seeds")
    shutil.copytree(REPO / "claims", destination / "claims")
    return destination


def test_shipped_corpus_is_clean(shipped: Path) -> None:
    report = lint_project(find_project(shipped), today=TODAY)
    assert [f for f in report.findings if f.severity.value != "info"] == []
    assert report.files >= 8 and report.claims >= 100 and report.sources == 5


# SHA-256 of the five reports as delivered (../shared/seeds/): the shipped copies must stay
# byte-identical, since every quote's offsets and every claim's citation depend on them.
SEED_DIGESTS = {
    "000_1c12b375eaf51a05.txt": "975381e94b41a324ecbb59b6b89a42692b02455fe52ffda36baecf2f9bed5bd4",
    "001_6bef111ac725a0fa.txt": "21c5f098146effcec9610a1607ffa2a1cd60bf440421944a62888b09e1e38344",
    "002_f5881488011bdf23.txt": "422041b197651971961efceeb5825267702229f1a52aa127d359e17a1ad06da6",
    "003_df593837a19ec67d.txt": "1c629dfe64f8dba90e224ac8c7f05a16a72570f0c62dffb0aaff8e1851373baa",
    "004_0e944a515639eb73.txt": "a9ab693a05b4fed16ac53a123c16ea299aec60fc3f290100ae325221f211c7c3",
}


def test_the_seed_reports_are_byte_identical_to_the_delivered_ones() -> None:
    import hashlib

    shipped = {
        path.name: hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted((REPO / "seeds").glob("*.txt"))
    }
    assert shipped == SEED_DIGESTS


def _shipped_claims() -> list[tuple[Path, int, str, str]]:
    """(file, line of the quote, claim id, quote) for every quote with a digit in it."""
    found = []
    for path in sorted((REPO / "claims").glob("*.yaml")):
        if path.name in ("aliases.yaml", "reviews.yaml"):
            continue
        loaded = load_claim_file(path, path.name, max_file_size=10**8, limits=YamlLimits())
        for claim in loaded.claims:
            for index, citation in enumerate(claim.claim.citations):
                if re.search(r"\d", citation.quote):
                    found.append((path, claim.quote_location(index).line, claim.id, citation.quote))
    return found


def _bump(digit: str) -> str:
    return str((int(digit) + 1) % 10)


def test_changing_one_digit_in_any_quote_fails(tmp_path: Path) -> None:
    """One run with a digit changed in every quote: each one fails with the closest passage."""
    root = copy_corpus(tmp_path)
    quotes = _shipped_claims()
    assert len(quotes) > 40
    for path, line, _, _quote in quotes:
        target = root / "claims" / path.name
        lines = target.read_text(encoding="utf-8").split("\n")
        digit = re.search(r"\d", lines[line - 1]).start()  # type: ignore[union-attr]
        lines[line - 1] = (
            lines[line - 1][:digit] + _bump(lines[line - 1][digit]) + (lines[line - 1][digit + 1 :])
        )
        target.write_text("\n".join(lines), encoding="utf-8")
    report = lint_project(find_project(root), today=TODAY)
    not_found = {
        (f.location.path, f.location.line, f.claim_id): f
        for f in report.findings
        if f.code == "Q001"
    }
    for path, line, claim_id, _ in quotes:
        failure = not_found.get((f"claims/{path.name}", line, claim_id))
        assert failure is not None, (path.name, line, claim_id)
        details = dict(failure.details)
        assert "closest" in details and "where the source has" in details["differs"]


def test_changing_one_digit_in_any_value_fails(tmp_path: Path) -> None:
    root = copy_corpus(tmp_path)
    changed = []
    for path in sorted((root / "claims").glob("*.yaml")):
        text = path.read_text(encoding="utf-8")
        new, count = re.subn(
            r"(?m)^(    (?:value|low|high): )(\d)", lambda m: m.group(1) + _bump(m.group(2)), text
        )
        if count:
            path.write_text(new, encoding="utf-8")
            changed += [
                (path.name, i + 1)
                for i, line in enumerate(new.split("\n"))
                if re.match(r"    (?:value|low|high): \d", line)
            ]
    assert len(changed) > 40
    report = lint_project(find_project(root), today=TODAY)
    failing = {(f.location.path, f.location.line) for f in report.findings if f.code == "N001"}
    assert {(f"claims/{name}", line) for name, line in changed} <= failing


def test_one_broken_file_never_hides_the_others(tmp_path: Path) -> None:
    root = build_project(tmp_path / "project", FIXTURES / "rules" / "Y001-yaml-syntax-error")
    codes = [f.code for f in lint_project(find_project(root), today=TODAY).findings]
    assert codes == ["Y001", "Q001"]


def test_a_used_suppression_hides_its_finding(tmp_path: Path) -> None:
    root = build_project(tmp_path / "project", FIXTURES / "rules" / "Q003-quote-ambiguous")
    path = root / "claims" / "quote.yaml"
    text = path.read_text(encoding="utf-8")
    comment = "# vraem-claims: ignore[quote-ambiguous] -- both loads are the same size"
    path.write_text(re.sub(r"(?m)^( *)- id:", rf"\1{comment}\n\1- id:", text), encoding="utf-8")
    assert lint_project(find_project(root), today=TODAY).findings == []


def test_paths_limit_the_files_checked(tmp_path: Path) -> None:
    root = build_project(tmp_path / "project", FIXTURES / "rules" / "Y001-yaml-syntax-error")
    report = lint_project(find_project(root), [root / "claims" / "other.yaml"], today=TODAY)
    assert [f.code for f in report.findings] == ["Q001"] and report.files == 1


# Shares and articles: (the source's sentence, the claim's value, qualifier and unit,
# the N findings expected).
THIRDS = "About two-thirds of the families stopped growing coca."
MORE_THAN_THIRDS = "More than two-thirds of the families stopped growing coca."
WOUNDED = "Un suboficial resultó herido en el ataque."
SPOKEN_NUMBERS = {
    "two-thirds as about 67 %": (THIRDS, (67, "about", "%"), []),
    "two-thirds as 66.67 %": (THIRDS, (66.67, "about", "%"), []),
    "an unhedged share claimed exact": (THIRDS[6:].capitalize(), (67, "exact", "%"), []),
    "a hedged share keeps its hedge": (MORE_THAN_THIRDS, (67, "about", "%"), ["N002"]),
    "the fraction is not a rounding": (
        "Half of the labs were closed.",
        (0.5, "about", ""),
        ["N002"],
    ),
    "a share is not another share": (THIRDS, (75, "about", "%"), ["N001"]),
    "dos tercios": ("Dos tercios de las familias dejaron la coca.", (66.7, "exact", "%"), []),
    "una cuarta parte": ("Una cuarta parte de la coca se desvía.", (25, "exact", "%"), []),
    "la mitad": ("Casi la mitad de los cultivos está en el valle.", (50, "nearly", "%"), []),
    "an article states one": (WOUNDED, (1, "exact", "heridos"), []),
    "an article is not a hedged one": (WOUNDED, (1, "about", "heridos"), ["N001"]),
    "not beside a figure": ("A patrol of 12 soldiers was attacked.", (1, "exact", ""), ["N001"]),
    "not no one": ("No one was wounded in the attack.", (1, "exact", "wounded"), ["N001"]),
    "not inside a sentence": ("Soldiers were wounded in an ambush.", (1, "exact", ""), ["N001"]),
    "not for money": ("A reward was offered.", (1, "exact", "USD"), ["N001"]),
    "not the preposition a": ("Los soldados llegaron a Pichari.", (1, "exact", ""), ["N001"]),
    # blind10, blind7, blind6, holdout: zero words, dozens, "k", "miles", "~", year ranges.
    "ninguno is zero": ("¿Cuántos condenados hay? Ninguno.", (0, "exact", "condenados"), []),
    "no one is zero": ("No one was wounded in the attack.", (0, "exact", "wounded"), []),
    # blind21: "no" before a noun, "nothing", "nada".
    "no arrests is zero": ("No arrests had been made.", (0, "exact", "arrests"), []),
    "nothing is zero": ("The robbers lost nothing.", (0, "exact", "soles"), []),
    "nada is zero": ("Los asaltantes no se llevaron nada.", (0, "exact", "soles"), []),
    "two and a half": ("The trip takes two and a half hours.", (2.5, "exact", "hours"), []),
    "dos horas y media": ("El viaje dura dos horas y media.", (2.5, "exact", "horas"), []),
    "solo una": ("De las cuatro, hoy solo opera una.", (1, "exact", ""), []),
    # Review: a quote that says a figure went untold states no zero.
    "no figure given is not zero": (
        "The ministry gave no figure for the wounded.",
        (0, "exact", "wounded"),
        ["N001"],
    ),
    "said nothing is not zero": (
        "Officials said nothing about casualties.",
        (0, "exact", "casualties"),
        ["N001"],
    ),
    "a figure is not zero": ("A patrol of 12 soldiers was attacked.", (0, "exact", ""), ["N001"]),
    "none beside a figure is not zero": (
        "Three soldiers died; none of the attackers was caught.",
        (0, "exact", "soldiers"),
        ["N001"],
    ),
    "a year range is no count": (
        "In 2010-15, 30 soldiers were killed.",
        (15, "exact", ""),
        ["N001"],
    ),
    "una docena": ("Una docena fue liberada a las 48 horas.", (12, "exact", ""), []),
    "72k": ("Coca covered ~72k acres in 2023.", (72000, "about", "acres"), []),
    "miles de soles": ("La obra costó 52.000 miles de soles.", (52000000, "exact", "soles"), []),
    # blind28: multiples, cents, half of a job, a ratio that names what it counts.
    "nearly twice": ("It held nearly twice its capacity.", (2, "nearly", "times"), []),
    "casi el doble": ("Casi el doble de su aforo entró.", (2, "nearly", "veces"), []),
    "noventa céntimos": ("Pagamos noventa céntimos por kilo.", (0.9, "exact", "S/"), []),
    "half done": ("The replanting is only half done.", (50, "exact", "%"), []),
    "one kilometre in six": (
        "New tracks: fewer than one kilometre in six, against one in three now.",
        (16.7, "less_than", "%"),
        [],
    ),
    "a count after a year": (
        "River checkpoints grew from four in 2010 to 15 in 2024.",
        (15, "exact", ""),
        [],
    ),
}


@pytest.mark.parametrize("case", SPOKEN_NUMBERS, ids=list(SPOKEN_NUMBERS))
def test_shares_and_articles_state_their_numbers(tmp_path: Path, case: str) -> None:
    import yaml

    sentence, (value, qualifier, unit), expected = SPOKEN_NUMBERS[case]
    fields = {"value": value, "qualifier": qualifier, **({"unit": unit} if unit else {})}
    root = build_project(tmp_path / "project")
    spanish = sentence.split()[0] in (
        "Dos",
        "Una",
        "Casi",
        "Un",
        "Los",
        "La",
        "El",
        "De",
        "¿Cuántos",
        "Pagamos",
    )
    source = "informe-es" if spanish else "report-en"
    text_file = root / "seeds" / ("informe-es.txt" if source == "informe-es" else "report-en.txt")
    text_file.write_text(text_file.read_text(encoding="utf-8") + sentence + "\n", encoding="utf-8")
    claim = {"id": "spoken", "statement": sentence, **fields, "as_of": "2015-01"}
    claim["citations"] = [{"source": source, "quote": sentence.rstrip(".")}]
    (root / "claims" / "spoken.yaml").write_text(yaml.safe_dump({"claims": [claim]}), "utf-8")
    findings = lint_project(find_project(root), today=TODAY).findings
    assert [f.code for f in findings if f.code.startswith("N")] == expected
