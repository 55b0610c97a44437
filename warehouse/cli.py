"""The archive's commands: ``p88 generate`` (and, as it lands, ``p88 export``)."""

from __future__ import annotations

import time

import typer
from rich.console import Console

from project88.errors import ConfigError
from project88.settings import get_settings
from warehouse.database import owner_url

console = Console()


def generate_command(
    scale: float = typer.Option(1.0, min=0.005, max=10.0,
                                help="1.0 = production counts (10.6M rows); 0.01 for a quick try."),
    seed: int = typer.Option(42, help="Same seed, same rows, byte for byte."),
    replace: bool = typer.Option(False, "--replace", help="Empty the archive tables first."),
) -> None:
    """Generate the historical archive (13 companies, events 2015-2025, races, runners, results) into PostgreSQL."""
    from warehouse.database import connect
    from warehouse.generate import generate
    from warehouse.migrate import migrate

    began = time.perf_counter()
    url = owner_url(get_settings())
    with connect(url) as conn:   # (a fresh P88_HOME has no tables yet: made first, as `p88 up` does — it was a traceback)
        migrate(conn)
    try:
        counts = generate(url, scale=scale, seed=seed, progress=True, replace=replace)
    except ValueError as error:
        raise ConfigError(str(error)) from None
    rows = sum(counts.values())
    console.print(f"generated {rows:,} rows in {time.perf_counter() - began:.1f} s: "
                  + ", ".join(f"{n:,} {t}" for t, n in counts.items()))


def export_command(
    full: bool = typer.Option(False, "--full", help="Re-read every partition instead of only the changed ones."),
    nightly: bool = typer.Option(False, "--nightly", help="Stay running and export every day at P88_EXPORT_TIME."),
) -> None:
    """Export PostgreSQL to Parquet under $P88_HOME/archive and the DuckDB catalog $P88_HOME/archive.duckdb."""
    from warehouse.export import export_archive

    settings = get_settings()
    if nightly:
        from warehouse.schedule import run_nightly

        run_nightly(settings, lambda: _export_once(export_archive, settings, full=False, progress=False))
        return
    _export_once(export_archive, settings, full=full, progress=True)


def _export_once(export_archive, settings, *, full: bool, progress: bool) -> None:
    report = export_archive(owner_url(settings), settings.home, full=full, progress=progress)
    changed = sum(len(p) for p in report.partitions.values())
    console.print(f"exported version {report.version} in {report.seconds:.1f} s "
                  f"({'full' if report.full else 'incremental'}: {sum(report.rows.values()):,} rows, "
                  f"{changed} changed partitions) to {settings.home / 'archive'}")
