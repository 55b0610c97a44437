"""Test harness: one real PostgreSQL per test run, and a fresh migrated database for every test that asks.

The server is the embedded one (started in a temporary P88_HOME) unless P88_TEST_DATABASE_URL names another
server whose user may create databases. Each test database is cloned from a migrated template, which takes
tens of milliseconds instead of re-running the migrations.
"""

from __future__ import annotations

import itertools
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

# The suite must not depend on the caller's shell: drop every setting it exported (P88_TEST_* choose the test
# server and stay), then point P88_HOME at a throwaway folder before anything reads the settings.
for _name in [n for n in os.environ if (n.startswith("P88_") and not n.startswith("P88_TEST_")) or n == "OLLAMA_HOST"]:
    del os.environ[_name]
_HOME = Path(tempfile.mkdtemp(prefix="p88-test-"))
os.environ["P88_HOME"] = str(_HOME)

from project88.settings import get_settings  # noqa: E402
from warehouse import embedded  # noqa: E402
from warehouse.database import with_database  # noqa: E402
from warehouse.migrate import migrate  # noqa: E402

pytest_plugins = ["archive_fixtures", "collector_fixtures", "eval_fixtures", "race_day_fixtures", "web_fixtures"]

TEMPLATE = "p88_template"
_counter = itertools.count()


@pytest.fixture(scope="session")
def pg_server() -> Iterator[str]:
    """Owner URL of the test run's PostgreSQL server (its maintenance database)."""
    external = os.environ.get("P88_TEST_DATABASE_URL")
    if external:
        yield with_database(external, "postgres")
        return
    server = embedded.start(_HOME / "pg")
    assert server.url is not None
    yield with_database(server.url, "postgres")
    embedded.stop(_HOME / "pg")


@pytest.fixture(scope="session")
def template_url(pg_server: str) -> str:
    with psycopg.connect(pg_server, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {TEMPLATE} WITH (FORCE)")
        conn.execute(f"CREATE DATABASE {TEMPLATE}")
    url = with_database(pg_server, TEMPLATE)
    with psycopg.connect(url) as conn:
        migrate(conn)
    return url


@pytest.fixture
def db_url(pg_server: str, template_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A migrated database of this test's own, also made the process's P88_DATABASE_URL."""
    name = f"p88_test_{os.getpid()}_{next(_counter)}"
    with psycopg.connect(pg_server, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name} TEMPLATE {TEMPLATE}")
    url = with_database(pg_server, name)
    monkeypatch.setenv("P88_DATABASE_URL", url)
    get_settings.cache_clear()
    yield url
    get_settings.cache_clear()
    with psycopg.connect(pg_server, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture
def owner(db_url: str) -> Iterator[psycopg.Connection]:
    """An autocommit owner connection to the test's database."""
    with psycopg.connect(db_url, autocommit=True) as conn:
        yield conn


@pytest.fixture
def embedded_home() -> Iterator[Path]:
    """A P88_HOME for a test that starts its own embedded server, outside pytest's temporary folders: any pytest
    session that starts (another engineer's, say) resets those to owner-only, and as root the server runs as
    its own user, which then could no longer reach its data directory."""
    parent = Path(tempfile.mkdtemp(prefix="p88-test-home-"))
    yield parent / "home"
    embedded.stop(parent / "home" / "pg")
    shutil.rmtree(parent, ignore_errors=True)


@pytest.fixture(autouse=True)
def _fresh_settings() -> Iterator[None]:
    get_settings.cache_clear()
    yield
    get_settings.cache_clear()


SEED_SQL = """
INSERT INTO timing_partners (partner_id, name, slug) VALUES (%(p)s, %(name)s, %(slug)s);
INSERT INTO users (partner_id, email, password_hash) VALUES (%(p)s, %(slug)s || '@example.com', 'x');
INSERT INTO api_tokens (partner_id, name, token_hash) VALUES (%(p)s, 'ci', 'hash-' || %(slug)s);
INSERT INTO timing_sessions (id, partner_id, session_name) VALUES (%(p)s, %(p)s, 'Session ' || %(slug)s);
INSERT INTO timing_locations (partner_id, session_id, location_name) VALUES (%(p)s, %(p)s, 'finish');
INSERT INTO timing_reads (partner_id, session_id, location_name, sequence_number, bib, read_time, raw_line)
    VALUES (%(p)s, %(p)s, 'finish', 1, '100', '08:00:00', 'CT01_33~1~finish~100~08:00:00.00~0~0F2A38~1');
INSERT INTO timing_reads_archive (id, partner_id, session_id, location_name, sequence_number, bib, read_time, raw_line)
    VALUES (1000 + %(p)s, %(p)s, %(p)s, 'finish', 0, '100', '07:00:00', 'CT01_33~0~finish~100~07:00:00.00~0~0F2A38~1');
INSERT INTO display_templates (id, partner_id, name) OVERRIDING SYSTEM VALUE VALUES (%(p)s, %(p)s, 'Finish line');
INSERT INTO display_template_versions (template_id, version, partner_id, definition) VALUES (%(p)s, 1, %(p)s, '{}');
INSERT INTO display_images (partner_id, sha256, data_url) VALUES (%(p)s, 'seed-' || %(slug)s, 'data:image/png' || chr(59) || 'base64,AAAA');
INSERT INTO display_sessions (id, partner_id, template_id, template_version, timing_session_id)
    OVERRIDING SYSTEM VALUE VALUES (%(p)s, %(p)s, %(p)s, 1, %(p)s);
INSERT INTO display_urls (id, partner_id, display_session_id) VALUES ('abcdefg' || %(p)s, %(p)s, %(p)s);
INSERT INTO collector_bindings (partner_id, event_id) VALUES (%(p)s, 'ct-' || %(slug)s);
INSERT INTO events (event_id, partner_id, name, event_date, state) VALUES (%(p)s, %(p)s, %(name)s || ' Marathon', '2024-04-15', 'MA');
INSERT INTO races (race_id, event_id, partner_id, name, distance_km, race_date) VALUES (%(p)s, %(p)s, %(p)s, 'Marathon', 42.195, '2024-04-15');
INSERT INTO participants (participant_id, partner_id, first_name, last_name, sex) VALUES (%(p)s, %(p)s, 'Pat', %(name)s, 'F');
INSERT INTO results (result_id, race_id, event_id, partner_id, participant_id, bib, age, age_group, status, chip_time_s)
    VALUES (%(p)s, %(p)s, %(p)s, %(p)s, %(p)s, '100', 35, 'F35-39', 'FIN', 10800);
INSERT INTO provider_credentials (partner_id, provider, secrets) VALUES (%(p)s, 'runsignup', '{"api_key": "k"}');
INSERT INTO normalized_events (id, partner_id, provider, provider_event_id, event_name)
    OVERRIDING SYSTEM VALUE VALUES (%(p)s, %(p)s, 'runsignup', 'rsu-' || %(slug)s, %(name)s || ' 5K');
INSERT INTO normalized_participants (partner_id, normalized_event_id, provider_participant_id, bib, first_name, last_name)
    VALUES (%(p)s, %(p)s, 'reg-1', '200', 'Roster', %(name)s);
INSERT INTO normalized_results (partner_id, normalized_event_id, provider_result_id, status)
    VALUES (%(p)s, %(p)s, 'res-1', 'FIN');
INSERT INTO provider_mappings (normalized_event_id, partner_id, event_id) VALUES (%(p)s, %(p)s, %(p)s);
INSERT INTO sync_history (partner_id, provider, kind, status) VALUES (%(p)s, 'runsignup', 'participants', 'ok');
INSERT INTO live_results (partner_id, event_id, bib, first_name, last_name, race, chip_time_s, gun_time_s, place)
    VALUES (%(p)s, 'ct-' || %(slug)s, '100', 'Pat', %(name)s, 'Marathon', 10800, 10800, 1);
"""


@pytest.fixture
def two_companies(owner: psycopg.Connection) -> tuple[int, int]:
    """Companies 1 ('alpha') and 2 ('bravo'), each with one row in every tenant-owned table."""
    for partner_id, name in ((1, "Alpha"), (2, "Bravo")):
        with owner.transaction():
            for statement in filter(str.strip, SEED_SQL.split(";")):
                owner.execute(statement, {"p": partner_id, "name": name, "slug": name.lower()})
    for table, column in (("timing_partners", "partner_id"), ("timing_sessions", "id"),
                          ("display_templates", "id"), ("display_sessions", "id"), ("normalized_events", "id")):
        owner.execute(f"SELECT setval(pg_get_serial_sequence('{table}', '{column}'), 100)")
    return 1, 2
