"""``p88 export``: PostgreSQL → hive-partitioned Parquet + a DuckDB catalog, incremental and atomic.

Stages: find which (table, company) partitions changed since the last export's watermark (minus an overlap,
so a transaction that committed late is not missed); build a new version directory — changed partitions
re-read whole from PostgreSQL through ADBC (Arrow, no Python per row), unchanged ones hard-linked from the
current version; write the catalog; then swap the ``archive`` symlink to the new version in one rename.
A crash at any point leaves the previous version in place and readable; re-running gives the same archive.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import shutil
import time
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from urllib.parse import quote, urlencode

import adbc_driver_postgresql.dbapi as adbc
import duckdb
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
from psycopg.conninfo import conninfo_to_dict
from rich.progress import Progress

from project88.errors import P88Error
from warehouse.archive import TABLES, archive_dir, catalog_path, versions_dir, view_sql
from warehouse.database import connect

OVERLAP = timedelta(hours=1)
SORT_MEMORY = "256MB"
KEEP_VERSIONS = 2
STATE_FILE = "_state.json"

# What each contract table is read from, its watermark column and its sort key (stable files).
SOURCES: dict[str, tuple[str, str, str]] = {
    "timing_partners": ("SELECT partner_id, name, slug, city, state, created_at, updated_at FROM timing_partners",
                        "updated_at", "partner_id"),
    "events": ("SELECT * FROM events", "updated_at", "event_id"),
    "races": ("SELECT * FROM races", "updated_at", "race_id"),
    "participants": ("SELECT * FROM participants", "updated_at", "participant_id"),
    "results": ("SELECT * FROM results", "updated_at", "result_id"),
    "timing_sessions": ("SELECT * FROM timing_sessions", "updated_at", "id"),
    # reads older than 30 days live in timing_reads_archive; the export keeps the whole history
    "timing_reads": ("""SELECT id, partner_id, session_id, location_name, sequence_number, bib, reader_id, read_time,
                               read_timestamp, lap_count, gator, is_gun_time, raw_line, received_at, device
                        FROM timing_reads UNION ALL
                        SELECT id, partner_id, session_id, location_name, sequence_number, bib, reader_id, read_time,
                               read_timestamp, lap_count, gator, is_gun_time, raw_line, received_at, device
                        FROM timing_reads_archive""", "received_at", "id"),
}


class ExportFailed(P88Error):
    """The export stopped; the previous archive is still the current one."""


@dataclass
class ExportReport:
    version: str
    full: bool
    rows: dict[str, int] = field(default_factory=dict)            # rows written (changed partitions)
    partitions: dict[str, list[int]] = field(default_factory=dict)  # changed partitions per table
    seconds: float = 0.0


def adbc_uri(url: str) -> str:
    """A libpq URI for ADBC from any psycopg URL or key=value conninfo (unix sockets included)."""
    params = conninfo_to_dict(url)
    user = quote(params.pop("user", ""), safe="")
    password = params.pop("password", None)
    dbname = quote(params.pop("dbname", ""), safe="")
    auth = f"{user}:{quote(password, safe='')}@" if password else (f"{user}@" if user else "")
    query = urlencode(params)
    return f"postgresql://{auth}/{dbname}" + (f"?{query}" if query else "")


def export_archive(database_url: str, home: Path, full: bool = False, progress: bool = False) -> ExportReport:
    """Export now; returns what changed. Raises ExportFailed (previous archive intact) on any failure."""
    began = time.perf_counter()
    home.mkdir(parents=True, exist_ok=True)
    versions = versions_dir(home)
    versions.mkdir(exist_ok=True)
    with _export_lock(home):
        _remove_unfinished(versions, home)
        current = archive_dir(home).resolve() if archive_dir(home).is_symlink() else None
        state = {} if full or current is None else _read_state(current)
        name = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")
        building = versions / f"{name}.partial"
        report = ExportReport(version=name, full=not state)
        try:
            watermarks = _write_version(database_url, building, current, state, report, progress)
            (building / STATE_FILE).write_text(json.dumps({"version": name, "watermarks": watermarks}, indent=1))
            finished = building.with_name(name)
            building.rename(finished)
            _write_catalog(home, finished)
            _swap(home, finished)
        except (OSError, adbc.Error, duckdb.Error, P88Error) as error:
            shutil.rmtree(building, ignore_errors=True)
            raise ExportFailed(f"export failed, the previous archive is unchanged: {_reason(error)}") from error
        _prune(versions, keep={finished.name, current.name if current else ""})
    report.seconds = time.perf_counter() - began
    return report


def _write_version(database_url: str, building: Path, current: Path | None, state: dict, report: ExportReport,
                   progress: bool) -> dict[str, str]:
    watermarks = dict(state.get("watermarks", {}))
    with connect(database_url) as pg, adbc.connect(adbc_uri(database_url)) as arrow, contextlib.ExitStack() as stack:
        with arrow.cursor() as cur:
            cur.execute(f"SET work_mem = '{SORT_MEMORY}'")  # each partition sorts in memory, not on disk
        bar = stack.enter_context(Progress()) if progress else None
        everybody = {p for (p,) in pg.execute("SELECT partner_id FROM timing_partners").fetchall()}
        # the next export picks up what changed after this one began (minus the overlap)
        began = pg.execute("SELECT now()").fetchone()[0].isoformat()
        for table, partitioned in TABLES.items():
            sql, mark_column, key = SOURCES[table]
            since = watermarks.get(table)
            # a first or full export reads every company (no scan needed to find the changed ones)
            changed = everybody if since is None else _changed_partitions(pg, sql, mark_column, since)
            target = building / table
            target.mkdir(parents=True)
            if not partitioned:
                report.rows[table] = _write(arrow, f"SELECT * FROM ({sql}) t ORDER BY {key}", target / "data.parquet",
                                            drop=None)
            else:
                _write_partitions(arrow, table, sql, key, changed, current, since, target, report, bar)
            watermarks[table] = began
    return watermarks


def _write_partitions(arrow, table: str, sql: str, key: str, changed: set[int], current: Path | None,
                      since: str | None, target: Path, report: ExportReport, bar: Progress | None) -> None:
    everyone = changed if since is None else changed | _existing_partitions(current, table)
    task = bar.add_task(f"{table:<16}", total=len(everyone)) if bar else None
    report.partitions[table] = sorted(changed)
    report.rows[table] = 0
    written = 0
    # a full export reads the table in one sequential scan and splits it here; an incremental one asks
    # PostgreSQL for each changed company (few, and the partner_id index finds them)
    whole = _read(arrow, f"SELECT * FROM ({sql}) t") if since is None else None
    for partner in sorted(everyone):
        folder = target / f"partner_id={partner}"
        if partner in changed or current is None:
            if whole is not None:
                rows = _write_table(whole.filter(pc.equal(whole["partner_id"], partner)).sort_by(key),
                                    folder / "data.parquet", drop="partner_id")
            else:
                query = f"SELECT * FROM ({sql}) t WHERE partner_id = {int(partner)} ORDER BY {key}"
                rows = _write(arrow, query, folder / "data.parquet", drop="partner_id")
            report.rows[table] += rows
            written += rows > 0
        else:
            folder.mkdir()
            for source in (current / table / f"partner_id={partner}").glob("*.parquet"):
                os.link(source, folder / source.name)
            written += 1
        if bar:
            bar.advance(task)
    if not written:  # an empty table still gets a typed (empty) file, so its view works
        _write(arrow, f"SELECT * FROM ({sql}) t WHERE false", target / "partner_id=0" / "data.parquet",
               drop="partner_id", keep_empty=True)


def _changed_partitions(pg, sql: str, mark_column: str, since: str) -> set[int]:
    """Companies with rows newer than the watermark minus the overlap (a late commit is not missed)."""
    rows = pg.execute(f"SELECT DISTINCT partner_id FROM ({sql}) t WHERE {mark_column} > %s",
                      (datetime.fromisoformat(since) - OVERLAP,)).fetchall()
    return {p for (p,) in rows}


def _existing_partitions(current: Path | None, table: str) -> set[int]:
    if current is None:
        return set()
    return {int(p.name.split("=", 1)[1]) for p in (current / table).glob("partner_id=*") if p.name != "partner_id=0"}


def _read(arrow, query: str) -> pa.Table:
    with arrow.cursor() as cur:
        cur.execute(query)
        return cur.fetch_arrow_table()


def _write(arrow, query: str, path: Path, drop: str | None, keep_empty: bool = False) -> int:
    """One query's rows to one Parquet file (none for an empty partition)."""
    return _write_table(_read(arrow, query), path, drop, keep_empty)


def _write_table(table: pa.Table, path: Path, drop: str | None, keep_empty: bool = False) -> int:
    if table.num_rows == 0 and not keep_empty:
        return 0
    if drop is not None:
        table = table.drop_columns([drop])
    path.parent.mkdir(parents=True, exist_ok=True)
    pq.write_table(table, path, compression="zstd", row_group_size=1_000_000)
    return table.num_rows


def _write_catalog(home: Path, version: Path) -> None:
    temporary = catalog_path(home).with_suffix(".duckdb.tmp")
    temporary.unlink(missing_ok=True)
    with duckdb.connect(str(temporary)) as conn:
        for table in TABLES:
            conn.execute(view_sql(version, table))
    os.replace(temporary, catalog_path(home))


def _swap(home: Path, version: Path) -> None:
    link = home / "archive.swap"
    link.unlink(missing_ok=True)
    link.symlink_to(version.relative_to(home))
    os.replace(link, archive_dir(home))  # atomic: readers see the old version or the new one


def _read_state(version: Path) -> dict:
    with contextlib.suppress(FileNotFoundError, json.JSONDecodeError):
        return json.loads((version / STATE_FILE).read_text())
    return {}


def _remove_unfinished(versions: Path, home: Path) -> None:
    for leftover in versions.glob("*.partial"):
        shutil.rmtree(leftover, ignore_errors=True)
    catalog_path(home).with_suffix(".duckdb.tmp").unlink(missing_ok=True)


def _prune(versions: Path, keep: set[str]) -> None:
    finished = sorted(p for p in versions.iterdir() if p.is_dir() and not p.name.endswith(".partial"))
    for old in finished[:-KEEP_VERSIONS]:
        if old.name not in keep:
            shutil.rmtree(old, ignore_errors=True)


@contextlib.contextmanager
def _export_lock(home: Path):
    with open(home / "export.lock", "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        yield


def _reason(error: Exception) -> str:
    text = str(error).strip()
    return text.splitlines()[0] if text else type(error).__name__
