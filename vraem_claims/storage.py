"""Writing project files safely: under a lock, atomically, never half a file.

Every writer (`add`, `review`, `sources add`, `lint --fix`) goes through
`locked_update`: take an exclusive lock on the folder, read the current text,
compute the new text, write it to a temporary file in the same folder, flush
and fsync it, and rename it over the original. A reader or an interrupted writer
only ever sees the old file or the complete new one; two writers take turns.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from vraem_claims.errors import InputError

LOCK_NAME = ".vraem-claims.lock"
LOCK_TIMEOUT = 30.0


def writable(path: Path) -> bool:
    """Writable, and not marked read-only (root may write anything, but should not here)."""
    return os.access(path, os.W_OK) and bool(path.stat().st_mode & 0o222)


@contextlib.contextmanager
def folder_lock(folder: Path, *, timeout: float = LOCK_TIMEOUT) -> Iterator[None]:
    """Hold an exclusive advisory lock on `folder` (a lock file inside it)."""
    import fcntl

    lock_path = folder / LOCK_NAME
    if folder.is_dir() and not writable(folder):
        raise InputError(f"{folder}: the folder is read-only")
    try:
        handle = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:
        raise InputError(f"{folder}: cannot write here ({exc.strerror or exc})") from None
    try:
        deadline = time.monotonic() + timeout
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() > deadline:
                    raise InputError(
                        f"{folder}: another vraem-claims process has been writing for "
                        f"{timeout:.0f} s; try again"
                    ) from None
                time.sleep(0.05)
        yield
    finally:
        os.close(handle)  # closing releases the lock


def write_atomic(path: Path, data: bytes) -> None:
    """Replace `path` with `data` in one rename; the file is never seen half-written."""
    folder = path.parent
    mode = path.stat().st_mode & 0o7777 if path.exists() else 0o644
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise InputError(f"{path}: cannot write ({exc.strerror or exc})") from None
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        Path(temporary).chmod(mode)
        Path(temporary).replace(path)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            Path(temporary).unlink()
        if isinstance(exc, OSError):
            raise InputError(f"{path}: cannot write ({exc.strerror or exc})") from None
        raise
    _fsync_folder(folder)


def _fsync_folder(folder: Path) -> None:
    with contextlib.suppress(OSError):  # not every platform can fsync a directory
        handle = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(handle)
        finally:
            os.close(handle)


def locked_update(path: Path, update: Callable[[bytes | None], bytes]) -> None:
    """Rewrite `path` as `update(current bytes or None)`, atomically and under the folder lock."""
    with folder_lock(path.parent):
        try:
            current = path.read_bytes() if path.exists() else None
        except OSError as exc:
            raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
        new = update(current)
        if new != current:
            write_atomic(path, new)
