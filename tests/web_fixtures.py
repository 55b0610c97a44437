"""What the web tests share: an HTTP client that behaves like a browser or a script, and headless Chromium."""

from __future__ import annotations

import json
import os
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from http.cookiejar import CookieJar

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
