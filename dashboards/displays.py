"""Display sessions and their shareable URLs: ``/display/<8-char id>``, expiring, extendable, revocable.

A display session binds (template version, timing session, locations, mode, roster event). Its URL id is
random from a 62-character alphabet (47 bits) and collision-checked by the primary key. Company functions
take a tenant connection; ``resolve_public`` is the one lookup made on the owner connection, because a
display URL is opened with no login and its company is not known until the id is found.
"""

from __future__ import annotations

import secrets
import string
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import psycopg
from psycopg.rows import class_row

from dashboards.definition import MODES, TemplateError
from dashboards.rows import change_one, fetch_all, fetch_one
from dashboards.templates import get_info

ALPHABET = string.ascii_letters + string.digits
ID_LENGTH = 8
DEFAULT_LIFETIME = timedelta(hours=24)
MAX_LIFETIME = timedelta(days=30)
_ATTEMPTS = 5
RESULTS_PREFIX = "/results/"     # + display id: the event's public live results (dashboards.results_page)
# what a screen or a request for a display id that is not live is told: HTTP status, title, detail
GONE = {
    None: (404, "Display not found", "There is no display at this address. Check the link you were given."),
    "expired": (410, "Display expired", "This display link has expired. Ask the race director for a new link."),
    "revoked": (410, "Display revoked", "This display link was revoked. Ask the race director for a new link."),
}


@dataclass(frozen=True)
class DisplayInfo:
    id: str
    display_session_id: int
    template_id: int
    template_name: str
    template_version: int
    timing_session_id: int | None
    locations: list[str]
    mode: str
    event_id: int | None
    created_at: datetime
    expires_at: datetime
    revoked_at: datetime | None

    def as_json(self) -> dict[str, Any]:
        return {**self.__dict__, "url": f"/display/{self.id}", "results_url": f"{RESULTS_PREFIX}{self.id}",
                "created_at": self.created_at.isoformat(),
                "expires_at": self.expires_at.isoformat(),
                "revoked_at": self.revoked_at.isoformat() if self.revoked_at else None}


@dataclass(frozen=True)
class PublicDisplay:
    """What the no-login display page learns from the id: whose it is and what it shows, or why it is gone."""

    id: str
    partner_id: int
    display_session_id: int
    template_id: int
    template_version: int
    timing_session_id: int | None
    locations: list[str]
    mode: str
    event_id: int | None
    status: str                      # 'live', 'expired' or 'revoked'


class DisplayNotFound(TemplateError):
    """No display with this id for the company (unknown, or another company's)."""


def new_display_id() -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(ID_LENGTH))


def is_display_id(value: str) -> bool:
    return len(value) == ID_LENGTH and all(c in ALPHABET for c in value)


def create_display(conn: psycopg.Connection, template_id: int, timing_session_id: int | None, locations: list[str],
                   mode: str = "results", event_id: int | None = None, lifetime: timedelta = DEFAULT_LIFETIME,
                   user_id: int | None = None) -> DisplayInfo:
    """A display session on the template's current version and its URL (a fresh id on the rare collision)."""
    if mode not in MODES:
        raise TemplateError(f"mode must be one of {', '.join(MODES)}")
    _check_lifetime(lifetime)
    template = get_info(conn, template_id)
    if timing_session_id is not None and not conn.execute(
            "SELECT 1 FROM timing_sessions WHERE id = %s", (timing_session_id,)).fetchone():
        raise DisplayNotFound(f"no timing session {timing_session_id}")
    if event_id is not None and not conn.execute("SELECT 1 FROM events WHERE event_id = %s", (event_id,)).fetchone():
        raise DisplayNotFound(f"no event {event_id}")
    with conn.transaction():
        session_id = conn.execute(
            """INSERT INTO display_sessions (partner_id, template_id, template_version, timing_session_id, locations,
                                             mode, event_id, created_by)
               VALUES (p88_partner_id(), %s, %s, %s, %s, %s, %s, %s) RETURNING id""",
            (template_id, template.current_version, timing_session_id, sorted(set(locations)), mode, event_id, user_id),
        ).fetchone()[0]
        display_id = _insert_url(conn, session_id, lifetime)
    return get_display(conn, display_id)


def _insert_url(conn: psycopg.Connection, session_id: int, lifetime: timedelta) -> str:
    for _ in range(_ATTEMPTS):
        display_id = new_display_id()
        with conn.transaction():
            inserted = conn.execute(
                """INSERT INTO display_urls (id, partner_id, display_session_id, expires_at)
                   VALUES (%s, p88_partner_id(), %s, now() + %s) ON CONFLICT (id) DO NOTHING""",
                (display_id, session_id, lifetime),
            ).rowcount
        if inserted:
            return display_id
    raise TemplateError("could not find a free display id; try again")


_DISPLAY = """
SELECT u.id, s.id AS display_session_id, s.template_id, t.name AS template_name, s.template_version,
       s.timing_session_id, s.locations, s.mode, s.event_id, u.created_at, u.expires_at, u.revoked_at
FROM display_urls u JOIN display_sessions s ON s.id = u.display_session_id
JOIN display_templates t ON t.id = s.template_id
"""


def get_display(conn: psycopg.Connection, display_id: str) -> DisplayInfo:
    return fetch_one(conn, DisplayInfo, _DISPLAY + " WHERE u.id = %s", (display_id,),
                     DisplayNotFound(f"no display {display_id}"))


def list_active_displays(conn: psycopg.Connection) -> list[DisplayInfo]:
    """The company's displays that are neither expired nor revoked, newest first."""
    return fetch_all(conn, DisplayInfo,
                     _DISPLAY + " WHERE u.revoked_at IS NULL AND u.expires_at > now() ORDER BY u.created_at DESC")


def revoke_display(conn: psycopg.Connection, display_id: str) -> DisplayInfo:
    change_one(conn, "UPDATE display_urls SET revoked_at = coalesce(revoked_at, now()) WHERE id = %s", (display_id,),
               DisplayNotFound(f"no display {display_id}"))
    return get_display(conn, display_id)


def extend_display(conn: psycopg.Connection, display_id: str, lifetime: timedelta = DEFAULT_LIFETIME) -> DisplayInfo:
    """Expire ``lifetime`` from now (a revoked display stays revoked)."""
    _check_lifetime(lifetime)
    with conn.transaction():
        updated = conn.execute(
            "UPDATE display_urls SET expires_at = now() + %s WHERE id = %s AND revoked_at IS NULL",
            (lifetime, display_id),
        ).rowcount
    if not updated:
        get_display(conn, display_id)
        raise TemplateError(f"display {display_id} is revoked; open a new one")
    return get_display(conn, display_id)


def results_url(scheme: str, host: str, display_id: str) -> str:
    """The public live-results page's absolute address as a screen reached the server (``host`` from its
    request: the LAN address a TV used works from a phone on the same network); empty with no host."""
    return f"{scheme}://{host}{RESULTS_PREFIX}{display_id}" if host else ""


def resolve_public(owner: psycopg.Connection, display_id: str) -> PublicDisplay | None:
    """The display behind a public URL id (owner connection), or None when no such id exists."""
    if not is_display_id(display_id):
        return None
    with owner.cursor(row_factory=class_row(PublicDisplay)) as cur:
        return cur.execute(
            """SELECT u.id, u.partner_id, s.id AS display_session_id, s.template_id, s.template_version,
                      s.timing_session_id, s.locations, s.mode, s.event_id,
                      CASE WHEN u.revoked_at IS NOT NULL THEN 'revoked'
                           WHEN u.expires_at <= now() THEN 'expired' ELSE 'live' END AS status
               FROM display_urls u JOIN display_sessions s ON s.id = u.display_session_id WHERE u.id = %s""",
            (display_id,),
        ).fetchone()


def statuses(owner: psycopg.Connection, display_ids: list[str]) -> dict[str, str]:
    """'live', 'expired' or 'revoked' for each id (owner connection: the live hub serves every company)."""
    rows = owner.execute(
        """SELECT id, CASE WHEN revoked_at IS NOT NULL THEN 'revoked'
                           WHEN expires_at <= now() THEN 'expired' ELSE 'live' END
           FROM display_urls WHERE id = ANY(%s)""", (display_ids,)).fetchall()
    return dict(rows)


def _check_lifetime(lifetime: timedelta) -> None:
    if not timedelta(minutes=1) <= lifetime <= MAX_LIFETIME:
        raise TemplateError("a display lives from 1 minute to 30 days")

