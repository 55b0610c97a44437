"""The original platform's 30-day rule: reads older than that move to timing_reads_archive, exactly once.

Each batch deletes from timing_reads and inserts into the archive in one statement, so a read is in exactly
one of the two tables at every moment, whatever is interrupted.
"""

from __future__ import annotations

import psycopg

from collector.records import READ_COLUMNS

RETENTION_DAYS = 30
_COLUMNS = ", ".join(("id", "partner_id", "session_id", *READ_COLUMNS))


def archive_old_reads(conn: psycopg.Connection, older_than_days: int = RETENTION_DAYS, batch: int = 50_000) -> int:
    """Move reads received more than ``older_than_days`` ago; returns how many moved (autocommit conn)."""
    moved = 0
    while True:
        with conn.transaction():
            count = conn.execute(
                f"""WITH moved AS (
                        DELETE FROM timing_reads WHERE id IN (
                            SELECT id FROM timing_reads WHERE received_at < now() - make_interval(days => %s)
                            ORDER BY id LIMIT %s FOR UPDATE SKIP LOCKED)
                        RETURNING {_COLUMNS})
                    INSERT INTO timing_reads_archive ({_COLUMNS}) SELECT {_COLUMNS} FROM moved
                    ON CONFLICT DO NOTHING""",
                (older_than_days, batch),
            ).rowcount
        moved += count
        if count < batch:
            return moved
