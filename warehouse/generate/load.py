"""Land a generated archive in PostgreSQL: COPY in CSV chunks, one transaction, a progress bar.

Runs on the owner connection (a system job). Foreign keys and triggers are skipped during the bulk load
(``session_replication_role = replica``) when the role may do that — the generator builds consistent rows
by construction, and the tests check the invariants afterwards — and the tables are ANALYZEd at the end.
"""

from __future__ import annotations

import io

import polars as pl
import psycopg
from rich.progress import Progress

from project88.errors import P88Error
from warehouse.generate.model import Archive

CHUNK_ROWS = 250_000
ARCHIVE_TABLES = ("events", "races", "participants", "results")


class ArchiveNotEmpty(P88Error):
    """The generator fills an empty archive; it will not mix generated rows into real ones."""


def load(conn: psycopg.Connection, archive: Archive, *, replace: bool = False,
         progress: Progress | None = None) -> dict[str, int]:
    """Write the archive in one transaction; returns rows per table."""
    with conn.transaction():
        existing = {t: conn.execute(f"SELECT EXISTS (SELECT 1 FROM {t})").fetchone()[0] for t in ARCHIVE_TABLES}
        if any(existing.values()) and not replace:
            filled = ", ".join(t for t, has in existing.items() if has)
            raise ArchiveNotEmpty(f"the archive already holds rows ({filled}); pass --replace to regenerate it")
        if replace:
            _truncate_archive(conn)
        _skip_foreign_key_checks(conn)
        partner_ids = _partners(conn, archive.timing_partners)
        counts = {"timing_partners": archive.timing_partners.height}
        for table in ARCHIVE_TABLES:
            frame = archive.tables()[table]
            frame = frame.with_columns(partner_id=pl.col("company").replace_strict(partner_ids, return_dtype=pl.Int32))
            counts[table] = _copy(conn, table, frame.drop("company", "series", strict=False), progress)
    for table in ARCHIVE_TABLES:
        conn.execute(f"ANALYZE {table}")
    return counts


def _truncate_archive(conn: psycopg.Connection) -> None:
    """Empty the archive tables; refuse while another table (displays, say) refers to archive rows."""
    referring = [name for (name,) in conn.execute(
        """SELECT DISTINCT conrelid::regclass::text FROM pg_constraint
           WHERE contype = 'f' AND confrelid = ANY (%s::regclass[]) AND NOT conrelid = ANY (%s::regclass[])""",
        (list(ARCHIVE_TABLES), list(ARCHIVE_TABLES))).fetchall()]
    in_use = [t for t in referring if conn.execute(f"SELECT EXISTS (SELECT 1 FROM {t})").fetchone()[0]]
    if in_use:
        raise ArchiveNotEmpty(f"{', '.join(in_use)} refer to archive rows; remove them before --replace")
    # every table that refers to the archive is empty (so is anything referring to those): CASCADE loses nothing
    conn.execute(f"TRUNCATE {', '.join(ARCHIVE_TABLES)} CASCADE")


def _skip_foreign_key_checks(conn: psycopg.Connection) -> None:
    try:
        with conn.transaction():
            conn.execute("SET LOCAL session_replication_role = replica")
    except psycopg.errors.InsufficientPrivilege:
        pass  # not a superuser: the checks run, the load is slower, the result the same
    else:
        conn.execute("SET LOCAL session_replication_role = replica")


def _partners(conn: psycopg.Connection, partners: pl.DataFrame) -> dict[int, int]:
    """Company index → partner_id, adding the generated companies by slug (existing slugs are reused)."""
    ids = {}
    for row in partners.iter_rows(named=True):
        conn.execute(
            """INSERT INTO timing_partners (name, slug, city, state) VALUES (%s, %s, %s, %s)
               ON CONFLICT (slug) DO NOTHING""",
            (row["name"], row["slug"], row["city"], row["state"]),
        )
        ids[row["company"]] = conn.execute("SELECT partner_id FROM timing_partners WHERE slug = %s",
                                           (row["slug"],)).fetchone()[0]
    return ids


def _copy(conn: psycopg.Connection, table: str, frame: pl.DataFrame, progress: Progress | None) -> int:
    task = progress.add_task(f"{table:<13}", total=frame.height) if progress else None
    columns = ", ".join(frame.columns)
    with conn.cursor().copy(f"COPY {table} ({columns}) FROM STDIN (FORMAT csv)") as copy:
        for offset in range(0, frame.height, CHUNK_ROWS):
            chunk = frame.slice(offset, CHUNK_ROWS)
            buffer = io.BytesIO()
            chunk.write_csv(buffer, include_header=False, datetime_format="%Y-%m-%d %H:%M:%S")
            copy.write(buffer.getvalue())
            if progress:
                progress.advance(task, chunk.height)
    return frame.height
