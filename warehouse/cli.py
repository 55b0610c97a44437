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
    from warehouse.generate import generate

    began = time.perf_counter()
    try:
        counts = generate(owner_url(get_settings()), scale=scale, seed=seed, progress=True, replace=replace)
    except ValueError as error:
        raise ConfigError(str(error)) from None
    rows = sum(counts.values())
    console.print(f"generated {rows:,} rows in {time.perf_counter() - began:.1f} s: "
                  + ", ".join(f"{n:,} {t}" for t, n in counts.items()))
