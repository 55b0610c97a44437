"""Writing what providers say into PostgreSQL: all or nothing, idempotent, newer-wins, with a history.

A sync first reads everything from the provider (network failures happen before anything is written), then
writes in ONE transaction on a tenant connection (the RLS wall applies to every row): upserts keyed on the
provider's own ids, updating a row only when the provider's modification time is newer (or, without one,
when the data differs). ``sync_history`` gets a row when the sync starts and its outcome when it ends —
in its own transaction, so failures are recorded even though their data is not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta

import psycopg
from psycopg.types.json import Jsonb

from project88.errors import P88Error
from providers.base import Provider, ProviderEvent, ProviderParticipant, ProviderResult
from warehouse.database import tenant_connection

INCREMENTAL_OVERLAP = timedelta(minutes=10)
PARTICIPANT_COLUMNS = ("provider_participant_id", "bib", "first_name", "last_name", "sex", "birth_date", "age",
                       "city", "state", "email", "race_name", "provider_modified_at")
RESULT_COLUMNS = ("provider_result_id", "bib", "first_name", "last_name", "sex", "age", "race_name", "status",
                  "chip_time_s", "gun_time_s", "overall_place")


class SyncRejected(P88Error):
    """The provider's data cannot be written as a whole (the sync wrote nothing)."""


@dataclass(frozen=True)
class SyncReport:
    provider: str
    provider_event_id: str | None
    kind: str                          # events | participants | results
    inserted: int
    updated: int
    unchanged: int
    event_id: int | None = None        # the archive event a roster belongs to (for displays)


def sync_events(partner_id: int, url: str, provider: Provider) -> SyncReport:
    """The provider's event list into normalized_events."""
    with _recorded(partner_id, url, provider.name, None, "events") as history:
        events = list(provider.list_events())
        with tenant_connection(partner_id, url) as conn, conn.transaction():
            counts = [0, 0, 0]
            for event in events:
                counts[_upsert_event(conn, partner_id, provider.name, event)[1]] += 1
        return history.done(SyncReport(provider.name, None, "events", *counts))


def sync_roster(partner_id: int, url: str, provider: Provider, provider_event_id: str, *,
                full: bool = False) -> SyncReport:
    """One event's roster; incremental (modified since the last good sync, minus an overlap) unless ``full``."""
    since = None if full else _last_good_sync(partner_id, url, provider.name, provider_event_id, "participants")
    with _recorded(partner_id, url, provider.name, provider_event_id, "participants") as history:
        event = provider.get_event(provider_event_id)
        entries = list(provider.get_participants(provider_event_id, since))
        return history.done(save_roster(partner_id, url, provider.name, event, entries))


def sync_results(partner_id: int, url: str, provider: Provider, provider_event_id: str) -> SyncReport:
    with _recorded(partner_id, url, provider.name, provider_event_id, "results") as history:
        event = provider.get_event(provider_event_id)
        results = list(provider.get_results(provider_event_id))
        with tenant_connection(partner_id, url) as conn, conn.transaction():
            event_row, _ = _upsert_event(conn, partner_id, provider.name, event)
            counts = _upsert_rows(conn, partner_id, event_row, "normalized_results", RESULT_COLUMNS,
                                  [_result_row(r) for r in results], newer_wins=False)
        return history.done(SyncReport(provider.name, provider_event_id, "results", *counts))


def save_roster(partner_id: int, url: str, provider_name: str, event: ProviderEvent,
                entries: list[ProviderParticipant], *, record: bool = False) -> SyncReport:
    """Write one event and its roster in one transaction (also the CSV import's way in)."""
    def write() -> SyncReport:
        with tenant_connection(partner_id, url) as conn, conn.transaction():
            event_row, _ = _upsert_event(conn, partner_id, provider_name, event)
            counts = _upsert_rows(conn, partner_id, event_row, "normalized_participants", PARTICIPANT_COLUMNS,
                                  [_participant_row(p) for p in entries], newer_wins=True)
            event_id = archive_event(conn, partner_id, event_row, event)
        return SyncReport(provider_name, event.provider_event_id, "participants", *counts, event_id=event_id)

    if not record:
        return write()
    with _recorded(partner_id, url, provider_name, event.provider_event_id, "participants") as history:
        return history.done(write())


def _upsert_event(conn: psycopg.Connection, partner_id: int, provider: str, event: ProviderEvent) -> tuple[int, int]:
    """(normalized event id, 0 inserted / 1 updated / 2 unchanged)."""
    row = conn.execute("""
        INSERT INTO normalized_events AS t (partner_id, provider, provider_event_id, event_name, event_date, city,
                                            state, provider_modified_at, normalized_data)
        VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s)
        ON CONFLICT (partner_id, provider, provider_event_id) DO UPDATE
        SET event_name = excluded.event_name, event_date = excluded.event_date, city = excluded.city,
            state = excluded.state, provider_modified_at = excluded.provider_modified_at,
            normalized_data = excluded.normalized_data, synced_at = now()
        WHERE (t.event_name, t.event_date, t.city, t.state, t.provider_modified_at, t.normalized_data)
              IS DISTINCT FROM (excluded.event_name, excluded.event_date, excluded.city, excluded.state,
                                excluded.provider_modified_at, excluded.normalized_data)
        RETURNING id, (xmax = 0)""",
        (partner_id, provider, event.provider_event_id, event.name, event.event_date, event.city, event.state,
         event.modified_at, Jsonb(event.data))).fetchone()
    if row is not None:
        return row[0], 0 if row[1] else 1
    found = conn.execute("SELECT id FROM normalized_events WHERE provider = %s AND provider_event_id = %s",
                         (provider, event.provider_event_id)).fetchone()
    return found[0], 2


def _upsert_rows(conn: psycopg.Connection, partner_id: int, event_row: int, table: str, columns: tuple[str, ...],
                 rows: list[tuple], *, newer_wins: bool) -> tuple[int, int, int]:
    """Set-based upsert through a temporary table; counts (inserted, updated, unchanged)."""
    key = columns[0]
    conn.execute(f"CREATE TEMP TABLE incoming ON COMMIT DROP AS SELECT {', '.join(columns)} FROM {table} WITH NO DATA")
    with conn.cursor().copy(f"COPY incoming ({', '.join(columns)}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row(row)
    duplicates = conn.execute(f"SELECT {key} FROM incoming GROUP BY 1 HAVING count(*) > 1 LIMIT 1").fetchone()
    if duplicates:
        raise SyncRejected(f"the provider sent {key} {duplicates[0]!r} twice; nothing was written")
    data = [c for c in columns if c not in (key, "provider_modified_at")]
    changed = f"({', '.join('t.' + c for c in data)}) IS DISTINCT FROM ({', '.join('excluded.' + c for c in data)})"
    if newer_wins:
        changed = (f"CASE WHEN t.provider_modified_at IS NOT NULL AND excluded.provider_modified_at IS NOT NULL "
                   f"THEN excluded.provider_modified_at > t.provider_modified_at ELSE {changed} END")
    written = conn.execute(f"""
        INSERT INTO {table} AS t (partner_id, normalized_event_id, {', '.join(columns)})
        SELECT %s, %s, {', '.join(columns)} FROM incoming
        ON CONFLICT (normalized_event_id, {key}) DO UPDATE
        SET {', '.join(f'{c} = excluded.{c}' for c in columns[1:])}, synced_at = now()
        WHERE {changed}
        RETURNING (xmax = 0)""", (partner_id, event_row)).fetchall()
    inserted = sum(1 for (new,) in written if new)
    return inserted, len(written) - inserted, len(rows) - len(written)


def archive_event(conn: psycopg.Connection, partner_id: int, event_row: int, event: ProviderEvent) -> int | None:
    """The archive event this provider event is mapped to, made on first sight (displays pick events there)."""
    found = conn.execute("SELECT event_id FROM provider_mappings WHERE normalized_event_id = %s",
                         (event_row,)).fetchone()
    if found:
        return found[0]
    if event.event_date is None:
        return None
    state = event.state.upper() if event.state and re.fullmatch(r"[A-Za-z]{2}", event.state) else None
    provider = conn.execute("SELECT provider FROM normalized_events WHERE id = %s", (event_row,)).fetchone()[0]
    event_id = conn.execute("""
        INSERT INTO events (event_id, partner_id, name, event_date, city, state, provider, provider_event_id)
        VALUES (nextval('provider_event_ids'), %s, %s, %s, %s, %s, %s, %s) RETURNING event_id""",
        (partner_id, event.name, event.event_date, event.city, state, provider, event.provider_event_id)).fetchone()[0]
    conn.execute("INSERT INTO provider_mappings (normalized_event_id, partner_id, event_id) VALUES (%s, %s, %s)",
                 (event_row, partner_id, event_id))
    return event_id


def find_event(conn: psycopg.Connection, provider: str, provider_event_id: str) -> tuple[int, ProviderEvent]:
    """A synced provider event: its normalized row id and what the provider said about it."""
    row = conn.execute("""SELECT id, event_name, event_date, city, state, provider_modified_at FROM normalized_events
                          WHERE provider = %s AND provider_event_id = %s""", (provider, provider_event_id)).fetchone()
    if row is None:
        raise SyncRejected(f"{provider} event {provider_event_id} has not been synced yet (p88 providers sync)")
    return row[0], ProviderEvent(provider_event_id, row[1], row[2], row[3], row[4], row[5])


def _participant_row(p: ProviderParticipant) -> tuple:
    return (p.provider_participant_id, p.bib, p.first_name, p.last_name, p.sex, p.birth_date, p.age, p.city, p.state,
            p.email, p.race_name, p.modified_at)


def _result_row(r: ProviderResult) -> tuple:
    return (r.provider_result_id, r.bib, r.first_name, r.last_name, r.sex, r.age, r.race_name, r.status,
            r.chip_time_s, r.gun_time_s, r.overall_place)


class _recorded:
    """``with _recorded(...) as history: ... return history.done(report)`` — one sync_history row per sync."""

    def __init__(self, partner_id: int, url: str, provider: str, provider_event_id: str | None, kind: str) -> None:
        self.partner_id, self.url = partner_id, url
        with tenant_connection(partner_id, url, autocommit=True) as conn:
            self.id = conn.execute("""INSERT INTO sync_history (partner_id, provider, provider_event_id, kind)
                                      VALUES (%s, %s, %s, %s) RETURNING id""",
                                   (partner_id, provider, provider_event_id, kind)).fetchone()[0]

    def __enter__(self) -> _recorded:
        return self

    def done(self, report: SyncReport) -> SyncReport:
        self._finish("ok", report.inserted, report.updated, report.unchanged, None)
        return report

    def __exit__(self, kind, error, traceback) -> None:
        if error is not None:
            self._finish("failed", 0, 0, 0, str(error)[:500] or type(error).__name__)

    def _finish(self, status: str, inserted: int, updated: int, unchanged: int, error: str | None) -> None:
        with tenant_connection(self.partner_id, self.url, autocommit=True) as conn:
            conn.execute("""UPDATE sync_history SET status = %s, finished_at = now(), inserted = %s, updated = %s,
                            unchanged = %s, error = %s WHERE id = %s""",
                         (status, inserted, updated, unchanged, error, self.id))


def _last_good_sync(partner_id: int, url: str, provider: str, provider_event_id: str, kind: str) -> datetime | None:
    with tenant_connection(partner_id, url) as conn:
        row = conn.execute("""SELECT max(started_at) FROM sync_history WHERE provider = %s AND provider_event_id = %s
                              AND kind = %s AND status = 'ok'""", (provider, provider_event_id, kind)).fetchone()
    return row[0] - INCREMENTAL_OVERLAP if row and row[0] else None
