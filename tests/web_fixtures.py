"""What the web tests share: an HTTP client that behaves like a browser or a script, and headless Chromium."""

from __future__ import annotations

import json
import os
import urllib.error
import urllib.parse
import urllib.request
from http.cookiejar import CookieJar

import pytest

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
