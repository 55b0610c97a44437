"""Settings: environment over defaults, validated, secrets masked."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from project88.settings import Settings, get_settings, mask_url


def test_defaults(monkeypatch):
    for name in ("P88_HOME", "P88_DATABASE_URL", "P88_COLLECTOR_PORT", "OLLAMA_HOST", "P88_OLLAMA_MODEL"):
        monkeypatch.delenv(name, raising=False)
    settings = Settings()
    assert settings.home.name == ".p88" and settings.home.is_absolute()
    assert settings.uses_embedded_database
    assert (settings.collector_port, settings.status_port, settings.web_port) == (61611, 61612, 5006)
    assert settings.pgdata == settings.home / "pg"


def test_environment_wins_over_defaults(monkeypatch, tmp_path):
    monkeypatch.setenv("P88_HOME", str(tmp_path))
    monkeypatch.setenv("P88_DATABASE_URL", "postgresql://u:pw@localhost/db")
    monkeypatch.setenv("P88_COLLECTOR_PORT", "7000")
    monkeypatch.setenv("OLLAMA_HOST", "http://127.0.0.1:9999")
    monkeypatch.setenv("P88_OLLAMA_MODEL", "duckdb-nsql")
    get_settings.cache_clear()
    settings = get_settings()
    assert settings.home == tmp_path
    assert not settings.uses_embedded_database
    assert settings.collector_port == 7000
    assert settings.ollama_host == "http://127.0.0.1:9999"
    assert settings.ollama_model == "duckdb-nsql"
    assert "pw" not in repr(settings)


def test_an_empty_database_url_means_the_embedded_server(monkeypatch):
    monkeypatch.setenv("P88_DATABASE_URL", "")
    assert Settings().uses_embedded_database


@pytest.mark.parametrize("name,value", [("P88_WEB_PORT", "abc"), ("P88_STATUS_PORT", "70000"), ("P88_EXPORT_TIME", "25:00")])
def test_invalid_values_are_rejected(monkeypatch, name, value):
    monkeypatch.setenv(name, value)
    with pytest.raises(ValidationError):
        Settings()


@pytest.mark.parametrize(
    "url,masked",
    [
        ("postgresql://u:secret@host:5432/db", "postgresql://u:***@host:5432/db"),
        ("postgresql://u@host/db", "postgresql://u@host/db"),
        ("host=h user=u password=secret dbname=d", "host=h user=u password=*** dbname=d"),
    ],
)
def test_passwords_are_masked(url, masked):
    assert mask_url(url) == masked
