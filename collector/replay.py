"""Replaying a race again: a ChronoTrack event id nothing has used yet, and the archive race's own name.

The collector asks a controller for all its reads again on every connection, so the same race played twice to
one event id adds nothing the second time (every read is one it holds). A replay therefore takes a fresh
event id (bound to a company by ``collector.sessions.bind_event``) and reports the race's name, so its timing
session is named after the race.
"""

from __future__ import annotations

import psycopg

FIRST_EVENT_ID = 12345  # the simulator's default event id; fresh ones count up from it


def fresh_event_id(conn: psycopg.Connection) -> str:
    """The next numeric event id above every one bound, in a session, or waiting among unassigned reads."""
    used = conn.execute(
        """SELECT max(event_id::bigint) FROM (
               SELECT event_id FROM collector_bindings UNION ALL
               SELECT event_id FROM timing_sessions UNION ALL
               SELECT DISTINCT event_id FROM unassigned_reads) ids
           WHERE event_id ~ '^[0-9]{1,15}$'""").fetchone()[0]
    return str(max(used or 0, FIRST_EVENT_ID - 1) + 1)


def race_label(conn: psycopg.Connection, race_id: int) -> str | None:
    """'Mystic Jingle Bell Run 2018 5K': the archive race as a controller would name its event, or None."""
    row = conn.execute(
        """SELECT e.name, extract(year FROM x.race_date)::int, x.name
           FROM races x JOIN events e USING (event_id) WHERE x.race_id = %s""", (race_id,)).fetchone()
    return f"{row[0]} {row[1]} {row[2]}" if row else None
