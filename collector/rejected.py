"""Reads set aside and how to load them again (``p88 collector rejected [--reload]``).

Two kinds: single reads PostgreSQL refused (in ``quarantined_lines`` with their spooled row, see
collector.loader), and whole segments a database-level error refused (``rejected-*.spool`` in the spool, as
older versions also left them). Reloading is safe to repeat: a read already stored is the same read.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import psycopg

from collector.loader import LoadReport, load_batch, load_reads_isolating
from collector.records import split_segment
from collector.spool import read_segment

REJECTED_PREFIX = "rejected-"


@dataclass
class ReloadReport:
    """What a reload stored, and what PostgreSQL still refuses."""

    segments: int = 0
    reads: int = 0
    stored: int = 0
    still_refused: int = 0
    segments_refused: list[str] = field(default_factory=list)  # segments still refused whole, with why


def refused_reads(conn: psycopg.Connection, limit: int = 100) -> list[tuple]:
    """(id, received_at, event id, raw line, reason) of refused reads waiting to be loaded, newest first."""
    return conn.execute(
        """SELECT id, received_at, event_id, convert_from(raw, 'UTF8'), reason FROM quarantined_lines
           WHERE spool_row IS NOT NULL ORDER BY id DESC LIMIT %s""", (limit,)).fetchall()


def rejected_segments(spool_dir: Path) -> list[Path]:
    """Segments set aside whole (and any a crashed reload left claimed), oldest first."""
    return sorted([*spool_dir.glob(f"{REJECTED_PREFIX}*.spool"), *spool_dir.glob("reloading-*.spool")])


def reload(conn: psycopg.Connection, spool_dir: Path) -> ReloadReport:
    """Load every rejected segment and refused read again (``conn`` autocommit); each segment or the set
    of refused reads commits on its own. A segment is claimed by renaming it first, so a running collector
    and this command never load it both."""
    report = ReloadReport()
    for path in rejected_segments(spool_dir):
        claimed = path.with_name("reloading-" + path.name.split("-", 1)[1])
        os.replace(path, claimed)
        reads, others = split_segment(read_segment(claimed))
        try:
            with conn.transaction():
                loaded = load_batch(conn, reads, others)
        except psycopg.Error as error:  # still refused whole: keep it listed, go on with the others
            os.replace(claimed, path.with_name(REJECTED_PREFIX + claimed.name.split("-", 1)[1]))
            report.segments_refused.append(f"{path.name}: {str(error).strip().splitlines()[0]}")
            continue
        claimed.unlink()
        report.segments += 1
        report.reads += len(reads)
        report.stored += loaded.inserted + loaded.unassigned
        report.still_refused += loaded.refused
    waiting = conn.execute("SELECT id, spool_row FROM quarantined_lines WHERE spool_row IS NOT NULL").fetchall()
    if waiting:
        with conn.transaction():
            loaded = LoadReport()
            refused = {row for row, _ in load_reads_isolating(conn, [row for _, row in waiting], loaded)}
            done = [quarantine_id for quarantine_id, row in waiting if row not in refused]
            conn.execute("DELETE FROM quarantined_lines WHERE id = ANY(%s)", (done,))
        report.reads += len(waiting)
        report.stored += loaded.inserted + loaded.unassigned
        report.still_refused += len(refused)
    return report
