"""The first-run demo of ``p88 up``: sample data, a login, and a race played to the collector.

On a database with no users yet, ``p88 up`` generates a small archive (13 companies), exports it, creates an
admin for the first company with a random password (printed once), binds the simulator's event id to that
company and plays one of its archive races to the collector at 60x, so displays show real names.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass

import psycopg

from collector.sessions import bind_event
from project88.settings import Settings
from warehouse import tenancy
from warehouse.export import export_archive
from warehouse.generate import generate

DEMO_EMAIL = "demo@project88.example"
DEMO_EVENT_ID = "12345"  # what `p88 simulate` reports by default
DEMO_SCALE = 0.01


@dataclass(frozen=True)
class Demo:
    partner_slug: str
    email: str
    password: str
    race_id: int


def wanted(conn: psycopg.Connection) -> bool:
    """A fresh installation (nobody can log in yet) gets the demo."""
    return conn.execute("SELECT NOT EXISTS (SELECT 1 FROM users)").fetchone()[0]


def prepare(conn: psycopg.Connection, database_url: str, settings: Settings) -> Demo:
    """Sample data, an admin login and an event binding (``conn`` in autocommit); what the race needs."""
    if not conn.execute("SELECT EXISTS (SELECT 1 FROM results)").fetchone()[0]:
        generate(database_url, scale=DEMO_SCALE, progress=True)
    export_archive(database_url, settings.home)
    partner = tenancy.list_partners(conn)[0]
    password = secrets.token_urlsafe(12)
    tenancy.add_user(conn, DEMO_EMAIL, password, partner.slug, "admin", "Demo admin")
    bind_event(conn, partner.partner_id, DEMO_EVENT_ID)
    race_id = conn.execute(
        """SELECT race_id FROM results WHERE partner_id = %s AND status = 'FIN'
           GROUP BY race_id ORDER BY count(*) DESC, race_id LIMIT 1""", (partner.partner_id,)).fetchone()[0]
    return Demo(partner.slug, DEMO_EMAIL, password, race_id)


def race_command(demo: Demo) -> list[str]:
    """The p88 command line of the demo race (a one-shot service: it ends when the race does)."""
    return ["simulate", "--race", str(demo.race_id), "--speed", "60", "--locations", "start,10k,finish",
            "--event-id", DEMO_EVENT_ID, "--wait", "30"]
