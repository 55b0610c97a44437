"""Templates, display URLs and the live fan-out against a real PostgreSQL, through tenant connections."""

from __future__ import annotations

import json
import threading
import time
from datetime import timedelta

import pytest

from dashboards import displays, templates
from dashboards.definition import TemplateError, default_definition
from dashboards.displays import DisplayNotFound
from dashboards.live import LiveHub
from dashboards.templates import TemplateNotFound
from warehouse.database import tenant_connection

ALPHA, BRAVO = 1, 2


@pytest.fixture
def alpha(two_companies, db_url):
    with tenant_connection(ALPHA, db_url, autocommit=True) as conn:
        yield conn


@pytest.fixture
def bravo(two_companies, db_url):
    with tenant_connection(BRAVO, db_url, autocommit=True) as conn:
        yield conn


def _definition(**changes):
    definition = default_definition()
    definition.update(changes)
    return definition


def test_every_save_is_a_new_version_and_restore_brings_an_old_one_back_as_the_newest(alpha):
    info = templates.create_template(alpha, "Finish arch", _definition(duration_s=4))
    templates.save_version(alpha, info.id, _definition(duration_s=9), note="slower")
    assert templates.get_definition(alpha, info.id)["duration_s"] == 9
    restored = templates.restore_version(alpha, info.id, 1)
    assert restored.current_version == 3
    assert templates.get_definition(alpha, info.id)["duration_s"] == 4
    versions = templates.list_versions(alpha, info.id)
    assert [v.version for v in versions] == [3, 2, 1]
    assert versions[0].note == "restored version 1"
    assert templates.get_definition(alpha, info.id, 2)["duration_s"] == 9


def test_a_bad_definition_saves_nothing(alpha):
    info = templates.create_template(alpha, "Finish arch", _definition())
    with pytest.raises(TemplateError, match="colour"):
        templates.save_version(alpha, info.id, _definition(active={"background": "blue"}))
    assert templates.get_info(alpha, info.id).current_version == 1
    assert len(templates.list_versions(alpha, info.id)) == 1


def test_duplicate_delete_and_names_are_unique_per_company(alpha, bravo):
    info = templates.create_template(alpha, "Finish arch", _definition())
    with pytest.raises(TemplateError, match="already exists"):
        templates.create_template(alpha, "finish ARCH", _definition())
    templates.create_template(bravo, "Finish arch", _definition())      # another company may use the name
    copy = templates.duplicate_template(alpha, info.id)
    again = templates.duplicate_template(alpha, info.id)
    assert (copy.name, again.name) == ("Finish arch (copy)", "Finish arch (copy 2)")
    templates.delete_template(alpha, copy.id)
    assert copy.id not in {t.id for t in templates.list_templates(alpha)}
    with pytest.raises(TemplateNotFound):
        templates.get_info(alpha, copy.id)


def test_export_then_import_recreates_every_template_with_its_definition(alpha, bravo):
    start = templates.create_template(alpha, "Start", _definition(duration_s=3))
    finish = templates.create_template(alpha, "Finish", _definition(duration_s=7))
    document = json.loads(json.dumps(templates.export_templates(alpha, [start.id, finish.id])))
    created = templates.import_templates(bravo, document)
    assert sorted(t.name for t in created) == ["Finish", "Start"]
    again = templates.import_templates(bravo, document)
    assert sorted(t.name for t in again) == ["Finish (copy)", "Start (copy)"]
    finish = next(t for t in created if t.name == "Finish")
    assert templates.get_definition(bravo, finish.id)["duration_s"] == 7


@pytest.mark.parametrize("document, message", [
    ({"templates": []}, "not a template export"),
    ({"format": templates.EXPORT_FORMAT, "templates": []}, "has no templates"),
    ({"format": templates.EXPORT_FORMAT, "templates": [{"name": "A", "definition": {}},
                                                      {"name": "B", "definition": {"duration_s": -1}}]},
     r"templates\[1\] \('B'\): duration_s"),
])
def test_a_bad_import_is_refused_whole_and_creates_nothing(alpha, document, message):
    before = templates.list_templates(alpha)
    with pytest.raises(TemplateError, match=message):
        templates.import_templates(alpha, document)
    assert templates.list_templates(alpha) == before


def test_another_companys_templates_and_displays_are_not_found(alpha, bravo):
    theirs = templates.create_template(bravo, "Theirs", _definition())
    display = displays.create_display(bravo, theirs.id, BRAVO, ["finish"])
    with pytest.raises(TemplateNotFound):
        templates.get_definition(alpha, theirs.id)
    with pytest.raises(TemplateNotFound):
        templates.save_version(alpha, theirs.id, _definition())
    with pytest.raises(TemplateNotFound):
        displays.create_display(alpha, theirs.id, ALPHA, [])
    with pytest.raises(DisplayNotFound):
        displays.create_display(alpha, templates.create_template(alpha, "Mine", _definition()).id, BRAVO, [])
    with pytest.raises(DisplayNotFound):
        displays.revoke_display(alpha, display.id)
    assert display.id not in {d.id for d in displays.list_active_displays(alpha)}


def test_a_display_url_expires_can_be_extended_and_once_revoked_stays_revoked(alpha, owner):
    info = templates.create_template(alpha, "Finish", _definition())
    display = displays.create_display(alpha, info.id, ALPHA, ["finish"], lifetime=timedelta(hours=2))
    assert displays.resolve_public(owner, display.id).status == "live"
    owner.execute("UPDATE display_urls SET expires_at = now() - interval '1 second' WHERE id = %s", (display.id,))
    assert displays.resolve_public(owner, display.id).status == "expired"
    assert display.id not in {d.id for d in displays.list_active_displays(alpha)}
    extended = displays.extend_display(alpha, display.id, timedelta(hours=24))
    assert extended.expires_at - extended.created_at > timedelta(hours=23)
    assert displays.resolve_public(owner, display.id).status == "live"
    displays.revoke_display(alpha, display.id)
    assert displays.resolve_public(owner, display.id).status == "revoked"
    with pytest.raises(TemplateError, match="revoked"):
        displays.extend_display(alpha, display.id)
    assert displays.resolve_public(owner, "nosuchid") is None and displays.resolve_public(owner, "../../x") is None


def test_a_display_keeps_the_template_version_it_was_opened_with(alpha, owner):
    info = templates.create_template(alpha, "Finish", _definition(duration_s=3))
    display = displays.create_display(alpha, info.id, ALPHA, [], mode="pre-race", event_id=ALPHA)
    templates.save_version(alpha, info.id, _definition(duration_s=8))
    public = displays.resolve_public(owner, display.id)
    assert (public.template_version, public.mode, public.event_id, public.partner_id) == (1, "pre-race", ALPHA, ALPHA)


def test_display_lifetimes_and_modes_outside_the_limits_are_refused(alpha):
    info = templates.create_template(alpha, "Finish", _definition())
    with pytest.raises(TemplateError, match="1 minute to 30 days"):
        displays.create_display(alpha, info.id, None, [], lifetime=timedelta(days=31))
    with pytest.raises(TemplateError, match="mode must be"):
        displays.create_display(alpha, info.id, None, [], mode="party")


class Screen:
    """A display screen as the hub sees it: something that receives HTML."""

    def __init__(self) -> None:
        self.html: list[str] = []
        self.changed = threading.Event()

    def __call__(self, html: str) -> None:
        self.html.append(html)
        self.changed.set()

    def wait_for(self, text: str, timeout: float = 10.0) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for html in self.html:
                if text in html:
                    return html
            self.changed.wait(0.05)
            self.changed.clear()
        raise AssertionError(f"{text!r} never shown; last: {self.html[-1:]}")


def _insert_read(owner, session_id: int, bib: str, sequence: int, location: str = "finish") -> None:
    partner = owner.execute("SELECT partner_id FROM timing_sessions WHERE id = %s", (session_id,)).fetchone()[0]
    last = owner.execute(
        """INSERT INTO timing_reads (partner_id, session_id, location_name, sequence_number, bib, read_time, raw_line)
           VALUES (%s, %s, %s, %s, %s, '09:15:30', 'CT01_33~x') RETURNING id""",
        (partner, session_id, location, sequence, bib),
    ).fetchone()[0]
    owner.execute("SELECT pg_notify('timing_reads', %s)",
                  (json.dumps({"session_id": session_id, "partner_id": partner, "last_id": last}),))


@pytest.fixture
def hub(db_url):
    live = LiveHub(db_url, status_every_s=0.2)
    live.start()
    yield live
    live.stop()


def test_one_listener_fans_reads_out_to_every_screen_of_a_display_and_only_to_its_session(alpha, owner, hub):
    owner.execute("INSERT INTO timing_sessions (id, partner_id, session_name) VALUES (50, 1, 'Second director')")
    info = templates.create_template(alpha, "Finish", _definition(duration_s=0.2))
    first = displays.create_display(alpha, info.id, ALPHA, ["finish"], event_id=ALPHA)
    second = displays.create_display(alpha, info.id, 50, ["finish"], event_id=ALPHA)
    definition = templates.get_definition(alpha, info.id)
    screens = [Screen(), Screen(), Screen()]
    leave = [hub.subscribe(displays.resolve_public(owner, first.id), definition, screens[0])[1],
             hub.subscribe(displays.resolve_public(owner, first.id), definition, screens[1])[1],
             hub.subscribe(displays.resolve_public(owner, second.id), definition, screens[2])[1]]
    assert hub.stats() == {"feeds": 2, "screens": 3, "watched_sessions": 2, "scored_events": 0, "notifications": 0}
    _insert_read(owner, ALPHA, "100", 2)            # the seeded roster knows bib 100: Pat Alpha
    _insert_read(owner, 50, "555", 1)               # nobody knows bib 555
    _insert_read(owner, ALPHA, "100", 3, location="start")
    shown = screens[0].wait_for("Pat Alpha")
    assert screens[1].wait_for("Pat Alpha") == shown      # both screens of one URL show the same runner
    assert "555" in screens[2].wait_for("555") and "09:15:30" in screens[2].html[-1]
    assert not any("Pat Alpha" in html for html in screens[2].html)
    assert not any("555" in html for html in screens[0].html + screens[1].html)
    for step in leave:
        step()
    assert hub.stats()["feeds"] == 0 and hub.stats()["watched_sessions"] == 0


def test_a_display_never_shows_another_companys_runner_with_the_same_bib(alpha, owner, hub):
    info = templates.create_template(alpha, "Finish", _definition(duration_s=0.2))
    display = displays.create_display(alpha, info.id, ALPHA, [], event_id=ALPHA)
    screen = Screen()
    hub.subscribe(displays.resolve_public(owner, display.id), templates.get_definition(alpha, info.id), screen)
    _insert_read(owner, BRAVO, "100", 2)            # bravo's bib 100 is Pat Bravo, on bravo's session
    _insert_read(owner, ALPHA, "100", 2)
    screen.wait_for("Pat Alpha")
    assert not any("Bravo" in html for html in screen.html)


def test_reads_that_arrive_while_the_listener_is_away_are_caught_up(alpha, owner, hub, pg_server):
    info = templates.create_template(alpha, "Finish", _definition(duration_s=0.2))
    display = displays.create_display(alpha, info.id, ALPHA, [], event_id=ALPHA)
    screen = Screen()
    hub.subscribe(displays.resolve_public(owner, display.id), templates.get_definition(alpha, info.id), screen)
    dbname = owner.info.dbname
    import psycopg
    with psycopg.connect(pg_server, autocommit=True) as admin:    # cut the listener's connection
        admin.execute("""SELECT pg_terminate_backend(pid) FROM pg_stat_activity
                         WHERE datname = %s AND query LIKE 'LISTEN%%'""", (dbname,))
    owner.execute("""INSERT INTO timing_reads (partner_id, session_id, location_name, sequence_number, bib, read_time,
                     raw_line) VALUES (1, 1, 'finish', 9, '100', '09:20:00', 'x')""")   # no NOTIFY reaches anyone
    screen.wait_for("Pat Alpha", timeout=15)


def test_open_screens_of_a_revoked_display_say_so_and_get_no_more_runners(alpha, owner, hub):
    info = templates.create_template(alpha, "Finish", _definition(duration_s=0.2))
    display = displays.create_display(alpha, info.id, ALPHA, [], event_id=ALPHA)
    screen = Screen()
    hub.subscribe(displays.resolve_public(owner, display.id), templates.get_definition(alpha, info.id), screen)
    displays.revoke_display(alpha, display.id)
    screen.wait_for("Display revoked")
    _insert_read(owner, ALPHA, "100", 2)
    time.sleep(0.5)
    assert not any("Pat Alpha" in html for html in screen.html)
    assert hub.stats()["feeds"] == 0 and hub.stats()["watched_sessions"] == 0
