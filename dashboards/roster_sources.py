"""Rosters from registration providers for the builder: the synced provider events, fetching event lists and
syncing one roster with the company's stored credentials (the same store as ``p88 providers``)."""

from __future__ import annotations

from typing import Any

import psycopg

from providers import store
from providers.credentials import list_credentials, load_credentials
from providers.registry import make_provider
from warehouse.database import tenant_connection


def provider_events(conn: psycopg.Connection) -> list[dict[str, Any]]:
    rows = conn.execute("""
        SELECT n.provider, n.provider_event_id, n.event_name, n.event_date,
               (SELECT count(*) FROM normalized_participants p WHERE p.normalized_event_id = n.id)
        FROM normalized_events n ORDER BY n.event_date DESC NULLS LAST, n.event_name LIMIT 500""").fetchall()
    return [dict(zip(("provider", "provider_event_id", "event_name", "event_date", "roster"), row)) for row in rows]


def fetch_events(owner_url: str, partner_id: int) -> list[store.SyncReport]:
    with tenant_connection(partner_id, owner_url) as conn:
        stored = list_credentials(conn)
    return [store.sync_events(partner_id, owner_url, make_provider(c.provider, c.secrets, c.base_url))
            for c in stored]


def sync(owner_url: str, partner_id: int, provider: str, provider_event_id: str) -> store.SyncReport:
    if provider == "csv":
        raise store.SyncRejected("a CSV roster is re-imported with p88 providers import-csv, not synced")
    with tenant_connection(partner_id, owner_url) as conn:
        stored = load_credentials(conn, provider)
    return store.sync_roster(partner_id, owner_url, make_provider(provider, stored.secrets, stored.base_url),
                             provider_event_id)
