"""A second process for large projects: half of the work, on the machine's other core.

Work is handed over by `fork`, so the child inherits everything loaded so far for free and
only its result travels back (pickled). Where processes cannot fork (Windows, macOS
defaults), or when the `jobs` setting says so, everything stays in one process.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

T = TypeVar("T")

# The task a forked worker runs: set before the fork, so it is never pickled.
_TASK: Callable[[], Any] | None = None


def can_fork() -> bool:
    import multiprocessing  # imported here: small projects never start a process

    return "fork" in multiprocessing.get_all_start_methods()


def use_second_process(jobs: int, *, size: int, threshold: int) -> bool:
    """Whether work of `size` is worth a second process under the `jobs` setting."""
    if jobs == 1 or (jobs == 0 and size < threshold):
        return False
    return can_fork()


def _run_task() -> Any:
    assert _TASK is not None
    return _TASK()


def start_in_second_process(task: Callable[[], T]) -> Callable[[], T]:
    """Start `task` in a forked process; the returned function waits for its result."""
    global _TASK
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    _TASK = task
    executor = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("fork"))
    future = executor.submit(_run_task)

    def finish() -> T:
        global _TASK
        try:
            result: T = future.result()
            return result
        finally:
            executor.shutdown()
            _TASK = None

    return finish
