"""Connections to PostgreSQL: the owner's (system jobs) and a tenant's (everything done for one company).

The owner URL comes from ``P88_DATABASE_URL`` or, when unset, from the embedded server (started on demand).
Tenant connections log in as ``p88_app`` and carry a signed partner id, so Row Level Security decides what
they see; see ``warehouse/migrations/0001_tenancy.sql``.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from urllib.parse import urlsplit

import psycopg
from psycopg.conninfo import conninfo_to_dict, make_conninfo

from project88.errors import ConfigError
from project88.settings import Settings, get_settings, mask_url
from warehouse import embedded

APP_ROLE = "p88_app"
CONNECT_TIMEOUT_S = 5


class DatabaseUnavailable(ConfigError):
    """The configured PostgreSQL cannot be reached; the message names the server with the password masked."""


def owner_url(settings: Settings | None = None, *, start: bool = True) -> str:
    """The URL system jobs connect with: the configured one, or the embedded server's (started if needed)."""
    settings = settings or get_settings()
    if settings.database_url is not None:
        return settings.database_url.get_secret_value()
    server = embedded.start(settings.pgdata) if start else embedded.status(settings.pgdata)
    if server.url is None:
        raise DatabaseUnavailable(f"the embedded PostgreSQL under {settings.pgdata} is not running (p88 db start)")
    return server.url


def describe(url: str) -> str:
    """Where a URL points, for messages: host (or socket directory), port and database, no password."""
    params = conninfo_to_dict(url)
    host = params.get("host") or urlsplit(url).hostname or "localhost"
    port = params.get("port", "5432")
    return f"{host}:{port}/{params.get('dbname', '')} ({mask_url(url)})"


def connect(url: str, **kwargs) -> psycopg.Connection:
    """psycopg.connect with a short timeout and one clear error when the server is away."""
    try:
        return psycopg.connect(url, connect_timeout=CONNECT_TIMEOUT_S, **kwargs)
    except psycopg.OperationalError as error:
        reason = str(error).strip().splitlines()[-1] if str(error).strip() else type(error).__name__
        raise DatabaseUnavailable(f"cannot reach PostgreSQL at {describe(url)}: {reason}") from error


def app_url(url: str, settings: Settings | None = None) -> str:
    """The same server and database as ``url``, logged in as the RLS-bound ``p88_app`` role."""
    settings = settings or get_settings()
    password = settings.app_password.get_secret_value() if settings.app_password else None
    params = conninfo_to_dict(url)
    params["user"] = APP_ROLE
    params.pop("password", None)
    if password:
        params["password"] = password
    return make_conninfo(**params)


@lru_cache(maxsize=8)
def _tenant_key(url: str) -> str:
    with connect(url) as conn:
        row = conn.execute("SELECT secret FROM p88_private.tenant_key").fetchone()
    assert row is not None, "migrations have not run: p88 migrate"
    return row[0]


def partner_signature(secret: str, partner_id: int) -> str:
    """The value of ``p88.partner_sig`` that makes ``p88_partner_id()`` return ``partner_id``."""
    return hashlib.sha256(f"{secret}:{partner_id}".encode()).hexdigest()


def scope_to_partner(conn: psycopg.Connection, partner_id: int, owner: str) -> None:
    """Bind an open ``p88_app`` connection to one company for the rest of its life."""
    signature = partner_signature(_tenant_key(owner), partner_id)
    conn.execute(
        "SELECT set_config('p88.partner_id', %s, false), set_config('p88.partner_sig', %s, false)",
        (str(partner_id), signature),
    )


@contextmanager
def tenant_connection(partner_id: int, url: str | None = None, **kwargs) -> Iterator[psycopg.Connection]:
    """A connection that sees and writes only ``partner_id``'s rows, enforced by PostgreSQL itself."""
    owner = url or owner_url()
    with connect(app_url(owner), **kwargs) as conn:
        scope_to_partner(conn, partner_id, owner)
        yield conn


def with_database(url: str, dbname: str) -> str:
    """The same server and credentials as ``url``, on another database."""
    params = conninfo_to_dict(url)
    params["dbname"] = dbname
    return make_conninfo(**params)
