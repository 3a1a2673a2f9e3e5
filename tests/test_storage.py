"""Writes are atomic and locked: an interrupt leaves old or new, two writers both land."""

from __future__ import annotations

import multiprocessing
import multiprocessing.queues
from pathlib import Path

import pytest

from vraem_claims import storage
from vraem_claims.errors import InputError
from vraem_claims.fixes import apply_fixes
from vraem_claims.lint import lint_project
from vraem_claims.project import find_project
from vraem_claims.storage import folder_lock, locked_update, write_atomic

from conftest import FIXTURES, build_project


def test_write_atomic_replaces_and_keeps_the_mode(tmp_path: Path) -> None:
    path = tmp_path / "claims.yaml"
    path.write_text("old\n")
    path.chmod(0o640)
    write_atomic(path, b"new\n")
    assert path.read_bytes() == b"new\n"
    assert path.stat().st_mode & 0o777 == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["claims.yaml"]  # no temporary left


def test_an_interrupted_write_leaves_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "claims.yaml"
    path.write_text("old\n")

    def interrupted(self: Path, target: Path) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(Path, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(path, b"new\n")
    assert path.read_text() == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["claims.yaml"]


def _append(path: str, line: str) -> None:
    locked_update(Path(path), lambda current: (current or b"") + line.encode())


def test_two_processes_updating_one_file_both_land(tmp_path: Path) -> None:
    path = tmp_path / "reviews.yaml"
    path.write_text("")
    context = multiprocessing.get_context("fork")
    workers = [context.Process(target=_append, args=(str(path), f"line {i}\n")) for i in range(8)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    assert sorted(path.read_text().splitlines()) == [f"line {i}" for i in range(8)]


def _try_lock(folder: str, result: multiprocessing.queues.Queue) -> None:  # type: ignore[type-arg]
    try:
        with folder_lock(Path(folder), timeout=0.2):
            result.put("locked")
    except InputError as exc:
        result.put(str(exc))


def test_a_held_lock_times_out_with_a_clear_message(tmp_path: Path) -> None:
    context = multiprocessing.get_context("fork")
    result = context.Queue()
    with folder_lock(tmp_path):
        worker = context.Process(target=_try_lock, args=(str(tmp_path), result))
        worker.start()
        worker.join()
    assert "another vraem-claims process has been writing" in result.get(timeout=5)


def test_lint_fix_goes_through_the_lock_and_never_writes_half(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = build_project(tmp_path / "p", FIXTURES / "rules" / "Q002-quote-normalised-match")
    path = root / "claims" / "quote.yaml"
    before = path.read_bytes()
    project = find_project(root)
    edits = [f.fix for f in lint_project(project).findings if f.fix is not None]
    calls: list[Path] = []
    real = storage.write_atomic

    def counted(target: Path, data: bytes) -> None:
        calls.append(target)
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("vraem_claims.storage.write_atomic", counted)
    with pytest.raises(OSError):
        apply_fixes(project, edits)
    assert calls == [path] and path.read_bytes() == before
    monkeypatch.setattr("vraem_claims.storage.write_atomic", real)
    assert apply_fixes(project, edits) == 1
    assert path.read_bytes() != before


def test_a_fix_on_a_file_changed_meanwhile_is_refused(tmp_path: Path) -> None:
    root = build_project(tmp_path / "p", FIXTURES / "rules" / "Q002-quote-normalised-match")
    project = find_project(root)
    edits = [f.fix for f in lint_project(project).findings if f.fix is not None]
    path = root / "claims" / "quote.yaml"
    changed = "# a comment added by someone else\n" + path.read_text(encoding="utf-8")
    path.write_text(changed, encoding="utf-8")
    with pytest.raises(InputError, match=r"nothing was written|changed since"):
        apply_fixes(project, edits)
    assert path.read_text(encoding="utf-8") == changed
