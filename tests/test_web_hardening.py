"""Issue 15: the findings of the attack run against ``p88 serve``, each replayed against a real server.

1. sessions end on logout, a password change and ``p88 users disable``; API tokens are managed from the CLI;
2. request bodies are capped per route and refused before they are read, and before any login work;
3. template definitions name uploaded images by id (inline image data refused, definitions capped);
4. failed logins slow down the failing source, never the account for everyone;
5. with PostgreSQL stopped, 503 naming the database; open displays keep their state and come back.
(The image storage and version cap are tested at the library level in ``test_template_images.py``.)

Requests are made with ``http.client`` or raw sockets, because these findings are about headers, source
addresses and bodies the server must not read.
"""

from __future__ import annotations

import io
import json
import os
import select
import shutil
import socket
import tempfile
import time
from collections.abc import Iterable
from http.cookies import SimpleCookie
from pathlib import Path
from urllib.parse import urlencode

import psycopg
import pytest
from PIL import Image

from dashboards.harness import WebServerProcess
from warehouse import embedded, tenancy
from warehouse.database import with_database
from warehouse.migrate import migrate
from web_fixtures import wait_until as _wait

from http_requests import Answer, bearer, request
from p88_cli import p88

PASSWORD = "finish-line-42"
FORM = {"Content-Type": "application/x-www-form-urlencoded"}
MB = 1024 * 1024


def log_in(port: int, email: str, password: str, source: str = "127.0.0.1") -> tuple[Answer, str | None]:
    """The login answer (302 when it worked) and the session cookie it set."""
    answer = request(port, "POST", "/login", urlencode({"email": email, "password": password}).encode(), FORM, source)
    morsel = SimpleCookie(answer.headers.get("Set-Cookie", "")).get("p88_session")
    return answer, morsel.value if morsel and morsel.value else None


def with_cookie(cookie: str, port: int) -> dict[str, str]:
    return {"Cookie": f"p88_session={cookie}", "Origin": f"http://127.0.0.1:{port}"}


def raw_exchange(port: int, head: str, body: Iterable[bytes] = (), timeout: float = 20) -> tuple[int, bytes, int]:
    """Send request headers, then body pieces only while the server has not answered; the status, the answer
    and how many body bytes were sent before it came."""
    sent = 0
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as sock:
        sock.sendall(head.encode())
        for piece in body:
            if select.select([sock], [], [], 0)[0]:
                break
            try:
                sock.sendall(piece)
            except OSError:            # the server answered and closed: it will not read the rest
                break
            sent += len(piece)
            time.sleep(0.005)          # as a network would: time for an answer to come back between pieces
        answer = b""
        try:
            while chunk := sock.recv(65536):
                answer += chunk
        except (ConnectionResetError, TimeoutError):
            pass
    assert answer.startswith(b"HTTP/1.1 "), f"no answer after {sent} body bytes: {answer[:200]!r}"
    return int(answer.split(b" ", 2)[1]), answer, sent


def png(size=(640, 360)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, (20, 60, 200)).save(out, "PNG")
    return out.getvalue()


# -- one server for findings 1 to 4 ---------------------------------------------------------------------------

@pytest.fixture(scope="module")
def site(pg_server, template_url, tmp_path_factory):
    name = f"p88_web_hardening_{os.getpid()}"
    with psycopg.connect(pg_server, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        conn.execute(f"CREATE DATABASE {name} TEMPLATE p88_template")
    url = with_database(pg_server, name)
    tokens = {}
    with psycopg.connect(url, autocommit=True) as conn:
        for slug in ("alpha", "bravo", "charlie", "delta"):
            partner = tenancy.add_partner(conn, slug.title() + " Timing", slug)
            tenancy.add_user(conn, f"director@{slug}.example", PASSWORD, slug)
            tokens[slug] = tenancy.create_api_token(conn, partner.partner_id, "tests")
    with WebServerProcess(url, tmp_path_factory.mktemp("hardening-home")) as server:
        yield server, url, tokens
    with psycopg.connect(pg_server, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


# -- 1. sessions and tokens -----------------------------------------------------------------------------------

def test_logout_ends_the_session_for_every_copy_of_its_cookie(site):
    web, _, _ = site
    answer, cookie = log_in(web.port, "director@alpha.example", PASSWORD)
    assert answer.status == 302 and cookie
    _, other_browser = log_in(web.port, "director@alpha.example", PASSWORD)
    assert request(web.port, "GET", "/api/templates", headers=with_cookie(cookie, web.port)).status == 200
    lured = {"Cookie": f"p88_session={cookie}", "Referer": "https://evil.example/race-results"}
    assert request(web.port, "GET", "/logout", headers=lured).status == 302      # a link on another site
    assert request(web.port, "GET", "/api/templates", headers=with_cookie(cookie, web.port)).status == 200
    assert request(web.port, "GET", "/logout", headers=with_cookie(cookie, web.port)).status == 302
    for copy in (cookie, other_browser):                     # a kept copy and another browser's session alike
        answer = request(web.port, "GET", "/api/templates", headers=with_cookie(copy, web.port))
        assert answer.status == 401 and "log in" in answer.json["error"]
    assert request(web.port, "GET", "/builder", headers=with_cookie(cookie, web.port)).status == 302   # to /login


def test_a_password_change_or_disabling_the_user_ends_every_session_at_once(site):
    web, url, _ = site
    email = "director@bravo.example"
    _, before = log_in(web.port, email, PASSWORD)
    changed = p88(url, "users", "passwd", email, password="another-pass-1")
    assert changed.returncode == 0, changed.stderr
    assert request(web.port, "GET", "/api/templates", headers=with_cookie(before, web.port)).status == 401
    assert "sessions have ended" in changed.stdout
    answer, after = log_in(web.port, email, "another-pass-1")
    assert answer.status == 302
    assert p88(url, "users", "disable", email).returncode == 0
    assert request(web.port, "GET", "/api/templates", headers=with_cookie(after, web.port)).status == 401
    refused, _ = log_in(web.port, email, "another-pass-1", source="127.0.0.5")
    assert refused.status == 401 and "Wrong e-mail or password" in refused.text    # as for a wrong password
    assert "disabled" in p88(url, "users", "list", "--partner", "bravo").stdout
    assert p88(url, "users", "enable", email).returncode == 0
    assert log_in(web.port, email, "another-pass-1", source="127.0.0.5")[0].status == 302


def test_api_tokens_are_created_listed_and_revoked_from_the_cli(site):
    web, url, _ = site
    created = p88(url, "tokens", "create", "scoreboard", "--tenant", "charlie", "--expires-in-days", "7")
    assert created.returncode == 0, created.stderr
    token = created.stdout.strip()
    assert token.startswith("p88_") and "shown only now" in created.stderr
    assert request(web.port, "GET", "/api/templates", headers=bearer(token)).status == 200
    listed = p88(url, "tokens", "list", "--partner", "charlie").stdout
    assert "scoreboard" in listed and "live" in listed and token not in listed
    with psycopg.connect(url) as conn:
        token_id = conn.execute("SELECT token_id FROM api_tokens WHERE name = 'scoreboard'").fetchone()[0]
    wrong = p88(url, "tokens", "revoke", str(token_id), "--partner", "alpha")
    assert wrong.returncode == 1 and "alpha has no API token" in wrong.stderr
    assert p88(url, "tokens", "revoke", str(token_id), "--partner", "charlie").returncode == 0
    assert request(web.port, "GET", "/api/templates", headers=bearer(token)).status == 401
    assert "revoked" in p88(url, "tokens", "list", "--tenant", "charlie").stdout


def test_a_builder_page_left_open_stops_working_when_its_session_ends(db_url, owner):
    from dashboards.auth import Identity
    from dashboards.builder import Builder, SessionEnded
    from dashboards.live import LiveHub
    from dashboards.web import WebContext

    tenancy.add_partner(owner, "Foxtrot Timing", "foxtrot")
    user = tenancy.add_user(owner, "director@foxtrot.example", PASSWORD, "foxtrot")
    login = Identity(user.partner_id, user.user_id, user.email, user.session_generation)
    builder = Builder(WebContext(db_url, b"s" * 32, LiveHub(db_url)), user.partner_id, user.user_id, user.email,
                      session=login)
    builder.refresh()
    tenancy.end_sessions(owner, user.user_id)                   # logged out in another tab
    with pytest.raises(SessionEnded):
        builder.refresh()
    builder.create()                                            # actions say so instead of acting
    assert "session has ended" in builder.status.object


# -- 2. request bodies ----------------------------------------------------------------------------------------

def _post_head(path: str, length: int | None = None, extra: str = "") -> str:
    size = f"Content-Length: {length}\r\n" if length is not None else "Transfer-Encoding: chunked\r\n"
    return f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n{size}{extra}\r\n"


def test_an_over_size_body_is_refused_from_its_length_before_a_byte_is_read(site):
    web, _, _ = site
    before = web.rss_bytes()
    for _ in range(4):                                   # the attack: 90 MB bodies with no login
        body = (b"x" * MB for _ in range(90))
        status, answer, sent = raw_exchange(web.port, _post_head("/api/templates", 90 * MB), body)
        assert status == 413 and b"larger than this route accepts (256 KB)" in answer
        assert sent <= 8 * MB                            # refused on the headers, not after the upload
    assert web.rss_bytes() - before < 30 * MB
    assert raw_exchange(web.port, _post_head("/login", 1 * MB))[0] == 413
    assert raw_exchange(web.port, _post_head("/builder", 90 * MB))[0] == 400     # Panel pages take no bodies


def test_a_request_without_login_is_refused_before_its_body_is_read(site):
    web, _, _ = site
    started = time.monotonic()
    status, answer, _ = raw_exchange(web.port, _post_head("/api/templates", 100_000), timeout=10)  # no body sent
    assert status == 401 and b"log in" in answer and time.monotonic() - started < 5


def test_a_streamed_body_is_cut_off_at_the_routes_cap(site):
    web, _, tokens = site
    piece = b"x" * 65536
    chunks = (b"%x\r\n%s\r\n" % (len(piece), piece) for _ in range(64))          # 4 MB, chunked
    status, answer, sent = raw_exchange(
        web.port, _post_head("/api/templates", extra=f"Authorization: Bearer {tokens['alpha']}\r\n"), chunks)
    assert status == 413 and sent < 2 * MB


# -- 3. template images ---------------------------------------------------------------------------------------

def test_a_template_names_uploaded_images_by_id_and_refuses_image_data(site):
    web, _, tokens = site
    alpha, bravo = bearer(tokens["alpha"]), bearer(tokens["bravo"])
    fake = json.dumps({"name": "Fake", "definition": {"active": {
        "background_image": "data:image/png;base64," + "A" * (24 * MB)}}}).encode()
    head = _post_head("/api/templates", len(fake), f"Authorization: Bearer {tokens['alpha']}\r\n")
    assert raw_exchange(web.port, head, (fake[i:i + MB] for i in range(0, len(fake), MB)))[0] == 413
    inline = {"active": {"background_image": "data:image/png;base64,AAAA"}}
    small = request(web.port, "POST", "/api/templates", {"name": "Fake", "definition": inline}, alpha)
    assert small.status == 400 and "image id from POST /api/images" in small.json["error"]
    upload = request(web.port, "POST", "/api/images", png(), alpha)
    assert upload.status == 200 and upload.json["data_url"].startswith("data:image/jpeg;base64,")
    image_id = upload.json["image_id"]
    created = request(web.port, "POST", "/api/templates",
                      {"name": "Branded", "definition": {"active": {"background_image": image_id}}}, alpha)
    assert created.status == 201, created.text
    template = created.json["template"]["id"]
    saved = request(web.port, "GET", f"/api/templates/{template}", headers=alpha).json["definition"]
    assert saved["active"]["background_image"] == image_id
    borrowed = request(web.port, "POST", "/api/templates",
                       {"name": "Borrowed", "definition": {"resting": {"logo": image_id}}}, bravo)
    assert borrowed.status == 400 and f"no uploaded image {image_id}" in borrowed.json["error"]


# -- 4. login throttle ----------------------------------------------------------------------------------------

def test_failed_logins_from_one_address_never_lock_the_owner_out_from_another(site):
    web, _, _ = site
    owner = "director@delta.example"
    statuses = [log_in(web.port, owner, "guess-number-x", source="127.0.0.9")[0].status for _ in range(6)]
    assert statuses[:3] == [401, 401, 401] and statuses[3:] == [429, 429, 429]
    throttled, _ = log_in(web.port, owner, PASSWORD, source="127.0.0.9")
    assert throttled.status == 429 and int(throttled.headers["Retry-After"]) >= 1   # the failing source waits
    answer, cookie = log_in(web.port, owner, PASSWORD, source="127.0.0.10")         # the owner does not
    assert answer.status == 302 and cookie


def test_login_answers_do_not_tell_whether_an_account_exists(site):
    web, _, _ = site

    def attempt(email: str) -> tuple[int, str, float]:
        started = time.perf_counter()
        answer, _ = log_in(web.port, email, "wrong-password", source="127.0.0.20")
        return answer.status, answer.text.replace(email, "<email>"), time.perf_counter() - started

    known = [attempt("director@alpha.example") for _ in range(4)]
    unknown = [attempt("nobody@alpha.example") for _ in range(4)]
    assert [(s, t) for s, t, _ in known] == [(s, t) for s, t, _ in unknown]          # 401 x3, then 429, alike
    assert [s for s, _, _ in known] == [401, 401, 401, 429]
    slow_known, slow_unknown = sorted(t for *_, t in known[:3])[1], sorted(t for *_, t in unknown[:3])[1]
    assert slow_unknown > slow_known / 3       # an unknown e-mail still pays for a password hash


# -- 5. PostgreSQL stopped ------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def outage():
    """A PostgreSQL of this module's own (so it can be stopped), seeded, and a web server on it."""
    # not under pytest's 0700 tree: as root, the server runs as its own user, which must reach the folder
    home = Path(tempfile.mkdtemp(prefix="p88-outage-"))
    pgdata = home / "pg"
    url = embedded.start(pgdata).url
    with psycopg.connect(url, autocommit=True) as conn:
        migrate(conn)
        partner = tenancy.add_partner(conn, "Echo Timing", "echo").partner_id
        tenancy.add_user(conn, "director@echo.example", PASSWORD, "echo")
        token = tenancy.create_api_token(conn, partner, "tests")
        conn.execute("""INSERT INTO timing_sessions (id, partner_id, session_name) VALUES (10, %s, 'Echo 10K')""",
                     (partner,))
    try:
        with WebServerProcess(url, home / "web") as server:
            yield server, pgdata, url, token, partner
    finally:
        embedded.stop(pgdata)
        shutil.rmtree(home, ignore_errors=True)


def _insert_read(url: str, partner: int, bib: str, sequence: int) -> None:
    with psycopg.connect(url, autocommit=True) as conn:
        last = conn.execute("""INSERT INTO timing_reads (partner_id, session_id, location_name, sequence_number, bib,
                               read_time, raw_line) VALUES (%s, 10, 'finish', %s, %s, '09:15:30', 'x') RETURNING id""",
                            (partner, sequence, bib)).fetchone()[0]
        conn.execute("SELECT pg_notify('timing_reads', %s)",
                     (json.dumps({"session_id": 10, "partner_id": partner, "last_id": last}),))


@pytest.mark.browser
def test_with_postgres_stopped_answers_are_503_and_displays_keep_their_state(outage, browser):
    web, pgdata, url, token, partner = outage
    api = bearer(token)
    template = request(web.port, "POST", "/api/templates", {"name": "Finish", "definition": {"duration_s": 3}}, api)
    display = request(web.port, "POST", "/api/display/generate-url",
                      {"template_id": template.json["template"]["id"], "session_id": 10}, api).json["display_id"]
    _, cookie = log_in(web.port, "director@echo.example", PASSWORD)
    screen = browser.new_page()
    screen.goto(f"{web.base}/display/{display}")
    stage = screen.locator(".p88-stage").first
    _wait(lambda: "Welcome to the finish line" in stage.inner_text(), "the resting display")
    _insert_read(url, partner, "4242", 1)
    _wait(lambda: "4242" in stage.inner_text(), "the runner before the outage")

    embedded.stop(pgdata)
    try:
        for headers in (api, with_cookie(cookie, web.port)):
            down = request(web.port, "GET", "/api/templates", headers=headers)
            assert down.status == 503 and down.json["error"].startswith("the database (PostgreSQL) is unavailable")
            assert down.headers["Retry-After"]
        login, _ = log_in(web.port, "director@echo.example", PASSWORD)
        assert login.status == 503 and "database (PostgreSQL) is unavailable" in login.text
        page = request(web.port, "GET", f"/display/{display}")
        assert page.status == 503 and "database" in page.text and 'http-equiv="refresh"' in page.text
        assert request(web.port, "GET", "/builder", headers=with_cookie(cookie, web.port)).status == 503
        assert request(web.port, "GET", "/health").status == 503
        time.sleep(2)
        assert "4242" in stage.inner_text()              # the open screen keeps what it showed
    finally:
        embedded.start(pgdata)

    _insert_read(url, partner, "5151", 2)                # the hub reconnects by itself and catches up
    _wait(lambda: "5151" in stage.inner_text(), "a runner after the database came back", timeout=60)
    assert request(web.port, "GET", f"/display/{display}").status == 200
    assert request(web.port, "GET", "/api/templates", headers=with_cookie(cookie, web.port)).status == 200
