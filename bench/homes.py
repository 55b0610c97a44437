"""The P88_HOME a benchmark works in: a temporary folder removed when the benchmark exits, unless it is kept.

A benchmark at scale 1.0 leaves gigabytes behind (a PostgreSQL data directory, Parquet archives); nobody
looks in the temp folder for them. ``temporary_home`` makes the folder and registers its removal at exit —
after the results are printed, and after an error too — saying on stderr what was removed or kept.
"""

from __future__ import annotations

import argparse
import atexit
import os
import shutil
import sys
import tempfile
from pathlib import Path


def add_home_options(parser: argparse.ArgumentParser, reuse: bool = False) -> None:
    """``--keep`` (and, for a benchmark that can reuse what it built, ``--home DIR``)."""
    parser.add_argument("--keep", action="store_true",
                        help="keep the temporary P88_HOME when done (its path is printed); removed by default")
    if reuse:
        parser.add_argument("--home", type=Path, default=None,
                            help="work in DIR and keep it; what an earlier run built there is reused")


def temporary_home(prefix: str, keep: bool = False, given: Path | None = None) -> Path:
    """``given`` as it is (never removed), or a new temporary folder removed at exit unless ``keep``."""
    if given is not None:
        given.mkdir(parents=True, exist_ok=True)
        return given
    home = Path(tempfile.mkdtemp(prefix=prefix))
    atexit.register(_finish, home, keep)
    return home


def _finish(home: Path, keep: bool) -> None:
    size = _size(home)
    if keep:
        print(f"bench: kept {home} ({size / 1e9:.2f} GB)", file=sys.stderr)
        return
    from warehouse import embedded

    embedded.stop(home / "pg")  # a server left running by an error would hold files and keep writing
    shutil.rmtree(home, ignore_errors=True)
    print(f"bench: removed the temporary home {home} ({size / 1e9:.2f} GB); --keep keeps it", file=sys.stderr)


def _size(folder: Path) -> int:
    total = 0
    for root, _, files in os.walk(folder):
        for name in files:
            try:
                total += os.lstat(os.path.join(root, name)).st_size
            except OSError:
                pass  # removed meanwhile (a server's temporary file)
    return total
