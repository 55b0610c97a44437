"""Which timing session a connection's reads belong to, resuming from what is stored, and claiming events.

An event id nobody has bound keeps its reads in ``unassigned_reads``; ``bind_event`` gives the event to a
company and moves those reads into the company's sessions in the same transaction, so exactly once.
"""

from __future__ import annotations

import json

import psycopg

from collector.records import READ_COLUMNS, RouteKey
from project88.errors import P88Error

_READ_LIST = ", ".join(READ_COLUMNS)


class BindingError(P88Error):
    """An event id already belongs to another timing company."""


def resolve_session(conn: psycopg.Connection, raw_key: tuple) -> tuple[int, int] | None:
    """(session id, company) for a route key, creating the live session; None while nobody claims the event."""
    key = RouteKey.from_list(list(raw_key))
    partner_id = key.partner_id
    if partner_id is None:
        row = conn.execute("SELECT partner_id FROM collector_bindings WHERE event_id = %s", (key.event_id,)).fetchone()
        if row is None:
            return None
        partner_id = row[0]
    return find_or_create_session(conn, partner_id, key), partner_id


def find_or_create_session(conn: psycopg.Connection, partner_id: int, key: RouteKey) -> int:
    name = f"{key.event_name or key.event_id or 'Unknown event'} — {key.timing_point}"
    row = conn.execute(
        """INSERT INTO timing_sessions (partner_id, session_name, event_name, event_id, timing_point, time_zone)
           VALUES (%s, %s, %s, %s, %s, (SELECT time_zone FROM collector_bindings WHERE event_id = %s))
           ON CONFLICT (partner_id, event_id, timing_point) WHERE status = 'active'
           DO NOTHING RETURNING id""",
        (partner_id, name, key.event_name or None, key.event_id, key.timing_point, key.event_id),
    ).fetchone()
    if row is None:
        row = conn.execute(
            """SELECT id FROM timing_sessions WHERE partner_id = %s AND event_id = %s
               AND timing_point = %s AND status = 'active'""",
            (partner_id, key.event_id, key.timing_point),
        ).fetchone()
    return row[0]


def stored_sequences(conn: psycopg.Connection, key: RouteKey, device: str) -> dict[str, list[int]]:
    """The sequence numbers stored per location for one device of a route key (live session and
    unassigned reads), for ``collector.sequences.resume_point``."""
    rows = conn.execute(
        """SELECT location_name, array_agg(sequence_number) FROM (
               SELECT r.location_name, r.sequence_number
               FROM timing_sessions s JOIN timing_reads r ON r.session_id = s.id
               WHERE s.status = 'active' AND s.event_id = %(event)s AND s.timing_point = %(point)s
                 AND r.device = %(device)s
                 AND s.partner_id = coalesce(%(partner)s::int,
                     (SELECT partner_id FROM collector_bindings WHERE event_id = %(event)s))
               UNION ALL
               SELECT location_name, sequence_number FROM unassigned_reads
               WHERE event_id = %(event)s AND timing_point = %(point)s AND device = %(device)s
           ) stored GROUP BY location_name""",
        {"event": key.event_id, "point": key.timing_point, "partner": key.partner_id, "device": device},
    ).fetchall()
    return {location: sequences for location, sequences in rows}


def session_time_zone(conn: psycopg.Connection, key: RouteKey) -> str | None:
    """The IANA zone of the route key's live session, else of its event's binding (``p88 collector bind
    --time-zone``, so the first controller of a newly bound event reads clocks in it too); None if neither."""
    row = conn.execute(
        """SELECT coalesce(
               (SELECT s.time_zone FROM timing_sessions s
                WHERE s.status = 'active' AND s.event_id = %(event)s AND s.timing_point = %(point)s
                  AND s.partner_id = coalesce(%(partner)s::int,
                      (SELECT partner_id FROM collector_bindings WHERE event_id = %(event)s))),
               (SELECT time_zone FROM collector_bindings WHERE event_id = %(event)s))""",
        {"event": key.event_id, "point": key.timing_point, "partner": key.partner_id},
    ).fetchone()
    return row[0] if row else None


def bind_event(conn: psycopg.Connection, partner_id: int, event_id: str, time_zone: str | None = None) -> int:
    """Give an event id to a company (and, if given, its IANA time zone, also set on its live sessions);
    returns how many waiting unassigned reads moved into its sessions. Raises BindingError when the event
    belongs to another company."""
    with conn.transaction():
        owner = conn.execute(
            """INSERT INTO collector_bindings (partner_id, event_id, time_zone) VALUES (%s, %s, %s)
               ON CONFLICT (event_id) DO UPDATE
               SET time_zone = coalesce(EXCLUDED.time_zone, collector_bindings.time_zone) RETURNING partner_id""",
            (partner_id, event_id, time_zone),
        ).fetchone()[0]
        if owner != partner_id:
            raise BindingError(f"event id {event_id!r} is already bound to another timing company")
        if time_zone:
            conn.execute("""UPDATE timing_sessions SET time_zone = %s
                            WHERE partner_id = %s AND event_id = %s AND status = 'active'""",
                         (time_zone, partner_id, event_id))
        moved = 0
        groups = conn.execute(
            """SELECT timing_point, max(event_name) FROM unassigned_reads WHERE event_id = %s
               GROUP BY timing_point""",
            (event_id,),
        ).fetchall()
        for timing_point, event_name in groups:
            key = RouteKey(partner_id, event_id, event_name or "", timing_point)
            session_id = find_or_create_session(conn, partner_id, key)
            inserted = conn.execute(
                f"""WITH taken AS (
                        DELETE FROM unassigned_reads WHERE event_id = %s AND timing_point = %s RETURNING *)
                    INSERT INTO timing_reads (partner_id, session_id, {_READ_LIST})
                    SELECT %s, %s, {_READ_LIST} FROM taken ORDER BY id
                    ON CONFLICT (session_id, location_name, device, sequence_number, bib, read_time) DO NOTHING
                    RETURNING id""",
                (event_id, timing_point, partner_id, session_id),
            ).fetchall()
            moved += len(inserted)
            conn.execute(
                """INSERT INTO timing_locations (partner_id, session_id, location_name)
                   SELECT DISTINCT %s, %s, location_name FROM timing_reads WHERE session_id = %s
                   ON CONFLICT (session_id, location_name) DO NOTHING""",
                (partner_id, session_id, session_id),
            )
            if inserted:
                payload = {"session_id": session_id, "partner_id": partner_id, "last_id": max(i for (i,) in inserted)}
                conn.execute("SELECT pg_notify('timing_reads', %s)", (json.dumps(payload),))
    return moved


def bind_roster(conn: psycopg.Connection, partner_id: int, event_id: str, archive_event_id: int) -> None:
    """Score the controller event ``event_id`` against the runners of ``archive_event_id`` (the company's own:
    raises BindingError for an event id of another company or an archive event it does not have)."""
    with conn.transaction():
        if conn.execute("SELECT 1 FROM events WHERE event_id = %s AND partner_id = %s",
                        (archive_event_id, partner_id)).fetchone() is None:
            raise BindingError(f"archive event {archive_event_id} is not one of this company's events")
        updated = conn.execute("""UPDATE collector_bindings SET roster_event_id = %s
                                  WHERE event_id = %s AND partner_id = %s""",
                               (archive_event_id, event_id, partner_id)).rowcount
        if not updated:
            raise BindingError(f"event id {event_id!r} is not bound to this company")
