"""Clear answers instead of tracebacks, and a spectator who cannot slow the server (attack run 3, findings 3 and 4).

Over HTTP: a body nested 5,000 deep answers 400 on every JSON POST/PUT route, an id PostgreSQL cannot hold
answers 400, and one address re-fetching a public display page is answered 429 with ``Retry-After`` while
another address and the directors' APIs are served. On the command line: token lifetimes and ports out of
range are one line, never a traceback, and a token stored with a far expiry does not break the listing.
"""

from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor

import psycopg
import pytest

from dashboards.harness import WebServerProcess
from warehouse import tenancy
from web_fixtures import fresh_database

from http_requests import bearer, request
from p88_cli import p88

DEEP = b'{"a":' * 5000 + b"1" + b"}" * 5000
LOADS_PER_MINUTE = 5


@pytest.fixture(scope="module")
def site(pg_server, template_url, tmp_path_factory):
    """A server whose display pages allow 5 loads per address at once (then 5 a minute), one company, its
    token, a template and a live display."""
    with fresh_database(pg_server, f"p88_web_limits_{os.getpid()}") as url:
        with psycopg.connect(url, autocommit=True) as conn:
            partner = tenancy.add_partner(conn, "Alpha Timing", "alpha")
            token = tenancy.create_api_token(conn, partner.partner_id, "tests")
            conn.execute("""INSERT INTO timing_sessions (id, partner_id, session_name, event_id, timing_point)
                            VALUES (10, %s, 'Session 100', '100', 'Finish line')""", (partner.partner_id,))
        env = {"P88_DISPLAY_LOADS_PER_MINUTE": str(LOADS_PER_MINUTE)}
        with WebServerProcess(url, tmp_path_factory.mktemp("limits-home"), env=env) as web:
            template = request(web.port, "POST", "/api/templates", {"name": "Limits"}, bearer(token)).json
            display = request(web.port, "POST", "/api/display/generate-url",
                              {"template_id": template["template"]["id"], "session_id": 10}, bearer(token)).json
            yield web, url, token, template["template"]["id"], display["display_id"]


JSON_ROUTES = [("POST", "/api/display/generate-url"), ("POST", "/api/templates"), ("PUT", "/api/templates/{t}"),
               ("POST", "/api/templates/{t}/restore"), ("POST", "/api/displays/abcdefgh/extend"),
               ("POST", "/api/templates/import"), ("POST", "/api/v1/nl-query"), ("POST", "/api/v1/nl-explain")]


@pytest.mark.parametrize(("method", "path"), JSON_ROUTES, ids=[f"{m} {p}" for m, p in JSON_ROUTES])
def test_a_body_nested_5000_deep_is_refused_with_400(site, method, path):
    web, _, token, template, _ = site
    answer = request(web.port, method, path.format(t=template), DEEP,
                     {**bearer(token), "Content-Type": "application/json"})
    assert answer.status == 400, answer.text
    assert "too deeply nested" in answer.json["error"]


@pytest.mark.parametrize("path", ["/api/timing/stats?session_id=99999999999999999999999",
                                  "/api/timing/recent-reads?session_id=-99999999999999999999999",
                                  "/api/templates/1?version=99999999999999999999"])
def test_an_id_postgresql_cannot_hold_is_a_400(site, path):
    web, _, token, _, _ = site
    answer = request(web.port, "GET", path, headers=bearer(token))
    assert answer.status == 400 and "out of range" in answer.json["error"], answer.text


def test_a_body_id_postgresql_cannot_hold_is_a_400(site):
    web, _, token, _, _ = site
    answer = request(web.port, "POST", "/api/display/generate-url", {"template_id": 10**40}, bearer(token))
    assert answer.status == 400 and "template_id is out of range" in answer.json["error"]


def test_a_flood_of_display_loads_from_one_address_is_limited_and_nobody_else_is(site):
    web, _, token, _, display = site
    path = f"/display/{display}"

    def load(_: int):
        return request(web.port, "GET", path, source="127.0.0.2")

    with ThreadPoolExecutor(8) as pool:                   # 8 in flight, as the attack script did
        answers = list(pool.map(load, range(4 * LOADS_PER_MINUTE)))
    statuses = [answer.status for answer in answers]
    assert set(statuses) == {200, 429} and statuses.count(200) <= LOADS_PER_MINUTE + 1, statuses
    refused = next(answer for answer in answers if answer.status == 429)
    assert int(refused.headers["Retry-After"]) >= 1 and "Too many requests" in refused.text
    assert request(web.port, "GET", path, source="127.0.0.2").status == 429       # still limited
    assert request(web.port, "GET", path, source="127.0.0.3").status == 200       # another address is not
    assert request(web.port, "GET", "/api/templates", headers=bearer(token)).status == 200


def test_the_bucket_of_one_address_refills_at_its_rate_and_others_are_untouched():
    from dashboards.throttle import AddressBuckets

    now = [0.0]
    buckets = AddressBuckets(burst=2, rate_per_s=0.5, max_addresses=2, clock=lambda: now[0])
    assert [buckets.take("10.0.0.1") for _ in range(3)] == [0.0, 0.0, 2.0]     # the burst, then wait 2 s
    assert buckets.take("10.0.0.2") == 0.0
    now[0] = 2.0
    assert buckets.take("10.0.0.1") == 0.0
    now[0] = 100.0                                       # both full again: forgotten to make room, none refused
    assert [buckets.take(f"10.0.1.{n}") for n in range(4)] == [0.0] * 4


# -- the command line -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("days", ["99999999", "inf", "1e300", "nan", "0"])
def test_a_token_lifetime_out_of_range_is_one_line(site, days):
    _, url, _, _, _ = site
    created = p88(url, "tokens", "create", "far", "--partner", "alpha", "--expires-in-days", days)
    assert created.returncode == 1 and "Traceback" not in created.stderr, created.stderr
    assert "a token lifetime must be from 0.01 to 3650 days" in created.stderr


def test_a_token_stored_with_a_far_expiry_does_not_break_the_listing(site):
    _, url, _, _, _ = site
    with psycopg.connect(url, autocommit=True) as conn:   # as tokens made before lifetimes were bounded are
        conn.execute("""INSERT INTO api_tokens (partner_id, name, token_hash, expires_at)
                        SELECT partner_id, 'far', 'far-hash', '275817-01-01 00:00+00' FROM timing_partners""")
    for args in (("--partner", "alpha"), ()):
        listed = p88(url, "tokens", "list", *args)
        assert listed.returncode == 0, listed.stderr
        assert "far" in listed.stdout and "9999-12-31" in listed.stdout


@pytest.mark.parametrize("command", [("collector", "--port", "99999"), ("collector", "--status-port", "0"),
                                     ("simulate", "--port", "70000"), ("serve", "--port", "99999"),
                                     ("notebook", "--port", "-1")])
def test_a_port_out_of_range_is_one_usage_line(site, command):
    _, url, _, _, _ = site
    ran = p88(url, *command)
    assert ran.returncode == 2 and "Traceback" not in ran.stderr, ran.stderr
    assert "Invalid value for '" + command[1] in ran.stderr
