"""The local spool: a read counts as received once its line is fsync'd here, before PostgreSQL sees it.

Records are lines (see collector.records) in numbered segment files under ``$P88_HOME/spool``. The writer appends to the one
open segment (``open-<n>.spool``) and fsyncs each batch; a segment is sealed (renamed ``seg-<n>.spool``,
atomic) when the loader is ready for more, and deleted only after the loader's transaction has committed.
A crash therefore leaves at most an open segment with a torn last line, which recovery seals without it.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

_OPEN, _SEALED = "open-", "seg-"


class Spool:
    """Append-only segment files; one writer (the collector's event loop) and one reader (the loader)."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        directory.mkdir(parents=True, exist_ok=True)
        self._recover()
        self._number = max((_number(p) for p in self._all()), default=0)
        self._open: Path | None = None
        self._file = None

    def write(self, lines: list[bytes]) -> int:
        """Append complete lines (each ending in a newline) and fsync; returns how many are now durable."""
        if not lines:
            return 0
        if self._file is None:
            self._number += 1
            self._open = self.directory / f"{_OPEN}{self._number:012d}.spool"
            self._file = open(self._open, "ab")
        self._file.write(b"".join(lines))
        self._file.flush()
        os.fsync(self._file.fileno())
        return len(lines)

    def seal(self) -> Path | None:
        """Close the open segment and hand it to the loader (rename is atomic); None when nothing is open."""
        if self._file is None or self._open is None:
            return None
        self._file.close()
        sealed = self._open.with_name(self._open.name.replace(_OPEN, _SEALED, 1))
        os.replace(self._open, sealed)
        _fsync_directory(self.directory)
        self._file = self._open = None
        return sealed

    def sealed(self) -> list[Path]:
        """Segments waiting for the loader, oldest first."""
        return sorted(self.directory.glob(f"{_SEALED}*.spool"))

    def backlog(self) -> int:
        """Segments not yet in PostgreSQL (sealed, plus the open one if any)."""
        return len(self.sealed()) + (self._file is not None)

    def close(self) -> None:
        self.seal()

    def _all(self) -> Iterator[Path]:
        yield from self.directory.glob(f"{_OPEN}*.spool")
        yield from self.directory.glob(f"{_SEALED}*.spool")

    def _recover(self) -> None:
        """Seal what a crash left open, dropping a torn last line (it was never fsync'd, so never received)."""
        for path in sorted(self.directory.glob(f"{_OPEN}*.spool")):
            data = path.read_bytes()
            complete = data[: data.rfind(b"\n") + 1]
            if complete != data:
                path.write_bytes(complete)
            if complete:
                os.replace(path, path.with_name(path.name.replace(_OPEN, _SEALED, 1)))
            else:
                path.unlink()
        _fsync_directory(self.directory)


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
