"""Forward-only schema migrations: ordered SQL files in ``warehouse/migrations``, recorded with checksums.

Each file runs in its own transaction under an advisory lock, so concurrent ``p88 migrate`` calls are safe and
running it twice changes nothing. A file edited after it was applied is refused, not silently skipped.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from importlib import resources

import psycopg
from psycopg import sql

from project88.errors import P88Error

MIGRATIONS_PACKAGE = "warehouse.migrations"
ADVISORY_LOCK_KEY = 880_088


@dataclass(frozen=True)
class Migration:
    version: str
    name: str
    sql: str

    @property
    def checksum(self) -> str:
        return hashlib.sha256(self.sql.encode()).hexdigest()


class MigrationError(P88Error):
    """The database's recorded migrations disagree with the files shipped."""


def available() -> list[Migration]:
    """The migrations shipped with this version, in order (file names start with a 4-digit version)."""
    files = sorted(f for f in resources.files(MIGRATIONS_PACKAGE).iterdir() if f.name.endswith(".sql"))
    return [Migration(f.name[:4], f.name[5:-4], f.read_text()) for f in files]


def applied(conn: psycopg.Connection) -> dict[str, str]:
    """version → checksum of what this database has applied (empty before the first migration)."""
    exists = conn.execute("SELECT to_regclass('public.schema_migrations')").fetchone()
    if exists is None or exists[0] is None:
        return {}
    return dict(conn.execute("SELECT version, checksum FROM schema_migrations").fetchall())


def migrate(conn: psycopg.Connection) -> list[Migration]:
    """Apply what is missing; returns the migrations applied now (none when up to date)."""
    conn.autocommit = True
    conn.execute("SELECT pg_advisory_lock(%s)", (ADVISORY_LOCK_KEY,))
    try:
        conn.execute(
            """CREATE TABLE IF NOT EXISTS schema_migrations (
                   version text PRIMARY KEY, name text NOT NULL, checksum text NOT NULL,
                   applied_at timestamptz NOT NULL DEFAULT now())"""
        )
        done = applied(conn)
        newly: list[Migration] = []
        for migration in available():
            if migration.version in done:
                if done[migration.version] != migration.checksum:
                    raise MigrationError(
                        f"migration {migration.version}_{migration.name} changed after it was applied; "
                        "add a new migration instead of editing an applied one"
                    )
                continue
            with conn.transaction():
                conn.execute(migration.sql)
                conn.execute(
                    "INSERT INTO schema_migrations (version, name, checksum) VALUES (%s, %s, %s)",
                    (migration.version, migration.name, migration.checksum),
                )
            newly.append(migration)
        return newly
    finally:
        conn.execute("SELECT pg_advisory_unlock(%s)", (ADVISORY_LOCK_KEY,))


def set_app_password(conn: psycopg.Connection, password: str) -> None:
    """Give the p88_app login role a password (external servers that do not trust local sockets)."""
    conn.execute(sql.SQL("ALTER ROLE p88_app PASSWORD {}").format(sql.Literal(password)))
