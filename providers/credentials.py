"""Each company's provider credentials, in PostgreSQL behind the tenant wall; shown only masked."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

import psycopg
from psycopg.types.json import Jsonb

from project88.errors import P88Error
from providers.registry import kind


class MissingCredentials(P88Error):
    """The company has not stored credentials for this provider."""


@dataclass(frozen=True)
class StoredCredentials:
    provider: str
    secrets: dict[str, Any]
    base_url: str | None
    updated_at: datetime | None = None

    def masked(self) -> dict[str, str]:
        return {key: mask(str(value)) for key, value in self.secrets.items()}


def mask(secret: str) -> str:
    """Enough to recognise a key, not to use it: 'ab…yz' (or *** when short)."""
    return f"{secret[:2]}…{secret[-2:]}" if len(secret) >= 10 else "***"


def save_credentials(conn: psycopg.Connection, partner_id: int, provider: str, secrets: dict[str, Any],
                     base_url: str | None = None) -> None:
    kind(provider)
    conn.execute("""INSERT INTO provider_credentials (partner_id, provider, secrets, base_url) VALUES (%s, %s, %s, %s)
                    ON CONFLICT (partner_id, provider) DO UPDATE
                    SET secrets = provider_credentials.secrets || excluded.secrets, base_url = excluded.base_url,
                        updated_at = now()""", (partner_id, provider, Jsonb(secrets), base_url))


def load_credentials(conn: psycopg.Connection, provider: str) -> StoredCredentials:
    row = conn.execute("SELECT secrets, base_url, updated_at FROM provider_credentials WHERE provider = %s",
                       (provider,)).fetchone()
    if row is None:
        raise MissingCredentials(f"no {kind(provider).label} credentials stored for this company: "
                                 f"p88 providers credentials --provider {provider} --secret name=value ...")
    return StoredCredentials(provider, row[0], row[1], row[2])


def list_credentials(conn: psycopg.Connection) -> list[StoredCredentials]:
    rows = conn.execute("SELECT provider, secrets, base_url, updated_at FROM provider_credentials ORDER BY provider")
    return [StoredCredentials(*row) for row in rows]
