"""Work shared with a second process: the same results as one process, split evenly."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from typing import TypeVar

import pytest

from vraem_claims import corpus as corpus_module
from vraem_claims.claims import ClaimFile
from vraem_claims.corpus import balanced_split, load_corpus
from vraem_claims.lint import claim_findings, start_claim_checks
from vraem_claims.parallel import can_fork, start_in_second_process, use_second_process
from vraem_claims.project import Project, find_project

from conftest import REPO, TODAY

T = TypeVar("T")
needs_fork = pytest.mark.skipif(not can_fork(), reason="processes cannot fork here")


def with_jobs(project: Project, jobs: int) -> Project:
    return dataclasses.replace(project, settings=project.settings.model_copy(update={"jobs": jobs}))


@pytest.mark.parametrize(
    ("sizes", "split"),
    [
        ([1, 1, 1, 1], 2),
        ([10, 1, 1, 1], 1),  # the big file alone is half the work
        ([1, 1, 1, 10], 3),
        ([3, 3], 1),
        ([5], 0),
        ([], 0),
    ],
)
def test_a_split_gives_each_process_about_half_the_bytes(sizes: list[int], split: int) -> None:
    assert balanced_split(sizes) == split


def test_jobs_1_never_starts_a_process_and_0_only_for_large_work() -> None:
    assert not use_second_process(1, size=10**9, threshold=10)
    assert not use_second_process(0, size=9, threshold=10)
    assert use_second_process(0, size=10, threshold=10) == can_fork()
    assert use_second_process(2, size=0, threshold=10) == can_fork()


@needs_fork
def test_a_task_runs_in_another_process_and_its_result_comes_back() -> None:
    import os

    here = os.getpid()
    finish = start_in_second_process(lambda: (os.getpid(), [1, 2, 3]))
    pid, payload = finish()
    assert pid != here
    assert payload == [1, 2, 3]


@needs_fork
def test_an_error_in_the_second_process_reaches_the_caller() -> None:
    def fail() -> None:
        raise ValueError("boom")

    with pytest.raises(ValueError, match="boom"):
        start_in_second_process(fail)()


def _snapshot(files: list[ClaimFile]) -> list[object]:
    return [
        (
            f.display_path,
            f.findings,
            [(c.id, c.claim, c.location(), c.quote_span(0)) for c in f.claims],
        )
        for f in files
    ]


@needs_fork
def test_loading_in_two_processes_gives_the_same_files_in_the_same_order() -> None:
    project = find_project(REPO)
    alone = load_corpus(with_jobs(project, 1))
    shared = load_corpus(with_jobs(project, 2))
    assert [f.display_path for f in shared.files] == [f.display_path for f in alone.files]
    assert _snapshot(shared.files) == _snapshot(alone.files)
    assert len(shared.claims) == len(alone.claims) > 100


@needs_fork
def test_by_default_a_small_project_loads_in_one_process(monkeypatch: pytest.MonkeyPatch) -> None:
    started: list[object] = []

    def in_this_process(task: Callable[[], T]) -> Callable[[], T]:
        started.append(task)
        return task

    monkeypatch.setattr(corpus_module, "start_in_second_process", in_this_process)
    project = with_jobs(find_project(REPO), 0)
    alone = load_corpus(project)
    assert started == []
    monkeypatch.setattr(corpus_module, "PARALLEL_LOAD_FROM", 1)
    shared = load_corpus(project)
    assert len(started) == 1
    assert _snapshot(shared.files) == _snapshot(alone.files)


@needs_fork
def test_claim_checks_in_a_second_process_find_the_same_findings() -> None:
    corpus = load_corpus(with_jobs(find_project(REPO), 2))
    today = dt.date.fromisoformat(TODAY.isoformat())
    assert start_claim_checks(corpus, today=today)() == claim_findings(corpus, today=today)
