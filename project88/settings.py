"""Every setting of the platform, read once from the environment (prefix ``P88_``) over defaults.

One module owns configuration so that the collector, the web server and the CLI never disagree about
where the database lives or which port to use.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from pydantic import AliasChoices, Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Effective settings: environment variables win over the defaults below."""

    model_config = SettingsConfigDict(env_prefix="P88_", extra="ignore", frozen=True)

    home: Path = Field(default=Path(".p88"), description="Where the embedded database, spool and archive live.")
    database_url: SecretStr | None = Field(
        default=None, description="Any PostgreSQL >= 14; unset means the embedded server under home/pg."
    )
    app_password: SecretStr | None = Field(
        default=None,
        description="Password given to the p88_app login role on an external server (unused when embedded).",
    )
    collector_host: str = "0.0.0.0"
    collector_port: int = Field(default=61611, ge=1, le=65535)
    status_port: int = Field(default=61612, ge=1, le=65535)
    web_host: str = "127.0.0.1"
    web_port: int = Field(default=5006, ge=1, le=65535)
    display_loads_per_minute: int = Field(
        default=20, ge=0, description="Display page loads per client address: this many at once, then this many "
                                      "a minute (429 beyond); 0 = no limit.")
    ollama_host: str = Field(
        default="http://127.0.0.1:11434", validation_alias=AliasChoices("OLLAMA_HOST", "P88_OLLAMA_HOST")
    )
    ollama_model: str = "qwen2.5-coder:7b"
    ollama_timeout_s: float = Field(default=30.0, gt=0, description="How long one model answer may take.")
    time_zone: str | None = Field(
        default=None, description="IANA zone for timing sessions without their own; unset = this machine's."
    )
    export_time: str = Field(default="02:30", pattern=r"^([01]\d|2[0-3]):[0-5]\d$", description="Nightly export, HH:MM local.")

    @field_validator("database_url", "app_password", mode="before")
    @classmethod
    def _empty_is_unset(cls, value: object) -> object:
        return None if value == "" else value

    @field_validator("home")
    @classmethod
    def _absolute_home(cls, value: Path) -> Path:
        return value.expanduser().resolve()

    @property
    def pgdata(self) -> Path:
        return self.home / "pg"

    @property
    def uses_embedded_database(self) -> bool:
        return self.database_url is None


def mask_url(url: str) -> str:
    """Hide the password of a connection URL (or ``key=value`` conninfo) so it can be printed or logged."""
    if "://" not in url:
        return re.sub(r"(password\s*=\s*)('(?:[^'\\]|\\.)*'|\S+)", r"\1***", url)
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.replace(f":{parts.password}@", ":***@", 1)
    return urlunsplit(parts._replace(netloc=netloc))


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process-wide settings; tests call ``get_settings.cache_clear()`` after changing the environment."""
    return Settings()
