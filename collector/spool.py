"""The local spool: a read counts as received once its line is fsync'd here, before PostgreSQL sees it.

Records are lines (see collector.records) in numbered segment files under ``$P88_HOME/spool``. The writer appends to the one
open segment (``open-<n>.spool``) and fsyncs each batch; a segment is sealed (renamed ``seg-<n>.spool``,
atomic) when the loader is ready for more, and deleted only after the loader's transaction has committed.
A crash therefore leaves at most an open segment with a torn last line, which recovery seals without it.
One process owns a spool (an exclusive lock): a second collector would seal the first one's open segment
under it and number its own segments alike.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO

from project88.errors import P88Error

_OPEN, _SEALED = "open-", "seg-"
LOCK_NAME = "collector.lock"


class SpoolLocked(P88Error):
    """Another collector process owns this spool."""


class Spool:
    """Append-only segment files; one writer (the collector's event loop) and one reader (the loader)."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        directory.mkdir(parents=True, exist_ok=True)
        self._lock = _lock(directory)
        self._recover()
        self._number = max((_number(p) for p in self._all()), default=0)
        self._open: Path | None = None
        self._fd: int | None = None
        self._size = 0  # bytes of the open segment that are fsync'd complete lines

    def write(self, lines: list[bytes]) -> int:
        """Append complete lines (each ending in a newline) and fsync; returns how many are now durable.

        On an error (a full disk, say) the open segment is cut back to its last durable line and sealed, and
        the error raised: the caller still holds the lines and writes them again, into a new segment."""
        if not lines:
            return 0
        if self._fd is None:
            self._number += 1
            self._open = self.directory / f"{_OPEN}{self._number:012d}.spool"
            self._fd = os.open(self._open, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o666)
            self._size = 0
        data = b"".join(lines)
        try:
            _append(self._fd, data)
            os.fsync(self._fd)
        except OSError:
            self._abandon()
            raise
        self._size += len(data)
        return len(lines)

    def seal(self) -> Path | None:
        """Close the open segment and hand it to the loader (rename is atomic); None when nothing is open."""
        if self._fd is None or self._open is None:
            return None
        fd, path = self._fd, self._open
        self._fd = self._open = None
        os.close(fd)
        return _seal(path)

    def _abandon(self) -> None:
        """After a failed write: drop its torn tail and seal what was durable. The segment is not written to
        again (after a failed fsync the kernel may have dropped pages of it), so the retry starts a new one."""
        fd, path, size = self._fd, self._open, self._size
        self._fd = self._open = None
        with contextlib.suppress(OSError):
            os.ftruncate(fd, size)
        with contextlib.suppress(OSError):
            os.close(fd)
        with contextlib.suppress(OSError):  # else recovery seals it when the collector next starts
            _seal_complete_lines(path)

    def sealed(self) -> list[Path]:
        """Segments waiting for the loader, oldest first."""
        return sorted(self.directory.glob(f"{_SEALED}*.spool"))

    def backlog(self) -> int:
        """Segments not yet in PostgreSQL (sealed, plus the open one if any)."""
        return len(self.sealed()) + (self._fd is not None)

    def close(self) -> None:
        """Seal the open segment and give the spool up."""
        self.seal()
        self._lock.close()

    def _all(self) -> Iterator[Path]:
        yield from self.directory.glob(f"{_OPEN}*.spool")
        yield from self.directory.glob(f"{_SEALED}*.spool")

    def _recover(self) -> None:
        """Seal what a crash left open, dropping a torn last line (it was never fsync'd, so never received)."""
        for path in sorted(self.directory.glob(f"{_OPEN}*.spool")):
            _seal_complete_lines(path)
        _fsync_directory(self.directory)


def _lock(directory: Path) -> IO[str]:
    """Take the spool for this process (released when the process ends, however it ends)."""
    handle = open(directory / LOCK_NAME, "a+")
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        handle.seek(0)
        holder = handle.read().strip() or "?"
        handle.close()
        raise SpoolLocked(
            f"another collector (pid {holder}) is using the spool {directory}; one collector per spool: stop "
            "it, or give this one a P88_HOME of its own (with P88_DATABASE_URL set to `p88 db url`)") from None
    with contextlib.suppress(OSError):  # the pid only names the owner to a second collector: a full disk may say no
        os.ftruncate(handle.fileno(), 0)
        os.write(handle.fileno(), f"{os.getpid()}\n".encode())
    return handle


def _append(fd: int, data: bytes) -> None:
    """All of ``data``: one write may take only part of it (a signal, a nearly full disk)."""
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


def _seal(path: Path) -> Path:
    """Hand an open segment to the loader (the rename is atomic)."""
    sealed = path.with_name(path.name.replace(_OPEN, _SEALED, 1))
    os.replace(path, sealed)
    _fsync_directory(path.parent)
    return sealed


def _seal_complete_lines(path: Path) -> None:
    """Seal an open segment without its torn last line (never fsync'd, so never received); remove it if empty."""
    data = path.read_bytes()
    complete = data.rfind(b"\n") + 1
    if not complete:
        path.unlink()
        return
    if complete != len(data):
        os.truncate(path, complete)  # truncating needs no free space, rewriting would
    _seal(path)


def read_segment(path: Path) -> bytes:
    """The bytes of a sealed segment (lines; see collector.records for their two kinds)."""
    return path.read_bytes()


def remove_segments(paths: Iterable[Path]) -> None:
    """Delete segments whose records are committed in PostgreSQL."""
    paths = list(paths)
    for path in paths:
        path.unlink(missing_ok=True)
    for directory in {p.parent for p in paths}:
        _fsync_directory(directory)


def _fsync_directory(directory: Path) -> None:
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _number(path: Path) -> int:
    return int(path.stem.split("-", 1)[1])
