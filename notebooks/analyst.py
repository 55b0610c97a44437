"""What the analyst notebooks share: their parameters, the archive as Polars frames, charts that need no internet.

A notebook's kernel starts in this folder, so ``from analyst import ...`` finds this file. Parameters come
from the environment (``p88 notebook`` sets them): ``P88_HOME`` (whose archive) and ``P88_PARTNER`` (which
timing company).
"""

from __future__ import annotations

import os
from pathlib import Path

import duckdb
import polars as pl
from bokeh.io import output_notebook
from bokeh.resources import INLINE

from warehouse.archive import open_archive

HOME = Path(os.environ.get("P88_HOME", ".p88")).resolve()
PARTNER = os.environ.get("P88_PARTNER", "big-river")


def charts_inline() -> None:
    """Show Bokeh charts with BokehJS inside the notebook itself: they draw with no internet (no CDN)."""
    output_notebook(INLINE, hide_banner=True)


def open_company(home: Path = HOME, slug: str = PARTNER) -> tuple[duckdb.DuckDBPyConnection, int]:
    """The read-only archive of ``home`` and the id of the company ``slug``."""
    archive = open_archive(home)
    partner_id = scalar(archive, "SELECT partner_id FROM timing_partners WHERE slug = ?", slug)
    if partner_id is None:
        raise LookupError(f"no timing company {slug!r} in the archive under {home}")
    return archive, partner_id


def query(archive: duckdb.DuckDBPyConnection, sql: str, *params: object) -> pl.DataFrame:
    """Run SQL on the archive and get a Polars frame (through Arrow, without an extra copy of the rows)."""
    return archive.sql(sql, params=list(params)).pl()


def scalar(archive: duckdb.DuckDBPyConnection, sql: str, *params: object) -> object:
    """The first value of the first row (None without rows)."""
    rows = archive.sql(sql, params=list(params)).fetchall()
    return rows[0][0] if rows else None
