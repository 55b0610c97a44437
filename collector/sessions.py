"""Which timing session a connection's reads belong to, where a device delivered before, and claiming events.

An event id nobody has bound keeps its reads in ``unassigned_reads``; ``bind_event`` gives the event to a
company and moves those reads into the company's sessions in the same transaction, so exactly once. Only the
machine's owner (``p88 collector bind``) may hand waiting reads to a company: nothing in them says whose they
are, so a company binding from the web (``claim_waiting=False``) may not claim an event that already has any.
"""

from __future__ import annotations

import json
from zoneinfo import ZoneInfo

import psycopg

from collector.instants import read_instant, zone
from collector.protocol import MAX_FIELD_CHARS, Read, parse_message
from collector.records import READ_COLUMNS, RouteKey
from project88.errors import P88Error

_READ_LIST = ", ".join(READ_COLUMNS)


class BindingError(P88Error):
    """An event id already belongs to another timing company."""


class ReadsWaiting(BindingError):
    """A company (not the machine's owner) tried to claim an event whose controllers already sent reads."""


def resolve_session(conn: psycopg.Connection, raw_key: tuple) -> tuple[int, int] | None:
    """(session id, company) for a route key, creating the live session; None while nobody claims the event."""
    key = RouteKey.from_list(list(raw_key))
    partner_id = key.partner_id
    if partner_id is None:
        if not key.event_id.strip():  # a controller that never said its event is nobody's (a binding of '' neither)
            return None
        lock_binding(conn, key.event_id, shared=True)
        row = conn.execute("SELECT partner_id FROM collector_bindings WHERE event_id = %s", (key.event_id,)).fetchone()
        if row is None:
            return None
        partner_id = row[0]
    return find_or_create_session(conn, partner_id, key), partner_id


def lock_read_order(conn: psycopg.Connection) -> None:
    """Until this transaction ends, be the only one adding to ``timing_reads``: ids are then committed in the
    order they are taken, so a reader that follows the newest id (the display hub, live scoring) never passes
    over a read committed late with a lower id (two collectors loading at once). Take it first in the
    transaction, before any binding lock, so two such transactions never wait on each other in a cycle."""
    conn.execute("SELECT pg_advisory_xact_lock(hashtextextended('timing-reads-order', 0))")


def lock_binding(conn: psycopg.Connection, event_id: str, *, shared: bool) -> None:
    """Until this transaction ends, bind ``event_id`` (exclusive) or load reads routed by its binding (shared)
    only one at a time: else a batch that found no binding lands in ``unassigned_reads`` after the bind
    moved the waiting reads, and stays there though the event is bound."""
    function = "pg_advisory_xact_lock_shared" if shared else "pg_advisory_xact_lock"
    conn.execute(f"SELECT {function}(hashtextextended(%s, 0))", (f"collector-binding:{event_id}",))


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


def delivered_locations(conn: psycopg.Connection, key: RouteKey, device: str) -> set[str]:
    """The locations one device of a route key has stored reads at (live session and unassigned reads): a
    reconnecting device is asked again for everything at each (see collector.sequences)."""
    rows = conn.execute(
        """SELECT r.location_name
           FROM timing_sessions s JOIN timing_reads r ON r.session_id = s.id
           WHERE s.status = 'active' AND s.event_id = %(event)s AND s.timing_point = %(point)s
             AND r.device = %(device)s
             AND s.partner_id = coalesce(%(partner)s::int,
                 (SELECT partner_id FROM collector_bindings WHERE event_id = %(event)s))
           UNION
           SELECT location_name FROM unassigned_reads
           WHERE event_id = %(event)s AND timing_point = %(point)s AND device = %(device)s""",
        {"event": key.event_id, "point": key.timing_point, "partner": key.partner_id, "device": device},
    ).fetchall()
    return {location for (location,) in rows}


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


def bind_event(conn: psycopg.Connection, partner_id: int, event_id: str, time_zone: str | None = None, *,
               claim_waiting: bool = True) -> int:
    """Give an event id to a company (and, if given, its IANA time zone, also set on its live sessions, whose
    reads are dated again in it: ``redate_reads``);
    returns how many waiting unassigned reads moved into its sessions. Raises BindingError when the event
    belongs to another company, or its id is none a controller sends (empty, say: a controller that never
    said its event). ``claim_waiting=False`` (a company binding for itself, from the web) binds only an event
    with no reads waiting, else raises ReadsWaiting and binds nothing: those reads, and the controller still
    sending them, may be another company's race."""
    if not event_id.strip() or len(event_id) > MAX_FIELD_CHARS or not event_id.isprintable():
        raise BindingError(f"an event id is 1 to {MAX_FIELD_CHARS} printable characters, as controllers send it "
                           f"(got {event_id[:40]!r}{'...' if len(event_id) > 40 else ''})")
    with conn.transaction():
        lock_read_order(conn)       # waiting reads move into timing_reads
        lock_binding(conn, event_id, shared=False)
        owner, new = conn.execute(
            """INSERT INTO collector_bindings (partner_id, event_id, time_zone) VALUES (%s, %s, %s)
               ON CONFLICT (event_id) DO UPDATE
               SET time_zone = coalesce(EXCLUDED.time_zone, collector_bindings.time_zone)
               RETURNING partner_id, xmax = 0""",
            (partner_id, event_id, time_zone),
        ).fetchone()
        if owner != partner_id:
            raise BindingError(f"event id {event_id!r} is already bound to another timing company")
        if new and not claim_waiting:
            slug = conn.execute("SELECT slug FROM timing_partners WHERE partner_id = %s", (partner_id,)).fetchone()[0]
            _refuse_waiting_reads(conn, event_id, slug)
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
        if time_zone:
            redate_reads(conn, partner_id, event_id, zone(time_zone))
    return moved


def redate_reads(conn: psycopg.Connection, partner_id: int, event_id: str, tz: ZoneInfo) -> int:
    """Date the reads of the event's live sessions again from their raw lines, reading clock times (and ISO
    times without an offset) in ``tz`` (collector.instants.read_instant): reads that arrived before the
    event's zone was set — waiting unassigned, dated in the collector's default zone — or under another zone
    are then dated as if it had been set all along. Returns how many reads changed instant."""
    rows = conn.execute(
        """SELECT r.id, r.raw_line, r.received_at, r.read_timestamp
           FROM timing_reads r JOIN timing_sessions s ON s.id = r.session_id
           WHERE s.partner_id = %s AND s.event_id = %s AND s.status = 'active'""", (partner_id, event_id)).fetchall()
    changed = []
    for read_id, raw_line, received, stored in rows:
        try:
            read = parse_message(raw_line)
        except ValueError:  # a line kept as it came, not one the parser takes: its instant stays
            continue
        if isinstance(read, Read):
            instant = read_instant(read.read_time, read.read_timestamp, received, tz)
            if instant != stored:
                changed.append((instant, read_id))
    with conn.cursor() as cur:
        cur.executemany("UPDATE timing_reads SET read_timestamp = %s WHERE id = %s", changed)
    return len(changed)


def _refuse_waiting_reads(conn: psycopg.Connection, event_id: str, slug: str) -> None:
    """Raise ReadsWaiting (rolling the new binding back) when reads of ``event_id`` wait unassigned; the
    message names the command for company ``slug``."""
    waiting = conn.execute("SELECT count(*) FROM unassigned_reads WHERE event_id = %s", (event_id,)).fetchone()[0]
    if waiting:
        raise ReadsWaiting(
            f"event id {event_id!r} already has {waiting} reads from a controller no company has claimed, and "
            "nothing in them says whose they are; ask the collector machine's owner to bind it: "
            f"p88 collector bind --event-id {event_id} --partner {slug}")


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
