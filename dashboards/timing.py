"""Read-only questions about a company's live timing: sessions, reads, rosters. Tenant connections only."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

import psycopg
from psycopg.rows import dict_row

from dashboards.runner import Read

MAX_RECENT = 1000
REPEAT_WINDOW_S = 5  # a tag read again at one location within this many seconds is the same crossing


def _rows(conn: psycopg.Connection, sql: str, params: tuple | dict = ()) -> list[dict[str, Any]]:
    with conn.cursor(row_factory=dict_row) as cur:
        return cur.execute(sql, params).fetchall()


def database_status(conn: psycopg.Connection) -> dict[str, Any]:
    version = conn.execute("SELECT version()").fetchone()[0]
    current = conn.execute(
        "SELECT id FROM timing_sessions WHERE status = 'active' ORDER BY created_at DESC, id DESC LIMIT 1"
    ).fetchone()
    return {"database_enabled": True, "connected": True, "current_session": current[0] if current else None,
            "database_version": version, "error": None}


def stats(conn: psycopg.Connection, session_id: int | None = None) -> dict[str, Any]:
    where = {"s": session_id}
    overall = _rows(conn, """SELECT count(*) AS total_reads, count(DISTINCT bib) AS unique_tags,
                                    count(DISTINCT location_name) AS total_locations,
                                    min(received_at) AS first_read, max(received_at) AS last_read
                             FROM timing_reads WHERE %(s)s::bigint IS NULL OR session_id = %(s)s""", where)[0]
    by_location = _rows(conn, """SELECT location_name, count(*) AS read_count, count(DISTINCT bib) AS unique_tags,
                                        max(received_at) AS last_read
                                 FROM timing_reads WHERE %(s)s::bigint IS NULL OR session_id = %(s)s
                                 GROUP BY location_name ORDER BY location_name""", where)
    return {"success": True, "overall": overall, "by_location": by_location, "generated_at": _now()}


def recent_reads(conn: psycopg.Connection, limit: int = 50, session_id: int | None = None) -> dict[str, Any]:
    reads = _rows(conn, """
        SELECT r.id, r.session_id, r.location_name, r.bib AS tag_code, r.reader_id, r.read_time, r.read_timestamp,
               s.session_name, l.description AS location_description,
               extract(epoch FROM now() - r.received_at)::float AS seconds_ago, r.raw_line AS raw_data
        FROM timing_reads r JOIN timing_sessions s ON s.id = r.session_id
        LEFT JOIN timing_locations l ON l.session_id = r.session_id AND l.location_name = r.location_name
        WHERE %(s)s::bigint IS NULL OR r.session_id = %(s)s
        ORDER BY r.id DESC LIMIT %(n)s""", {"s": session_id, "n": min(max(limit, 1), MAX_RECENT)})
    return {"success": True, "reads": reads, "timestamp": _now()}


def sessions(conn: psycopg.Connection) -> dict[str, Any]:
    """The original platform's session list, plus what the builder's picker shows (locations, last read, and
    the devices that sent reads: a device that appears mid-race shows up here as a new one)."""
    rows = _rows(conn, """
        SELECT s.id, s.session_name, s.event_name, s.event_id, s.timing_point, s.status, s.created_at,
               coalesce(r.total_reads, 0) AS total_reads, r.last_read, coalesce(r.devices, '{}') AS devices,
               coalesce((SELECT array_agg(l.location_name ORDER BY l.location_name) FROM timing_locations l
                         WHERE l.session_id = s.id), '{}') AS locations
        FROM timing_sessions s
        LEFT JOIN LATERAL (SELECT count(*) AS total_reads, max(received_at) AS last_read,
                                  array_agg(DISTINCT device ORDER BY device) FILTER (WHERE device <> '') AS devices
                           FROM timing_reads WHERE session_id = s.id) r ON true
        ORDER BY (s.status = 'active') DESC, coalesce(r.last_read, s.created_at) DESC""")
    return {"success": True, "sessions": rows}


def events(conn: psycopg.Connection, limit: int = 500) -> list[dict[str, Any]]:
    """The company's archive events, newest first: the rosters a display can use."""
    return _rows(conn, "SELECT event_id, name, event_date FROM events ORDER BY event_date DESC, name LIMIT %s", (limit,))


def last_read_id(conn: psycopg.Connection, session_id: int) -> int:
    return conn.execute("SELECT coalesce(max(id), 0) FROM timing_reads WHERE session_id = %s", (session_id,)).fetchone()[0]


def reads_after(conn: psycopg.Connection, session_id: int, after_id: int, limit: int = 5000) -> tuple[list[Read], int]:
    """The session's crossings newer than ``after_id`` in arrival order, and the newest id looked at (so
    batches of left-out reads still move the cursor). Left out: gun times (no runner crossed) and repeats —
    a tag already read at the same location within ``REPEAT_WINDOW_S`` by any device (two mats, a box and
    a camera): one stream per location."""
    rows = conn.execute(
        """SELECT r.id, r.session_id, r.location_name, r.bib, r.read_time, r.is_gun_time OR EXISTS (
                      SELECT 1 FROM timing_reads o
                      WHERE o.session_id = r.session_id AND o.location_name = r.location_name AND o.bib = r.bib
                        AND o.id < r.id AND o.read_timestamp BETWEEN r.read_timestamp - %(window)s
                                                                 AND r.read_timestamp + %(window)s)
           FROM timing_reads r WHERE r.session_id = %(session)s AND r.id > %(after)s ORDER BY r.id LIMIT %(limit)s""",
        {"session": session_id, "after": after_id, "limit": limit, "window": timedelta(seconds=REPEAT_WINDOW_S)},
    ).fetchall()
    newest = rows[-1][0] if rows else after_id
    return [Read(r[0], r[1], r[2], r[3], r[4]) for r in rows if not r[5]], newest


def latest_reads(conn: psycopg.Connection, session_id: int, limit: int = 10) -> list[Read]:
    rows = conn.execute(
        """SELECT id, session_id, location_name, bib, read_time FROM timing_reads
           WHERE session_id = %s AND NOT is_gun_time ORDER BY id DESC LIMIT %s""",
        (session_id, limit),
    ).fetchall()
    return [Read(*r) for r in rows]


def runners_by_bib(conn: psycopg.Connection, event_id: int, bibs: list[str]) -> dict[str, dict[str, Any]]:
    """Who each bib of the event is (name, sex, age, age group, city, state): the archive's runners first,
    then the roster a provider sync or CSV import brought for that event (bibs neither knows are absent).
    Never times or places: a display's come from live scoring (``collector.live_results``)."""
    if not bibs:
        return {}
    wanted = list(set(bibs))
    rows = _rows(conn, """
        SELECT r.bib, p.first_name, p.last_name, p.sex, r.age, r.age_group, p.city, p.state
        FROM results r JOIN participants p ON p.participant_id = r.participant_id
        WHERE r.event_id = %s AND r.bib = ANY(%s)""", (event_id, wanted))
    found = {row["bib"]: row for row in rows}
    missing = [bib for bib in wanted if bib not in found]
    if missing:
        for row in _rows(conn, """
                SELECT n.bib, n.first_name, n.last_name, n.sex, n.age, NULL AS age_group, n.city, n.state
                FROM normalized_participants n JOIN provider_mappings m ON m.normalized_event_id = n.normalized_event_id
                WHERE m.event_id = %s AND n.bib = ANY(%s)""", (event_id, missing)):
            found.setdefault(row["bib"], row)
    return found


def _now() -> str:
    return datetime.now(timezone.utc).isoformat()
