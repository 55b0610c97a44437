"""Spool → PostgreSQL: batched COPY, idempotent insert, NOTIFY, then (only then) delete the segments.

Runs in its own thread with its own connection, as the owner (a system job writing for every company).
When PostgreSQL is away the loader waits and retries; the collector keeps spooling meanwhile.
"""

from __future__ import annotations

import base64
import json
import logging
import threading
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import psycopg

from collector.records import READ_COLUMNS, STAGED_COLUMNS, split_segment
from collector.sessions import lock_read_order, resolve_session
from collector.spool import Spool, read_segment, remove_segments
from warehouse.database import DatabaseUnavailable, connect

log = logging.getLogger("collector.loader")

MAX_BYTES_PER_TRANSACTION = 64 * 1024 * 1024
NOTIFY_CHANNEL = "timing_reads"

_STAGING = """
CREATE TEMP TABLE IF NOT EXISTS incoming_reads (
    partner_key integer, event_id text, event_name text, timing_point text, connection_key text,
    location_name text, sequence_number bigint, bib text, reader_id text, read_time time,
    read_timestamp timestamptz, lap_count integer, gator integer, is_gun_time boolean, raw_line text,
    received_at timestamptz, device text
) ON COMMIT DELETE ROWS;
CREATE TEMP TABLE IF NOT EXISTS incoming_sessions (
    partner_key integer, event_id text, timing_point text, session_id bigint, partner_id integer
) ON COMMIT DELETE ROWS
"""
_READ_LIST = ", ".join(READ_COLUMNS)
_R_READ_LIST = ", ".join(f"r.{c}" for c in READ_COLUMNS)
_JOIN = """FROM incoming_reads r JOIN incoming_sessions s ON s.partner_key = r.partner_key
           AND s.event_id = r.event_id AND s.timing_point = r.timing_point"""


@dataclass
class LoadReport:
    """What one transaction committed."""

    reads: int = 0
    inserted: int = 0
    duplicates: int = 0
    unassigned: int = 0
    quarantined: int = 0
    refused: int = 0                    # reads PostgreSQL refused, each quarantined alone with its reason
    last_ids: dict[int, tuple[int, int]] = field(default_factory=dict)  # session → (partner, last id)
    sessions: dict[tuple, tuple[int, int] | None] = field(default_factory=dict)  # route key → (session, partner)


# Errors about a row's content (SQLSTATE classes 22 and 23): only these make the loader look for the rows at
# fault. Anything else (a missing column, a permission) is about the database and refuses the whole batch.
ROW_ERRORS = (psycopg.errors.DataError, psycopg.errors.IntegrityError, psycopg.errors.ProgramLimitExceeded)
# SQLSTATEs that mean the database itself is away or refusing connections, or that the batch lost a race
# with another transaction (serialization failure, deadlock): wait and retry the same batch.
AWAY_STATES = ("08", "57P01", "57P02", "57P03", "53300", "55000", "40001", "40P01")


def load_batch(conn: psycopg.Connection, reads: list[bytes], others: list[dict]) -> LoadReport:
    """Write one batch in the current transaction (the caller commits): reads as COPY rows, other records.

    A read PostgreSQL refuses never takes others with it: the batch is halved until the refused rows stand
    alone, and each is quarantined with PostgreSQL's reason and its spooled row (``p88 collector rejected``).
    """
    report = LoadReport()
    if reads:
        lock_read_order(conn)
    by_type: dict[str, list[dict]] = defaultdict(list)
    for record in others:
        by_type[record["type"]].append(record)
    refused = load_reads_isolating(conn, reads, report)
    locations = {tuple(r["key"]) for r in by_type["location"]} - report.sessions.keys()
    report.sessions.update({key: resolve_session(conn, key) for key in locations})
    _isolated(conn, lambda rs: _load_locations(conn, rs, report.sessions), by_type["location"])
    _isolated(conn, lambda rs: _load_quarantine(conn, rs, report),
              by_type["quarantine"] + [_refusal(row, reason) for row, reason in refused])
    _isolated(conn, lambda rs: _load_connections(conn, rs), by_type["connection"])
    report.refused = len(refused)
    for session_id, (partner_id, last_id) in report.last_ids.items():
        payload = json.dumps({"session_id": session_id, "partner_id": partner_id, "last_id": last_id})
        conn.execute("SELECT pg_notify(%s, %s)", (NOTIFY_CHANNEL, payload))
    return report


def load_reads_isolating(conn: psycopg.Connection, rows: list[bytes], report: LoadReport) -> list[tuple[bytes, str]]:
    """Load spooled read rows (COPY text, see collector.records) into ``report``'s counts, in a savepoint; if PostgreSQL refuses one, split in halves until it stands alone.
    Returns the refused rows with PostgreSQL's reason; one bad row among n costs about 2·log2(n) attempts."""
    if not rows:
        return []
    try:
        with conn.transaction():
            _load_reads(conn, b"".join(rows), report)
        return []
    except ROW_ERRORS as error:
        if len(rows) == 1:
            return [(rows[0], f"refused by PostgreSQL: {str(error).strip().splitlines()[0]}")]
    middle = len(rows) // 2
    return load_reads_isolating(conn, rows[:middle], report) + load_reads_isolating(conn, rows[middle:], report)


def _load_reads(conn: psycopg.Connection, copy_rows: bytes, report: LoadReport) -> None:
    """COPY rows into staging, find their sessions and insert them; ``report`` changes only on success."""
    conn.execute(_STAGING)
    conn.execute("DELETE FROM incoming_reads; DELETE FROM incoming_sessions")
    with conn.cursor().copy(f"COPY incoming_reads ({', '.join(STAGED_COLUMNS)}) FROM STDIN") as copy:
        copy.write(copy_rows)
    keys = conn.execute(
        "SELECT partner_key, event_id, max(event_name), timing_point FROM incoming_reads GROUP BY 1, 2, 4"
    ).fetchall()
    sessions = {key: resolve_session(conn, key) for key in {(p or None, e, n, t) for p, e, n, t in keys}}
    with conn.cursor() as cur:
        cur.executemany(
            "INSERT INTO incoming_sessions VALUES (%s, %s, %s, %s, %s)",
            [(key[0] or 0, key[1], key[3], *(session or (None, None))) for key, session in sessions.items()],
        )
    chunk = LoadReport(sessions=sessions)
    _insert_reads(conn, chunk)
    report.sessions.update(sessions)
    report.reads += chunk.reads
    report.inserted += chunk.inserted
    report.unassigned += chunk.unassigned
    report.duplicates += chunk.duplicates
    for session_id, (partner_id, last_id) in chunk.last_ids.items():
        report.last_ids[session_id] = (partner_id, max(last_id, report.last_ids.get(session_id, (0, 0))[1]))


def _isolated(conn: psycopg.Connection, load, records: list[dict]) -> None:
    """Load bookkeeping records (locations, quarantined lines, connections) in a savepoint; if PostgreSQL
    refuses one, load them one by one and log the refused ones — never at the cost of the batch's reads."""
    if not records:
        return
    try:
        with conn.transaction():
            load(records)
        return
    except ROW_ERRORS:
        pass
    for record in records:
        try:
            with conn.transaction():
                load([record])
        except ROW_ERRORS as error:
            log.error("a %s record was refused by PostgreSQL and dropped: %s", record.get("type"),
                      str(error).strip().splitlines()[0])


def _refusal(row: bytes, reason: str) -> dict:
    """A quarantine record for a spooled read PostgreSQL refused: its raw line, and the row to load again."""
    fields = row.rstrip(b"\n").split(b"\t")
    column = STAGED_COLUMNS.index
    return {"conn": fields[column("connection_key")].decode(), "ip": None, "event": fields[1].decode(),
            "raw": base64.b64encode(fields[column("raw_line")]).decode(), "reason": reason,
            "at": fields[column("received_at")].decode(), "row": base64.b64encode(row).decode()}


def _insert_reads(conn: psycopg.Connection, report: LoadReport) -> None:
    report.reads = conn.execute("SELECT count(*) FROM incoming_reads").fetchone()[0]
    if not report.reads:
        return
    inserted = conn.execute(
        f"""WITH stored AS (
                INSERT INTO timing_reads (partner_id, session_id, {_READ_LIST})
                SELECT s.partner_id, s.session_id, {_R_READ_LIST} {_JOIN}
                WHERE s.session_id IS NOT NULL ORDER BY r.received_at, r.sequence_number
                ON CONFLICT (session_id, location_name, device, sequence_number, bib, read_time) DO NOTHING
                RETURNING session_id, partner_id, id)
            SELECT session_id, partner_id, max(id), count(*) FROM stored GROUP BY 1, 2"""
    ).fetchall()
    report.unassigned = max(conn.execute(
        f"""INSERT INTO unassigned_reads (event_id, event_name, timing_point, connection_key, {_READ_LIST})
            SELECT r.event_id, r.event_name, r.timing_point, r.connection_key, {_R_READ_LIST} {_JOIN}
            WHERE s.session_id IS NULL
            ON CONFLICT (event_id, timing_point, location_name, device, sequence_number, bib, read_time)
            DO NOTHING"""
    ).rowcount, 0)
    conn.execute(
        f"""INSERT INTO timing_locations (partner_id, session_id, location_name)
            SELECT DISTINCT s.partner_id, s.session_id, r.location_name {_JOIN} WHERE s.session_id IS NOT NULL
            ON CONFLICT (session_id, location_name) DO NOTHING"""
    )
    report.inserted = sum(n for *_, n in inserted)
    report.duplicates = report.reads - report.inserted - report.unassigned
    report.last_ids = {session_id: (partner_id, last_id) for session_id, partner_id, last_id, _ in inserted}


def _load_locations(conn: psycopg.Connection, records: list[dict], sessions: dict) -> None:
    pairs = {(sessions[tuple(r["key"])], r["loc"]) for r in records if sessions[tuple(r["key"])]}
    if pairs:
        with conn.cursor() as cur:
            cur.executemany(
                """INSERT INTO timing_locations (partner_id, session_id, location_name) VALUES (%s, %s, %s)
                   ON CONFLICT (session_id, location_name) DO NOTHING""",
                [(partner_id, session_id, location) for (session_id, partner_id), location in sorted(pairs)],
            )


def _load_quarantine(conn: psycopg.Connection, records: list[dict], report: LoadReport) -> None:
    if not records:
        return
    with conn.cursor().copy(
        "COPY quarantined_lines (connection_key, client_ip, event_id, raw, reason, received_at, spool_row) FROM STDIN"
    ) as copy:
        for r in records:
            row = base64.b64decode(r["row"]) if r.get("row") else None
            copy.write_row((r["conn"], r["ip"], r["event"], base64.b64decode(r["raw"]), r["reason"], r["at"], row))
    report.quarantined = len(records)


def _load_connections(conn: psycopg.Connection, records: list[dict]) -> None:
    """Upsert connection_log; the last record of a connection (its close) carries the final counts."""
    with conn.cursor() as cur:
        for r in records:
            key = r["key"] or [None, None, None, None]
            cur.execute(
                """INSERT INTO connection_log (connection_key, client_ip, client_name, connected_at, disconnected_at,
                       close_reason, message_count, quarantined, session_info, partner_id)
                   VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s,
                       coalesce(%s, (SELECT partner_id FROM collector_bindings WHERE event_id = %s)))
                   ON CONFLICT (connection_key) DO UPDATE SET
                       client_name = coalesce(EXCLUDED.client_name, connection_log.client_name),
                       disconnected_at = coalesce(EXCLUDED.disconnected_at, connection_log.disconnected_at),
                       close_reason = coalesce(EXCLUDED.close_reason, connection_log.close_reason),
                       message_count = greatest(EXCLUDED.message_count, connection_log.message_count),
                       quarantined = greatest(EXCLUDED.quarantined, connection_log.quarantined),
                       session_info = EXCLUDED.session_info,
                       partner_id = coalesce(EXCLUDED.partner_id, connection_log.partner_id)""",
                (r["conn"], r["ip"], r["client"], r["connected_at"], r["closed_at"], r["reason"], r["messages"],
                 r["quarantined"],
                 json.dumps({"event_id": key[1], "event_name": key[2], "timing_point": key[3]}),
                 key[0], key[1]),
            )


class Loader:
    """The thread that drains sealed segments into PostgreSQL, retrying while the database is away."""

    def __init__(self, spool: Spool, database_url: str, on_commit=None) -> None:
        self.spool = spool
        self.database_url = database_url
        self.on_commit = on_commit or (lambda report: None)
        self.database_connected = False
        self.last_error: str | None = None
        self.rejected = 0
        self._one_at_a_time = False
        self.wake = threading.Event()
        self.idle = threading.Event()
        self._stop = threading.Event()
        self._conn: psycopg.Connection | None = None
        self._thread = threading.Thread(target=self._run, name="collector-loader", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self, timeout: float = 10.0) -> None:
        """Finish the current transaction, drain what is sealed if the database is there, and stop."""
        self._stop.set()
        self.wake.set()
        self._thread.join(timeout)

    def _run(self) -> None:
        backoff = 0.2
        while True:
            segments = self.spool.sealed()
            if not segments:
                if self._stop.is_set():
                    break
                self.idle.set()
                self.wake.wait(0.5)
                self.wake.clear()
                continue
            self.idle.clear()
            try:
                self._drain(segments[:1] if self._one_at_a_time else segments)
            except (psycopg.Error, DatabaseUnavailable) as error:
                if not self._database_away(error):
                    self._refused(segments, error)
                    continue
                self._disconnect(error)
            except Exception as error:  # the file system, say: loading must not stop for good, nor silently
                log.exception("loading the spool failed, retrying")
                self.last_error = f"{type(error).__name__}: {error}"
            else:
                backoff = 0.2
                continue
            if self._stop.wait(backoff):
                break
            backoff = min(backoff * 2, 5.0)
        self._disconnect(None)

    def _database_away(self, error: Exception) -> bool:
        """Whether PostgreSQL is away (retry later) rather than refusing this batch (set part of it aside).
        Some refusals arrive as OperationalError (an index row too big), so the connection decides."""
        if isinstance(error, DatabaseUnavailable) or self._conn is None or self._conn.closed:
            return True
        state = getattr(error, "sqlstate", None) or ""
        return state.startswith(AWAY_STATES) or (isinstance(error, psycopg.OperationalError) and not state)

    def _refused(self, segments: list[Path], error: psycopg.Error) -> None:
        if len(segments) > 1 and not self._one_at_a_time:
            self._one_at_a_time = True  # find which segment PostgreSQL refuses
        else:
            self._set_aside(segments[0], error)
            self._one_at_a_time = False

    def _drain(self, segments: list[Path]) -> None:
        conn = self._connection()
        batch: list[Path] = []
        reads: list[bytes] = []
        others: list[dict] = []
        size = 0
        for path in segments:
            batch.append(path)
            data = read_segment(path)
            size += len(data)
            segment_reads, segment_others = split_segment(data)
            reads.extend(segment_reads)
            others.extend(segment_others)
            if size >= MAX_BYTES_PER_TRANSACTION:
                break
        with conn.transaction():
            report = load_batch(conn, reads, others)
        remove_segments(batch)
        self.on_commit(report)

    def _set_aside(self, path: Path, error: psycopg.Error) -> None:
        """A segment PostgreSQL refuses for a reason that is not one read's content (a read is isolated, see
        ``load_batch``): keep it (renamed ``rejected-*``, ``p88 collector rejected --reload``) and go on.

        Retrying it forever would stop every later read from landing; deleting it would lose reads.
        """
        path.rename(path.with_name("rejected-" + path.name))
        self.rejected += 1
        log.error("segment %s rejected by PostgreSQL and kept for inspection: %s", path.name, error)

    def _connection(self) -> psycopg.Connection:
        if self._conn is None or self._conn.closed:
            self._conn = connect(self.database_url, autocommit=True)
            self.database_connected = True
            self.last_error = None
            log.info("loader connected to PostgreSQL")
        return self._conn

    def _disconnect(self, error: Exception | None) -> None:
        if error is not None:
            self.last_error = str(error).strip().splitlines()[-1] if str(error).strip() else type(error).__name__
            if self.database_connected:
                log.warning("PostgreSQL unavailable, spooling until it returns: %s", self.last_error)
        self.database_connected = False
        if self._conn is not None:
            try:
                self._conn.close()
            except psycopg.Error:
                pass
            self._conn = None
