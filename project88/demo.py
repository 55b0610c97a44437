"""The first-run demo of ``p88 up``: sample data, a login, a display, and a race played when a screen opens.

On a database with no users yet, ``p88 up`` generates a small archive (13 companies), exports it, creates an
admin for the first company with a random password (printed once), and gets that company's biggest archive
race ready to replay: a fresh ChronoTrack event id bound to the company, its timing session, and a display
of that session in results mode (names from the race's archive results). The race itself (``race_command``)
is played by ``p88 up`` when the first screen opens, so a newcomer sees the names arrive.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass

import psycopg

from collector.records import RouteKey
from collector.replay import fresh_event_id, race_label
from collector.sessions import bind_event, find_or_create_session
from dashboards import displays, templates
from dashboards.definition import default_definition
from project88.settings import Settings
from warehouse import tenancy
from warehouse.database import tenant_connection
from warehouse.export import export_archive
from warehouse.generate import generate

DEMO_EMAIL = "demo@project88.example"
DEMO_SCALE = 0.01
DEMO_SPEED = 60.0  # the first 5K finishers cross about 15 s after the screen opens, the whole field within 2 min
TIMING_POINT = "Finish line"
DISPLAY_LOCATION = "finish"


@dataclass(frozen=True)
class Demo:
    """What the first run set up; the password exists only here (it is stored hashed)."""

    partner_slug: str
    partner_name: str
    email: str
    password: str
    race_id: int
    race_label: str          # 'Mystic Jingle Bell Run 2018 5K'
    finishers: int
    locations: tuple[str, ...]
    event_id: str            # the ChronoTrack event id the race is played as
    session_id: int
    session_name: str
    display_id: str
    speed: float = DEMO_SPEED


def wanted(conn: psycopg.Connection) -> bool:
    """A fresh installation (nobody can log in yet) gets the demo."""
    return conn.execute("SELECT NOT EXISTS (SELECT 1 FROM users)").fetchone()[0]


def prepare(conn: psycopg.Connection, database_url: str, settings: Settings) -> Demo:
    """Sample data, an admin login, the race's event binding, timing session and display (``conn`` in autocommit)."""
    if not conn.execute("SELECT EXISTS (SELECT 1 FROM results)").fetchone()[0]:
        generate(database_url, scale=DEMO_SCALE, progress=True)
    export_archive(database_url, settings.home)
    partner = tenancy.list_partners(conn)[0]
    password = secrets.token_urlsafe(12)
    user = tenancy.add_user(conn, DEMO_EMAIL, password, partner.slug, "admin", "Demo admin")
    race_id, archive_event_id, distance_km, finishers = conn.execute(
        """SELECT r.race_id, r.event_id, x.distance_km, count(*) FROM results r JOIN races x USING (race_id)
           WHERE r.partner_id = %s AND r.status = 'FIN'
           GROUP BY 1, 2, 3 ORDER BY count(*) DESC, r.race_id LIMIT 1""", (partner.partner_id,)).fetchone()
    label = race_label(conn, race_id)
    event_id = fresh_event_id(conn)
    bind_event(conn, partner.partner_id, event_id)
    # the session the collector will route the race into (same event id and timing point), made now so that
    # the display can show it before the first read arrives
    session_id = find_or_create_session(conn, partner.partner_id, RouteKey(None, event_id, label, TIMING_POINT))
    session_name = conn.execute("SELECT session_name FROM timing_sessions WHERE id = %s", (session_id,)).fetchone()[0]
    with tenant_connection(partner.partner_id, database_url, autocommit=True) as tenant:
        template = templates.create_template(tenant, "Demo finish line", default_definition(), user.user_id)
        display = displays.create_display(tenant, template.id, session_id, [DISPLAY_LOCATION], "results",
                                          archive_event_id, displays.MAX_LIFETIME, user.user_id)
    return Demo(partner.slug, partner.name, DEMO_EMAIL, password, race_id, label, finishers,
                ("start", f"{distance_km / 2:g}k", DISPLAY_LOCATION), event_id, session_id, session_name, display.id)


def race_command(demo: Demo) -> list[str]:
    """The p88 command line of the demo race (a one-shot service: it ends when the race does)."""
    return ["simulate", "--race", str(demo.race_id), "--speed", f"{demo.speed:g}", "--locations",
            ",".join(demo.locations), "--event-id", demo.event_id, "--event-name", demo.race_label,
            "--timing-point", TIMING_POINT, "--wait", "30"]
