"""`add` as a library: checked like lint, written in place, refused cleanly, safe to kill."""

from __future__ import annotations

import os
import random
import re
import signal
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

import pytest

from vraem_claims.authoring import ClaimDraft, add_claim, render_diagnostics, render_outcome
from vraem_claims.errors import InputError
from vraem_claims.lint import lint_project
from vraem_claims.project import find_project
from vraem_claims.yamlload import load_yaml

from conftest import FIXTURES, REPO, TODAY, build_project

HAND_WRITTEN = FIXTURES / "authoring" / "hand-written"
REVIEWS = FIXTURES / "authoring" / "reviews"
PLANE_QUOTE = "Troops intercepted a small plane that was carrying 250 kilos of cocaine"
PLANE = ClaimDraft(
    source="report-en",
    quote=PLANE_QUOTE,
    statement="Troops intercepted a small plane carrying 250 kilos of cocaine.",
    quantity="cocaine seized from a small plane",
    place="VRAEM",
)


def snapshot(root: Path) -> dict[str, bytes]:
    """Every file of a project, by relative path (the lock file aside)."""
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file() and path.name != ".vraem-claims.lock"
    }


def add(root: Path, draft: ClaimDraft, **options: object):  # type: ignore[no-untyped-def]
    return add_claim(find_project(root), draft, ask=None, today=TODAY, **options)  # type: ignore[arg-type]


def lint_codes(root: Path) -> list[str]:
    return [f"{f.code} {f.message}" for f in lint_project(find_project(root), today=TODAY).findings]


def test_a_hand_written_file_keeps_every_byte_outside_the_new_claim(tmp_path: Path) -> None:
    root = build_project(tmp_path / "project", HAND_WRITTEN)
    target = root / "claims" / "troops.yaml"
    before = target.read_text(encoding="utf-8")
    outcome = add(root, replace(PLANE, tags=("troops",)))
    after = target.read_text(encoding="utf-8")
    inserted = "\n\n\n" + outcome.yaml.rstrip("\n")
    at = after.index(inserted)
    assert after[:at] + after[at + len(inserted) :] == before
    assert outcome.yaml == (
        "  - id: cocaine-seized-small-plane-2015\n"
        "    statement: Troops intercepted a small plane carrying 250 kilos of cocaine.\n"
        "    quantity: cocaine seized from a small plane\n"
        "    value: 250\n"
        "    qualifier: exact\n"
        "    unit: kilos\n"
        "    place: VRAEM\n"
        "    citations:\n"
        "      - source: report-en\n"
        f"        quote: {PLANE_QUOTE}\n"
        "    tags: [troops]\n"
    )
    assert (outcome.path, outcome.written, outcome.created) == ("claims/troops.yaml", True, False)
    assert after.endswith(
        "# trailing comment on the last line\n" + inserted[1:] + "\n\n"
        "# Claims about coca go to coca.yaml.\n"
    )
    assert lint_codes(root) == []


def test_crlf_and_bom_are_kept(tmp_path: Path) -> None:
    root = build_project(tmp_path / "project", HAND_WRITTEN)
    target = root / "claims" / "troops.yaml"
    original = target.read_bytes().replace(b"\n", b"\r\n")
    target.write_bytes(b"\xef\xbb\xbf" + original)
    add(root, replace(PLANE, file=target))
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf" + original.split(b"# Claims about coca")[0].rstrip())
    assert b"\n" not in data.replace(b"\r\n", b"")
    assert lint_codes(root) == []


def test_a_new_file_is_created_with_a_claims_list(tmp_path: Path) -> None:
    root = build_project(tmp_path / "project")
    outcome = add(root, replace(PLANE, file=root / "claims" / "seizures.yaml"))
    text = (root / "claims" / "seizures.yaml").read_text(encoding="utf-8")
    assert text == "claims:\n" + outcome.yaml
    assert outcome.created and outcome.line == 2
    assert render_outcome(outcome) == (
        "Added `cocaine-seized-small-plane-2015` to claims/seizures.yaml:2 (new file).\n"
    )
    assert lint_codes(root) == []


@pytest.mark.parametrize(
    ("overlay", "tags", "expected", "reason"),
    [
        (HAND_WRITTEN, ("troops",), "claims/troops.yaml", "named after the tag `troops`"),
        (HAND_WRITTEN, (), "claims/troops.yaml", "holds the most similar claim"),
        (None, (), "claims/new.yaml", "no file holds a similar claim"),
    ],
)
def test_the_file_is_chosen_by_topic(
    tmp_path: Path, overlay: Path | None, tags: tuple[str, ...], expected: str, reason: str
) -> None:
    root = build_project(tmp_path / "project", *([overlay] if overlay else []))
    draft = ClaimDraft(
        source="report-en",
        quote="There are now around 7,500 troops",
        statement="There are around 7,500 troops in the VRAEM.",
        as_of="2015",
        tags=tags,
    )
    outcome = add(root, draft, dry_run=True)
    assert outcome.path == expected
    assert any(reason in note for note in outcome.notes)


def test_values_are_read_from_the_quote_and_shown(tmp_path: Path) -> None:
    root = build_project(tmp_path / "project")
    outcome = add(root, PLANE, dry_run=True)
    assert (
        outcome.notes[0]
        == "read from the quote (250 kilos): value 250, qualifier exact, unit kilos"
    )
    assert (outcome.claim.value, outcome.claim.qualifier, outcome.claim.unit) == (
        250,
        "exact",
        "kilos",
    )


def test_dry_run_writes_nothing(tmp_path: Path) -> None:
    root = build_project(tmp_path / "project", HAND_WRITTEN)
    before = snapshot(root)
    outcome = add(root, PLANE, dry_run=True)
    assert not outcome.written and snapshot(root) == before
    assert render_outcome(outcome).startswith("# would append to claims/")


def test_a_normalised_quote_needs_use_source_text(tmp_path: Path) -> None:
    root = build_project(tmp_path / "project")
    draft = ClaimDraft(
        source="report-en",
        quote="the shining path's zone of influence shrank",
        statement="The Shining Path's zone of influence shrank.",
    )
    before = snapshot(root)
    with pytest.raises(InputError, match="pass --use-source-text"):
        add(root, draft)
    assert snapshot(root) == before
    outcome = add(root, replace(draft, use_source_text=True))
    assert outcome.claim.citations[0].quote == "The Shining Path’s zone of influence shrank"
    assert lint_codes(root) == []


def test_duplicates_conflicts_and_stale_reviews_are_shown(tmp_path: Path) -> None:
    root = build_project(tmp_path / "project", REVIEWS)
    draft = ClaimDraft(
        source="report-en",
        quote="destroyed or disabled 263 clandestine landing strips",
        statement="Police destroyed 263 clandestine landing strips in the VRAEM in 2014.",
        quantity="clandestine landing strips destroyed",
        unit="airstrips",
        as_of="2014",
        place="VRAEM",
        id="airstrips-2014-again",
    )
    outcome = add(root, draft, dry_run=True)
    assert outcome.related == [
        "duplicate: states the same fact as `airstrips-2014-report` (claims/airstrips.yaml:3:5): "
        "same quantity (1.00), same value (airstrip), same date, same place",
        "conflict: `airstrips-2014-other` (310 airstrips, claims/airstrips.yaml:14:5): "
        "contradiction, same time and place, values disagree",
        "same quantity: `airstrips-2014-report` (263 airstrips, claims/airstrips.yaml:3:5): "
        "consistent, the values agree",
        "review: the decision on airstrips-2014-other, airstrips-2014-report "
        "(claims/reviews.yaml:4:5) will no longer apply once this claim joins their group; "
        "review it again",
    ]
    assert render_diagnostics(outcome)[-4:] == outcome.related


REFUSALS = {
    "unknown source": (
        {"source": "report-eng"},
        "unknown source `report-eng`; did you mean `report-en`?",
    ),
    "quote absent": (
        {"quote": "Troops intercepted a large plane that was carrying 250 kilos of cocaine"},
        'the quote is not in source `report-en` (quote has "large" where the source has '
        '"small"); closest passage at seeds/report-en.txt:8:1',
    ),
    "value not in the quote": (
        {"value": "520"},
        "the claim does not pass lint: N001 `value` 520 is not stated in the quotes "
        "(they state: 250 kilos); nothing was written",
    ),
    "id taken": ({"id": "troops-2015"}, "claim id `troops-2015` is already used"),
    "id not a slug": ({"id": "no spaces"}, "id `no spaces` is not a slug"),
    "bad qualifier": ({"qualifier": "roughly", "value": "250"}, "`qualifier`: Input should be"),
    "bad date": ({"as_of": "2015-13"}, "--as-of"),
    "missing statement": ({"statement": None}, "missing --statement"),
    "file outside claims": ({"file": Path("seeds/x.yaml")}, "claims files live in claims/"),
    "not a claims file": ({"file": Path("claims/aliases.yaml")}, "not a claims file"),
}


@pytest.mark.parametrize("case", REFUSALS, ids=list(REFUSALS))
def test_bad_input_is_refused_and_changes_no_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, case: str
) -> None:
    root = build_project(tmp_path / "project", HAND_WRITTEN)
    monkeypatch.chdir(root)
    changes, message = REFUSALS[case]
    draft = replace(PLANE, **changes)
    before = snapshot(root)
    with pytest.raises(InputError, match=re.escape(message)):
        add(root, draft)
    assert snapshot(root) == before


def test_warnings_are_shown_not_refused(tmp_path: Path) -> None:
    root = build_project(tmp_path / "project")
    outcome = add(root, replace(PLANE, qualifier="about", as_of="2016"))
    assert outcome.written
    assert [line.split(": ", 2)[2] for line in render_diagnostics(outcome)[2:]] == [
        "N002 the quote says `250 kilos` (exact) but `qualifier` is about; "
        "write `qualifier: exact`",
        "D001 `as_of` (2016) starts after `report-en` was published (2015-01-12); a forecast "
        "or target should say so in the statement",
    ]


def test_a_read_only_file_is_refused(tmp_path: Path) -> None:
    root = build_project(tmp_path / "project", HAND_WRITTEN)
    target = root / "claims" / "troops.yaml"
    target.chmod(0o444)
    before = snapshot(root)
    with pytest.raises(InputError, match=re.escape("troops.yaml: the file is read-only")):
        add(root, replace(PLANE, file=target))
    assert snapshot(root) == before


def test_an_unwritable_folder_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = build_project(tmp_path / "project", HAND_WRITTEN)
    before = snapshot(root)

    def refuse(*args: object, **kwargs: object) -> int:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("tempfile.mkstemp", refuse)
    with pytest.raises(InputError, match="cannot write"):
        add(root, replace(PLANE, file=root / "claims" / "troops.yaml"))
    assert snapshot(root) == before


def test_an_interrupted_rename_leaves_the_file_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = build_project(tmp_path / "project", HAND_WRITTEN)
    before = snapshot(root)

    def interrupted(self: Path, target: object) -> Path:
        raise KeyboardInterrupt

    monkeypatch.setattr(Path, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        add(root, replace(PLANE, file=root / "claims" / "troops.yaml"))
    assert snapshot(root) == before  # and the temporary file was removed


# Processes: a crash between the temporary file and the rename, kills at random
# moments, and concurrent runs. They run the package from this checkout.

ENV = {**os.environ, "PYTHONPATH": str(REPO), "NO_COLOR": "1"}


def add_command(root: Path, claim_id: str) -> list[str]:
    return [
        sys.executable,
        "-m",
        "vraem_claims",
        "--project",
        str(root),
        "add",
        "--no-input",
        "--source",
        "report-en",
        "--quote",
        PLANE_QUOTE,
        "--statement",
        f"Troops intercepted a small plane carrying 250 kilos of cocaine ({claim_id}).",
        "--file",
        str(root / "claims" / "troops.yaml"),
        "--id",
        claim_id,
    ]


def test_a_crash_between_the_temporary_file_and_the_rename(tmp_path: Path) -> None:
    root = build_project(tmp_path / "project", HAND_WRITTEN)
    target = root / "claims" / "troops.yaml"
    before = target.read_bytes()
    crash = (
        "import os, pathlib, runpy, sys\n"
        "pathlib.Path.replace = lambda self, target: os._exit(9)\n"
        f"sys.argv = {add_command(root, 'crashed')!r}[2:]\n"
        "sys.argv[0] = 'vraem-claims'\n"
        "runpy.run_module('vraem_claims', run_name='__main__')\n"
    )
    done = subprocess.run([sys.executable, "-c", crash], env=ENV, capture_output=True, check=False)
    assert done.returncode == 9, done.stderr
    assert target.read_bytes() == before
    leftovers = [p.name for p in target.parent.iterdir() if p.name.endswith(".tmp")]
    assert len(leftovers) == 1  # the complete temporary copy; lint never reads it
    assert lint_codes(root) == []


def test_killing_add_at_any_moment_leaves_the_old_or_the_complete_new_file(
    tmp_path: Path,
) -> None:
    done = build_project(tmp_path / "done", HAND_WRITTEN)
    subprocess.run(add_command(done, "killed"), env=ENV, check=True, capture_output=True)
    complete = (done / "claims" / "troops.yaml").read_bytes()
    root = build_project(tmp_path / "project", HAND_WRITTEN)
    target = root / "claims" / "troops.yaml"
    before = target.read_bytes()
    started = time.monotonic()
    subprocess.run(add_command(root, "timed"), env=ENV, check=True, capture_output=True)
    runtime = time.monotonic() - started
    randomness = random.Random(5)
    seen = set()
    for _ in range(10):
        target.write_bytes(before)
        process = subprocess.Popen(
            add_command(root, "killed"),
            env=ENV,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(randomness.uniform(0.0, runtime * 1.1))
        process.send_signal(signal.SIGKILL)
        process.wait()
        now = target.read_bytes()
        assert now in (before, complete)
        assert not load_yaml(now.decode("utf-8")).problems
        seen.add(now == complete)
    assert seen  # (which outcomes occur depends on timing; both are correct)


def test_concurrent_adds_to_one_file_all_land(tmp_path: Path) -> None:
    root = build_project(tmp_path / "project", HAND_WRITTEN)
    target = root / "claims" / "troops.yaml"
    before = target.read_text(encoding="utf-8")
    ids = [f"concurrent-{n}" for n in range(4)]
    processes = [
        subprocess.Popen(add_command(root, claim_id), env=ENV, stderr=subprocess.PIPE)
        for claim_id in ids
    ]
    for process in processes:
        _, stderr = process.communicate(timeout=60)
        assert process.returncode == 0, stderr
    after = target.read_text(encoding="utf-8")
    items = load_yaml(after).data["claims"]
    assert sorted(item["id"] for item in items[2:]) == ids
    assert after.startswith(before.split("\n\n# Claims about coca")[0])
    assert all(code.startswith("C002") for code in lint_codes(root))  # four times one fact
