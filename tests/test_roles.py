"""Roles inside a company and who may claim a controller event (attack run 3, findings 1 and 2).

A viewer only reads: every changing JSON route answers 403 and every changing builder action says so; a
director changes templates and displays but binds no event; an admin binds. Reads waiting for an event no
company has bound go only where the collector machine's owner (``p88 collector bind``) sends them: a
company binding from the web cannot take another's race, waiting reads or later ones.
"""

from __future__ import annotations

import os
from types import SimpleNamespace

import psycopg
import pytest

from collector.records import RouteKey
from collector.sessions import resolve_session
from warehouse import tenancy
from warehouse.database import tenant_connection
from web_fixtures import Client, fresh_database

from p88_cli import p88

PASSWORD = "finish-line-42"
ROLES = ("admin", "director", "viewer")


@pytest.fixture(scope="module")
def web_db(pg_server, template_url):
    with fresh_database(pg_server, f"p88_roles_{os.getpid()}") as url:
        with psycopg.connect(url, autocommit=True) as conn:
            partner = tenancy.add_partner(conn, "Alpha Timing", "alpha")
            for role in ROLES:
                tenancy.add_user(conn, f"{role}@alpha.example", PASSWORD, "alpha", role)
            token = tenancy.create_api_token(conn, partner.partner_id, "tests")
            conn.execute("""INSERT INTO timing_sessions (id, partner_id, session_name, event_id, timing_point)
                            VALUES (10, %s, 'Session 100', '100', 'Finish line')""", (partner.partner_id,))
        yield url, token


def _logged_in(web, role: str) -> Client:
    client = Client(web.base)
    assert client.login(f"{role}@alpha.example", PASSWORD)[0] == 200
    return client


@pytest.fixture(scope="module")
def made(web, web_db):
    """A template and a live display the admin's script made, for the others to try to change."""
    script = Client(web.base, token=web_db[1])
    status, body = script.call("POST", "/api/templates", {"name": "Admin's template"})
    assert status == 201, body
    template = body["template"]["id"]
    status, body = script.call("POST", "/api/display/generate-url", {"template_id": template, "session_id": 10})
    assert status == 201, body
    return {"template": template, "display": body["display_id"]}


CHANGES = [
    ("POST", "/api/templates", {"name": "viewer wrote"}),
    ("PUT", "/api/templates/{template}", {"name": "renamed"}),
    ("DELETE", "/api/templates/{template}", None),
    ("POST", "/api/templates/{template}/restore", {"version": 1}),
    ("POST", "/api/templates/{template}/duplicate", {}),
    ("POST", "/api/templates/import", {"templates": []}),
    ("POST", "/api/images", {}),
    ("POST", "/api/display/generate-url", {"template_id": "{template}"}),
    ("POST", "/api/displays/{display}/revoke", {}),
    ("POST", "/api/displays/{display}/extend", {"hours": 1}),
]


@pytest.mark.parametrize(("method", "path", "body"), CHANGES, ids=[f"{m} {p}" for m, p, _ in CHANGES])
def test_a_viewer_changes_nothing_through_any_changing_route(web, made, method, path, body):
    viewer = _logged_in(web, "viewer")
    if body and body.get("template_id"):
        body = {"template_id": made["template"]}
    status, answer = viewer.call(method, path.format(**made), body, headers={"Origin": web.base})
    assert status == 403, answer
    assert answer["success"] is False and "your role (viewer) may not" in answer["error"]
    script_view = viewer.call("GET", f"/api/templates/{made['template']}")
    assert script_view[0] == 200 and script_view[1]["template"]["name"] == "Admin's template"
    displays = viewer.call("GET", "/api/displays")[1]["displays"]
    assert [d["id"] for d in displays] == [made["display"]]          # still live, not extended away


def test_a_viewer_still_reads_and_asks_and_a_director_changes(web, made):
    viewer = _logged_in(web, "viewer")
    assert viewer.call("GET", "/api/templates")[0] == 200
    asked = viewer.call("POST", "/api/v1/nl-explain", {"question": "how many finishers?"},
                        headers={"Origin": web.base})
    assert asked[0] != 403, asked                                     # a question changes nothing
    director = _logged_in(web, "director")
    status, body = director.call("POST", "/api/templates", {"name": "director wrote"}, headers={"Origin": web.base})
    assert status == 201, body


# -- the builder, in process (a Panel page), on a real PostgreSQL ---------------------------------------------

def _builder(db_url: str, user: tenancy.User):
    from dashboards.auth import Identity
    from dashboards.builder import Builder
    from dashboards.live import LiveHub
    from dashboards.web import WebContext

    login = Identity(user.partner_id, user.user_id, user.email, user.session_generation)
    builder = Builder(WebContext(db_url, b"s" * 32, LiveHub(db_url)), user.partner_id, user.user_id, user.email,
                      session=login)
    builder.refresh()
    return builder


@pytest.fixture
def staff(owner, two_companies) -> dict[str, tenancy.User]:
    """Every role of company 1 ('alpha') and an admin of company 2 ('bravo')."""
    users = {role: tenancy.add_user(owner, f"{role}@alpha.example", PASSWORD, "alpha", role) for role in ROLES}
    users["bravo admin"] = tenancy.add_user(owner, "admin@bravo.example", PASSWORD, "bravo", "admin")
    return users


def test_every_changing_builder_action_refuses_a_viewer(db_url, owner, staff):
    builder = _builder(db_url, staff["viewer"])
    templates_before = owner.execute("SELECT count(*) FROM display_templates").fetchone()[0]
    displays_before = owner.execute("SELECT count(*) FROM display_urls WHERE revoked_at IS NULL").fetchone()[0]
    builder.new_name.value = "viewer wrote"
    builder.template.value = next(iter(builder.template.values))
    builder.active_displays.selection = [0]
    builder.provider_event.value = next(v for v in builder.provider_event.values if v)
    builder.controller_event.value = "4242"
    builder.versions.value = 1
    upload = SimpleNamespace(new=b"an image")
    for action in (builder.create, builder.save, builder.restore, builder.duplicate, builder.delete,
                   lambda: builder.do_import(SimpleNamespace(new='{"templates": []}')),
                   lambda: builder.upload("logo", upload), builder.open_display, builder.revoke, builder.extend,
                   builder.fetch_provider_events, builder.sync_provider_roster, builder.bind_controller_event):
        builder.status.object = ""
        action()
        assert "your role (viewer) may not" in builder.status.object, builder.status.object
    assert owner.execute("SELECT count(*) FROM display_templates").fetchone()[0] == templates_before
    assert owner.execute(
        "SELECT count(*) FROM display_urls WHERE revoked_at IS NULL").fetchone()[0] == displays_before
    assert owner.execute("SELECT count(*) FROM collector_bindings WHERE event_id = '4242'").fetchone()[0] == 0


def test_only_an_admin_binds_a_controller_event_and_its_later_reads_are_the_companys(db_url, owner, staff):
    director = _builder(db_url, staff["director"])
    director.controller_event.value = "4243"
    director.bind_controller_event()
    assert "only admins may" in director.status.object
    admin = _builder(db_url, staff["admin"])
    admin.controller_event.value = "4243"
    admin.bind_controller_event()
    assert "Event 4243 is yours" in admin.status.object
    assert resolve_session(owner, RouteKey(None, "4243", "Race", "Finish line").as_list())[1] == 1


def _waiting_reads(owner, event_id: str, count: int) -> None:
    """Reads a controller of nobody's event sent: they wait in unassigned_reads."""
    for sequence in range(1, count + 1):
        owner.execute("""INSERT INTO unassigned_reads (event_id, event_name, timing_point, location_name,
                         sequence_number, bib, read_time, raw_line, device)
                         VALUES (%s, 'Granite Finish', 'Finish line', 'finish', %s, %s, '20:00:00', 'x', 'Box@10.0.0.9')""",
                      (event_id, sequence, str(700 + sequence)))


def _reads_seen_by(db_url: str, partner_id: int, event_id: str) -> int:
    with tenant_connection(partner_id, db_url) as conn:
        return conn.execute("""SELECT count(*) FROM timing_reads r JOIN timing_sessions s ON s.id = r.session_id
                               WHERE s.event_id = %s""", (event_id,)).fetchone()[0]


def test_no_company_claims_waiting_reads_from_the_web_and_the_owner_gives_them_to_the_rightful_one(
        db_url, owner, staff):
    _waiting_reads(owner, "7777", 5)
    for who in ("admin", "bravo admin"):           # the thief and the rightful company alike: nothing proves whose
        builder = _builder(db_url, staff[who])
        builder.controller_event.value = "7777"
        builder.bind_controller_event()
        assert "5 reads from a controller no company has claimed" in builder.status.object
        assert "p88 collector bind --event-id 7777 --partner" in builder.status.object
    assert owner.execute("SELECT count(*) FROM collector_bindings WHERE event_id = '7777'").fetchone()[0] == 0
    assert owner.execute("SELECT count(*) FROM unassigned_reads WHERE event_id = '7777'").fetchone()[0] == 5
    bound = p88(db_url, "collector", "bind", "--event-id", "7777", "--partner", "bravo")   # the machine's owner
    assert bound.returncode == 0, bound.stderr
    assert _reads_seen_by(db_url, 2, "7777") == 5
    assert _reads_seen_by(db_url, 1, "7777") == 0
    thief = _builder(db_url, staff["admin"])
    thief.controller_event.value = "7777"
    thief.bind_controller_event()
    assert "already bound to another timing company" in thief.status.object
    assert _reads_seen_by(db_url, 1, "7777") == 0
