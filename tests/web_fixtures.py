"""What the web tests share: an HTTP client that behaves like a browser or a script, and headless Chromium."""

from __future__ import annotations

import json
import os
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from http.cookiejar import CookieJar
from pathlib import Path

import psycopg
import pytest

from warehouse.database import with_database

UNTHROTTLED = {"P88_DISPLAY_LOADS_PER_MINUTE": "0"}
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run"]


class Client:
    """HTTP as a browser or a script does it: cookies kept, redirects followed, JSON both ways."""

    def __init__(self, base: str, token: str | None = None) -> None:
        self.base, self.token = base, token
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(CookieJar()))

    def call(self, method: str, path: str, body: object = None, raw: bytes | None = None,
             headers: dict[str, str] | None = None) -> tuple[int, dict | str]:
        data = raw if raw is not None else (json.dumps(body).encode() if body is not None else None)
        request = urllib.request.Request(self.base + path, data=data, method=method, headers=headers or {})
        if self.token:
            request.add_header("Authorization", f"Bearer {self.token}")
        try:
            with self.opener.open(request, timeout=60) as response:
                status, text, kind = response.status, response.read().decode(), response.headers.get("Content-Type", "")
        except urllib.error.HTTPError as error:
            status, text, kind = error.code, error.read().decode(), error.headers.get("Content-Type", "")
        return status, json.loads(text) if "json" in kind else text

    def login(self, email: str, password: str) -> tuple[int, str]:
        form = urllib.parse.urlencode({"email": email, "password": password}).encode()
        return self.call("POST", "/login", raw=form)


def create_template(client: Client, name: str, **definition) -> int:
    """A new template named ``name`` with ``definition``, made over the API; its id."""
    status, body = client.call("POST", "/api/templates", {"name": name, "definition": definition})
    assert status == 201, body
    return body["template"]["id"]


def create_display(client: Client, template: int, session: int, **extra) -> str:
    """A new display of ``template`` for timing session ``session``, made over the API; its id."""
    status, body = client.call("POST", "/api/display/generate-url",
                               {"template_id": template, "session_id": session, **extra})
    assert status == 201, body
    return body["display_id"]


@pytest.fixture(scope="module")
def web(web_db, tmp_path_factory):
    """A real ``p88 serve`` on the test module's own database (the module defines ``web_db``: its URL first).
    Display page loads are not throttled here (tests open hundreds of screens from one address);
    ``tests/test_web_limits.py`` tests the throttle."""
    from dashboards.harness import WebServerProcess

    with WebServerProcess(web_db[0], tmp_path_factory.mktemp("web-home"), env=UNTHROTTLED) as server:
        yield server


@contextmanager
def fresh_database(pg_server: str, name: str) -> Iterator[str]:
    """A database of its own for one test module, made from the migrated template and dropped after it."""
    with psycopg.connect(pg_server, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        conn.execute(f"CREATE DATABASE {name} TEMPLATE p88_template")
    try:
        yield with_database(pg_server, name)
    finally:
        with psycopg.connect(pg_server, autocommit=True) as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@contextmanager
def race_day_database(pg_server: str, name: str, roster_csv: str, event_name: str, event_id: str,
                      session_id: int, session_name: str, timing_point: str) -> Iterator[tuple[str, dict]]:
    """A database of its own with one company ("foxtrot"), an API token, a CSV roster imported as the archive
    event ``event_name`` (2026-11-26), and a timing session of controller event ``event_id`` bound to that
    company (UTC) and roster: yields (url, {"partner", "token"})."""
    from collector.sessions import bind_event, bind_roster
    from providers.csv_import import import_roster
    from warehouse import tenancy

    with fresh_database(pg_server, f"{name}_{os.getpid()}") as url:
        with psycopg.connect(url, autocommit=True) as owner:
            partner = tenancy.add_partner(owner, "Foxtrot Timing", "foxtrot").partner_id
            token = tenancy.create_api_token(owner, partner, "tests")
            roster = Path(tempfile.mkdtemp(prefix="p88-roster-")) / "roster.csv"
            roster.write_text(roster_csv)
            _, report = import_roster(partner, url, roster, event_name, date(2026, 11, 26))
            owner.execute("""INSERT INTO timing_sessions (id, partner_id, session_name, event_name, event_id,
                                                          timing_point) VALUES (%s, %s, %s, %s, %s, %s)""",
                          (session_id, partner, session_name, event_name, event_id, timing_point))
            bind_event(owner, partner, event_id, "UTC")
            bind_roster(owner, partner, event_id, report.event_id)
        yield url, {"partner": partner, "token": token}


def wait_until(predicate, what: str, timeout: float = 60.0) -> None:
    """Poll ``predicate`` every 0.2 s until it is true; AssertionError naming ``what`` after ``timeout`` s."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.2)
    raise AssertionError(f"timed out waiting for {what}")


def stage_text(page) -> str:
    """What a display page's stage says (its visible text)."""
    return page.locator(".p88-stage").first.inner_text()


def wait_for_stage_text(page, text: str, timeout: float = 20.0) -> None:
    wait_until(lambda: text in stage_text(page), f"{text!r} on the display", timeout)


def log_in(page, base: str, path: str, email: str, password: str) -> None:
    """Open ``path``, get sent to the login form, log in and land back on ``path``."""
    page.goto(f"{base}{path}")
    page.fill("#email", email)
    page.fill("#password", password)
    page.click("#login")
    page.wait_for_url(f"**{path}")


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    if not os.path.exists("/usr/bin/chromium"):
        pytest.fail("Chromium is missing: apt-get install chromium (listed in .ci/system-packages)")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def demo_site(pg_server, template_url, tmp_path_factory):
    """What a newcomer gets from `p88 up`: the demo (small archive, admin login, a display of the demo race's
    timing session) in its own database, served by a real `p88 serve`; yields (server, demo)."""
    import psycopg

    from dashboards.harness import WebServerProcess
    from project88.demo import prepare
    from project88.settings import Settings
    from warehouse.database import with_database

    name = f"p88_demo_{os.getpid()}"
    with psycopg.connect(pg_server, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        conn.execute(f"CREATE DATABASE {name} TEMPLATE p88_template")
    url = with_database(pg_server, name)
    home = tmp_path_factory.mktemp("demo-home")
    with psycopg.connect(url, autocommit=True) as conn:
        demo = prepare(conn, url, Settings(home=home))
    with WebServerProcess(url, home) as web:
        yield web, demo
    with psycopg.connect(pg_server, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
