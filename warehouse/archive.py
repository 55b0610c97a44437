"""The archive as analysts and the question layer read it: a read-only DuckDB catalog over the Parquet export.

``$P88_HOME/archive`` is a symlink to the current export version under ``archive-versions/`` (so the files
are at ``archive/<table>/partner_id=<n>/``), and ``$P88_HOME/archive.duckdb`` holds one view per contract
table over that same version. ``p88 export`` replaces both atomically.
"""

from __future__ import annotations

import contextlib
import threading
from collections import OrderedDict
from collections.abc import Callable
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
    return f"CREATE OR REPLACE VIEW {table} AS SELECT * FROM {parquet_source(version, table)}"


def parquet_source(version: Path, table: str, partner_id: int | None = None) -> str:
    """``read_parquet(...)`` over a table's files in one export version: every company's, or one company's
    partition (partitioned tables only)."""
    if not TABLES[table]:
        return f"read_parquet('{version / table}/*.parquet')"
    files = f"{version / table}/{'*' if partner_id is None else f'partner_id={int(partner_id)}'}/*.parquet"
    return f"read_parquet('{files}', hive_partitioning = true, hive_types = {{'partner_id': INTEGER}})"


def open_archive(home: Path) -> duckdb.DuckDBPyConnection:
    """A read-only connection to the whole archive (every company: analysts, exports, benchmarks) with the
    catalog's views, that can read nothing but the archive, configuration locked. Raises ArchiveMissing
    before the first export.

    The catalog is attached read-only to a database of the caller's own, so any number of callers (threads
    included) open it at once without sharing, or racing to configure, one DuckDB instance."""
    catalog = catalog_path(home)
    if not catalog.exists() or not archive_dir(home).exists():
        raise ArchiveMissing(f"no archive under {home} yet: run `p88 export` (after `p88 generate` for demo data)")
    conn = duckdb.connect(":memory:")
    conn.execute(f"ATTACH '{catalog}' AS archive (READ_ONLY)")
    conn.execute("USE archive")
    _lock_down(conn, sorted({f"{versions_dir(home)}/", f"{versions_dir(home).resolve()}/"}))
    return conn


def partner_id_of(home: Path, slug: str) -> int | None:
    """The partner id of the company ``slug`` as of the current export, or None (no export, or a company the
    export does not know: ask PostgreSQL, the source of truth, then). Lets an archive question name its
    company without a database connection."""
    if not archive_dir(home).exists():
        return None
    conn = duckdb.connect(":memory:")
    try:
        found = conn.execute(f"SELECT partner_id FROM {parquet_source(archive_dir(home).resolve(), 'timing_partners')} "
                             "WHERE slug = ?", [slug]).fetchone()
    except duckdb.IOException:
        return None
    finally:
        conn.close()
    return None if found is None else int(found[0])


def open_company_archive(home: Path, partner_id: int) -> duckdb.DuckDBPyConnection:
    """A connection that can see only one company's rows of the current export version: its own partition
    of each table (and its own row of ``timing_partners``), nothing else on disk — so even a query that
    escaped the guard could not read another company. Same views and columns as ``open_archive``.
    Raises ArchiveMissing before the first export."""
    if not archive_dir(home).exists():
        raise ArchiveMissing(f"no archive under {home} yet: run `p88 export` (after `p88 generate` for demo data)")
    version = archive_dir(home).resolve()
    return _shared(("company", str(version), partner_id), lambda: _open_company(version, partner_id))


_databases: OrderedDict[tuple, duckdb.DuckDBPyConnection] = OrderedDict()
_databases_lock = threading.Lock()
MAX_OPEN_DATABASES = 64  # (export version, company) pairs kept open; the oldest is closed beyond this
# A company whose Parquet files (all its tables) take at most this many bytes is held in memory: about ten times
# that in RAM (the biggest company of the full generated archive, 21 MB of Parquet, took 200 MB), so at most
# about 100 MB per company at this bound, and a question on it costs about half
IN_MEMORY_MAX_BYTES = 10_000_000
# A company's database is in memory (so not read-only); only guarded queries reach it (nlq.execute), and the
# guard lets nothing but one SELECT through.


def _shared(key: tuple, opener: Callable[[], duckdb.DuckDBPyConnection]) -> duckdb.DuckDBPyConnection:
    """A new cursor on the database cached under ``key`` (opened and configured once, under a lock)."""
    with _databases_lock:
        database = _databases.get(key)
        if database is None:
            database = _databases[key] = opener()
            while len(_databases) > MAX_OPEN_DATABASES:
                _databases.popitem(last=False)  # not closed: a question may still be running on it
        _databases.move_to_end(key)
        return database.cursor()


def _open_company(version: Path, partner_id: int) -> duckdb.DuckDBPyConnection:
    conn = duckdb.connect(":memory:")
    partitions = {table: folder for table, partitioned in TABLES.items()
                  if partitioned and (folder := version / table / f"partner_id={int(partner_id)}").is_dir()}
    # a small company's rows are read into memory once (each question then costs about half: no Parquet decoded
    # per query); a big one's stay in Parquet, read where they lie (bench/nlq_latency.py)
    in_memory = sum(f.stat().st_size for folder in partitions.values() for f in folder.glob("*.parquet")) <= (
        IN_MEMORY_MAX_BYTES)
    readable = []
    for table, partitioned in TABLES.items():
        if table in partitions:
            conn.execute(f"CREATE {'TABLE' if in_memory else 'VIEW'} {table} AS "
                         f"SELECT * FROM {parquet_source(version, table, partner_id)}")
            if not in_memory:
                readable.append(f"{partitions[table]}/")
            continue
        # timing_partners (one small file for all) keeps only this company's row, in memory; a table with
        # nothing of this company is an empty table with the same columns
        keep = f"partner_id = {int(partner_id)}" if not partitioned else "false"
        with contextlib.suppress(duckdb.IOException):  # no file at all: the table stays unknown
            conn.execute(f"CREATE TABLE {table} AS SELECT * FROM {parquet_source(version, table)} WHERE {keep}")
    _lock_down(conn, readable)
    return conn


def _lock_down(conn: duckdb.DuckDBPyConnection, readable: list[str]) -> None:
    """Nothing but ``readable`` directories, no external access, and no way to change that afterwards.
    Spilling to disk is off: DuckDB's temp directory would otherwise be readable too."""
    conn.execute("SET temp_directory = ''")
    conn.execute(f"SET allowed_directories = {readable!r}")
    conn.execute("SET enable_external_access = false")
    conn.execute("SET lock_configuration = true")
