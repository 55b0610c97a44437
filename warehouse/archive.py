"""The archive as analysts and the question layer read it: a read-only DuckDB catalog over the Parquet export.

``$P88_HOME/archive`` is a symlink to the current export version under ``archive-versions/`` (so the files
are at ``archive/<table>/partner_id=<n>/``), and ``$P88_HOME/archive.duckdb`` holds one view per contract
table over that same version. ``p88 export`` replaces both atomically.
"""

from __future__ import annotations

from pathlib import Path

import duckdb

from project88.errors import P88Error

# Contract tables (names and columns shared with the question layer and the notebooks), with how each is
# laid out: partitioned by partner_id (hive) or one file.
TABLES: dict[str, bool] = {
    "timing_partners": False,
    "events": True,
    "races": True,
    "participants": True,
    "results": True,
    "timing_sessions": True,
    "timing_reads": True,
}


class ArchiveMissing(P88Error):
    """Nothing has been exported yet under this P88_HOME."""


def archive_dir(home: Path) -> Path:
    return home / "archive"


def catalog_path(home: Path) -> Path:
    return home / "archive.duckdb"


def versions_dir(home: Path) -> Path:
    return home / "archive-versions"


def view_sql(version: Path, table: str) -> str:
    """The catalog's view of ``table`` in one export version (partner_id from the hive path, as INTEGER).

    Views name the version directory itself, so replacing the catalog file switches readers atomically.
    """
    root = version / table
    if TABLES[table]:
        source = (f"read_parquet('{root}/*/*.parquet', hive_partitioning = true, "
                  "hive_types = {'partner_id': INTEGER})")
    else:
        source = f"read_parquet('{root}/*.parquet')"
    return f"CREATE OR REPLACE VIEW {table} AS SELECT * FROM {source}"


def open_archive(home: Path) -> duckdb.DuckDBPyConnection:
    """A read-only connection to the archive that can read nothing but the archive, configuration locked."""
    catalog = catalog_path(home)
    if not catalog.exists() or not archive_dir(home).exists():
        raise ArchiveMissing(f"no archive under {home} yet: run `p88 export` (after `p88 generate` for demo data)")
    conn = duckdb.connect(str(catalog), read_only=True)
    allowed = sorted({f"{versions_dir(home)}/", f"{versions_dir(home).resolve()}/"})
    conn.execute(f"SET allowed_directories = {allowed!r}")
    conn.execute("SET enable_external_access = false")
    conn.execute("SET lock_configuration = true")
    return conn
