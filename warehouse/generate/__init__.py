"""``p88 generate``: a deterministic, realistic historical archive (production counts at scale 1.0)."""

from __future__ import annotations

from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from warehouse.database import connect
from warehouse.generate.load import ArchiveNotEmpty, load
from warehouse.generate.model import build, scaled_counts

__all__ = ["ArchiveNotEmpty", "generate", "scaled_counts"]


def generate(database_url: str, scale: float = 1.0, seed: int = 42, progress: bool = False,
             replace: bool = False) -> dict[str, int]:
    """Build the archive for ``seed`` at ``scale`` and load it; returns rows per table."""
    archive = build(scale, seed)
    with connect(database_url, autocommit=True) as conn:
        if not progress:
            return load(conn, archive, replace=replace)
        columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
        with Progress(*columns) as bar:
            return load(conn, archive, replace=replace, progress=bar)
